// DocumentArea: the centre of the window: document tabs, or the start page when none is open.
#pragma once

#include <QHash>
#include <QPointer>
#include <QStackedWidget>

#include <functional>

class QTabWidget;

namespace atelier {

class WelcomePage;

class DocumentArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DocumentArea(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    WelcomePage *welcomePage() const { return m_welcome; }
    int count() const;

    // Shows the document known by `key` ("dataset:3"), made by `create` when it is not open yet.
    QWidget *open(const QString &key, const QString &title, const QIcon &icon,
                  const std::function<QWidget *()> &create);
    QWidget *document(const QString &key) const { return m_documents.value(key); }
    void closeCurrent();
    void closeAll();

Q_SIGNALS:
    void countChanged(int count);

private:
    void closeTab(int index);
    void showWelcomeWhenEmpty();

    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    QHash<QString, QPointer<QWidget>> m_documents;
};

} // namespace atelier
