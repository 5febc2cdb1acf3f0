// Undo commands of the annotation pane, one edit each: add, change and remove shapes of an
// ImageDocument. Undo and redo go through the document's mutators, so both are saved too.
#pragma once

#include "core/annotation/shape.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <cstdint>

namespace atelier {

class ImageDocument;

// Adds shapes on top of the others (draw, paste, paste from the previous image), giving them z
// values above the others'. Give them new keys (ImageDocument::newKey()).
class AddShapesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddShapesCommand)

public:
    AddShapesCommand(ImageDocument *document, QList<Shape> shapes, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ImageDocument *m_document;
    QList<Shape> m_shapes;
};

// Replaces whole shapes: move, resize, vertex edits, label, attributes, hide/lock, z order. One
// gesture is one command: the canvas pushes it when the drag ends. `before` and `after` hold the
// same keys in the same order.
class ChangeShapesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeShapesCommand)

public:
    ChangeShapesCommand(ImageDocument *document, QList<Shape> before, QList<Shape> after,
                        const QString &text = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void replaceAll(const QList<Shape> &shapes);

    ImageDocument *m_document;
    QList<Shape> m_before;
    QList<Shape> m_after;
};

// Removes shapes; undo puts each back at the index it had, so the z order is restored.
class RemoveShapesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveShapesCommand)

public:
    // Keys that the document does not hold are ignored.
    RemoveShapesCommand(ImageDocument *document, const QList<std::int64_t> &keys,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        int index;
        Shape shape;
    };

    ImageDocument *m_document;
    QList<Removed> m_removed; // by ascending index
};

} // namespace atelier
