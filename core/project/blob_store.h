// BlobStore: files named by the SHA-256 of their content under a project's blobs/ folder.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace atelier {

class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    explicit BlobStore(QString folder);

    QString folder() const { return m_folder; }

    // Stores `content` (once: equal content is stored once) and returns its SHA-256 in hex.
    [[nodiscard]] Result<QString> put(const QByteArray &content);
    // Stores the file at `path` the same way, reading it in chunks so that a model of several GB
    // is never held in memory whole.
    [[nodiscard]] Result<QString> putFile(const QString &path);
    [[nodiscard]] Result<QByteArray> get(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // blobs/ab/cdef...: the first two hex digits name a subfolder.
    QString pathOf(const QString &sha256) const;

private:
    QString m_folder;
};

} // namespace atelier
