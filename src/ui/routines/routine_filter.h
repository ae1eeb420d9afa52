#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace legease::ui {

// What the routine library shows: routines matching every word of the search (in the title,
// summary, benefit titles, region and stroke names, any case) that work on the chosen region,
// sorted by title.
class RoutineFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RoutineFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }

    void setRegion(const QString& regionId);  // "" shows every region
    QString region() const { return m_region; }

    bool isFiltering() const { return !m_words.isEmpty() || !m_region.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // One column: the list shows a routine per row, and a screen reader should meet it once, not
    // once per column. The delegate reads the other columns from the source model.
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_words;  // case-folded
    QString m_region;
};

}  // namespace legease::ui
