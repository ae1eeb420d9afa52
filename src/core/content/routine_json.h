#pragma once

#include "core/content/model.h"

#include <QByteArray>

#include <vector>

// Routines written back out in content format version 1, exactly as a routines/*.json file holds
// them: the keys in the order docs/content-format.md lists them, optional keys only when set,
// two-space indents, UTF-8 as it is. Reading the bytes back with the loader gives the same
// routine (origin aside), which is what the editor, the person's own pack and sharing rely on.
namespace legease::core {

// The bytes of routines/<id>.json for `routine`, ending in a newline. Values are written as they
// are, valid or not: the loader's own checks (checkRoutine) say what is wrong with them.
QByteArray routineFileBytes(const Routine& routine);

// The bytes of an export bundle: several routines and the pack they come from in one file (see
// docs/content-format.md, "Sharing routines").
QByteArray routineBundleBytes(const PackInfo& pack, const std::vector<Routine>& routines);

// The bytes of a pack.json saying `pack`.
QByteArray packFileBytes(const PackInfo& pack);

// Whether two routines hold the same content: every field the format has, not where they were read.
bool sameRoutine(const Routine& a, const Routine& b);

}  // namespace legease::core
