#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The content of a pack once it has been read and checked: plain values, no JSON.
namespace legease::core {

enum class View { Front, Back };
enum class Pressure { Light, Medium, Firm };
enum class Direction { TowardHeart, Circular, AlongMuscle, None };
enum class Level { Gentle, Moderate, Firm };
enum class Sides { LeftThenRight, RightThenLeft, BothTogether };
enum class Evidence { Strong, Moderate, Limited, Anecdotal };
// How a stroke moves, as the leg diagram draws it (core/motion/stroke_motion.h): one of eleven
// patterns, one for each kind of built-in stroke.
enum class Motion { Glide, Knead, Wring, Circles, Press, Tap, ThumbWalk, LymphStretch, Roll, StretchHold, JointCircles };

// Where an item was defined, so a later check (a duplicate id, a dangling reference) can point
// people at the exact place.
struct Origin {
    QString pack;     // id of the pack, filled in when the pack joins the library
    QString file;     // relative to the pack folder, e.g. "routines/calf-care.json"
    QString pointer;  // JSON Pointer of the item inside the file, "" for the whole file

    bool operator==(const Origin&) const = default;
};

struct PackInfo {
    int format = 1;
    QString id;
    QString title;
    QString locale;
    QString version;
    QString root;  // folder the pack was read from (":/content" for the built-in one)

    bool operator==(const PackInfo&) const = default;
};

// A pack whose locale's language is not English ("de", "pt-BR", but not "en-GB") translates the
// texts of items other packs define; it adds no items of its own.
bool isTranslation(const PackInfo& info);

struct Region {
    QString id;
    QString name;
    View view = View::Front;
    QString description;
    QString image;
    Origin origin;

    bool operator==(const Region&) const = default;
};

struct Stroke {
    QString id;
    QString name;
    QString howTo;
    std::optional<Pressure> pressure;
    QString image;
    std::optional<Motion> motion;      // as drawn; core/motion/stroke_motion.h chooses one when absent
    std::optional<int> defaultTempo;   // strokes per minute for steps that give none
    Origin origin;

    bool operator==(const Stroke&) const = default;
};

struct Step {
    QString region;
    QString stroke;
    int seconds = 0;
    Pressure pressure = Pressure::Light;
    Direction direction = Direction::None;
    std::optional<int> tempo;  // strokes per minute
    QString instruction;

    bool operator==(const Step&) const = default;
};

struct Routine {
    QString id;
    QString title;
    QString summary;
    Level level = Level::Gentle;
    Sides sides = Sides::LeftThenRight;
    QStringList cautions;
    std::vector<Step> steps;
    Origin origin;

    bool operator==(const Routine&) const = default;
};

struct Source {
    QString title;
    int year = 0;
    QString authors;

    bool operator==(const Source&) const = default;
};

struct Benefit {
    QString id;
    int order = 0;
    QString title;
    QString summary;
    QString body;  // Markdown
    QString bodyFolder;  // root of the pack whose body this is: its images are found there
    Evidence evidence = Evidence::Anecdotal;
    QString routine;
    QStringList cautions;
    std::vector<Source> sources;
    QString image;
    Origin origin;

    bool operator==(const Benefit&) const = default;
};

struct SafetyItem {
    QString title;
    QString detail;

    bool operator==(const SafetyItem&) const = default;
};

struct SafetyInfo {
    QString title;
    QString intro;
    std::vector<SafetyItem> checklist;
    QString stopIfItHurts;

    bool operator==(const SafetyInfo&) const = default;
};

// How many times the steps run: once per leg, or once for both legs together.
int passCount(Sides sides);

// Massage time of one run at the default length, both legs included; get-ready and
// switch-legs pauses are settings and come on top.
int routineSeconds(const Routine& routine);

// "4:05", or "1:02:03" from an hour on.
QString formatClock(int seconds);

}  // namespace legease::core
