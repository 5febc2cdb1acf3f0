// Fuzz target: LabelmeReader::import on the input as one labelme JSON file (beside image.png and image.jpg).
#include "core/datasets/formats/labelme_reader.h"
#include "tests/fuzz/fuzz_support.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString file = fuzz::writeScratchFile(QStringLiteral("annotation.json"),
                                                QByteArrayView(data, qsizetype(size)));
    fuzz::inRolledBackTransaction([&] {
        LabelmeReader reader(fuzz::database(), fuzz::auditLog());
        ImportOptions options;
        options.datasetName = QStringLiteral("fuzz");
        auto summary = reader.import(file, options);
        if (summary)
            fuzz::check(summary->images == 1, "one labelme file is one image");
        else
            fuzz::check(!summary.error().message.isEmpty(), "an error says what failed");
    });
    return 0;
}
