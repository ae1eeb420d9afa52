<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ContentProblems</name>
    <message>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded with warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because of errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some content has warnings. Everything is loaded and ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is loaded and ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n content pack(s) have errors and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward your heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In small circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready. We start with your %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs. Next, your %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::core::CsvExport</name>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::core::HistoryStore</name>
    <message>
        <source>The disk is full, so this session could not be saved. It still runs; free some space to keep history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is read-only, so this session could not be saved. It still runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session could not be saved to your history (%1). It still runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LegEase cannot write to %1, so sessions will not be saved this time. They still run, and everything already in your history is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history file %1 is read-only, so sessions will not be saved this time. They still run, and everything already in it is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be opened (%1). Sessions still run but will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history file was damaged, so LegEase moved it aside to %1 and started a new one. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be read (%1). Sessions still run but will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history was written by a newer version of LegEase, so this one leaves it untouched and does not save sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be prepared (%1). Sessions still run but will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be updated to this version of LegEase (%1). It is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::core::SessionEngine</name>
    <message>
        <source>Paused because the computer was asleep. Continue when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::ArticleBrowser</name>
    <message>
        <source>When to hold back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::BenefitListModel</name>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anecdotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many well-run studies agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several controlled studies point the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few small studies, with mixed or early results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly people&apos;s own experience, with little research so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::BenefitsView</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article to read it. Enter moves to the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine for this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the loaded content holds a benefit article. If you expected some, a content pack may have been left out because of a problem; the Help menu lists any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence:&lt;/b&gt; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Routine:&lt;/b&gt; %1 · %2 of massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::FeelingScale</name>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · heavy or sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 · light and easy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::HistoryTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::HistoryView</name>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all sessions as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes each week and how your legs felt, last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. When you finish or stop a routine, it will appear here with how your legs felt before and after, and your streak will start to grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs before (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::LegDiagram</name>
    <message>
        <source>Leg diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing highlighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::MainWindow</name>
    <message>
        <source>LegEase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LegEase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line names the file inside its pack, the place in it, and what was expected. &apos;legease --validate FOLDER&apos; prints the same list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1, Ctrl+2, Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Benefits, Routines, History&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a routine&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the selected item, or start its routine&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export your history as CSV&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;&lt;br&gt;&lt;b&gt;During a session&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pause or resume&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Right / Left&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next step / previous step&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Restart this step&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;M / V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sound on or off / voice on or off&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop the session&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LegEase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LegEase %1&lt;/h3&gt;&lt;p&gt;Guided, timed self-massage for tired, heavy or aching legs.&lt;/p&gt;&lt;p&gt;LegEase offers general wellbeing guidance. It is not medical advice and does not replace your doctor, midwife or physiotherapist.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineDetail</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length, level and legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions for this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over or select a step to read how it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine from the list to see its steps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg first, then the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg first, then the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of massage, plus short pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage should feel good. Stop at once if anything hurts, tingles or feels numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for this step on one leg; the steps run again for the other leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for this step, both legs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 strokes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: %1 of massage (%2 for each leg), plus short pauses to get ready and to switch legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: %1 of massage for both legs together, plus a short pause to get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineListModel</name>
    <message>
        <source>Gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of massage, %3. Works on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps with: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutinesView</name>
    <message>
        <source>Helps with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds routines by title, summary, benefit, region or stroke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the routines that work on one part of the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg diagram, click a region to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a part of the leg to see its routines; click it again to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine to see its steps. Enter or a double-click starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and region filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a routine from the list to see its steps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines are loaded. If you expected some, a content pack may have been left out because of a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine that works on “%1” matches “%2”. Try another region or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine works on “%1” yet. Try another region or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine matches “%1”. Try other words or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a routine matches, its steps show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click again to see all routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click to see the routines for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::SafetyDialog</name>
    <message>
        <source>LegEase offers general wellbeing guidance. It is not medical advice and does not replace your doctor, midwife or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this, and I will stop if anything hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionIntroPage</name>
    <message>
        <source>How do your legs feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions for this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage should feel good. Stop at once if anything hurts, tingles or feels numb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionRunPage</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if anything hurts. Massage should only ever feel good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make yourself comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or lie so you can reach your %1 without straining. Warm your hands, and have a little oil or lotion nearby if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to change sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently shake out the leg you just finished and settle your %1 where you can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 strokes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: the end. Nearly there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: %1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken instructions are not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionSummaryPage</name>
    <message>
        <source>And how do your legs feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave your legs %1 of care and finished all %2 steps. Take a moment before you get up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You massaged for %1 and finished %2 of %3 steps. Stopping is always fine; listen to your legs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionView</name>
    <message>
        <source>%1 · LegEase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 into this session. Stop now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::SettingsDialog</name>
    <message>
        <source>%1 % of the written length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play soft &amp;sounds at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each step &amp;aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read steps aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voices were found to choose from, so reading aloud uses the default voice if there is one. Every step is always shown on screen as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready countdown in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get-ready countdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause to switch legs in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause to s&amp;witch legs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg &amp;first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::SoundEffectCueSound</name>
    <message>
        <source>Sound is not available on this computer, so cues are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound could not be played, so cues are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::TempoPulse</name>
    <message>
        <source>Stroke rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 strokes a minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legease::ui::TextToSpeechVoice</name>
    <message>
        <source>Spoken instructions are not available on this computer, so they are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken instructions stopped working, so they are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
