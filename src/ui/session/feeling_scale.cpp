#include "ui/session/feeling_scale.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace legease::ui {
namespace {

constexpr int kMiddle = 5;

// A number of the scale, which screen readers know as a radio button of the group.
class FeelingButton : public QToolButton {
    Q_OBJECT

public:
    using QToolButton::QToolButton;
};

class FeelingButtonAccessible : public QAccessibleWidget {
public:
    explicit FeelingButtonAccessible(QWidget* button)
        : QAccessibleWidget(button, QAccessible::RadioButton)
    {
        addControllingSignal(QStringLiteral("clicked(bool)"));
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        const auto* button = static_cast<const QToolButton*>(widget());
        state.checkable = true;
        state.checked = button->isChecked();
        return state;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString& name) override
    {
        if (name == pressAction())
            static_cast<QToolButton*>(widget())->click();
    }
};

class FeelingScaleAccessible : public QAccessibleWidget {
public:
    explicit FeelingScaleAccessible(QWidget* scale)
        : QAccessibleWidget(scale, QAccessible::Grouping)
    {
    }
};

QAccessibleInterface* accessibleFeeling(const QString& className, QObject* object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String("legease::ui::FeelingButton"))
        return new FeelingButtonAccessible(static_cast<QWidget*>(object));
    if (className == QLatin1String("legease::ui::FeelingScale"))
        return new FeelingScaleAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

}  // namespace

FeelingScale::FeelingScale(const QString& question, QWidget* parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
{
    static const bool registered = [] {
        QAccessible::installFactory(accessibleFeeling);
        return true;
    }();
    Q_UNUSED(registered);

    const QString low = tr("0 · heavy or sore");
    const QString high = tr("10 · light and easy");
    setAccessibleName(tr("%1 0 heavy or sore to 10 light and easy").arg(question));
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
        auto* button = new FeelingButton;
        button->setText(QString::number(i));
        button->setCheckable(true);
        button->setMinimumSize(34, 34);
        button->setAccessibleName(tr("%1 out of 10").arg(i));
        button->installEventFilter(this);
        m_buttons->addButton(button, i);
        grid->addWidget(button, 0, i);
    }
    auto* lowLabel = new QLabel(low);
    auto* highLabel = new QLabel(high);
    for (QLabel* end : {lowLabel, highLabel}) {
        QFont small = end->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        end->setFont(small);
        end->setForegroundRole(QPalette::PlaceholderText);
    }
    grid->addWidget(lowLabel, 1, 0, 1, 5, Qt::AlignLeft);
    grid->addWidget(highLabel, 1, 6, 1, 5, Qt::AlignRight);
    auto* row = new QHBoxLayout;
    row->addLayout(grid);
    row->addStretch();
    layout->addLayout(row);

    connect(m_buttons, &QButtonGroup::idClicked, this, &FeelingScale::choose);
    updateTabStop();
}

QToolButton* FeelingScale::focusButton() const
{
    return static_cast<QToolButton*>(m_buttons->button(m_value.value_or(kMiddle)));
}

void FeelingScale::choose(int value)
{
    setValue(m_value == value ? std::nullopt : std::optional<int>(value));
}

void FeelingScale::moveTo(int value)
{
    value = std::clamp(value, 0, 10);
    setValue(value);
    focusButton()->setFocus(Qt::TabFocusReason);
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
    updateTabStop();
    Q_EMIT valueChanged();
}

// One tab stop for the group: only the number that would take focus is in the tab chain.
void FeelingScale::updateTabStop()
{
    QToolButton* stop = focusButton();
    for (QAbstractButton* button : m_buttons->buttons())
        button->setFocusPolicy(button == stop ? Qt::StrongFocus : Qt::ClickFocus);
    setFocusProxy(stop);
}

bool FeelingScale::eventFilter(QObject* watched, QEvent* event)
{
    // The scale keeps its keys even where the window has shortcuts on them (the session's arrows).
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        static const QList<int> ours{Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down, Qt::Key_Home, Qt::Key_End,
            Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_Return, Qt::Key_Enter};
        if (key->modifiers() == Qt::NoModifier && ours.contains(key->key())) {
            event->accept();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* button = qobject_cast<QAbstractButton*>(watched);
    const int at = m_buttons->id(button);
    if (at < 0)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        moveTo(at - 1);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Up:
        moveTo(at + 1);
        return true;
    case Qt::Key_Home:
        moveTo(0);
        return true;
    case Qt::Key_End:
        moveTo(10);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(at);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setValue(std::nullopt);
        focusButton()->setFocus(Qt::TabFocusReason);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

}  // namespace legease::ui

#include "feeling_scale.moc"
