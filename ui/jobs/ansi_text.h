// AnsiText: turns a process's output, with its ANSI colour escapes, into text runs with formats.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QTextCharFormat>

namespace atelier {

// Output arrives in chunks cut anywhere: a UTF-8 character or an escape sequence split between
// two chunks is completed by the next one. SGR codes 0 (reset), 1 (bold), 22, 30-37, 39, 90-97
// set the format; other escape sequences are dropped, never shown raw.
class AnsiText
{
public:
    struct Run
    {
        QString text;
        QTextCharFormat format;
    };

    QList<Run> feed(const QByteArray &bytes);

    // The format text has when no escape changed it (the view's default).
    static QTextCharFormat plainFormat() { return {}; }

private:
    void appendText(QList<Run> &runs, const QString &text) const;
    void applySgr(const QString &parameters);

    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_pendingEscape; // an escape sequence that the chunk ended in the middle of
    QTextCharFormat m_format;
};

} // namespace atelier
