#pragma once

#include "core/content/content_loader.h"

#include <QWidget>

class QListWidget;

namespace legease::ui {

// Every problem of every pack, grouped by pack, in the words `--validate` uses.
QListWidget* buildProblemList(const std::vector<core::PackReport>& reports);

// The one-line summary shown in the main window when any pack has problems; "" when none.
QString problemSummary(const std::vector<core::PackReport>& reports);

}  // namespace legease::ui
