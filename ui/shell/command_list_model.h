// CommandListModel: the registered commands that match the palette's filter, best match first.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class QAction;

namespace atelier {

class ActionRegistry;

class CommandListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ShortcutRole = Qt::UserRole + 1, // QString, native text of the first shortcut
        MatchPositionsRole,              // QList<qsizetype>, indexes of matched characters
        IdRole,                          // QString, the command id
    };

    explicit CommandListModel(const ActionRegistry &registry, QObject *parent = nullptr);

    // Re-reads the registry (actions change text and state) and keeps the matches of `filter`.
    void setFilter(const QString &filter);
    QAction *action(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QPointer<QAction> action;
        QString id;
        QString text;
        QList<qsizetype> positions;
        int score = 0;
    };

    const ActionRegistry &m_registry;
    QList<Row> m_rows;
};

} // namespace atelier
