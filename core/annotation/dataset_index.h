// DatasetIndex: what the annotation pane lists about a dataset: its label classes with their shape
// counts, and every image with its status and the labels it holds, read in one pass for filters.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace atelier {

class Database;

struct LabelEntry
{
    std::int64_t id = 0;
    QString name;
    QString color; // #rrggbb
    int shapeCount = 0;
};

struct ImageEntry
{
    std::int64_t id = 0;
    QString path; // relative to the dataset's root folder
    QString status;
    int width = 0;
    int height = 0;
    bool missing = false;
    int shapeCount = 0;
    QList<std::int64_t> labelIds; // the label classes of its shapes, ascending, each once
};

struct DatasetIndex
{
    std::int64_t datasetId = 0;
    QString name;
    QString rootPath; // absolute
    QList<LabelEntry> labels;   // in id order
    QList<ImageEntry> images;   // in path order
};

class DatasetIndexReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetIndexReader)

public:
    // `projectFolder` resolves a relative root path. For a worker thread's connection.
    [[nodiscard]] static Result<DatasetIndex> read(Database &db, const QString &projectFolder,
                                                   std::int64_t datasetId);
};

} // namespace atelier
