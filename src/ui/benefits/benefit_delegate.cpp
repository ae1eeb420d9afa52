#include "ui/benefits/benefit_delegate.h"

#include "ui/benefits/benefit_list_model.h"
#include "ui/color_mix.h"
#include "ui/list_row_painting.h"

#include <QAbstractItemView>
#include <QPainter>

#include <algorithm>

namespace legease::ui {
namespace {

constexpr int kPadX = 12;
constexpr int kPadY = 10;
constexpr int kGap = 4;
// Ten rows at a handful of widths each; dragging the splitter makes a new width at every step,
// so the texts are laid out afresh once this many are kept.
constexpr qsizetype kMaxWrappedTexts = 200;

}  // namespace

void BenefitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const RowColors colors = paintRowBackground(painter, opt, kPadX);
    painter->save();
    layoutItem(painter, opt, index, colors.text, mix(colors.back, colors.text, colors.selected ? 0.85 : 0.68));
    painter->restore();
}

QSize BenefitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto* view = qobject_cast<const QAbstractItemView*>(opt.widget);
    opt.rect = QRect(0, 0, view ? view->viewport()->width() : 300, 0);
    return QSize(opt.rect.width(), layoutItem(nullptr, opt, index, QColor(), QColor()));
}

// Returns the height the item needs; paints it too when given a painter.
int BenefitDelegate::layoutItem(QPainter* painter, const QStyleOptionViewItem& opt, const QModelIndex& index,
    const QColor& text, const QColor& muted) const
{
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(opt.font);

    const QString number = index.data(BenefitListModel::NumberRole).toString();
    const int lastNumber = index.model()->rowCount();
    const int numberWidth = titleMetrics.horizontalAdvance(QString::number(std::max(lastNumber, 10))) + 10;
    const int left = opt.rect.left() + kPadX + numberWidth;
    const int width = std::max(40, opt.rect.width() - 2 * kPadX - numberWidth);
    int y = opt.rect.top() + kPadY;

    if (painter) {
        painter->setPen(muted);
        painter->setFont(titleFont);
        painter->drawText(QRect(opt.rect.left() + kPadX, y, numberWidth - 10, titleMetrics.height()),
            Qt::AlignRight | Qt::AlignTop, number);
        painter->setPen(text);
    }
    const auto title = wrapped(index.data(Qt::DisplayRole).toString(), titleFont, width, 3);
    y += drawWrapped(painter, *title, QPoint(left, y)) + kGap;
    if (painter)
        painter->setPen(muted);
    const auto summary = wrapped(index.data(BenefitListModel::SummaryRole).toString(), opt.font, width, 2);
    y += drawWrapped(painter, *summary, QPoint(left, y)) + kGap + 2;

    const QString evidence = index.data(BenefitListModel::EvidenceRole).toString();
    // The tag is set in the text's own size: a smaller one would be one more font to load before
    // the first paint.
    const QRect tag(left, y, std::min(width, metrics.horizontalAdvance(evidence) + 14), metrics.height() + 4);
    if (painter) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(muted, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(tag).adjusted(0.5, 0.5, -0.5, -0.5), tag.height() / 2.0, tag.height() / 2.0);
        painter->setFont(opt.font);
        painter->drawText(tag, Qt::AlignCenter, metrics.elidedText(evidence, Qt::ElideRight, tag.width() - 8));
    }
    y += tag.height() + kPadY;
    return y - opt.rect.top();
}

std::shared_ptr<const BenefitDelegate::WrappedText> BenefitDelegate::wrapped(
    const QString& text, const QFont& font, int width, int maxLines) const
{
    const QString key = QStringLiteral("%1\n%2\n%3\n").arg(font.key()).arg(width).arg(maxLines) + text;
    if (const auto found = m_wrapped.constFind(key); found != m_wrapped.cend())
        return found.value();
    if (m_wrapped.size() >= kMaxWrappedTexts)
        m_wrapped.clear();

    auto result = std::make_shared<WrappedText>();
    const QFontMetrics metrics(font);
    QTextLayout& layout = result->layout;
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);  // keeps the shaped glyphs for painting
    layout.beginLayout();
    for (int count = 0; count < maxLines; ++count) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, result->height));
        result->height += metrics.lineSpacing();
    }
    layout.endLayout();
    if (layout.lineCount() > 0) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        if (last.textStart() + last.textLength() < text.size())
            result->elidedLastLine = metrics.elidedText(text.mid(last.textStart()), Qt::ElideRight, width);
    }
    m_wrapped.insert(key, result);
    return result;
}

// Paints `wrapped` when given a painter; returns its height either way.
int BenefitDelegate::drawWrapped(QPainter* painter, const WrappedText& wrapped, QPoint topLeft)
{
    if (!painter)
        return wrapped.height;
    painter->setFont(wrapped.layout.font());
    const int lines = wrapped.layout.lineCount();
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = wrapped.layout.lineAt(i);
        if (i == lines - 1 && !wrapped.elidedLastLine.isEmpty())
            painter->drawText(topLeft + QPoint(0, int(line.y()) + QFontMetrics(wrapped.layout.font()).ascent()),
                wrapped.elidedLastLine);
        else
            line.draw(painter, topLeft);
    }
    return wrapped.height;
}

}  // namespace legease::ui
