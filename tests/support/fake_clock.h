#pragma once

#include "core/session/clock.h"

// A clock tests move by hand. Wall time follows monotonic time unless a test makes the
// computer "sleep", which moves only the wall clock, as a real suspend does.
class FakeClock final : public legease::core::Clock {
public:
    qint64 monotonicMs() const override { return m_monotonic; }
    qint64 wallMs() const override { return m_wall; }

    void advance(qint64 ms)
    {
        m_monotonic += ms;
        m_wall += ms;
    }
    void sleep(qint64 ms) { m_wall += ms; }
    // The date and time on the wall, as a person or the network might set it.
    void setWall(qint64 msSinceEpoch) { m_wall = msSinceEpoch; }

private:
    qint64 m_monotonic = 1'000'000;
    qint64 m_wall = 1'700'000'000'000;
};
