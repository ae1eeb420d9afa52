#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace legease::ui {

// The little the daily reminder needs from a system tray, so tests can stand in for one: the
// offscreen platform they run on has no tray at all. A tray may come and go while LegEase runs.
class ReminderTray : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    virtual void show(QMenu* menu) = 0;
    virtual void hide() = 0;
    virtual bool isVisible() const = 0;
    virtual void notify(const QString& title, const QString& message) = 0;

Q_SIGNALS:
    void messageClicked();
    void iconClicked();
    void availabilityChanged();  // a tray appeared, or went away
};

}  // namespace legease::ui
