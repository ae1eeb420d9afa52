#pragma once

#include <QString>

#include <vector>

namespace legease::core {

enum class Severity { Error, Warning };

// One thing wrong with a content file, phrased for the person who wrote it.
struct Problem {
    Severity severity = Severity::Error;
    QString file;     // relative to the pack folder
    QString pointer;  // JSON Pointer; used when line is 0
    int line = 0;     // 1-based position for files that are not valid JSON
    int column = 0;
    QString message;  // "expected ..., found ..."

    // "routines/x.json: /steps/2/seconds: expected ..." or "routines/x.json:3:7: syntax error: ..."
    QString toString() const;
};

using Problems = std::vector<Problem>;

int countErrors(const Problems& problems);
int countWarnings(const Problems& problems);

// Collects the problems of one file; every reader of that file reports through it.
class ProblemSink {
public:
    ProblemSink(Problems& problems, QString file);

    void error(const QString& pointer, const QString& message);
    void warning(const QString& pointer, const QString& message);
    void errorAt(int line, int column, const QString& message);
    const QString& file() const { return m_file; }
    int errorCount() const { return countErrors(m_problems); }  // in the whole list it adds to

private:
    Problems& m_problems;
    QString m_file;
};

}  // namespace legease::core
