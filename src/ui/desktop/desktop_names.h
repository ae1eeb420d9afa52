#pragma once

#include <QString>

namespace legease::ui {

// The names LegEase is known by on the desktop, all from the one app id of the top CMakeLists.txt
// (LEGEASE_APP_ID): the .desktop file, the icon, the session-bus name a running LegEase owns, and
// the reminder's systemd units.
QString appId();  // "io.github.legease.LegEase"
QString instanceObjectPath();  // "/io/github/legease/LegEase", where the running LegEase answers

}  // namespace legease::ui
