// Result<T>: a value or an Error that a user can read, returned by every core function that can fail.
#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace atelier {

// What went wrong, in two registers: `message` is shown to the user (what failed, on what, and
// what to do); `detail` is for the log (error codes, the statement, the OS error).
struct Error {
    QString message;
    QString detail;
    // A stable, machine-readable code where a caller branches on the kind of failure, such as
    // MLflow's error codes ("RESOURCE_DOES_NOT_EXIST"); empty otherwise.
    QString code = {};

    // "message (detail)" for logs and CLI stderr.
    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template<typename T>
using Result = std::expected<T, Error>;

// The result of an operation that returns nothing but may fail.
using Status = Result<void>;

[[nodiscard]] inline std::unexpected<Error> fail(QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{std::move(message), std::move(detail)});
}

// A failure with a machine-readable code (see Error::code).
[[nodiscard]] inline std::unexpected<Error> failWithCode(QString code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{std::move(message), std::move(detail), std::move(code)});
}

[[nodiscard]] inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

// Adds context in front of an error's message: "Could not open X: <original message>".
[[nodiscard]] inline Error withContext(const QString &context, Error error)
{
    error.message = context + QStringLiteral(": ") + error.message;
    return error;
}

} // namespace atelier
