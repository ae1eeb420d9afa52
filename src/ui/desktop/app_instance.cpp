#include "ui/desktop/app_instance.h"

#include "ui/desktop/desktop_names.h"

#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDBusVariant>

namespace legease::ui {
namespace {

const QString kInterface = QStringLiteral("org.freedesktop.Application");
const QString kUnknownAction = QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs");
const QString kRefused = QStringLiteral("io.github.legease.Error.Refused");

struct ActionName {
    InstanceRequest::Kind kind;
    const char* name;
    bool takesValue;
};

// The one table of actions, in both directions.
constexpr ActionName kActions[] = {
    {InstanceRequest::Kind::StartRoutine, "start-routine", true},
    {InstanceRequest::Kind::ShowPage, "show-page", true},
    {InstanceRequest::Kind::ShowBenefit, "show-benefit", true},
    {InstanceRequest::Kind::Settings, "settings", false},
    {InstanceRequest::Kind::Quit, "quit", false},
};

const ActionName* actionOf(InstanceRequest::Kind kind)
{
    for (const ActionName& action : kActions)
        if (action.kind == kind)
            return &action;
    return nullptr;
}

// Where the launcher put the token: "activation-token" on Wayland, "desktop-startup-id" on X11.
QString tokenIn(const QVariantMap& platformData)
{
    const QString token = platformData.value(QStringLiteral("activation-token")).toString();
    return token.isEmpty() ? platformData.value(QStringLiteral("desktop-startup-id")).toString() : token;
}

// Calls to the running LegEase wait this long for its answer; it answers before any dialog opens.
constexpr int kHandOverTimeoutMs = 10'000;

}  // namespace

std::optional<InstanceRequest> InstanceRequest::fromAction(const QString& action, const QVariantList& parameter)
{
    for (const ActionName& known : kActions) {
        if (action != QLatin1String(known.name))
            continue;
        InstanceRequest request{known.kind, {}, {}};
        if (!known.takesValue)
            return parameter.isEmpty() ? std::optional(request) : std::nullopt;
        // `av` arrives as variants; a text inside one is all these actions take.
        const QVariant value = parameter.size() == 1 ? parameter.front() : QVariant();
        const QVariant inner = value.canConvert<QDBusVariant>() ? value.value<QDBusVariant>().variant() : value;
        if (inner.typeId() != QMetaType::QString || inner.toString().isEmpty())
            return std::nullopt;
        request.value = inner.toString();
        return request;
    }
    return std::nullopt;
}

QString InstanceRequest::actionName() const
{
    const ActionName* action = actionOf(kind);
    return action ? QLatin1String(action->name) : QString();
}

QVariantList InstanceRequest::actionParameter() const
{
    const ActionName* action = actionOf(kind);
    if (!action || !action->takesValue)
        return {};
    return {QVariant(value)};  // marshalled as av: one variant holding the text
}

QStringList InstanceRequest::commandLine() const
{
    switch (kind) {
    case Kind::StartRoutine:
        return {QStringLiteral("--routine"), value};
    case Kind::ShowPage:
        return {QStringLiteral("--page"), value};
    case Kind::ShowBenefit:
        return {QStringLiteral("--benefit"), value};
    case Kind::Raise:
    case Kind::Settings:
    case Kind::Quit:
        break;
    }
    return {};
}

InstanceService::InstanceService(QObject* parent)
    : QObject(parent)
{
}

InstanceService::~InstanceService()
{
    if (m_bus) {
        m_bus->unregisterObject(instanceObjectPath());
        m_bus->unregisterService(appId());
    }
}

InstanceService::Claim InstanceService::claim(QDBusConnection bus)
{
    if (!bus.isConnected() || !bus.interface())
        return Claim::NoBus;
    // The object first: a call that comes the moment the name is ours must find it.
    if (!bus.registerObject(instanceObjectPath(), this, QDBusConnection::ExportScriptableSlots))
        return Claim::NoBus;
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply = bus.interface()->registerService(
        appId(), QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        bus.unregisterObject(instanceObjectPath());
        return reply.isValid() ? Claim::Taken : Claim::NoBus;
    }
    m_bus = bus;
    return Claim::Owner;
}

void InstanceService::Activate(const QVariantMap& platformData, const QDBusMessage& message)
{
    handle(InstanceRequest{}, platformData, message);
}

void InstanceService::Open(const QStringList& uris, const QVariantMap& platformData, const QDBusMessage& message)
{
    Q_UNUSED(uris);  // LegEase opens no files; bring it forward all the same
    handle(InstanceRequest{}, platformData, message);
}

void InstanceService::ActivateAction(const QString& action, const QVariantList& parameter,
    const QVariantMap& platformData, const QDBusMessage& message)
{
    const std::optional<InstanceRequest> request = InstanceRequest::fromAction(action, parameter);
    if (!request) {
        message.setDelayedReply(true);
        QDBusConnection(m_bus.value_or(QDBusConnection::sessionBus()))
            .send(message.createErrorReply(kUnknownAction,
                QStringLiteral("LegEase has no action \"%1\" taking these parameters").arg(action)));
        return;
    }
    handle(*request, platformData, message);
}

void InstanceService::handle(InstanceRequest request, const QVariantMap& platformData, const QDBusMessage& message)
{
    request.activationToken = tokenIn(platformData);
    const QString refusal = m_handler ? m_handler(request) : QStringLiteral("LegEase is still starting");
    if (refusal.isEmpty())
        return;  // the empty reply goes back on its own
    message.setDelayedReply(true);
    QDBusConnection(m_bus.value_or(QDBusConnection::sessionBus())).send(message.createErrorReply(kRefused, refusal));
}

std::optional<QString> handOver(QDBusConnection bus, const InstanceRequest& request)
{
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(appId()).value())
        return std::nullopt;
    QVariantMap platformData;
    if (!request.activationToken.isEmpty())
        platformData.insert(QStringLiteral("activation-token"), request.activationToken);
    QDBusMessage call;
    if (request.kind == InstanceRequest::Kind::Raise) {
        call = QDBusMessage::createMethodCall(appId(), instanceObjectPath(), kInterface, QStringLiteral("Activate"));
        call << platformData;
    } else {
        call = QDBusMessage::createMethodCall(appId(), instanceObjectPath(), kInterface, QStringLiteral("ActivateAction"));
        call << request.actionName() << request.actionParameter() << platformData;
    }
    const QDBusMessage reply = bus.call(call, QDBus::Block, kHandOverTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage)
        return QString();
    if (reply.type() == QDBusMessage::ErrorMessage && reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"))
        return std::nullopt;  // it ended in the meantime
    return reply.errorMessage().isEmpty() ? QStringLiteral("the running LegEase did not answer") : reply.errorMessage();
}

}  // namespace legease::ui
