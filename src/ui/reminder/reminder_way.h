#pragma once

namespace legease::ui {

// How the daily reminder reaches the person on this desktop, which Settings says in words.
enum class ReminderWay {
    SystemTimer,  // the person's systemd starts `legease --remind` at the time; LegEase may be closed
    Tray,  // LegEase keeps running in the system tray after its window closes
    WhileOpen,  // neither: the reminder comes only while LegEase is open
};

}  // namespace legease::ui
