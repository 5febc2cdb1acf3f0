// LabelClassEdits: rename, recolour and merge the label classes of a dataset, each in one
// transaction with its audit row, and the undo commands that the label dock pushes for them.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <cstdint>
#include <functional>
#include <optional>

namespace atelier {

class AuditLog;
class Database;

// A label_class row.
struct LabelClass
{
    std::int64_t id = 0;
    std::int64_t datasetId = 0;
    QString name;
    QString color; // #rrggbb
    QString attributes; // JSON: attribute definitions, as stored
    std::optional<std::int64_t> externalId;
    bool operator==(const LabelClass &) const = default;
};

// What a merge did, enough to undo it exactly.
struct LabelClassMerge
{
    LabelClass removed; // the class merged away, as it was
    std::int64_t intoId = 0;
    QList<std::int64_t> movedShapeIds;
};

// Works synchronously on the given connection: these edits are rare and touch one indexed
// column of the dataset's shapes, small for typical datasets.
class LabelClassEdits
{
    Q_DECLARE_TR_FUNCTIONS(LabelClassEdits)

public:
    LabelClassEdits(Database &db, AuditLog &audit);

    [[nodiscard]] Result<LabelClass> labelClass(std::int64_t id);
    // The new name must be unique in the dataset and not empty.
    [[nodiscard]] Status rename(std::int64_t id, const QString &name);
    // `color` as #rrggbb.
    [[nodiscard]] Status recolor(std::int64_t id, const QString &color);
    // Moves every shape of class `fromId` to `intoId` (same dataset) and deletes `fromId`.
    [[nodiscard]] Result<LabelClassMerge> merge(std::int64_t fromId, std::int64_t intoId);
    // Recreates the merged class with its id, name, colour and attributes, and moves back
    // exactly the shapes the merge moved (those still in the store).
    [[nodiscard]] Status undoMerge(const LabelClassMerge &merge);

private:
    Database &m_db;
    AuditLog &m_audit;
};

// Called with the error when a label command's store work fails; the command then leaves the
// undo stack (QUndoCommand::setObsolete).
using LabelEditErrorHandler = std::function<void(const Error &)>;

// Sets one value of a label class (its name, its colour) through a LabelClassEdits setter; undo
// sets the old value back. The model of Tiled's ChangeValue.
class ChangeLabelClassCommand : public QUndoCommand
{
public:
    using Setter = Status (LabelClassEdits::*)(std::int64_t id, const QString &value);

    ChangeLabelClassCommand(const QString &text, LabelClassEdits &edits, Setter setter, std::int64_t id,
                            QString oldValue, QString newValue, LabelEditErrorHandler onError,
                            QUndoCommand *parent);

    void redo() override;
    void undo() override;

private:
    void apply(const QString &value);

    LabelClassEdits &m_edits;
    Setter m_setter;
    std::int64_t m_id;
    QString m_oldValue;
    QString m_newValue;
    LabelEditErrorHandler m_onError;
};

// Renames a label class (undo: the old name).
class RenameLabelClassCommand : public ChangeLabelClassCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameLabelClassCommand)

public:
    RenameLabelClassCommand(LabelClassEdits &edits, std::int64_t id, QString oldName, QString newName,
                            LabelEditErrorHandler onError = {}, QUndoCommand *parent = nullptr);
};

// Gives a label class another colour (undo: the old colour).
class RecolorLabelClassCommand : public ChangeLabelClassCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecolorLabelClassCommand)

public:
    RecolorLabelClassCommand(LabelClassEdits &edits, std::int64_t id, QString oldColor, QString newColor,
                             LabelEditErrorHandler onError = {}, QUndoCommand *parent = nullptr);
};

// Merges one label class into another across the dataset; undo restores both in one step.
class MergeLabelClassesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeLabelClassesCommand)

public:
    MergeLabelClassesCommand(LabelClassEdits &edits, std::int64_t fromId, std::int64_t intoId,
                             LabelEditErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void report(const Error &error);

    LabelClassEdits &m_edits;
    std::int64_t m_fromId;
    std::int64_t m_intoId;
    std::optional<LabelClassMerge> m_merge;
    LabelEditErrorHandler m_onError;
};

} // namespace atelier
