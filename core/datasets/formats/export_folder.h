// ExportFolder: the folder an export writes into; every file whole or absent, and never outside the folder.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace atelier {

class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)

public:
    explicit ExportFolder(QString folder) : m_folder(std::move(folder)) {}

    const QString &path() const { return m_folder; }

    // `relativePath` cleaned, or an error when it is absolute or climbs out of the folder
    // (image paths come from imported files, so "../../x" must not write elsewhere).
    [[nodiscard]] Result<QString> resolve(const QString &relativePath) const;

    // Writes `content` at `relativePath` through QSaveFile, making the folders it needs.
    [[nodiscard]] Status write(const QString &relativePath, const QByteArray &content) const;

    // Copies the file `source` to `relativePath` unless a file is there already. Returns false
    // when `source` does not exist (the caller reports it).
    [[nodiscard]] Result<bool> copy(const QString &source, const QString &relativePath) const;

private:
    QString m_folder;
};

} // namespace atelier
