#pragma once

#include "core/content/content_library.h"
#include "core/content/own_pack.h"
#include "core/session/timeline.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace legease::ui {

// Massage time of a routine at `length`, both legs counted: the scaled steps times the passes,
// exactly what a session will spend massaging. Get-ready and switch-legs pauses come on top.
int massageSeconds(const core::Routine& routine, const core::SessionLength& length);

// The routines of a library, one row each in load order, with what the library page shows and
// filters on. The columns are there for screen readers and tests; the list draws a whole row
// from column 0 and the roles below.
class RoutineListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, LengthColumn, LevelColumn, RegionsColumn, BenefitsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,  // QString, the routine's id
        SecondsRole,                // int, massage seconds at the current length
        RegionIdsRole,              // QStringList, the regions the steps cover, in step order
        SearchTextRole,             // QString, everything the search looks in, case-folded
        OwnRole,                    // bool, one of the person's own routines
    };

    explicit RoutineListModel(const core::ContentLibrary& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Marks the routines of `pack` (nullptr: none) as the person's own.
    void setOwnPack(const core::OwnPack* pack);

    // Reads every row again from the library, after the content was loaded again.
    void reload();

    // Changes the Length column to what a session at `length` will run.
    void setSessionLength(const core::SessionLength& length);
    core::SessionLength sessionLength() const { return m_length; }

    const core::Routine* routineAt(int row) const;
    int rowOf(const QString& routineId) const;  // -1 when there is no such routine

private:
    // Worked out once: none of it changes while the library lives.
    struct Row {
        QStringList regionIds;
        QString regions;   // "Calf, Ankle"
        QString benefits;  // "Calm legs; Warm feet"
        QString search;
        bool own = false;
    };

    QString accessibleText(int row) const;
    void buildRows();

    const core::ContentLibrary& m_library;
    std::vector<Row> m_rows;
    core::SessionLength m_length;
    const core::OwnPack* m_ownPack = nullptr;
};

}  // namespace legease::ui
