// The start-up baseline: a bare Qt Widgets window, built in the same tree with the same flags,
// the same size LegEase picks on first run, exiting right after its first paint.
#include "first_paint.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>

#include <algorithm>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    const QSize available = window.screen()->availableSize();
    window.resize(std::min(1180, available.width() * 9 / 10), std::min(780, available.height() * 9 / 10));
    new legease::bench::ExitAfterFirstPaint(window);
    window.show();
    return app.exec();
}
