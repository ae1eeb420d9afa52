#include "ui/theme.h"

#include "ui/deferred_icon_style.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace legease::ui {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe3);
    const QColor muted(0x9a, 0x9c, 0xa0);
    const QColor accent(0x5b, 0x9b, 0xd5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8c, 0xbd, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xe6));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x77, 0x79, 0x7d));
    return p;
}

}  // namespace

void applyTheme(core::AppSettings::Theme theme)
{
    // What the desktop gave us, remembered before the first change so "system" can go back to it.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case core::AppSettings::Theme::System:
        QApplication::setStyle(new DeferredIconStyle(QStyleFactory::create(systemStyle)));
        QApplication::setPalette(systemPalette);
        break;
    case core::AppSettings::Theme::Light: {
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(new DeferredIconStyle(fusion));
        QApplication::setPalette(fusion->standardPalette());
        break;
    }
    case core::AppSettings::Theme::Dark:
        QApplication::setStyle(new DeferredIconStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
        break;
    }
}

}  // namespace legease::ui
