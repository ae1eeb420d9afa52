#pragma once

// Walks a window's accessibility tree as a screen reader (through AT-SPI) sees it, and lists
// what a blind or speech-control user would trip over:
// - a focusable object without a name,
// - a label whose accessible name is not the text it shows (Qt 6.4 lets a set name replace
//   a label's text for AT-SPI, hiding what sighted people read),
// - a control whose accessible name does not start with its visible text (speech control users
//   say what they see),
// - a focusable scroll area without a name.
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QLabel>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace legease::test {

// What a label shows, as plain text with its mnemonic marker removed.
inline QString visibleText(const QLabel* label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text.remove(QLatin1Char('&')).trimmed();
}

inline QString visibleText(const QAbstractButton* button)
{
    return button->text().remove(QLatin1Char('&')).trimmed();
}

// The name a screen reader hears for `widget`: its accessible name, else what it shows.
inline QString spokenName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

inline QString describe(QAccessibleInterface* iface)
{
    QObject* object = iface->object();
    QAccessibleInterface* parent = iface->parent();
    QObject* parentObject = parent ? parent->object() : nullptr;
    return QStringLiteral("%1 \"%2\", role %3, in %4")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("item"),
            iface->text(QAccessible::Name), QString::number(int(iface->role()), 16),
            parentObject ? QString::fromLatin1(parentObject->metaObject()->className()) : QStringLiteral("?"));
}

inline void collectProblems(QAccessibleInterface* iface, QStringList& problems, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    const QString name = iface->text(QAccessible::Name).trimmed();
    QObject* object = iface->object();
    const auto* widget = qobject_cast<QWidget*>(object);
    const bool shown = !state.invisible && (!widget || widget->isVisible());
    if (shown) {
        if (state.focusable && name.isEmpty())
            problems << QStringLiteral("focusable without a name: ") + describe(iface);
        if (const auto* label = qobject_cast<QLabel*>(object)) {
            if (name != visibleText(label))
                problems << QStringLiteral("label named \"%1\" but showing \"%2\"").arg(name.left(60), visibleText(label).left(60));
        } else if (const auto* button = qobject_cast<QAbstractButton*>(object)) {
            const QString text = visibleText(button);
            if (!text.isEmpty() && !name.startsWith(text, Qt::CaseInsensitive))
                problems << QStringLiteral("control showing \"%1\" is named \"%2\"").arg(text, name);
        } else if (qobject_cast<QAbstractScrollArea*>(object) && state.focusable && name.isEmpty()) {
            problems << QStringLiteral("focusable scroll area without a name: ") + describe(iface);
        }
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectProblems(iface->child(i), problems, depth + 1);
}

inline QStringList accessibilityProblems(QWidget* window)
{
    QStringList problems;
    collectProblems(QAccessible::queryAccessibleInterface(window), problems);
    problems.removeDuplicates();
    return problems;
}

}  // namespace legease::test
