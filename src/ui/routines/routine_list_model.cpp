#include "ui/routines/routine_list_model.h"

#include "ui/content_words.h"

#include <QSet>

namespace legease::ui {

int massageSeconds(const core::Routine& routine, const core::SessionLength& length)
{
    int sum = 0;
    for (const int seconds : core::scaledStepSeconds(routine, length))
        sum += seconds;
    return sum * core::passCount(routine.sides);
}

RoutineListModel::RoutineListModel(const core::ContentLibrary& library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    buildRows();
}

void RoutineListModel::setOwnPack(const core::OwnPack* pack)
{
    m_ownPack = pack;
    reload();
}

void RoutineListModel::reload()
{
    beginResetModel();
    buildRows();
    endResetModel();
}

void RoutineListModel::buildRows()
{
    const core::ContentLibrary& library = m_library;
    m_rows.clear();
    m_rows.reserve(library.routines().size());
    for (const core::Routine& routine : library.routines()) {
        Row row;
        QSet<QString> used;
        QStringList strokeNames;
        for (const core::Step& step : routine.steps) {
            used.insert(step.region);
            const QString stroke = strokeName(library, step.stroke);
            if (!strokeNames.contains(stroke))
                strokeNames << stroke;
        }
        // The library's region order runs from the foot upward, which reads more naturally than
        // the order the steps happen to visit them.
        QStringList regionNames;
        for (const core::Region& region : library.regions()) {
            if (used.contains(region.id)) {
                row.regionIds << region.id;
                regionNames << region.name;
            }
        }
        QStringList benefitTitles;
        for (const core::Benefit& benefit : library.benefits())
            if (benefit.routine == routine.id)
                benefitTitles << benefit.title;
        row.regions = regionNames.join(QStringLiteral(", "));
        // Benefit titles may hold commas of their own.
        row.benefits = benefitTitles.join(QStringLiteral("; "));
        row.search = QStringList{routine.title, routine.summary, benefitTitles.join(QLatin1Char('\n')),
            regionNames.join(QLatin1Char('\n')), strokeNames.join(QLatin1Char('\n'))}
                         .join(QLatin1Char('\n'))
                         .toCaseFolded();
        row.own = m_ownPack && m_ownPack->holds(library, routine);
        m_rows.push_back(std::move(row));
    }
}

int RoutineListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoutineListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutineListModel::data(const QModelIndex& index, int role) const
{
    const core::Routine* routine = routineAt(index.row());
    if (!routine || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows[std::size_t(index.row())];

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return routine->title;
        case LengthColumn:
            return core::formatClock(massageSeconds(*routine, m_length));
        case LevelColumn:
            return levelWords(routine->level);
        case RegionsColumn:
            return row.regions;
        case BenefitsColumn:
            return row.benefits;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return routine->summary;
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
        // The list shows one column per row, so the row's name has to carry all of it.
        if (index.column() == TitleColumn)
            return accessibleText(index.row());
        return {};
    case IdRole:
        return routine->id;
    case SecondsRole:
        return massageSeconds(*routine, m_length);
    case RegionIdsRole:
        return row.regionIds;
    case SearchTextRole:
        return row.search;
    case OwnRole:
        return row.own;
    default:
        return {};
    }
}

QVariant RoutineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Routine");
    case LengthColumn:
        return tr("Length");
    case LevelColumn:
        return tr("Level");
    case RegionsColumn:
        return tr("Works on");
    case BenefitsColumn:
        return tr("Helps with");
    case ColumnCount:
        break;
    }
    return {};
}

void RoutineListModel::setSessionLength(const core::SessionLength& length)
{
    m_length = length;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            {Qt::DisplayRole, Qt::AccessibleTextRole, SecondsRole});
}

const core::Routine* RoutineListModel::routineAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_library.routines()[std::size_t(row)];
}

int RoutineListModel::rowOf(const QString& routineId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_library.routines()[std::size_t(row)].id == routineId)
            return row;
    return -1;
}

QString RoutineListModel::accessibleText(int row) const
{
    const core::Routine& routine = m_library.routines()[std::size_t(row)];
    const Row& r = m_rows[std::size_t(row)];
    QString text = tr("%1, %2 of massage, %3. Works on %4.")
                       .arg(routine.title, core::formatClock(massageSeconds(routine, m_length)),
                           levelWords(routine.level).toLower(), r.regions);
    if (!r.benefits.isEmpty())
        text += QLatin1Char(' ') + tr("Helps with: %1.").arg(r.benefits);
    if (r.own)
        text += QLatin1Char(' ') + tr("One of your own routines.");
    return text;
}

}  // namespace legease::ui
