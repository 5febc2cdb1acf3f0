// ImageDocument: keeps the shapes of one image in z order and hands every change to the writer.
#include "core/annotation/image_document.h"

#include "core/annotation/annotation_writer.h"

#include <QUndoStack>

#include <atomic>

namespace atelier {

ImageDocument::ImageDocument(std::int64_t imageId, QSize imageSize, QList<Shape> shapes,
                             AnnotationWriter *writer, QObject *parent)
    : QObject(parent)
    , m_imageId(imageId)
    , m_imageSize(imageSize)
    , m_shapes(std::move(shapes))
    , m_writer(writer)
    , m_undoStack(new QUndoStack(this))
{}

ImageDocument::~ImageDocument() = default;

const Shape *ImageDocument::shape(std::int64_t key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &m_shapes.at(index);
}

int ImageDocument::indexOf(std::int64_t key) const
{
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        if (m_shapes.at(i).key == key)
            return int(i);
    }
    return -1;
}

std::int64_t ImageDocument::newKey()
{
    static std::atomic<std::int64_t> lastKey{0};
    return --lastKey;
}

// Listeners hear of a change before it is handed to the writer, so that whatever they note about
// it (a log line, a pending marker) is there before its commit can be reported.
void ImageDocument::insertShape(int index, const Shape &shape)
{
    Q_ASSERT(indexOf(shape.key) < 0);
    m_shapes.insert(qBound(0, index, int(m_shapes.size())), shape);
    Q_EMIT shapeInserted(shape.key);
    if (m_writer)
        m_writer->insertShape(m_imageId, shape);
}

void ImageDocument::replaceShape(const Shape &shape)
{
    const int index = indexOf(shape.key);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return;
    m_shapes[index] = shape;
    Q_EMIT shapeChanged(shape.key);
    if (m_writer)
        m_writer->updateShape(m_imageId, shape);
}

void ImageDocument::removeShape(std::int64_t key)
{
    const int index = indexOf(key);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return;
    m_shapes.removeAt(index);
    Q_EMIT shapeRemoved(key);
    if (m_writer)
        m_writer->removeShape(m_imageId, key);
}

} // namespace atelier
