// LabelEditor: each edit is one LabelClassEdits command; its store error comes back through the
// command's error handler while push() runs.
#include "ui/annotate/label_editor.h"

#include "core/annotation/label_class_edits.h"
#include "core/datasets/dataset_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"

#include <QUndoStack>

#include <optional>

namespace atelier {

LabelEditor::LabelEditor(QString projectFolder, std::int64_t datasetId)
    : m_projectFolder(std::move(projectFolder))
    , m_datasetId(datasetId)
    , m_undo(std::make_unique<QUndoStack>())
{}

LabelEditor::~LabelEditor()
{
    m_undo.reset();
}

Status LabelEditor::connect()
{
    if (m_edits)
        return {};
    auto db = Project::connect(m_projectFolder);
    if (!db)
        return fail(db.error());
    m_db = std::move(*db);
    m_audit = std::make_unique<AuditLog>(*m_db, Project::currentActor());
    m_edits = std::make_unique<LabelClassEdits>(*m_db, *m_audit);
    return {};
}

Status LabelEditor::push(const std::function<QUndoCommand *(std::function<void(const Error &)>)> &make)
{
    if (auto ok = connect(); !ok)
        return ok;
    std::optional<Error> error;
    m_undo->push(make([&error](const Error &e) { error = e; }));
    if (error)
        return fail(*error);
    return {};
}

Status LabelEditor::add(const QString &name, const QString &color)
{
    if (auto ok = connect(); !ok)
        return ok;
    auto id = DatasetStore(*m_db, *m_audit).addLabelClass(m_datasetId, name.trimmed(), color);
    if (!id)
        return fail(id.error());
    return {};
}

Status LabelEditor::rename(std::int64_t id, const QString &oldName, const QString &newName)
{
    return push([&](auto onError) {
        return new RenameLabelClassCommand(*m_edits, id, oldName, newName.trimmed(), std::move(onError));
    });
}

Status LabelEditor::recolor(std::int64_t id, const QString &oldColor, const QString &newColor)
{
    return push([&](auto onError) {
        return new RecolorLabelClassCommand(*m_edits, id, oldColor, newColor, std::move(onError));
    });
}

Status LabelEditor::merge(std::int64_t fromId, std::int64_t intoId)
{
    return push([&](auto onError) {
        return new MergeLabelClassesCommand(*m_edits, fromId, intoId, std::move(onError));
    });
}

} // namespace atelier
