// Loading content against its floor: packs of 100, 1,000 and 10,000 routines, each routine about
// the size of a built-in one (8 steps, 4 KB) and using the built-in regions and strokes, loaded on
// top of the built-in pack with core::loadContent, which reads, parses and validates everything.
// The floor reads the same files (the built-in pack's from content/ in the source tree, argv[1])
// and nlohmann::json::parse()s each, nothing else, one after the other. The two run alternately,
// seven times each; the ratio is the median of the per-pair ratios. Prints load_parse_ratio (for
// 10,000 routines) as a JSON line; the 100 and 1,000 ratios and the times go to stderr.
#include "core/content/content_loader.h"
#include "metric.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

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

// One load of the built-in pack plus `folder` through the loader, in milliseconds.
double loadMs(const QString& folder, int routines)
{
    QElapsedTimer timer;
    timer.start();
    const core::LoadedContent loaded = core::loadContent({true, {folder}});
    const double ms = timer.nsecsElapsed() / 1e6;
    const core::PackReport& report = loaded.reports.back();
    if (!report.loaded || !report.problems.empty())
        qFatal("the generated pack of %d routines has problems, first: %s", routines,
            qPrintable(report.problems.empty() ? QStringLiteral("(none)") : report.problems.front().toString()));
    if (loaded.library.routines().size() < std::size_t(routines))
        qFatal("only %zu routines loaded", loaded.library.routines().size());
    return ms;
}

// The floor: read every JSON file of both packs and parse it, in milliseconds.
double parseMs(const QStringList& folders)
{
    QElapsedTimer timer;
    timer.start();
    std::size_t values = 0;
    for (const QString& folder : folders) {
        QDirIterator files(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.contains(QStringLiteral("/schema/")))  // documents the format; not part of the pack
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("could not read %s", qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            values += nlohmann::json::parse(bytes.begin(), bytes.end()).size();
        }
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (values == 0)
        qFatal("nothing was parsed");
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Loader and floor alternately; the median ratio.
double ratio(const QString& pack, const QString& builtIn, int routines)
{
    std::vector<double> ratios, loads, parses;
    for (int round = 0; round < 7; ++round) {
        double load = 0, parse = 0;
        if (round % 2) {
            parse = parseMs({builtIn, pack});
            load = loadMs(pack, routines);
        } else {
            load = loadMs(pack, routines);
            parse = parseMs({builtIn, pack});
        }
        loads.push_back(load);
        parses.push_back(parse);
        ratios.push_back(load / parse);
    }
    std::fprintf(stderr, "  %5d routines: load %.1f ms, parse %.1f ms (medians), ratio %.2f\n", routines, median(loads),
        median(parses), median(ratios));
    return median(ratios);
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        qFatal("usage: content_scale CONTENT_DIR (the built-in pack's source folder)");
    const QString builtIn = QString::fromLocal8Bit(argv[1]) + QStringLiteral("/");
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    const QDir parent(dir.path());
    ratio(makePack(parent, 100), builtIn, 100);
    ratio(makePack(parent, 1'000), builtIn, 1'000);
    bench::printMetric("load_parse_ratio", ratio(makePack(parent, 10'000), builtIn, 10'000), "x", 1.5);
    return 0;
}
