// Sha256: an EVP digest context owned by a unique_ptr; files go through it in 1 MiB pieces.
#include "core/project/sha256.h"

#include <QFile>

#include <openssl/evp.h>

namespace atelier {

struct Sha256::Context
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    // Only an allocation failure makes these fail; the digest then comes out empty.
    if (d->md)
        EVP_DigestInit_ex(d->md.get(), EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (d->md)
        EVP_DigestUpdate(d->md.get(), bytes.data(), size_t(bytes.size()));
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!d->md || EVP_DigestFinal_ex(d->md.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Sha256::hexOf(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

Result<QString> Sha256::hexOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1. Check its permissions.").arg(path), file.errorString());
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(tr("Could not read %1.").arg(path), file.errorString());
        if (n == 0)
            return hash.hexResult();
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
}

} // namespace atelier
