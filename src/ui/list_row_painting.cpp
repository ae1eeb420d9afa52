#include "ui/list_row_painting.h"

#include "ui/color_mix.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace legease::ui {

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
        painter->setPen(mix(colors.back, colors.text, 0.12));
        painter->drawLine(option.rect.bottomLeft() + QPoint(inset, 0), option.rect.bottomRight() - QPoint(inset, 0));
        painter->restore();
    }
    return colors;
}

}  // namespace legease::ui
