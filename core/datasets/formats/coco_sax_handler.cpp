// CocoSaxHandler: a small state machine over the nesting depth of a COCO document.
#include "core/datasets/formats/coco_sax_handler.h"

#include <charconv>
#include <cmath>

namespace atelier::coco {

namespace {

// Depths (frames on the stack when a value starts): 0 the document, 1 a member of the top-level
// object, 2 an entry of images/annotations/categories, 3 a field of that entry, 4 and 5 inside it.
constexpr std::size_t RecordDepth = 2;
constexpr std::size_t FieldDepth = 3;
constexpr std::int64_t ProgressEvery = 16384;

const char *const SectionNames[] = {"images", "annotations", "categories"};

bool isNumber(const auto &value)
{
    return value.type == decltype(value.type)::Integer || value.type == decltype(value.type)::Float;
}

} // namespace

CocoSaxHandler::CocoSaxHandler(Records &records, bool skipBadRecords, KeepGoing keepGoing)
    : m_records(records)
    , m_skipBadRecords(skipBadRecords)
    , m_keepGoing(std::move(keepGoing))
{
    m_stack.reserve(16);
}

bool CocoSaxHandler::sawSection(const char *name) const
{
    for (unsigned i = 0; i < 3; ++i) {
        if (std::string_view(SectionNames[i]) == name)
            return (m_sectionsSeen & (1u << i)) != 0;
    }
    return false;
}

// --- SAX events ---------------------------------------------------------------------------

bool CocoSaxHandler::null() { return onValue({Type::Null}); }
bool CocoSaxHandler::boolean(bool value) { return onValue({Type::Bool, value ? 1 : 0, value ? 1.0 : 0.0, nullptr, true}); }

bool CocoSaxHandler::number_integer(json::number_integer_t value)
{
    return onValue({Type::Integer, value, double(value), nullptr, true});
}

bool CocoSaxHandler::number_unsigned(json::number_unsigned_t value)
{
    const bool fits = value <= std::uint64_t(INT64_MAX);
    return onValue({Type::Integer, fits ? std::int64_t(value) : 0, double(value), nullptr, fits});
}

bool CocoSaxHandler::number_float(json::number_float_t value, const json::string_t &)
{
    // An id written as 3.0 is still the id 3 (Python's json writes floats for numpy integers).
    const bool integral = std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15;
    return onValue({Type::Float, integral ? std::int64_t(value) : 0, value, nullptr, integral});
}

bool CocoSaxHandler::string(json::string_t &value) { return onValue({Type::String, 0, 0, &value}); }
bool CocoSaxHandler::binary(json::binary_t &) { return onValue({Type::Null}); }
bool CocoSaxHandler::start_object(std::size_t) { return onValue({Type::Object}); }
bool CocoSaxHandler::start_array(std::size_t) { return onValue({Type::Array}); }
bool CocoSaxHandler::end_object() { return onEnd(); }
bool CocoSaxHandler::end_array() { return onEnd(); }

bool CocoSaxHandler::key(json::string_t &value)
{
    m_stack.back().key = value;
    return true;
}

bool CocoSaxHandler::parse_error(std::size_t position, const std::string &,
                                 const nlohmann::detail::exception &error)
{
    if (!m_fatal) {
        m_fatal = Problem{path(),
                          tr("the JSON is malformed near byte %1 (%2)")
                              .arg(position)
                              .arg(QString::fromUtf8(error.what())),
                          "file"};
    }
    return false;
}

// --- Dispatch by depth --------------------------------------------------------------------

bool CocoSaxHandler::onValue(const Value &value)
{
    if (!m_stack.empty() && m_stack.back().isArray)
        ++m_stack.back().index;
    const bool container = value.type == Type::Object || value.type == Type::Array;
    if (ignoring()) {
        if (container)
            push(value.type == Type::Array);
        return true;
    }
    const std::size_t depth = m_stack.size();
    m_depth = depth;
    if (container)
        push(value.type == Type::Array);
    if (depth <= 1)
        return onTopLevel(value);
    if (depth == RecordDepth)
        return onRecordStart(value);
    switch (m_section) {
    case Section::Images:
        return onImageField(value);
    case Section::Categories:
        return onCategoryField(value);
    case Section::Annotations:
        return depth == FieldDepth ? onAnnotationField(value) : onAnnotationNested(value);
    case Section::None:
        break;
    }
    return true;
}

bool CocoSaxHandler::onTopLevel(const Value &value)
{
    if (m_depth == 0) // the document itself
        return value.type == Type::Object ? true
                                          : stop(tr("a COCO file must be a JSON object with images, annotations and categories"));
    const std::string &name = m_stack.front().key;
    m_section = Section::None;
    for (unsigned i = 0; i < 3; ++i) {
        if (name == SectionNames[i]) {
            if (value.type != Type::Array)
                return stop(tr("\"%1\" must be an array").arg(QString::fromLatin1(SectionNames[i])));
            m_section = Section(i + 1);
            m_sectionsSeen |= 1u << i;
            return true;
        }
    }
    ignoreContainer(value); // info, licenses and whatever else a tool added
    return true;
}

bool CocoSaxHandler::onRecordStart(const Value &value)
{
    if (m_section == Section::None) {
        ignoreContainer(value);
        return true;
    }
    if (value.type != Type::Object) {
        const bool goOn = reject(tr("each entry must be a JSON object"), false);
        if (value.type == Type::Array)
            m_ignoreLevel = int(RecordDepth);
        return goOn;
    }
    m_recordBad = false;
    const int index = int(m_stack[1].index);
    if (m_section == Section::Images)
        m_image = Image{.index = index};
    else if (m_section == Section::Categories)
        m_category = Category{.index = index};
    else {
        m_annotation = Annotation{};
        m_annotation.index = index;
    }
    return true;
}

// --- Fields -------------------------------------------------------------------------------

bool CocoSaxHandler::onImageField(const Value &value)
{
    if (m_depth > FieldDepth)
        return true; // inside a field we do not read
    const std::string &name = field();
    const bool wanted = name == "id" || name == "width" || name == "height" || name == "file_name";
    if (!wanted) {
        ignoreContainer(value);
        return true;
    }
    if (name == "file_name") {
        if (value.type != Type::String)
            return reject(tr("file_name must be a string"));
        m_image.fileName = *value.text;
        return true;
    }
    if (!isNumber(value) || !value.isIntegral)
        return reject(tr("%1 must be an integer").arg(QString::fromStdString(name)));
    if (name == "id") {
        m_image.id = value.integer;
        m_image.hasId = true;
    } else if (name == "width") {
        m_image.width = value.integer;
    } else {
        m_image.height = value.integer;
    }
    return true;
}

bool CocoSaxHandler::onCategoryField(const Value &value)
{
    if (m_depth > FieldDepth)
        return true;
    const std::string &name = field();
    if (name == "id") {
        if (!isNumber(value) || !value.isIntegral)
            return reject(tr("id must be an integer"));
        m_category.id = value.integer;
        m_category.hasId = true;
    } else if (name == "name") {
        if (value.type != Type::String)
            return reject(tr("name must be a string"));
        m_category.name = *value.text;
    } else {
        ignoreContainer(value);
    }
    return true;
}

bool CocoSaxHandler::onAnnotationField(const Value &value)
{
    const std::string &name = field();
    Annotation &a = m_annotation;
    if (name == "id" || name == "image_id" || name == "category_id" || name == "iscrowd") {
        if (!isNumber(value) && value.type != Type::Bool)
            return reject(tr("%1 must be an integer").arg(QString::fromStdString(name)));
        if (!value.isIntegral || (value.type == Type::Bool && name != "iscrowd"))
            return reject(tr("%1 must be an integer").arg(QString::fromStdString(name)));
        if (name == "id")
            a.id = value.integer, a.hasId = true;
        else if (name == "image_id")
            a.imageId = value.integer, a.hasImageId = true;
        else if (name == "category_id")
            a.categoryId = value.integer, a.hasCategoryId = true;
        else if (value.integer != 0 && value.integer != 1)
            return reject(tr("iscrowd must be 0 or 1"));
        else
            a.iscrowd = value.integer;
    } else if (name == "bbox") {
        if (value.type != Type::Array && value.type != Type::Null)
            return reject(tr("bbox must be an array of 4 numbers [x, y, width, height]"));
    } else if (name == "segmentation") {
        if (value.type == Type::Array) {
            a.segmentation = Segmentation::Polygons;
            a.coordBegin = m_records.coords.size();
            a.ringBegin = a.ringEnd = std::uint32_t(m_records.ringSizes.size());
        } else if (value.type == Type::Object) {
            a.segmentation = Segmentation::CountsList; // settled by "counts"
            a.coordBegin = a.coordEnd = m_records.counts.size();
        } else if (value.type != Type::Null) {
            return reject(tr("segmentation must be a list of polygons or an RLE object"));
        }
    } else if (name == "area") {
        if (!isNumber(value) && value.type != Type::Null)
            return reject(tr("area must be a number"));
    } else if (name == "attributes") {
        if (value.type != Type::Object && value.type != Type::Null)
            return reject(tr("attributes must be an object"));
    } else {
        ignoreContainer(value);
    }
    return true;
}

bool CocoSaxHandler::onAnnotationNested(const Value &value)
{
    const std::string &name = field();
    const bool container = value.type == Type::Object || value.type == Type::Array;
    const std::size_t depth = m_depth;
    if (name == "bbox") {
        if (depth != FieldDepth + 1 || !isNumber(value) || m_annotation.bboxCount >= 4)
            return reject(tr("bbox must be an array of 4 numbers [x, y, width, height]"));
        m_annotation.bbox[m_annotation.bboxCount++] = value.number;
        return true;
    }
    if (name == "segmentation")
        return onSegmentationValue(value);
    if (name == "attributes") {
        if (depth != FieldDepth + 1 || container)
            return reject(tr("attribute values must be numbers, strings, booleans or null"));
        std::string &out = m_annotation.attributes;
        if (!out.empty())
            out += ',';
        out += json(m_stack[3].key).dump();
        out += ':';
        out += value.type == Type::String ? json(*value.text).dump()
             : value.type == Type::Bool   ? std::string(value.integer ? "true" : "false")
             : value.type == Type::Null   ? std::string("null")
             : value.type == Type::Integer ? json(value.integer).dump()
                                           : json(value.number).dump();
        return true;
    }
    return true; // inside a field we do not read
}

bool CocoSaxHandler::onSegmentationValue(const Value &value)
{
    Annotation &a = m_annotation;
    const std::size_t depth = m_depth;
    if (a.segmentation == Segmentation::Polygons) {
        if (depth == FieldDepth + 1) {
            if (value.type != Type::Array)
                return reject(tr("a polygon must be an array of numbers x0, y0, x1, y1, ..."));
            m_ringStart = m_records.coords.size();
            return true;
        }
        if (depth != FieldDepth + 2 || !isNumber(value))
            return reject(tr("a polygon must be an array of numbers x0, y0, x1, y1, ..."));
        m_records.coords.push_back(value.number);
        return true;
    }
    const std::string &member = m_stack[3].key;
    if (depth == FieldDepth + 1) {
        if (member == "counts") {
            if (value.type == Type::String) {
                a.segmentation = Segmentation::CountsString;
                a.countsText = *value.text;
            } else if (value.type != Type::Array) {
                return reject(tr("counts must be a string (compressed RLE) or an array of integers"));
            }
        } else if (member == "size" && value.type != Type::Array) {
            return reject(tr("size must be [height, width]"));
        } else if (member != "size") {
            ignoreContainer(value);
        }
        return true;
    }
    if (depth != FieldDepth + 2 || !isNumber(value) || !value.isIntegral)
        return reject(member == "size" ? tr("size must be [height, width]")
                                       : tr("counts must be a string (compressed RLE) or an array of integers"));
    if (member == "counts") {
        m_records.counts.push_back(value.integer);
    } else if (member == "size") {
        if (a.sizeCount >= 2)
            return reject(tr("size must be [height, width]"));
        (a.sizeCount++ == 0 ? a.rleHeight : a.rleWidth) = value.integer;
    }
    return true;
}

// --- Ends of containers -------------------------------------------------------------------

bool CocoSaxHandler::onEnd()
{
    const bool ignored = ignoring();
    m_stack.pop_back();
    if (m_ignoreLevel >= 0 && int(m_stack.size()) <= m_ignoreLevel)
        m_ignoreLevel = -1;
    if (ignored)
        return true;
    const std::size_t depth = m_stack.size();
    if (depth == RecordDepth && m_section != Section::None)
        return finishRecord();
    if (depth == 1)
        m_section = Section::None;
    if (depth > RecordDepth && m_section == Section::Annotations && !m_recordBad)
        return onAnnotationEnd(depth);
    return true;
}

bool CocoSaxHandler::onAnnotationEnd(std::size_t depth)
{
    Annotation &a = m_annotation;
    const std::string &name = field();
    if (name == "segmentation" && a.segmentation == Segmentation::Polygons) {
        if (depth == FieldDepth + 1)
            m_records.ringSizes.push_back(std::uint32_t(m_records.coords.size() - m_ringStart));
        else if (depth == FieldDepth) {
            a.ringEnd = std::uint32_t(m_records.ringSizes.size());
            a.coordEnd = m_records.coords.size();
            if (a.ringEnd == a.ringBegin)
                a.segmentation = Segmentation::None; // [] is how box-only annotations say it
        }
    } else if (name == "segmentation" && depth == FieldDepth) {
        a.coordEnd = m_records.counts.size();
        if (a.sizeCount != 2)
            return reject(tr("an RLE segmentation needs \"size\": [height, width]"));
    } else if (name == "bbox" && depth == FieldDepth && a.bboxCount != 4) {
        return reject(tr("bbox must be an array of 4 numbers [x, y, width, height]"));
    }
    return true;
}

bool CocoSaxHandler::finishRecord()
{
    const bool bad = m_recordBad;
    m_recordBad = false;
    if (bad)
        return true;
    if (++m_recordCount % ProgressEvery == 0 && m_keepGoing && !m_keepGoing(m_recordCount)) {
        m_canceled = true;
        return false;
    }
    switch (m_section) {
    case Section::Images:
        if (!m_image.hasId || m_image.width < 1 || m_image.height < 1 || m_image.fileName.empty())
            return reject(tr("an image needs id, file_name and a positive width and height"), false);
        m_records.images.push_back(std::move(m_image));
        return true;
    case Section::Categories:
        if (!m_category.hasId || m_category.name.empty())
            return reject(tr("a category needs an id and a name"), false);
        m_records.categories.push_back(std::move(m_category));
        return true;
    case Section::Annotations:
        return finishAnnotation();
    case Section::None:
        break;
    }
    return true;
}

bool CocoSaxHandler::finishAnnotation()
{
    const Annotation &a = m_annotation;
    if (!a.hasId || !a.hasImageId || !a.hasCategoryId)
        return reject(tr("an annotation needs id, image_id and category_id"), false);
    if (a.segmentation == Segmentation::None && a.bboxCount != 4)
        return reject(tr("an annotation needs a segmentation or a bbox"), false);
    m_records.annotations.push_back(std::move(m_annotation));
    return true;
}

// --- Problems -----------------------------------------------------------------------------

void CocoSaxHandler::ignoreContainer(const Value &value)
{
    if ((value.type == Type::Object || value.type == Type::Array) && m_ignoreLevel < 0)
        m_ignoreLevel = int(m_stack.size()) - 1;
}

std::string CocoSaxHandler::path() const
{
    std::string text;
    for (const Frame &frame : m_stack) {
        if (frame.isArray && frame.index >= 0) {
            char digits[24];
            auto end = std::to_chars(digits, digits + sizeof digits, frame.index).ptr;
            text += '[';
            text.append(digits, end);
            text += ']';
        } else if (!frame.isArray && !frame.key.empty()) {
            if (!text.empty())
                text += '.';
            text += frame.key;
        }
    }
    return text;
}

const char *CocoSaxHandler::recordKind() const
{
    switch (m_section) {
    case Section::Images:
        return "image";
    case Section::Categories:
        return "category";
    case Section::Annotations:
        return "annotation";
    case Section::None:
        break;
    }
    return "file";
}

// A record that cannot be read: fatal, or with skipping left out with the rest of its fields.
// `wholeRecord` false: the problem is the record itself (its path is the entry, not a field).
bool CocoSaxHandler::reject(const QString &reason, bool wholeRecord)
{
    std::string where = path();
    if (!wholeRecord && m_stack.size() > RecordDepth) {
        // The entry itself, e.g. "annotations[3]", not the member last read.
        std::string saved = std::exchange(m_stack[RecordDepth].key, {});
        where = path();
        m_stack[RecordDepth].key = std::move(saved);
    }
    if (!m_skipBadRecords) {
        m_fatal = Problem{std::move(where), reason, recordKind()};
        return false;
    }
    m_skipped.push_back({std::move(where), reason, recordKind()});
    if (m_stack.size() > RecordDepth) {
        m_recordBad = true;
        m_ignoreLevel = int(RecordDepth) + 1;
    }
    return true;
}

bool CocoSaxHandler::stop(const QString &reason)
{
    m_fatal = Problem{path(), reason, "file"};
    return false;
}

} // namespace atelier::coco
