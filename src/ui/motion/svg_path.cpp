#include "ui/motion/svg_path.h"

#include <QChar>

#include <optional>

namespace legease::ui {
namespace {

class Reader {
public:
    explicit Reader(const QString& text)
        : m_text(text)
    {
    }

    void skipSeparators()
    {
        while (m_at < m_text.size() && (m_text[m_at].isSpace() || m_text[m_at] == QLatin1Char(',')))
            ++m_at;
    }
    bool atEnd()
    {
        skipSeparators();
        return m_at >= m_text.size();
    }
    // A command letter, if one comes next.
    std::optional<QChar> command()
    {
        skipSeparators();
        if (m_at < m_text.size() && m_text[m_at].isLetter())
            return m_text[m_at++];
        return std::nullopt;
    }
    bool numberNext()
    {
        skipSeparators();
        if (m_at >= m_text.size())
            return false;
        const QChar c = m_text[m_at];
        return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.');
    }
    std::optional<double> number()
    {
        skipSeparators();
        const qsizetype start = m_at;
        if (m_at < m_text.size() && (m_text[m_at] == QLatin1Char('-') || m_text[m_at] == QLatin1Char('+')))
            ++m_at;
        bool dot = false;
        bool exponent = false;
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if (c.isDigit()) {
                ++m_at;
            } else if (c == QLatin1Char('.') && !dot && !exponent) {
                dot = true;
                ++m_at;
            } else if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && !exponent) {
                exponent = true;
                ++m_at;
                if (m_at < m_text.size() && (m_text[m_at] == QLatin1Char('-') || m_text[m_at] == QLatin1Char('+')))
                    ++m_at;
            } else {
                break;
            }
        }
        bool ok = false;
        const double value = m_text.mid(start, m_at - start).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        return value;
    }

private:
    const QString& m_text;
    qsizetype m_at = 0;
};

}  // namespace

QPainterPath parseSvgPath(const QString& data)
{
    QPainterPath path;
    Reader reader(data);
    QPointF current;
    QPointF start;
    QPointF lastControl;  // for the smooth curves
    QChar previous;
    std::optional<QChar> command = reader.command();
    while (command) {
        const QChar c = *command;
        const bool relative = c.isLower();
        const QChar kind = c.toUpper();
        const auto point = [&]() -> std::optional<QPointF> {
            const auto x = reader.number();
            const auto y = x ? reader.number() : std::nullopt;
            if (!y)
                return std::nullopt;
            return relative ? current + QPointF(*x, *y) : QPointF(*x, *y);
        };
        bool first = true;
        do {
            if (kind == QLatin1Char('Z')) {
                path.closeSubpath();
                current = start;
                break;
            }
            if (kind == QLatin1Char('M')) {
                const auto to = point();
                if (!to)
                    return path;
                if (first) {
                    path.moveTo(*to);
                    start = *to;
                } else {
                    path.lineTo(*to);  // further pairs after a move are lines
                }
                current = *to;
            } else if (kind == QLatin1Char('L')) {
                const auto to = point();
                if (!to)
                    return path;
                path.lineTo(*to);
                current = *to;
            } else if (kind == QLatin1Char('H') || kind == QLatin1Char('V')) {
                const auto value = reader.number();
                if (!value)
                    return path;
                QPointF to = current;
                if (kind == QLatin1Char('H'))
                    to.setX(relative ? current.x() + *value : *value);
                else
                    to.setY(relative ? current.y() + *value : *value);
                path.lineTo(to);
                current = to;
            } else if (kind == QLatin1Char('C') || kind == QLatin1Char('S')) {
                QPointF c1;
                if (kind == QLatin1Char('C')) {
                    const auto p = point();
                    if (!p)
                        return path;
                    c1 = *p;
                } else {
                    const QChar before = previous.toUpper();
                    c1 = before == QLatin1Char('C') || before == QLatin1Char('S') ? 2 * current - lastControl : current;
                }
                const auto c2 = point();
                const auto to = c2 ? point() : std::nullopt;
                if (!to)
                    return path;
                path.cubicTo(c1, *c2, *to);
                lastControl = *c2;
                current = *to;
            } else if (kind == QLatin1Char('Q') || kind == QLatin1Char('T')) {
                QPointF control;
                if (kind == QLatin1Char('Q')) {
                    const auto p = point();
                    if (!p)
                        return path;
                    control = *p;
                } else {
                    const QChar before = previous.toUpper();
                    control = before == QLatin1Char('Q') || before == QLatin1Char('T') ? 2 * current - lastControl : current;
                }
                const auto to = point();
                if (!to)
                    return path;
                path.quadTo(control, *to);
                lastControl = control;
                current = *to;
            } else if (kind == QLatin1Char('A')) {
                for (int i = 0; i < 5; ++i)  // radii, rotation and the two flags
                    if (!reader.number())
                        return path;
                const auto to = point();
                if (!to)
                    return path;
                path.lineTo(*to);
                current = *to;
            } else {
                return path;  // not a path command
            }
            previous = c;
            first = false;
        } while (reader.numberNext());
        previous = c;
        command = reader.command();
        if (!command && !reader.atEnd())
            return path;
    }
    return path;
}

}  // namespace legease::ui
