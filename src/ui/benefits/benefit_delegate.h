#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

namespace legease::ui {

// One article in the Benefits list: its number, the title in bold, a two-line summary and the
// evidence grade as a tag.
//
// A list asks for each row's size several times before its first paint, and again whenever its
// width changes, then paints it. Shaping the title and summary is most of that work, so each text
// is laid out once per width and kept: measuring and painting at a width use the same lines, so
// they always agree too.
class BenefitDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // A text broken into at most a number of lines of one width, the last one elided when the
    // text runs on.
    struct WrappedText {
        QTextLayout layout;
        QString elidedLastLine;  // empty when the text fits
        int height = 0;
    };

    int layoutItem(QPainter* painter, const QStyleOptionViewItem& opt, const QModelIndex& index, const QColor& text,
        const QColor& muted) const;
    std::shared_ptr<const WrappedText> wrapped(const QString& text, const QFont& font, int width, int maxLines) const;
    static int drawWrapped(QPainter* painter, const WrappedText& wrapped, QPoint topLeft);

    mutable QHash<QString, std::shared_ptr<WrappedText>> m_wrapped;
};

}  // namespace legease::ui
