#include "ui/announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QTimer>

namespace legease::ui {
namespace {

class AnnouncerAccessible : public QAccessibleWidget {
public:
    explicit AnnouncerAccessible(Announcer* announcer)
        : QAccessibleWidget(announcer, QAccessible::Notification)
    {
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name)
            return static_cast<const Announcer*>(widget())->text();
        return QAccessibleWidget::text(kind);
    }
};

QAccessibleInterface* accessibleAnnouncer(const QString& className, QObject* object)
{
    if (className == QLatin1String("legease::ui::Announcer") && object && object->isWidgetType())
        return new AnnouncerAccessible(static_cast<Announcer*>(object));
    return nullptr;
}

}  // namespace

Announcer::Announcer(QWidget* parent)
    : QWidget(parent)
{
    static const bool registered = [] {
        QAccessible::installFactory(accessibleAnnouncer);
        return true;
    }();
    Q_UNUSED(registered);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);  // outside any layout; draws nothing
    hide();
}

void Announcer::announce(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &Announcer::speak);
    m_pending << text.trimmed();
}

void Announcer::speak()
{
    if (m_pending.isEmpty())
        return;
    m_text = m_pending.join(QLatin1Char(' '));
    m_pending.clear();
    hide();
    QAccessibleEvent renamed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&renamed);
    show();
    raise();
    Q_EMIT announced(m_text);
}

}  // namespace legease::ui
