#pragma once

#include "core/content/content_library.h"
#include "core/content/content_loader.h"

#include <QString>

// Plain-text views of the content for the command line.
namespace legease::core {

// One line per problem, then "N errors, M warnings".
QString validationText(const PackReport& report);

// The benefits in order with their routine and its length, then every routine with its step
// count and length.
QString listingText(const ContentLibrary& library);

}  // namespace legease::core
