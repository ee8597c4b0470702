<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AfterSession</name>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much pain do you feel in your back now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst pain you can imagine (keys 0–9, T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did each exercise feel? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A session is under way in the main window of the running Breathing Room; the pacer was not started. Stop the session first to use the pacer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise catalogue that comes with Breathing Room cannot be read. Please reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --close-when-done no one is there to press Space: the session goes on at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room is already running (process %1) but did not answer within %2 s. Close it, or end process %1, and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pacer of the running Breathing Room is playing; it was brought forward and goes on as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioExport</name>
    <message>
        <source>Export audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is empty: add exercises to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Awake</name>
    <message>
        <source>No desktop session bus: the screen may blank during a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not agree to keep the screen on (%1); it may blank during a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are more saved sessions in %1 than a backup can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than a backup can hold (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Breathing Room backup: its manifest (%1) is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Breathing Room backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“format” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Breathing Room; update the app to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” and “made” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, larger than any Breathing Room backup (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are more saved rhythms in %1 than a backup can hold (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved rhythm %1 cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 files; a backup holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Breathing Room backup (no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed in a way Breathing Room does not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be %2 unpacked; Breathing Room accepts at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more saved sessions than Breathing Room accepts (at most %1, %2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more saved rhythms than Breathing Room accepts (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough room on the disk of %1 (%2 needed, %3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room has the practice history open in another window (%1); close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room cannot write to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the practice history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice history in it cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your own exercises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own exercises in the backup have problems; Breathing Room will leave them out until they are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n saved session(s)…</source>
        <translation>
            <numerusform>Checking %n saved session…</numerusform>
            <numerusform>Checking %n saved sessions…</numerusform>
        </translation>
    </message>
    <message>
        <source>These saved sessions cannot be read; they are restored as they are and listed as “cannot be read”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n saved rhythm(s)…</source>
        <translation>
            <numerusform>Checking %n saved rhythm…</numerusform>
            <numerusform>Checking %n saved rhythms…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a value Breathing Room never writes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings in %1 cannot be used; Breathing Room will use their defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checked copy %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 stopped half-way (%2) and could not be undone (%3). Your previous data is in %4; the backup&apos;s files are in %5. Breathing Room will finish the restore when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put in place (%2). Everything was put back as it was: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted restore left a record that cannot be read (kept as %1). Your previous data may be in a folder named “before-restore-…” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted and could not be finished (%2) or undone (%3). Your previous data is in %4; the backup&apos;s files are in %5. Breathing Room tries again at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted and could not be finished (%2); it was undone, and your data is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted when Breathing Room stopped; it has now been finished. Your previous data is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to read how to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in your exercises file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these lines in %1, then restart Breathing Room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTree</name>
    <message>
        <source>Your own exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>language of texts: nl or en (default: from the system locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room (Ademruimte): guided back-pain exercises with a breath pacer. Without a command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every exercise in the book&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the breathing presets instead (for pacer --preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the programmes instead (for timeline --program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check catalogue files and report every problem with its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files to check (default: the bundled catalogue and your own, if present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the breathing pacer window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one JSON line per cue as it fires (- for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the window when finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breath pattern in seconds, e.g. 4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breathing preset, e.g. bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one exercise, by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the book</source>
        <translation>
            <numerusform>%n place in the book</numerusform>
            <numerusform>%n places in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n different exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREATHS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breathing preset(s); play one with: breathing-room pacer --preset ID</source>
        <translation>
            <numerusform>%n breathing preset; play it with: breathing-room pacer --preset ID</numerusform>
            <numerusform>%n breathing presets; play one with: breathing-room pacer --preset ID</numerusform>
        </translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s); see one with: breathing-room timeline --program ID</source>
        <translation>
            <numerusform>%n programme; see it with: breathing-room timeline --program ID</numerusform>
            <numerusform>%n programmes; see one with: breathing-room timeline --program ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing preset(s)</source>
        <translation>
            <numerusform>%n breathing preset</numerusform>
            <numerusform>%n breathing presets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEECH</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 in all (%2 ms)</source>
        <translation>
            <numerusform>%n segment, %1 in all (%2 ms)</numerusform>
            <numerusform>%n segments, %1 in all (%2 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>plan for the built-in voice: room for every utterance, and how long each takes (default: sounds only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the voice: also say &apos;breathe in&apos; and &apos;breathe out&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated lengths of speech: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a guided session (sounds and voice) to a WAV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sounds only, or the built-in voice with the sounds (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the timeline of a pattern, exercise or programme without playing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a programme, e.g. ch4-phase-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long, rounded to the nearest whole breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds of countdown before the first breath (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own exercises were left out; run &apos;breathing-room validate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>About Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breathing Room %1&lt;/h3&gt;&lt;p&gt;Guided exercises for back pain, following the programme of the Dutch book &lt;i&gt;Rugpijn&lt;/i&gt;, with a breath pacer.&lt;/p&gt;&lt;p&gt;This app does not replace advice from your doctor or physiotherapist.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueLog</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program reading them has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a socket; give a file, a FIFO or a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a FIFO that no program is reading; start the reader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program reading them did not keep up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues could not be written to %1 (%2); the session goes on without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseBrowser</name>
    <message>
        <source>Search names and steps (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise matches. Clear the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>%1 rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mind and body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAudio</name>
    <message>
        <source>The sound file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sound file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be right: it lies after the sessions recorded later, or in the future (the computer&apos;s clock was probably wrong then). The session is kept, but not counted in the days in a row, the minutes per week, the pain chart or the suggestion to move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) left out</source>
        <translation>
            <numerusform>%n exercise left out</numerusform>
            <numerusform>%n exercises left out</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exercises</source>
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
        <source>Interrupted (the app closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session and exercise as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, saved sessions, your exercises and settings in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in place (the current data is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in a row: %1 · this week: %2 min · sessions in all: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice history is in use by another program; it is shown here as soon as it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the practice history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Every guided session you do is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felt good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out because it hurt last time (%n exercise(s)): %1</source>
        <translation>
            <numerusform>Left out because it hurt last time (%n exercise): %1</numerusform>
            <numerusform>Left out because it hurt last time (%n exercises): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1 from the history? This cannot be undone.</source>
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
    <message>
        <source>The practice history is in use by another program or still being read; export it in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) backed up to %1</source>
        <translation>
            <numerusform>%n file backed up to %1</numerusform>
            <numerusform>%n files backed up to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowToWindow</name>
    <message>
        <source>The help page could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lying on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated on a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mind and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into the pose</source>
        <comment>an instruction before the breaths</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>come out</source>
        <comment>of the pose, after its breaths</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <comment>the side of the body</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <comment>the side of the body</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was about to sleep. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused where you were: the app was held up for %1 s (the computer was busy). Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused where you were: the computer was asleep for %1 s. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Start this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play just this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this exercise to the end of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start s&amp;ession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected exercises from the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the session (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open saved session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load, rename or delete saved sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the session, with its sounds and voice, to a WAV file to play on a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes from the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a programme from the book into the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and go back to the exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and ask; Esc again stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, then stop (press twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large type, readable from the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on (ready, when it waits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing &amp;pacer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just the breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days practised, minutes, pain, every session; export and backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and go back to the exercises (Esc twice, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to use Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app is, a session from the mat, focus mode, the pacer, safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of this window and of the pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files can be written again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exercises in %2 places of the book · %3 programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unfinished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position, then press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerControls</name>
    <message>
        <source>Breathing rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rh&amp;ythms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use, rename or delete the rhythms you saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-hold-out-hold, e.g. 4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath pattern in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to breathe in, hold, breathe out and (optionally) hold again, e.g. 4-7-8 or 5-0-7-3. Decimals are fine: 5.5-0-5.5. Typing here makes the rhythm your own pattern; Save… keeps it under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this pattern and length as a rhythm of your own, under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s) · %1</source>
        <translation>
            <numerusform>%n breath · %1</numerusform>
            <numerusform>%n breaths · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rhythm you chose last time is not in the catalogue now (your own exercises were left out?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerOverlay</name>
    <message>
        <source>Ready?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space, click or the play key when you are in position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc again to stop, Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breath pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerWindow</name>
    <message>
        <source>Breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous breath (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next breath (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (asks first: press twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the circle still; the ring shows how far the breath has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session: pain %1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- - before   —— after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much pain do you feel in your back right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst pain you can imagine. Press a number (T for 10), or Esc to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 of 10 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeRecord</name>
    <message>
        <source>Practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip what hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time you noted that this hurt: %1. Skip it in this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an exercise hurts again, leave it out and ask your physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurt on %1: consider skipping it, or ask your physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next step: %1? %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeStrip</name>
    <message>
        <source>Days practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practised on %1 of the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice and sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also say “breathe in” and “breathe out”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until I am ready before each exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session holds after getting into position until you press Space, click, or press the play key of your headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late. Start each sound this much earlier so that you hear it when the circle turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts and exercises change at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
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
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode doubles this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about pain before and after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: the reminder shows as a window when Breathing Room starts after the chosen time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>{where} &apos;{pattern}&apos;: part {number} is missing; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} {value}: give a number of minutes from {min} to {max}, with at most {decimals} decimals (e.g. 5 or 2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a plain file (a device, a pipe or a socket); it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} large; files of at most {limit} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: version {version} is newer than this app understands ({known}); update Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: duplicate {kind} id &apos;{id}&apos; (first defined at line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {kind} id &apos;{id}&apos; is already used by the bundled catalogue; choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: id &apos;{value}&apos; must be lower-case letters, digits and single dashes, starting with a letter (e.g. childs-pose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a breath pattern such as 4-7-8 or 5-0-7-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown breathing preset &apos;{value}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error stopped the check here ({reason}), so nothing of this file is used; please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programs: {count} exercises in the programs of one file together; at most {max} (each is a row of the list at every start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: id &apos;{value}&apos; holds the invisible character {char}; ids are lower-case letters, digits and single dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected &apos;up&apos; or &apos;down&apos;, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.steps: expected at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.guidance: this exercise would play {count} breath phases and steps; one exercise may play at most {max} (fewer breaths, rounds or blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.guidance: with this exercise the file&apos;s exercises together would play {count} breath phases and steps; one file may hold at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown exercise &apos;{value}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.count: this block carries on the count of the block before, which has count: {direction}; give the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown program &apos;{value}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: program &apos;{value}&apos; is already on the path (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is past the last step ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.setup_steps: {value}, but step {step} already plays with the breaths (the steps that get into the pose come before it); give at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.step_s: step {step} is not one of the steps that get into the pose (steps 1 to {count}), so this time would never play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.step_s: step {step} is not one of the steps that get into the pose, and this exercise has none (its breaths begin at step 1), so this time would never play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.come_out_s: the exercise has no come_out words, so this time would never play (give come_out, or remove come_out_s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a step per side ({{right: …, left: …}}) needs sides: both; give one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: only an exercise done on both sides (sides: both) changes sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.rest: a rest is played between rounds, and this exercise has one round, so it would never play (give &apos;rounds&apos;, or remove &apos;rest&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected step numbers with their seconds, such as {{2: 15}}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: step {step} appears twice (first at line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.count_from: &apos;previous&apos; carries on the count of the block of breaths right before this one, and there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a block needs exactly one of &apos;breaths&apos;, &apos;steps&apos; or &apos;minutes&apos;; found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected &apos;previous&apos; (carry on the count of the block before), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the pattern {pattern} has no {phase} phase, so this step would never be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the pattern {pattern} has no {phase} phase, so these words would never be said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;chapter&apos; and &apos;section&apos; go together: give both or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.chapter: no chapter {number} in &apos;chapters&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.items: a program needs at least one exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.items: this program would play {count} breath phases and steps; one session plays at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a mapping (key: value lines), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a key must be a plain word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos; appears twice (first at line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos; (expected one of: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: missing required key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a list (&apos;- &apos; items), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{where}: expected at least %n item(s), found {count}</source>
        <translation>
            <numerusform>{where}: expected at least %n item, found {count}</numerusform>
            <numerusform>{where}: expected at least %n items, found {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {count} items; at most {maximum} are allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected text, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text &apos;{value}&apos; holds the invisible bidirectional control {char}, which makes text show in another order than it is written; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a text in both languages ({{nl: ..., en: ...}}), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text has no &apos;{lang}&apos; version (every text needs nl and en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a whole number from {low} to {high}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a number from {low} to {high}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {found} is text, because of the quotes; write the number without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown value {found} (did you mean &apos;{close}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected one of {choices}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prepare {value}: give 0 to {max} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--breaths and --minutes go with a pattern or preset; an exercise or program has its own length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--breaths {value}: give a whole number from 1 to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exercise &apos;{value}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exercise &apos;{value}&apos;; &apos;breathing-room list&apos; shows the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program &apos;{value}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program &apos;{value}&apos;; &apos;breathing-room list --programs&apos; shows the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown breathing preset &apos;{value}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown breathing preset &apos;{value}&apos;; &apos;breathing-room list --presets&apos; shows the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character {char} is not allowed in a YAML file; remove it (or write it as an escape in a double-quoted text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second YAML document (&apos;---&apos;); a catalogue is one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alias &apos;*{name}&apos; is inside its own anchor &apos;&amp;{name}&apos;: it would repeat without end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alias &apos;*{name}&apos; has no anchor &apos;&amp;{name}&apos; before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor &apos;&amp;{name}&apos; is used twice (first at line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than {max} values (texts, numbers, keys, lists) once every alias (*name) is filled in; it is not read further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists and mappings are nested more than {max} levels deep here; a catalogue needs about 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;{tag}&apos; is not allowed: the catalogue holds plain data only (text, numbers, lists and mappings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in the indentation; YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} bytes long; a saved session is at most {max} bytes, so this one was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rhythm would take {size} bytes, more than the {max} a saved rhythm may take; choose a shorter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file cannot be read, so it is kept as it is and not replaced; save under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} saved rhythms already have this name; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} saved sessions already have this name; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: row {row} of {table} was left out: its {column} cannot be used ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: row {row} of {table}: its {column} cannot be used ({value}) and is read as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: row {row} of exercises was left out: it belongs to no session ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n more value(s) like these cannot be used.</source>
        <translation>
            <numerusform>{file}: %n more value like these cannot be used.</numerusform>
            <numerusform>{file}: %n more values like these cannot be used.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice history {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice history held what Breathing Room does not make ({what}); it was set aside as {moved}, and a new, empty history has been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice history could not be read and was set aside as {moved}; a new, empty history has been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice history {path} cannot be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is not a Breathing Room history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the history has schema {version}; this Breathing Room reads 1 to {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the history is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the history&apos;s tables are not the ones Breathing Room makes ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the history cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the practice not yet saved cannot be read ({reason}); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: change {n} cannot be used ({reason}); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the practice history was not saved: its session was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the practice history could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the in-breath, {value} s, is shorter than {min} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing in, {value} s, is shorter than {min} s (give 0 for no hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the out-breath, {value} s, is shorter than {min} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing out, {value} s, is shorter than {min} s (give 0 for no hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the in-breath, {value} s, is longer than {max} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing in, {value} s, is longer than {max} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the out-breath, {value} s, is longer than {max} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing out, {value} s, is longer than {max} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: a phase cannot last a negative time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no pattern given; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: {count} characters is too long for a pattern (at most {max}), e.g. 4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{where} &apos;{pattern}&apos; has %n part(s); expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</source>
        <translation>
            <numerusform>{where} &apos;{pattern}&apos; has %n part; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</numerusform>
            <numerusform>{where} &apos;{pattern}&apos; has %n parts; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: &apos;{part}&apos; is not a number of seconds (0 or more, e.g. 4 or 5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: {value} s has more than {decimals} decimals; phases are played in whole milliseconds (e.g. 5.5 or 4.25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rhythm needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; holds invisible characters ({which}); type it without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is {length} characters long; at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: give breaths or minutes, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} breaths: give a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would play {count} segments; one session has at most {max} (play fewer breaths, minutes or exercises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a countdown of {value} s: give 0 to {max} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next phase is suggested after {sessions} finished sessions of the current programme within {days} days, none with more pain afterwards than before; skipping what hurt still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished this programme {count} times in the last {days} days, and your pain was never higher afterwards than before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected words and their spellings (word: spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {count} words; at most {maximum} are allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{word}&apos; is not one word (letters and digits, with - / or &apos; inside, at most {maximum} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{word}&apos; appears twice (first at line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the spelling &apos;{spelling}&apos; may hold only letters, digits, spaces, - and &apos; (at most {maximum} characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>Your own exercises file has %n problem(s) and was not loaded. Nothing in it was changed.</source>
        <translation>
            <numerusform>Your own exercises file has %n problem and was not loaded. Nothing in it was changed.</numerusform>
            <numerusform>Your own exercises file has %n problems and was not loaded. Nothing in it was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty. Load a programme from the book, or add exercises from the list (drag them here, or press Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises: %1 · time in all: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes of your exercises keep your back moving. Click to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes of your exercises keep your back moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>a session is being recorded; stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, with these remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room has the practice history open in another window (%1); close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… (nothing has been changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the practice history</source>
        <translation>
            <numerusform>%n session in the practice history</numerusform>
            <numerusform>%n sessions in the practice history</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved session(s)</source>
        <translation>
            <numerusform>%n saved session</numerusform>
            <numerusform>%n saved sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved rhythm(s)</source>
        <translation>
            <numerusform>%n saved rhythm</numerusform>
            <numerusform>%n saved rhythms</numerusform>
        </translation>
    </message>
    <message>
        <source>your own exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2)?

It holds %3.

It replaces your practice history, saved sessions, saved rhythms, own exercises and settings. What you have now is not deleted: it is moved to a folder named “before-restore-…” in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is in place (%2). Your previous data was moved to %3. Restart Breathing Room for the restored settings and your own exercises to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(there was none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Go on with your session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time you stopped at exercise %1 of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of its exercises are no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished session cannot be resumed: %1. It was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineQueue</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercise(s)</source>
        <translation>
            <numerusform>Add %n exercise</numerusform>
            <numerusform>Add %n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exercise(s)</source>
        <translation>
            <numerusform>Remove %n exercise</numerusform>
            <numerusform>Remove %n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <source>Not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was left as it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? The file goes to the trash where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedRhythms</name>
    <message>
        <source>Your rhythms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rhythm of yours cannot be read and was left as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more rhythm file(s) cannot be read; see Your rhythms…</source>
        <translation>
            <numerusform>%n more rhythm file cannot be read; see Your rhythms…</numerusform>
            <numerusform>%n more rhythm files cannot be read; see Your rhythms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 rhythm files are read; %n more in %2 were not.</source>
        <translation>
            <numerusform>Only the first %1 rhythm files are read; %n more in %2 was not.</numerusform>
            <numerusform>Only the first %1 rhythm files are read; %n more in %2 were not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n breath(s)</source>
        <translation>
            <numerusform>%1 · %n breath</numerusform>
            <numerusform>%1 · %n breaths</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved rhythm %1 cannot be read, so it is kept as it is and not replaced. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rhythm named “%1” already exists. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rhythm named “%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedRhythmsDialog</name>
    <message>
        <source>Your rhythms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rhythms of your own yet. Type a pattern and press Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rhythm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedRoutineCommands</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your session with today&apos;s programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s programme is “%1”. Undo brings your session back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedRoutinesDialog</name>
    <message>
        <source>Saved sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · exercises: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sessions yet. Use Session → Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved session %1 cannot be read, so it is kept as it is and not replaced. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session named “%1” already exists. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session named “%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionGuidance</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are: press Space or the play key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided exercise session is playing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>The practice history %1 cannot be read yet: another program is using it. It is shown as soon as it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the practice history could not be saved in %1 (%2).</source>
        <translation>
            <numerusform>%n change to the practice history could not be saved in %1 (%2).</numerusform>
            <numerusform>%n changes to the practice history could not be saved in %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the practice history could not be saved yet; kept in %1, saved at the next start.</source>
        <translation>
            <numerusform>%n change to the practice history could not be saved yet; it is kept in %1 and saved at the next start.</numerusform>
            <numerusform>%n changes to the practice history could not be saved yet; they are kept in %1 and saved at the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the practice history could not be saved; kept in %1.</source>
        <translation>
            <numerusform>%n change to the practice history could not be saved; it is kept in %1.</numerusform>
            <numerusform>%n changes to the practice history could not be saved; they are kept in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice not yet saved in %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice not saved last time belongs to another history file (a backup was put in its place); it was kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was not saved is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice history is open in another Breathing Room (%1); this window does not record sessions until that one is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of the practice history cannot be used and are left out or read as empty; the file is not changed. The first: %1</source>
        <translation>
            <numerusform>%n entry of the practice history cannot be used and is left out or read as empty; the file is not changed: %1</numerusform>
            <numerusform>%n entries of the practice history cannot be used and are left out or read as empty; the file is not changed. The first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from last time were saved now.</source>
        <translation>
            <numerusform>%n change from last time was saved now.</numerusform>
            <numerusform>%n changes from last time were saved now.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you practise is kept, and saved as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practising on the floor? Focus mode shows the session full screen, in large type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 of %2 · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Take a moment before you carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Take a moment before you stand up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Take a moment before you get up slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come out of the pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Some preferences could not be used; the defaults are used instead (see %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2 with at most %3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a single text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a window layout saved by Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the id of a breathing rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the name of a rhythm of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a programme and a date such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a programme and a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a rhythm of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>a time such as 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session bookmark written by Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a session bookmark written by Breathing Room; it was forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a breathing rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some preferences could not be used; the defaults are used instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read safely and could not be set aside (the folder cannot be written): no preference is read or kept this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so none of it was used; the file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held values of a kind Breathing Room never writes (@Variant); they were left out, and the original file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output was found. Sessions go on silently; check that a speaker or headphones are connected and that the sound server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound output “%1” takes no 16-bit sound; sessions go on silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound file %1 cannot be read (%2); sessions go on silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound output “%1” cannot be opened; sessions go on silently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Spoken prompts are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine was found, so prompts are not spoken; the sounds still play. On Linux, install speech-dispatcher and a voice (e.g. espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine reports an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Your practice history, saved sessions and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice history and saved sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing Room cannot write to %1 (%2). %3 are not kept until it can; everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again whether Breathing Room can write its files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>The built-in voice is not installed (the Python package espeakng-loader is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in voice&apos;s library is missing: %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in voice&apos;s data is incomplete: %1 was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in voice&apos;s data folder has too long a path for espeak-ng (at most %1 characters): %2. Install the app in a shorter folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in voice&apos;s library %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is not a usable espeak-ng: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>espeak-ng could not start with the data in %1 (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of %1 characters is too long to speak (at most %2): “%3…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in voice named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in voice has no variant “%1” (in “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in voice named “%1” (espeak-ng: error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in voice failed (espeak-ng: %1 returned error %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyMinutes</name>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1: %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMemory</name>
    <message>
        <source>not a window layout saved by Breathing Room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
