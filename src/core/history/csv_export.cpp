#include "core/history/csv_export.h"

#include "core/files/save_file.h"

#include <QStringList>

namespace legease::core {
namespace {

QString feeling(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

QString timestamp(const QDateTime& time)
{
    return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

}  // namespace

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray historyCsv(const std::vector<SessionRecord>& records)
{
    const QStringList header{QStringLiteral("started"), QStringLiteral("ended"), QStringLiteral("routine_id"),
        QStringLiteral("routine"), QStringLiteral("active_seconds"), QStringLiteral("steps_done"), QStringLiteral("steps_total"),
        QStringLiteral("completed"), QStringLiteral("feeling_before"), QStringLiteral("feeling_after"), QStringLiteral("note")};
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const SessionRecord& r : records) {
        const QStringList fields{timestamp(r.startedAt), timestamp(r.endedAt), r.routineId, r.routineTitle,
            QString::number(r.activeSeconds), QString::number(r.stepsDone), QString::number(r.stepsTotal),
            r.completed ? QStringLiteral("yes") : QStringLiteral("no"), feeling(r.feelingBefore), feeling(r.feelingAfter), r.note};
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QString writeHistoryCsv(const QString& path, const std::vector<SessionRecord>& records)
{
    return saveFile(path, historyCsv(records));
}

}  // namespace legease::core
