// LabelClassEdits: label class rename, recolour and merge (with its exact undo) in the store.
#include "core/annotation/label_class_edits.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QRegularExpression>

namespace atelier {

LabelClassEdits::LabelClassEdits(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<LabelClass> LabelClassEdits::labelClass(std::int64_t id)
{
    auto st = m_db.statement("SELECT id, dataset_id, name, color, attributes, external_id "
                             "FROM label_class WHERE id = ?");
    if (!st)
        return fail(st.error());
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(tr("The label class %1 is not in the project; it was probably deleted or "
                       "merged meanwhile. Reopen the dataset.").arg(id));
    const Statement &r = **st;
    LabelClass label{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), std::nullopt};
    if (!r.isNull(5))
        label.externalId = r.int64(5);
    return label;
}

Status LabelClassEdits::rename(std::int64_t id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A label needs a name."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto label = labelClass(id);
    if (!label)
        return fail(label.error());
    auto clash = m_db.queryInt("SELECT count(*) FROM label_class WHERE dataset_id = ? AND name = ? AND id <> ?",
                               label->datasetId, name, id);
    if (!clash)
        return fail(clash.error());
    if (*clash != 0)
        return fail(tr("The dataset already has a label \"%1\". Choose another name, or merge the "
                       "two labels.").arg(name));
    if (auto ok = m_db.execute("UPDATE label_class SET name = ? WHERE id = ?", name, id); !ok)
        return fail(withContext(tr("Could not rename the label \"%1\"").arg(label->name), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("label_class.rename"), QStringLiteral("label_class"),
                                 QString::number(id),
                                 {{QStringLiteral("from"), label->name}, {QStringLiteral("to"), name}});
        !ok)
        return ok;
    return transaction->commit();
}

Status LabelClassEdits::recolor(std::int64_t id, const QString &color)
{
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hexColor.match(color).hasMatch())
        return fail(tr("\"%1\" is not a colour; write it as #rrggbb.").arg(color));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto label = labelClass(id);
    if (!label)
        return fail(label.error());
    if (auto ok = m_db.execute("UPDATE label_class SET color = ? WHERE id = ?", color, id); !ok)
        return fail(withContext(tr("Could not change the colour of the label \"%1\"").arg(label->name), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("label_class.recolor"), QStringLiteral("label_class"),
                                 QString::number(id),
                                 {{QStringLiteral("from"), label->color}, {QStringLiteral("to"), color}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<LabelClassMerge> LabelClassEdits::merge(std::int64_t fromId, std::int64_t intoId)
{
    if (fromId == intoId)
        return fail(tr("A label cannot be merged into itself. Choose another label to merge into."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto from = labelClass(fromId);
    if (!from)
        return fail(from.error());
    auto into = labelClass(intoId);
    if (!into)
        return fail(into.error());
    if (from->datasetId != into->datasetId)
        return fail(tr("The labels \"%1\" and \"%2\" belong to different datasets and cannot be merged.")
                        .arg(from->name, into->name));

    LabelClassMerge merge{*from, intoId, {}};
    auto shapes = m_db.statement("SELECT id FROM shape WHERE label_class_id = ? ORDER BY id");
    if (!shapes)
        return fail(shapes.error());
    (*shapes)->bind(1, fromId);
    if (auto ok = (*shapes)->forEachRow([&](const Statement &r) { merge.movedShapeIds.append(r.int64(0)); }); !ok)
        return fail(ok.error());
    const QString context = tr("Could not merge the label \"%1\" into \"%2\"").arg(from->name, into->name);
    if (auto ok = m_db.execute("UPDATE shape SET label_class_id = ? WHERE label_class_id = ?", intoId, fromId); !ok)
        return fail(withContext(context, ok.error()));
    if (auto ok = m_db.execute("DELETE FROM label_class WHERE id = ?", fromId); !ok)
        return fail(withContext(context, ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("label_class.merge"), QStringLiteral("label_class"),
                                 QString::number(fromId),
                                 {{QStringLiteral("name"), from->name},
                                  {QStringLiteral("into"), qint64(intoId)},
                                  {QStringLiteral("shapes"), qint64(merge.movedShapeIds.size())}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return merge;
}

Status LabelClassEdits::undoMerge(const LabelClassMerge &merge)
{
    const LabelClass &removed = merge.removed;
    const QString context = tr("Could not bring back the label \"%1\"").arg(removed.name);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto clash = m_db.queryInt("SELECT count(*) FROM label_class WHERE id = ? OR (dataset_id = ? AND name = ?)",
                               removed.id, removed.datasetId, removed.name);
    if (!clash)
        return fail(clash.error());
    if (*clash != 0)
        return fail(tr("%1: the dataset has a label of that name again. Rename that label first.")
                        .arg(context));
    if (auto ok = m_db.execute("INSERT INTO label_class(id, dataset_id, name, color, attributes, external_id) "
                               "VALUES (?, ?, ?, ?, ?, ?)",
                               removed.id, removed.datasetId, removed.name, removed.color,
                               removed.attributes, removed.externalId);
        !ok)
        return fail(withContext(context, ok.error()));
    auto moveBack = m_db.statement("UPDATE shape SET label_class_id = ? WHERE id = ? AND label_class_id = ?");
    if (!moveBack)
        return fail(moveBack.error());
    for (std::int64_t shapeId : merge.movedShapeIds) {
        (*moveBack)->reset();
        (*moveBack)->bindAll(removed.id, shapeId, merge.intoId);
        if (auto ok = (*moveBack)->run(); !ok)
            return fail(withContext(context, ok.error()));
    }
    if (auto ok = m_audit.record(QStringLiteral("label_class.unmerge"), QStringLiteral("label_class"),
                                 QString::number(removed.id),
                                 {{QStringLiteral("name"), removed.name},
                                  {QStringLiteral("from"), qint64(merge.intoId)},
                                  {QStringLiteral("shapes"), qint64(merge.movedShapeIds.size())}});
        !ok)
        return ok;
    return transaction->commit();
}

ChangeLabelClassCommand::ChangeLabelClassCommand(const QString &text, LabelClassEdits &edits, Setter setter,
                                                 std::int64_t id, QString oldValue, QString newValue,
                                                 LabelEditErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_edits(edits)
    , m_setter(setter)
    , m_id(id)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
    , m_onError(std::move(onError))
{}

void ChangeLabelClassCommand::redo()
{
    apply(m_newValue);
}

void ChangeLabelClassCommand::undo()
{
    apply(m_oldValue);
}

void ChangeLabelClassCommand::apply(const QString &value)
{
    if (auto ok = (m_edits.*m_setter)(m_id, value); !ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(ok.error());
    }
}

RenameLabelClassCommand::RenameLabelClassCommand(LabelClassEdits &edits, std::int64_t id, QString oldName,
                                                 QString newName, LabelEditErrorHandler onError,
                                                 QUndoCommand *parent)
    : ChangeLabelClassCommand(tr("Rename label \"%1\" to \"%2\"").arg(oldName, newName), edits,
                              &LabelClassEdits::rename, id, oldName, newName, std::move(onError), parent)
{}

RecolorLabelClassCommand::RecolorLabelClassCommand(LabelClassEdits &edits, std::int64_t id, QString oldColor,
                                                   QString newColor, LabelEditErrorHandler onError,
                                                   QUndoCommand *parent)
    : ChangeLabelClassCommand(tr("Change label colour"), edits, &LabelClassEdits::recolor, id, std::move(oldColor),
                              std::move(newColor), std::move(onError), parent)
{}

MergeLabelClassesCommand::MergeLabelClassesCommand(LabelClassEdits &edits, std::int64_t fromId,
                                                   std::int64_t intoId, LabelEditErrorHandler onError,
                                                   QUndoCommand *parent)
    : QUndoCommand(tr("Merge labels"), parent)
    , m_edits(edits)
    , m_fromId(fromId)
    , m_intoId(intoId)
    , m_onError(std::move(onError))
{}

void MergeLabelClassesCommand::redo()
{
    auto merged = m_edits.merge(m_fromId, m_intoId);
    if (!merged)
        return report(merged.error());
    m_merge = std::move(*merged);
}

void MergeLabelClassesCommand::undo()
{
    if (!m_merge)
        return;
    if (auto ok = m_edits.undoMerge(*m_merge); !ok)
        return report(ok.error());
    m_merge.reset();
}

void MergeLabelClassesCommand::report(const Error &error)
{
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

} // namespace atelier
