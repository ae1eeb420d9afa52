#include "core/reminder/reminder_offer.h"

#include "core/content/content_library.h"

namespace legease::core {

ReminderOffer reminderOffer(const ContentLibrary& library, const QString& lastRoutine)
{
    const Routine* routine = lastRoutine.isEmpty() ? nullptr : library.routine(lastRoutine);
    return routine ? ReminderOffer{routine->id, routine->title} : ReminderOffer{};
}

}  // namespace legease::core
