#include "app/single_instance.h"

#include "app/startup.h"
#include "ui/desktop/window_activation.h"
#include "ui/keyboard.h"
#include "ui/main_window.h"
#include "ui/pages.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

namespace legease::app {
namespace {

// Where the person looks: a dialog that waits for an answer (the safety screen, Settings) before
// the window behind it.
QWidget* frontWindow(ui::MainWindow* window)
{
    QWidget* modal = QApplication::activeModalWidget();
    return modal ? modal : window;
}

}  // namespace

SingleInstance::SingleInstance(const CommandLine& options, QDBusConnection bus)
    : m_options(options)
    , m_bus(std::move(bus))
{
}

bool SingleInstance::takesPart(const CommandLine& options)
{
    return options.action == CommandLine::Action::OpenWindow && options.contentFolders.isEmpty()
        && options.historyFile.isEmpty() && options.language.isEmpty() && !options.theme && !options.resetFirstRun;
}

ui::InstanceRequest SingleInstance::request(const CommandLine& options)
{
    ui::InstanceRequest request;
    if (!options.routineId.isEmpty())
        request = {ui::InstanceRequest::Kind::StartRoutine, options.routineId, {}};
    else if (!options.benefit.isEmpty())
        request = {ui::InstanceRequest::Kind::ShowBenefit, options.benefit, {}};
    else if (!options.page.isEmpty())
        request = {ui::InstanceRequest::Kind::ShowPage, options.page, {}};
    request.activationToken = qEnvironmentVariable(ui::kActivationTokenVariable);
    return request;
}

std::optional<int> SingleInstance::handOver()
{
    if (!takesPart(m_options))
        return std::nullopt;
    // Twice: a LegEase that ends between the two steps leaves the name free for this one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_service.claim(m_bus) != ui::InstanceService::Claim::Taken)
            return std::nullopt;
        const std::optional<QString> refusal = ui::handOver(m_bus, request(m_options));
        if (!refusal)
            continue;
        if (refusal->isEmpty())
            return 0;
        std::fprintf(stderr, "legease: %s\n", qPrintable(*refusal));
        return 2;
    }
    return std::nullopt;
}

void SingleInstance::serve(Startup& startup)
{
    m_service.setHandler([&startup](const ui::InstanceRequest& request) { return carryOut(startup, request); });
}

QString carryOut(Startup& startup, const ui::InstanceRequest& request)
{
    ui::MainWindow* window = startup.window();
    if (!window)
        return QStringLiteral("LegEase is still starting");
    const QString token = request.activationToken;
    const auto later = [window](auto work) { QTimer::singleShot(0, window, work); };
    switch (request.kind) {
    case ui::InstanceRequest::Kind::StartRoutine:
        if (!startup.content().library.routine(request.value))
            return QStringLiteral("there is no routine \"%1\"; 'legease --list' shows them all").arg(request.value);
        // Safety first, as for `legease --routine`; the session window takes the token.
        later([window, token, id = request.value] {
            ui::offerActivationToken(token);
            window->requestSession(id);
        });
        return {};
    case ui::InstanceRequest::Kind::ShowPage: {
        const ui::PageInfo* page = ui::pageWithId(request.value);
        if (!page)
            return QStringLiteral("there is no page \"%1\"").arg(request.value);
        later([window, token, page = page->page] {
            window->showPage(page);
            ui::bringToFront(frontWindow(window), token);
        });
        return {};
    }
    case ui::InstanceRequest::Kind::ShowBenefit:
        if (!window->showBenefit(request.value))
            return QStringLiteral("there is no benefit \"%1\"; 'legease --list' shows them all").arg(request.value);
        later([window, token] { ui::bringToFront(frontWindow(window), token); });
        return {};
    case ui::InstanceRequest::Kind::Raise:
        later([window, token] { ui::bringToFront(frontWindow(window), token); });
        return {};
    case ui::InstanceRequest::Kind::Settings:
        later([window, token] {
            ui::bringToFront(window, token);
            window->openSettings();
        });
        return {};
    case ui::InstanceRequest::Kind::Quit:
        later([] { ui::quitLegEase(); });
        return {};
    }
    return QStringLiteral("LegEase cannot do that");
}

}  // namespace legease::app
