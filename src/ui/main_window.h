#pragma once

#include "core/content/content_loader.h"
#include "ui/pages.h"
#include "ui/reminder/reminder_way.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace legease::core {
class AppSettings;
class ContentStore;
class HistoryStore;
}

namespace legease::ui {

class BenefitsView;
class HistoryPage;
class OwnRoutines;
class RoutinesView;
class TechniquesView;

// The app's home: navigation between its pages (ui/pages.h), the menus and shortcuts,
// the safety screen before the first session, and the content problems banner. Pages other than
// the first one shown are built when first opened, to keep start-up quick.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    using Page = ui::Page;

    // Shows what `store` holds, and again each time it is loaded again; routines people make,
    // import or delete go to its own pack.
    MainWindow(core::ContentStore& store, core::AppSettings& settings, core::HistoryStore& history,
        QWidget* parent = nullptr);
    // Shows `content` as it is, for screenshots and views that never change it: with no own
    // pack, routines can be looked at and exported but not made, changed or deleted.
    MainWindow(const core::LoadedContent& content, core::AppSettings& settings, core::HistoryStore& history,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    BenefitsView* benefitsView();
    RoutinesView* routinesView();
    // The real page comes from the history plugin, loaded here on first use; when the plugin is
    // missing, a page that says so.
    HistoryPage* historyPage();
    TechniquesView* techniquesView();
    // New, duplicate, edit, delete, export and import routines.
    OwnRoutines* ownRoutines() const { return m_own; }
    QListWidget* navigation() const { return m_navigation; }
    QLabel* problemBanner() const { return m_banner; }

    // Opens the routine's session, after the safety screen if it was never acknowledged.
    // Returns false when the person chose not to go on or the routine does not exist.
    bool requestSession(const QString& routineId);

    // For tests and first run: the safety screen, asking for acknowledgement when `required`.
    // Returns whether it was acknowledged (always true when it was only read).
    bool showSafety(bool required);

    // Opens the article for a benefit given by number ("3") or id ("sleep"); false if none.
    bool showBenefit(const QString& numberOrId);

    // The settings dialog lists these voices; asking may start the speech engine, so it is only
    // done when the dialog opens.
    void setVoiceNamesProvider(std::function<QStringList()> provider) { m_voiceNames = std::move(provider); }
    // How the daily reminder arrives here, which the settings dialog says; asked when it opens.
    void setReminderWayProvider(std::function<ReminderWay()> provider) { m_reminderWay = std::move(provider); }

    // Restores size and last page from the settings, or picks sensible ones.
    void restoreLayout();

public Q_SLOTS:
    void openSettings();
    void refreshHistory();  // after a session wrote to it
    void showContentProblems();
    // After the content was loaded again: every page shows the new library.
    void contentReloaded();
    void showShortcuts();
    void showAbout();
    // Ends LegEase, also when the daily reminder would keep it running after the window closes.
    void quit();

Q_SIGNALS:
    void sessionRequested(const QString& routineId);
    void settingsChanged();
    void firstPainted();  // for work that must wait until the window is on screen

protected:
    void closeEvent(QCloseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    // Routine files dropped on the window are imported.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    MainWindow(std::unique_ptr<core::ContentStore> owned, core::ContentStore* store, core::AppSettings& settings,
        core::HistoryStore& history, QWidget* parent);
    void buildMenus();
    void updateProblemBanner();
    QWidget* pageWidget(Page page);

    std::unique_ptr<core::ContentStore> m_ownStore;  // for a window made from fixed content
    core::ContentStore& m_store;
    const core::LoadedContent& m_content;
    core::AppSettings& m_settings;
    core::HistoryStore& m_historyStore;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_banner;
    BenefitsView* m_benefits = nullptr;
    RoutinesView* m_routines = nullptr;
    HistoryPage* m_history = nullptr;
    TechniquesView* m_techniques = nullptr;
    OwnRoutines* m_own = nullptr;
    QAction* m_problemsAction = nullptr;
    std::function<QStringList()> m_voiceNames;
    std::function<ReminderWay()> m_reminderWay;
    std::optional<Page> m_pageAfterFirstPaint;  // a slow page is built once the window is on screen
    bool m_painted = false;
};

}  // namespace legease::ui
