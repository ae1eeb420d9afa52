#include "core/settings/app_settings.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTime>

#include <algorithm>
#include <array>
#include <functional>

namespace legease::core {
namespace {

enum class Key {
    SoundEnabled,
    SoundVolume,
    VoiceEnabled,
    VoiceName,
    GetReadySeconds,
    SwitchLegsSeconds,
    SessionLength,
    FirstLeg,
    Theme,
    Language,
    SafetyAcknowledged,
    WindowGeometry,
    LastView,
    ReminderEnabled,
    ReminderTime,
    LastRoutine,
    ReduceMotion,
    ReminderSetAt,
    ReminderLastShown,
};

using Rule = std::function<bool(const QVariant&)>;

struct KeySpec {
    Key key;
    const char* name;
    QVariant fallback;
    Rule valid;
    bool preference;  // reset by "Restore defaults"
};

// One range per number, shared by the rule that reads it and the setter that clamps it.
struct Range {
    int min;
    int max;
    int clamp(int value) const { return std::clamp(value, min, max); }
};
constexpr Range kVolume{0, 100};
constexpr Range kGetReady{0, 60};
constexpr Range kSwitchLegs{0, 120};

// INI files hand everything back as text, so a bool or a number is checked by its spelling.
Rule isBool()
{
    return [](const QVariant& v) {
        const QString text = v.toString().toLower();
        return v.typeId() == QMetaType::Bool || text == QLatin1String("true") || text == QLatin1String("false");
    };
}

Rule intIn(Range range)
{
    return [range](const QVariant& v) {
        bool ok = false;
        const int value = v.toString().toInt(&ok);
        return ok && value >= range.min && value <= range.max;
    };
}

// A hand-typed "a, b" comes back from an INI file as a list, not as the text someone meant.
Rule isText()
{
    return [](const QVariant& v) { return v.typeId() == QMetaType::QString; };
}

// QSettings writes bytes as @ByteArray(...); anything else there was not written by us.
Rule isBytes()
{
    return [](const QVariant& v) { return v.typeId() == QMetaType::QByteArray; };
}

// "" (follow the system), "de" or "pt_BR": whether that language is installed is decided when
// the app starts, so a setting for a translation that was removed simply falls back.
Rule isLanguageCode()
{
    static const QRegularExpression code(QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
    return [](const QVariant& v) { return v.typeId() == QMetaType::QString && code.match(v.toString()).hasMatch(); };
}

// "19:00": a time of day to the minute, in the 24-hour spelling, whatever the locale.
constexpr auto kReminderTimeFormat = "HH:mm";

Rule isTimeOfDay()
{
    return [](const QVariant& v) {
        return v.typeId() == QMetaType::QString && QTime::fromString(v.toString(), QLatin1String(kReminderTimeFormat)).isValid();
    };
}

// A moment, written in UTC to the millisecond ("2026-06-10T18:58:00.000Z"), so it compares the
// same whatever the time zone is when it is read back.
Rule isMoment()
{
    return [](const QVariant& v) {
        return v.typeId() == QMetaType::QString && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
    };
}

// The routine of the most recent session, for the reminder; "" before the first one. Only its
// shape is checked here, because whether it still exists depends on the packs loaded.
Rule isRoutineIdOrNone()
{
    static const QRegularExpression id(QStringLiteral("^([a-z0-9]+(-[a-z0-9]+)*)?$"));
    return [](const QVariant& v) {
        return v.typeId() == QMetaType::QString && v.toString().size() <= 64 && id.match(v.toString()).hasMatch();
    };
}

// The id of a page of the main window: which pages there are is the window's to say (it opens
// its first page for an id it does not know), so only the shape is checked here.
Rule isPageId()
{
    static const QRegularExpression id(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    return [](const QVariant& v) {
        return v.typeId() == QMetaType::QString && v.toString().size() <= 32 && id.match(v.toString()).hasMatch();
    };
}

Rule oneOf(QStringList allowed)
{
    return [allowed](const QVariant& v) { return v.typeId() == QMetaType::QString && allowed.contains(v.toString()); };
}

QString text(std::string_view name)
{
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

template <typename E, std::size_t N>
Rule oneOf(const std::array<Choice<E>, N>& choices)
{
    QStringList names;
    for (const auto& choice : choices)
        names << text(choice.name);
    return oneOf(names);
}

const std::array<KeySpec, 19>& table()
{
    static const std::array<KeySpec, 19> specs{{
        {Key::SoundEnabled, "sound/enabled", true, isBool(), true},
        {Key::SoundVolume, "sound/volume", 80, intIn(kVolume), true},
        {Key::VoiceEnabled, "voice/enabled", false, isBool(), true},
        {Key::VoiceName, "voice/name", QString(), isText(), true},
        {Key::GetReadySeconds, "session/getReadySeconds", 5, intIn(kGetReady), true},
        {Key::SwitchLegsSeconds, "session/switchLegsSeconds", 10, intIn(kSwitchLegs), true},
        {Key::SessionLength, "session/length", QStringLiteral("100%"),
            [](const QVariant& v) { return v.typeId() == QMetaType::QString && AppSettings::parseLength(v.toString()).has_value(); },
            true},
        {Key::FirstLeg, "session/firstLeg", QStringLiteral("routine"), oneOf(firstLegChoices), true},
        {Key::Theme, "appearance/theme", QStringLiteral("system"), oneOf(themeChoices), true},
        {Key::Language, "appearance/language", QString(), isLanguageCode(), true},
        {Key::SafetyAcknowledged, "safety/acknowledged", false, isBool(), false},
        {Key::WindowGeometry, "window/geometry", QByteArray(), isBytes(), false},
        {Key::LastView, "window/lastView", QStringLiteral("benefits"), isPageId(), false},
        {Key::ReminderEnabled, "reminder/enabled", false, isBool(), true},
        {Key::ReminderTime, "reminder/time", QStringLiteral("19:00"), isTimeOfDay(), true},
        {Key::LastRoutine, "session/lastRoutine", QString(), isRoutineIdOrNone(), false},
        {Key::ReduceMotion, "appearance/reduceMotion", false, isBool(), true},
        {Key::ReminderSetAt, "reminder/setAt", QString(), isMoment(), false},
        {Key::ReminderLastShown, "reminder/lastShown", QString(), isMoment(), false},
    }};
    return specs;
}

const KeySpec& spec(Key key)
{
    return table()[std::size_t(key)];
}

QString keyName(Key key)
{
    return QString::fromLatin1(spec(key).name);
}

// Reading never writes: a broken value stays in the file until the person sets that setting.
QVariant read(const QSettings* store, Key key)
{
    const KeySpec& s = spec(key);
    if (!store)
        return s.fallback;
    const QVariant value = store->value(keyName(key));
    return value.isValid() && s.valid(value) ? value : s.fallback;
}

void write(QSettings* store, Key key, const QVariant& value)
{
    Q_ASSERT(store);  // defaults() is const, so no setter reaches it
    store->setValue(keyName(key), value);
}

bool readBool(const QSettings* store, Key key)
{
    const QVariant v = read(store, key);
    return v.typeId() == QMetaType::Bool ? v.toBool() : v.toString().toLower() == QLatin1String("true");
}

// The table's fallback is always one of the choices, and read() only passes valid values.
template <typename E, std::size_t N>
E readChoice(const QSettings* store, Key key, const std::array<Choice<E>, N>& choices)
{
    const QByteArray name = read(store, key).toString().toLatin1();
    return *valueOf(choices, std::string_view(name.constData(), std::size_t(name.size())));
}

}  // namespace

AppSettings::AppSettings(QSettings& store)
    : m_store(&store)
{
    for (std::size_t i = 0; i < table().size(); ++i)
        Q_ASSERT(table()[i].key == Key(i));  // the table is indexed by key
}

const AppSettings& AppSettings::defaults()
{
    static const AppSettings none;
    return none;
}

QString AppSettings::lengthText(const SessionLength& length)
{
    switch (length.mode) {
    case SessionLength::Mode::Percent:
        return QStringLiteral("%1%").arg(length.value);
    case SessionLength::Mode::Minutes:
        return QStringLiteral("%1min").arg(length.value);
    case SessionLength::Mode::AsWritten:
        break;
    }
    return QStringLiteral("100%");
}

std::optional<SessionLength> AppSettings::parseLength(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,3})(%|min)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int value = match.captured(1).toInt();
    if (match.captured(2) == QLatin1String("%")) {
        if (value < kMinLengthPercent || value > kMaxLengthPercent)
            return std::nullopt;
        return value == 100 ? SessionLength{} : SessionLength::percent(value);
    }
    if (value < kMinLengthMinutes || value > kMaxLengthMinutes)
        return std::nullopt;
    return SessionLength::minutes(value);
}

bool AppSettings::soundEnabled() const { return readBool(m_store, Key::SoundEnabled); }
void AppSettings::setSoundEnabled(bool on) { write(m_store, Key::SoundEnabled, on); }
int AppSettings::soundVolume() const { return read(m_store, Key::SoundVolume).toInt(); }
void AppSettings::setSoundVolume(int percent) { write(m_store, Key::SoundVolume, kVolume.clamp(percent)); }
bool AppSettings::voiceEnabled() const { return readBool(m_store, Key::VoiceEnabled); }
void AppSettings::setVoiceEnabled(bool on) { write(m_store, Key::VoiceEnabled, on); }
QString AppSettings::voiceName() const { return read(m_store, Key::VoiceName).toString(); }
void AppSettings::setVoiceName(const QString& name) { write(m_store, Key::VoiceName, name); }
int AppSettings::getReadySeconds() const { return read(m_store, Key::GetReadySeconds).toInt(); }
void AppSettings::setGetReadySeconds(int seconds) { write(m_store, Key::GetReadySeconds, kGetReady.clamp(seconds)); }
int AppSettings::switchLegsSeconds() const { return read(m_store, Key::SwitchLegsSeconds).toInt(); }
void AppSettings::setSwitchLegsSeconds(int seconds) { write(m_store, Key::SwitchLegsSeconds, kSwitchLegs.clamp(seconds)); }

SessionLength AppSettings::sessionLength() const
{
    return parseLength(read(m_store, Key::SessionLength).toString()).value_or(SessionLength{});
}

void AppSettings::setSessionLength(const SessionLength& length)
{
    SessionLength kept = length;
    if (kept.mode == SessionLength::Mode::Percent)
        kept.value = std::clamp(kept.value, kMinLengthPercent, kMaxLengthPercent);
    else if (kept.mode == SessionLength::Mode::Minutes)
        kept.value = std::clamp(kept.value, kMinLengthMinutes, kMaxLengthMinutes);
    write(m_store, Key::SessionLength, lengthText(kept));
}

std::optional<Leg> AppSettings::firstLeg() const { return readChoice(m_store, Key::FirstLeg, firstLegChoices); }

// Leg::Both is not an order, so it is stored as "follow the routine".
void AppSettings::setFirstLeg(std::optional<Leg> leg)
{
    const std::string_view name = nameOf(firstLegChoices, leg);
    write(m_store, Key::FirstLeg, text(name.empty() ? nameOf(firstLegChoices, std::optional<Leg>()) : name));
}

TimelineOptions AppSettings::timelineOptions() const
{
    return {getReadySeconds(), switchLegsSeconds(), sessionLength(), firstLeg()};
}

AppSettings::Theme AppSettings::theme() const { return readChoice(m_store, Key::Theme, themeChoices); }
void AppSettings::setTheme(Theme theme) { write(m_store, Key::Theme, text(nameOf(themeChoices, theme))); }

QString AppSettings::language() const { return read(m_store, Key::Language).toString(); }

void AppSettings::setLanguage(const QString& code)
{
    if (spec(Key::Language).valid(code))
        write(m_store, Key::Language, code);
}

bool AppSettings::reduceMotion() const { return readBool(m_store, Key::ReduceMotion); }
void AppSettings::setReduceMotion(bool on) { write(m_store, Key::ReduceMotion, on); }

bool AppSettings::safetyAcknowledged() const { return readBool(m_store, Key::SafetyAcknowledged); }
void AppSettings::setSafetyAcknowledged(bool acknowledged) { write(m_store, Key::SafetyAcknowledged, acknowledged); }

void AppSettings::resetFirstRun()
{
    Q_ASSERT(m_store);
    m_store->remove(keyName(Key::SafetyAcknowledged));
}

QByteArray AppSettings::windowGeometry() const { return read(m_store, Key::WindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) { write(m_store, Key::WindowGeometry, geometry); }
QString AppSettings::lastView() const { return read(m_store, Key::LastView).toString(); }

void AppSettings::setLastView(const QString& view)
{
    if (spec(Key::LastView).valid(view))
        write(m_store, Key::LastView, view);
}

bool AppSettings::reminderEnabled() const { return readBool(m_store, Key::ReminderEnabled); }
void AppSettings::setReminderEnabled(bool on) { write(m_store, Key::ReminderEnabled, on); }

QTime AppSettings::reminderTime() const
{
    return QTime::fromString(read(m_store, Key::ReminderTime).toString(), QLatin1String(kReminderTimeFormat));
}

void AppSettings::setReminderTime(QTime time)
{
    if (time.isValid())
        write(m_store, Key::ReminderTime, time.toString(QLatin1String(kReminderTimeFormat)));
}

QString AppSettings::lastRoutine() const { return read(m_store, Key::LastRoutine).toString(); }

void AppSettings::setLastRoutine(const QString& routineId)
{
    if (spec(Key::LastRoutine).valid(routineId))
        write(m_store, Key::LastRoutine, routineId);
}

QDateTime AppSettings::reminderSetAt() const
{
    return QDateTime::fromString(read(m_store, Key::ReminderSetAt).toString(), Qt::ISODateWithMs);
}

void AppSettings::setReminderSetAt(const QDateTime& moment)
{
    if (moment.isValid())
        write(m_store, Key::ReminderSetAt, moment.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime AppSettings::reminderLastShown() const
{
    return QDateTime::fromString(read(m_store, Key::ReminderLastShown).toString(), Qt::ISODateWithMs);
}

void AppSettings::setReminderLastShown(const QDateTime& moment)
{
    if (moment.isValid())
        write(m_store, Key::ReminderLastShown, moment.toUTC().toString(Qt::ISODateWithMs));
}

void AppSettings::resetToDefaults()
{
    Q_ASSERT(m_store);
    for (const KeySpec& s : table())
        if (s.preference)
            m_store->remove(QString::fromLatin1(s.name));
}

}  // namespace legease::core
