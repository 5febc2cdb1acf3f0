// annotation_edit_stream: a helper of tst_edit_durability. It opens a project, loads one image and
// applies a long random stream of edits through ImageDocument, its undo commands and an
// AnnotationWriter, as the annotation pane does, and logs each edit to stdout (flushed per line):
//   loaded <key> <state>             a shape as loaded, before any edit
//   queued <seq> <key> <state>       an edit, printed before it is handed to the writer
//   committed <seq> <key> <row id>   the writer reported the edit committed
//   failed <seq> <message>           the writer reported a failure (the test then fails)
//   done                             every edit committed; the process exits 0
// <state> is a compact JSON object of the shape's columns, or "deleted".
// Usage: annotation_edit_stream <project folder> <image id> <seed> <edit count>
#include "core/annotation/annotation_commands.h"
#include "core/annotation/annotation_writer.h"
#include "core/annotation/image_annotations.h"
#include "core/annotation/image_document.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUndoStack>

#include <cstdio>
#include <map>

using namespace atelier;

namespace {

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString stateJson(const Shape &shape)
{
    const QJsonObject state{
        {QStringLiteral("label"), qint64(shape.labelClassId)},
        {QStringLiteral("kind"), shapeKindName(shape.kind)},
        {QStringLiteral("geometry"), QString::fromUtf8(shapeGeometryJson(shape))},
        {QStringLiteral("attributes"), QString::fromUtf8(QJsonDocument(shape.attributes).toJson(QJsonDocument::Compact))},
        {QStringLiteral("z"), shape.z},
        {QStringLiteral("hidden"), shape.hidden},
        {QStringLiteral("locked"), shape.locked},
        {QStringLiteral("group"), shape.groupId ? QJsonValue(qint64(*shape.groupId)) : QJsonValue()},
    };
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

class EditStream
{
public:
    EditStream(ImageDocument &document, QList<std::int64_t> labels, quint32 seed)
        : m_document(document)
        , m_labels(std::move(labels))
        , m_random(seed)
    {}

    // One random edit, pushed, undone or redone on the document's stack.
    void step()
    {
        QUndoStack *stack = m_document.undoStack();
        const int roll = int(m_random.bounded(100));
        const qsizetype count = m_document.shapes().size();
        if (count == 0 || (roll < 25 && count < 30))
            stack->push(new AddShapesCommand(&m_document, newShapes()));
        else if (roll < 45)
            change([this](Shape &shape) { move(shape); });
        else if (roll < 60)
            change([this](Shape &shape) { moveVertex(shape); });
        else if (roll < 70)
            change([this](Shape &shape) { changeProperties(shape); });
        else if (roll < 80 || count >= 30)
            stack->push(new RemoveShapesCommand(&m_document, pickKeys()));
        else if (roll < 90 && stack->canUndo())
            stack->undo();
        else if (stack->canRedo())
            stack->redo();
        else
            stack->push(new AddShapesCommand(&m_document, newShapes()));
    }

private:
    double uniform(double lowest, double highest) { return lowest + m_random.bounded(highest - lowest); }
    double coordinate(int extent) { return m_random.bounded(double(extent)); }

    QPolygonF points(int count)
    {
        QPolygonF list;
        const QSize size = m_document.imageSize();
        for (int i = 0; i < count; ++i)
            list.append(QPointF(coordinate(size.width()), coordinate(size.height())));
        return list;
    }

    MaskRle mask()
    {
        const QSize size = m_document.imageSize();
        std::vector<std::uint8_t> pixels(std::size_t(size.width()) * std::size_t(size.height()));
        const int x0 = int(m_random.bounded(size.width())), y0 = int(m_random.bounded(size.height()));
        for (int y = y0; y < size.height() && y < y0 + 12; ++y) {
            for (int x = x0; x < size.width() && x < x0 + 16; ++x)
                pixels[std::size_t(y) * std::size_t(size.width()) + std::size_t(x)] = m_random.bounded(5) != 0;
        }
        return MaskRle::fromMask(pixels.data(), size.height(), size.width());
    }

    QList<Shape> newShapes()
    {
        QList<Shape> shapes;
        const int count = int(m_random.bounded(1, 3));
        for (int i = 0; i < count; ++i) {
            Shape shape;
            shape.key = ImageDocument::newKey();
            shape.labelClassId = m_labels.at(int(m_random.bounded(int(m_labels.size()))));
            shape.kind = ShapeKind(m_random.bounded(6));
            switch (shape.kind) {
            case ShapeKind::Box: shape.points = points(2); break;
            case ShapeKind::RotatedBox:
                shape.points = points(2);
                shape.rotation = uniform(-180.0, 180.0);
                break;
            case ShapeKind::Polygon: shape.points = points(int(m_random.bounded(3, 9))); break;
            case ShapeKind::Polyline: shape.points = points(int(m_random.bounded(2, 7))); break;
            case ShapeKind::Point: shape.points = points(1); break;
            case ShapeKind::Mask: shape.mask = mask(); break;
            }
            shape.z = int(m_document.shapes().size()) + i;
            shapes.append(shape);
        }
        return shapes;
    }

    void move(Shape &shape)
    {
        if (shape.kind == ShapeKind::Mask)
            shape.mask = mask();
        else
            shape.points.translate(uniform(-5.0, 5.0), uniform(-5.0, 5.0));
    }

    void moveVertex(Shape &shape)
    {
        if (shape.points.isEmpty())
            return move(shape);
        const int vertex = int(m_random.bounded(int(shape.points.size())));
        shape.points[vertex] = points(1).front();
        if (shape.kind == ShapeKind::RotatedBox)
            shape.rotation = uniform(-180.0, 180.0);
    }

    void changeProperties(Shape &shape)
    {
        switch (m_random.bounded(5)) {
        case 0: shape.labelClassId = m_labels.at(int(m_random.bounded(int(m_labels.size())))); break;
        case 1: shape.hidden = !shape.hidden; break;
        case 2: shape.locked = !shape.locked; break;
        case 3: shape.z = int(uniform(-10, 40)); break;
        default:
            shape.attributes.insert(QStringLiteral("occluded"), bool(m_random.bounded(2)));
            shape.attributes.insert(QStringLiteral("note"), QStringLiteral("n%1").arg(m_random.bounded(1000)));
            break;
        }
    }

    template<typename Edit>
    void change(Edit edit)
    {
        QList<Shape> before, after;
        for (std::int64_t key : pickKeys()) {
            Shape shape = *m_document.shape(key);
            before.append(shape);
            edit(shape);
            after.append(shape);
        }
        m_document.undoStack()->push(new ChangeShapesCommand(&m_document, before, after));
    }

    QList<std::int64_t> pickKeys()
    {
        const QList<Shape> &shapes = m_document.shapes();
        QList<std::int64_t> keys{shapes.at(int(m_random.bounded(int(shapes.size())))).key};
        const std::int64_t second = shapes.at(int(m_random.bounded(int(shapes.size())))).key;
        if (m_random.bounded(3) == 0 && second != keys.front())
            keys.append(second);
        return keys;
    }

    ImageDocument &m_document;
    QList<std::int64_t> m_labels;
    QRandomGenerator m_random;
};

int fatal(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return fatal(QStringLiteral("usage: annotation_edit_stream <project folder> <image id> <seed> <edit count>"));
    const QString folder = args[1];
    const std::int64_t imageId = args[2].toLongLong();
    const quint32 seed = args[3].toUInt();
    const int editCount = args[4].toInt();

    auto db = Project::connect(folder);
    if (!db)
        return fatal(db.error().toString());
    auto image = loadImageAnnotations(**db, imageId);
    if (!image)
        return fatal(image.error().toString());
    QList<std::int64_t> labels;
    auto st = (*db)->statement("SELECT id FROM label_class WHERE dataset_id = ? ORDER BY id");
    if (!st)
        return fatal(st.error().toString());
    (*st)->bind(1, image->datasetId);
    if (auto ok = (*st)->forEachRow([&](const Statement &r) { labels.append(r.int64(0)); }); !ok || labels.isEmpty())
        return fatal(QStringLiteral("the image's dataset has no label classes"));
    st = CachedStatement(nullptr);
    db->reset();

    auto writer = AnnotationWriter::open(folder, QStringLiteral("edit-stream"));
    if (!writer)
        return fatal(writer.error().toString());
    for (const Shape &shape : std::as_const(image->shapes))
        printLine(QStringLiteral("loaded %1 %2").arg(shape.key).arg(stateJson(shape)));

    ImageDocument document(imageId, image->size, image->shapes, writer->get());
    // The document tells of each change just before handing it to the writer, which numbers its
    // edits 1, 2, ...: the n-th change is the writer's edit n.
    std::uint64_t queued = 0;
    std::map<std::uint64_t, std::int64_t> keyOfEdit;
    const auto noteChange = [&](std::int64_t key, bool removed) {
        keyOfEdit[++queued] = key;
        printLine(QStringLiteral("queued %1 %2 %3")
                      .arg(queued)
                      .arg(key)
                      .arg(removed ? QStringLiteral("deleted") : stateJson(*document.shape(key))));
    };
    QObject::connect(&document, &ImageDocument::shapeInserted, [&](std::int64_t key) { noteChange(key, false); });
    QObject::connect(&document, &ImageDocument::shapeChanged, [&](std::int64_t key) { noteChange(key, false); });
    QObject::connect(&document, &ImageDocument::shapeRemoved, [&](std::int64_t key) { noteChange(key, true); });
    QObject::connect(writer->get(), &AnnotationWriter::committed, &app, [&](std::uint64_t sequence) {
        const std::int64_t key = keyOfEdit.at(sequence);
        printLine(QStringLiteral("committed %1 %2 %3").arg(sequence).arg(key).arg((*writer)->rowId(key).value_or(0)));
    }, Qt::QueuedConnection);
    QObject::connect(writer->get(), &AnnotationWriter::failed, &app,
                     [&](std::uint64_t sequence, const QString &message, const QString &detail) {
                         printLine(QStringLiteral("failed %1 %2 (%3)").arg(sequence).arg(message, detail));
                     }, Qt::QueuedConnection);

    EditStream stream(document, labels, seed);
    QRandomGenerator pace(seed ^ 0x5eedu);
    for (int i = 0; i < editCount; ++i) {
        stream.step();
        QCoreApplication::processEvents();
        if (pace.bounded(8) == 0) { // now and then wait for the writer, as a user pausing would
            (*writer)->flush();
            QCoreApplication::processEvents();
        }
    }
    (*writer)->flush();
    QCoreApplication::processEvents();
    printLine(QStringLiteral("done"));
    return 0;
}
