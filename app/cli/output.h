// Output of the command line: JSON documents on stdout, messages on stderr.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace atelier::cli {

// The translation context of every command-line text: Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printJson(const QJsonObject &object);
// "atelier: <message>" on stderr, with the technical detail on a second line.
void printError(const Error &error);
void printError(const QString &message);

// True when `result` holds a value; otherwise prints its error and returns false.
template<typename T>
bool succeeded(const Result<T> &result)
{
    if (!result)
        printError(result.error());
    return result.has_value();
}

} // namespace atelier::cli
