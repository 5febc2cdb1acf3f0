// Fuzz target: CocoReader::import on the input as a COCO instances file, with and without skipBadRecords.
#include "core/datasets/formats/coco_reader.h"
#include "tests/fuzz/fuzz_support.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString file = fuzz::writeScratchFile(QStringLiteral("instances.json"),
                                                 QByteArrayView(data, qsizetype(size)));
    for (const bool skipBadRecords : {false, true}) {
        fuzz::inRolledBackTransaction([&] {
            CocoReader reader(fuzz::database(), fuzz::auditLog());
            CocoImportOptions options;
            options.datasetName = QStringLiteral("fuzz");
            options.skipBadRecords = skipBadRecords;
            auto summary = reader.import(file, options);
            if (summary)
                fuzz::check(summary->shapes >= 0 && summary->images >= 0, "a summary counts nothing negative");
            else
                fuzz::check(!summary.error().message.isEmpty(), "an error says what failed");
        });
    }
    return 0;
}
