// Undo commands of the annotation pane: each keeps whole shapes, so undo is an exact restore.
#include "core/annotation/annotation_commands.h"

#include "core/annotation/image_document.h"

#include <algorithm>

namespace atelier {

AddShapesCommand::AddShapesCommand(ImageDocument *document, QList<Shape> shapes, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_shapes(std::move(shapes))
{
    // On top of the others in the store too, so the order survives a reload (z, then row id).
    int top = 0;
    for (const Shape &shape : document->shapes())
        top = std::max(top, shape.z);
    for (Shape &shape : m_shapes)
        shape.z = ++top;
    setText(m_shapes.size() == 1 ? tr("Add %1").arg(shapeKindDisplayName(m_shapes.front().kind).toLower())
                                 : tr("Add %n shape(s)", nullptr, int(m_shapes.size())));
}

void AddShapesCommand::redo()
{
    for (const Shape &shape : std::as_const(m_shapes))
        m_document->insertShape(int(m_document->shapes().size()), shape);
}

void AddShapesCommand::undo()
{
    for (auto it = m_shapes.crbegin(); it != m_shapes.crend(); ++it)
        m_document->removeShape(it->key);
}

ChangeShapesCommand::ChangeShapesCommand(ImageDocument *document, QList<Shape> before, QList<Shape> after,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    Q_ASSERT(m_before.size() == m_after.size());
    setText(!text.isEmpty() ? text : tr("Change %n shape(s)", nullptr, int(m_after.size())));
}

void ChangeShapesCommand::redo()
{
    replaceAll(m_after);
}

void ChangeShapesCommand::undo()
{
    replaceAll(m_before);
}

void ChangeShapesCommand::replaceAll(const QList<Shape> &shapes)
{
    for (const Shape &shape : shapes)
        m_document->replaceShape(shape);
}

RemoveShapesCommand::RemoveShapesCommand(ImageDocument *document, const QList<std::int64_t> &keys,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    for (std::int64_t key : keys) {
        const int index = document->indexOf(key);
        const bool listed = std::any_of(m_removed.cbegin(), m_removed.cend(),
                                        [index](const Removed &r) { return r.index == index; });
        if (index >= 0 && !listed)
            m_removed.append({index, document->shapes().at(index)});
    }
    std::sort(m_removed.begin(), m_removed.end(),
              [](const Removed &a, const Removed &b) { return a.index < b.index; });
    setText(tr("Remove %n shape(s)", nullptr, int(m_removed.size())));
}

void RemoveShapesCommand::redo()
{
    for (const Removed &removed : std::as_const(m_removed))
        m_document->removeShape(removed.shape.key);
}

void RemoveShapesCommand::undo()
{
    // Ascending order: each index is where the shape stood once the ones below it are back.
    for (const Removed &removed : std::as_const(m_removed))
        m_document->insertShape(removed.index, removed.shape);
}

} // namespace atelier
