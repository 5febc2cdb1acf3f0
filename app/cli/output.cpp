// Output of the command line: stdout carries only JSON, so scripts can parse it.
#include "app/cli/output.h"

#include <QJsonDocument>

#include <cstdio>

namespace atelier::cli {

void printJson(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "atelier: %s\n", message.toLocal8Bit().constData());
}

void printError(const Error &error)
{
    printError(error.message);
    if (!error.detail.isEmpty())
        std::fprintf(stderr, "  detail: %s\n", error.detail.toLocal8Bit().constData());
}

} // namespace atelier::cli
