#pragma once

#include "core/history/history_store.h"

#include <QAbstractTableModel>

#include <vector>

namespace legease::plugins {

// The sessions in the history, newest first, fetched a page at a time so that years of history
// open as quickly as a week of it.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Routine, Time, Steps, Outcome, Feeling, Note, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit HistoryTableModel(const core::HistoryStore& store, QObject* parent = nullptr);

    void setRoutineFilter(const QString& routineId);  // "" shows every routine
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const core::HistoryStore& m_store;
    QString m_routine;
    std::vector<core::SessionRecord> m_rows;
    int m_total = 0;
};

}  // namespace legease::plugins
