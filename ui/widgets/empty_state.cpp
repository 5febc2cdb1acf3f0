// EmptyState: a vertical stack (icon, title, wrapped text, buttons) centred in its area.
#include "ui/widgets/empty_state.h"

#include "ui/widgets/action_text.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr int IconSize = 56;
constexpr int CompactIconSize = 32;
// Lines longer than this are hard to read in the middle of a wide tab.
constexpr int MaximumTextWidth = 460;

} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitle"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    m_textLabel->setObjectName(QStringLiteral("emptyStateText"));
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->setSpacing(8);
    m_buttons->addStretch();
    m_buttons->addStretch();

    // The column is centred by stretches, not by alignment flags: an aligned item gets its
    // size hint, which is too short for wrapped text, while a stretched one gets its
    // height for the width it really has.
    auto *column = new QWidget(this);
    column->setMaximumWidth(MaximumTextWidth);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *stack = new QVBoxLayout(column);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(8);
    stack->addWidget(m_iconLabel);
    stack->addSpacing(4);
    stack->addWidget(m_titleLabel);
    stack->addWidget(m_textLabel);
    stack->addSpacing(8);
    stack->addLayout(m_buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    setCompact(false);
}

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent)
    : EmptyState(parent)
{
    setIcon(icon);
    setTitle(title);
    setText(text);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon = icon;
    updateIcon();
}

void EmptyState::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
    m_titleLabel->setVisible(!title.isEmpty());
}

void EmptyState::setText(const QString &text)
{
    m_textLabel->setText(text);
    m_textLabel->setVisible(!text.isEmpty());
}

void EmptyState::setCompact(bool compact)
{
    m_compact = compact;
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * (compact ? 1.0 : 1.3));
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);
    updateIcon();
}

QString EmptyState::title() const
{
    return m_titleLabel->text();
}

QString EmptyState::text() const
{
    return m_textLabel->text();
}

void EmptyState::addButton(QAction *action)
{
    auto *button = new QPushButton(action->icon(), plainActionText(action), this);
    button->setEnabled(action->isEnabled());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setText(plainActionText(action));
        button->setEnabled(action->isEnabled());
    });
    // Keep the buttons centred: they go between the two stretches.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void EmptyState::updateIcon()
{
    const int size = m_compact ? CompactIconSize : IconSize;
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_iconLabel->setVisible(!m_icon.isNull());
}

} // namespace atelier
