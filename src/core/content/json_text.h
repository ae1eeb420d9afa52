#pragma once

#include "core/content/pack_file.h"
#include "core/content/problem.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <optional>
#include <string_view>

// Turns the bytes of one pack file into a JSON document, or into problems people can act on.
// Nothing thrown by nlohmann::json gets past these functions.
namespace legease::core {

inline constexpr qint64 kMaxFileBytes = 1024 * 1024;
inline constexpr int kMaxNesting = 64;

std::optional<nlohmann::json> parseJsonText(std::string_view text, ProblemSink& sink);

// Reads and parses the regular file at `path` (see readRegularFile: nothing else is opened);
// `sink` names the file as people should see it.
std::optional<nlohmann::json> readJsonFile(const QString& path, ProblemSink& sink, Links links = Links::Follow);

}  // namespace legease::core
