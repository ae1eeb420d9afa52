#include "core/content/markdown_scan.h"

#include <QHash>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace legease::core {
namespace {

constexpr qsizetype kMaxLabel = 999;  // CommonMark: a longer label is no label

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '!' && u <= '/') || (u >= ':' && u <= '@') || (u >= '[' && u <= '`') || (u >= '{' && u <= '~');
}

// The characters through which Markdown starts a span (emphasis, code, strike-through, a link,
// an autolink, an entity, an escape): each one may cost Qt a separate piece of text.
bool countsAsMark(QChar c)
{
    switch (c.unicode()) {
    case '*':
    case '_':
    case '~':
    case '`':
    case '[':
    case '<':
    case '&':
    case '\\':
    case '@':
        return true;
    default:
        return false;
    }
}

// Where a line's own text starts once block quote markers ('>') are taken off.
qsizetype afterQuoteMarkers(const QString& line)
{
    qsizetype i = 0;
    for (;;) {
        qsizetype j = i;
        while (j < line.size() && isSpace(line[j]))
            ++j;
        if (j < line.size() && line[j] == QLatin1Char('>'))
            i = j + 1;
        else
            return i;
    }
}

// Where a line's own text starts once block quote markers and list item markers ("- ", "* ",
// "12. ", "3) ") are taken off, with the spaces around them.
qsizetype afterContainerMarkers(const QString& line)
{
    qsizetype i = 0;
    for (;;) {
        qsizetype j = i;
        while (j < line.size() && isSpace(line[j]))
            ++j;
        if (j < line.size() && line[j] == QLatin1Char('>')) {
            i = j + 1;
            continue;
        }
        qsizetype k = j;
        if (k < line.size() && (line[k] == QLatin1Char('-') || line[k] == QLatin1Char('+') || line[k] == QLatin1Char('*'))) {
            ++k;
        } else {
            while (k < line.size() && k - j < 9 && line[k].isDigit())
                ++k;
            if (k == j || k >= line.size() || (line[k] != QLatin1Char('.') && line[k] != QLatin1Char(')')))
                return j;
            ++k;
        }
        if (k < line.size() && !isSpace(line[k]))
            return j;  // "-foo", "*emphasis*", "1.5"
        if (k == line.size())
            return k;  // an empty list item
        i = k;
    }
}

struct Fence {
    QChar mark;
    qsizetype length = 0;
};

// The fence a line opens ("```", "~~~~ info"), if it opens one.
std::optional<Fence> openingFence(const QString& line, qsizetype start)
{
    qsizetype i = start;
    if (i >= line.size() || (line[i] != QLatin1Char('`') && line[i] != QLatin1Char('~')))
        return std::nullopt;
    const QChar mark = line[i];
    while (i < line.size() && line[i] == mark)
        ++i;
    if (i - start < 3)
        return std::nullopt;
    if (mark == QLatin1Char('`') && line.indexOf(QLatin1Char('`'), i) >= 0)
        return std::nullopt;  // a backtick fence's info string has none
    return Fence{mark, i - start};
}

bool closesFence(const QString& line, qsizetype start, const Fence& fence)
{
    qsizetype i = start;
    while (i < line.size() && line[i] == fence.mark)
        ++i;
    if (i - start < fence.length)
        return false;
    while (i < line.size() && line[i].isSpace())
        ++i;
    return i == line.size();
}

QString normalizedLabel(QStringView label)
{
    return label.toString().simplified().toCaseFolded();
}

struct Definition {
    QString destination;
    bool usedByImage = false;
    bool usedByLink = false;
};

// The destination that starts at `i` ("<...>" or a run without spaces and with balanced
// parentheses), or nothing. `end` is set past it.
std::optional<QString> readDestination(const QString& text, qsizetype i, qsizetype& end)
{
    if (i < text.size() && text[i] == QLatin1Char('<')) {
        for (qsizetype j = i + 1; j < text.size(); ++j) {
            const QChar c = text[j];
            if (c == QLatin1Char('\\') && j + 1 < text.size()) {
                ++j;
            } else if (c == QLatin1Char('>')) {
                end = j + 1;
                return text.mid(i + 1, j - i - 1);
            } else if (c == QLatin1Char('<') || c == QLatin1Char('\n')) {
                return std::nullopt;
            }
        }
        return std::nullopt;
    }
    int depth = 0;
    qsizetype j = i;
    for (; j < text.size(); ++j) {
        const QChar c = text[j];
        if (c.unicode() <= ' ')
            break;
        if (c == QLatin1Char('\\') && j + 1 < text.size() && isAsciiPunctuation(text[j + 1])) {
            ++j;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    end = j;
    return text.mid(i, j - i);
}

// Skips spaces and tabs, and at most one line break among them.
qsizetype skipSpaceAndOneLineBreak(const QString& text, qsizetype i)
{
    bool brokeLine = false;
    while (i < text.size()) {
        if (isSpace(text[i]))
            ++i;
        else if (text[i] == QLatin1Char('\n') && !brokeLine) {
            brokeLine = true;
            ++i;
        } else {
            break;
        }
    }
    return i;
}

class Scanner {
public:
    explicit Scanner(const QString& markdown)
    {
        splitBlocks(markdown);
        scanInline();
    }

    std::vector<MarkdownDestination> destinations() const
    {
        std::vector<MarkdownDestination> all = m_inline;
        for (const QString& label : m_definitionOrder) {
            const Definition& definition = m_definitions.value(label);
            if (definition.usedByImage || definition.usedByLink)
                all.push_back({definition.destination, definition.usedByImage});
        }
        return all;
    }

    qsizetype images() const
    {
        qsizetype count = std::count_if(m_inline.begin(), m_inline.end(), [](const MarkdownDestination& d) { return d.image; });
        return count + m_imageReferences;
    }

private:
    // Reference definitions come out of the text, and fenced code is left out of it, keeping
    // one line per line so nothing joins across them; block quote markers become spaces, so a
    // destination on the line after its '(' is found as Qt finds it.
    void splitBlocks(const QString& markdown)
    {
        const QStringList lines = markdown.split(QLatin1Char('\n'));
        std::optional<Fence> fence;
        QString pendingLabel;  // a definition whose destination is on the next line
        for (const QString& raw : lines) {
            QString line = raw;
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const qsizetype content = afterContainerMarkers(line);
            if (fence) {
                if (closesFence(line, content, *fence))
                    fence.reset();
                m_text += QLatin1Char('\n');
                continue;
            }
            if ((fence = openingFence(line, content))) {
                m_text += QLatin1Char('\n');
                continue;
            }
            if (!pendingLabel.isEmpty()) {
                qsizetype end = 0;
                const qsizetype start = content;
                const auto destination = readDestination(line, start, end);
                if (destination && !destination->isEmpty()) {
                    define(pendingLabel, *destination);
                    pendingLabel.clear();
                    m_text += QLatin1Char('\n');
                    continue;
                }
                pendingLabel.clear();
            }
            if (const auto label = definitionLabel(line, content)) {
                qsizetype i = content + label->size() + 3;  // "[" label "]:"
                while (i < line.size() && isSpace(line[i]))
                    ++i;
                if (i == line.size()) {
                    pendingLabel = normalizedLabel(*label);
                } else {
                    qsizetype end = 0;
                    if (const auto destination = readDestination(line, i, end))
                        define(normalizedLabel(*label), *destination);
                }
                m_text += QLatin1Char('\n');
                continue;
            }
            const qsizetype quote = afterQuoteMarkers(line);
            m_text += QString(quote, QLatin1Char(' '));
            m_text += QStringView(line).mid(quote);
            m_text += QLatin1Char('\n');
        }
    }

    // "[label]:" at `start`: the label, or nothing.
    static std::optional<QString> definitionLabel(const QString& line, qsizetype start)
    {
        if (start >= line.size() || line[start] != QLatin1Char('['))
            return std::nullopt;
        for (qsizetype i = start + 1; i < line.size() && i - start <= kMaxLabel + 1; ++i) {
            const QChar c = line[i];
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                ++i;
            } else if (c == QLatin1Char('[')) {
                return std::nullopt;
            } else if (c == QLatin1Char(']')) {
                if (i + 1 >= line.size() || line[i + 1] != QLatin1Char(':'))
                    return std::nullopt;
                const QString label = line.mid(start + 1, i - start - 1);
                if (label.trimmed().isEmpty())
                    return std::nullopt;
                return label;
            }
        }
        return std::nullopt;
    }

    void define(const QString& label, const QString& destination)
    {
        if (m_definitions.contains(label))
            return;  // the first definition of a label counts
        m_definitions.insert(label, {destination});
        m_definitionOrder << label;
    }

    void use(QStringView label, bool image)
    {
        if (label.size() > kMaxLabel || m_definitions.isEmpty())
            return;
        const auto it = m_definitions.find(normalizedLabel(label));
        if (it == m_definitions.end())
            return;
        (image ? it->usedByImage : it->usedByLink) = true;
        if (image)
            ++m_imageReferences;
    }

    // Code spans are matched run by run: for each length of backtick run, the next run of that
    // length is found by a cursor that only moves forward, so no text is read twice.
    void indexBacktickRuns()
    {
        for (qsizetype i = 0; i < m_text.size();) {
            if (m_text[i] != QLatin1Char('`')) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < m_text.size() && m_text[j] == QLatin1Char('`'))
                ++j;
            m_runs[j - i].push_back(i);
            i = j;
        }
    }

    // Past the code span opened by the run of `length` backticks at `i`, or past the run when it
    // closes nothing.
    qsizetype skipCodeSpan(qsizetype i, qsizetype length)
    {
        auto& runs = m_runs[length];
        auto& cursor = m_runCursor[length];
        while (cursor < runs.size() && runs[cursor] <= i)
            ++cursor;
        if (cursor < runs.size())
            return runs[cursor++] + length;
        return i + length;
    }

    void scanInline()
    {
        indexBacktickRuns();
        struct Open {
            qsizetype textStart;
            bool image;
        };
        std::vector<Open> open;
        const QString& t = m_text;
        for (qsizetype i = 0; i < t.size();) {
            const QChar c = t[i];
            if (c == QLatin1Char('\\')) {
                i += (i + 1 < t.size() && isAsciiPunctuation(t[i + 1])) ? 2 : 1;
            } else if (c == QLatin1Char('`')) {
                qsizetype j = i;
                while (j < t.size() && t[j] == QLatin1Char('`'))
                    ++j;
                i = skipCodeSpan(i, j - i);
            } else if (c == QLatin1Char('\n') && i + 1 < t.size() && t[i + 1] == QLatin1Char('\n')) {
                open.clear();  // a blank line ends the paragraph, and every bracket in it
                ++i;
            } else if (c == QLatin1Char('<')) {
                i = autolink(i);
            } else if (c == QLatin1Char('!') && i + 1 < t.size() && t[i + 1] == QLatin1Char('[')) {
                open.push_back({i + 2, true});
                i += 2;
            } else if (c == QLatin1Char('[')) {
                open.push_back({i + 1, false});
                ++i;
            } else if (c == QLatin1Char(']') && !open.empty()) {
                const Open bracket = open.back();
                open.pop_back();
                i = afterClosingBracket(i, bracket.textStart, bracket.image);
            } else {
                ++i;
            }
        }
    }

    qsizetype afterClosingBracket(qsizetype close, qsizetype textStart, bool image)
    {
        const QString& t = m_text;
        const QStringView bracketText = QStringView(t).mid(textStart, close - textStart);
        qsizetype i = close + 1;
        if (i < t.size() && t[i] == QLatin1Char('(')) {
            const qsizetype start = skipSpaceAndOneLineBreak(t, i + 1);
            qsizetype end = start;
            if (const auto destination = readDestination(t, start, end)) {
                m_inline.push_back({*destination, image});
                return end;
            }
            return i + 1;
        }
        if (i < t.size() && t[i] == QLatin1Char('[')) {
            qsizetype j = i + 1;
            while (j < t.size() && j - i <= kMaxLabel + 1 && t[j] != QLatin1Char(']') && t[j] != QLatin1Char('['))
                j += (t[j] == QLatin1Char('\\') && j + 1 < t.size()) ? 2 : 1;
            if (j < t.size() && t[j] == QLatin1Char(']')) {
                const QStringView label = QStringView(t).mid(i + 1, j - i - 1);
                use(label.trimmed().isEmpty() ? bracketText : label, image);  // [text][label] or [label][]
                return j + 1;
            }
        }
        use(bracketText, image);  // a shortcut reference: [label] alone
        return i;
    }

    // "<scheme:...>" and "<name@host>" are links; anything else after '<' is text (raw HTML is
    // shown as text in articles).
    qsizetype autolink(qsizetype i)
    {
        const QString& t = m_text;
        qsizetype j = i + 1;
        while (j < t.size() && t[j] != QLatin1Char('>') && t[j] != QLatin1Char('<') && t[j].unicode() > ' ')
            ++j;
        if (j >= t.size() || t[j] != QLatin1Char('>') || j == i + 1)
            return i + 1;
        const QString inside = t.mid(i + 1, j - i - 1);
        const qsizetype colon = inside.indexOf(QLatin1Char(':'));
        if (colon >= 2 && colon <= 32 && inside[0].isLetter())
            m_inline.push_back({inside, false});
        else if (inside.contains(QLatin1Char('@')))
            m_inline.push_back({QStringLiteral("mailto:") + inside, false});
        return j + 1;
    }

    QString m_text;
    std::vector<MarkdownDestination> m_inline;
    QHash<QString, Definition> m_definitions;
    QStringList m_definitionOrder;
    qsizetype m_imageReferences = 0;
    std::unordered_map<qsizetype, std::vector<qsizetype>> m_runs;
    std::unordered_map<qsizetype, std::size_t> m_runCursor;
};

qsizetype utf8Length(const QString& text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return bytes;
}

// The most code points in `piece` between two spaces or line breaks.
qsizetype longestWithoutSpace(QStringView piece)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : piece) {
        if (c.isSpace())
            run = 0;
        else if (!c.isLowSurrogate())
            longest = std::max(longest, ++run);
    }
    return longest;
}

// The longest stretch between two consecutive boundaries of `type`, in code points. For lines,
// a space or a line break counts as a place to break as well (Qt's boundary finder does not
// always report one after a line break, and Markdown turns a single one into a space).
qsizetype longestBetweenBoundaries(const QString& text, QTextBoundaryFinder::BoundaryType type)
{
    QTextBoundaryFinder finder(type, text);
    qsizetype longest = 0;
    qsizetype previous = 0;
    for (qsizetype at = finder.toNextBoundary(); at >= 0; at = finder.toNextBoundary()) {
        const QStringView piece = QStringView(text).mid(previous, at - previous);
        if (type == QTextBoundaryFinder::Line) {
            longest = std::max(longest, longestWithoutSpace(piece));
        } else if (piece.size() > longest) {
            longest = std::max(longest, piece.size() - std::count_if(piece.begin(), piece.end(), [](QChar c) { return c.isLowSurrogate(); }));
        }
        previous = at;
    }
    return longest;
}

}  // namespace

std::vector<MarkdownDestination> markdownDestinations(const QString& markdown)
{
    return Scanner(markdown).destinations();
}

ArticleMeasure measureMarkdown(const QString& markdown)
{
    ArticleMeasure measure;
    measure.bytes = utf8Length(markdown);
    qsizetype paragraph = 0;
    bool lineIsBlank = true;
    qsizetype lineStart = 0;
    const auto endLine = [&](qsizetype end) {
        ++measure.lines;
        // A line with nothing but block quote markers and spaces ends a paragraph too.
        lineIsBlank = true;
        for (qsizetype k = lineStart; k < end; ++k) {
            const QChar c = markdown[k];
            if (!c.isSpace() && c != QLatin1Char('>')) {
                lineIsBlank = false;
                break;
            }
        }
        if (lineIsBlank)
            paragraph = 0;
        else
            ++paragraph;
        measure.busiestParagraph = std::max(measure.busiestParagraph, paragraph);
    };
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown[i];
        if (c == QLatin1Char('\n')) {
            endLine(i);
            lineStart = i + 1;
            continue;
        }
        bool mark = countsAsMark(c);
        if (c == QLatin1Char(':') && QStringView(markdown).mid(i, 3) == QLatin1String("://"))
            mark = true;
        if ((c == QLatin1Char('w') || c == QLatin1Char('W'))
            && QStringView(markdown).mid(i, 4).compare(QLatin1String("www."), Qt::CaseInsensitive) == 0)
            mark = true;
        if (mark) {
            ++measure.marks;
            ++paragraph;
        }
    }
    if (lineStart < markdown.size() || markdown.isEmpty())
        endLine(markdown.size());
    measure.images = Scanner(markdown).images();
    measure.longestUnbroken = longestBetweenBoundaries(markdown, QTextBoundaryFinder::Line);
    measure.longestCharacter = longestBetweenBoundaries(markdown, QTextBoundaryFinder::Grapheme);
    return measure;
}

}  // namespace legease::core
