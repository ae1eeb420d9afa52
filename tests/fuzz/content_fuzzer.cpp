// libFuzzer target for the content loader: any bytes, read as each kind of file of a content pack
// and of a translation pack. Whatever comes in, the loader must answer with problems, never
// crash, hang or throw.
#include "core/content/item_readers.h"
#include "core/content/json_text.h"

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
        // Each file as a content pack reads it, then as a translation pack does.
        for (const ReadMode mode : {ReadMode::Pack, ReadMode::Translation}) {
            readRegions(*document, sink, mode);
            readStrokes(*document, sink, mode);
            readSafety(*document, sink, mode);
            readBenefit(*document, sink, mode);
            routineSeconds(readRoutine(*document, sink, mode));
        }
    }
    for (const Problem& problem : problems)
        problem.toString();  // every message must be printable
    return 0;
}
