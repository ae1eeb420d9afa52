#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace legease::core {

// Where a session gets its time. Monotonic time measures the session; wall time only serves to
// notice that the computer slept (the monotonic clock stands still while it sleeps).
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;
    virtual qint64 wallMs() const = 0;
};

class SystemClock final : public Clock {
public:
    SystemClock();
    qint64 monotonicMs() const override;
    qint64 wallMs() const override;

private:
    QElapsedTimer m_timer;
};

}  // namespace legease::core
