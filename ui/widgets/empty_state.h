// EmptyState: a centred icon, title and explanation that stands in for content not there yet.
#pragma once

#include <QIcon>
#include <QWidget>

class QAction;
class QLabel;
class QHBoxLayout;

namespace atelier {

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);
    EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    // Smaller icon and type, for docks.
    void setCompact(bool compact);

    QString title() const;
    QString text() const;

    // A button under the text that triggers `action` (and follows its text and enabled state).
    void addButton(QAction *action);

private:
    void updateIcon();

    QIcon m_icon;
    bool m_compact = false;
    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QHBoxLayout *m_buttons;
};

} // namespace atelier
