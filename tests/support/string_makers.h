#pragma once

#include <catch2/catch.hpp>

#include <QString>
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

}  // namespace Catch
