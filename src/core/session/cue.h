#pragma once

namespace legease::core {

// Moments in a session worth a sound, a spoken word or a visible note.
enum class Cue {
    StepStarted,     // a massage step begins
    CountdownThree,  // three seconds before the current segment ends
    CountdownTwo,
    CountdownOne,
    Halfway,         // halfway through a massage step
    SwitchLegs,      // the pause between the first and the second leg begins
    Finished,        // the last step is done
};

}  // namespace legease::core
