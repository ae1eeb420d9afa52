#pragma once

namespace legease::core {

// Which leg a segment of a session works on. Content never says "left" or "right": the engine
// mirrors each routine for the second leg, or runs it once for both legs together.
enum class Leg { Left, Right, Both };

}  // namespace legease::core
