#pragma once

#include <QStringList>
#include <QWidget>

namespace legease::ui {

// Says something to a screen reader without moving keyboard focus: a new step, a cue, the end
// of a session. Qt 6.4 has no announcement for AT-SPI, but Orca (43, Debian 12) speaks an
// object with the notification role as it comes into view. So this is an invisible one-pixel
// child with that role that shows itself again, named with the new words, for each
// announcement. Texts given in one turn of the event loop are joined and spoken once, in order:
// a screen reader reads the name when it gets round to the event, so a second text set at once
// would be all it ever said.
class Announcer : public QWidget {
    Q_OBJECT

public:
    explicit Announcer(QWidget* parent);

    void announce(const QString& text);
    // What is being said (or was said last): the notification's accessible name.
    QString text() const { return m_text; }

Q_SIGNALS:
    void announced(const QString& text);

private:
    void speak();

    QString m_text;
    QStringList m_pending;
};

}  // namespace legease::ui
