#pragma once

#include <QString>

namespace legease::ui {

// Until translations land, plurals are picked here rather than through %n and a .qm file.
inline QString plural(qint64 count, const QString& one, const QString& many)
{
    return count == 1 ? one : many.arg(count);
}

}  // namespace legease::ui
