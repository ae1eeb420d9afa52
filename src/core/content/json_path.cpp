#include "core/content/json_path.h"

namespace legease::core {

JsonPath::JsonPath(const JsonPath& parent, std::string_view key)
    : m_parent(&parent)
    , m_kind(Kind::Key)
    , m_key(key)
{
}

JsonPath::JsonPath(const JsonPath& parent, std::size_t index)
    : m_parent(&parent)
    , m_kind(Kind::Index)
    , m_index(index)
{
}

QString JsonPath::pointer() const
{
    QString text;
    appendTo(text);
    return text;
}

void JsonPath::appendTo(QString& text) const
{
    if (m_kind == Kind::Root)
        return;
    m_parent->appendTo(text);
    text += QLatin1Char('/');
    if (m_kind == Kind::Index) {
        text += QString::number(m_index);
        return;
    }
    // RFC 6901: "~" and "/" inside a key are written "~0" and "~1".
    QString key = QString::fromUtf8(m_key.data(), qsizetype(m_key.size()));
    key.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    text += key;
}

}  // namespace legease::core
