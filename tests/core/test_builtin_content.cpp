// The shipped content is half the product; these checks keep it complete, consistent and honest.
#include "core/content/content_loader.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace legease::core;

namespace {

const LoadedContent& builtIn()
{
    static const LoadedContent loaded = loadContent({true, {}});
    return loaded;
}

const ContentLibrary& library()
{
    return builtIn().library;
}

// Every piece of text a person may read.
QStringList allTexts()
{
    QStringList texts;
    for (const Region& r : library().regions())
        texts << r.name << r.description;
    for (const Stroke& s : library().strokes())
        texts << s.name << s.howTo;
    for (const Benefit& b : library().benefits()) {
        texts << b.title << b.summary << b.body << b.cautions;
        for (const Source& s : b.sources)
            texts << s.title << s.authors;
    }
    for (const Routine& r : library().routines()) {
        texts << r.title << r.summary << r.cautions;
        for (const Step& s : r.steps)
            texts << s.instruction;
    }
    if (const auto& safety = library().safety()) {
        texts << safety->title << safety->intro << safety->stopIfItHurts;
        for (const SafetyItem& item : safety->checklist)
            texts << item.title << item.detail;
    }
    return texts;
}

int wordCount(const QString& markdown)
{
    static const QRegularExpression word(QStringLiteral("[\\w'’-]+"));
    int count = 0;
    for (auto it = word.globalMatch(markdown); it.hasNext(); it.next())
        ++count;
    return count;
}

}  // namespace

TEST_CASE("the built-in pack loads with no errors and no warnings")
{
    REQUIRE(builtIn().reports.size() == 1);
    const PackReport& report = builtIn().reports.front();
    for (const Problem& problem : report.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    CHECK(report.problems.empty());
    CHECK(report.loaded);
    CHECK(report.packId == QStringLiteral("core"));
}

TEST_CASE("ten benefits, numbered 1 to 10, each with a routine of its own")
{
    const auto& benefits = library().benefits();
    REQUIRE(benefits.size() == 10);
    QSet<QString> routinesUsed;
    for (std::size_t i = 0; i < benefits.size(); ++i) {
        CHECK(benefits[i].order == int(i) + 1);
        CHECK(library().routine(benefits[i].routine));
        routinesUsed.insert(benefits[i].routine);
    }
    CHECK(routinesUsed.size() == 10);
    CHECK(library().routines().size() == 10);
    const QStringList expected{QStringLiteral("circulation"), QStringLiteral("injury-prevention"), QStringLiteral("lymph"),
        QStringLiteral("stress"), QStringLiteral("edema"), QStringLiteral("muscle-recovery"), QStringLiteral("pms"),
        QStringLiteral("posture"), QStringLiteral("joint-pain"), QStringLiteral("sleep")};
    QStringList ids;
    for (const Benefit& b : benefits)
        ids << b.id;
    CHECK(ids == expected);
}

TEST_CASE("every article is 300 to 700 words with one to three sources at most")
{
    for (const Benefit& benefit : library().benefits()) {
        INFO(benefit.id.toStdString());
        const int words = wordCount(benefit.body);
        CHECK(words >= 300);
        CHECK(words <= 700);
        CHECK(benefit.sources.size() <= 3);
        CHECK_FALSE(benefit.cautions.isEmpty());
        CHECK_FALSE(benefit.summary.trimmed().isEmpty());
    }
}

TEST_CASE("every routine lasts 5 to 15 minutes with steps of 15 to 120 seconds")
{
    for (const Routine& routine : library().routines()) {
        INFO(routine.id.toStdString());
        CHECK(routineSeconds(routine) >= 5 * 60);
        CHECK(routineSeconds(routine) <= 15 * 60);
        CHECK_FALSE(routine.cautions.isEmpty());
        for (const Step& step : routine.steps) {
            CHECK(step.seconds >= 15);
            CHECK(step.seconds <= 120);
        }
    }
}

TEST_CASE("every region and stroke is defined and used")
{
    QSet<QString> regionsUsed, strokesUsed;
    for (const Routine& routine : library().routines())
        for (const Step& step : routine.steps) {
            regionsUsed.insert(step.region);
            strokesUsed.insert(step.stroke);
        }
    for (const Region& region : library().regions()) {
        INFO(region.id.toStdString());
        CHECK(regionsUsed.contains(region.id));
    }
    for (const Stroke& stroke : library().strokes()) {
        INFO(stroke.id.toStdString());
        CHECK(strokesUsed.contains(stroke.id));
    }
    for (const QString& id : regionsUsed)
        CHECK(library().region(id));
    for (const QString& id : strokesUsed)
        CHECK(library().stroke(id));

    for (const char* id : {"sole", "toes", "ankle", "shin", "calf", "knee", "front-thigh", "back-thigh",
             "inner-thigh", "outer-thigh", "hip", "glute"}) {
        INFO(id);
        CHECK(library().region(QString::fromLatin1(id)));
    }
    CHECK(library().strokes().size() >= 8);
}

TEST_CASE("the safety screen covers every reason to hold back")
{
    REQUIRE(library().safety().has_value());
    QString checklist;
    for (const SafetyItem& item : library().safety()->checklist)
        checklist += item.title + QLatin1Char(' ') + item.detail + QLatin1Char('\n');
    for (const char* topic : {"clot", "varicose", "wound", "infection", "surgery", "fracture", "pregnan", "diabetes",
             "neuropathy", "blood thinner", "bleeding"}) {
        INFO(topic);
        CHECK(checklist.contains(QString::fromLatin1(topic), Qt::CaseInsensitive));
    }
    CHECK(library().safety()->stopIfItHurts.contains(QStringLiteral("stop"), Qt::CaseInsensitive));
}

TEST_CASE("no placeholder text and no overclaiming anywhere")
{
    static const QRegularExpression banned(
        QStringLiteral("\\b(lorem|ipsum|todo|tbd|fixme|xxx|cures?|detox\\w*|toxins?)\\b|\\.\\.\\.|…"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& text : allTexts()) {
        const auto match = banned.match(text);
        INFO(text.toStdString());
        CHECK_FALSE(match.hasMatch());
    }
}
