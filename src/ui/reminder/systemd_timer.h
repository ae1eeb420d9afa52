#pragma once

#include "ui/desktop/systemd_manager.h"

#include <QString>
#include <QTime>

namespace legease::ui {

// The daily reminder as a systemd user timer (the units are described in
// core/reminder/reminder_units.h): written into the person's unit folder through core::saveFile(),
// then loaded, enabled and started through systemd's D-Bus API; turning it off stops and disables
// the timer and removes both files. A file that is not a regular file (a timer the person masked
// with `systemctl --user mask`, a link to /dev/null) is neither overwritten nor removed.
class SystemdTimer {
public:
    SystemdTimer(QDBusConnection bus, QString unitFolder, QString program);
    virtual ~SystemdTimer() = default;

    // Whether the person's systemd answers on the session bus.
    virtual bool isAvailable() const;

    struct Outcome {
        bool changed = false;  // units were written, or removed
        QString error;  // "" when systemd now does what the settings say
    };
    // Makes systemd do what the settings say: a timer for `at` when on, nothing when off. Does
    // nothing when that is already so. When systemd refuses to take the timer on, no unit of ours
    // is left behind.
    virtual Outcome apply(bool on, QTime at);

    QString timerPath() const;
    QString servicePath() const;

private:
    QString remove();

    SystemdManager m_manager;
    QString m_folder;
    QString m_program;
};

}  // namespace legease::ui
