// LabelListModel: the label classes of the dataset in the annotation pane: colour, name, the
// number of shapes that carry each, and the key (1-9) that picks it.
#pragma once

#include "core/annotation/dataset_index.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>

namespace atelier {

class LabelListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LabelIdRole = Qt::UserRole + 1 };

    explicit LabelListModel(QObject *parent = nullptr);

    void setLabels(QList<LabelEntry> labels);
    const QList<LabelEntry> &labels() const { return m_labels; }
    const LabelEntry *label(std::int64_t id) const;
    int rowOf(std::int64_t id) const;
    // The label that key `digit` (1-9) picks: the digit-th in the list; 0 when there is none.
    std::int64_t labelForKey(int digit) const;
    QColor color(std::int64_t id) const;
    QHash<std::int64_t, QColor> colors() const;

    void addToCount(std::int64_t id, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<LabelEntry> m_labels;
};

} // namespace atelier
