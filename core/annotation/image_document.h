// ImageDocument: the shapes of one image while the annotation pane shows it. The canvas and the
// docks read it and follow its signals; edits reach it only through undo commands
// (annotation_commands.h) on its undo stack, and each change is handed to the AnnotationWriter,
// which commits it to the store at once.
#pragma once

#include "core/annotation/shape.h"

#include <QList>
#include <QObject>

#include <cstdint>

class QUndoStack;

namespace atelier {

class AnnotationWriter;

class ImageDocument : public QObject
{
    Q_OBJECT

public:
    // `shapes` as loaded from the store, in z order (back to front). `writer` may be null (tests
    // of the canvas alone): edits then stay in memory.
    ImageDocument(std::int64_t imageId, QSize imageSize, QList<Shape> shapes,
                  AnnotationWriter *writer, QObject *parent = nullptr);
    ~ImageDocument() override;

    std::int64_t imageId() const { return m_imageId; }
    QSize imageSize() const { return m_imageSize; }
    const QList<Shape> &shapes() const { return m_shapes; }
    // Null when no shape has `key`.
    const Shape *shape(std::int64_t key) const;
    int indexOf(std::int64_t key) const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // A key for a shape made in the pane: negative and unique across all documents.
    static std::int64_t newKey();

    // Called by undo commands only. Each change is persisted through the writer.
    void insertShape(int index, const Shape &shape);
    void replaceShape(const Shape &shape); // the shape with the same key
    void removeShape(std::int64_t key);

Q_SIGNALS:
    void shapeInserted(std::int64_t key);
    void shapeChanged(std::int64_t key);
    void shapeRemoved(std::int64_t key);

private:
    std::int64_t m_imageId;
    QSize m_imageSize;
    QList<Shape> m_shapes;
    AnnotationWriter *m_writer;
    QUndoStack *m_undoStack;
};

} // namespace atelier
