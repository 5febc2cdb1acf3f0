// LabelEditor: the label dock's edits of a dataset's label classes (add, rename, recolour, merge)
// on an undo stack of their own, across the dataset. They run on a connection of the editor's own,
// on the GUI thread: they are rare and small (see LabelClassEdits).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>

class QUndoCommand;
class QUndoStack;

namespace atelier {

class AuditLog;
class Database;
class LabelClassEdits;

class LabelEditor
{
    Q_DECLARE_TR_FUNCTIONS(LabelEditor)

public:
    LabelEditor(QString projectFolder, std::int64_t datasetId);
    ~LabelEditor();

    QUndoStack *undoStack() const { return m_undo.get(); }

    [[nodiscard]] Status add(const QString &name, const QString &color);
    [[nodiscard]] Status rename(std::int64_t id, const QString &oldName, const QString &newName);
    [[nodiscard]] Status recolor(std::int64_t id, const QString &oldColor, const QString &newColor);
    // Moves every shape of `fromId` to `intoId`; the caller flushes pending shape edits first.
    [[nodiscard]] Status merge(std::int64_t fromId, std::int64_t intoId);

private:
    // The connection, opened on first use.
    [[nodiscard]] Status connect();
    // Pushes a command made with the error handler it is given; its store error, if any.
    [[nodiscard]] Status push(const std::function<QUndoCommand *(std::function<void(const Error &)>)> &make);

    QString m_projectFolder;
    std::int64_t m_datasetId;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<LabelClassEdits> m_edits;
    std::unique_ptr<QUndoStack> m_undo; // its commands refer to m_edits: destroyed first
};

} // namespace atelier
