// LogView: a job's output as it arrives, in colour, with a search field and a Follow toggle.
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace atelier {

class AnsiText;

class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // Appends raw output; colour escapes become formats, even when split between two calls.
    void appendBytes(const QByteArray &bytes);
    QString text() const;

    // Highlights every match of `needle` and selects the next one after the cursor (wrapping);
    // false when there is none.
    bool find(const QString &needle);
    bool findNext();
    // The line (0-based) of the selected match; -1 when nothing is selected.
    int selectedLine() const;

    bool isFollowing() const;
    void setFollowing(bool follow);

    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *followToggle() const { return m_follow; }

private:
    void highlightMatches();

    std::unique_ptr<AnsiText> m_ansi;
    QPlainTextEdit *m_editor;
    QLineEdit *m_search;
    QToolButton *m_next;
    QLabel *m_matches;
    QCheckBox *m_follow;
};

} // namespace atelier
