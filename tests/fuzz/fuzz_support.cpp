// FuzzSupport: the store and scratch folder live in function-local statics, made on first use.
#include "tests/fuzz/fuzz_support.h"

#include "core/annotation/shape.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/migrator.h"
#include "core/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace atelier::fuzz {

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qPrintable(what));
    std::abort();
}

struct Store
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
};

Store &store()
{
    static Store store = [] {
        auto db = Database::open(QStringLiteral(":memory:"), Database::OpenMode::Create);
        if (!db)
            die(db.error().toString());
        if (auto migrated = Migrator::migrate(**db); !migrated)
            die(migrated.error().toString());
        auto audit = std::make_unique<AuditLog>(**db, QStringLiteral("fuzz"));
        return Store{std::move(*db), std::move(audit)};
    }();
    return store;
}

void writeImage(const QString &path, int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::gray);
    if (!image.save(path, format))
        die(QStringLiteral("cannot write %1").arg(path));
}

} // namespace

Database &database()
{
    return *store().db;
}

AuditLog &auditLog()
{
    return *store().audit;
}

void inRolledBackTransaction(const std::function<void()> &import)
{
    auto transaction = Transaction::begin(database());
    if (!transaction)
        die(transaction.error().toString());
    import();
    // Whatever a reader stored, the annotation view must be able to open.
    auto shapes = database().statement("SELECT kind, geometry FROM shape");
    if (!shapes)
        die(shapes.error().toString());
    while (true) {
        auto row = (*shapes)->step();
        if (!row)
            die(row.error().toString());
        if (!*row)
            break;
        const auto kind = shapeKindFromName((*shapes)->text(0));
        check(kind.has_value(), "a stored shape has a known kind");
        Shape shape;
        shape.kind = *kind;
        const auto read = readShapeGeometry(shape, (*shapes)->blob(1));
        if (!read)
            std::fprintf(stderr, "%s: %s\n", qPrintable((*shapes)->text(1).left(200)), qPrintable(read.error().toString()));
        check(read.has_value(), "a stored shape's geometry reads back");
    }
    // The transaction is never committed: its destructor rolls it back.
}

QString scratchFolder()
{
    static const QTemporaryDir dir = [] {
        QTemporaryDir made(QDir::temp().filePath(QStringLiteral("atelier-fuzz-XXXXXX")));
        if (!made.isValid())
            die(made.errorString());
        writeImage(made.filePath(QStringLiteral("image.png")), 4, 3, "PNG");
        writeImage(made.filePath(QStringLiteral("image.jpg")), 2, 2, "JPG");
        return made;
    }();
    return dir.path();
}

QString writeScratchFile(const QString &relativePath, QByteArrayView bytes)
{
    const QString path = QDir(scratchFolder()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes.data(), bytes.size()) != bytes.size())
        die(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return path;
}

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace atelier::fuzz
