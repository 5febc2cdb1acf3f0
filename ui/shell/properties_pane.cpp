// PropertiesPane: a form for an item, an empty state for a section or for nothing selected.
#include "ui/shell/properties_pane.h"

#include "ui/shell/section_texts.h"
#include "ui/widgets/empty_state.h"
#include "ui/widgets/icons.h"

#include <QFormLayout>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace atelier {

PropertiesPane::PropertiesPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_empty(new EmptyState(this))
    , m_headerIcon(new QLabel)
    , m_header(new QLabel)
{
    setObjectName(QStringLiteral("propertiesPane"));
    setAttribute(Qt::WA_StyledBackground);
    m_empty->setCompact(true);
    m_form = createForm();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_form);
    showNothing();
}

QWidget *PropertiesPane::createForm()
{
    auto *form = new QWidget(this);
    QFont headerFont = m_header->font();
    headerFont.setWeight(QFont::DemiBold);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_headerIcon);
    header->addWidget(m_header, 1);

    auto *fields = new QFormLayout;
    fields->setLabelAlignment(Qt::AlignLeft);
    fields->setHorizontalSpacing(16);
    fields->setVerticalSpacing(6);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(fields);
    layout->addStretch();

    // The fields the navigator knows of every item; views add their own later.
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("detail"), tr("Detail")},
    };
    for (const auto &[field, label] : rows) {
        auto *name = new QLabel(label, form);
        name->setObjectName(QStringLiteral("propertyName"));
        auto *value = new QLabel(form);
        value->setObjectName(field + QStringLiteral("Value"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        fields->addRow(name, value);
        m_values.insert(field, value);
    }
    return form;
}

void PropertiesPane::showItem(ProjectCatalog::Section section, const CatalogItem &item)
{
    m_headerIcon->setPixmap(SectionTexts::icon(section).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_header->setText(item.name);
    m_values.value(QStringLiteral("kind"))->setText(SectionTexts::kindName(section));
    m_values.value(QStringLiteral("name"))->setText(item.name);
    m_values.value(QStringLiteral("id"))->setText(QString::number(item.id));
    m_values.value(QStringLiteral("detail"))->setText(item.detail);
    m_stack->setCurrentWidget(m_form);
}

void PropertiesPane::showSection(ProjectCatalog::Section section, int count)
{
    m_empty->setIcon(SectionTexts::icon(section));
    if (count == 0) {
        m_empty->setTitle(SectionTexts::emptyTitle(section));
        m_empty->setText(SectionTexts::emptyText(section));
    } else {
        m_empty->setTitle(SectionTexts::title(section));
        m_empty->setText(tr("%n item(s). Select one to see its properties.", nullptr, count));
    }
    m_stack->setCurrentWidget(m_empty);
}

void PropertiesPane::showNothing()
{
    m_empty->setIcon(Icons::named(QStringLiteral("properties")));
    m_empty->setTitle(tr("Nothing selected"));
    m_empty->setText(tr("Select an item in the navigator to see its properties."));
    m_stack->setCurrentWidget(m_empty);
}

QString PropertiesPane::value(const QString &field) const
{
    const QLabel *label = m_values.value(field);
    return label && m_stack->currentWidget() == m_form ? label->text() : QString();
}

} // namespace atelier
