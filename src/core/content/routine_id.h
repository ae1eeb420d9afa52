#pragma once

#include <QString>

#include <functional>

// Ids for routines people make: read from the title, so a file name says what is in it
// ("evening-calves.json"), and never one that is taken.
namespace legease::core {

inline constexpr int kMaxIdCharacters = 64;

// The title in the id alphabet: lower-case ASCII letters and digits joined by single hyphens,
// at most 64 characters (cut between words where it can be). Accents are dropped ("Füße" gives
// "fusse"), everything else separates words. A title with nothing left gives "my-routine".
QString idFromTitle(const QString& title);

// `base` when `taken` says it is free, otherwise the first free one of "base-2", "base-3", ...,
// shortened to stay within 64 characters.
QString uniqueId(const QString& base, const std::function<bool(const QString&)>& taken);

}  // namespace legease::core
