#include "core/content/model.h"

#include <algorithm>

namespace legease::core {

bool isTranslation(const PackInfo& info)
{
    // A pack without a readable locale is checked as a content pack: its pack.json is already
    // reported. English of any region ("en-GB") is content: what the packs are written in.
    const QString language = info.locale.section(QLatin1Char('-'), 0, 0);
    const bool wellFormed = language.size() >= 2 && language.size() <= 3
        && std::all_of(language.begin(), language.end(), [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); });
    return wellFormed && language != QLatin1String("en");
}

int passCount(Sides sides)
{
    return sides == Sides::BothTogether ? 1 : 2;
}

int routineSeconds(const Routine& routine)
{
    int sum = 0;
    for (const Step& step : routine.steps)
        sum += step.seconds;
    return sum * passCount(routine.sides);
}

QString formatClock(int seconds)
{
    const int s = seconds < 0 ? 0 : seconds;
    const int hours = s / 3600;
    const int minutes = (s / 60) % 60;
    const QString tail = QStringLiteral("%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(tail);
    return QStringLiteral("%1:%2").arg(minutes).arg(tail);
}

}  // namespace legease::core
