#pragma once

#include "core/session/cue.h"

#include <QObject>
#include <QString>

// The ways a session can be heard. Both are optional extras: an implementation that cannot play
// says so once through `unavailable` and then stays quiet; it never blocks or stops a session.
// Real ones live in the ui layer (Qt Multimedia, Qt TextToSpeech); tests use fakes.
namespace legease::core {

class CueSound : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void play(Cue cue) = 0;
    virtual void setVolume(double volume) = 0;  // 0.0 to 1.0

Q_SIGNALS:
    void unavailable(const QString& reason);
};

class CueVoice : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void say(const QString& text) = 0;  // replaces whatever is being said
    virtual void stop() = 0;

Q_SIGNALS:
    void unavailable(const QString& reason);
};

}  // namespace legease::core
