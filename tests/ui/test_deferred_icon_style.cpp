// The style that keeps the menu bar from reading an image (and so loading every image-format
// plugin) before the first paint, while drawing exactly what the style underneath would.
#include "ui/deferred_icon_style.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QMenuBar>
#include <QPixmap>
#include <QStyleFactory>

namespace {

// Fusion, counting how often it is asked for an icon.
class CountingStyle : public QProxyStyle {
public:
    explicit CountingStyle(int& asked)
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
        , m_asked(asked)
    {
    }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        ++m_asked;
        return QProxyStyle::standardIcon(icon, option, widget);
    }

private:
    int& m_asked;
};

}  // namespace

TEST_CASE("the menu bar's overflow icon is only read from its file when it is drawn")
{
    int asked = 0;
    legease::ui::DeferredIconStyle style(new CountingStyle(asked));
    QMenuBar bar;
    bar.setStyle(&style);  // a menu bar takes its overflow icon from the style when it is made
    const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    CHECK_FALSE(icon.isNull());
    CHECK(asked == 0);

    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QImage expected = fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage();
    delete fusion;
    CHECK(icon.pixmap(16).toImage() == expected);
    CHECK(asked == 1);
    CHECK(icon.pixmap(16).toImage() == expected);
    CHECK(asked == 1);  // read once, then kept
}

TEST_CASE("every other icon comes straight from the style underneath")
{
    int asked = 0;
    legease::ui::DeferredIconStyle style(new CountingStyle(asked));
    (void)style.standardIcon(QStyle::SP_DialogOkButton);
    CHECK(asked == 1);
}
