#pragma once

#include "core/content/content_library.h"
#include "core/content/own_pack.h"
#include "core/content/problem.h"

#include <QString>
#include <QStringList>

#include <vector>

// Sharing routines: one routine as a routines/*.json file of format version 1, or several in one
// bundle file (docs/content-format.md, "Sharing routines"), and taking either into the person's
// own pack. An import is checked whole before anything is written, by the loader's own rules and
// in its words, and then written whole or not at all.
namespace legease::core {

struct RenamedRoutine {
    QString from;  // the id in the file, already taken here
    QString to;    // the new one, from the title with " (imported)" added
};

// A file to import, read and checked against what is loaded now.
struct ImportCheck {
    QString file;  // the name problems carry: the file's name without its folder
    bool bundle = false;
    Problems problems;  // every one, with the file and the place in it (line:column or a JSON Pointer)
    std::vector<Routine> routines;  // as they will be written: ids and titles changed where taken
    std::vector<RenamedRoutine> renamed;

    bool canImport() const { return countErrors(problems) == 0 && !routines.empty(); }
};

// Reads `path` as one routine or as a bundle and checks it: the loader's rules for every
// routine, the regions and strokes it uses must exist in `library`, and an id that `pack` or any
// loaded pack already uses (or an earlier routine of the same bundle) gets a new one and
// " (imported)" in its title, so nothing is ever replaced.
ImportCheck checkImport(const QString& path, const ContentLibrary& library, const OwnPack& pack);

struct ImportResult {
    QString error;  // "" when every routine was written
    QStringList ids;  // the ids written, in the file's order
};

// Writes what `check` found into `pack`, all of it or nothing (OwnPack::add). Refuses a check
// with errors.
ImportResult importRoutines(const ImportCheck& check, const OwnPack& pack, const WriteStep& step = {});

// The title a routine gets when its id was taken: "Calf care (imported)", within 120 characters.
QString importedTitle(const QString& title);

// Writes `routine` to `path` as a routines/*.json file; "" or what went wrong.
QString exportRoutine(const Routine& routine, const QString& path);

// Writes `routines` with `pack` (what pack.json says about where they come from) to `path` as
// one bundle; "" or what went wrong.
QString exportBundle(const PackInfo& pack, const std::vector<Routine>& routines, const QString& path);

}  // namespace legease::core
