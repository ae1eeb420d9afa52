#pragma once

#include "ui/reminder/reminder_tray.h"

class QSystemTrayIcon;

namespace legease::ui {

// The desktop's own tray through QSystemTrayIcon. The icon is made on the first show(), so a
// person who never turns the reminder on never pays for it.
class SystemTray final : public ReminderTray {
    Q_OBJECT

public:
    explicit SystemTray(QObject* parent = nullptr);

    bool isAvailable() const override;
    void show(QMenu* menu) override;
    void hide() override;
    bool isVisible() const override;
    void notify(const QString& title, const QString& message) override;

private:
    QSystemTrayIcon* m_icon = nullptr;
};

}  // namespace legease::ui
