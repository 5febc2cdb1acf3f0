// Sha256: SHA-256 of bytes and files through OpenSSL's libcrypto, about eight times the speed of QCryptographicHash here.
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace atelier {

// Content addresses (blobs/, code uploads, model versions) hash every byte of large files, so the
// hash runs at libcrypto's speed (SHA-NI or AVX2): 2 GB/s against Qt 6.4's 0.25 GB/s.
class Sha256
{
    Q_DECLARE_TR_FUNCTIONS(Sha256)

public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The digest as 64 lowercase hex digits; the object is spent after it.
    [[nodiscard]] QString hexResult();

    [[nodiscard]] static QString hexOf(QByteArrayView bytes);
    // Reads the file in pieces; the error names the file.
    [[nodiscard]] static Result<QString> hexOfFile(const QString &path);

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace atelier
