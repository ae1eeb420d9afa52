#include "core/content/content_text.h"

namespace legease::core {
namespace {

QString counted(int count, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

}  // namespace

QString validationText(const PackReport& report)
{
    QString text;
    for (const Problem& problem : report.problems)
        text += (problem.severity == Severity::Warning ? QStringLiteral("warning: ") : QString())
            + problem.toString() + QLatin1Char('\n');
    text += counted(countErrors(report.problems), QStringLiteral("error"), QStringLiteral("errors")) + QStringLiteral(", ")
        + counted(countWarnings(report.problems), QStringLiteral("warning"), QStringLiteral("warnings")) + QLatin1Char('\n');
    return text;
}

QString listingText(const ContentLibrary& library)
{
    qsizetype titleWidth = 0;
    qsizetype idWidth = 0;
    for (const Benefit& benefit : library.benefits())
        titleWidth = std::max(titleWidth, benefit.title.size());
    for (const Routine& routine : library.routines()) {
        titleWidth = std::max(titleWidth, routine.title.size());
        idWidth = std::max(idWidth, routine.id.size());
    }

    QString text = QStringLiteral("Benefits (%1)\n").arg(library.benefits().size());
    for (const Benefit& benefit : library.benefits()) {
        const Routine* routine = library.routine(benefit.routine);
        text += QStringLiteral("%1. %2  %3  %4\n")
                    .arg(benefit.order, 3)
                    .arg(benefit.title.leftJustified(titleWidth), benefit.routine.leftJustified(idWidth),
                        formatClock(routine ? routineSeconds(*routine) : 0).rightJustified(7));
    }
    text += QStringLiteral("\nRoutines (%1)\n").arg(library.routines().size());
    for (const Routine& routine : library.routines()) {
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(routine.id.leftJustified(idWidth), routine.title.leftJustified(titleWidth),
                        counted(int(routine.steps.size()), QStringLiteral("step"), QStringLiteral("steps")).rightJustified(9),
                        formatClock(routineSeconds(routine)).rightJustified(7));
    }
    return text;
}

}  // namespace legease::core
