// libFuzzer target for the content loader: any bytes, read as each kind of file of a content pack
// and of a translation pack. Whatever comes in, the loader must answer with problems, never
// crash, hang or throw.
#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "core/content/translation_readers.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace legease::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Problems problems;
    ProblemSink sink(problems, QStringLiteral("fuzz.json"));
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto document = parseJsonText(text, sink)) {
        readPackInfo(*document, sink);
        readRegions(*document, sink);
        readStrokes(*document, sink);
        readSafety(*document, sink);
        readBenefit(*document, sink);
        const Routine routine = readRoutine(*document, sink);
        routineSeconds(routine);
        // The same bytes as a file of a translation pack.
        readRegionTranslations(*document, sink);
        readStrokeTranslations(*document, sink);
        readSafetyTranslation(*document, sink);
        readBenefitTranslation(*document, sink);
        readRoutineTranslation(*document, sink);
    }
    for (const Problem& problem : problems)
        problem.toString();  // every message must be printable
    return 0;
}
