#include "ui/text_label.h"

#include <QLabel>

namespace legease::ui {

QLabel* textLabel(double scale, bool bold, TextSelection selection)
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);  // pack text is never interpreted as markup
    if (selection == TextSelection::Mouse)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

}  // namespace legease::ui
