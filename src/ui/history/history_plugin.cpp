// The history plugin's entry point: Qt loads this library when History is first opened.
#include "history/history_page_plugin.h"
#include "history/history_view.h"

#include <QObject>

namespace legease::ui {

class HistoryPlugin : public QObject, public HistoryPagePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LEGEASE_HISTORY_PAGE_PLUGIN_IID)
    Q_INTERFACES(legease::ui::HistoryPagePlugin)

public:
    HistoryPage* createPage(core::HistoryStore& store, const core::ContentLibrary& library, QWidget* parent) override
    {
        return new HistoryView(store, library, [] { return QDate::currentDate(); }, parent);
    }
};

}  // namespace legease::ui

#include "history_plugin.moc"
