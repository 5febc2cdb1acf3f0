// AnnotationWriter: a queue of edits drained by one thread that owns its own connection to the store.
#include "core/annotation/annotation_writer.h"

#include "core/annotation/image_status.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace atelier {

namespace {

struct Edit
{
    enum class Kind { InsertShape, UpdateShape, RemoveShape, SetStatus, SetTags };
    Kind kind = Kind::InsertShape;
    std::uint64_t sequence = 0;
    std::int64_t imageId = 0;
    Shape shape;            // InsertShape, UpdateShape; RemoveShape uses shape.key only
    QString status;         // SetStatus
    QString comment;        // SetStatus
    QStringList tags;       // SetTags
};

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

// Everything the writer's thread touches. The queue, the counters and the key map are shared
// with the caller's thread under `mutex`; the connection is created, used and destroyed on the
// writer's thread only.
struct AnnotationWriter::Worker
{
    AnnotationWriter *owner = nullptr;
    QString folder;
    QString actor;
    QThread *thread = nullptr;

    mutable std::mutex mutex;
    std::condition_variable wakeWriter; // an edit was queued, or stopping
    std::condition_variable wakeWaiters; // an edit was done, or the connection is open
    std::deque<Edit> queue;
    std::uint64_t lastQueued = 0;
    std::uint64_t lastDone = 0;
    bool stopping = false;
    std::optional<Status> opened; // set once the thread tried to connect
    std::unordered_map<std::int64_t, std::int64_t> rowIds; // shape key -> row id

    // Writer thread only.
    Database *db = nullptr;
    AuditLog *audit = nullptr;

    std::uint64_t enqueue(Edit edit)
    {
        std::uint64_t sequence;
        {
            std::lock_guard lock(mutex);
            sequence = ++lastQueued;
            edit.sequence = sequence;
            queue.push_back(std::move(edit));
        }
        wakeWriter.notify_one();
        return sequence;
    }

    void run()
    {
        auto connection = Project::connect(folder);
        {
            std::lock_guard lock(mutex);
            opened = connection ? Status() : Status(fail(connection.error()));
        }
        wakeWaiters.notify_all();
        if (!connection)
            return;
        AuditLog auditLog(**connection, actor);
        db = connection->get();
        audit = &auditLog;
        for (;;) {
            Edit edit;
            {
                std::unique_lock lock(mutex);
                wakeWriter.wait(lock, [this] { return stopping || !queue.empty(); });
                if (queue.empty())
                    break; // stopping, and everything queued is done
                edit = std::move(queue.front());
                queue.pop_front();
            }
            const Status result = apply(edit);
            // Reported before flush() returns, so that a flushed edit's signal is already queued.
            if (result)
                Q_EMIT owner->committed(edit.sequence);
            else
                Q_EMIT owner->failed(edit.sequence, result.error().message, result.error().detail);
            {
                std::lock_guard lock(mutex);
                lastDone = edit.sequence;
            }
            wakeWaiters.notify_all();
        }
        audit = nullptr;
        db = nullptr;
    }

    Status apply(const Edit &edit)
    {
        auto transaction = Transaction::begin(*db);
        if (!transaction)
            return fail(withContext(tr("Could not save an annotation edit"), transaction.error()));
        Status done = applyInTransaction(edit);
        if (!done)
            return done; // the transaction rolls back
        if (auto ok = transaction->commit(); !ok)
            return fail(withContext(tr("Could not save an annotation edit"), ok.error()));
        return {};
    }

    Status applyInTransaction(const Edit &edit)
    {
        switch (edit.kind) {
        case Edit::Kind::InsertShape: return insertShape(edit);
        case Edit::Kind::UpdateShape: return updateShape(edit);
        case Edit::Kind::RemoveShape: return removeShape(edit);
        case Edit::Kind::SetStatus: return setStatus(edit);
        case Edit::Kind::SetTags: return setTags(edit);
        }
        return {};
    }

    std::optional<std::int64_t> knownRowId(std::int64_t key) const
    {
        std::lock_guard lock(mutex);
        if (auto it = rowIds.find(key); it != rowIds.end())
            return it->second;
        if (key > 0)
            return key;
        return std::nullopt;
    }

    Status requireImage(std::int64_t imageId, const QString &what)
    {
        auto exists = db->queryInt("SELECT count(*) FROM image WHERE id = ?", imageId);
        if (!exists)
            return fail(exists.error());
        if (*exists == 0)
            return fail(tr("Could not save %1: the image (id %2) is no longer in the project; it "
                           "was probably deleted meanwhile. Reopen the dataset.")
                            .arg(what)
                            .arg(imageId));
        return {};
    }

    // The row of `key` on `imageId`, or an error that says why the shape cannot be edited.
    Result<std::int64_t> existingRow(std::int64_t imageId, std::int64_t key, const QString &what)
    {
        if (auto image = requireImage(imageId, what); !image)
            return fail(image.error());
        const std::optional<std::int64_t> row = knownRowId(key);
        if (!row)
            return fail(tr("Could not save %1: the shape was never saved, because saving its "
                           "creation failed.").arg(what),
                        QStringLiteral("no row for key %1").arg(key));
        auto found = db->queryInt("SELECT count(*) FROM shape WHERE id = ? AND image_id = ?", *row, imageId);
        if (!found)
            return fail(found.error());
        if (*found == 0)
            return fail(tr("Could not save %1: the shape is no longer in the project; it was "
                           "probably deleted meanwhile. Reopen the image.").arg(what),
                        QStringLiteral("no shape row %1 on image %2").arg(*row).arg(imageId));
        return *row;
    }

    QJsonObject shapeDetail(std::int64_t imageId, const Shape &shape) const
    {
        return {{QStringLiteral("image"), qint64(imageId)},
                {QStringLiteral("kind"), shapeKindName(shape.kind)},
                {QStringLiteral("label"), qint64(shape.labelClassId)}};
    }

    Status insertShape(const Edit &edit)
    {
        const Shape &shape = edit.shape;
        const QString what = tr("a new %1").arg(shapeKindDisplayName(shape.kind).toLower());
        if (auto image = requireImage(edit.imageId, what); !image)
            return image;
        // A shape inserted again (undo of a removal) gets its old row id back when it is free, so
        // that its audit history stays on one object.
        std::optional<std::int64_t> row = knownRowId(shape.key);
        if (row) {
            auto taken = db->queryInt("SELECT count(*) FROM shape WHERE id = ?", *row);
            if (!taken)
                return fail(taken.error());
            if (*taken != 0)
                row.reset();
        }
        auto inserted = db->execute(
            "INSERT INTO shape(id, image_id, label_class_id, kind, geometry, attributes, z, hidden, "
            "locked, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row, edit.imageId, shape.labelClassId, shapeKindName(shape.kind),
            QString::fromUtf8(shapeGeometryJson(shape)), compactJson(shape.attributes), shape.z,
            shape.hidden, shape.locked, shape.groupId);
        if (!inserted)
            return fail(withContext(tr("Could not save %1 on image %2").arg(what).arg(edit.imageId),
                                    inserted.error()));
        const std::int64_t id = db->lastInsertId();
        if (auto ok = audit->record(QStringLiteral("shape.create"), QStringLiteral("shape"),
                                    QString::number(id), shapeDetail(edit.imageId, shape));
            !ok)
            return ok;
        std::lock_guard lock(mutex);
        rowIds[shape.key] = id;
        return {};
    }

    Status updateShape(const Edit &edit)
    {
        const Shape &shape = edit.shape;
        const QString what = tr("the change to a %1").arg(shapeKindName(shape.kind));
        auto row = existingRow(edit.imageId, shape.key, what);
        if (!row)
            return fail(row.error());
        auto updated = db->execute(
            "UPDATE shape SET label_class_id = ?, kind = ?, geometry = ?, attributes = ?, z = ?, "
            "hidden = ?, locked = ?, group_id = ? WHERE id = ?",
            shape.labelClassId, shapeKindName(shape.kind), QString::fromUtf8(shapeGeometryJson(shape)),
            compactJson(shape.attributes), shape.z, shape.hidden, shape.locked, shape.groupId, *row);
        if (!updated)
            return fail(withContext(tr("Could not save %1 on image %2").arg(what).arg(edit.imageId),
                                    updated.error()));
        return audit->record(QStringLiteral("shape.update"), QStringLiteral("shape"),
                             QString::number(*row), shapeDetail(edit.imageId, shape));
    }

    Status removeShape(const Edit &edit)
    {
        const QString what = tr("the removal of a shape");
        auto row = existingRow(edit.imageId, edit.shape.key, what);
        if (!row)
            return fail(row.error());
        if (auto ok = db->execute("DELETE FROM shape WHERE id = ?", *row); !ok)
            return fail(withContext(tr("Could not remove shape %1 from image %2").arg(*row).arg(edit.imageId),
                                    ok.error()));
        return audit->record(QStringLiteral("shape.delete"), QStringLiteral("shape"), QString::number(*row),
                             {{QStringLiteral("image"), qint64(edit.imageId)}});
    }

    Status setStatus(const Edit &edit)
    {
        const QString what = tr("the status \"%1\"").arg(edit.status);
        if (!ImageStatus::all().contains(edit.status))
            return fail(tr("Could not save %1: an image's status is one of new, in_progress, done, "
                           "accepted or rejected.").arg(what));
        if (auto image = requireImage(edit.imageId, what); !image)
            return image;
        auto current = db->statement("SELECT status FROM image WHERE id = ?");
        if (!current)
            return fail(current.error());
        (*current)->bind(1, edit.imageId);
        auto row = (*current)->step();
        if (!row)
            return fail(row.error());
        const QString from = *row ? (*current)->text(0) : QString();
        if (auto ok = db->execute("UPDATE image SET status = ?, review_comment = ? WHERE id = ?",
                                  edit.status, edit.comment, edit.imageId);
            !ok)
            return fail(withContext(tr("Could not save %1 of image %2").arg(what).arg(edit.imageId), ok.error()));
        return audit->record(QStringLiteral("image.status"), QStringLiteral("image"),
                             QString::number(edit.imageId),
                             {{QStringLiteral("from"), from},
                              {QStringLiteral("to"), edit.status},
                              {QStringLiteral("comment"), edit.comment}});
    }

    Status setTags(const Edit &edit)
    {
        const QString what = tr("the tags");
        if (auto image = requireImage(edit.imageId, what); !image)
            return image;
        const QJsonArray tags = QJsonArray::fromStringList(edit.tags);
        const QString json = QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact));
        if (auto ok = db->execute("UPDATE image SET tags = ? WHERE id = ?", json, edit.imageId); !ok)
            return fail(withContext(tr("Could not save %1 of image %2").arg(what).arg(edit.imageId), ok.error()));
        return audit->record(QStringLiteral("image.tags"), QStringLiteral("image"),
                             QString::number(edit.imageId), {{QStringLiteral("tags"), tags}});
    }
};

AnnotationWriter::AnnotationWriter()
    : m_worker(std::make_unique<Worker>())
{}

Result<std::unique_ptr<AnnotationWriter>> AnnotationWriter::open(const QString &projectFolder,
                                                                 const QString &actor)
{
    std::unique_ptr<AnnotationWriter> writer(new AnnotationWriter);
    Worker *worker = writer->m_worker.get();
    worker->owner = writer.get();
    worker->folder = projectFolder;
    worker->actor = actor;
    worker->thread = QThread::create([worker] { worker->run(); });
    worker->thread->setObjectName(QStringLiteral("AnnotationWriter"));
    worker->thread->start();

    std::unique_lock lock(worker->mutex);
    worker->wakeWaiters.wait(lock, [worker] { return worker->opened.has_value(); });
    if (!*worker->opened)
        return fail(withContext(tr("Could not start saving annotations in %1").arg(projectFolder),
                                worker->opened->error()));
    return writer;
}

AnnotationWriter::~AnnotationWriter()
{
    if (!m_worker->thread)
        return;
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->stopping = true;
    }
    m_worker->wakeWriter.notify_one();
    m_worker->thread->wait();
    delete m_worker->thread;
}

std::uint64_t AnnotationWriter::insertShape(std::int64_t imageId, const Shape &shape)
{
    return m_worker->enqueue({Edit::Kind::InsertShape, 0, imageId, shape, {}, {}, {}});
}

std::uint64_t AnnotationWriter::updateShape(std::int64_t imageId, const Shape &shape)
{
    return m_worker->enqueue({Edit::Kind::UpdateShape, 0, imageId, shape, {}, {}, {}});
}

std::uint64_t AnnotationWriter::removeShape(std::int64_t imageId, std::int64_t key)
{
    Shape shape;
    shape.key = key;
    return m_worker->enqueue({Edit::Kind::RemoveShape, 0, imageId, shape, {}, {}, {}});
}

std::uint64_t AnnotationWriter::setImageStatus(std::int64_t imageId, const QString &status, const QString &comment)
{
    return m_worker->enqueue({Edit::Kind::SetStatus, 0, imageId, {}, status, comment, {}});
}

std::uint64_t AnnotationWriter::setImageTags(std::int64_t imageId, const QStringList &tags)
{
    return m_worker->enqueue({Edit::Kind::SetTags, 0, imageId, {}, {}, {}, tags});
}

bool AnnotationWriter::flush(int timeoutMs)
{
    std::unique_lock lock(m_worker->mutex);
    const std::uint64_t target = m_worker->lastQueued;
    const auto done = [this, target] { return m_worker->lastDone >= target; };
    if (timeoutMs < 0) {
        m_worker->wakeWaiters.wait(lock, done);
        return true;
    }
    return m_worker->wakeWaiters.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

std::optional<std::int64_t> AnnotationWriter::rowId(std::int64_t key) const
{
    return m_worker->knownRowId(key);
}

} // namespace atelier
