// AnnotationWriter: commits the annotation pane's edits to the store as they are made, on a
// thread of its own with its own connection, so the GUI thread never waits on the disk. Edits are
// applied in the order given, each in its own transaction together with its audit row; an edit
// is durable once committed() has reported its sequence number.
#pragma once

#include "core/annotation/shape.h"
#include "core/result.h"

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace atelier {

class AnnotationWriter : public QObject
{
    Q_OBJECT

public:
    // Connects to the project in `projectFolder`; `actor` goes into the audit rows.
    [[nodiscard]] static Result<std::unique_ptr<AnnotationWriter>> open(const QString &projectFolder,
                                                                        const QString &actor);
    // Commits what is queued, then stops the thread.
    ~AnnotationWriter() override;

    // Each returns the edit's sequence number (1, 2, ...), reported by committed() or failed().
    // Shapes are known by Shape::key: a negative key is one the writer inserted and maps to the
    // row id it got; a later update or removal of that key reaches the same row.
    std::uint64_t insertShape(std::int64_t imageId, const Shape &shape);
    std::uint64_t updateShape(std::int64_t imageId, const Shape &shape);
    std::uint64_t removeShape(std::int64_t imageId, std::int64_t key);
    // new, in_progress, done, accepted, rejected; `comment` is kept with a rejection.
    std::uint64_t setImageStatus(std::int64_t imageId, const QString &status, const QString &comment = {});
    std::uint64_t setImageTags(std::int64_t imageId, const QStringList &tags);

    // Waits until every edit queued so far is committed (or failed). False on timeout.
    bool flush(int timeoutMs = -1);
    // The row id the writer gave a negative key, or `key` itself when it is a row id; nullopt
    // when the key's insertion has not been committed yet.
    std::optional<std::int64_t> rowId(std::int64_t key) const;

Q_SIGNALS:
    // Emitted from the writer's thread; connect with a queued connection to touch widgets.
    void committed(std::uint64_t sequence);
    void failed(std::uint64_t sequence, const QString &message, const QString &detail);

private:
    AnnotationWriter();
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace atelier
