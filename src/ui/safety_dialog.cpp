#include "ui/safety_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace legease::ui {

SafetyDialog::SafetyDialog(const core::SafetyInfo& safety, Mode mode, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(safety.title);
    setAccessibleName(safety.title);
    auto* layout = new QVBoxLayout(this);

    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><ul>").arg(safety.title.toHtmlEscaped(), safety.intro.toHtmlEscaped());
    for (const core::SafetyItem& item : safety.checklist)
        html += QStringLiteral("<li style=\"margin-bottom:6px\"><b>%1.</b> %2</li>")
                    .arg(item.title.toHtmlEscaped(), item.detail.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b></p>").arg(safety.stopIfItHurts.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("LegEase offers general wellbeing guidance. It is not medical advice "
                                                "and does not replace your doctor, midwife or physiotherapist.")
                                                 .toHtmlEscaped());
    auto* text = new QLabel(html);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFocusPolicy(Qt::StrongFocus);
    text->setAccessibleName(tr("Safety information"));
    text->setContentsMargins(8, 8, 8, 8);
    auto* scroll = new QScrollArea;
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox;
    if (mode == Mode::Acknowledge) {
        m_agreement = new QCheckBox(tr("I have read this, and I will stop if anything hurts"));
        m_agreement->setAccessibleName(m_agreement->text());
        layout->addWidget(m_agreement);
        m_accept = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
        m_accept->setEnabled(false);
        buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
        connect(m_agreement, &QCheckBox::toggled, m_accept, &QPushButton::setEnabled);
        m_agreement->setFocus();
    } else {
        m_accept = buttons->addButton(QDialogButtonBox::Close);
        connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    }
    m_accept->setAccessibleName(m_accept->text());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 620);
}

}  // namespace legease::ui
