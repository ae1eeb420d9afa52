#pragma once

#include "ui/reminder/reminder_notifier.h"
#include "ui/reminder/systemd_timer.h"

#include <QList>
#include <QTime>

#include <utility>

// The desktop's notification server as the in-app reminder sees it, present or missing as a
// test decides; the test answers for the person.
class FakeNotifier final : public legease::ui::ReminderNotifier {
public:
    explicit FakeNotifier(bool available = true)
        : m_available(available)
    {
    }

    bool notify(const legease::ui::ReminderNotice& notice) override
    {
        if (!m_available)
            return false;
        notices << notice;
        return true;
    }

    void start(const QString& activationToken = {}) { Q_EMIT started(activationToken); }
    void notToday() { Q_EMIT declined(); }

    QList<legease::ui::ReminderNotice> notices;

private:
    bool m_available;
};

// The person's systemd as the reminder uses it, without a bus: whether it is there, and each
// apply() it was asked for.
class FakeSystemTimer final : public legease::ui::SystemdTimer {
public:
    explicit FakeSystemTimer(bool available = true)
        : SystemdTimer(QDBusConnection(QStringLiteral("no bus")), QString(), QString())
        , available(available)
    {
    }

    bool isAvailable() const override { return available; }
    Outcome apply(bool on, QTime at) override
    {
        const bool changed = on != m_on || (on && at != m_at);
        m_on = on;
        m_at = at;
        applied << std::pair(on, at);
        return {changed, refusal};
    }

    bool available;
    QString refusal;  // what systemd answers, "" when it takes the timer
    QList<std::pair<bool, QTime>> applied;

private:
    bool m_on = false;
    QTime m_at;
};
