#pragma once

#include <QString>

class QWidget;

namespace legease::ui {

// Brings `window` to the front: shown, no longer minimised, raised and activated. With an
// activation token from whoever asked (a launcher, a notification, a second `legease`), a Wayland
// compositor lets it take the focus (xdg-activation: Qt 6.4 presents the token it finds in
// XDG_ACTIVATION_TOKEN when a window asks to be activated, then forgets it). Without one a
// compositor may only mark the window as wanting attention; X11 window managers mostly raise it.
void bringToFront(QWidget* window, const QString& activationToken = {});

// Hands `activationToken` to the next window that asks to be activated (a session window that is
// about to open); nothing when it is "".
void offerActivationToken(const QString& activationToken);

// The name of the variable a launcher hands a new process its token in.
inline constexpr char kActivationTokenVariable[] = "XDG_ACTIVATION_TOKEN";

}  // namespace legease::ui
