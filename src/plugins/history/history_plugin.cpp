// The history plugin's entry point: Qt loads this library when History is first opened.
#include "plugins/history/history_view.h"
#include "ui/history/history_page_plugin.h"

#include <QObject>

namespace legease::plugins {

class HistoryPlugin : public QObject, public ui::HistoryPagePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LEGEASE_HISTORY_PAGE_PLUGIN_IID)
    Q_INTERFACES(legease::ui::HistoryPagePlugin)

public:
    ui::HistoryPage* createPage(core::HistoryStore& store, const core::ContentLibrary& library, QWidget* parent) override
    {
        return new HistoryView(store, library, [] { return QDate::currentDate(); }, parent);
    }
};

}  // namespace legease::plugins

#include "history_plugin.moc"
