#pragma once

#include "core/content/model.h"
#include "core/content/problem.h"

#include <nlohmann/json.hpp>

#include <vector>

// One reader per kind of content file, for both kinds of pack:
// - ReadMode::Pack checks every rule that can be checked inside its own file and reports through
//   the sink; rules that span files (unique ids, references, paths) are checked by the pack
//   reader and the library. Items come back even when partly invalid so that those later checks
//   can still report everything in one go.
// - ReadMode::Translation reads a translation pack (one whose locale is not English): ids say
//   which item is translated, only the texts people read are taken (item_texts.h), each optional
//   (an empty one keeps the original), and settings only the original can change (durations,
//   references, order, images) are reported and ignored. Steps and checklist items are matched
//   by their place in the list.
namespace legease::core {

enum class ReadMode { Pack, Translation };

inline constexpr int kMaxRoutineSeconds = 2 * 60 * 60;
inline constexpr int kMaxListItems = 1000;
inline constexpr int kMaxSteps = 200;
inline constexpr int kMaxChecklistItems = 30;
inline constexpr int kMinTempo = 1;  // strokes per minute, for a step's tempo and a stroke's defaultTempo
inline constexpr int kMaxTempo = 120;

PackInfo readPackInfo(const nlohmann::json& document, ProblemSink& sink);
std::vector<Region> readRegions(const nlohmann::json& document, ProblemSink& sink, ReadMode mode);
std::vector<Stroke> readStrokes(const nlohmann::json& document, ProblemSink& sink, ReadMode mode);
SafetyInfo readSafety(const nlohmann::json& document, ProblemSink& sink, ReadMode mode);
Benefit readBenefit(const nlohmann::json& document, ProblemSink& sink, ReadMode mode);
Routine readRoutine(const nlohmann::json& document, ProblemSink& sink, ReadMode mode);

}  // namespace legease::core
