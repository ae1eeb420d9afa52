#pragma once

#include "core/content/model.h"
#include "core/content/problem.h"

#include <nlohmann/json.hpp>

#include <vector>

// Readers for the files of a translation pack (a pack whose locale is not "en"). They fill the
// usual model types, but only with the texts people read: ids say which item is translated,
// every text is optional (an empty one keeps the original), and settings that only the original
// can change (durations, references, order, images) are ignored with a warning. Steps and
// checklist items are matched by their place in the list.
namespace legease::core {

std::vector<Region> readRegionTranslations(const nlohmann::json& document, ProblemSink& sink);
std::vector<Stroke> readStrokeTranslations(const nlohmann::json& document, ProblemSink& sink);
SafetyInfo readSafetyTranslation(const nlohmann::json& document, ProblemSink& sink);
Benefit readBenefitTranslation(const nlohmann::json& document, ProblemSink& sink);
Routine readRoutineTranslation(const nlohmann::json& document, ProblemSink& sink);

}  // namespace legease::core
