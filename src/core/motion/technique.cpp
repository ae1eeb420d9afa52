#include "core/motion/technique.h"

#include "core/motion/stroke_motion.h"

#include <map>
#include <tuple>

namespace legease::core {
namespace {

// Where a motion reads best: joints for joint work, the sole for the thumb, the back of the
// thigh for a stretch, the broad, plain calf for everything else.
QString regionForMotion(Motion motion)
{
    switch (motion) {
    case Motion::JointCircles:
        return QStringLiteral("ankle");
    case Motion::Circles:
        return QStringLiteral("knee");
    case Motion::ThumbWalk:
        return QStringLiteral("sole");
    case Motion::StretchHold:
        return QStringLiteral("back-thigh");
    default:
        break;
    }
    return QStringLiteral("calf");
}

Direction directionForMotion(Motion motion)
{
    switch (motion) {
    case Motion::Glide:
    case Motion::LymphStretch:
        return Direction::TowardHeart;
    case Motion::Knead:
    case Motion::Wring:
    case Motion::Roll:
    case Motion::ThumbWalk:
        return Direction::AlongMuscle;
    case Motion::Circles:
    case Motion::JointCircles:
        return Direction::Circular;
    case Motion::Press:
    case Motion::Tap:
    case Motion::StretchHold:
        break;
    }
    return Direction::None;
}

}  // namespace

TechniqueExample techniqueExample(const ContentLibrary& library, const QString& strokeId)
{
    const Stroke* stroke = library.stroke(strokeId);
    const Motion motion = stroke ? motionOf(*stroke) : motionForStrokeId(strokeId);

    // The most used (region, direction) pair, ties going to the first seen.
    std::map<std::tuple<QString, int>, std::pair<int, int>> uses;  // -> (count, first seen)
    const Step* first = nullptr;
    int order = 0;
    for (const Routine& routine : library.routines()) {
        for (const Step& step : routine.steps) {
            if (step.stroke != strokeId || !library.region(step.region))
                continue;
            auto& use = uses[{step.region, int(step.direction)}];
            if (use.first == 0)
                use.second = order++;
            ++use.first;
            if (!first)
                first = &step;
        }
    }
    if (first) {
        // The region that shows the motion best, if the routines use the stroke there; else the
        // one they use it on most.
        const QString showcase = regionForMotion(motion);
        auto best = uses.end();
        for (auto it = uses.begin(); it != uses.end(); ++it) {
            const bool better = best == uses.end()
                || (std::get<0>(it->first) == showcase) > (std::get<0>(best->first) == showcase)
                || ((std::get<0>(it->first) == showcase) == (std::get<0>(best->first) == showcase)
                    && (it->second.first > best->second.first
                        || (it->second.first == best->second.first && it->second.second < best->second.second)));
            if (better)
                best = it;
        }
        TechniqueExample example;
        example.stroke = strokeId;
        example.region = std::get<0>(best->first);
        example.direction = Direction(std::get<1>(best->first));
        example.tempo = stroke && stroke->defaultTempo ? *stroke->defaultTempo : defaultTempo(motion);
        return example;
    }

    TechniqueExample example;
    example.stroke = strokeId;
    example.region = regionForMotion(motion);
    if (!library.region(example.region) && !library.regions().empty())
        example.region = library.regions().front().id;
    example.direction = directionForMotion(motion);
    example.tempo = stroke && stroke->defaultTempo ? *stroke->defaultTempo : defaultTempo(motion);
    return example;
}

TechniqueExample techniqueExample(const ContentLibrary& library, const Step& step)
{
    return {step.stroke, step.region, step.direction, stepTempo(step, library.stroke(step.stroke))};
}

QStringList routinesUsing(const ContentLibrary& library, const QString& strokeId)
{
    QStringList ids;
    for (const Routine& routine : library.routines())
        for (const Step& step : routine.steps)
            if (step.stroke == strokeId) {
                ids << routine.id;
                break;
            }
    return ids;
}

}  // namespace legease::core
