#include "ui/main_window.h"

#include "core/content/content_store.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "ui/benefits/benefits_view.h"
#include "ui/content_problems.h"
#include "ui/history/history_page.h"
#include "ui/history/history_page_plugin.h"
#include "ui/history/missing_history_page.h"
#include "ui/keyboard.h"
#include "ui/plugin_loader.h"
#include "ui/routines/own_routines.h"
#include "ui/routines/routines_view.h"
#include "ui/safety_dialog.h"
#include "ui/settings/settings_dialog.h"
#include "ui/techniques/techniques_view.h"
#include "ui/text_label.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMenuBar>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace legease::ui {
namespace {

// Restores the page kept in the settings; one that no longer exists gives the first.
MainWindow::Page pageFromId(const QString& id)
{
    const PageInfo* info = pageWithId(id);
    return info ? info->page : kPages.front().page;
}

}  // namespace

MainWindow::MainWindow(core::ContentStore& store, core::AppSettings& settings, core::HistoryStore& history, QWidget* parent)
    : MainWindow(nullptr, &store, settings, history, parent)
{
}

MainWindow::MainWindow(const core::LoadedContent& content, core::AppSettings& settings, core::HistoryStore& history, QWidget* parent)
    : MainWindow(std::make_unique<core::ContentStore>(content), nullptr, settings, history, parent)
{
}

MainWindow::~MainWindow()
{
    // Everything the window shows refers to the content, so it goes first when the window
    // made the store itself.
    qDeleteAll(findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
}

MainWindow::MainWindow(std::unique_ptr<core::ContentStore> owned, core::ContentStore* store, core::AppSettings& settings,
    core::HistoryStore& history, QWidget* parent)
    : QMainWindow(parent)
    , m_ownStore(std::move(owned))
    , m_store(store ? *store : *m_ownStore)
    , m_content(m_store.content())
    , m_settings(settings)
    , m_historyStore(history)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_banner(new QLabel)
{
    setWindowTitle(tr("LegEase"));
    useButtonKeys();
    showFocusFromTheStart(this);

    m_navigation->setAccessibleName(tr("Sections"));
    for (const PageInfo& page : kPages)
        m_navigation->addItem(pageTitle(page));
    m_navigation->setFixedWidth(150);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * kLeadTextScale);
    m_navigation->setFont(navigationFont);
    auto* settingsButton = new QPushButton(tr("Settings"));
    settingsButton->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
    auto* safetyButton = new QPushButton(tr("Safety first"));
    safetyButton->setAccessibleDescription(tr("When to hold back, and when to see a doctor first"));
    safetyButton->setEnabled(m_content.library.safety().has_value());

    auto* sidebar = new QWidget;
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(8, 12, 0, 12);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(safetyButton);
    sideLayout->addWidget(settingsButton);

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setContentsMargins(12, 6, 12, 6);
    updateProblemBanner();
    connect(m_banner, &QLabel::linkActivated, this, &MainWindow::showContentProblems);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_pages, 1);
    rightLayout->addWidget(m_banner);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(right, 1);
    setCentralWidget(central);
    setTabOrder(m_navigation, m_pages);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(kPages.size()))
            showPage(kPages[std::size_t(row)].page);
    });
    connect(settingsButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(safetyButton, &QPushButton::clicked, this, [this] { showSafety(false); });

    m_own = new OwnRoutines(m_store, m_settings, this);
    connect(&m_store, &core::ContentStore::reloaded, this, &MainWindow::contentReloaded);
    connect(m_own, &OwnRoutines::changed, this, [this](const QString& routineId) {
        showPage(Page::Routines);
        if (!routineId.isEmpty())
            routinesView()->showRoutine(routineId);
    });
    setAcceptDrops(m_own->canSave());
    buildMenus();
}

void MainWindow::updateProblemBanner()
{
    // Only when there is something to say: rich text in a label is laid out as soon as it is set,
    // hidden or not, and the first text laid out pays for loading the fonts before the first paint.
    const QString summary = problemSummary(m_content.reports);
    if (!summary.isEmpty())
        m_banner->setText(QStringLiteral("%1 <a href=\"#problems\">%2</a>").arg(summary.toHtmlEscaped(), tr("Show the problems")));
    m_banner->setVisible(!summary.isEmpty());
    if (m_problemsAction)
        m_problemsAction->setEnabled(!summary.isEmpty());
}

void MainWindow::contentReloaded()
{
    updateProblemBanner();
    if (m_routines)
        m_routines->reloadContent();
    if (m_benefits)
        m_benefits->reloadContent();
    if (m_techniques)
        m_techniques->reloadContent();
    if (m_history)
        m_history->refresh();  // a routine's title may have changed
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); });
    if (files && m_own->canSave())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop is done: an import may ask questions, which must not hold the drag open.
    QTimer::singleShot(0, m_own, [own = m_own, paths] { own->importFiles(paths); });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newRoutine = file->addAction(tr("&New routine"), QKeySequence::New, this, [this] { m_own->newRoutine(); });
    QAction* importRoutine = file->addAction(tr("&Import routine…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
        [this] { m_own->chooseAndImport(); });
    file->addAction(tr("Export &routine…"), this, [this] {
        showPage(Page::Routines);
        m_own->exportRoutine(routinesView()->currentRoutine());
    });
    QAction* exportAll = file->addAction(tr("Export &all my routines…"), this, [this] { m_own->exportAll(); });
    for (QAction* action : {newRoutine, importRoutine, exportAll})
        action->setEnabled(m_own->canSave());
    file->addSeparator();
    file->addAction(tr("&Export history as CSV"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        showPage(Page::History);
        historyPage()->exportCsv();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), quitKey(), this, &MainWindow::quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (const PageInfo& page : kPages)
        go->addAction(pageMenuText(page), pageShortcut(page), this, [this, id = page.page] { showPage(id); });
    go->addSeparator();
    go->addAction(tr("&Find a routine"), QKeySequence::Find, this, [this] {
        showPage(Page::Routines);
        routinesView()->focusSearch();
    });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::openSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    QAction* safety = help->addAction(tr("&Safety information"), this, [this] { showSafety(false); });
    safety->setEnabled(m_content.library.safety().has_value());
    m_problemsAction = help->addAction(tr("Content &problems"), this, &MainWindow::showContentProblems);
    m_problemsAction->setEnabled(!problemSummary(m_content.reports).isEmpty());
    help->addSeparator();
    help->addAction(tr("&About LegEase"), this, &MainWindow::showAbout);
}

QWidget* MainWindow::pageWidget(Page page)
{
    switch (page) {
    case Page::Benefits:
        return benefitsView();
    case Page::Routines:
        return routinesView();
    case Page::History:
        return historyPage();
    case Page::Techniques:
        return techniquesView();
    }
    return nullptr;
}

BenefitsView* MainWindow::benefitsView()
{
    if (!m_benefits) {
        m_benefits = new BenefitsView(m_content.library);
        m_pages->addWidget(m_benefits);
        connect(m_benefits, &BenefitsView::startRoutine, this, &MainWindow::requestSession);
    }
    return m_benefits;
}

RoutinesView* MainWindow::routinesView()
{
    if (!m_routines) {
        m_routines = new RoutinesView(m_content.library);
        m_routines->setSessionLength(m_settings.sessionLength());
        m_routines->setReduceMotion(m_settings.reduceMotion());
        m_routines->setOwnPack(&m_store.ownPack());
        m_pages->addWidget(m_routines);
        connect(m_routines, &RoutinesView::startRoutine, this, &MainWindow::requestSession);
        connect(m_routines, &RoutinesView::newRoutineRequested, m_own, &OwnRoutines::newRoutine);
        connect(m_routines, &RoutinesView::editRoutineRequested, m_own, &OwnRoutines::edit);
        connect(m_routines, &RoutinesView::duplicateRoutineRequested, m_own, &OwnRoutines::duplicate);
        connect(m_routines, &RoutinesView::exportRoutineRequested, m_own, &OwnRoutines::exportRoutine);
        connect(m_routines, &RoutinesView::deleteRoutineRequested, m_own, &OwnRoutines::remove);
    }
    return m_routines;
}

TechniquesView* MainWindow::techniquesView()
{
    if (!m_techniques) {
        m_techniques = new TechniquesView(m_content.library);
        m_techniques->setReduceMotion(m_settings.reduceMotion());
        m_pages->addWidget(m_techniques);
        connect(m_techniques, &TechniquesView::routineRequested, this, [this](const QString& routineId) {
            showPage(Page::Routines);
            routinesView()->showRoutine(routineId);
        });
    }
    return m_techniques;
}

HistoryPage* MainWindow::historyPage()
{
    if (!m_history) {
        m_historyStore.ensureOpen();
        QString problem;
        if (auto* plugin = loadPlugin<HistoryPagePlugin>(QStringLiteral("legease_history"), &problem))
            m_history = plugin->createPage(m_historyStore, m_content.library, nullptr);
        else
            m_history = new MissingHistoryPage(problem);
        m_pages->addWidget(m_history);
    }
    return m_history;
}

void MainWindow::refreshHistory()
{
    if (m_history)
        m_history->refresh();
}

void MainWindow::showPage(Page page)
{
    QWidget* widget = pageWidget(page);
    m_pages->setCurrentWidget(widget);
    const QSignalBlocker quiet(m_navigation);
    m_navigation->setCurrentRow(int(page));  // kPages is in Page order
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? kPages[std::size_t(row)].page : kPages.front().page;
}

bool MainWindow::showBenefit(const QString& numberOrId)
{
    bool isNumber = false;
    const int number = numberOrId.toInt(&isNumber);
    const auto& benefits = m_content.library.benefits();
    const auto found = std::find_if(benefits.begin(), benefits.end(), [&](const core::Benefit& b) {
        return isNumber ? b.order == number : b.id == numberOrId;
    });
    if (found == benefits.end())
        return false;
    showPage(Page::Benefits);
    benefitsView()->showBenefit(found->id);
    return true;
}

bool MainWindow::showSafety(bool required)
{
    const auto& safety = m_content.library.safety();
    if (!safety)
        return true;  // a pack set without a safety screen cannot block anyone
    SafetyDialog dialog(*safety, required ? SafetyDialog::Mode::Acknowledge : SafetyDialog::Mode::Read, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (required && accepted)
        m_settings.setSafetyAcknowledged(true);
    return !required || accepted;
}

bool MainWindow::requestSession(const QString& routineId)
{
    if (!m_content.library.routine(routineId))
        return false;
    if (!m_settings.safetyAcknowledged() && !showSafety(true))
        return false;
    Q_EMIT sessionRequested(routineId);
    return true;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_voiceNames ? m_voiceNames() : QStringList(),
        m_reminderWay ? m_reminderWay() : ReminderWay::WhileOpen, this);
    connect(&dialog, &SettingsDialog::settingsChanged, this, [this] {
        if (m_routines) {
            m_routines->setSessionLength(m_settings.sessionLength());
            m_routines->setReduceMotion(m_settings.reduceMotion());
        }
        if (m_techniques)
            m_techniques->setReduceMotion(m_settings.reduceMotion());
        Q_EMIT settingsChanged();
    });
    dialog.exec();
}

void MainWindow::showContentProblems()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Content problems"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(problemSummary(m_content.reports) + QLatin1Char(' ')
        + tr("Each line names the file inside its pack, the place in it, and what was expected. "
             "'legease --validate FOLDER' prints the same list."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildProblemList(m_content.reports), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QStringList pages;
    for (const PageInfo& page : kPages)
        pages << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                     .arg(pageShortcut(page).toString(QKeySequence::NativeText), pageTitle(page).toHtmlEscaped());
    const QString rows = pages.join(QString()) + QStringList{
        tr("<tr><td><b>Ctrl+F</b></td><td>Find a routine</td></tr>"),
        tr("<tr><td><b>Ctrl+N</b></td><td>Make a new routine</td></tr>"),
        tr("<tr><td><b>Ctrl+I</b></td><td>Import a routine from a file (or drop the file on the window)</td></tr>"),
        tr("<tr><td><b>Enter</b></td><td>Open the selected item, or start its routine</td></tr>"),
        tr("<tr><td><b>Ctrl+,</b></td><td>Settings</td></tr>"),
        tr("<tr><td><b>Ctrl+E</b></td><td>Export your history as CSV</td></tr>"),
        tr("<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"),
        tr("<tr><td colspan=2><br><b>During a session</b></td></tr>"),
        tr("<tr><td><b>Space</b></td><td>Pause or resume</td></tr>"),
        tr("<tr><td><b>Right / Left</b></td><td>Next step / previous step</td></tr>"),
        tr("<tr><td><b>R</b></td><td>Restart this step</td></tr>"),
        tr("<tr><td><b>H</b></td><td>How is this stroke done? (Esc puts the card away)</td></tr>"),
        tr("<tr><td><b>M / V</b></td><td>Sound on or off / voice on or off</td></tr>"),
        tr("<tr><td><b>F11</b></td><td>Fill the screen, or leave full screen</td></tr>"),
        tr("<tr><td><b>Esc</b></td><td>Stop the session</td></tr>"),
        tr("<tr><td colspan=2><br><b>In the routine editor</b></td></tr>"),
        tr("<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>Undo / redo</td></tr>"),
        tr("<tr><td><b>Alt+Up / Alt+Down</b></td><td>Move the chosen step earlier or later</td></tr>"),
        tr("<tr><td><b>Insert / Delete</b></td><td>Add a step after the chosen one / remove it</td></tr>"),
        tr("<tr><td><b>Ctrl+S</b></td><td>Save the routine</td></tr>")}
                             .join(QString());
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LegEase"),
        tr("<h3>LegEase %1</h3><p>Guided, timed self-massage for tired, heavy or aching legs.</p>"
           "<p>LegEase offers general wellbeing guidance. It is not medical advice and does not replace your "
           "doctor, midwife or physiotherapist.</p><p>Free software under the MIT licence.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1180, available.width() * 9 / 10), std::min(780, available.height() * 9 / 10));
    }
    // A slow page (History opens the database and builds charts) waits for the first paint.
    const Page last = pageFromId(m_settings.lastView());
    if (pageInfo(last).slowToBuild && !isVisible()) {
        showPage(kPages.front().page);
        m_pageAfterFirstPaint = last;
    } else {
        showPage(last);
    }
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    if (const auto page = std::exchange(m_pageAfterFirstPaint, std::nullopt))
        QTimer::singleShot(0, this, [this, page = *page] { showPage(page); });
    if (!std::exchange(m_painted, true))
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
}

void MainWindow::quit()
{
    quitLegEase();  // every window, sessions included, not only this one
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setLastView(QLatin1String(pageInfo(currentPage()).id));
    QMainWindow::closeEvent(event);
}

}  // namespace legease::ui
