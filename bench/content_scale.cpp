// How loading grows with the size of the content: packs of 100, 1,000 and 10,000 routines, each
// routine about the size of a built-in one (8 steps, 4 KB) and using the built-in regions and
// strokes, loaded on top of the built-in pack with core::loadContent (best of 3). Prints
// load_10k_routines_ms and load_scaling_10x (10,000 against 1,000) as JSON lines.
#include "core/content/content_loader.h"
#include "metric.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace legease;

namespace {

const char* const kRegions[] = {"sole", "ankle", "calf", "shin", "knee", "front-thigh", "back-thigh", "hip"};
const char* const kStrokes[] = {"effleurage", "kneading", "circular-friction", "compression", "lymph-stroke"};
const char* const kSides[] = {"left-then-right", "right-then-left", "both-together"};

// Writes `object` indented, as people write content; returns the file's size.
qint64 write(const QString& path, const QJsonObject& object)
{
    QFile file(path);
    const qint64 size = file.open(QIODevice::WriteOnly) ? file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) : -1;
    if (size < 0)
        qFatal("could not write %s", qPrintable(path));
    return size;
}

QString routineId(int n)  // also the file's name, as the format asks
{
    return QStringLiteral("bench-routine-%1").arg(n, 5, 10, QLatin1Char('0'));
}

QJsonObject routine(int n)
{
    QJsonArray steps;
    for (int s = 0; s < 8; ++s)
        steps.append(QJsonObject{{QStringLiteral("region"), QLatin1String(kRegions[(n + s) % 8])},
            {QStringLiteral("stroke"), QLatin1String(kStrokes[(n + s) % 5])},
            {QStringLiteral("seconds"), 30 + 5 * ((n + s) % 7)},
            {QStringLiteral("pressure"), s % 2 ? QStringLiteral("medium") : QStringLiteral("light")},
            {QStringLiteral("direction"), s % 3 ? QStringLiteral("toward-heart") : QStringLiteral("circular")},
            {QStringLiteral("tempo"), 10 + (n + s) % 20},
            {QStringLiteral("instruction"),
                QStringLiteral("Step %1 of routine %2. Rest both palms on the skin and glide slowly upward with "
                               "light, even pressure, letting your hands float back down before the next stroke. "
                               "Keep breathing slowly and stop if anything hurts.")
                    .arg(s + 1)
                    .arg(n)}});
    return QJsonObject{{QStringLiteral("id"), routineId(n)},
        {QStringLiteral("title"), QStringLiteral("Benchmark routine %1").arg(n)},
        {QStringLiteral("summary"), QStringLiteral("Eight unhurried steps from the foot to the hip, generated for the "
                                                   "content loading benchmark.")},
        {QStringLiteral("level"), QStringLiteral("gentle")},
        {QStringLiteral("sides"), QLatin1String(kSides[n % 3])},
        {QStringLiteral("cautions"), QJsonArray{QStringLiteral("Never press on varicose veins."),
                                         QStringLiteral("If one calf is painful, swollen, warm or red, do not massage it.")}},
        {QStringLiteral("steps"), steps}};
}

QString makePack(const QDir& parent, int routines)
{
    const QString root = parent.filePath(QStringLiteral("pack-%1").arg(routines));
    if (!QDir().mkpath(root + QStringLiteral("/routines")))
        qFatal("could not create %s", qPrintable(root));
    write(root + QStringLiteral("/pack.json"),
        QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("id"), QStringLiteral("bench-%1").arg(routines)},
            {QStringLiteral("title"), QStringLiteral("Benchmark pack")}, {QStringLiteral("locale"), QStringLiteral("en")},
            {QStringLiteral("version"), QStringLiteral("1.0.0")}});
    qint64 bytes = 0;
    for (int n = 0; n < routines; ++n)
        bytes += write(root + QStringLiteral("/routines/%1.json").arg(routineId(n)), routine(n));
    std::fprintf(stderr, "  %5d routines, %.0f bytes each on average\n", routines, double(bytes) / routines);
    return root;
}

// Best of three loads of the built-in pack plus `folder`, in milliseconds.
double bestLoadMs(const QString& folder, int routines)
{
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const core::LoadedContent loaded = core::loadContent({true, {folder}});
        best = std::min(best, timer.nsecsElapsed() / 1e6);
        const core::PackReport& report = loaded.reports.back();
        if (!report.loaded || core::countErrors(report.problems) > 0 || !report.problems.empty())
            qFatal("the generated pack of %d routines has problems, first: %s", routines,
                qPrintable(report.problems.empty() ? QStringLiteral("(none)") : report.problems.front().toString()));
        if (loaded.library.routines().size() < std::size_t(routines))
            qFatal("only %zu routines loaded", loaded.library.routines().size());
    }
    std::fprintf(stderr, "  %5d routines: %.1f ms\n", routines, best);
    return best;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    const QDir parent(dir.path());
    bestLoadMs(makePack(parent, 100), 100);
    const double thousand = bestLoadMs(makePack(parent, 1'000), 1'000);
    const double tenThousand = bestLoadMs(makePack(parent, 10'000), 10'000);
    bench::printMetric("load_10k_routines_ms", tenThousand, "ms", 300);
    bench::printMetric("load_scaling_10x", tenThousand / thousand, "x", 11);
    return 0;
}
