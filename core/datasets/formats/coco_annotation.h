// CocoRecords: the images, categories and annotations of a COCO file as CocoReader collects them.
#pragma once

#include <QString>

#include <cstdint>
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

// Each record keeps its position in its array so that later checks can name its JSON path.
struct Image
{
    std::int64_t id = 0;
    std::string fileName;
    std::int64_t width = -1;
    std::int64_t height = -1;
    int index = 0; // in "images"
    bool hasId = false;
};

struct Category
{
    std::int64_t id = 0;
    std::string name;
    int index = 0; // in "categories"
    bool hasId = false;
};

enum class Segmentation : std::uint8_t {
    None,         // absent, null or []: a box-only annotation
    Polygons,     // [[x0, y0, ...], ...]
    CountsList,   // {"size": [h, w], "counts": [n0, n1, ...]} (uncompressed RLE)
    CountsString, // {"size": [h, w], "counts": "..."} (compressed RLE)
};

// Coordinates and counts live in the pools of Records rather than in each annotation, so a
// million annotations cost a few large allocations instead of millions of small ones.
struct Annotation
{
    std::int64_t id = 0;
    std::int64_t imageId = 0;
    std::int64_t categoryId = 0;
    std::int64_t iscrowd = 0;
    double bbox[4] = {0, 0, 0, 0};
    int bboxCount = 0;
    Segmentation segmentation = Segmentation::None;
    std::uint64_t coordBegin = 0; // Records::coords (polygons) or Records::counts (RLE counts)
    std::uint64_t coordEnd = 0;
    std::uint32_t ringBegin = 0;  // Records::ringSizes, polygons only
    std::uint32_t ringEnd = 0;
    std::int64_t rleHeight = -1;
    std::int64_t rleWidth = -1;
    int sizeCount = 0;
    std::string countsText;  // compressed RLE
    std::string attributes;  // "key":value,... from "attributes", compact JSON without braces
    int index = 0;           // in "annotations"
    bool hasId = false;
    bool hasImageId = false;
    bool hasCategoryId = false;
};

struct Records
{
    std::vector<Image> images;
    std::vector<Category> categories;
    std::vector<Annotation> annotations;
    std::vector<double> coords;
    std::vector<std::uint32_t> ringSizes;
    // The rings' coordinates as shape.geometry keeps them ("x0,y0,x1,..."), back to back, and
    // where each ring ends: written while the file's text of each number is at hand to copy.
    std::string ringText;
    std::vector<std::size_t> ringTextEnds;
    std::vector<long long> counts; // qint64, as MaskRle::fromUncompressedCounts takes them
};

} // namespace atelier::coco
