#include "ui/pages.h"

#include <QCoreApplication>

namespace legease::ui {

static_assert(
    [] {
        for (std::size_t i = 0; i < kPages.size(); ++i)
            if (kPages[i].page != Page(i))
                return false;
        return true;
    }(),
    "kPages is indexed by Page");

const PageInfo& pageInfo(Page page)
{
    return kPages[std::size_t(page)];
}

const PageInfo* pageWithId(const QString& id)
{
    for (const PageInfo& info : kPages)
        if (id == QLatin1String(info.id))
            return &info;
    return nullptr;
}

QString pageTitle(const PageInfo& info)
{
    return QCoreApplication::translate("legease::ui::MainWindow", info.title);
}

QString pageMenuText(const PageInfo& info)
{
    return QCoreApplication::translate("legease::ui::MainWindow", info.menuText);
}

QKeySequence pageShortcut(const PageInfo& info)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + info.digit));
}

}  // namespace legease::ui
