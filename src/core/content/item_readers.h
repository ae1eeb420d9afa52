#pragma once

#include "core/content/model.h"
#include "core/content/problem.h"

#include <nlohmann/json.hpp>

#include <vector>

// One reader per kind of content file. Each checks every rule that can be checked inside its own
// file and reports through the sink; rules that span files (unique ids, references, paths) are
// checked by the pack reader and the library. Items come back even when partly invalid so that
// those later checks can still report everything in one go.
namespace legease::core {

inline constexpr int kMaxTitleCharacters = 120;
inline constexpr int kMaxRoutineSeconds = 2 * 60 * 60;
inline constexpr int kMaxListItems = 1000;
inline constexpr int kMaxSteps = 200;
inline constexpr int kMaxChecklistItems = 30;

PackInfo readPackInfo(const nlohmann::json& document, ProblemSink& sink);
std::vector<Region> readRegions(const nlohmann::json& document, ProblemSink& sink);
std::vector<Stroke> readStrokes(const nlohmann::json& document, ProblemSink& sink);
SafetyInfo readSafety(const nlohmann::json& document, ProblemSink& sink);
Benefit readBenefit(const nlohmann::json& document, ProblemSink& sink);
Routine readRoutine(const nlohmann::json& document, ProblemSink& sink);

}  // namespace legease::core
