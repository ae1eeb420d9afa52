#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace legease::core {

// One guided session as the history keeps it.
struct SessionRecord {
    qint64 id = 0;  // given by the history store when the session is first written
    QString routineId;
    QString routineTitle;
    QDateTime startedAt;
    QDateTime endedAt;
    int activeSeconds = 0;
    int stepsDone = 0;
    int stepsTotal = 0;
    bool completed = false;
    std::optional<int> feelingBefore;  // 0 (heavy, sore) to 10 (light, easy)
    std::optional<int> feelingAfter;
    QString note;
};

}  // namespace legease::core
