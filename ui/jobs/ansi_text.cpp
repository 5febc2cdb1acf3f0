// AnsiText: a small state machine over ESC [ ... final-byte sequences, kept across chunks.
#include "ui/jobs/ansi_text.h"

#include <QColor>
#include <QFont>

namespace atelier {

namespace {

constexpr QChar Escape = QChar(0x1b);

// The xterm palette: normal colours for 30-37, bright ones for 90-97.
const QColor Normal[8] = {QColor(0, 0, 0),       QColor(205, 49, 49),  QColor(13, 188, 121), QColor(229, 229, 16),
                          QColor(36, 114, 200),  QColor(188, 63, 188), QColor(17, 168, 205), QColor(229, 229, 229)};
const QColor Bright[8] = {QColor(102, 102, 102), QColor(241, 76, 76),  QColor(35, 209, 139), QColor(245, 245, 67),
                          QColor(59, 142, 234),  QColor(214, 112, 214), QColor(41, 184, 219), QColor(255, 255, 255)};

// Where the escape sequence starting at `start` ends (one past its final byte); -1 when the text
// ends before it does.
qsizetype sequenceEnd(const QString &text, qsizetype start)
{
    if (start + 1 >= text.size())
        return -1;
    if (text[start + 1] != u'[')
        return start + 2; // a two-character escape: dropped whole
    for (qsizetype i = start + 2; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x40 && c <= 0x7e)
            return i + 1;
    }
    return -1;
}

} // namespace

QList<AnsiText::Run> AnsiText::feed(const QByteArray &bytes)
{
    const QString text = m_pendingEscape + m_decoder.decode(bytes);
    m_pendingEscape.clear();
    QList<Run> runs;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype escape = text.indexOf(Escape, pos);
        if (escape < 0) {
            appendText(runs, text.mid(pos));
            break;
        }
        appendText(runs, text.mid(pos, escape - pos));
        const qsizetype end = sequenceEnd(text, escape);
        if (end < 0) {
            m_pendingEscape = text.mid(escape);
            break;
        }
        if (text[escape + 1] == u'[' && text[end - 1] == u'm')
            applySgr(text.mid(escape + 2, end - escape - 3));
        pos = end;
    }
    return runs;
}

void AnsiText::appendText(QList<Run> &runs, const QString &text) const
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.constLast().format == m_format)
        runs.last().text += text;
    else
        runs.append({text, m_format});
}

void AnsiText::applySgr(const QString &parameters)
{
    // "ESC[m" is a reset, as is an empty parameter between semicolons.
    const QStringList codes = parameters.split(u';');
    for (const QString &code : codes) {
        const int n = code.isEmpty() ? 0 : code.toInt();
        if (n == 0)
            m_format = plainFormat();
        else if (n == 1)
            m_format.setFontWeight(QFont::Bold);
        else if (n == 22)
            m_format.setFontWeight(QFont::Normal);
        else if (n >= 30 && n <= 37)
            m_format.setForeground(Normal[n - 30]);
        else if (n >= 90 && n <= 97)
            m_format.setForeground(Bright[n - 90]);
        else if (n == 39)
            m_format.clearForeground();
    }
}

} // namespace atelier
