// ShapeListModel: follows the document's signals with a reset each time (an image holds at most
// thousands of shapes, and the list view only asks for the rows it shows).
#include "ui/annotate/shape_list_model.h"

#include "core/annotation/annotation_commands.h"
#include "core/annotation/image_document.h"
#include "ui/annotate/label_list_model.h"

#include <QUndoStack>

namespace atelier {

ShapeListModel::ShapeListModel(const LabelListModel &labels, QObject *parent)
    : QAbstractListModel(parent)
    , m_labels(labels)
{
    connect(&labels, &QAbstractItemModel::modelReset, this, &ShapeListModel::reset);
    connect(&labels, &QAbstractItemModel::dataChanged, this, &ShapeListModel::reset);
}

void ShapeListModel::setDocument(ImageDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ImageDocument::shapeInserted, this, &ShapeListModel::reset);
        connect(document, &ImageDocument::shapeChanged, this, &ShapeListModel::reset);
        connect(document, &ImageDocument::shapeRemoved, this, &ShapeListModel::reset);
    }
    reset();
}

ImageDocument *ShapeListModel::document() const
{
    return m_document;
}

void ShapeListModel::reset()
{
    beginResetModel();
    endResetModel();
}

int ShapeListModel::shapeIndexOf(int row) const
{
    return m_document ? int(m_document->shapes().size()) - 1 - row : -1;
}

std::int64_t ShapeListModel::keyAt(int row) const
{
    if (!m_document || row < 0 || row >= rowCount())
        return 0;
    return m_document->shapes().at(shapeIndexOf(row)).key;
}

int ShapeListModel::rowOf(std::int64_t key) const
{
    if (!m_document)
        return -1;
    const int index = m_document->indexOf(key);
    return index < 0 ? -1 : int(m_document->shapes().size()) - 1 - index;
}

int ShapeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->shapes().size());
}

QVariant ShapeListModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Shape &shape = m_document->shapes().at(shapeIndexOf(index.row()));
    const LabelEntry *label = m_labels.label(shape.labelClassId);
    const QString labelName = label ? label->name : tr("(unknown label)");
    switch (role) {
    case Qt::DisplayRole:
        return shape.locked ? tr("%1 · %2 · locked").arg(labelName, shapeKindDisplayName(shape.kind))
                            : tr("%1 · %2").arg(labelName, shapeKindDisplayName(shape.kind));
    case Qt::DecorationRole:
        return m_labels.data(m_labels.index(m_labels.rowOf(shape.labelClassId)), Qt::DecorationRole);
    case Qt::CheckStateRole:
        return shape.hidden ? Qt::Unchecked : Qt::Checked;
    case Qt::ToolTipRole:
        return tr("Untick to hide this shape on the canvas.");
    case ShapeKeyRole:
        return QVariant::fromValue(shape.key);
    default:
        return {};
    }
}

bool ShapeListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_document || index.row() < 0 || index.row() >= rowCount())
        return false;
    const Shape before = m_document->shapes().at(shapeIndexOf(index.row()));
    Shape after = before;
    after.hidden = value.value<Qt::CheckState>() == Qt::Unchecked;
    if (after == before)
        return false;
    auto *command = new ChangeShapesCommand(m_document, {before}, {after});
    command->setText(after.hidden ? tr("Hide shape") : tr("Show shape"));
    m_document->undoStack()->push(command);
    return true;
}

Qt::ItemFlags ShapeListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

} // namespace atelier
