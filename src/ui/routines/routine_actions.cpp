#include "ui/routines/routine_actions.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace legease::ui {

RoutineActions::RoutineActions(QWidget* parent)
    : QWidget(parent)
    , m_new(new QPushButton(tr("New routine")))
    , m_edit(new QPushButton(tr("Edit")))
    , m_duplicate(new QPushButton(tr("Duplicate")))
    , m_export(new QPushButton(tr("Export…")))
    , m_delete(new QPushButton(tr("Delete")))
{
    m_new->setToolTip(tr("Make a routine of your own (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_new->setAccessibleDescription(tr("Opens the routine editor with an empty routine."));
    m_edit->setAccessibleName(tr("Edit this routine"));
    m_duplicate->setAccessibleName(tr("Duplicate this routine"));
    m_duplicate->setToolTip(tr("Make a copy of your own to change"));
    m_export->setAccessibleDescription(tr("Saves this routine as a file to share"));
    m_export->setToolTip(tr("Save it as a file to share; another LegEase can import it"));
    m_delete->setAccessibleName(tr("Delete this routine"));
    m_delete->setToolTip(tr("Move it to the trash; your history of it stays"));

    // The footer already has Start: these line up after it. m_new is placed by the page.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_export);
    layout->addWidget(m_delete);
    setTabOrder(m_edit, m_duplicate);
    setTabOrder(m_duplicate, m_export);
    setTabOrder(m_export, m_delete);

    connect(m_new, &QPushButton::clicked, this, &RoutineActions::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_routine); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(m_routine); });
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_routine); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_routine); });
    setRoutine(QString(), false, false);
}

void RoutineActions::setRoutine(const QString& routineId, bool own, bool canSave)
{
    m_routine = routineId;
    const bool shown = !routineId.isEmpty();
    m_new->setEnabled(canSave);
    // Built-in routines stay as they are: only a copy can be changed.
    m_edit->setVisible(shown && own);
    m_delete->setVisible(shown && own);
    m_edit->setEnabled(canSave);
    m_delete->setEnabled(canSave);
    m_duplicate->setVisible(shown);
    m_duplicate->setEnabled(canSave);
    m_export->setVisible(shown);
}

}  // namespace legease::ui
