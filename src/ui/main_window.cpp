#include "main_window.h"

#include "content_markdown.h"
#include "plural.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace legease::ui {
namespace {

enum ItemRole { KindRole = Qt::UserRole, IdRole };
enum class ItemKind { Benefit = 1, Routine };

QTreeWidgetItem* addGroup(QTreeWidget* tree, const QString& title)
{
    auto* group = new QTreeWidgetItem(tree, {title});
    group->setFlags(Qt::ItemIsEnabled);
    group->setExpanded(true);
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    return group;
}

void addEntry(QTreeWidgetItem* group, ItemKind kind, const QString& id, const QString& title, const QString& detail)
{
    auto* item = new QTreeWidgetItem(group, {title, detail});
    item->setToolTip(0, title);
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, id);
}

}  // namespace

MainWindow::MainWindow(const core::LoadedContent& content, QWidget* parent)
    : QMainWindow(parent)
    , m_content(content)
{
    setWindowTitle(tr("LegEase"));
    const core::ContentLibrary& library = content.library;

    m_tree = new QTreeWidget;
    m_tree->setAccessibleName(tr("Benefits and routines"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Title"), tr("Length")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    QTreeWidgetItem* benefits = addGroup(m_tree, tr("Benefits"));
    for (const core::Benefit& benefit : library.benefits())
        addEntry(benefits, ItemKind::Benefit, benefit.id, QStringLiteral("%1. %2").arg(benefit.order).arg(benefit.title), QString());
    QTreeWidgetItem* routines = addGroup(m_tree, tr("Routines"));
    for (const core::Routine& routine : library.routines())
        addEntry(routines, ItemKind::Routine, routine.id, routine.title, core::formatClock(core::routineSeconds(routine)));

    m_reader = new QTextBrowser;
    m_reader->setAccessibleName(tr("Reading pane"));
    m_reader->setOpenLinks(false);  // content links are shown, not followed, until the browser view lands
    m_reader->document()->setDocumentMargin(16);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(splitter, 1);
    if (QWidget* problems = buildProblemsPanel())
        layout->addWidget(problems);
    setCentralWidget(central);

    statusBar()->showMessage(tr("Press Enter or double-click to start a routine.") + QStringLiteral("  ") + QStringLiteral("%1 · %2 · %3")
            .arg(plural(qint64(library.benefits().size()), tr("1 benefit"), tr("%1 benefits")),
                plural(qint64(library.routines().size()), tr("1 routine"), tr("%1 routines")),
                plural(qint64(library.packs().size()), tr("1 content pack"), tr("%1 content packs"))));

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::showSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, &MainWindow::activate);
    if (benefits->childCount() > 0)
        m_tree->setCurrentItem(benefits->child(0));
    m_tree->setFocus();
    resize(1100, 720);
}

QWidget* MainWindow::buildProblemsPanel()
{
    int skipped = 0;
    auto* list = new QListWidget;
    list->setAccessibleName(tr("Content problems"));
    list->setWordWrap(true);
    for (const core::PackReport& report : m_content.reports) {
        if (report.problems.empty())
            continue;
        skipped += report.loaded ? 0 : 1;
        const QString where = report.folder == core::builtInPackFolder() ? tr("the built-in pack")
                                                                           : QDir::toNativeSeparators(report.folder);
        auto* header = new QListWidgetItem(report.loaded ? tr("Loaded with warnings: %1").arg(where)
                                                         : tr("Left out because of errors: %1").arg(where), list);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setFlags(Qt::ItemIsEnabled);
        for (const core::Problem& problem : report.problems)
            list->addItem(QStringLiteral("    %1 %2").arg(
                problem.severity == core::Severity::Error ? tr("Error:") : tr("Warning:"), problem.toString()));
    }
    if (list->count() == 0) {
        delete list;
        return nullptr;
    }

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(skipped > 0
            ? plural(skipped, tr("1 content pack has errors and was left out."),
                  tr("%1 content packs have errors and were left out."))
                + QLatin1Char(' ') + tr("Everything else is loaded and ready to use.")
            : tr("Some content has warnings. Everything is loaded and ready to use."));
    heading->setWordWrap(true);
    heading->setBuddy(list);
    list->setMaximumHeight(180);
    layout->addWidget(heading);
    layout->addWidget(list);
    return panel;
}

void MainWindow::activate(QTreeWidgetItem* item)
{
    if (!item || item->data(0, KindRole).isNull())
        return;
    const QString id = item->data(0, IdRole).toString();
    if (ItemKind(item->data(0, KindRole).toInt()) == ItemKind::Routine) {
        Q_EMIT routineActivated(id);
    } else if (const core::Benefit* benefit = m_content.library.benefit(id)) {
        Q_EMIT routineActivated(benefit->routine);
    }
}

void MainWindow::showSelected()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).isNull())
        return;
    const QString id = item->data(0, IdRole).toString();
    const core::ContentLibrary& library = m_content.library;
    if (ItemKind(item->data(0, KindRole).toInt()) == ItemKind::Benefit) {
        if (const core::Benefit* benefit = library.benefit(id))
            m_reader->setMarkdown(benefitMarkdown(*benefit, library));
    } else if (const core::Routine* routine = library.routine(id)) {
        m_reader->setMarkdown(routineMarkdown(*routine, library));
    }
}

}  // namespace legease::ui
