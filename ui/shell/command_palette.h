// CommandPalette: a popup that finds any command of the window by typing part of its name.
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;

namespace atelier {

class ActionRegistry;
class CommandListModel;

class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    explicit CommandPalette(const ActionRegistry &registry, QWidget *parent);

    // Shows the palette at the top of its parent window with an empty filter.
    void popup();

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void commandTriggered(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void moveCurrent(int delta);
    void triggerCurrent();
    void placeOverParent();

    CommandListModel *m_model;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_noMatch;
};

} // namespace atelier
