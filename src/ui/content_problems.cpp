#include "content_problems.h"

#include "plural.h"

#include <QCoreApplication>
#include <QDir>
#include <QListWidget>

namespace legease::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("legease::ui::ContentProblems", text);
}

}  // namespace

QListWidget* buildProblemList(const std::vector<core::PackReport>& reports)
{
    auto* list = new QListWidget;
    list->setAccessibleName(tr("Content problems"));
    list->setWordWrap(true);
    for (const core::PackReport& report : reports) {
        if (report.problems.empty())
            continue;
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
        return tr("Some content has warnings. Everything is loaded and ready to use.");
    return plural(skipped, tr("1 content pack has errors and was left out."), tr("%1 content packs have errors and were left out."))
        + QLatin1Char(' ') + tr("Everything else is loaded and ready to use.");
}

}  // namespace legease::ui
