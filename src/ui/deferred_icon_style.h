#pragma once

#include <QProxyStyle>

namespace legease::ui {

// The app's style (Fusion or the desktop's), unchanged except for one start-up cost. QMenuBar's
// constructor asks the style for the icon of its overflow button, which it shows only when the
// menus do not fit. Reading that icon (a PNG) makes QImageReader load and ask every image-format
// plugin (gif, ico, jpeg, svg) before the first paint. This style hands out an icon that reads
// the real one only when it is first drawn or measured.
class DeferredIconStyle : public QProxyStyle {
    Q_OBJECT

public:
    explicit DeferredIconStyle(QStyle* base);  // takes ownership of `base`

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
};

}  // namespace legease::ui
