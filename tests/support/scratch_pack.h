#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// A throwaway pack folder holding pack.json and whatever the test writes into it.
class ScratchPack {
public:
    ScratchPack()
    {
        REQUIRE(m_dir.isValid());
        write(QStringLiteral("pack.json"),
            R"({"format": 1, "id": "scratch", "title": "Scratch", "locale": "en", "version": "1.0.0"})");
    }
    QString path(const QString& relative = QString()) const { return m_dir.filePath(relative); }
    void write(const QString& relative, const QByteArray& bytes) const
    {
        QDir().mkpath(QFileInfo(path(relative)).path());
        QFile file(path(relative));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    void mkpath(const QString& relative) const { REQUIRE(QDir().mkpath(path(relative))); }

private:
    QTemporaryDir m_dir;
};
