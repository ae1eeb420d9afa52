#pragma once

#include <QColor>
#include <QStyleOptionViewItem>

class QPainter;

// What the list delegates share: the style's own row background, colours for the row's state,
// and a hairline between unselected rows.
namespace legease::ui {

struct RowColors {
    QColor text;
    QColor back;
    bool selected = false;
};

// Draws the row background (selection, hover, focus) for `option`, already initialised for the
// index, with a hairline inset by `inset` at the bottom of unselected rows.
RowColors paintRowBackground(QPainter* painter, QStyleOptionViewItem& option, int inset);

}  // namespace legease::ui
