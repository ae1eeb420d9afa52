#include "core/content/routine_id.h"

#include <QStringList>

namespace legease::core {
namespace {

// Letters that do not come apart into a plain letter and an accent.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF:  // ß
        return QStringLiteral("ss");
    case 0x00E6:  // æ
    case 0x00C6:
        return QStringLiteral("ae");
    case 0x0153:  // œ
    case 0x0152:
        return QStringLiteral("oe");
    case 0x00F8:  // ø
    case 0x00D8:
        return QStringLiteral("o");
    case 0x0111:  // đ
    case 0x0110:
    case 0x00F0:  // ð
    case 0x00D0:
        return QStringLiteral("d");
    case 0x0142:  // ł
    case 0x0141:
        return QStringLiteral("l");
    case 0x00FE:  // þ
    case 0x00DE:
        return QStringLiteral("th");
    default:
        return {};
    }
}

bool isIdCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// At most `limit` characters, cut after a whole word when one fits.
QString shortened(const QString& id, int limit)
{
    if (id.size() <= limit)
        return id;
    QString cut = id.left(limit);
    const qsizetype lastHyphen = cut.lastIndexOf(QLatin1Char('-'));
    if (id.at(limit) != QLatin1Char('-') && lastHyphen > limit / 2)
        cut.truncate(lastHyphen);
    while (cut.endsWith(QLatin1Char('-')))
        cut.chop(1);
    return cut;
}

}  // namespace

QString idFromTitle(const QString& title)
{
    QStringList words;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            words << std::exchange(word, QString());
    };
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        const QChar lower = c.toLower();
        if (isIdCharacter(lower) && lower.unicode() < 128)
            word += lower;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;  // the accent of the letter before it
        else if (const QString letters = spelledOut(c); !letters.isEmpty())
            word += letters;
        else
            endWord();
    }
    endWord();
    const QString id = shortened(words.join(QLatin1Char('-')), kMaxIdCharacters);
    return id.isEmpty() ? QStringLiteral("my-routine") : id;
}

QString uniqueId(const QString& base, const std::function<bool(const QString&)>& taken)
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        const QString candidate = shortened(base, kMaxIdCharacters - int(suffix.size())) + suffix;
        if (!taken(candidate))
            return candidate;
    }
}

}  // namespace legease::core
