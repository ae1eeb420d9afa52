#include "ui/routines/step_list.h"

#include "ui/content_words.h"

#include <QDropEvent>
#include <QMimeData>

namespace legease::ui {

StepListModel::StepListModel(const core::ContentLibrary& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
}

QString StepListModel::mimeType()
{
    return QStringLiteral("application/x-legease-step");
}

void StepListModel::setSteps(const std::vector<core::Step>& steps, const QStringList& problems)
{
    // Same rows: new texts in place, so the view keeps its current row, scroll and focus.
    if (steps.size() == m_steps.size()) {
        m_steps = steps;
        m_problems = problems;
        if (!m_steps.empty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_steps = steps;
    m_problems = problems;
    endResetModel();
}

int StepListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant StepListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Step& step = m_steps[std::size_t(index.row())];
    const QString problem = m_problems.value(index.row());
    const QString region = step.region.isEmpty() ? tr("no region") : regionName(m_library, step.region);
    const QString stroke = step.stroke.isEmpty() ? tr("no stroke") : strokeName(m_library, step.stroke);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1%2. %3 · %4 · %5")
            .arg(problem.isEmpty() ? QString() : QStringLiteral("⚠ "))
            .arg(index.row() + 1)
            .arg(region, stroke, core::formatClock(step.seconds));
    case Qt::AccessibleTextRole: {
        QString text = tr("Step %1 of %2: %3, %4, %5, %6.")
                           .arg(index.row() + 1)
                           .arg(rowCount())
                           .arg(region, stroke, tr("%n second(s)", nullptr, step.seconds), pressureWords(step.pressure).toLower());
        if (!problem.isEmpty())
            text += QLatin1Char(' ') + tr("Needs fixing: %1").arg(problem);
        return text;
    }
    case Qt::ToolTipRole:
        return problem.isEmpty() ? step.instruction : problem;
    case ProblemRole:
        return problem;
    default:
        return {};
    }
}

Qt::ItemFlags StepListModel::flags(const QModelIndex& index) const
{
    // Steps are dropped between steps, never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions StepListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList StepListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* StepListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(indexes.front().row()));
    return data;
}

StepListView::StepListView(QWidget* parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);  // drops land on the viewport
    setDropIndicatorShown(true);
    // Only steps are taken (the model's one mime type), so plain drag and drop is enough; the
    // view's own internal move would remove and insert rows, which the editor does itself.
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void StepListView::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasFormat(StepListModel::mimeType())) {
        event->ignore();
        return;
    }
    QListView::dragEnterEvent(event);
}

void StepListView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!event->mimeData()->hasFormat(StepListModel::mimeType())) {
        event->ignore();
        return;
    }
    QListView::dragMoveEvent(event);
}

void StepListView::dropEvent(QDropEvent* event)
{
    bool known = false;
    const int from = event->mimeData()->data(StepListModel::mimeType()).toInt(&known);
    const int count = model() ? model()->rowCount() : 0;
    if (!known || from < 0 || from >= count) {
        event->ignore();
        return;
    }
    // The step goes before the row under the pointer, or after it when dropped on its lower half.
    const QPoint at = event->position().toPoint();
    const QModelIndex target = indexAt(at);
    int before = count;
    if (target.isValid())
        before = at.y() > visualRect(target).center().y() ? target.row() + 1 : target.row();
    const int to = before > from ? before - 1 : before;
    // The editor has moved the step itself; nothing is left for the drag to remove.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setState(QAbstractItemView::NoState);
    viewport()->update();
    if (to != from)
        Q_EMIT moveRequested(from, to);
}

}  // namespace legease::ui
