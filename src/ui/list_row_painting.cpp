#include "ui/list_row_painting.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace legease::ui {

QColor blend(const QColor& a, const QColor& b, qreal aShare)
{
    return QColor::fromRgbF(float(a.redF() * aShare + b.redF() * (1 - aShare)),
        float(a.greenF() * aShare + b.greenF() * (1 - aShare)), float(a.blueF() * aShare + b.blueF() * (1 - aShare)));
}

RowColors paintRowBackground(QPainter* painter, QStyleOptionViewItem& option, int inset)
{
    option.text.clear();
    option.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);

    RowColors colors;
    colors.selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                  ? QPalette::Active
                                                                                 : QPalette::Inactive;
    colors.text = option.palette.color(group, colors.selected ? QPalette::HighlightedText : QPalette::Text);
    colors.back = option.palette.color(group, colors.selected ? QPalette::Highlight : QPalette::Base);
    if (!colors.selected) {
        // A hairline between rows, so lines of one item do not run into the next.
        painter->save();
        painter->setPen(blend(colors.text, colors.back, 0.12));
        painter->drawLine(option.rect.bottomLeft() + QPoint(inset, 0), option.rect.bottomRight() - QPoint(inset, 0));
        painter->restore();
    }
    return colors;
}

}  // namespace legease::ui
