#include "content_markdown.h"

#include "content/choices.h"

#include <QCoreApplication>

namespace legease::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("legease::ui::ContentMarkdown", text);
}

template <typename E, std::size_t N>
QString words(const std::array<core::Choice<E>, N>& choices, E value)
{
    QString name = QString::fromUtf8(core::nameOf(choices, value));
    return name.replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString bulletList(const QStringList& items)
{
    QString text;
    for (const QString& item : items)
        text += QStringLiteral("- %1\n").arg(item);
    return text;
}

}  // namespace

QString benefitMarkdown(const core::Benefit& benefit, const core::ContentLibrary& library)
{
    QString text = QStringLiteral("# %1\n\n*%2*\n\n").arg(benefit.title, benefit.summary);
    text += tr("**Evidence:** %1").arg(words(core::evidenceChoices, benefit.evidence));
    if (const core::Routine* routine = library.routine(benefit.routine))
        text += tr(" · **Routine:** %1 (%2)").arg(routine->title, core::formatClock(core::routineSeconds(*routine)));
    text += QStringLiteral("\n\n") + benefit.body + QStringLiteral("\n\n");
    if (!benefit.cautions.isEmpty())
        text += tr("## When to hold back\n\n") + bulletList(benefit.cautions) + QLatin1Char('\n');
    if (!benefit.sources.empty()) {
        QStringList sources;
        for (const core::Source& source : benefit.sources)
            sources << (source.authors.isEmpty() ? QString() : source.authors + QStringLiteral(" "))
                    + QStringLiteral("(%1). *%2*").arg(source.year).arg(source.title);
        text += tr("## Sources\n\n") + bulletList(sources);
    }
    return text;
}

QString routineMarkdown(const core::Routine& routine, const core::ContentLibrary& library)
{
    QString text = QStringLiteral("# %1\n\n*%2*\n\n").arg(routine.title, routine.summary);
    text += tr("**Length:** %1 · **Level:** %2 · **Legs:** %3\n\n")
                .arg(core::formatClock(core::routineSeconds(routine)), words(core::levelChoices, routine.level),
                    words(core::sidesChoices, routine.sides));
    if (!routine.cautions.isEmpty())
        text += tr("## Before you start\n\n") + bulletList(routine.cautions) + QLatin1Char('\n');
    text += tr("## Steps\n\n");
    int number = 1;
    for (const core::Step& step : routine.steps) {
        const core::Region* region = library.region(step.region);
        const core::Stroke* stroke = library.stroke(step.stroke);
        text += QStringLiteral("%1. **%2 – %3** (%4 s, %5 pressure): %6\n")
                    .arg(number++)
                    .arg(region ? region->name : step.region, stroke ? stroke->name : step.stroke)
                    .arg(step.seconds)
                    .arg(words(core::pressureChoices, step.pressure), step.instruction);
    }
    return text;
}

}  // namespace legease::ui
