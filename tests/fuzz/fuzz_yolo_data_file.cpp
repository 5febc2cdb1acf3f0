// Fuzz target: YoloDataFile::parse on the input as data.yaml; what parses must survive toYaml() and parse() unchanged.
#include "core/datasets/formats/yolo_data_file.h"
#include "tests/fuzz/fuzz_support.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto parsed = YoloDataFile::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                            QStringLiteral("data.yaml"));
    if (!parsed) {
        fuzz::check(!parsed.error().message.isEmpty(), "an error says what failed");
        return 0;
    }
    const auto again = YoloDataFile::parse(parsed->toYaml(), QStringLiteral("again.yaml"));
    fuzz::check(again.has_value(), "what toYaml() writes parses");
    fuzz::check(again->path == parsed->path && again->train == parsed->train && again->val == parsed->val
                    && again->test == parsed->test && again->names == parsed->names,
                "what toYaml() writes reads back the same");
    return 0;
}
