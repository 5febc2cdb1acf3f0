// Fuzz target: YoloReader::import of a folder whose classes.txt and labels/image.txt come from the input.
#include "core/datasets/formats/yolo_reader.h"
#include "tests/fuzz/fuzz_support.h"

#include <QDir>
#include <QFile>

using namespace atelier;

// The input is the label file of images/image.png (4 x 3 pixels). When it holds a NUL byte, what
// comes before the first one is classes.txt instead of three fixed names.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString root = [] {
        const QString folder = QDir(fuzz::scratchFolder()).filePath(QStringLiteral("yolo"));
        QDir().mkpath(QDir(folder).filePath(QStringLiteral("images")));
        QFile::copy(QDir(fuzz::scratchFolder()).filePath(QStringLiteral("image.png")),
                    QDir(folder).filePath(QStringLiteral("images/image.png")));
        return folder;
    }();
    const QByteArrayView input(data, qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QByteArrayView classes = nul >= 0 ? input.first(nul) : QByteArrayView("person\ncar\ndog\n");
    const QByteArrayView labels = nul >= 0 ? input.sliced(nul + 1) : input;
    fuzz::writeScratchFile(QStringLiteral("yolo/classes.txt"), classes);
    fuzz::writeScratchFile(QStringLiteral("yolo/labels/image.txt"), labels);
    fuzz::inRolledBackTransaction([&] {
        YoloReader reader(fuzz::database(), fuzz::auditLog());
        ImportOptions options;
        options.datasetName = QStringLiteral("fuzz");
        auto summary = reader.import(root, options);
        if (summary)
            fuzz::check(summary->images == 1, "the folder has one image");
        else
            fuzz::check(!summary.error().message.isEmpty(), "an error says what failed");
    });
    return 0;
}
