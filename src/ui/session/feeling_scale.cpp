#include "ui/session/feeling_scale.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace legease::ui {

FeelingScale::FeelingScale(const QString& question, QWidget* parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
{
    setAccessibleName(question);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(question);
    label->setWordWrap(true);
    layout->addWidget(label);

    // Numbers and their meaning share one grid, so "10 · light and easy" ends under the 10.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(4);
    m_buttons->setExclusive(false);  // exclusivity is ours, so the choice can also be cleared
    for (int i = 0; i <= 10; ++i) {
        auto* button = new QToolButton;
        button->setText(QString::number(i));
        button->setCheckable(true);
        button->setMinimumSize(34, 34);
        button->setAccessibleName(tr("%1 out of 10").arg(i));
        button->setFocusPolicy(Qt::StrongFocus);
        m_buttons->addButton(button, i);
        grid->addWidget(button, 0, i);
    }
    auto* low = new QLabel(tr("0 · heavy or sore"));
    auto* high = new QLabel(tr("10 · light and easy"));
    for (QLabel* end : {low, high}) {
        QFont small = end->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        end->setFont(small);
        end->setForegroundRole(QPalette::PlaceholderText);
    }
    grid->addWidget(low, 1, 0, 1, 5, Qt::AlignLeft);
    grid->addWidget(high, 1, 6, 1, 5, Qt::AlignRight);
    auto* row = new QHBoxLayout;
    row->addLayout(grid);
    row->addStretch();
    layout->addLayout(row);

    connect(m_buttons, &QButtonGroup::idClicked, this, &FeelingScale::choose);
}

void FeelingScale::choose(int value)
{
    setValue(m_value == value ? std::nullopt : std::optional<int>(value));
}

void FeelingScale::setValue(std::optional<int> value)
{
    if (value && (*value < 0 || *value > 10))
        value.reset();
    for (QAbstractButton* button : m_buttons->buttons())
        button->setChecked(value && m_buttons->id(button) == *value);
    if (m_value == value)
        return;
    m_value = value;
    Q_EMIT valueChanged();
}

}  // namespace legease::ui
