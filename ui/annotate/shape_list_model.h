// ShapeListModel: the shapes of the image in the annotation pane, front first, each with its
// label and kind; unticking one hides it on the canvas (an undoable edit like any other).
#pragma once

#include <QAbstractListModel>
#include <QPointer>

#include <cstdint>

namespace atelier {

class ImageDocument;
class LabelListModel;

class ShapeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ShapeKeyRole = Qt::UserRole + 1 };

    ShapeListModel(const LabelListModel &labels, QObject *parent = nullptr);

    void setDocument(ImageDocument *document);
    ImageDocument *document() const;
    std::int64_t keyAt(int row) const;
    int rowOf(std::int64_t key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reset();
    // Rows list the document's shapes back to front reversed, so the shape on top comes first.
    int shapeIndexOf(int row) const;

    const LabelListModel &m_labels;
    QPointer<ImageDocument> m_document;
};

} // namespace atelier
