#pragma once

#include "core/content/content_loader.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace legease::core {
class AppSettings;
class ContentStore;
class HistoryStore;
}

namespace legease::ui {

struct ScreenshotRequest {
    QString view;  // one of screenshotViews()
    QString file;
    QSize size{1280, 800};
    QString benefit;  // id or number, for "article"; empty: the first
    QString routine;  // id, for "routine", "session" and "editor"; empty: the first
    int step = 1;  // for "session": which step, counted from 1 as the session counts them
    double phase = 0.0;  // for "session" and the techniques: how far into the stroke's motion, 0 to 1
};

// The views by name. Besides these, "technique:ID" renders the card of the stroke ID.
QStringList screenshotViews();
inline constexpr char kTechniqueViewPrefix[] = "technique:";

// Renders the view at the requested size into a PNG. Returns "" on success, or what went wrong
// in words for the command line.
QString takeScreenshot(const ScreenshotRequest& request, core::ContentStore& content, core::AppSettings& settings,
    core::HistoryStore& history);
// The same for content that is only shown.
QString takeScreenshot(const ScreenshotRequest& request, const core::LoadedContent& content, core::AppSettings& settings,
    core::HistoryStore& history);

}  // namespace legease::ui
