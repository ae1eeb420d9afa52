#include "plugins/history/history_table_model.h"

#include "core/content/model.h"

#include <QLocale>

namespace legease::plugins {
namespace {

QString feelingText(const core::SessionRecord& r)
{
    if (!r.feelingBefore && !r.feelingAfter)
        return {};
    const auto shown = [](const std::optional<int>& v) { return v ? QString::number(*v) : QStringLiteral("–"); };
    return QStringLiteral("%1 → %2").arg(shown(r.feelingBefore), shown(r.feelingAfter));
}

QString feelingWords(const std::optional<int>& feeling)
{
    return feeling ? QString::number(*feeling) : HistoryTableModel::tr("not rated");
}

}  // namespace

HistoryTableModel::HistoryTableModel(const core::HistoryStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void HistoryTableModel::setRoutineFilter(const QString& routineId)
{
    m_routine = routineId;
    reload();
}

void HistoryTableModel::reload()
{
    beginResetModel();
    m_rows = m_store.isOpen() ? m_store.recent(kPageSize, 0, m_routine) : std::vector<core::SessionRecord>();
    m_total = m_store.isOpen() ? m_store.count(m_routine) : 0;
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void HistoryTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<core::SessionRecord> more = m_store.recent(kPageSize, int(m_rows.size()), m_routine);
    if (more.empty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    std::move(more.begin(), more.end(), std::back_inserter(m_rows));
    endInsertRows();
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const core::SessionRecord& r = m_rows[std::size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == Note)
        return r.note;
    // A screen reader says what an empty cell means, and reads the arrow as words.
    if (role == Qt::AccessibleTextRole) {
        if (index.column() == Feeling)
            return r.feelingBefore || r.feelingAfter ? tr("Before %1, after %2").arg(feelingWords(r.feelingBefore), feelingWords(r.feelingAfter))
                                                     : tr("Not rated");
        if (index.column() == Note && r.note.trimmed().isEmpty())
            return tr("No note");
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Time || index.column() == Steps || index.column() == Feeling))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(r.startedAt.toLocalTime(), tr("d MMM yyyy, HH:mm", "QLocale date format of the When column"));
    case Routine:
        return r.routineTitle;
    case Time:
        return core::formatClock(r.activeSeconds);
    case Steps:
        return tr("%1 of %2").arg(r.stepsDone).arg(r.stepsTotal);
    case Outcome:
        return r.completed ? tr("Finished") : r.endedAt.isValid() ? tr("Stopped early") : tr("Interrupted");
    case Feeling:
        return feelingText(r);
    case Note:
        return QString(r.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Routine:
        return tr("Routine");
    case Time:
        return tr("Time");
    case Steps:
        return tr("Steps");
    case Outcome:
        return tr("Outcome");
    case Feeling:
        return tr("Before → after");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

}  // namespace legease::plugins
