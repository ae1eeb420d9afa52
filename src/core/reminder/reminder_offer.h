#pragma once

#include <QString>

namespace legease::core {

class ContentLibrary;

// What a daily reminder offers to start: the routine of the last session, ready to begin, or the
// Routines page when there was none yet or its pack is gone. The same for the tray menu, the
// in-app notification and `legease --remind`.
struct ReminderOffer {
    QString routineId;  // "" : the Routines page
    QString routineTitle;

    bool opensRoutine() const { return !routineId.isEmpty(); }
};

ReminderOffer reminderOffer(const ContentLibrary& library, const QString& lastRoutine);

}  // namespace legease::core
