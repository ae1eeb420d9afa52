#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace legease::ui {

// What one `legease` asks of the LegEase that is already running, and what a reminder asks of
// LegEase: the same words on the command line and on D-Bus (org.freedesktop.Application's
// ActivateAction, the action names GApplication apps use too).
struct InstanceRequest {
    enum class Kind {
        Raise,  // Activate(): bring the window to the front
        StartRoutine,  // "start-routine" ID: the session of ID, ready to start (--routine ID)
        ShowPage,  // "show-page" PAGE: benefits, routines or history (--page PAGE)
        ShowBenefit,  // "show-benefit" N|ID: an article (--benefit N|ID)
        Settings,  // "settings": the Settings dialog
        Quit,  // "quit": end LegEase, as Ctrl+Q does
    };

    Kind kind = Kind::Raise;
    QString value;  // the routine, page or benefit
    // From the launcher or the notification that asked: on Wayland the window may then come to
    // the front (xdg-activation). "" when there is none.
    QString activationToken;

    // nullopt for an action LegEase does not know or a parameter that is not one text.
    static std::optional<InstanceRequest> fromAction(const QString& action, const QVariantList& parameter);
    QString actionName() const;  // "" for Raise, which is Activate()
    QVariantList actionParameter() const;
    // The options a new `legease` is started with to do the same.
    QStringList commandLine() const;
};

// The running LegEase's side: owns the session-bus name (the app id) and answers
// org.freedesktop.Application at instanceObjectPath(). Each request goes to the handler, which
// says at once whether it can be done ("" yes, otherwise why not, sent back as a D-Bus error) and
// does the work after the answer has left, so a dialog it opens never holds up the caller.
class InstanceService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")

public:
    using Handler = std::function<QString(const InstanceRequest& request)>;
    enum class Claim { Owner, Taken, NoBus };

    explicit InstanceService(QObject* parent = nullptr);
    ~InstanceService() override;

    // Offers the object and tries for the name (never queueing for it): Owner, or Taken when
    // another LegEase has it, or NoBus when there is no session bus to claim it on.
    Claim claim(QDBusConnection bus);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

public Q_SLOTS:
    Q_SCRIPTABLE void Activate(const QVariantMap& platformData, const QDBusMessage& message);
    Q_SCRIPTABLE void Open(const QStringList& uris, const QVariantMap& platformData, const QDBusMessage& message);
    Q_SCRIPTABLE void ActivateAction(const QString& action, const QVariantList& parameter,
        const QVariantMap& platformData, const QDBusMessage& message);

private:
    void handle(InstanceRequest request, const QVariantMap& platformData, const QDBusMessage& message);

    Handler m_handler;
    std::optional<QDBusConnection> m_bus;
};

// The other side: a LegEase that is not the first hands its request to the one that is. nullopt
// when none is running on `bus`; otherwise "" when it took the request, or its answer why not.
std::optional<QString> handOver(QDBusConnection bus, const InstanceRequest& request);

}  // namespace legease::ui
