// CocoSaxHandler: the SAX events of a COCO file turned into coco::Records, each problem with its JSON path.
#pragma once

#include "core/datasets/formats/coco_annotation.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace atelier::coco {

// Where in the file (a JSON path such as "annotations[812].segmentation") and what is wrong.
struct Problem
{
    std::string path;
    QString reason;
    std::string kind; // image, annotation, category, or file
};

// Reads without a document tree: memory grows with the records kept, not with the file. A
// malformed record stops the parse, or with `skipBadRecords` is left out and listed instead.
class CocoSaxHandler
{
    Q_DECLARE_TR_FUNCTIONS(CocoSaxHandler)

public:
    using json = nlohmann::json;
    // Called every few thousand records; returning false cancels the parse.
    using KeepGoing = std::function<bool(std::int64_t recordsRead)>;

    CocoSaxHandler(Records &records, bool skipBadRecords, KeepGoing keepGoing);

    // The nlohmann::json SAX interface.
    bool null();
    bool boolean(bool value);
    bool number_integer(json::number_integer_t value);
    bool number_unsigned(json::number_unsigned_t value);
    bool number_float(json::number_float_t value, const json::string_t &text);
    bool string(json::string_t &value);
    bool binary(json::binary_t &value);
    bool start_object(std::size_t elements);
    bool end_object();
    bool start_array(std::size_t elements);
    bool end_array();
    bool key(json::string_t &value);
    bool parse_error(std::size_t position, const std::string &lastToken,
                     const nlohmann::detail::exception &error);

    // The problem that stopped the parse, if any (a syntax error, or any problem without skipping).
    const std::optional<Problem> &fatal() const { return m_fatal; }
    const std::vector<Problem> &skipped() const { return m_skipped; }
    bool isCanceled() const { return m_canceled; }
    // Whether the top-level object had "images", "annotations" and "categories".
    bool sawSection(const char *name) const;

private:
    enum class Section { None, Images, Annotations, Categories };
    enum class Type { Null, Bool, Integer, Float, String, Object, Array };
    struct Frame
    {
        bool isArray = false;
        std::int64_t index = -1; // arrays: the element being read
        std::string key;         // objects: the member being read
    };
    struct Value
    {
        Type type = Type::Null;
        std::int64_t integer = 0;
        double number = 0;
        const std::string *text = nullptr;
        bool isIntegral = false;
    };

    bool onValue(const Value &value);
    bool onEnd();
    bool onTopLevel(const Value &value);
    bool onRecordStart(const Value &value);
    bool onImageField(const Value &value);
    bool onCategoryField(const Value &value);
    bool onAnnotationField(const Value &value);
    bool onAnnotationNested(const Value &value);
    bool onSegmentationValue(const Value &value);
    bool onAnnotationEnd(std::size_t depth);
    bool finishRecord();
    bool finishAnnotation();

    bool ignoring() const { return m_ignoreLevel >= 0 && int(m_stack.size()) > m_ignoreLevel; }
    void push(bool isArray) { m_stack.push_back({isArray, -1, {}}); }
    void ignoreContainer(const Value &value);
    const std::string &field() const { return m_stack[2].key; }
    std::string path() const;
    const char *recordKind() const;
    bool reject(const QString &reason, bool wholeRecord = true);
    bool stop(const QString &reason);

    Records &m_records;
    bool m_skipBadRecords;
    KeepGoing m_keepGoing;
    std::vector<Frame> m_stack;
    int m_ignoreLevel = -1;
    std::size_t m_depth = 0; // frames on the stack when the current value started
    Section m_section = Section::None;
    unsigned m_sectionsSeen = 0;
    bool m_recordBad = false;
    std::int64_t m_recordCount = 0;
    std::uint64_t m_ringStart = 0;
    Image m_image;
    Category m_category;
    Annotation m_annotation;
    std::optional<Problem> m_fatal;
    std::vector<Problem> m_skipped;
    bool m_canceled = false;
};

} // namespace atelier::coco
