#pragma once

#include "core/content/content_library.h"
#include "core/content/own_pack.h"
#include "core/session/timeline.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace legease::ui {

class LegDiagram;
class RoutineActions;
class RoutineDetail;
class RoutineFilter;
class RoutineListModel;

// The routine library: every routine with its length, level, regions and the benefits it serves,
// narrowed by a search and by a region picked from a list or by clicking the leg diagram, with
// the chosen routine laid out beside it ready to start.
class RoutinesView : public QWidget {
    Q_OBJECT

public:
    explicit RoutinesView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    // Selects and shows a routine, clearing the search and region filter when they hide it.
    // An id the library does not hold changes nothing.
    void showRoutine(const QString& routineId);
    QString currentRoutine() const;  // "" when the list shows nothing

    // "" shows every region. An id the library does not hold changes nothing.
    void setRegionFilter(const QString& regionId);
    QString regionFilter() const;

    // Lengths in the list and times in the detail as a session at `length` will run them.
    void setSessionLength(const core::SessionLength& length);
    void setReduceMotion(bool reduce);  // for the technique card of a chosen step

    void focusSearch();  // for Ctrl+F

    // Marks the routines of `pack` as the person's own, which they may edit and delete; with
    // nullptr (or a pack without a folder) nothing can be made or changed here.
    void setOwnPack(const core::OwnPack* pack);
    // Shows the library again after it was loaded again, keeping the search, the region and
    // the routine shown where they still exist.
    void reloadContent();
    RoutineActions* actions() const { return m_actions; }

    QLineEdit* searchField() const { return m_search; }
    QComboBox* regionCombo() const { return m_regionCombo; }
    LegDiagram* diagram() const { return m_diagram; }
    QListView* listView() const { return m_list; }
    RoutineDetail* detail() const { return m_detail; }
    QPushButton* startButton() const;
    QLabel* emptyStateLabel() const { return m_emptyLabel; }
    QPushButton* clearFiltersButton() const { return m_clearFilters; }
    bool isShowingEmptyState() const;

Q_SIGNALS:
    void startRoutine(const QString& routineId);
    void newRoutineRequested();
    void editRoutineRequested(const QString& routineId);
    void duplicateRoutineRequested(const QString& routineId);
    void exportRoutineRequested(const QString& routineId);
    void deleteRoutineRequested(const QString& routineId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter(const QString& searchText, const QString& regionId);
    void showCurrentRow();
    void updateEmptyState();
    void startCurrent();
    bool diagramToolTip(const QPoint& position, const QPoint& globalPosition);
    void fillRegionCombo();
    void updateActions();

    const core::ContentLibrary& m_library;
    RoutineListModel* m_model;
    RoutineFilter* m_filter;

    QLineEdit* m_search;
    QComboBox* m_regionCombo;
    QLabel* m_count;
    LegDiagram* m_diagram;
    QSplitter* m_splitter;
    QStackedWidget* m_listStack;
    QListView* m_list;
    QFrame* m_emptyState;
    QLabel* m_emptyLabel;
    QPushButton* m_clearFilters;
    RoutineDetail* m_detail;
    RoutineActions* m_actions;
    const core::OwnPack* m_ownPack = nullptr;

    QString m_remembered;  // the routine last shown, reselected when a filter lets it back in
    bool m_filtering = false;
    bool m_sized = false;
};

}  // namespace legease::ui
