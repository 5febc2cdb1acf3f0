// DocumentArea: a stack of the start page and the tab widget, so that the start page is not a
// tab the user has to close.
#include "ui/shell/document_area.h"

#include "ui/shell/welcome_page.h"

#include <QTabBar>
#include <QTabWidget>

namespace atelier {

DocumentArea::DocumentArea(QWidget *parent)
    : QStackedWidget(parent)
    , m_welcome(new WelcomePage(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("documentArea"));
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->setExpanding(false);
    // The tab bar and the document differ in colour; a base line would only add noise.
    m_tabs->tabBar()->setDrawBase(false);
    addWidget(m_welcome);
    addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DocumentArea::closeTab);
}

int DocumentArea::count() const
{
    return m_tabs->count();
}

QWidget *DocumentArea::open(const QString &key, const QString &title, const QIcon &icon,
                            const std::function<QWidget *()> &create)
{
    QWidget *page = m_documents.value(key);
    if (!page) {
        page = create();
        // Documents sit on the base colour, like the start page, whatever widget they are.
        page->setProperty("document", true);
        page->setAttribute(Qt::WA_StyledBackground);
        m_documents.insert(key, page);
        m_tabs->addTab(page, icon, title);
        m_tabs->setTabToolTip(m_tabs->indexOf(page), title);
        Q_EMIT countChanged(count());
    }
    m_tabs->setCurrentWidget(page);
    setCurrentWidget(m_tabs);
    return page;
}

void DocumentArea::closeCurrent()
{
    if (m_tabs->count() > 0)
        closeTab(m_tabs->currentIndex());
}

void DocumentArea::closeAll()
{
    while (m_tabs->count() > 0)
        closeTab(0);
}

void DocumentArea::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    m_tabs->removeTab(index);
    m_documents.removeIf([page](const auto &entry) { return entry.value() == page; });
    page->deleteLater();
    showWelcomeWhenEmpty();
    Q_EMIT countChanged(count());
}

void DocumentArea::showWelcomeWhenEmpty()
{
    if (m_tabs->count() == 0)
        setCurrentWidget(m_welcome);
}

} // namespace atelier
