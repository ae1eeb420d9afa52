<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContentProblems</name>
    <message numerus="yes">
        <source>%n content pack(s) have errors and were left out.</source>
        <translation>
            <numerusform>%n content pack has errors and was left out.</numerusform>
            <numerusform>%n content packs have errors and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::core::HistoryStore</name>
    <message numerus="yes">
        <source>A crash left damage in your history&apos;s journal. LegEase recovered %n session(s) and kept a copy of the history and its journal as they were, in %1. Nothing was deleted.</source>
        <translation>
            <numerusform>A crash left damage in your history&apos;s journal. LegEase recovered %n session and kept a copy of the history and its journal as they were, in %1. Nothing was deleted.</numerusform>
            <numerusform>A crash left damage in your history&apos;s journal. LegEase recovered %n sessions and kept a copy of the history and its journal as they were, in %1. Nothing was deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::plugins::HistoryView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1.</source>
        <translation>
            <numerusform>Saved %n session to %1.</numerusform>
            <numerusform>Saved %n sessions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No minutes in the last %n week(s).</source>
        <translation>
            <numerusform>No minutes in the last %n week.</numerusform>
            <numerusform>No minutes in the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s): %1 minutes in all, the most (%2) in the week of %3.</source>
        <translation>
            <numerusform>Last %n week: %1 minutes in all, the most (%2) in the week of %3.</numerusform>
            <numerusform>Last %n weeks: %1 minutes in all, the most (%2) in the week of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::BenefitsView</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::OwnRoutines</name>
    <message numerus="yes">
        <source>%1: %n warning(s), left out:</source>
        <translation>
            <numerusform>%1: %n warning, left out:</numerusform>
            <numerusform>%1: %n warnings, left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineDetail</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineEditor</name>
    <message numerus="yes">
        <source>%n thing(s) to fix before you can save.</source>
        <translation>
            <numerusform>%n thing to fix before you can save.</numerusform>
            <numerusform>%n things to fix before you can save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n thing(s) to fix first, marked beside the fields.</source>
        <translation>
            <numerusform>Not saved: %n thing to fix first, marked beside the fields.</numerusform>
            <numerusform>Not saved: %n things to fix first, marked beside the fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutinesView</name>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n routine(s)</source>
        <translation>
            <numerusform>%1 of %n routine</numerusform>
            <numerusform>%1 of %n routines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionIntroPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::StepListModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::TechniqueCard</name>
    <message numerus="yes">
        <source>Shown on: %1, a steady hold with %n slow breath(s) a minute</source>
        <translation>
            <numerusform>Shown on: %1, a steady hold with %n slow breath a minute</numerusform>
            <numerusform>Shown on: %1, a steady hold with %n slow breaths a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown on: %1, %2, %n stroke(s) a minute</source>
        <translation>
            <numerusform>Shown on: %1, %2, %n stroke a minute</numerusform>
            <numerusform>Shown on: %1, %2, %n strokes a minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::TechniquesView</name>
    <message numerus="yes">
        <source>in %n routine(s)</source>
        <translation>
            <numerusform>in %n routine</numerusform>
            <numerusform>in %n routines</numerusform>
        </translation>
    </message>
</context>
</TS>
