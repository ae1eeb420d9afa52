#pragma once

#include "content/content_library.h"

#include <QString>

// Markdown for the reading pane, built from loaded content (never from files).
namespace legease::ui {

QString benefitMarkdown(const core::Benefit& benefit, const core::ContentLibrary& library);
QString routineMarkdown(const core::Routine& routine, const core::ContentLibrary& library);

}  // namespace legease::ui
