#pragma once

#include <QDir>
#include <QString>

// Where the test data lives in the source tree.
inline QString testData(const QString& relative = QString())
{
    return QDir(QStringLiteral(LEGEASE_TEST_DATA)).filePath(relative);
}

inline QString smallPack()
{
    return testData(QStringLiteral("packs/small"));
}
