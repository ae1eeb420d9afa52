#pragma once

namespace legease::ui {

// Whether an X11 system tray of the older kind (XEmbed: the owner of the _NET_SYSTEM_TRAY_S0
// selection) is there. Asked of the X server directly, because asking Qt would fix Qt's answer
// about D-Bus trays for the rest of the run (see SystemTray). False off X11, as under Wayland.
bool xembedTrayPresent();

}  // namespace legease::ui
