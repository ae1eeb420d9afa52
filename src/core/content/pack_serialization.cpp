#include "core/content/pack_serialization.h"

#include <QDataStream>
#include <QIODevice>

#include <type_traits>

namespace legease::core {
namespace {

// Bumped whenever a field is added, so an old blob is never misread.
constexpr quint32 kMagic = 0x4c455042;  // "LEPB"
constexpr quint32 kVersion = 3;  // 2: an article knows the folder its images are found in; 3: a stroke its motion

// Declared first, so each can call the others whatever order they are defined in.
template <typename E>
void put(QDataStream& out, E value) requires std::is_enum_v<E>;
template <typename E>
void get(QDataStream& in, E& value) requires std::is_enum_v<E>;
template <typename T>
void put(QDataStream& out, const std::optional<T>& value);
template <typename T>
void get(QDataStream& in, std::optional<T>& value);
template <typename T>
void put(QDataStream& out, const std::vector<T>& items);
template <typename T>
void get(QDataStream& in, std::vector<T>& items);
template <typename T>
void put(QDataStream& out, const T& item) requires std::is_class_v<T>;
template <typename T>
void get(QDataStream& in, T& item) requires std::is_class_v<T>;
void put(QDataStream& out, int value);
void get(QDataStream& in, int& value);
void put(QDataStream& out, const QString& value);
void get(QDataStream& in, QString& value);
void put(QDataStream& out, const QStringList& value);
void get(QDataStream& in, QStringList& value);

template <typename E>
void put(QDataStream& out, E value) requires std::is_enum_v<E>
{
    out << qint32(value);
}

template <typename E>
void get(QDataStream& in, E& value) requires std::is_enum_v<E>
{
    qint32 raw = 0;
    in >> raw;
    value = E(raw);
}

template <typename T>
void put(QDataStream& out, const std::optional<T>& value)
{
    out << value.has_value();
    if (value)
        put(out, *value);
}

template <typename T>
void get(QDataStream& in, std::optional<T>& value)
{
    bool has = false;
    in >> has;
    value.reset();
    if (has) {
        T inner{};
        get(in, inner);
        value = inner;
    }
}

void put(QDataStream& out, int value) { out << qint32(value); }
void get(QDataStream& in, int& value)
{
    qint32 raw = 0;
    in >> raw;
    value = raw;
}
void put(QDataStream& out, const QString& value) { out << value; }
void get(QDataStream& in, QString& value) { in >> value; }
void put(QDataStream& out, const QStringList& value) { out << value; }
void get(QDataStream& in, QStringList& value) { in >> value; }

template <typename T>
void put(QDataStream& out, const std::vector<T>& items)
{
    out << quint32(items.size());
    for (const T& item : items)
        put(out, item);
}

template <typename T>
void get(QDataStream& in, std::vector<T>& items)
{
    quint32 count = 0;
    in >> count;
    items.clear();
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
        get(in, items.emplace_back());
}

// One function per type lists its fields once, for writing and for reading alike.
template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, Origin>
{
    s(x.pack, x.file, x.pointer);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, PackInfo>
{
    s(x.format, x.id, x.title, x.locale, x.version, x.root);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, Region>
{
    s(x.id, x.name, x.view, x.description, x.image, x.origin);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, Stroke>
{
    s(x.id, x.name, x.howTo, x.pressure, x.image, x.motion, x.defaultTempo, x.origin);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, Step>
{
    s(x.region, x.stroke, x.seconds, x.pressure, x.direction, x.tempo, x.instruction);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, Routine>
{
    s(x.id, x.title, x.summary, x.level, x.sides, x.cautions, x.steps, x.origin);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, Source>
{
    s(x.title, x.year, x.authors);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, Benefit>
{
    s(x.id, x.order, x.title, x.summary, x.body, x.bodyFolder, x.evidence, x.routine, x.cautions, x.sources, x.image, x.origin);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, SafetyItem>
{
    s(x.title, x.detail);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, SafetyInfo>
{
    s(x.title, x.intro, x.checklist, x.stopIfItHurts);
}

template <typename Stream, typename T>
void fields(Stream& s, T& x) requires std::is_same_v<std::remove_const_t<T>, PackContent>
{
    s(x.info, x.regions, x.strokes, x.safety, x.benefits, x.routines);
}

struct Writer {
    QDataStream& out;
    template <typename... T>
    void operator()(const T&... values) { (put(out, values), ...); }
};

struct Reader {
    QDataStream& in;
    template <typename... T>
    void operator()(T&... values) { (get(in, values), ...); }
};

template <typename T>
void put(QDataStream& out, const T& item) requires std::is_class_v<T>
{
    Writer writer{out};
    fields(writer, item);
}

template <typename T>
void get(QDataStream& in, T& item) requires std::is_class_v<T>
{
    Reader reader{in};
    fields(reader, item);
}

}  // namespace

QByteArray serializePack(const PackContent& pack)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion;
    put(out, pack);
    return bytes;
}

std::optional<PackContent> deserializePack(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return std::nullopt;
    PackContent pack;
    get(in, pack);
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return pack;
}

}  // namespace legease::core
