#include "ui/desktop/desktop_names.h"

namespace legease::ui {

QString appId()
{
    return QStringLiteral(LEGEASE_APP_ID);
}

// The D-Bus convention (as GApplication and KDBusService use it): the name with dots as slashes.
QString instanceObjectPath()
{
    return QLatin1Char('/') + appId().replace(QLatin1Char('.'), QLatin1Char('/'));
}

}  // namespace legease::ui
