#include "ui/safety_dialog.h"

#include "ui/keyboard.h"
#include "ui/safety_checklist.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace legease::ui {
namespace {

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

SafetyDialog::SafetyDialog(const core::SafetyInfo& safety, Mode mode, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(safety.title);
    showFocusFromTheStart(this);
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(safety.title);
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    title->setFont(heading);
    layout->addWidget(title);
    layout->addWidget(wrapped(safety.intro));

    auto* checklist = new SafetyChecklist(safety.checklist);
    checklist->setAccessibleName(tr("When to hold back"));
    checklist->setAccessibleDescription(tr("Use the arrow keys to read one situation at a time."));
    layout->addWidget(checklist, 1);

    auto* hurts = wrapped(safety.stopIfItHurts);
    QFont bold = hurts->font();
    bold.setBold(true);
    hurts->setFont(bold);
    layout->addWidget(hurts);
    layout->addWidget(wrapped(tr("LegEase offers general wellbeing guidance. It is not medical advice "
                                 "and does not replace your doctor, midwife or physiotherapist.")));

    auto* buttons = new QDialogButtonBox;
    if (mode == Mode::Acknowledge) {
        m_agreement = new QCheckBox(tr("I have read this, and I will stop if anything hurts"));
        layout->addWidget(m_agreement);
        m_accept = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
        m_accept->setEnabled(false);
        buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
        connect(m_agreement, &QCheckBox::toggled, m_accept, &QPushButton::setEnabled);
    } else {
        m_accept = buttons->addButton(QDialogButtonBox::Close);
        connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    }
    layout->addWidget(buttons);
    checklist->setFocus();  // reading comes first; Tab goes on to the promise and the buttons
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 620);
}

}  // namespace legease::ui
