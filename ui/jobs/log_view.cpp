// LogView: text goes in through a QTextCursor with the formats AnsiText gives; matches are shown
// as extra selections so that searching never changes the text.
#include "ui/jobs/log_view.h"

#include "ui/jobs/ansi_text.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace atelier {

namespace {

// Keeps memory bounded for jobs that print for days; the files keep everything.
constexpr int MaxBlocks = 200000;

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_ansi(std::make_unique<AnsiText>())
    , m_editor(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_next(new QToolButton(this))
    , m_matches(new QLabel(this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
{
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setMaximumBlockCount(MaxBlocks);
    m_editor->setObjectName(QStringLiteral("logText"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest output in view"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_next);
    bar->addWidget(m_matches);
    bar->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &needle) { find(needle); });
    connect(m_search, &QLineEdit::returnPressed, this, &LogView::findNext);
    connect(m_next, &QToolButton::clicked, this, &LogView::findNext);
    // Scrolling up to read stops following; scrolling back to the end resumes it.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const QScrollBar *scroll = m_editor->verticalScrollBar();
        if (scroll->maximum() > 0 && value < scroll->maximum() && m_follow->isChecked() && m_editor->hasFocus())
            m_follow->setChecked(false);
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_editor->verticalScrollBar()->setValue(m_editor->verticalScrollBar()->maximum());
    });
}

LogView::~LogView() = default;

void LogView::appendBytes(const QByteArray &bytes)
{
    const QList<AnsiText::Run> runs = m_ansi->feed(bytes);
    if (runs.isEmpty())
        return;
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (const AnsiText::Run &run : runs)
        cursor.insertText(run.text, run.format);
    cursor.endEditBlock();
    if (!m_search->text().isEmpty())
        highlightMatches();
    if (m_follow->isChecked())
        m_editor->verticalScrollBar()->setValue(m_editor->verticalScrollBar()->maximum());
}

QString LogView::text() const
{
    return m_editor->toPlainText();
}

bool LogView::find(const QString &needle)
{
    if (m_search->text() != needle) {
        m_search->setText(needle); // comes back here through textChanged
        return !m_editor->textCursor().selectedText().isEmpty();
    }
    highlightMatches();
    if (needle.isEmpty())
        return false;
    QTextCursor from = m_editor->textCursor();
    from.setPosition(from.selectionStart());
    m_editor->setTextCursor(from);
    return findNext();
}

bool LogView::findNext()
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    QTextCursor match = m_editor->document()->find(needle, m_editor->textCursor());
    if (match.isNull())
        match = m_editor->document()->find(needle, 0); // wrap around
    if (match.isNull())
        return false;
    m_follow->setChecked(false);
    m_editor->setTextCursor(match);
    m_editor->ensureCursorVisible();
    return true;
}

int LogView::selectedLine() const
{
    const QTextCursor cursor = m_editor->textCursor();
    return cursor.hasSelection() ? cursor.block().blockNumber() : -1;
}

bool LogView::isFollowing() const
{
    return m_follow->isChecked();
}

void LogView::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

void LogView::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_search->text();
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        for (QTextCursor c = m_editor->document()->find(needle, 0); !c.isNull() && selections.size() < 10000;
             c = m_editor->document()->find(needle, c))
            selections.append({c, format});
    }
    m_editor->setExtraSelections(selections);
    m_matches->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, int(selections.size())));
}

} // namespace atelier
