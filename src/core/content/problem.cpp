#include "core/content/problem.h"

#include <algorithm>

namespace legease::core {

QString Problem::toString() const
{
    if (file.isEmpty())
        return message;  // a problem with the pack folder itself
    QString text = file;
    if (line > 0)
        text += QStringLiteral(":%1:%2").arg(line).arg(column);
    else if (!pointer.isEmpty())
        text += QStringLiteral(": ") + pointer;
    return text + QStringLiteral(": ") + message;
}

int countErrors(const Problems& problems)
{
    return int(std::count_if(problems.begin(), problems.end(),
        [](const Problem& p) { return p.severity == Severity::Error; }));
}

int countWarnings(const Problems& problems)
{
    return int(problems.size()) - countErrors(problems);
}

ProblemSink::ProblemSink(Problems& problems, QString file)
    : m_problems(problems)
    , m_file(std::move(file))
{
}

void ProblemSink::error(const QString& pointer, const QString& message)
{
    m_problems.push_back({Severity::Error, m_file, pointer, 0, 0, message});
}

void ProblemSink::warning(const QString& pointer, const QString& message)
{
    m_problems.push_back({Severity::Warning, m_file, pointer, 0, 0, message});
}

void ProblemSink::errorAt(int line, int column, const QString& message)
{
    m_problems.push_back({Severity::Error, m_file, QString(), line, column, message});
}

}  // namespace legease::core
