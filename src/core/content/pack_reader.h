#pragma once

#include "core/content/model.h"
#include "core/content/problem.h"

#include <optional>
#include <vector>

namespace legease::core {

// Everything one pack folder holds, read and checked file by file.
struct PackContent {
    PackInfo info;
    std::vector<Region> regions;
    std::vector<Stroke> strokes;
    std::optional<SafetyInfo> safety;
    std::vector<Benefit> benefits;
    std::vector<Routine> routines;

    bool operator==(const PackContent&) const = default;
};

// Reads the pack in `root` (a folder on disk, or ":/content" for the built-in one). Problems
// name files relative to `root`. Rules that span packs are left to ContentLibrary. A translation
// pack (see isTranslation) is read with the translation readers: its items hold texts only.
PackContent readPack(const QString& root, Problems& problems);

}  // namespace legease::core
