// StatTile: one figure of a dashboard in a small frame: a caption, the value large, a note under it.
#pragma once

#include <QFrame>

class QLabel;

namespace atelier {

class StatTile : public QFrame
{
    Q_OBJECT

public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    // "—" stands for a figure not known (yet).
    void setValue(const QString &value);
    // A second line in small type (where the figure comes from, a comparison).
    void setNote(const QString &note);
    void clear();

    QString caption() const;
    QString value() const;
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace atelier
