// NavigatorModel: the project's catalog as a tree: five sections, each with its items.
#pragma once

#include "core/project/project_catalog.h"

#include <QAbstractItemModel>

#include <optional>

namespace atelier {

class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using Section = ProjectCatalog::Section;

    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        SectionRole = Qt::UserRole + 1, // int(Section), on sections and items
        IsSectionRole,                  // bool
        IdRole,                         // qint64, items only
        NameRole,                       // QString, the plain name
        DetailRole,                     // QString, the detail line (items) or the count (sections)
        CountRole,                      // int, sections only
    };

    explicit NavigatorModel(QObject *parent = nullptr);

    // Replaces the items section by section, so that views keep their expanded sections.
    void setCatalog(const ProjectCatalog &catalog);
    // No project: no rows at all.
    void clear();
    bool hasCatalog() const { return m_hasCatalog; }

    QModelIndex sectionIndex(Section section, int column = NameColumn) const;
    QModelIndex itemIndex(Section section, qint64 id, int column = NameColumn) const;
    static bool isSection(const QModelIndex &index);
    static Section sectionOf(const QModelIndex &index);
    // The catalog item behind an item row; empty for sections and invalid indexes.
    std::optional<CatalogItem> item(const QModelIndex &index) const;
    int itemCount(Section section) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void replaceItems(Section section, const QList<CatalogItem> &items);
    QVariant sectionData(Section section, int column, int role) const;
    QVariant itemData(Section section, const CatalogItem &item, int column, int role) const;
    const QList<CatalogItem> &itemsOf(Section section) const { return m_items[std::size_t(section)]; }

    bool m_hasCatalog = false;
    std::array<QList<CatalogItem>, ProjectCatalog::Sections.size()> m_items;
};

} // namespace atelier
