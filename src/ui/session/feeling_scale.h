#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;

namespace legease::ui {

// "How do your legs feel?" answered with one tap from 0 (heavy, sore) to 10 (light, easy).
// Answering is optional; tapping the chosen number again clears it.
class FeelingScale : public QWidget {
    Q_OBJECT

public:
    explicit FeelingScale(const QString& question, QWidget* parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);

Q_SIGNALS:
    void valueChanged();

private:
    void choose(int value);

    QButtonGroup* m_buttons;
    std::optional<int> m_value;
};

}  // namespace legease::ui
