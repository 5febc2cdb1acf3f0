// NavigatorModel: a two-level tree. An index's internal id says where it lives: 0 for a section
// row, the section's number + 1 for an item row under that section.
#include "ui/shell/navigator_model.h"

#include "ui/shell/section_texts.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace atelier {

namespace {

constexpr quintptr SectionRowId = 0;

bool sameItems(const QList<CatalogItem> &a, const QList<CatalogItem> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const CatalogItem &x, const CatalogItem &y) {
        return x.id == y.id && x.name == y.name && x.detail == y.detail;
    });
}

} // namespace

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void NavigatorModel::setCatalog(const ProjectCatalog &catalog)
{
    if (!m_hasCatalog) {
        beginResetModel();
        for (const Section section : ProjectCatalog::Sections)
            m_items[std::size_t(section)] = catalog.items(section);
        m_hasCatalog = true;
        endResetModel();
        return;
    }
    for (const Section section : ProjectCatalog::Sections)
        replaceItems(section, catalog.items(section));
}

void NavigatorModel::replaceItems(Section section, const QList<CatalogItem> &items)
{
    QList<CatalogItem> &current = m_items[std::size_t(section)];
    if (sameItems(current, items))
        return;
    const QModelIndex parent = sectionIndex(section);
    if (!current.isEmpty()) {
        beginRemoveRows(parent, 0, int(current.size()) - 1);
        current.clear();
        endRemoveRows();
    }
    if (!items.isEmpty()) {
        beginInsertRows(parent, 0, int(items.size()) - 1);
        current = items;
        endInsertRows();
    }
    Q_EMIT dataChanged(sectionIndex(section, NameColumn), sectionIndex(section, DetailColumn));
}

void NavigatorModel::clear()
{
    beginResetModel();
    for (auto &items : m_items)
        items.clear();
    m_hasCatalog = false;
    endResetModel();
}

QModelIndex NavigatorModel::sectionIndex(Section section, int column) const
{
    if (!m_hasCatalog)
        return {};
    return createIndex(int(section), column, SectionRowId);
}

QModelIndex NavigatorModel::itemIndex(Section section, qint64 id, int column) const
{
    const QList<CatalogItem> &items = itemsOf(section);
    for (qsizetype row = 0; row < items.size(); ++row) {
        if (items.at(row).id == id)
            return createIndex(int(row), column, quintptr(section) + 1);
    }
    return {};
}

bool NavigatorModel::isSection(const QModelIndex &index)
{
    return index.isValid() && index.internalId() == SectionRowId;
}

NavigatorModel::Section NavigatorModel::sectionOf(const QModelIndex &index)
{
    return isSection(index) ? Section(index.row()) : Section(index.internalId() - 1);
}

std::optional<CatalogItem> NavigatorModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || isSection(index))
        return std::nullopt;
    const QList<CatalogItem> &items = itemsOf(sectionOf(index));
    if (index.row() >= items.size())
        return std::nullopt;
    return items.at(index.row());
}

int NavigatorModel::itemCount(Section section) const
{
    return int(itemsOf(section).size());
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isSection(child))
        return {};
    return createIndex(int(sectionOf(child)), NameColumn, SectionRowId);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!m_hasCatalog || parent.column() > NameColumn)
        return 0;
    if (!parent.isValid())
        return int(ProjectCatalog::Sections.size());
    return isSection(parent) ? itemCount(sectionOf(parent)) : 0;
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Section section = sectionOf(index);
    if (isSection(index))
        return sectionData(section, index.column(), role);
    const auto catalogItem = item(index);
    return catalogItem ? itemData(section, *catalogItem, index.column(), role) : QVariant();
}

QVariant NavigatorModel::sectionData(Section section, int column, int role) const
{
    const int count = itemCount(section);
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? SectionTexts::title(section) : QString::number(count);
    case Qt::DecorationRole:
        return column == NameColumn ? SectionTexts::icon(section) : QVariant();
    case Qt::FontRole: {
        if (column != NameColumn)
            return {};
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    case Qt::ForegroundRole:
        return column == DetailColumn ? QGuiApplication::palette().color(QPalette::PlaceholderText) : QVariant();
    case Qt::TextAlignmentRole:
        return column == DetailColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return count == 0 ? SectionTexts::emptyTitle(section)
                          : tr("%1: %n item(s)", nullptr, count).arg(SectionTexts::title(section));
    case SectionRole:
        return int(section);
    case IsSectionRole:
        return true;
    case NameRole:
        return SectionTexts::title(section);
    case DetailRole:
        return QString::number(count);
    case CountRole:
        return count;
    default:
        return {};
    }
}

QVariant NavigatorModel::itemData(Section section, const CatalogItem &item, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? item.name : item.detail;
    case Qt::DecorationRole:
        return column == NameColumn ? SectionTexts::icon(section) : QVariant();
    case Qt::ForegroundRole:
        return column == DetailColumn ? QGuiApplication::palette().color(QPalette::PlaceholderText) : QVariant();
    case Qt::TextAlignmentRole:
        return column == DetailColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 %2: %3").arg(SectionTexts::kindName(section), item.name, item.detail);
    case SectionRole:
        return int(section);
    case IsSectionRole:
        return false;
    case IdRole:
        return qint64(item.id);
    case NameRole:
        return item.name;
    case DetailRole:
        return item.detail;
    default:
        return {};
    }
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (isSection(index) ? Qt::NoItemFlags : Qt::ItemNeverHasChildren);
}

} // namespace atelier
