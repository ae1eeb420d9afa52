#include "ui/session/how_to_dialog.h"

#include "ui/content_words.h"
#include "ui/techniques/technique_card.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace legease::ui {

HowToDialog::HowToDialog(const core::ContentLibrary& library, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_card(new TechniqueCard(library, TechniqueCard::Style::Step))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(m_card, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAutoDefault(true);
    m_close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 500);
}

void HowToDialog::showExample(const core::TechniqueExample& example)
{
    m_card->showExample(example);
    setWindowTitle(tr("How to do it: %1").arg(strokeName(m_library, example.stroke)));
}

void HowToDialog::setReduceMotion(bool reduce)
{
    m_card->setReduceMotion(reduce);
}

}  // namespace legease::ui
