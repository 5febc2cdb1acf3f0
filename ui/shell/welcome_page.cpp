// WelcomePage: a fixed-width block centred in the tab area, like the start pages of other IDEs;
// recent projects are at most eight, so they are plain buttons.
#include "ui/shell/welcome_page.h"

#include "ui/widgets/action_text.h"
#include "ui/widgets/elided_label.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr int ContentWidth = 720;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("welcomeHeading"));
    return label;
}

// The home folder as "~", as shells and file managers show it.
QString displayPath(const QString &folder)
{
    const QString home = QDir::homePath();
    QString shown = folder;
    if (shown == home || shown.startsWith(home + u'/'))
        shown.replace(0, home.size(), QStringLiteral("~"));
    return QDir::toNativeSeparators(shown);
}

QPushButton *linkButton(const QIcon &icon, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(icon, text, parent);
    button->setObjectName(QStringLiteral("welcomeAction"));
    button->setCursor(Qt::PointingHandCursor);
    button->setFlat(true);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_startLayout(new QVBoxLayout)
    , m_recentLayout(new QVBoxLayout)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAttribute(Qt::WA_StyledBackground);

    auto *content = new QWidget(this);
    content->setMaximumWidth(ContentWidth);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columns = new QGridLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setHorizontalSpacing(48);
    columns->setVerticalSpacing(6);
    columns->addWidget(createHeader(), 0, 0, 1, 2);
    columns->setRowMinimumHeight(1, 24);
    columns->addWidget(heading(tr("Start"), content), 2, 0);
    columns->addWidget(heading(tr("Recent"), content), 2, 1);
    m_startLayout->addStretch();
    m_recentLayout->addStretch();
    columns->addLayout(m_startLayout, 3, 0);
    columns->addLayout(m_recentLayout, 3, 1);
    columns->setColumnStretch(0, 2);
    columns->setColumnStretch(1, 3);
    columns->setRowMinimumHeight(4, 24);
    m_hint->setObjectName(QStringLiteral("welcomeHint"));
    m_hint->setWordWrap(true);
    columns->addWidget(m_hint, 5, 0, 1, 2);
    m_startLayout->setSpacing(0);
    m_recentLayout->setSpacing(0);

    // Centred by stretches, not alignment flags, so that wrapped text gets the height it needs.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);

    setRecentProjects({});
    setOpenProject({});
}

QWidget *WelcomePage::createHeader()
{
    auto *header = new QWidget(this);
    auto *logo = new QLabel(header);
    logo->setPixmap(Icons::application().pixmap(QSize(64, 64), devicePixelRatioF()));
    auto *title = new QLabel(tr("Atelier"), header);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    auto *subtitle = new QLabel(tr("Annotate images, version datasets, train, track experiments and "
                                   "deploy models."), header);
    subtitle->setObjectName(QStringLiteral("welcomeSubtitle"));
    subtitle->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addStretch();
    text->addWidget(title);
    text->addWidget(subtitle);
    text->addStretch();
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(logo);
    layout->addLayout(text, 1);
    return header;
}

void WelcomePage::addStartAction(QAction *action)
{
    QPushButton *button = linkButton(action->icon(), plainActionText(action), this);
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    // Before the trailing stretch, which keeps the column at the top.
    m_startLayout->insertWidget(m_startLayout->count() - 1, button, 0, Qt::AlignLeft);
}

void WelcomePage::setRecentProjects(const QStringList &folders)
{
    clearRecent();
    if (folders.isEmpty()) {
        auto *none = new QLabel(tr("No recent projects. Projects you open appear here."), this);
        none->setObjectName(QStringLiteral("welcomeHint"));
        none->setContentsMargins(8, 5, 0, 0);
        m_recentLayout->insertWidget(0, none);
        return;
    }
    for (const QString &folder : folders)
        m_recentLayout->insertWidget(m_recentLayout->count() - 1, createRecentRow(folder));
}

QWidget *WelcomePage::createRecentRow(const QString &folder)
{
    auto *row = new QWidget(this);
    const QString path = QDir::toNativeSeparators(folder);
    QPushButton *button = linkButton(Icons::named(QStringLiteral("folder")), QDir(folder).dirName(), row);
    button->setToolTip(tr("Open %1").arg(path));
    connect(button, &QPushButton::clicked, this, [this, folder] { Q_EMIT recentProjectRequested(folder); });
    auto *location = new ElidedLabel(displayPath(folder), Qt::ElideMiddle, row);
    location->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(button);
    layout->addWidget(location, 1);
    return row;
}

void WelcomePage::setOpenProject(const QString &name)
{
    m_openProject = name;
    updateHint();
}

void WelcomePage::setCommandPaletteShortcut(const QKeySequence &shortcut)
{
    m_paletteShortcut = shortcut;
    updateHint();
}

void WelcomePage::updateHint()
{
    const QString palette = tr("Press %1 to find any command.")
                                .arg(m_paletteShortcut.toString(QKeySequence::NativeText));
    const QString next = m_openProject.isEmpty()
                             ? tr("Open a project, or try the demo project: a small dataset of shapes "
                                  "with its ground truth.")
                             : tr("%1 is open. Double-click an item in the navigator to open it here.")
                                   .arg(m_openProject);
    // Sentences follow each other with a space in English, without one in Chinese.
    m_hint->setText(tr("%1 %2", "two sentences in a row").arg(next, palette));
}

void WelcomePage::clearRecent()
{
    // Everything but the trailing stretch.
    while (m_recentLayout->count() > 1) {
        QLayoutItem *item = m_recentLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

} // namespace atelier
