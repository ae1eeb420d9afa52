#include "ui/content_problems.h"

#include <QCoreApplication>
#include <QDir>
#include <QListWidget>

namespace legease::ui {
namespace {

// These are free functions, so they borrow a class's tr() for one translation context.
struct ContentProblems {
    Q_DECLARE_TR_FUNCTIONS(ContentProblems)
};

}  // namespace

QListWidget* buildProblemList(const std::vector<core::PackReport>& reports)
{
    auto* list = new QListWidget;
    list->setAccessibleName(ContentProblems::tr("Content problems"));
    list->setWordWrap(true);
    for (const core::PackReport& report : reports) {
        if (report.problems.empty())
            continue;
        const QString where = report.folder == core::builtInPackFolder() ? ContentProblems::tr("the built-in pack")
                                                                           : QDir::toNativeSeparators(report.folder);
        auto* header = new QListWidgetItem(report.loaded ? ContentProblems::tr("Loaded with warnings: %1").arg(where)
                                                         : ContentProblems::tr("Left out because of errors: %1").arg(where), list);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setFlags(Qt::ItemIsEnabled);
        for (const core::Problem& problem : report.problems)
            list->addItem(QStringLiteral("    %1 %2").arg(
                problem.severity == core::Severity::Error ? ContentProblems::tr("Error:") : ContentProblems::tr("Warning:"), problem.toString()));
    }
    return list;
}

QString problemSummary(const std::vector<core::PackReport>& reports)
{
    int skipped = 0;
    int withProblems = 0;
    for (const core::PackReport& report : reports) {
        skipped += report.loaded ? 0 : 1;
        withProblems += report.problems.empty() ? 0 : 1;
    }
    if (withProblems == 0)
        return {};
    if (skipped == 0)
        return ContentProblems::tr("Some content has warnings. Everything is loaded and ready to use.");
    return ContentProblems::tr("%n content pack(s) have errors and were left out.", nullptr, skipped)
        + QLatin1Char(' ') + ContentProblems::tr("Everything else is loaded and ready to use.");
}

}  // namespace legease::ui
