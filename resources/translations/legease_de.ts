<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ContentProblems</name>
    <message>
        <source>Content problems</source>
        <translation>Probleme mit Inhalten</translation>
    </message>
    <message>
        <source>the built-in pack</source>
        <translation>das mitgelieferte Paket</translation>
    </message>
    <message>
        <source>Loaded with warnings: %1</source>
        <translation>Mit Warnungen geladen: %1</translation>
    </message>
    <message>
        <source>Left out because of errors: %1</source>
        <translation>Wegen Fehlern weggelassen: %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Some content has warnings. Everything is loaded and ready to use.</source>
        <translation>Einige Inhalte haben Warnungen. Alles ist geladen und einsatzbereit.</translation>
    </message>
    <message>
        <source>Everything else is loaded and ready to use.</source>
        <translation>Alles andere ist geladen und einsatzbereit.</translation>
    </message>
    <message numerus="yes">
        <source>%n content pack(s) have errors and were left out.</source>
        <translation>
            <numerusform>%n Inhaltspaket hat Fehler und wurde weggelassen.</numerusform>
            <numerusform>%n Inhaltspakete haben Fehler und wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentWords</name>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>your left leg</source>
        <translation>dein linkes Bein</translation>
    </message>
    <message>
        <source>your right leg</source>
        <translation>dein rechtes Bein</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Leichter Druck</translation>
    </message>
    <message>
        <source>Medium pressure</source>
        <translation>Mittlerer Druck</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Fester Druck</translation>
    </message>
    <message>
        <source>Toward your heart</source>
        <translation>Zum Herzen hin</translation>
    </message>
    <message>
        <source>In small circles</source>
        <translation>In kleinen Kreisen</translation>
    </message>
    <message>
        <source>Along the muscle</source>
        <translation>Am Muskel entlang</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>pressure</comment>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>pressure</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Firm</source>
        <comment>pressure</comment>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Gentle</source>
        <comment>level</comment>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>level</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Firm</source>
        <comment>level</comment>
        <translation>Kräftig</translation>
    </message>
    <message>
        <source>Left leg first, then the right</source>
        <translation>Erst das linke Bein, dann das rechte</translation>
    </message>
    <message>
        <source>Right leg first, then the left</source>
        <translation>Erst das rechte Bein, dann das linke</translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation>Beide Beine zusammen</translation>
    </message>
    <message>
        <source>No particular direction</source>
        <translation>Ohne bestimmte Richtung</translation>
    </message>
    <message>
        <source>toward your heart</source>
        <translation>Richtung Herz</translation>
    </message>
    <message>
        <source>in small circles</source>
        <translation>in kleinen Kreisen</translation>
    </message>
    <message>
        <source>up and down along the muscle</source>
        <translation>am Muskel entlang auf und ab</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>auf der Stelle</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <comment>stroke on region, direction</comment>
        <translation>%1 – %2, %3</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Get ready. We start with %1.</source>
        <translation>Mach dich bereit. Als Erstes: %1.</translation>
    </message>
    <message>
        <source>Switch legs. Next, %1.</source>
        <translation>Beinwechsel. Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4, %5. %6. %7</source>
        <translation>%1, Schritt %2 von %3: %4, %5. %6. %7</translation>
    </message>
</context>
<context>
    <name>legease::core::HistoryStore</name>
    <message>
        <source>The disk is full, so this session could not be saved. It still runs; free some space to keep history.</source>
        <translation>Der Datenträger ist voll, daher konnte diese Einheit nicht gespeichert werden. Sie läuft trotzdem weiter; gib etwas Speicherplatz frei, damit dein Verlauf weitergeführt wird.</translation>
    </message>
    <message>
        <source>The history file is read-only, so this session could not be saved. It still runs.</source>
        <translation>Die Verlaufsdatei ist schreibgeschützt, daher konnte diese Einheit nicht gespeichert werden. Sie läuft trotzdem weiter.</translation>
    </message>
    <message>
        <source>This session could not be saved to your history (%1). It still runs.</source>
        <translation>Diese Einheit konnte nicht in deinem Verlauf gespeichert werden (%1). Sie läuft trotzdem weiter.</translation>
    </message>
    <message>
        <source>LegEase cannot write to %1, so sessions will not be saved this time. They still run, and everything already in your history is untouched.</source>
        <translation>LegEase kann nicht in %1 schreiben, daher werden Einheiten diesmal nicht gespeichert. Sie laufen trotzdem, und alles, was schon in deinem Verlauf steht, bleibt unverändert.</translation>
    </message>
    <message>
        <source>Your history file was damaged, so LegEase moved it aside to %1 and started a new one. Nothing was deleted.</source>
        <translation>Deine Verlaufsdatei war beschädigt, daher hat LegEase sie nach %1 verschoben und eine neue angelegt. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of LegEase, so this one leaves it untouched and does not save sessions.</source>
        <translation>Dein Verlauf stammt von einer neueren Version von LegEase. Diese Version lässt ihn deshalb unverändert und speichert keine Einheiten.</translation>
    </message>
    <message>
        <source>Your history is busy: another LegEase seems to be saving to it. Sessions still run but will not be saved this time.</source>
        <translation>Dein Verlauf ist gerade belegt: Ein anderes LegEase scheint gerade darin zu speichern. Einheiten laufen trotzdem, werden diesmal aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing in your history was changed. Sessions still run but will not be saved this time.</source>
        <translation>An deinem Verlauf wurde nichts verändert. Einheiten laufen trotzdem, werden diesmal aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your history %1 is %2, not a file, so LegEase leaves it alone. Sessions still run but will not be saved this time.</source>
        <translation>Dein Verlauf %1 ist %2 und keine Datei, daher lässt LegEase ihn unangetastet. Einheiten laufen trotzdem, werden diesmal aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your sessions are shown and can be exported, but new sessions cannot be saved.</source>
        <translation>Deine Einheiten werden angezeigt und lassen sich exportieren, aber neue Einheiten können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The most recent ones may be missing here until LegEase can read all of your history again.</source>
        <translation>Die neuesten fehlen hier vielleicht, bis LegEase deinen ganzen Verlauf wieder lesen kann.</translation>
    </message>
    <message>
        <source>Your history also looks damaged, and since LegEase cannot change anything there, it leaves it as it is. Sessions still run but will not be saved this time.</source>
        <translation>Dein Verlauf sieht außerdem beschädigt aus, und weil LegEase dort nichts ändern kann, lässt es ihn, wie er ist. Einheiten laufen trotzdem, werden diesmal aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>A crash left damage in your history&apos;s journal, and LegEase could not keep a copy of it (%1), so it changes nothing there.</source>
        <translation>Ein Absturz hat das Journal deines Verlaufs beschädigt, und LegEase konnte keine Kopie davon anlegen (%1). Deshalb ändert es dort nichts.</translation>
    </message>
    <message numerus="yes">
        <source>A crash left damage in your history&apos;s journal. LegEase recovered %n session(s) and kept a copy of the history and its journal as they were, in %1. Nothing was deleted.</source>
        <translation>
            <numerusform>Ein Absturz hat das Journal deines Verlaufs beschädigt. LegEase hat %n Einheit wiederhergestellt und eine Kopie des Verlaufs und seines Journals, wie sie waren, unter %1 aufbewahrt. Es wurde nichts gelöscht.</numerusform>
            <numerusform>Ein Absturz hat das Journal deines Verlaufs beschädigt. LegEase hat %n Einheiten wiederhergestellt und eine Kopie des Verlaufs und seines Journals, wie sie waren, unter %1 aufbewahrt. Es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be moved aside</source>
        <translation>er konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>LegEase may not read your history file %1.</source>
        <translation>LegEase darf deine Verlaufsdatei %1 nicht lesen.</translation>
    </message>
    <message>
        <source>LegEase may not read or change %1, which belongs to your history.</source>
        <translation>LegEase darf %1, das zu deinem Verlauf gehört, weder lesen noch ändern.</translation>
    </message>
    <message>
        <source>LegEase may not write in the folder %1 that holds your history.</source>
        <translation>LegEase darf nicht in den Ordner %1 schreiben, in dem dein Verlauf liegt.</translation>
    </message>
    <message>
        <source>Your history file %1 is read-only.</source>
        <translation>Deine Verlaufsdatei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk that holds your history is full.</source>
        <translation>Der Datenträger, auf dem dein Verlauf liegt, ist voll.</translation>
    </message>
    <message>
        <source>Your history cannot be used right now (%1).</source>
        <translation>Dein Verlauf lässt sich gerade nicht verwenden (%1).</translation>
    </message>
</context>
<context>
    <name>legease::core::OwnPack</name>
    <message>
        <source>could not copy %1 to %2</source>
        <translation>%1 ließ sich nicht nach %2 kopieren</translation>
    </message>
    <message>
        <source>there is no folder for your own routines</source>
        <translation>es gibt keinen Ordner für deine eigenen Routinen</translation>
    </message>
    <message>
        <source>could not make the folder %1</source>
        <translation>der Ordner %1 ließ sich nicht anlegen</translation>
    </message>
    <message>
        <source>there is no file %1 to remove</source>
        <translation>es gibt keine Datei %1 zum Entfernen</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>%1 ließ sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>could not move %1 into place: %2</source>
        <translation>%1 ließ sich nicht an seinen Platz bringen: %2</translation>
    </message>
    <message>
        <source>could not put %1 in place: %2</source>
        <translation>%1 ließ sich nicht austauschen: %2</translation>
    </message>
</context>
<context>
    <name>legease::core::PersonsSettings</name>
    <message>
        <source>Your settings file %1 is %2, not a regular file, so LegEase leaves it alone and starts with the default settings. Changes you make now will not be kept.</source>
        <translation>Deine Einstellungsdatei %1 ist %2 und keine normale Datei, daher lässt LegEase sie unangetastet und startet mit den Standardeinstellungen. Was du jetzt änderst, wird nicht behalten.</translation>
    </message>
</context>
<context>
    <name>legease::core::SaveFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>dein Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the file would be bigger than this system allows</source>
        <translation>die Datei wäre größer, als dieses System erlaubt</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a link that loops back on itself</source>
        <translation>ein Link, der auf sich selbst zurückführt</translation>
    </message>
    <message>
        <source>a link that leads nowhere</source>
        <translation>ein Link, der ins Leere führt</translation>
    </message>
    <message>
        <source>it is %1, not a regular file, so LegEase leaves it alone</source>
        <translation>es ist %1 und keine normale Datei, daher lässt LegEase es unangetastet</translation>
    </message>
</context>
<context>
    <name>legease::core::SessionEngine</name>
    <message>
        <source>Paused because the computer was asleep. Continue when you are ready.</source>
        <translation>Pausiert, weil der Computer im Ruhezustand war. Mach weiter, wenn du bereit bist.</translation>
    </message>
</context>
<context>
    <name>legease::core::Sharing</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>%1 has problems, so nothing was imported</source>
        <translation>%1 hat Probleme, deshalb wurde nichts importiert</translation>
    </message>
    <message>
        <source>there are no routines of your own to export yet</source>
        <translation>du hast noch keine eigenen Routinen zum Exportieren</translation>
    </message>
    <message>
        <source>these routines take %1 bytes, more than the 1 MiB a file may hold; export them one by one</source>
        <translation>diese Routinen brauchen %1 Bytes, mehr als das 1 MiB, das eine Datei fassen darf; exportiere sie einzeln</translation>
    </message>
</context>
<context>
    <name>legease::plugins::HistoryTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>QLocale date format of the When column</comment>
        <translation>dd.MM.yyyy, HH:mm</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Before %1, after %2</source>
        <translation>Vorher %1, nachher %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
</context>
<context>
    <name>legease::plugins::HistoryView</name>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show sessions of</source>
        <translation>Einheiten anzeigen für</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>minutes of care</source>
        <translation>Minuten Massage</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes each week and how your legs felt, last 12 weeks</source>
        <translation>Minuten pro Woche und wie sich deine Beine angefühlt haben, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>No sessions yet. When you finish or stop a routine, it will appear here with how your legs felt before and after, and your streak will start to grow.</source>
        <translation>Noch keine Einheiten. Wenn du eine Routine abschließt oder vorzeitig beendest, erscheint sie hier – mit dem, wie sich deine Beine vorher und nachher angefühlt haben. Und deine Serie beginnt zu wachsen.</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Legs before (0–10)</source>
        <translation>Beine vorher (0–10)</translation>
    </message>
    <message>
        <source>Legs after (0–10)</source>
        <translation>Beine nachher (0–10)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>feeling</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Einheit in %1 gespeichert.</numerusform>
            <numerusform>%n Einheiten in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation>Der Verlauf konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>d/M</source>
        <comment>QLocale date format of a week on a narrow chart</comment>
        <translation>d.M</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date format of a week on the chart</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Saves every session in a spreadsheet file</source>
        <translation>Speichert alle Einheiten in einer Tabellendatei</translation>
    </message>
    <message numerus="yes">
        <source>No minutes in the last %n week(s).</source>
        <translation>
            <numerusform>Keine Minuten in der letzten %n Woche.</numerusform>
            <numerusform>Keine Minuten in den letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s): %1 minutes in all, the most (%2) in the week of %3.</source>
        <translation>
            <numerusform>Letzte %n Woche: %1 Minuten insgesamt, die meisten (%2) in der Woche vom %3.</numerusform>
            <numerusform>Letzte %n Wochen: %1 Minuten insgesamt, die meisten (%2) in der Woche vom %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>On average your legs felt %1 before and %2 after, from 0 (heavy or sore) to 10 (light and easy).</source>
        <translation>Im Schnitt fühlten sich deine Beine vorher wie %1 und nachher wie %2 an, von 0 (schwer oder wund) bis 10 (leicht und locker).</translation>
    </message>
    <message>
        <source>Your sessions cannot be shown right now. The message above says why.</source>
        <translation>Deine Einheiten können gerade nicht angezeigt werden. Die Nachricht darüber sagt, warum.</translation>
    </message>
</context>
<context>
    <name>legease::plugins::SoundEffectCueSound</name>
    <message>
        <source>Sound is not available on this computer, so cues are shown on screen only.</source>
        <translation>Auf diesem Computer ist kein Ton verfügbar, daher erscheinen die Signale nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Sound could not be played, so cues are shown on screen only.</source>
        <translation>Der Ton konnte nicht abgespielt werden, daher erscheinen die Signale nur auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>legease::plugins::TextToSpeechVoice</name>
    <message>
        <source>Spoken instructions are not available on this computer, so they are shown on screen only.</source>
        <translation>Gesprochene Anleitungen sind auf diesem Computer nicht verfügbar, daher erscheinen sie nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Spoken instructions stopped working, so they are shown on screen only.</source>
        <translation>Die gesprochene Anleitung funktioniert nicht mehr, daher erscheint sie nur auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>legease::ui::ArticleBrowser</name>
    <message>
        <source>When to hold back</source>
        <translation>Wann du vorsichtig sein solltest</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
</context>
<context>
    <name>legease::ui::Asking</name>
    <message>
        <source>LegEase</source>
        <translation>LegEase</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Deine Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>If you don’t save them, they are lost.</source>
        <translation>Wenn du sie nicht speicherst, gehen sie verloren.</translation>
    </message>
</context>
<context>
    <name>legease::ui::BenefitListModel</name>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>begrenzt</translation>
    </message>
    <message>
        <source>anecdotal</source>
        <translation>anekdotisch</translation>
    </message>
    <message>
        <source>many well-run studies agree</source>
        <translation>viele gut gemachte Studien stimmen überein</translation>
    </message>
    <message>
        <source>several controlled studies point the same way</source>
        <translation>mehrere kontrollierte Studien weisen in dieselbe Richtung</translation>
    </message>
    <message>
        <source>a few small studies, with mixed or early results</source>
        <translation>wenige kleine Studien mit gemischten oder vorläufigen Ergebnissen</translation>
    </message>
    <message>
        <source>mostly people&apos;s own experience, with little research so far</source>
        <translation>vor allem eigene Erfahrungen von Menschen, bisher kaum Forschung</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidenz: %1</translation>
    </message>
</context>
<context>
    <name>legease::ui::BenefitsView</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Diese Routine starten</translation>
    </message>
    <message>
        <source>Benefit articles</source>
        <translation>Artikel zum Nutzen</translation>
    </message>
    <message>
        <source>Choose an article to read it. Enter moves to the article&apos;s text.</source>
        <translation>Wähle einen Artikel aus, um ihn zu lesen. Mit der Eingabetaste springst du zum Artikeltext.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>No articles to show</source>
        <translation>Keine Artikel vorhanden</translation>
    </message>
    <message>
        <source>None of the loaded content holds a benefit article. If you expected some, a content pack may have been left out because of a problem; the Help menu lists any.</source>
        <translation>Die geladenen Inhalte enthalten keinen Artikel zum Nutzen. Falls du welche erwartet hast, wurde vielleicht ein Inhaltspaket wegen eines Problems weggelassen; das Menü „Hilfe“ zeigt dir, welches.</translation>
    </message>
    <message>
        <source>Begin “%1”</source>
        <translation>„%1“ beginnen</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidenz:</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The evidence line: its grade, then what the grade means.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 of massage</source>
        <extracomment>The routine line: its name, then how long its massage lasts (&quot;about 13 minutes&quot;).</extracomment>
        <translation>%1 · %2 Massage</translation>
    </message>
</context>
<context>
    <name>legease::ui::DailyReminder</name>
    <message>
        <source>&amp;Open LegEase</source>
        <translation>LegEase ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Choose a routine</source>
        <translation>Eine &amp;Routine wählen</translation>
    </message>
    <message>
        <source>&amp;Start “%1”</source>
        <translation>„%1“ &amp;starten</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Your system could not be asked to remind you each day: %1. Until LegEase starts again, it reminds you itself while it is open.</source>
        <translation>Dein System konnte nicht gebeten werden, dich täglich zu erinnern: %1. Bis LegEase das nächste Mal startet, erinnert es dich selbst, solange es geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>legease::ui::FeelingScale</name>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>0 · heavy or sore</source>
        <translation>0 · schwer oder schmerzend</translation>
    </message>
    <message>
        <source>10 · light and easy</source>
        <translation>10 · leicht und locker</translation>
    </message>
    <message>
        <source>%1 0 heavy or sore to 10 light and easy</source>
        <translation>%1 0 schwer oder wund bis 10 leicht und locker</translation>
    </message>
</context>
<context>
    <name>legease::ui::HowToDialog</name>
    <message>
        <source>How to do it: %1</source>
        <translation>So geht’s: %1</translation>
    </message>
</context>
<context>
    <name>legease::ui::LegDiagram</name>
    <message>
        <source>Leg diagram</source>
        <translation>Beindiagramm</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>front view</source>
        <translation>Vorderansicht</translation>
    </message>
    <message>
        <source>back view</source>
        <translation>Rückansicht</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nothing highlighted</source>
        <translation>Nichts hervorgehoben</translation>
    </message>
    <message>
        <source>Leg map: %1</source>
        <translation>Beinkarte: %1</translation>
    </message>
    <message>
        <source>Leg map</source>
        <translation>Beinkarte</translation>
    </message>
</context>
<context>
    <name>legease::ui::MainWindow</name>
    <message>
        <source>LegEase</source>
        <translation>LegEase</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Zur Sicherheit</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Probleme mit Inhalten</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV</source>
        <translation>&amp;Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>&amp;Nutzen</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Find a routine</source>
        <translation>Routine &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Safety information</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Content &amp;problems</source>
        <translation>&amp;Probleme mit Inhalten</translation>
    </message>
    <message>
        <source>&amp;About LegEase</source>
        <translation>Ü&amp;ber LegEase</translation>
    </message>
    <message>
        <source>Each line names the file inside its pack, the place in it, and what was expected. &apos;legease --validate FOLDER&apos; prints the same list.</source>
        <translation>Jede Zeile nennt die Datei im Paket, die Stelle darin und was erwartet wurde. „legease --validate ORDNER“ gibt dieselbe Liste aus.</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a routine&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Routine suchen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the selected item, or start its routine&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabetaste&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewähltes öffnen oder die Routine starten&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einstellungen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export your history as CSV&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deinen Verlauf als CSV exportieren&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;&lt;br&gt;&lt;b&gt;During a session&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=2&gt;&lt;br&gt;&lt;b&gt;Während einer Einheit&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pause or resume&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pausieren oder fortsetzen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Right / Left&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next step / previous step&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pfeil rechts / links&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nächster Schritt / vorheriger Schritt&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Restart this step&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Diesen Schritt neu starten&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;M / V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sound on or off / voice on or off&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;M / V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ton an oder aus / Stimme an oder aus&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop the session&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die Einheit beenden&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About LegEase</source>
        <translation>Über LegEase</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LegEase %1&lt;/h3&gt;&lt;p&gt;Guided, timed self-massage for tired, heavy or aching legs.&lt;/p&gt;&lt;p&gt;LegEase offers general wellbeing guidance. It is not medical advice and does not replace your doctor, midwife or physiotherapist.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LegEase %1&lt;/h3&gt;&lt;p&gt;Angeleitete Selbstmassage mit Zeitvorgaben für müde, schwere oder schmerzende Beine.&lt;/p&gt;&lt;p&gt;LegEase bietet allgemeine Anregungen für dein Wohlbefinden. Das ist keine medizinische Beratung und ersetzt nicht den Rat von Ärztin oder Arzt, Hebamme oder Physiotherapie.&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When to hold back, and when to see a doctor first</source>
        <translation>Wann du vorsichtig sein solltest und wann du zuerst zum Arzt gehst</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Routine &amp;importieren …</translation>
    </message>
    <message>
        <source>Export &amp;routine…</source>
        <translation>&amp;Routine exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all my routines…</source>
        <translation>&amp;Alle meine Routinen exportieren …</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Make a new routine&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Eine neue Routine anlegen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Import a routine from a file (or drop the file on the window)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Eine Routine aus einer Datei importieren (oder die Datei aufs Fenster ziehen)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;&lt;br&gt;&lt;b&gt;In the routine editor&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=2&gt;&lt;br&gt;&lt;b&gt;Im Routinen-Editor&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z / Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rückgängig / wiederherstellen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Up / Alt+Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move the chosen step earlier or later&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Hoch / Alt+Runter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Den gewählten Schritt nach vorn oder hinten schieben&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Insert / Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Add a step after the chosen one / remove it&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Einfg / Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einen Schritt nach dem gewählten einfügen / ihn entfernen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the routine&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die Routine speichern&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>&amp;Techniques</source>
        <translation>&amp;Techniken</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;How is this stroke done? (Esc puts the card away)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Wie geht dieser Griff? (Esc legt die Karte wieder weg)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fill the screen, or leave full screen&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bildschirm füllen oder Vollbild verlassen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>legease::ui::MissingHistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your history cannot be shown here, because the part of LegEase that draws it is missing from this installation. Your sessions are still saved. To get them all as a CSV file, run: legease --export-history FILE</source>
        <translation>Dein Verlauf kann hier nicht angezeigt werden, weil der Teil von LegEase, der ihn darstellt, in dieser Installation fehlt. Deine Einheiten werden trotzdem gespeichert. Als CSV-Datei bekommst du sie alle mit: legease --export-history DATEI</translation>
    </message>
</context>
<context>
    <name>legease::ui::OnDemandCueSound</name>
    <message>
        <source>Sound is not available because a part of LegEase is missing from this installation, so cues are shown on screen only.</source>
        <translation>Es ist kein Ton verfügbar, weil ein Teil von LegEase in dieser Installation fehlt, daher erscheinen die Signale nur auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>legease::ui::OnDemandVoice</name>
    <message>
        <source>Spoken instructions are not available because a part of LegEase is missing from this installation, so they are shown on screen only.</source>
        <translation>Gesprochene Anleitungen sind nicht verfügbar, weil ein Teil von LegEase in dieser Installation fehlt, daher erscheinen sie nur auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>legease::ui::OwnRoutines</name>
    <message>
        <source>LegEase routines (*.json)</source>
        <translation>LegEase-Routinen (*.json)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot edit this routine</source>
        <translation>Diese Routine lässt sich nicht bearbeiten</translation>
    </message>
    <message>
        <source>%1 is no longer in your routines folder, so there is nothing to edit.</source>
        <translation>%1 ist nicht mehr in deinem Routinen-Ordner, es gibt also nichts zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 was changed outside LegEase and can no longer be read:
%2</source>
        <translation>%1 wurde außerhalb von LegEase geändert und lässt sich nicht mehr lesen:
%2</translation>
    </message>
    <message>
        <source>Edit a file with problems?</source>
        <translation>Eine Datei mit Problemen bearbeiten?</translation>
    </message>
    <message>
        <source>%1 was changed outside LegEase and now has problems:
%2

Open it anyway? What LegEase could not read is left empty, and saving replaces the file.</source>
        <translation>%1 wurde außerhalb von LegEase geändert und hat jetzt Probleme:
%2

Trotzdem öffnen? Was LegEase nicht lesen konnte, bleibt leer, und Speichern ersetzt die Datei.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete this routine?</source>
        <translation>Diese Routine löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”? It goes to the trash, where you can get it back. Your history of it stays.</source>
        <translation>„%1“ löschen? Sie kommt in den Papierkorb, aus dem du sie zurückholen kannst. Dein Verlauf dazu bleibt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>“%1” cannot go to a trash here (%2). Delete it for good? It cannot be brought back.</source>
        <translation>„%1“ kann hier nicht in einen Papierkorb (%2). Endgültig löschen? Sie lässt sich dann nicht zurückholen.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen hat nicht geklappt</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export hat nicht geklappt</translation>
    </message>
    <message>
        <source>“%1” was not exported: %2</source>
        <translation>„%1“ wurde nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>You have no routines of your own yet. Make one with New routine, or duplicate one you like.</source>
        <translation>Du hast noch keine eigenen Routinen. Leg eine mit „Neue Routine“ an oder dupliziere eine, die dir gefällt.</translation>
    </message>
    <message>
        <source>Export all my routines</source>
        <translation>Alle meine Routinen exportieren</translation>
    </message>
    <message>
        <source>Your routines were not exported: %1</source>
        <translation>Deine Routinen wurden nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed. Each line names the place in the file and what was expected there.</source>
        <translation>%1 wurde nicht importiert, und nichts wurde geändert. Jede Zeile nennt die Stelle in der Datei und was dort erwartet wurde.</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import hat nicht geklappt</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>A routine with the id “%1” was already there, so the imported one is “%2”.</source>
        <translation>Eine Routine mit der Kennung „%1“ gab es schon, deshalb heißt die importierte „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n warning(s), left out:</source>
        <translation>
            <numerusform>%1: %n Warnung, ausgelassen:</numerusform>
            <numerusform>%1: %n Warnungen, ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your routines folder has a problem, so your routines show once it is fixed:</source>
        <translation>Dein Routinen-Ordner hat ein Problem; deine Routinen erscheinen, sobald es behoben ist:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>legease::ui::ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>legease::ui::ReminderNotifier</name>
    <message>
        <source>Time for your legs</source>
        <translation>Zeit für deine Beine</translation>
    </message>
    <message>
        <source>“%1” is ready when you are.</source>
        <translation>„%1“ wartet auf dich, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <source>A few calm minutes for your legs, whenever you are ready.</source>
        <translation>Ein paar ruhige Minuten für deine Beine, wann immer du so weit bist.</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Routine auswählen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineActions</name>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Make a routine of your own (%1)</source>
        <translation>Eine eigene Routine anlegen (%1)</translation>
    </message>
    <message>
        <source>Opens the routine editor with an empty routine.</source>
        <translation>Öffnet den Routinen-Editor mit einer leeren Routine.</translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation>Bearbeiten: diese Routine</translation>
    </message>
    <message>
        <source>Duplicate this routine</source>
        <translation>Duplizieren: diese Routine</translation>
    </message>
    <message>
        <source>Make a copy of your own to change</source>
        <translation>Eine eigene Kopie zum Ändern anlegen</translation>
    </message>
    <message>
        <source>Saves this routine as a file to share</source>
        <translation>Speichert diese Routine als Datei zum Weitergeben</translation>
    </message>
    <message>
        <source>Save it as a file to share; another LegEase can import it</source>
        <translation>Als Datei zum Weitergeben speichern; ein anderes LegEase kann sie importieren</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Löschen: diese Routine</translation>
    </message>
    <message>
        <source>Move it to the trash; your history of it stays</source>
        <translation>In den Papierkorb legen; dein Verlauf dazu bleibt</translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineDetail</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>Cautions for this routine</source>
        <translation>Vorsichtshinweise zu dieser Routine</translation>
    </message>
    <message>
        <source>Steps of this routine</source>
        <translation>Schritte dieser Routine</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Diese Routine starten</translation>
    </message>
    <message>
        <source>Choose a routine from the list to see its steps here.</source>
        <translation>Wähle eine Routine aus der Liste, um hier ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>%1 of massage, plus short pauses</source>
        <translation>%1 Massage plus kurze Pausen</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Massage should feel good. Stop at once if anything hurts, tingles or feels numb.</source>
        <translation>Massage soll sich gut anfühlen. Hör sofort auf, wenn etwas wehtut, kribbelt oder taub wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Griff</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Je Bein</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time for this step on one leg; the steps run again for the other leg</source>
        <translation>Dauer dieses Schritts an einem Bein; danach folgen die Schritte für das andere Bein</translation>
    </message>
    <message>
        <source>Time for this step, both legs together</source>
        <translation>Dauer dieses Schritts, beide Beine zusammen</translation>
    </message>
    <message>
        <source>%1 strokes a minute</source>
        <translation>%1-mal pro Minute</translation>
    </message>
    <message>
        <source>In all: %1 of massage (%2 for each leg), plus short pauses to get ready and to switch legs.</source>
        <translation>Insgesamt: %1 Massage (%2 pro Bein), dazu kurze Pausen zum Bereitmachen und zum Beinwechsel.</translation>
    </message>
    <message>
        <source>In all: %1 of massage for both legs together, plus a short pause to get ready.</source>
        <translation>Insgesamt: %1 Massage für beide Beine zusammen, dazu eine kurze Pause zum Bereitmachen.</translation>
    </message>
    <message>
        <source>Begin “%1”</source>
        <translation>„%1“ beginnen</translation>
    </message>
    <message>
        <source>Select a step to read what to do and see how its stroke is done, below.</source>
        <translation>Wähle einen Schritt, um darunter zu lesen, was zu tun ist, und zu sehen, wie der Griff geht.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do and how its stroke is done.</source>
        <translation>Wähle einen Schritt, um zu sehen, was zu tun ist und wie der Griff geht.</translation>
    </message>
    <message>
        <source>Step %1 · %2 · %3</source>
        <translation>Schritt %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineEditor</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>New routine[*] · LegEase</source>
        <translation>Neue Routine[*] · LegEase</translation>
    </message>
    <message>
        <source>Edit routine[*] · LegEase</source>
        <translation>Routine bearbeiten[*] · LegEase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: Evening calves</source>
        <translation>Zum Beispiel: Waden am Abend</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>One sentence: what it is for</source>
        <translation>Ein Satz: wofür sie gut ist</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>One caution a line, shown before the routine starts.</source>
        <translation>Ein Hinweis pro Zeile, gezeigt, bevor die Routine beginnt.</translation>
    </message>
    <message>
        <source>One a line, for example: Skip a leg that is swollen on one side only.</source>
        <translation>Einer pro Zeile, zum Beispiel: Lass ein Bein aus, das nur auf einer Seite geschwollen ist.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Kurzbesch&amp;reibung</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>Le&amp;gs</source>
        <translation>&amp;Beine</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up or Alt+Down, to move it.</source>
        <translation>Zieh einen Schritt oder drück Alt+Hoch oder Alt+Runter, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplizieren: Schritt</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Entfernen: Schritt</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Up: move the step earlier</source>
        <translation>Hoch: den Schritt nach vorn schieben</translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>Den Schritt nach vorn schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Down: move the step later</source>
        <translation>Runter: den Schritt nach hinten schieben</translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation>Den Schritt nach hinten schieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Schri&amp;tte</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Click a part of the leg, or pick it with the arrow keys and Space, to work on it in this step.</source>
        <translation>Klick auf einen Teil des Beins oder wähl ihn mit den Pfeiltasten und der Leertaste, um ihn in diesem Schritt zu massieren.</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Griff</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the step lasts on each leg, 5 to 600 seconds.</source>
        <translation>Wie lange der Schritt an jedem Bein dauert, 5 bis 600 Sekunden.</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>No set tempo</source>
        <translation>Kein festes Tempo</translation>
    </message>
    <message>
        <source> a minute</source>
        <comment>strokes</comment>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Strokes a minute, 1 to 120; 0 leaves the tempo to you.</source>
        <translation>Griffe pro Minute, 1 bis 120; bei 0 bestimmst du das Tempo selbst.</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>What to do, in words a beginner can follow.</source>
        <translation>Was zu tun ist, in Worten, denen Anfänger folgen können.</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Berei&amp;ch</translation>
    </message>
    <message>
        <source>Stro&amp;ke</source>
        <translation>&amp;Griff</translation>
    </message>
    <message>
        <source>&amp;Pressure</source>
        <translation>&amp;Druck</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>Ri&amp;chtung</translation>
    </message>
    <message>
        <source>S&amp;econds</source>
        <translation>S&amp;ekunden</translation>
    </message>
    <message>
        <source>Temp&amp;o</source>
        <translation>Temp&amp;o</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>No steps yet. Add a step to choose a part of the leg, a stroke and how long it lasts.</source>
        <translation>Noch keine Schritte. Füg einen Schritt hinzu, um einen Teil des Beins, einen Griff und die Dauer zu wählen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Change the summary</source>
        <translation>Kurzbeschreibung ändern</translation>
    </message>
    <message>
        <source>Change the level</source>
        <translation>Stufe ändern</translation>
    </message>
    <message>
        <source>Change the legs</source>
        <translation>Beine ändern</translation>
    </message>
    <message>
        <source>Change the cautions</source>
        <translation>Vorsichtshinweise ändern</translation>
    </message>
    <message>
        <source>Change the region</source>
        <translation>Bereich ändern</translation>
    </message>
    <message>
        <source>Change the stroke</source>
        <translation>Griff ändern</translation>
    </message>
    <message>
        <source>Change the pressure</source>
        <translation>Druck ändern</translation>
    </message>
    <message>
        <source>Change the direction</source>
        <translation>Richtung ändern</translation>
    </message>
    <message>
        <source>Change the seconds</source>
        <translation>Sekunden ändern</translation>
    </message>
    <message>
        <source>Change the tempo</source>
        <translation>Tempo ändern</translation>
    </message>
    <message>
        <source>Change the instruction</source>
        <translation>Anleitung ändern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate a step</source>
        <translation>Schritt duplizieren</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Will be kept as %1 in your routines folder.</source>
        <translation>Wird als %1 in deinem Routinen-Ordner abgelegt.</translation>
    </message>
    <message>
        <source>Kept as %1 in your routines folder.</source>
        <translation>Liegt als %1 in deinem Routinen-Ordner.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Usual pressure: %1.</source>
        <translation>Üblicher Druck: %1.</translation>
    </message>
    <message>
        <source>The id: %1</source>
        <translation>Die Kennung: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before you can save.</source>
        <translation>
            <numerusform>Noch %n Sache zu beheben, bevor du speichern kannst.</numerusform>
            <numerusform>Noch %n Sachen zu beheben, bevor du speichern kannst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>No steps yet, so no time.</source>
        <translation>Noch keine Schritte, also noch keine Zeit.</translation>
    </message>
    <message>
        <source>In all %1 of massage, %2 for each leg; %3 with the pauses to get ready and switch legs.</source>
        <translation>Insgesamt %1 Massage, %2 je Bein; %3 mit den Pausen zum Bereitmachen und Beinwechsel.</translation>
    </message>
    <message>
        <source>In all %1 of massage for both legs together; %2 with the pause to get ready.</source>
        <translation>Insgesamt %1 Massage für beide Beine zusammen; %2 mit der Pause zum Bereitmachen.</translation>
    </message>
    <message>
        <source>A file in your routines folder (%1) has a problem, so your own routines are not shown in the list until it is fixed. LegEase does not change that file without asking.
%2</source>
        <translation>Eine Datei in deinem Routinen-Ordner (%1) hat ein Problem, deshalb fehlen deine eigenen Routinen in der Liste, bis es behoben ist. LegEase ändert diese Datei nicht, ohne zu fragen.
%2</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n thing(s) to fix first, marked beside the fields.</source>
        <translation>
            <numerusform>Nicht gespeichert: erst %n Sache beheben, markiert neben den Feldern.</numerusform>
            <numerusform>Nicht gespeichert: erst %n Sachen beheben, markiert neben den Feldern.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a file %1 in your routines folder. Replace it with this routine?</source>
        <translation>In deinem Routinen-Ordner gibt es schon eine Datei %1. Durch diese Routine ersetzen?</translation>
    </message>
    <message>
        <source>%1 was changed outside LegEase since you opened it. Replace those changes with this routine?</source>
        <translation>%1 wurde außerhalb von LegEase geändert, seit du sie geöffnet hast. Diese Änderungen durch diese Routine ersetzen?</translation>
    </message>
    <message>
        <source>The file as it is now has problems:</source>
        <translation>Die Datei, wie sie jetzt ist, hat Probleme:</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern hat nicht geklappt</translation>
    </message>
    <message>
        <source>The routine was not saved: %1</source>
        <translation>Die Routine wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutineListModel</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Hilft bei</translation>
    </message>
    <message>
        <source>%1, %2 of massage, %3. Works on %4.</source>
        <translation>%1, %2 Massage, Stufe %3. Bereiche: %4.</translation>
    </message>
    <message>
        <source>Helps with: %1.</source>
        <translation>Kann helfen bei: %1.</translation>
    </message>
    <message>
        <source>One of your own routines.</source>
        <translation>Eine deiner eigenen Routinen.</translation>
    </message>
</context>
<context>
    <name>legease::ui::RoutinesView</name>
    <message>
        <source>Helps with: %1</source>
        <translation>Kann helfen bei: %1</translation>
    </message>
    <message>
        <source>Show all routines</source>
        <translation>Alle Routinen zeigen</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Routinen suchen</translation>
    </message>
    <message>
        <source>Finds routines by title, summary, benefit, region or stroke.</source>
        <translation>Findet Routinen nach Titel, Zusammenfassung, Nutzen, Bereich oder Griff.</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Bereichsfilter</translation>
    </message>
    <message>
        <source>Shows only the routines that work on one part of the leg.</source>
        <translation>Zeigt nur die Routinen für einen Teil des Beins.</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Choose a routine to see its steps. Enter or a double-click starts it.</source>
        <translation>Wähle eine Routine, um ihre Schritte zu sehen. Mit der Eingabetaste oder einem Doppelklick startest du sie.</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Clear the search and region filter</source>
        <translation>Suche und Bereichsfilter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Routine</numerusform>
            <numerusform>%n Routinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n routine(s)</source>
        <translation>
            <numerusform>%1 von %n Routine</numerusform>
            <numerusform>%1 von %n Routinen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a routine from the list to see its steps here.</source>
        <translation>Wähle eine Routine aus der Liste, um hier ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>No routines are loaded. If you expected some, a content pack may have been left out because of a problem.</source>
        <translation>Es sind keine Routinen geladen. Falls du welche erwartet hast, wurde vielleicht ein Inhaltspaket wegen eines Problems weggelassen.</translation>
    </message>
    <message>
        <source>No routine that works on “%1” matches “%2”. Try another region or clear the search.</source>
        <translation>Keine Routine für „%1“ passt zu „%2“. Probier einen anderen Bereich oder lösche die Suche.</translation>
    </message>
    <message>
        <source>No routine works on “%1” yet. Try another region or clear the search.</source>
        <translation>Für „%1“ gibt es noch keine Routine. Probier einen anderen Bereich oder lösche die Suche.</translation>
    </message>
    <message>
        <source>No routine matches “%1”. Try other words or clear the search.</source>
        <translation>Keine Routine passt zu „%1“. Probier andere Wörter oder lösche die Suche.</translation>
    </message>
    <message>
        <source>When a routine matches, its steps show here.</source>
        <translation>Sobald eine Routine passt, siehst du hier ihre Schritte.</translation>
    </message>
    <message>
        <source>%1: click again to see all routines</source>
        <translation>%1: noch einmal klicken, um alle Routinen zu sehen</translation>
    </message>
    <message>
        <source>%1: click to see the routines for it</source>
        <translation>%1: klicken, um die passenden Routinen zu sehen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Click a part of the leg, or pick it with the arrow keys and Space, to see its routines; choose it again to see all.</source>
        <translation>Klicke auf einen Teil des Beins oder wähle ihn mit den Pfeiltasten und der Leertaste, um seine Routinen zu sehen; wähle ihn noch einmal, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Deine</translation>
    </message>
</context>
<context>
    <name>legease::ui::SafetyDialog</name>
    <message>
        <source>LegEase offers general wellbeing guidance. It is not medical advice and does not replace your doctor, midwife or physiotherapist.</source>
        <translation>LegEase bietet allgemeine Anregungen für dein Wohlbefinden. Das ist keine medizinische Beratung und ersetzt nicht den Rat von Ärztin oder Arzt, Hebamme oder Physiotherapie.</translation>
    </message>
    <message>
        <source>I have read this, and I will stop if anything hurts</source>
        <translation>Ich habe das gelesen und höre auf, sobald etwas wehtut</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>When to hold back</source>
        <translation>Wann du vorsichtig sein solltest</translation>
    </message>
    <message>
        <source>Use the arrow keys to read one situation at a time.</source>
        <translation>Mit den Pfeiltasten liest du eine Situation nach der anderen.</translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionIntroPage</name>
    <message>
        <source>How do your legs feel right now? (optional)</source>
        <translation>Wie fühlen sich deine Beine gerade an? (optional)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <source>About %1 in all</source>
        <translation>Insgesamt etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation>Beide Beine zusammen</translation>
    </message>
    <message>
        <source>%1 first</source>
        <translation>%1 zuerst</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>Cautions for this routine</source>
        <translation>Vorsichtshinweise zu dieser Routine</translation>
    </message>
    <message>
        <source>Massage should feel good. Stop at once if anything hurts, tingles or feels numb.</source>
        <translation>Massage soll sich gut anfühlen. Hör sofort auf, wenn etwas wehtut, kribbelt oder taub wird.</translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionRunPage</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeiltaste links</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeiltaste rechts</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Schritt neu starten</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Stimme aus</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>Stop if anything hurts. Massage should only ever feel good.</source>
        <translation>Hör auf, wenn etwas wehtut. Massage soll sich immer gut anfühlen.</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Gleich geht’s los</translation>
    </message>
    <message>
        <source>Make yourself comfortable.</source>
        <translation>Mach es dir bequem.</translation>
    </message>
    <message>
        <source>Halfway there</source>
        <translation>Die Hälfte ist geschafft</translation>
    </message>
    <message>
        <source>Time to change sides.</source>
        <translation>Zeit für die andere Seite.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 strokes a minute</source>
        <translation>%1-mal pro Minute</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Next up: the end. Nearly there.</source>
        <translation>Als Nächstes: das Ende. Fast geschafft.</translation>
    </message>
    <message>
        <source>Next up: %1, %2%3</source>
        <translation>Als Nächstes: %1, %2%3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>Sound is not available</source>
        <translation>Ton ist nicht verfügbar</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>Keine Stimme</translation>
    </message>
    <message>
        <source>Spoken instructions are not available</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Sit or lie so you can reach %1 without straining. Warm your hands, and have a little oil or lotion nearby if you like.</source>
        <translation>Setz oder leg dich so hin, dass du %1 ohne Mühe erreichst. Wärm deine Hände an und stell dir gern etwas Öl oder Lotion bereit.</translation>
    </message>
    <message>
        <source>Gently shake out the leg you just finished and settle %1 where you can reach it.</source>
        <translation>Schüttle das Bein, mit dem du fertig bist, sanft aus, und leg %1 so hin, dass du es gut erreichst.</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Geführte Einheit</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild beenden</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>Wie?</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionSummaryPage</name>
    <message>
        <source>And how do your legs feel now? (optional)</source>
        <translation>Und wie fühlen sich deine Beine jetzt an? (optional)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>You massaged for %1 and finished %2 of %3 steps. Stopping is always fine; listen to your legs.</source>
        <translation>Du hast %1 lang massiert und %2 von %3 Schritten geschafft. Aufhören ist immer in Ordnung – hör auf deine Beine.</translation>
    </message>
    <message>
        <source>You gave your legs %1 of care and finished every step (%2 in all). Take a moment before you get up.</source>
        <translation>Du hast deinen Beinen %1 geschenkt und jeden Schritt geschafft (%2 insgesamt). Lass dir einen Moment Zeit, bevor du aufstehst.</translation>
    </message>
</context>
<context>
    <name>legease::ui::SessionView</name>
    <message>
        <source>%1 · LegEase</source>
        <translation>%1 · LegEase</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>You are %1 into this session. Stop now? What you have done so far is kept.</source>
        <translation>Du hast in dieser Einheit schon %1 geschafft. Jetzt beenden? Was du bisher gemacht hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Next in 3</source>
        <translation>Weiter in 3</translation>
    </message>
    <message>
        <source>Next in 2</source>
        <translation>Weiter in 2</translation>
    </message>
    <message>
        <source>Next in 1</source>
        <translation>Weiter in 1</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation>Gut gemacht. Deine Einheit ist geschafft.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Next step in 3 seconds.</source>
        <translation>Nächster Schritt in 3 Sekunden.</translation>
    </message>
    <message>
        <source>3 seconds to the end.</source>
        <translation>Noch 3 Sekunden bis zum Ende.</translation>
    </message>
    <message>
        <source>Halfway through this step.</source>
        <translation>Die Hälfte dieses Schritts ist geschafft.</translation>
    </message>
</context>
<context>
    <name>legease::ui::SettingsDialog</name>
    <message>
        <source>%1 % of the written length</source>
        <translation>%1 % der vorgesehenen Dauer</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Etwa %1 Minuten</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie vorgesehen</translation>
    </message>
    <message>
        <source>Play soft &amp;sounds at each step</source>
        <translation>Bei jedem Schritt sanfte &amp;Klänge abspielen</translation>
    </message>
    <message>
        <source>Read each step &amp;aloud</source>
        <translation>Jeden Schritt &amp;vorlesen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>S&amp;timme:</translation>
    </message>
    <message>
        <source>No voices were found to choose from, so reading aloud uses the default voice if there is one. Every step is always shown on screen as well.</source>
        <translation>Es wurden keine Stimmen zur Auswahl gefunden. Zum Vorlesen wird daher die Standardstimme verwendet, falls es eine gibt. Jeder Schritt wird außerdem immer auf dem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready countdown in seconds</source>
        <translation>Countdown vor dem Start in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Get-ready countdown:</source>
        <translation>&amp;Countdown vor dem Start:</translation>
    </message>
    <message>
        <source>Pause to switch legs in seconds</source>
        <translation>Pause zum Beinwechsel in Sekunden</translation>
    </message>
    <message>
        <source>Pause to s&amp;witch legs:</source>
        <translation>Pause zum Bein&amp;wechsel:</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer der Einheit</translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation>&amp;Dauer der Einheit:</translation>
    </message>
    <message>
        <source>Follow the routine</source>
        <translation>Wie in der Routine</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Which leg first</source>
        <translation>Welches Bein zuerst</translation>
    </message>
    <message>
        <source>Which leg &amp;first:</source>
        <translation>Welches Bein &amp;zuerst:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Match the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (derzeit nicht gefunden)</translation>
    </message>
    <message>
        <source>LegEase will use the new language from the next time it starts.</source>
        <translation>LegEase verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>Send me a gentle &amp;reminder each day</source>
        <translation>Mich jeden Tag sanft &amp;erinnern</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>While the reminder is on, closing the window keeps LegEase waiting in the system tray. Choose Quit to close it completely.</source>
        <translation>Solange die Erinnerung an ist, wartet LegEase nach dem Schließen des Fensters im Infobereich. Wähle „Beenden“, um es ganz zu schließen.</translation>
    </message>
    <message>
        <source>At this time your desktop shows a reminder, even when LegEase is closed. Nothing of LegEase runs in between. Turning this off removes the reminder from your system.</source>
        <translation>Zu dieser Uhrzeit zeigt deine Arbeitsumgebung eine Erinnerung, auch wenn LegEase geschlossen ist. Dazwischen läuft nichts von LegEase. Schaltest du sie aus, wird die Erinnerung von deinem System entfernt.</translation>
    </message>
    <message>
        <source>This desktop can neither start LegEase at a set time nor keep it in a system tray, so the reminder comes only while LegEase is open.</source>
        <translation>Diese Arbeitsumgebung kann LegEase weder zu einer festen Uhrzeit starten noch im Infobereich bereithalten. Daher kommt die Erinnerung nur, solange LegEase geöffnet ist.</translation>
    </message>
    <message>
        <source>Reduce motion: show strokes as st&amp;ill pictures</source>
        <translation>Weniger Bewegung: Griffe als St&amp;andbilder zeigen</translation>
    </message>
    <message>
        <source>Each stroke is drawn standing still, with arrows for how the hands move, instead of moving on the leg.</source>
        <translation>Jeder Griff wird als Standbild gezeigt, mit Pfeilen dafür, wie sich die Hände bewegen, statt sich auf dem Bein zu bewegen.</translation>
    </message>
</context>
<context>
    <name>legease::ui::StepListModel</name>
    <message>
        <source>no region</source>
        <translation>kein Bereich</translation>
    </message>
    <message>
        <source>no stroke</source>
        <translation>kein Griff</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4, %5, %6.</source>
        <translation>Schritt %1 von %2: %3, %4, %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs fixing: %1</source>
        <translation>Zu beheben: %1</translation>
    </message>
</context>
<context>
    <name>legease::ui::SystemTray</name>
    <message>
        <source>LegEase: your daily reminder</source>
        <translation>LegEase: deine tägliche Erinnerung</translation>
    </message>
</context>
<context>
    <name>legease::ui::TechniqueCard</name>
    <message>
        <source>The picture shows the idea, not the exact feel: go by what feels good to you, and stop if anything hurts.</source>
        <translation>Das Bild zeigt die Idee, nicht das genaue Gefühl: Richte dich danach, was sich für dich gut anfühlt, und hör auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Kommt vor in</translation>
    </message>
    <message>
        <source>No stroke chosen</source>
        <translation>Kein Griff gewählt</translation>
    </message>
    <message>
        <source>There is nothing to show about this stroke: no loaded content pack describes it.</source>
        <translation>Zu diesem Griff gibt es nichts zu zeigen: Kein geladenes Inhaltspaket beschreibt ihn.</translation>
    </message>
    <message>
        <source>Usual pressure: %1</source>
        <translation>Üblicher Druck: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shown on: %1, a steady hold with %n slow breath(s) a minute</source>
        <translation>
            <numerusform>Gezeigt an: %1, ruhig gehalten mit %n langsamen Atemzug pro Minute</numerusform>
            <numerusform>Gezeigt an: %1, ruhig gehalten mit %n langsamen Atemzügen pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown on: %1, %2, %n stroke(s) a minute</source>
        <translation>
            <numerusform>Gezeigt an: %1, %2, %n-mal pro Minute</numerusform>
            <numerusform>Gezeigt an: %1, %2, %n-mal pro Minute</numerusform>
        </translation>
    </message>
    <message>
        <source>No routine uses it yet.</source>
        <translation>Noch keine Routine nutzt ihn.</translation>
    </message>
    <message>
        <source>Picture of the stroke</source>
        <translation>Bild des Griffs</translation>
    </message>
    <message>
        <source>%1, drawn still with arrows</source>
        <translation>%1, als Standbild mit Pfeilen</translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1, in Bewegung</translation>
    </message>
</context>
<context>
    <name>legease::ui::TechniquesView</name>
    <message>
        <source>Strokes</source>
        <translation>Griffe</translation>
    </message>
    <message>
        <source>Choose a stroke to see how it is done.</source>
        <translation>Wähle einen Griff, um zu sehen, wie er geht.</translation>
    </message>
    <message numerus="yes">
        <source>in %n routine(s)</source>
        <translation>
            <numerusform>in %n Routine</numerusform>
            <numerusform>in %n Routinen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legease::ui::TempoPulse</name>
    <message>
        <source>Stroke rhythm</source>
        <translation>Takt der Bewegungen</translation>
    </message>
    <message>
        <source>%1 strokes a minute</source>
        <translation>%1-mal pro Minute</translation>
    </message>
</context>
</TS>
