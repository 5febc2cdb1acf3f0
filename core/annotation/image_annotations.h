// ImageAnnotations: one image's row and its shapes as the annotation pane opens them, and the
// history of its review status, read on whichever thread owns the given connection.
#pragma once

#include "core/annotation/shape.h"
#include "core/result.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace atelier {

class Database;

struct ImageAnnotations
{
    std::int64_t imageId = 0;
    std::int64_t datasetId = 0;
    QString path; // relative to the dataset's root folder
    QSize size;
    QString status; // new, in_progress, done, accepted, rejected
    QStringList tags;
    QString reviewComment;
    bool missing = false; // the file vanished from disk
    QList<Shape> shapes;  // back to front: by z, then by row id
    // Shapes whose stored geometry could not be read: left out of `shapes`, untouched in the store.
    QStringList problems;
};

// One change of an image's status, from the audit log.
struct StatusChange
{
    QString at; // ISO 8601 UTC
    QString actor;
    QString from;
    QString to;
    QString comment;
    bool operator==(const StatusChange &) const = default;
};

[[nodiscard]] Result<ImageAnnotations> loadImageAnnotations(Database &db, std::int64_t imageId);
// Oldest first.
[[nodiscard]] Result<QList<StatusChange>> imageStatusHistory(Database &db, std::int64_t imageId);

} // namespace atelier
