#include "content/model.h"

namespace legease::core {

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
