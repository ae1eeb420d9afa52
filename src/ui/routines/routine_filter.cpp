#include "ui/routines/routine_filter.h"

#include "ui/routines/routine_list_model.h"

namespace legease::ui {

RoutineFilter::RoutineFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setSortRole(Qt::DisplayRole);
    sort(RoutineListModel::TitleColumn);
}

void RoutineFilter::setSearchText(const QString& text)
{
    // Words rather than the whole phrase, so "calf sleep" finds the routine whose benefit is
    // about sleep and which works on the calf.
    const QStringList words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_searchText = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void RoutineFilter::setRegion(const QString& regionId)
{
    if (regionId == m_region)
        return;
    m_region = regionId;
    invalidateRowsFilter();
}

bool RoutineFilter::filterAcceptsColumn(int sourceColumn, const QModelIndex&) const
{
    return sourceColumn == RoutineListModel::TitleColumn;
}

bool RoutineFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_region.isEmpty() && !index.data(RoutineListModel::RegionIdsRole).toStringList().contains(m_region))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(RoutineListModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

}  // namespace legease::ui
