// StatTile: the value is set in a font about twice the caption's, so a row of tiles reads at a glance.
#include "ui/widgets/stat_tile.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace atelier {

namespace {

const QString Unknown = QStringLiteral("—");

} // namespace

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(Unknown, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("statTile"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_caption->setObjectName(QStringLiteral("statTileCaption"));
    m_value->setObjectName(QStringLiteral("statTileValue"));
    m_note->setObjectName(QStringLiteral("statTileNote"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setNote({});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    updateFonts();
}

void StatTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value.isEmpty() ? Unknown : value);
}

void StatTile::setNote(const QString &note)
{
    // An empty note keeps its line, so that tiles in a row stay the same height.
    m_note->setText(note.isEmpty() ? QStringLiteral("\u00a0") : note);
}

void StatTile::clear()
{
    setValue({});
    setNote({});
}

QString StatTile::caption() const
{
    return m_caption->text();
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::note() const
{
    return m_note->text() == QStringLiteral("\u00a0") ? QString() : m_note->text();
}

void StatTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void StatTile::updateFonts()
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_note->setFont(small);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.7);
    large.setWeight(QFont::DemiBold);
    m_value->setFont(large);
}

} // namespace atelier
