#include "core/content/content_text.h"

#include <algorithm>

namespace legease::core {
namespace {

QString counted(int count, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

bool needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:  // bidirectional controls, zero-width characters
    case QChar::Other_Surrogate:  // a lone half of a pair
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

}  // namespace

QString escapedForTerminal(const QString& text)
{
    const auto plain = [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; };
    if (std::all_of(text.begin(), text.end(), plain))
        return text;  // the usual case: nothing to look up
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
        if (!needsEscape(c))
            escaped += pair ? text.mid(i, 2) : QString(text[i]);
        else if (c < 0x100)
            escaped += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (c < 0x10000)
            escaped += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            escaped += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
        if (pair)
            ++i;
    }
    return escaped;
}

QString validationText(const PackReport& report)
{
    QString text;
    for (const Problem& problem : report.problems)
        text += (problem.severity == Severity::Warning ? QStringLiteral("warning: ") : QString())
            + escapedForTerminal(problem.toString()) + QLatin1Char('\n');
    text += counted(countErrors(report.problems), QStringLiteral("error"), QStringLiteral("errors")) + QStringLiteral(", ")
        + counted(countWarnings(report.problems), QStringLiteral("warning"), QStringLiteral("warnings")) + QLatin1Char('\n');
    return text;
}

QString listingText(const ContentLibrary& library)
{
    // Titles come from packs as they are; ids are checked to be plain already.
    const auto safe = [](const QString& text) { return escapedForTerminal(text); };
    qsizetype titleWidth = 0;
    qsizetype idWidth = 0;
    for (const Benefit& benefit : library.benefits())
        titleWidth = std::max(titleWidth, safe(benefit.title).size());
    for (const Routine& routine : library.routines()) {
        titleWidth = std::max(titleWidth, safe(routine.title).size());
        idWidth = std::max(idWidth, routine.id.size());
    }

    QString text = QStringLiteral("Benefits (%1)\n").arg(library.benefits().size());
    for (const Benefit& benefit : library.benefits()) {
        const Routine* routine = library.routine(benefit.routine);
        text += QStringLiteral("%1. %2  %3  %4\n")
                    .arg(benefit.order, 3)
                    .arg(safe(benefit.title).leftJustified(titleWidth), safe(benefit.routine).leftJustified(idWidth),
                        formatClock(routine ? routineSeconds(*routine) : 0).rightJustified(7));
    }
    text += QStringLiteral("\nRoutines (%1)\n").arg(library.routines().size());
    for (const Routine& routine : library.routines()) {
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(safe(routine.id).leftJustified(idWidth), safe(routine.title).leftJustified(titleWidth),
                        counted(int(routine.steps.size()), QStringLiteral("step"), QStringLiteral("steps")).rightJustified(9),
                        formatClock(routineSeconds(routine)).rightJustified(7));
    }
    return text;
}

}  // namespace legease::core
