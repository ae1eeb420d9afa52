#pragma once

#include "core/settings/app_settings.h"

namespace legease::ui {

// Applies the chosen look to the whole application: the system's own palette, or a calm light
// or dark palette on the Fusion style (which draws both faithfully on every desktop).
void applyTheme(core::AppSettings::Theme theme);

}  // namespace legease::ui
