#pragma once

#include "app/command_line.h"
#include "ui/desktop/app_instance.h"

#include <QDBusConnection>

#include <optional>

namespace legease::app {

class Startup;

// One LegEase per desktop session: the first `legease` owns the app id on the session bus; a
// later one hands its request (open a routine, a page or an article, or only come to the front)
// to it over D-Bus and exits instead of opening a second window. A run with options that change
// how LegEase starts (other packs, another history file, language or look, the safety screen
// again) cannot hand those over, so it is a LegEase of its own that neither hands over nor answers.
// Without a session bus every run is on its own, as before.
class SingleInstance {
public:
    explicit SingleInstance(const CommandLine& options, QDBusConnection bus = QDBusConnection::sessionBus());

    static bool takesPart(const CommandLine& options);
    // This run's request, with the launcher's activation token (XDG_ACTIVATION_TOKEN).
    static ui::InstanceRequest request(const CommandLine& options);

    // When another LegEase runs: hands it this run's request and returns the exit status (0, or 2
    // when it refused, having said why on stderr). nullopt: this process is to be LegEase, and owns
    // the name if there is a bus. Call with the application object made, before the window.
    std::optional<int> handOver();
    // Carries out the requests of later runs in this LegEase's windows, once it has them.
    void serve(Startup& startup);

private:
    CommandLine m_options;
    QDBusConnection m_bus;
    ui::InstanceService m_service;
};

// What the running LegEase does with a request: "" when it will (the work follows once the
// answer is on its way), otherwise why not, in words for the terminal.
QString carryOut(Startup& startup, const ui::InstanceRequest& request);

}  // namespace legease::app
