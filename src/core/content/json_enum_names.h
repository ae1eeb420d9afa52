#pragma once

#include "core/choice.h"
#include "core/content/model.h"

#include <array>

// The JSON spellings of the content enums, one table each, used both to read and to write them.
namespace legease::core {

inline constexpr std::array viewChoices{
    Choice<View>{View::Front, "front"}, Choice<View>{View::Back, "back"}};
inline constexpr std::array pressureChoices{Choice<Pressure>{Pressure::Light, "light"},
    Choice<Pressure>{Pressure::Medium, "medium"}, Choice<Pressure>{Pressure::Firm, "firm"}};
inline constexpr std::array directionChoices{
    Choice<Direction>{Direction::TowardHeart, "toward-heart"},
    Choice<Direction>{Direction::Circular, "circular"},
    Choice<Direction>{Direction::AlongMuscle, "along-muscle"},
    Choice<Direction>{Direction::None, "none"}};
inline constexpr std::array levelChoices{Choice<Level>{Level::Gentle, "gentle"},
    Choice<Level>{Level::Moderate, "moderate"}, Choice<Level>{Level::Firm, "firm"}};
inline constexpr std::array sidesChoices{
    Choice<Sides>{Sides::LeftThenRight, "left-then-right"},
    Choice<Sides>{Sides::RightThenLeft, "right-then-left"},
    Choice<Sides>{Sides::BothTogether, "both-together"}};
inline constexpr std::array evidenceChoices{Choice<Evidence>{Evidence::Strong, "strong"},
    Choice<Evidence>{Evidence::Moderate, "moderate"},
    Choice<Evidence>{Evidence::Limited, "limited"},
    Choice<Evidence>{Evidence::Anecdotal, "anecdotal"}};
inline constexpr std::array motionChoices{Choice<Motion>{Motion::Glide, "glide"},
    Choice<Motion>{Motion::Knead, "knead"}, Choice<Motion>{Motion::Wring, "wring"},
    Choice<Motion>{Motion::Circles, "circles"}, Choice<Motion>{Motion::Press, "press"},
    Choice<Motion>{Motion::Tap, "tap"}, Choice<Motion>{Motion::ThumbWalk, "thumb-walk"},
    Choice<Motion>{Motion::LymphStretch, "lymph-stretch"}, Choice<Motion>{Motion::Roll, "roll"},
    Choice<Motion>{Motion::StretchHold, "stretch-hold"}, Choice<Motion>{Motion::JointCircles, "joint-circles"}};

}  // namespace legease::core
