#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QToolButton;

namespace legease::ui {

// "How do your legs feel?" answered with one tap from 0 (heavy, sore) to 10 (light, easy).
// Answering is optional; choosing the chosen number again clears it.
//
// For the keyboard and screen readers it is a radio group: one tab stop (the chosen number, or
// the middle one before anything is chosen), the arrow keys move and choose, Home and End jump
// to the ends, Space or Enter chooses or clears, Delete clears. Each number is a radio button
// ("7 out of 10") inside a group named with the question and what the ends mean.
class FeelingScale : public QWidget {
    Q_OBJECT

public:
    explicit FeelingScale(const QString& question, QWidget* parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);
    // The number that takes focus: the chosen one, else the middle.
    QToolButton* focusButton() const;

Q_SIGNALS:
    void valueChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(int value);
    void moveTo(int value);
    void updateTabStop();

    QButtonGroup* m_buttons;
    std::optional<int> m_value;
};

}  // namespace legease::ui
