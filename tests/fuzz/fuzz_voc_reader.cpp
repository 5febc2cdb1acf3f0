// Fuzz target: VocReader::import on the input as one Pascal VOC XML file (beside image.png and image.jpg).
#include "core/datasets/formats/voc_reader.h"
#include "tests/fuzz/fuzz_support.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString file = fuzz::writeScratchFile(QStringLiteral("voc/annotation.xml"),
                                                QByteArrayView(data, qsizetype(size)));
    fuzz::inRolledBackTransaction([&] {
        VocReader reader(fuzz::database(), fuzz::auditLog());
        ImportOptions options;
        options.datasetName = QStringLiteral("fuzz");
        options.imagesFolder = fuzz::scratchFolder(); // where <filename>image.png</filename> is
        auto summary = reader.import(file, options);
        if (summary)
            fuzz::check(summary->images == 1, "one VOC file is one image");
        else
            fuzz::check(!summary.error().message.isEmpty(), "an error says what failed");
    });
    return 0;
}
