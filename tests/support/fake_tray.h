#pragma once

#include "ui/reminder/reminder_tray.h"

#include <QMenu>
#include <QPointer>
#include <QStringList>

// A system tray tests can see into, present or missing as a test decides.
class FakeTray final : public legease::ui::ReminderTray {
public:
    explicit FakeTray(bool available = true)
        : m_available(available)
    {
    }

    bool isAvailable() const override { return m_available; }
    void show(QMenu* menu) override
    {
        m_menu = menu;
        m_visible = true;
        ++shown;
    }
    void hide() override { m_visible = false; }
    bool isVisible() const override { return m_visible; }
    void notify(const QString& title, const QString& message) override
    {
        titles << title;
        messages << message;
    }

    QMenu* menu() const { return m_menu; }
    // A tray comes or goes while LegEase runs (a panel starting late, an extension turned on).
    void setAvailable(bool available)
    {
        m_available = available;
        Q_EMIT availabilityChanged();
    }
    // The person clicks the notification.
    void clickMessage() { Q_EMIT messageClicked(); }

    int shown = 0;
    QStringList titles;
    QStringList messages;

private:
    bool m_available;
    bool m_visible = false;
    QPointer<QMenu> m_menu;
};
