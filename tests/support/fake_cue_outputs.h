#pragma once

#include "core/session/cue_outputs.h"

#include <QStringList>

#include <vector>

// Records what a session would have played and said. `failOnPlay` makes it behave like a
// computer without sound: it reports once and then stays quiet.
class FakeCueSound final : public legease::core::CueSound {
public:
    void play(legease::core::Cue cue) override
    {
        if (failOnPlay) {
            if (!m_reported)
                Q_EMIT unavailable(QStringLiteral("Sound is not available on this computer."));
            m_reported = true;
            return;
        }
        played.push_back(cue);
    }
    void setVolume(double value) override { volume = value; }

    std::vector<legease::core::Cue> played;
    double volume = -1;
    bool failOnPlay = false;

private:
    bool m_reported = false;
};

class FakeCueVoice final : public legease::core::CueVoice {
public:
    void say(const QString& text) override { said << text; }
    void stop() override { ++stops; }

    QStringList said;
    int stops = 0;
};
