#pragma once

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QStringList>

// Readable values in failure messages instead of "{?}".
namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};

template <>
struct StringMaker<QTime> {
    static std::string convert(const QTime& value) { return value.toString(QStringLiteral("HH:mm:ss")).toStdString(); }
};

template <>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& value) { return value.toString(Qt::ISODate).toStdString(); }
};

}  // namespace Catch
