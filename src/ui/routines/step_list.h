#pragma once

#include "core/content/content_library.h"

#include <QAbstractListModel>
#include <QListView>
#include <QStringList>

#include <vector>

namespace legease::ui {

// The steps of the routine being edited, one row each: "3. Calf · Gliding strokes · 0:45", with
// a mark on a step that has a problem. Rows can be dragged to a new place; the model only asks
// for the move (moveRequested), the editor makes it, so it can be undone.
class StepListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ProblemRole = Qt::UserRole + 1 };  // QString: the step's first problem, "" for none

    explicit StepListModel(const core::ContentLibrary& library, QObject* parent = nullptr);

    // `problems` holds one text per step ("" for none); missing ones count as none.
    void setSteps(const std::vector<core::Step>& steps, const QStringList& problems);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    static QString mimeType();

private:
    const core::ContentLibrary& m_library;
    std::vector<core::Step> m_steps;
    QStringList m_problems;
};

// The list of steps: drag a step to move it, or Alt+Up and Alt+Down (the editor's actions).
class StepListView : public QListView {
    Q_OBJECT

public:
    explicit StepListView(QWidget* parent = nullptr);

Q_SIGNALS:
    // The step at `from` should end up at `to` (both 0-based, `to` counted after the move).
    void moveRequested(int from, int to);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

}  // namespace legease::ui
