<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AfterSession</name>
    <message>
        <source>How did it go?</source>
        <translation>Hoe ging het?</translation>
    </message>
    <message>
        <source>How much pain do you feel in your back now?</source>
        <translation>Hoeveel pijn voel je nu in je rug?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst pain you can imagine (keys 0–9, T).</source>
        <translation>0 is geen pijn, 10 de ergste pijn die je je kunt voorstellen (toetsen 0–9, T).</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessie klaar</translation>
    </message>
    <message>
        <source>How did each exercise feel? (optional)</source>
        <translation>Hoe voelde elke oefening? (niet verplicht)</translation>
    </message>
    <message>
        <source>Felt good</source>
        <translation>Voelde goed</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Te zwaar</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Deed pijn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A session is under way in the main window of the running Breathing Room; the pacer was not started. Stop the session first to use the pacer.</source>
        <translation>Ademruimte draait al en in het hoofdvenster loopt een sessie; de ademgids is niet gestart. Stop eerst de sessie om de ademgids te gebruiken.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <source>A report was saved to %1.</source>
        <translation>Een verslag is bewaard in %1.</translation>
    </message>
    <message>
        <source>Breathing Room</source>
        <translation>Ademruimte</translation>
    </message>
    <message>
        <source>The exercise catalogue that comes with Breathing Room cannot be read. Please reinstall the app.</source>
        <translation>De oefeningencatalogus die bij Ademruimte hoort, is niet te lezen. Installeer de app opnieuw.</translation>
    </message>
    <message>
        <source>With --close-when-done no one is there to press Space: the session goes on at once.</source>
        <translation>Met --close-when-done is er niemand om op Spatie te drukken: de sessie gaat meteen verder.</translation>
    </message>
    <message>
        <source>Breathing Room is already running (process %1) but did not answer within %2 s. Close it, or end process %1, and start again.</source>
        <translation>Ademruimte draait al (proces %1), maar reageerde niet binnen %2 s. Sluit het programma, of beëindig proces %1, en start opnieuw.</translation>
    </message>
    <message>
        <source>The pacer of the running Breathing Room is playing; it was brought forward and goes on as it was.</source>
        <translation>Ademruimte draait al en de ademgids daarin is bezig; die is naar voren gehaald en gaat ongewijzigd door.</translation>
    </message>
</context>
<context>
    <name>AudioExport</name>
    <message>
        <source>Export audio</source>
        <translation>Audio exporteren</translation>
    </message>
    <message>
        <source>session.wav</source>
        <translation>sessie.wav</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV-geluid (*.wav)</translation>
    </message>
    <message>
        <source>The session is empty: add exercises to it first.</source>
        <translation>De sessie is leeg: voeg eerst oefeningen toe.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>The sound file could not be written: %1</source>
        <translation>Het geluidsbestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Written: %1 (%2, %3).</source>
        <translation>Geschreven: %1 (%2, %3).</translation>
    </message>
</context>
<context>
    <name>Awake</name>
    <message>
        <source>No desktop session bus: the screen may blank during a session.</source>
        <translation>Geen sessiebus van het bureaublad: het scherm kan tijdens een sessie op zwart gaan.</translation>
    </message>
    <message>
        <source>The desktop did not agree to keep the screen on (%1); it may blank during a session.</source>
        <translation>Het bureaublad hield het scherm niet aan (%1); het kan tijdens een sessie op zwart gaan.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>there are more saved sessions in %1 than a backup can hold</source>
        <translation>er staan meer bewaarde sessies in %1 dan een reservekopie kan bevatten</translation>
    </message>
    <message>
        <source>%1 is %2, larger than a backup can hold (%3)</source>
        <translation>%1 is %2, groter dan een reservekopie kan bevatten (%3)</translation>
    </message>
    <message>
        <source>not a Breathing Room backup: its manifest (%1) is damaged (%2)</source>
        <translation>geen reservekopie van Ademruimte: de inhoudsopgave (%1) is beschadigd (%2)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>te groot</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>geen JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <source>not a Breathing Room backup</source>
        <translation>geen reservekopie van Ademruimte</translation>
    </message>
    <message>
        <source>“format” is not a whole number</source>
        <translation>“format” is geen heel getal</translation>
    </message>
    <message>
        <source>made by a newer Breathing Room; update the app to restore it</source>
        <translation>gemaakt met een nieuwere versie van Ademruimte; werk de app bij om deze reservekopie terug te zetten</translation>
    </message>
    <message>
        <source>“version” and “made” must be text</source>
        <translation>“version” en “made” moeten tekst zijn</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>geen bestand</translation>
    </message>
    <message>
        <source>the file is %1, larger than any Breathing Room backup (at most %2)</source>
        <translation>het bestand is %1, groter dan een reservekopie van Ademruimte kan zijn (hoogstens %2)</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation>geen zipbestand, of een beschadigd zipbestand</translation>
    </message>
    <message>
        <source>there are more saved rhythms in %1 than a backup can hold (at most %2)</source>
        <translation>er staan meer bewaarde ritmes in %1 dan een reservekopie kan bevatten (hoogstens %2)</translation>
    </message>
    <message>
        <source>the saved rhythm %1 cannot be read:</source>
        <translation>het bewaarde ritme %1 kan niet worden gelezen:</translation>
    </message>
    <message>
        <source>it holds %1 files; a backup holds at most %2</source>
        <translation>het bevat %1 bestanden; een reservekopie bevat er hoogstens %2</translation>
    </message>
    <message>
        <source>not a Breathing Room backup (no manifest)</source>
        <translation>geen reservekopie van Ademruimte (er is geen inhoudsopgave)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 komt twee keer voor</translation>
    </message>
    <message>
        <source>unexpected entry %1</source>
        <translation>onverwacht onderdeel %1</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 is versleuteld</translation>
    </message>
    <message>
        <source>%1 is compressed in a way Breathing Room does not write</source>
        <translation>%1 is gecomprimeerd op een manier die Ademruimte zelf niet gebruikt</translation>
    </message>
    <message>
        <source>%1 would be %2 unpacked; Breathing Room accepts at most %3</source>
        <translation>%1 zou uitgepakt %2 groot zijn; Ademruimte accepteert hoogstens %3</translation>
    </message>
    <message>
        <source>it holds more saved sessions than Breathing Room accepts (at most %1, %2 in all)</source>
        <translation>het bevat meer bewaarde sessies dan Ademruimte accepteert (hoogstens %1, samen hoogstens %2)</translation>
    </message>
    <message>
        <source>it holds more saved rhythms than Breathing Room accepts (at most %1)</source>
        <translation>het bevat meer bewaarde ritmes dan Ademruimte accepteert (hoogstens %1)</translation>
    </message>
    <message>
        <source>%1 is damaged in the backup</source>
        <translation>%1 is beschadigd in de reservekopie</translation>
    </message>
    <message>
        <source>there is not enough room on the disk of %1 (%2 needed, %3 free)</source>
        <translation>er is niet genoeg ruimte op de schijf van %1 (%2 nodig, %3 vrij)</translation>
    </message>
    <message>
        <source>Breathing Room has the practice history open in another window (%1); close it and try again</source>
        <translation>Ademruimte heeft de oefengeschiedenis open in een ander venster (%1); sluit dat en probeer het opnieuw</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>De reservekopie wordt gelezen…</translation>
    </message>
    <message>
        <source>Breathing Room cannot write to %1 (%2)</source>
        <translation>Ademruimte kan niet schrijven in %1 (%2)</translation>
    </message>
    <message>
        <source>Checking the practice history…</source>
        <translation>De oefengeschiedenis wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>the practice history in it cannot be used:</source>
        <translation>de oefengeschiedenis in de reservekopie is onbruikbaar:</translation>
    </message>
    <message>
        <source>Checking your own exercises…</source>
        <translation>Je eigen oefeningen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Your own exercises in the backup have problems; Breathing Room will leave them out until they are fixed:</source>
        <translation>Er zijn problemen met je eigen oefeningen in de reservekopie; Ademruimte laat ze weg tot die zijn opgelost:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n saved session(s)…</source>
        <translation>
            <numerusform>%n bewaarde sessie wordt gecontroleerd…</numerusform>
            <numerusform>%n bewaarde sessies worden gecontroleerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>These saved sessions cannot be read; they are restored as they are and listed as “cannot be read”:</source>
        <translation>Deze bewaarde sessies zijn niet te lezen; ze worden teruggezet zoals ze zijn en staan in de lijst als “niet te lezen”:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n saved rhythm(s)…</source>
        <translation>
            <numerusform>%n bewaard ritme wordt gecontroleerd…</numerusform>
            <numerusform>%n bewaarde ritmes worden gecontroleerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>De instellingen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…en nog %1</translation>
    </message>
    <message>
        <source>%1 line %2: not UTF-8 text</source>
        <translation>%1 regel %2: geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>%1 line %2: a value Breathing Room never writes (%3)</source>
        <translation>%1 regel %2: een waarde die Ademruimte nooit schrijft (%3)</translation>
    </message>
    <message>
        <source>These settings in %1 cannot be used; Breathing Room will use their defaults:</source>
        <translation>Deze instellingen in %1 zijn onbruikbaar; Ademruimte gebruikt daarvoor de standaardwaarden:</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>this window</source>
        <translation>dit venster</translation>
    </message>
    <message>
        <source>the checked copy %1 is gone</source>
        <translation>de gecontroleerde kopie %1 is verdwenen</translation>
    </message>
    <message>
        <source>The restore of %1 stopped half-way (%2) and could not be undone (%3). Your previous data is in %4; the backup&apos;s files are in %5. Breathing Room will finish the restore when it next starts.</source>
        <translation>Het terugzetten van %1 is halverwege gestopt (%2) en kon niet ongedaan worden gemaakt (%3). Je vorige gegevens staan in %4; de bestanden uit de reservekopie staan in %5. Ademruimte maakt het terugzetten af bij de volgende start.</translation>
    </message>
    <message>
        <source>%1 could not be put in place (%2). Everything was put back as it was: nothing was changed.</source>
        <translation>%1 kon niet worden teruggezet (%2). Alles staat weer zoals het was: er is niets veranderd.</translation>
    </message>
    <message>
        <source>An interrupted restore left a record that cannot be read (kept as %1). Your previous data may be in a folder named “before-restore-…” in %2.</source>
        <translation>Het onderbroken terugzetten van een reservekopie heeft een logboek achtergelaten dat niet te lezen is (bewaard als %1). Je vorige gegevens staan mogelijk in een map met de naam “before-restore-…” in %2.</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted and could not be finished (%2) or undone (%3). Your previous data is in %4; the backup&apos;s files are in %5. Breathing Room tries again at its next start.</source>
        <translation>Het terugzetten van %1 werd onderbroken en kon niet worden afgemaakt (%2) of ongedaan gemaakt (%3). Je vorige gegevens staan in %4; de bestanden uit de reservekopie staan in %5. Ademruimte probeert het bij de volgende start opnieuw.</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted and could not be finished (%2); it was undone, and your data is as it was before.</source>
        <translation>Het terugzetten van %1 werd onderbroken en kon niet worden afgemaakt (%2); het is ongedaan gemaakt en je gegevens zijn weer zoals ze waren.</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted when Breathing Room stopped; it has now been finished. Your previous data is in %2.</source>
        <translation>Het terugzetten van %1 werd onderbroken doordat Ademruimte stopte; het is nu afgemaakt. Je vorige gegevens staan in %2.</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Exercise details</source>
        <translation>Over de oefening</translation>
    </message>
    <message>
        <source>Choose an exercise to read how to do it.</source>
        <translation>Kies een oefening om te lezen hoe je haar doet.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Add to session</source>
        <translation>Aan sessie toevoegen</translation>
    </message>
    <message>
        <source>Problems in your exercises file</source>
        <translation>Problemen in je oefeningenbestand</translation>
    </message>
    <message>
        <source>Fix these lines in %1, then restart Breathing Room.</source>
        <translation>Verbeter deze regels in %1 en start Ademruimte daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>CatalogueTree</name>
    <message>
        <source>Your own exercises</source>
        <translation>Je eigen oefeningen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Blz.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Uit %1</translation>
    </message>
    <message>
        <source>book page %1</source>
        <translation>bladzijde %1 in het boek</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>language of texts: nl or en (default: from the system locale)</source>
        <translation>taal van de teksten: nl of en (standaard: volgens de systeeminstelling)</translation>
    </message>
    <message>
        <source>Breathing Room (Ademruimte): guided back-pain exercises with a breath pacer. Without a command, opens the window.</source>
        <translation>Ademruimte (Breathing Room): begeleide oefeningen bij rugpijn met een ademgids. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>print every exercise in the book&apos;s order</source>
        <translation>toon elke oefening in de volgorde van het boek</translation>
    </message>
    <message>
        <source>print one JSON array</source>
        <translation>toon één JSON-lijst</translation>
    </message>
    <message>
        <source>print the breathing presets instead (for pacer --preset)</source>
        <translation>toon in plaats daarvan de ademritmes (voor pacer --preset)</translation>
    </message>
    <message>
        <source>print the programmes instead (for timeline --program)</source>
        <translation>toon in plaats daarvan de programma&apos;s (voor timeline --program)</translation>
    </message>
    <message>
        <source>check catalogue files and report every problem with its place</source>
        <translation>controleer catalogusbestanden en meld elk probleem met zijn plaats</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>files to check (default: the bundled catalogue and your own, if present)</source>
        <translation>te controleren bestanden (standaard: de meegeleverde catalogus en je eigen bestand, als dat er is)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>toon JSON</translation>
    </message>
    <message>
        <source>open the breathing pacer window</source>
        <translation>open het venster van de ademgids</translation>
    </message>
    <message>
        <source>write one JSON line per cue as it fires (- for standard output)</source>
        <translation>schrijf per signaal één JSON-regel op het moment zelf (- voor standaarduitvoer)</translation>
    </message>
    <message>
        <source>close the window when finished</source>
        <translation>sluit het venster als het klaar is</translation>
    </message>
    <message>
        <source>breath pattern in seconds, e.g. 4-7-8</source>
        <translation>ademritme in seconden, bijv. 4-7-8</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>a breathing preset, e.g. bridge</source>
        <translation>een vast ademritme, bijv. bridge</translation>
    </message>
    <message>
        <source>one exercise, by id</source>
        <translation>één oefening, met haar id</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the book</source>
        <translation>
            <numerusform>%n plaats in het boek</numerusform>
            <numerusform>%n plaatsen in het boek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different exercise(s)</source>
        <translation>
            <numerusform>%n oefening</numerusform>
            <numerusform>%n verschillende oefeningen</numerusform>
        </translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>RITME</translation>
    </message>
    <message>
        <source>BREATHS</source>
        <translation>ADEMHALINGEN</translation>
    </message>
    <message numerus="yes">
        <source>%n breathing preset(s); play one with: breathing-room pacer --preset ID</source>
        <translation>
            <numerusform>%n ademritme; speel het af met: breathing-room pacer --preset ID</numerusform>
            <numerusform>%n ademritmes; speel er een af met: breathing-room pacer --preset ID</numerusform>
        </translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation>OEFENINGEN</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s); see one with: breathing-room timeline --program ID</source>
        <translation>
            <numerusform>%n programma; bekijk het met: breathing-room timeline --program ID</numerusform>
            <numerusform>%n programma&apos;s; bekijk er een met: breathing-room timeline --program ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n probleem</numerusform>
            <numerusform>%1: %n problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n oefening</numerusform>
            <numerusform>%n oefeningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programma</numerusform>
            <numerusform>%n programma&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing preset(s)</source>
        <translation>
            <numerusform>%n ademritme</numerusform>
            <numerusform>%n ademritmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1: in orde (%2)</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STAP</translation>
    </message>
    <message>
        <source>SPEECH</source>
        <translation>SPRAAK</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 in all (%2 ms)</source>
        <translation>
            <numerusform>%n stuk, %1 in totaal (%2 ms)</numerusform>
            <numerusform>%n stukken, %1 in totaal (%2 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>plan for the built-in voice: room for every utterance, and how long each takes (default: sounds only)</source>
        <translation>plan voor de ingebouwde stem: ruimte voor alles wat gezegd wordt, en hoe lang elk duurt (standaard: alleen geluiden)</translation>
    </message>
    <message>
        <source>with the voice: also say &apos;breathe in&apos; and &apos;breathe out&apos;</source>
        <translation>met de stem: zeg ook &apos;adem in&apos; en &apos;adem uit&apos;</translation>
    </message>
    <message>
        <source>Estimated lengths of speech: %1</source>
        <translation>Geschatte spreekduur: %1</translation>
    </message>
    <message>
        <source>write a guided session (sounds and voice) to a WAV file</source>
        <translation>schrijf een begeleide sessie (geluiden en stem) naar een WAV-bestand</translation>
    </message>
    <message>
        <source>sounds only, or the built-in voice with the sounds (default)</source>
        <translation>alleen geluiden, of de ingebouwde stem met de geluiden (standaard)</translation>
    </message>
    <message>
        <source>the WAV file to write</source>
        <translation>het WAV-bestand om te schrijven</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 MB</source>
        <translation>%1 geschreven: %2, %3 MB</translation>
    </message>
    <message>
        <source>print the timeline of a pattern, exercise or programme without playing it</source>
        <translation>toon de tijdlijn van een ademritme, oefening of programma zonder af te spelen</translation>
    </message>
    <message>
        <source>a programme, e.g. ch4-phase-1</source>
        <translation>een programma, bijv. ch4-phase-1</translation>
    </message>
    <message>
        <source>how many breaths</source>
        <translation>hoeveel ademhalingen</translation>
    </message>
    <message>
        <source>how long, rounded to the nearest whole breath</source>
        <translation>hoe lang, afgerond op de dichtstbijzijnde hele ademhaling</translation>
    </message>
    <message>
        <source>seconds of countdown before the first breath (default 3)</source>
        <translation>seconden aftellen voor de eerste ademhaling (standaard 3)</translation>
    </message>
    <message>
        <source>Your own exercises were left out; run &apos;breathing-room validate&apos;.</source>
        <translation>Je eigen oefeningen zijn weggelaten; voer &apos;breathing-room validate&apos; uit.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>BLZ</translation>
    </message>
    <message>
        <source>CH</source>
        <translation>HFST</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>DEEL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>KANTEN</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>HOUDING</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGIN</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DUUR</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>KANT</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>RONDE</translation>
    </message>
    <message>
        <source>BREATH</source>
        <translation>ADEM</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>About Breathing Room</source>
        <translation>Over Ademruimte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breathing Room %1&lt;/h3&gt;&lt;p&gt;Guided exercises for back pain, following the programme of the Dutch book &lt;i&gt;Rugpijn&lt;/i&gt;, with a breath pacer.&lt;/p&gt;&lt;p&gt;This app does not replace advice from your doctor or physiotherapist.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ademruimte %1&lt;/h3&gt;&lt;p&gt;Begeleide oefeningen bij rugpijn, volgens het programma van het boek &lt;i&gt;Rugpijn&lt;/i&gt;, met een ademgids.&lt;/p&gt;&lt;p&gt;Deze app vervangt geen advies van je arts of fysiotherapeut.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CueLog</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>geen toestemming om daar te schrijven</translation>
    </message>
    <message>
        <source>the program reading them has stopped</source>
        <translation>het programma dat ze las, is gestopt</translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation>de standaarduitvoer is gesloten</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>geen bestand opgegeven</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>een deel van het pad is een bestand, geen map</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <source>this is a socket; give a file, a FIFO or a device</source>
        <translation>dit is een socket; geef een bestand, een FIFO of een apparaat op</translation>
    </message>
    <message>
        <source>this is a FIFO that no program is reading; start the reader first</source>
        <translation>dit is een FIFO waaruit geen programma leest; start eerst het programma dat eruit moet lezen</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>de standaarduitvoer</translation>
    </message>
    <message>
        <source>the cue log</source>
        <translation>het signalenlogboek</translation>
    </message>
    <message>
        <source>the program reading them did not keep up</source>
        <translation>het programma dat ze las, kon het tempo niet bijhouden</translation>
    </message>
    <message>
        <source>Cues could not be written to %1 (%2); the session goes on without them.</source>
        <translation>De signalen konden niet naar %1 worden geschreven (%2); de sessie gaat door zonder signalen.</translation>
    </message>
</context>
<context>
    <name>ExerciseBrowser</name>
    <message>
        <source>Search names and steps (Ctrl+F)</source>
        <translation>Zoek in namen en stappen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Oefeningen zoeken</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Hoofdstuk</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Alle hoofdstukken</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Elke houding</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hulpmiddelen</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alle hulpmiddelen</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>Gebruikt: %1</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>No exercise matches. Clear the search or the filters.</source>
        <translation>Geen oefening past hierbij. Maak de zoekopdracht of de filters leeg.</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>%1 rounds</source>
        <translation>%1 rondes</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ongeveer %1</translation>
    </message>
    <message>
        <source>book p. %1</source>
        <translation>boek blz. %1</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Coming out</source>
        <translation>Uit de houding komen</translation>
    </message>
    <message>
        <source>Mind and body</source>
        <translation>Lichaam en geest</translation>
    </message>
</context>
<context>
    <name>ExportAudio</name>
    <message>
        <source>The sound file %1 cannot be read (%2).</source>
        <translation>Het geluidsbestand %1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>Making the voice…</source>
        <translation>De stem wordt gemaakt…</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is een map; geef een bestandsnaam.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Kan niet schrijven in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Writing the sound file…</source>
        <translation>Het geluidsbestand wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1, process %2</source>
        <translation>%1, proces %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hoe het afliep</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>This date cannot be right: it lies after the sessions recorded later, or in the future (the computer&apos;s clock was probably wrong then). The session is kept, but not counted in the days in a row, the minutes per week, the pain chart or the suggestion to move on.</source>
        <translation>Deze datum kan niet kloppen: hij ligt na die van later vastgelegde sessies, of in de toekomst (de klok van de computer stond toen waarschijnlijk verkeerd). De sessie blijft bewaard, maar telt niet mee voor de dagen op rij, de minuten per week, de pijngrafiek en het voorstel voor de volgende stap.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) left out</source>
        <translation>
            <numerusform>%n oefening weggelaten</numerusform>
            <numerusform>%n oefeningen weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 oefeningen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgemaakt</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Eerder gestopt</translation>
    </message>
    <message>
        <source>Interrupted (the app closed)</source>
        <translation>Onderbroken (de app sloot)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Practice history</source>
        <translation>Oefengeschiedenis</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Dagen geoefend</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <source>Pain before and after (0–10)</source>
        <translation>Pijn ervoor en erna (0–10)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Over de sessie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected session (Del)</source>
        <translation>De gekozen sessie verwijderen (Del)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Every session and exercise as a spreadsheet file</source>
        <translation>Elke sessie en oefening als rekenbladbestand</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Reservekopie…</translation>
    </message>
    <message>
        <source>History, saved sessions, your exercises and settings in one file</source>
        <translation>Geschiedenis, bewaarde sessies, je eigen oefeningen en instellingen in één bestand</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Put a backup in place (the current data is kept aside)</source>
        <translation>Een reservekopie terugzetten (de huidige gegevens worden apart bewaard)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Days in a row: %1 · this week: %2 min · sessions in all: %3</source>
        <translation>Dagen op rij: %1 · deze week: %2 min · sessies in totaal: %3</translation>
    </message>
    <message>
        <source>The practice history is in use by another program; it is shown here as soon as it is free.</source>
        <translation>De oefengeschiedenis is in gebruik bij een ander programma; ze verschijnt hier zodra ze vrij is.</translation>
    </message>
    <message>
        <source>Reading the practice history…</source>
        <translation>De oefengeschiedenis wordt gelezen…</translation>
    </message>
    <message>
        <source>No sessions yet. Every guided session you do is listed here.</source>
        <translation>Nog geen sessies. Elke begeleide sessie die je doet, staat hier.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>deels gedaan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>felt good</source>
        <translation>voelde goed</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>te zwaar</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>deed pijn</translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation>%1 van %2 rondes</translation>
    </message>
    <message numerus="yes">
        <source>Left out because it hurt last time (%n exercise(s)): %1</source>
        <translation>
            <numerusform>Weggelaten omdat het de vorige keer pijn deed (%n oefening): %1</numerusform>
            <numerusform>Weggelaten omdat het de vorige keer pijn deed (%n oefeningen): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <source>Delete the session of %1 from the history? This cannot be undone.</source>
        <translation>De sessie van %1 uit de geschiedenis verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The practice history is in use by another program or still being read; export it in a moment.</source>
        <translation>De oefengeschiedenis is in gebruik bij een ander programma of wordt nog gelezen; probeer het exporteren zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation>De geschiedenis kon niet worden geëxporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n regel geschreven naar %1</numerusform>
            <numerusform>%n regels geschreven naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) backed up to %1</source>
        <translation>
            <numerusform>%n bestand bewaard in %1</numerusform>
            <numerusform>%n bestanden bewaard in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up all data</source>
        <translation>Reservekopie van alle gegevens</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Reservekopieën (*.zip)</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>De reservekopie kon niet worden geschreven naar %1: %2</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
</context>
<context>
    <name>HowToWindow</name>
    <message>
        <source>The help page could not be read: %1</source>
        <translation>De helppagina kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>How to use Breathing Room</source>
        <translation>Zo werkt Ademruimte</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lying on your back</source>
        <translation>Op je rug</translation>
    </message>
    <message>
        <source>Lying on your front</source>
        <translation>Op je buik</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>Op je zij</translation>
    </message>
    <message>
        <source>Seated on the floor</source>
        <translation>Zittend op de grond</translation>
    </message>
    <message>
        <source>Seated on a chair</source>
        <translation>Zittend op een stoel</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Geknield</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Op handen en knieën</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Mat</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation>Kussen</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stoel</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muur</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handdoek</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>Fase 1</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>Fase 2</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>Dagelijks onderhoud</translation>
    </message>
    <message>
        <source>Mind and body</source>
        <translation>Lichaam en geest</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Beide kanten</translation>
    </message>
    <message>
        <source>Symmetrical</source>
        <translation>Symmetrisch</translation>
    </message>
    <message>
        <source>get into position</source>
        <translation>houding aannemen</translation>
    </message>
    <message>
        <source>into the pose</source>
        <comment>an instruction before the breaths</comment>
        <translation>de houding in</translation>
    </message>
    <message>
        <source>wait for me</source>
        <translation>wacht op mij</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inademen</translation>
    </message>
    <message>
        <source>hold (full)</source>
        <translation>vasthouden (vol)</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>uitademen</translation>
    </message>
    <message>
        <source>wait (empty)</source>
        <translation>wachten (leeg)</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>van kant wisselen</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>rusten</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>come out</source>
        <comment>of the pose, after its breaths</comment>
        <translation>uit de houding</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the side of the body</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <comment>the side of the body</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Hoofdstuk %1</translation>
    </message>
    <message>
        <source>Paused: the computer was about to sleep. Press Space to go on.</source>
        <translation>Gepauzeerd: de computer ging bijna slapen. Druk op Spatie om door te gaan.</translation>
    </message>
    <message>
        <source>Paused where you were: the app was held up for %1 s (the computer was busy). Press Space to go on.</source>
        <translation>Gepauzeerd waar je was: de app werd %1 s opgehouden (de computer had het druk). Druk op Spatie om door te gaan.</translation>
    </message>
    <message>
        <source>Paused where you were: the computer was asleep for %1 s. Press Space to go on.</source>
        <translation>Gepauzeerd waar je was: de computer sliep %1 s. Druk op Spatie om door te gaan.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Start this exercise</source>
        <translation>Deze oefening &amp;starten</translation>
    </message>
    <message>
        <source>Play just this exercise</source>
        <translation>Alleen deze oefening doen</translation>
    </message>
    <message>
        <source>&amp;Add to session</source>
        <translation>&amp;Aan sessie toevoegen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Add this exercise to the end of the session</source>
        <translation>Zet deze oefening achteraan in de sessie</translation>
    </message>
    <message>
        <source>Start s&amp;ession</source>
        <translation>S&amp;essie starten</translation>
    </message>
    <message>
        <source>Play the whole session</source>
        <translation>De hele sessie doen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected exercises from the session</source>
        <translation>Haal de gekozen oefeningen uit de sessie</translation>
    </message>
    <message>
        <source>&amp;Clear session</source>
        <translation>Sessie &amp;leegmaken</translation>
    </message>
    <message>
        <source>Empty the session (Undo brings it back)</source>
        <translation>Maak de sessie leeg (Ongedaan maken zet haar terug)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>Sessie &amp;bewaren…</translation>
    </message>
    <message>
        <source>Save the session under a name</source>
        <translation>Bewaar de sessie onder een naam</translation>
    </message>
    <message>
        <source>&amp;Open saved session…</source>
        <translation>Bewaarde sessie &amp;openen…</translation>
    </message>
    <message>
        <source>Load, rename or delete saved sessions</source>
        <translation>Bewaarde sessies laden, hernoemen of verwijderen</translation>
    </message>
    <message>
        <source>&amp;Export audio…</source>
        <translation>Audio &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write the session, with its sounds and voice, to a WAV file to play on a phone</source>
        <translation>Schrijf de sessie, met geluiden en stem, naar een WAV-bestand om op een telefoon af te spelen</translation>
    </message>
    <message>
        <source>Programmes from the book</source>
        <translation>Programma&apos;s uit het boek</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Programma&apos;s</translation>
    </message>
    <message>
        <source>Load a programme from the book into the session</source>
        <translation>Laad een programma uit het boek in de sessie</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <source>Pause or go on</source>
        <translation>Pauzeren of doorgaan</translation>
    </message>
    <message>
        <source>P&amp;revious exercise</source>
        <translation>Vo&amp;rige oefening</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before</source>
        <translation>Terug naar het begin van deze oefening, of naar de vorige</translation>
    </message>
    <message>
        <source>&amp;Next exercise</source>
        <translation>&amp;Volgende oefening</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Ga naar de volgende oefening</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop and go back to the exercises</source>
        <translation>Stop en ga terug naar de oefeningen</translation>
    </message>
    <message>
        <source>Stop (asks first)</source>
        <translation>Stoppen (vraagt eerst)</translation>
    </message>
    <message>
        <source>Pause and ask; Esc again stops</source>
        <translation>Pauzeren en vragen; nog eens Esc stopt</translation>
    </message>
    <message>
        <source>Pause, then stop (press twice)</source>
        <translation>Pauzeren, dan stoppen (twee keer drukken)</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>&amp;Focusmodus</translation>
    </message>
    <message>
        <source>Full screen with large type, readable from the floor</source>
        <translation>Volledig scherm met grote letters, leesbaar vanaf de grond</translation>
    </message>
    <message>
        <source>Go on (ready, when it waits)</source>
        <translation>Verder (klaar, als de sessie wacht)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Breathing &amp;pacer…</source>
        <translation>Adem&amp;gids…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Just the breathing pacer</source>
        <translation>Alleen de ademgids</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Days practised, minutes, pain, every session; export and backup</source>
        <translation>Dagen geoefend, minuten, pijn, elke sessie; exporteren en reservekopie</translation>
    </message>
    <message>
        <source>Stop and go back to the exercises (Esc twice, %1)</source>
        <translation>Stoppen en terug naar de oefeningen (twee keer Esc, %1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Find exercise</source>
        <translation>Oefening &amp;zoeken</translation>
    </message>
    <message>
        <source>Find exercise</source>
        <translation>Oefening zoeken</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Oefenen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;How to use Breathing Room</source>
        <translation>&amp;Zo werkt Ademruimte</translation>
    </message>
    <message>
        <source>What the app is, a session from the mat, focus mode, the pacer, safety</source>
        <translation>Wat de app is, een sessie vanaf de mat, focusmodus, de ademgids, veiligheid</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Every key of this window and of the pacer</source>
        <translation>Alle toetsen van dit venster en van de ademgids</translation>
    </message>
    <message>
        <source>&amp;About Breathing Room</source>
        <translation>&amp;Over Ademruimte</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>Ik ben &amp;zover</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Verder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Breathing Room</source>
        <translation>Ademruimte</translation>
    </message>
    <message>
        <source>Files can be written again</source>
        <translation>Bestanden kunnen weer worden geschreven</translation>
    </message>
    <message>
        <source>%1 exercises in %2 places of the book · %3 programmes</source>
        <translation>%1 oefeningen op %2 plaatsen in het boek · %3 programma&apos;s</translation>
    </message>
    <message>
        <source>Added to the session</source>
        <translation>Aan de sessie toegevoegd</translation>
    </message>
    <message>
        <source>Session too long</source>
        <translation>Sessie te lang</translation>
    </message>
    <message>
        <source>This session cannot be played: %1</source>
        <translation>Deze sessie kan niet worden gestart: %1</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessie klaar</translation>
    </message>
    <message>
        <source>the unfinished session</source>
        <translation>de onafgemaakte sessie</translation>
    </message>
    <message>
        <source>Get into position, then press Space to go on.</source>
        <translation>Ga in de houding liggen of zitten en druk dan op Spatie om door te gaan.</translation>
    </message>
</context>
<context>
    <name>PacerControls</name>
    <message>
        <source>Breathing rhythm</source>
        <translation>Ademritme</translation>
    </message>
    <message>
        <source>Your rh&amp;ythms…</source>
        <translation>&amp;Je ritmes…</translation>
    </message>
    <message>
        <source>Use, rename or delete the rhythms you saved</source>
        <translation>Je bewaarde ritmes gebruiken, hernoemen of verwijderen</translation>
    </message>
    <message>
        <source>in-hold-out-hold, e.g. 4-7-8</source>
        <translation>in-vast-uit-vast, bijv. 4-7-8</translation>
    </message>
    <message>
        <source>Breath pattern in seconds</source>
        <translation>Ademritme in seconden</translation>
    </message>
    <message>
        <source>Seconds to breathe in, hold, breathe out and (optionally) hold again, e.g. 4-7-8 or 5-0-7-3. Decimals are fine: 5.5-0-5.5. Typing here makes the rhythm your own pattern; Save… keeps it under a name.</source>
        <translation>Seconden inademen, vasthouden, uitademen en (als je wilt) weer vasthouden, bijv. 4-7-8 of 5-0-7-3. Decimalen mogen: 5,5-0-5,5. Wat je hier typt, wordt je eigen patroon; met Bewaren… bewaar je het onder een naam.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Bewaren…</translation>
    </message>
    <message>
        <source>Save this pattern and length as a rhythm of your own, under a name</source>
        <translation>Dit patroon en deze duur als eigen ritme bewaren, onder een naam</translation>
    </message>
    <message>
        <source>Save rhythm</source>
        <translation>Ritme bewaren</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Ademhalingen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Aantal ademhalingen</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Ritme:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patroon:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>Your own pattern…</source>
        <translation>Eigen patroon…</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s) · %1</source>
        <translation>
            <numerusform>%n ademhaling · %1</numerusform>
            <numerusform>%n ademhalingen · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>the rhythm you chose last time is not in the catalogue now (your own exercises were left out?)</source>
        <translation>het ritme dat je de vorige keer koos, staat nu niet in de catalogus (zijn je eigen oefeningen weggelaten?)</translation>
    </message>
</context>
<context>
    <name>PacerOverlay</name>
    <message>
        <source>Ready?</source>
        <translation>Klaar?</translation>
    </message>
    <message>
        <source>Press Space, click or the play key when you are in position</source>
        <translation>Druk op spatie, klik of druk op de afspeeltoets als je in de houding bent</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Press Esc again to stop, Space to go on</source>
        <translation>Druk nog eens op Esc om te stoppen, op spatie om verder te gaan</translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation>Spatie om verder te gaan</translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breath pacer</source>
        <translation>Ademgids</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Klaar als jij het bent</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>Into the pose</source>
        <translation>De houding in</translation>
    </message>
    <message>
        <source>Come out</source>
        <translation>Uit de houding</translation>
    </message>
</context>
<context>
    <name>PacerWindow</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Ademgids</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>◀ Breath</source>
        <translation>◀ Adem</translation>
    </message>
    <message>
        <source>Previous breath (←)</source>
        <translation>Vorige ademhaling (←)</translation>
    </message>
    <message>
        <source>Previous breath</source>
        <translation>Vorige ademhaling</translation>
    </message>
    <message>
        <source>Breath ▶</source>
        <translation>Adem ▶</translation>
    </message>
    <message>
        <source>Next breath (→)</source>
        <translation>Volgende ademhaling (→)</translation>
    </message>
    <message>
        <source>Start, pause or go on</source>
        <translation>Starten, pauzeren of doorgaan</translation>
    </message>
    <message>
        <source>Next breath</source>
        <translation>Volgende ademhaling</translation>
    </message>
    <message>
        <source>Stop (asks first: press twice)</source>
        <translation>Stoppen (vraagt eerst: twee keer drukken)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Stop (Esc twice)</source>
        <translation>Stoppen (twee keer Esc)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Volledig scherm (F)</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <source>Keep the circle still; the ring shows how far the breath has come</source>
        <translation>Houd de cirkel stil; de ring laat zien hoe ver de ademhaling is</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>(Space)</source>
        <translation>(Spatie)</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after</source>
        <translation>Pijn ervoor en erna</translation>
    </message>
    <message>
        <source>Last session: pain %1 before, %2 after</source>
        <translation>Laatste sessie: pijn %1 ervoor, %2 erna</translation>
    </message>
    <message>
        <source>No pain check-ins yet</source>
        <translation>Nog geen pijnmetingen</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Nog geen metingen</translation>
    </message>
    <message>
        <source>- - before   —— after</source>
        <translation>- - ervoor   —— erna</translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <source>Before you start</source>
        <translation>Voor je begint</translation>
    </message>
    <message>
        <source>How much pain do you feel in your back right now?</source>
        <translation>Hoeveel pijn voel je op dit moment in je rug?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst pain you can imagine. Press a number (T for 10), or Esc to skip.</source>
        <translation>0 is geen pijn, 10 de ergste pijn die je je kunt voorstellen. Druk op een cijfer (T voor 10), of Esc om over te slaan.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Pijn %1 van 10</translation>
    </message>
    <message>
        <source>Pain %1 of 10 (key %2)</source>
        <translation>Pijn %1 van 10 (toets %2)</translation>
    </message>
</context>
<context>
    <name>PracticeRecord</name>
    <message>
        <source>Practice history</source>
        <translation>Oefengeschiedenis</translation>
    </message>
    <message>
        <source>Skip what hurt?</source>
        <translation>Overslaan wat pijn deed?</translation>
    </message>
    <message>
        <source>Last time you noted that this hurt: %1. Skip it in this session?</source>
        <translation>Vorige keer gaf je aan dat dit pijn deed: %1. In deze sessie overslaan?</translation>
    </message>
    <message>
        <source>If an exercise hurts again, leave it out and ask your physiotherapist.</source>
        <translation>Doet een oefening weer pijn? Sla die dan over en overleg met je fysiotherapeut.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Toch doen</translation>
    </message>
    <message>
        <source>It hurt on %1: consider skipping it, or ask your physiotherapist.</source>
        <translation>Deed pijn op %1: sla deze oefening eventueel over, of overleg met je fysiotherapeut.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Ask again in a week</source>
        <translation>Over een week opnieuw vragen</translation>
    </message>
    <message>
        <source>Ready for the next step: %1? %2</source>
        <translation>Klaar voor de volgende stap: %1? %2</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
</context>
<context>
    <name>PracticeStrip</name>
    <message>
        <source>Days practised</source>
        <translation>Dagen geoefend</translation>
    </message>
    <message>
        <source>Practised on %1 of the last %2 days</source>
        <translation>Geoefend op %1 van de laatste %2 dagen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Off: silent</source>
        <translation>Uit: stil</translation>
    </message>
    <message>
        <source>Sounds only</source>
        <translation>Alleen geluiden</translation>
    </message>
    <message>
        <source>Voice and sounds</source>
        <translation>Stem en geluiden</translation>
    </message>
    <message>
        <source>Also say “breathe in” and “breathe out”</source>
        <translation>Zeg ook “adem in” en “adem uit”</translation>
    </message>
    <message>
        <source>Wait until I am ready before each exercise</source>
        <translation>Wacht voor elke oefening tot ik klaar ben</translation>
    </message>
    <message>
        <source>A session holds after getting into position until you press Space, click, or press the play key of your headset</source>
        <translation>Een sessie wacht na het aannemen van de houding tot je op spatie drukt, klikt of op de afspeeltoets van je headset drukt</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Dempen</translation>
    </message>
    <message>
        <source> ms early</source>
        <translation> ms eerder</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late. Start each sound this much earlier so that you hear it when the circle turns.</source>
        <translation>Bluetooth-koptelefoons spelen geluid te laat af. Start elk geluid zoveel eerder, zodat je het hoort wanneer de cirkel omkeert.</translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation>Geluid testen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Texts and exercises change at once</source>
        <translation>Teksten en oefeningen veranderen meteen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Focus mode doubles this size</source>
        <translation>De focusmodus verdubbelt deze grootte</translation>
    </message>
    <message>
        <source>Ask about pain before and after a session</source>
        <translation>Voor en na een sessie naar de pijn vragen</translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation>Herinner me elke dag om</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Tijd van de herinnering</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window closes</source>
        <translation>In het systeemvak blijven draaien als het venster sluit</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the reminder shows as a window when Breathing Room starts after the chosen time.</source>
        <translation>Dit bureaublad heeft geen systeemvak: de herinnering verschijnt als venster wanneer Ademruimte na de gekozen tijd start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Kleuren:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekstgrootte:</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Begeleiding:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Audio lead:</source>
        <translation>Geluid eerder:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Voortgang:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Herinnering:</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>{where} &apos;{pattern}&apos;: part {number} is missing; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</source>
        <translation>{where} &apos;{pattern}&apos;: deel {number} ontbreekt; verwacht IN-VAST-UIT of IN-VAST-UIT-VAST in seconden, bijv. 4-7-8</translation>
    </message>
    <message>
        <source>{where} {value}: give a number of minutes from {min} to {max}, with at most {decimals} decimals (e.g. 5 or 2.5)</source>
        <translation>{where} {value}: geef een aantal minuten van {min} tot en met {max}, met hoogstens {decimals} decimalen (bijv. 5 of 2,5)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>het bestand is niet te lezen: {reason}</translation>
    </message>
    <message>
        <source>this is not a plain file (a device, a pipe or a socket); it is not read</source>
        <translation>dit is geen gewoon bestand (maar een apparaat, pipe of socket); het wordt niet gelezen</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>geen UTF-8-tekst (byte 0x{byte}); bewaar het bestand als UTF-8</translation>
    </message>
    <message>
        <source>the file is {size} large; files of at most {limit} are read</source>
        <translation>het bestand is {size} groot; alleen bestanden van hoogstens {limit} worden gelezen</translation>
    </message>
    <message>
        <source>schema: version {version} is newer than this app understands ({known}); update Breathing Room</source>
        <translation>schema: versie {version} is nieuwer dan deze app begrijpt ({known}); werk Ademruimte bij</translation>
    </message>
    <message>
        <source>{where}: duplicate {kind} id &apos;{id}&apos; (first defined at line {line})</source>
        <translation>{where}: {kind}-id &apos;{id}&apos; komt dubbel voor (eerst op regel {line})</translation>
    </message>
    <message>
        <source>{where}: {kind} id &apos;{id}&apos; is already used by the bundled catalogue; choose another id</source>
        <translation>{where}: {kind}-id &apos;{id}&apos; is al in gebruik in de meegeleverde catalogus; kies een ander id</translation>
    </message>
    <message>
        <source>{where}: id &apos;{value}&apos; must be lower-case letters, digits and single dashes, starting with a letter (e.g. childs-pose)</source>
        <translation>{where}: id &apos;{value}&apos; mag alleen kleine letters, cijfers en losse streepjes bevatten en begint met een letter (bijv. childs-pose)</translation>
    </message>
    <message>
        <source>{where}: expected a breath pattern such as 4-7-8 or 5-0-7-3</source>
        <translation>{where}: verwacht een ademritme zoals 4-7-8 of 5-0-7-3</translation>
    </message>
    <message>
        <source>{where}: unknown breathing preset &apos;{value}&apos;{hint}</source>
        <translation>{where}: onbekend ademritme &apos;{value}&apos;{hint}</translation>
    </message>
    <message>
        <source>an unexpected error stopped the check here ({reason}), so nothing of this file is used; please report it</source>
        <translation>een onverwachte fout heeft de controle hier gestopt ({reason}), dus er wordt niets uit dit bestand gebruikt; meld deze fout alsjeblieft</translation>
    </message>
    <message>
        <source>programs: {count} exercises in the programs of one file together; at most {max} (each is a row of the list at every start)</source>
        <translation>programs: {count} oefeningen in de programma&apos;s van één bestand samen; hoogstens {max} (elk is bij elke start een regel in de lijst)</translation>
    </message>
    <message>
        <source>{where}: id &apos;{value}&apos; holds the invisible character {char}; ids are lower-case letters, digits and single dashes</source>
        <translation>{where}: id &apos;{value}&apos; bevat het onzichtbare teken {char}; een id bestaat uit kleine letters, cijfers en losse streepjes</translation>
    </message>
    <message>
        <source>{where}: expected &apos;up&apos; or &apos;down&apos;, found {found}</source>
        <translation>{where}: verwacht &apos;up&apos; of &apos;down&apos;, gevonden {found}</translation>
    </message>
    <message>
        <source>{where}.steps: expected at least one step</source>
        <translation>{where}.steps: verwacht minstens één stap</translation>
    </message>
    <message>
        <source>{where}.guidance: this exercise would play {count} breath phases and steps; one exercise may play at most {max} (fewer breaths, rounds or blocks)</source>
        <translation>{where}.guidance: deze oefening zou {count} ademfasen en stappen afspelen; één oefening mag er hoogstens {max} afspelen (neem minder ademhalingen, rondes of blokken)</translation>
    </message>
    <message>
        <source>{where}.guidance: with this exercise the file&apos;s exercises together would play {count} breath phases and steps; one file may hold at most {max}</source>
        <translation>{where}.guidance: met deze oefening erbij zouden de oefeningen in het bestand samen {count} ademfasen en stappen afspelen; één bestand mag er hoogstens {max} bevatten</translation>
    </message>
    <message>
        <source>{where}: unknown exercise &apos;{value}&apos;{hint}</source>
        <translation>{where}: onbekende oefening &apos;{value}&apos;{hint}</translation>
    </message>
    <message>
        <source>{where}.count: this block carries on the count of the block before, which has count: {direction}; give the same</source>
        <translation>{where}.count: dit blok telt door op het blok ervoor, dat count: {direction} heeft; geef hetzelfde op</translation>
    </message>
    <message>
        <source>{where}: unknown program &apos;{value}&apos;{hint}</source>
        <translation>{where}: onbekend programma &apos;{value}&apos;{hint}</translation>
    </message>
    <message>
        <source>{where}: program &apos;{value}&apos; is already on the path (line {line})</source>
        <translation>{where}: programma &apos;{value}&apos; staat al op het pad (regel {line})</translation>
    </message>
    <message>
        <source>{where}: {value} is past the last step ({count})</source>
        <translation>{where}: {value} ligt voorbij de laatste stap ({count})</translation>
    </message>
    <message>
        <source>{where}.setup_steps: {value}, but step {step} already plays with the breaths (the steps that get into the pose come before it); give at most {most}</source>
        <translation>{where}.setup_steps: {value}, maar stap {step} hoort al bij de ademhalingen (de stappen om de houding aan te nemen komen ervoor); geef hoogstens {most}</translation>
    </message>
    <message>
        <source>{where}.step_s: step {step} is not one of the steps that get into the pose (steps 1 to {count}), so this time would never play</source>
        <translation>{where}.step_s: stap {step} is geen van de stappen om de houding aan te nemen (stap 1 tot en met {count}), dus deze tijd wordt nooit gespeeld</translation>
    </message>
    <message>
        <source>{where}.step_s: step {step} is not one of the steps that get into the pose, and this exercise has none (its breaths begin at step 1), so this time would never play</source>
        <translation>{where}.step_s: stap {step} is geen stap om de houding aan te nemen, en deze oefening heeft er geen (de ademhalingen beginnen bij stap 1), dus deze tijd wordt nooit gespeeld</translation>
    </message>
    <message>
        <source>{where}.come_out_s: the exercise has no come_out words, so this time would never play (give come_out, or remove come_out_s)</source>
        <translation>{where}.come_out_s: de oefening heeft geen come_out-tekst, dus deze tijd wordt nooit gespeeld (geef come_out, of haal come_out_s weg)</translation>
    </message>
    <message>
        <source>{where}: a step per side ({{right: …, left: …}}) needs sides: both; give one step</source>
        <translation>{where}: een stap per kant ({{right: …, left: …}}) kan alleen bij sides: both; geef één stap</translation>
    </message>
    <message>
        <source>{where}: only an exercise done on both sides (sides: both) changes sides</source>
        <translation>{where}: alleen een oefening die aan beide kanten wordt gedaan (sides: both) wisselt van kant</translation>
    </message>
    <message>
        <source>{where}.rest: a rest is played between rounds, and this exercise has one round, so it would never play (give &apos;rounds&apos;, or remove &apos;rest&apos;)</source>
        <translation>{where}.rest: rust komt tussen rondes en deze oefening heeft één ronde, dus die rust komt nooit (geef &apos;rounds&apos; op of haal &apos;rest&apos; weg)</translation>
    </message>
    <message>
        <source>{where}: expected step numbers with their seconds, such as {{2: 15}}, found {found}</source>
        <translation>{where}: verwacht stapnummers met hun seconden, zoals {{2: 15}}, gevonden: {found}</translation>
    </message>
    <message>
        <source>{where}: step {step} appears twice (first at line {line})</source>
        <translation>{where}: stap {step} staat er twee keer (eerst op regel {line})</translation>
    </message>
    <message>
        <source>{where}.count_from: &apos;previous&apos; carries on the count of the block of breaths right before this one, and there is none</source>
        <translation>{where}.count_from: &apos;previous&apos; telt door vanaf het blok ademhalingen direct hiervoor, maar dat is er niet</translation>
    </message>
    <message>
        <source>{where}: a block needs exactly one of &apos;breaths&apos;, &apos;steps&apos; or &apos;minutes&apos;; found {found}</source>
        <translation>{where}: een blok heeft precies één van &apos;breaths&apos;, &apos;steps&apos; of &apos;minutes&apos; nodig; gevonden {found}</translation>
    </message>
    <message>
        <source>{where}: expected &apos;previous&apos; (carry on the count of the block before), found {found}</source>
        <translation>{where}: verwacht &apos;previous&apos; (doortellen vanaf het blok ervoor), gevonden {found}</translation>
    </message>
    <message>
        <source>{where}: the pattern {pattern} has no {phase} phase, so this step would never be shown</source>
        <translation>{where}: het patroon {pattern} heeft geen fase {phase}, dus deze stap wordt nooit getoond</translation>
    </message>
    <message>
        <source>{where}: the pattern {pattern} has no {phase} phase, so these words would never be said</source>
        <translation>{where}: het patroon {pattern} heeft geen fase {phase}, dus deze woorden worden nooit gezegd</translation>
    </message>
    <message>
        <source>{where}: &apos;chapter&apos; and &apos;section&apos; go together: give both or neither</source>
        <translation>{where}: &apos;chapter&apos; en &apos;section&apos; horen bij elkaar: geef ze allebei of geen van beide</translation>
    </message>
    <message>
        <source>{where}.chapter: no chapter {number} in &apos;chapters&apos;</source>
        <translation>{where}.chapter: geen hoofdstuk {number} in &apos;chapters&apos;</translation>
    </message>
    <message>
        <source>{where}.items: a program needs at least one exercise</source>
        <translation>{where}.items: een programma heeft minstens één oefening nodig</translation>
    </message>
    <message>
        <source>{where}.items: this program would play {count} breath phases and steps; one session plays at most {max}</source>
        <translation>{where}.items: dit programma zou {count} ademfasen en stappen afspelen; één sessie speelt er hoogstens {max} af</translation>
    </message>
    <message>
        <source>{where}: expected a mapping (key: value lines), found {found}</source>
        <translation>{where}: verwacht een tabel (regels sleutel: waarde), gevonden {found}</translation>
    </message>
    <message>
        <source>{where}: a key must be a plain word</source>
        <translation>{where}: een sleutel moet een gewoon woord zijn</translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos; appears twice (first at line {line})</source>
        <translation>{where}: sleutel &apos;{key}&apos; staat er twee keer (eerst op regel {line})</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>{where}: onbekende sleutel &apos;{key}&apos; (bedoel je &apos;{close}&apos;?)</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos; (expected one of: {allowed})</source>
        <translation>{where}: onbekende sleutel &apos;{key}&apos; (verwacht een van: {allowed})</translation>
    </message>
    <message>
        <source>{where}: missing required key &apos;{key}&apos;</source>
        <translation>{where}: verplichte sleutel &apos;{key}&apos; ontbreekt</translation>
    </message>
    <message>
        <source>{where}: expected a list (&apos;- &apos; items), found {found}</source>
        <translation>{where}: verwacht een lijst (items met &apos;- &apos;), gevonden {found}</translation>
    </message>
    <message numerus="yes">
        <source>{where}: expected at least %n item(s), found {count}</source>
        <translation>
            <numerusform>{where}: verwacht minstens %n item, gevonden {count}</numerusform>
            <numerusform>{where}: verwacht minstens %n items, gevonden {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {count} items; at most {maximum} are allowed here</source>
        <translation>{where}: {count} items; hier zijn er hoogstens {maximum} toegestaan</translation>
    </message>
    <message>
        <source>{where}: expected text, found {found}</source>
        <translation>{where}: verwacht tekst, gevonden {found}</translation>
    </message>
    <message>
        <source>{where}: the text &apos;{value}&apos; holds the invisible bidirectional control {char}, which makes text show in another order than it is written; remove it</source>
        <translation>{where}: de tekst &apos;{value}&apos; bevat het onzichtbare richtingsteken {char}, waardoor tekst in een andere volgorde verschijnt dan waarin hij is geschreven; haal het weg</translation>
    </message>
    <message>
        <source>{where}: expected a text in both languages ({{nl: ..., en: ...}}), found {found}</source>
        <translation>{where}: verwacht een tekst in beide talen ({{nl: ..., en: ...}}), gevonden {found}</translation>
    </message>
    <message>
        <source>{where}: the text has no &apos;{lang}&apos; version (every text needs nl and en)</source>
        <translation>{where}: de tekst heeft geen &apos;{lang}&apos;-versie (elke tekst heeft nl en en nodig)</translation>
    </message>
    <message>
        <source>{where}: expected a whole number from {low} to {high}, found {found}</source>
        <translation>{where}: verwacht een heel getal van {low} tot en met {high}, gevonden {found}</translation>
    </message>
    <message>
        <source>{where}: expected a number from {low} to {high}, found {found}</source>
        <translation>{where}: verwacht een getal van {low} tot en met {high}, gevonden {found}</translation>
    </message>
    <message>
        <source>{where}: {found} is text, because of the quotes; write the number without them</source>
        <translation>{where}: {found} is tekst, door de aanhalingstekens; schrijf het getal zonder</translation>
    </message>
    <message>
        <source>{where}: unknown value {found} (did you mean &apos;{close}&apos;?)</source>
        <translation>{where}: onbekende waarde {found} (bedoel je &apos;{close}&apos;?)</translation>
    </message>
    <message>
        <source>{where}: expected one of {choices}, found {found}</source>
        <translation>{where}: verwacht een van {choices}, gevonden {found}</translation>
    </message>
    <message>
        <source>--prepare {value}: give 0 to {max} seconds</source>
        <translation>--prepare {value}: geef 0 tot en met {max} seconden</translation>
    </message>
    <message>
        <source>--breaths and --minutes go with a pattern or preset; an exercise or program has its own length</source>
        <translation>--breaths en --minutes horen bij een ademritme; een oefening of programma heeft een eigen duur</translation>
    </message>
    <message>
        <source>--breaths {value}: give a whole number from 1 to {max}</source>
        <translation>--breaths {value}: geef een heel getal van 1 tot en met {max}</translation>
    </message>
    <message>
        <source>unknown exercise &apos;{value}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>onbekende oefening &apos;{value}&apos; (bedoel je &apos;{close}&apos;?)</translation>
    </message>
    <message>
        <source>unknown exercise &apos;{value}&apos;; &apos;breathing-room list&apos; shows the ids</source>
        <translation>onbekende oefening &apos;{value}&apos;; &apos;breathing-room list&apos; toont de id&apos;s</translation>
    </message>
    <message>
        <source>unknown program &apos;{value}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>onbekend programma &apos;{value}&apos; (bedoel je &apos;{close}&apos;?)</translation>
    </message>
    <message>
        <source>unknown program &apos;{value}&apos;; &apos;breathing-room list --programs&apos; shows the ids</source>
        <translation>onbekend programma &apos;{value}&apos;; &apos;breathing-room list --programs&apos; toont de id&apos;s</translation>
    </message>
    <message>
        <source>unknown breathing preset &apos;{value}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>onbekend ademritme &apos;{value}&apos; (bedoel je &apos;{close}&apos;?)</translation>
    </message>
    <message>
        <source>unknown breathing preset &apos;{value}&apos;; &apos;breathing-room list --presets&apos; shows the ids</source>
        <translation>onbekend ademritme &apos;{value}&apos;; &apos;breathing-room list --presets&apos; toont de id&apos;s</translation>
    </message>
    <message>
        <source>the character {char} is not allowed in a YAML file; remove it (or write it as an escape in a double-quoted text)</source>
        <translation>het teken {char} is niet toegestaan in een YAML-bestand; haal het weg (of schrijf het als escape in een tekst tussen dubbele aanhalingstekens)</translation>
    </message>
    <message>
        <source>YAML syntax: {reason}</source>
        <translation>YAML-syntaxis: {reason}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>a second YAML document (&apos;---&apos;); a catalogue is one document</source>
        <translation>een tweede YAML-document (&apos;---&apos;); een catalogus is één document</translation>
    </message>
    <message>
        <source>the alias &apos;*{name}&apos; is inside its own anchor &apos;&amp;{name}&apos;: it would repeat without end</source>
        <translation>de alias &apos;*{name}&apos; staat binnen zijn eigen anker &apos;&amp;{name}&apos;: hij zou zich eindeloos herhalen</translation>
    </message>
    <message>
        <source>the alias &apos;*{name}&apos; has no anchor &apos;&amp;{name}&apos; before it</source>
        <translation>voor de alias &apos;*{name}&apos; staat geen anker &apos;&amp;{name}&apos;</translation>
    </message>
    <message>
        <source>the anchor &apos;&amp;{name}&apos; is used twice (first at line {first})</source>
        <translation>het anker &apos;&amp;{name}&apos; wordt twee keer gebruikt (eerst op regel {first})</translation>
    </message>
    <message>
        <source>the file holds more than {max} values (texts, numbers, keys, lists) once every alias (*name) is filled in; it is not read further</source>
        <translation>het bestand bevat meer dan {max} waarden (teksten, getallen, sleutels, lijsten) als elke alias (*naam) is ingevuld; het wordt niet verder gelezen</translation>
    </message>
    <message>
        <source>lists and mappings are nested more than {max} levels deep here; a catalogue needs about 10</source>
        <translation>lijsten en tabellen zijn hier meer dan {max} niveaus diep genest; een catalogus heeft er ongeveer 10 nodig</translation>
    </message>
    <message>
        <source>tag &apos;{tag}&apos; is not allowed: the catalogue holds plain data only (text, numbers, lists and mappings)</source>
        <translation>tag &apos;{tag}&apos; is niet toegestaan: de catalogus bevat alleen gewone gegevens (tekst, getallen, lijsten en tabellen)</translation>
    </message>
    <message>
        <source>a tab in the indentation; YAML indents with spaces only</source>
        <translation>een tab in het inspringen; YAML springt alleen in met spaties</translation>
    </message>
    <message>
        <source>cannot save: {reason}</source>
        <translation>bewaren lukt niet: {reason}</translation>
    </message>
    <message>
        <source>the file is {size} bytes long; a saved session is at most {max} bytes, so this one was not read</source>
        <translation>het bestand is {size} bytes groot; een bewaarde sessie is hoogstens {max} bytes, dus dit bestand is niet gelezen</translation>
    </message>
    <message>
        <source>this rhythm would take {size} bytes, more than the {max} a saved rhythm may take; choose a shorter name</source>
        <translation>dit ritme zou {size} bytes innemen, meer dan de {max} die een bewaard ritme mag innemen; kies een kortere naam</translation>
    </message>
    <message>
        <source>this file cannot be read, so it is kept as it is and not replaced; save under another name</source>
        <translation>dit bestand is niet te lezen, dus het blijft zoals het is en wordt niet vervangen; bewaar onder een andere naam</translation>
    </message>
    <message>
        <source>{count} saved rhythms already have this name; choose another name</source>
        <translation>{count} bewaarde ritmes hebben deze naam al; kies een andere naam</translation>
    </message>
    <message>
        <source>{count} saved sessions already have this name; choose another name</source>
        <translation>er zijn al {count} bewaarde sessies met deze naam; kies een andere naam</translation>
    </message>
    <message>
        <source>{file}: row {row} of {table} was left out: its {column} cannot be used ({value}).</source>
        <translation>{file}: rij {row} van de tabel {table} is weggelaten: de waarde in kolom {column} is onbruikbaar ({value}).</translation>
    </message>
    <message>
        <source>{file}: row {row} of {table}: its {column} cannot be used ({value}) and is read as empty.</source>
        <translation>{file}: rij {row} van de tabel {table}: de waarde in kolom {column} is onbruikbaar ({value}) en wordt als leeg gelezen.</translation>
    </message>
    <message>
        <source>{file}: row {row} of exercises was left out: it belongs to no session ({value}).</source>
        <translation>{file}: rij {row} van de tabel exercises is weggelaten: de rij hoort bij geen enkele sessie ({value}).</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n more value(s) like these cannot be used.</source>
        <translation>
            <numerusform>{file}: nog %n waarde zoals deze is onbruikbaar.</numerusform>
            <numerusform>{file}: nog %n waarden zoals deze zijn onbruikbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice history {path} cannot be read ({reason}).</source>
        <translation>De oefengeschiedenis {path} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>The practice history held what Breathing Room does not make ({what}); it was set aside as {moved}, and a new, empty history has been started.</source>
        <translation>De oefengeschiedenis bevatte iets wat Ademruimte niet maakt ({what}); ze is opzijgezet als {moved}, en er is een nieuwe, lege geschiedenis begonnen.</translation>
    </message>
    <message>
        <source>The practice history could not be read and was set aside as {moved}; a new, empty history has been started.</source>
        <translation>De oefengeschiedenis kon niet worden gelezen en is apart gezet als {moved}; er is een nieuwe, lege geschiedenis begonnen.</translation>
    </message>
    <message>
        <source>The practice history {path} cannot be saved ({reason}).</source>
        <translation>De oefengeschiedenis {path} kan niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation>{file}: dit bestand bestaat niet.</translation>
    </message>
    <message>
        <source>{file}: this is not a Breathing Room history.</source>
        <translation>{file}: dit is geen oefengeschiedenis van Ademruimte.</translation>
    </message>
    <message>
        <source>{file}: the history has schema {version}; this Breathing Room reads 1 to {known}.</source>
        <translation>{file}: de geschiedenis heeft schema {version}; deze versie van Ademruimte leest 1 tot en met {known}.</translation>
    </message>
    <message>
        <source>{file}: the history is damaged ({reason}).</source>
        <translation>{file}: de geschiedenis is beschadigd ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the history&apos;s tables are not the ones Breathing Room makes ({what}).</source>
        <translation>{file}: de tabellen van de geschiedenis zijn niet de tabellen die Ademruimte maakt ({what}).</translation>
    </message>
    <message>
        <source>{file}: the history cannot be read ({reason}).</source>
        <translation>{file}: de geschiedenis is niet te lezen ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the practice not yet saved cannot be read ({reason}); it is left out.</source>
        <translation>{file}: de nog niet opgeslagen oefengegevens zijn niet te lezen ({reason}); ze worden weggelaten.</translation>
    </message>
    <message>
        <source>{file}: change {n} cannot be used ({reason}); it is left out.</source>
        <translation>{file}: wijziging {n} is onbruikbaar ({reason}); die wordt weggelaten.</translation>
    </message>
    <message>
        <source>A change to the practice history was not saved: its session was not.</source>
        <translation>Een wijziging in de oefengeschiedenis is niet opgeslagen: de sessie waar ze bij hoort ook niet.</translation>
    </message>
    <message>
        <source>A change to the practice history could not be saved ({reason}).</source>
        <translation>Een wijziging in de oefengeschiedenis kon niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the in-breath, {value} s, is shorter than {min} s</source>
        <translation>{where} &apos;{pattern}&apos;: de inademing ({value} s) is korter dan {min} s</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing in, {value} s, is shorter than {min} s (give 0 for no hold)</source>
        <translation>{where} &apos;{pattern}&apos;: het vasthouden na het inademen ({value} s) is korter dan {min} s (geef 0 om niet vast te houden)</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the out-breath, {value} s, is shorter than {min} s</source>
        <translation>{where} &apos;{pattern}&apos;: de uitademing ({value} s) is korter dan {min} s</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing out, {value} s, is shorter than {min} s (give 0 for no hold)</source>
        <translation>{where} &apos;{pattern}&apos;: het vasthouden na het uitademen ({value} s) is korter dan {min} s (geef 0 om niet vast te houden)</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the in-breath, {value} s, is longer than {max} s</source>
        <translation>{where} &apos;{pattern}&apos;: de inademing ({value} s) is langer dan {max} s</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing in, {value} s, is longer than {max} s</source>
        <translation>{where} &apos;{pattern}&apos;: het vasthouden na het inademen ({value} s) is langer dan {max} s</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the out-breath, {value} s, is longer than {max} s</source>
        <translation>{where} &apos;{pattern}&apos;: de uitademing ({value} s) is langer dan {max} s</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: the hold after breathing out, {value} s, is longer than {max} s</source>
        <translation>{where} &apos;{pattern}&apos;: het vasthouden na het uitademen ({value} s) is langer dan {max} s</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: a phase cannot last a negative time</source>
        <translation>{where} &apos;{pattern}&apos;: een fase kan geen negatieve tijd duren</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patroon</translation>
    </message>
    <message>
        <source>{where}: no pattern given; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</source>
        <translation>{where}: geen ademritme opgegeven; verwacht IN-VAST-UIT of IN-VAST-UIT-VAST in seconden, bijv. 4-7-8</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: {count} characters is too long for a pattern (at most {max}), e.g. 4-7-8</source>
        <translation>{where} &apos;{pattern}&apos;: {count} tekens is te lang voor een ademritme (hoogstens {max}; bijv. 4-7-8)</translation>
    </message>
    <message numerus="yes">
        <source>{where} &apos;{pattern}&apos; has %n part(s); expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8</source>
        <translation>
            <numerusform>{where} &apos;{pattern}&apos; heeft %n deel; verwacht IN-VAST-UIT of IN-VAST-UIT-VAST in seconden, bijv. 4-7-8</numerusform>
            <numerusform>{where} &apos;{pattern}&apos; heeft %n delen; verwacht IN-VAST-UIT of IN-VAST-UIT-VAST in seconden, bijv. 4-7-8</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: &apos;{part}&apos; is not a number of seconds (0 or more, e.g. 4 or 5.5)</source>
        <translation>{where} &apos;{pattern}&apos;: &apos;{part}&apos; is geen aantal seconden (0 of meer, bijv. 4 of 5,5)</translation>
    </message>
    <message>
        <source>{where} &apos;{pattern}&apos;: {value} s has more than {decimals} decimals; phases are played in whole milliseconds (e.g. 5.5 or 4.25)</source>
        <translation>{where} &apos;{pattern}&apos;: {value} s heeft meer dan {decimals} decimalen; fasen worden in hele milliseconden afgespeeld (bijv. 5,5 of 4,25)</translation>
    </message>
    <message>
        <source>a session needs a name</source>
        <translation>een sessie heeft een naam nodig</translation>
    </message>
    <message>
        <source>a rhythm needs a name</source>
        <translation>een ritme heeft een naam nodig</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; holds invisible characters ({which}); type it without them</source>
        <translation>de naam &apos;{name}&apos; bevat onzichtbare tekens ({which}); typ hem zonder die tekens</translation>
    </message>
    <message>
        <source>the name is {length} characters long; at most {max}</source>
        <translation>de naam is {length} tekens lang; hoogstens {max} tekens zijn toegestaan</translation>
    </message>
    <message>
        <source>{where}: give breaths or minutes, not both</source>
        <translation>{where}: geef ademhalingen of minuten, niet allebei</translation>
    </message>
    <message>
        <source>{value} breaths: give a whole number, 0 or more</source>
        <translation>{value} ademhalingen: geef een heel getal, 0 of meer</translation>
    </message>
    <message>
        <source>this would play {count} segments; one session has at most {max} (play fewer breaths, minutes or exercises)</source>
        <translation>dit zou {count} stukken afspelen; één sessie heeft er hoogstens {max} (kies minder ademhalingen, minuten of oefeningen)</translation>
    </message>
    <message>
        <source>a countdown of {value} s: give 0 to {max} seconds</source>
        <translation>aftellen van {value} s: geef 0 tot en met {max} seconden</translation>
    </message>
    <message>
        <source>The next phase is suggested after {sessions} finished sessions of the current programme within {days} days, none with more pain afterwards than before; skipping what hurt still counts.</source>
        <translation>De volgende fase wordt voorgesteld na {sessions} afgemaakte sessies van het huidige programma binnen {days} dagen, zonder één keer meer pijn na afloop dan ervoor; overslaan wat pijn deed telt gewoon mee.</translation>
    </message>
    <message>
        <source>You finished this programme {count} times in the last {days} days, and your pain was never higher afterwards than before.</source>
        <translation>Je hebt dit programma de afgelopen {days} dagen {count} keer afgemaakt, en je pijn was na afloop nooit hoger dan ervoor.</translation>
    </message>
    <message>
        <source>{where}: expected words and their spellings (word: spelling)</source>
        <translation>{where}: verwacht woorden met hun spelling (woord: spelling)</translation>
    </message>
    <message>
        <source>{where}: {count} words; at most {maximum} are allowed here</source>
        <translation>{where}: {count} woorden; hier mogen er hoogstens {maximum} staan</translation>
    </message>
    <message>
        <source>{where}: &apos;{word}&apos; is not one word (letters and digits, with - / or &apos; inside, at most {maximum} characters)</source>
        <translation>{where}: &apos;{word}&apos; is niet één woord (letters en cijfers, met - / of &apos; ertussen, hoogstens {maximum} tekens)</translation>
    </message>
    <message>
        <source>{where}: &apos;{word}&apos; appears twice (first at line {line})</source>
        <translation>{where}: &apos;{word}&apos; staat er twee keer in (eerst op regel {line})</translation>
    </message>
    <message>
        <source>{where}: the spelling &apos;{spelling}&apos; may hold only letters, digits, spaces, - and &apos; (at most {maximum} characters)</source>
        <translation>{where}: de spelling &apos;{spelling}&apos; mag alleen letters, cijfers, spaties, - en &apos; bevatten (hoogstens {maximum} tekens)</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>Your own exercises file has %n problem(s) and was not loaded. Nothing in it was changed.</source>
        <translation>
            <numerusform>Je eigen oefeningenbestand heeft %n probleem en is niet geladen. Er is niets in veranderd.</numerusform>
            <numerusform>Je eigen oefeningenbestand heeft %n problemen en is niet geladen. Er is niets in veranderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Problemen tonen</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Session queue</source>
        <translation>Oefeningen in de sessie</translation>
    </message>
    <message>
        <source>Empty. Load a programme from the book, or add exercises from the list (drag them here, or press Ctrl+D).</source>
        <translation>Leeg. Laad een programma uit het boek, of voeg oefeningen uit de lijst toe (sleep ze hierheen, of druk op Ctrl+D).</translation>
    </message>
    <message>
        <source>Exercises: %1 · time in all: %2</source>
        <translation>Oefeningen: %1 · totale tijd: %2</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time to practise</source>
        <translation>Tijd om te oefenen</translation>
    </message>
    <message>
        <source>A few minutes of your exercises keep your back moving. Click to start.</source>
        <translation>Een paar minuten oefenen houdt je rug in beweging. Klik om te beginnen.</translation>
    </message>
    <message>
        <source>A few minutes of your exercises keep your back moving.</source>
        <translation>Een paar minuten oefenen houdt je rug in beweging.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Nu beginnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Breathing Room</source>
        <translation>Ademruimte</translation>
    </message>
    <message>
        <source>Start today&apos;s programme</source>
        <translation>Het programma van vandaag starten</translation>
    </message>
    <message>
        <source>Show Breathing Room</source>
        <translation>Ademruimte tonen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>a session is being recorded; stop it first</source>
        <translation>er loopt een sessie; stop die eerst</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De reservekopie wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Checked, with these remarks:</source>
        <translation>Gecontroleerd, met deze opmerkingen:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was changed.</source>
        <translation>Het terugzetten is geannuleerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>dit venster</translation>
    </message>
    <message>
        <source>Breathing Room has the practice history open in another window (%1); close it and try again</source>
        <translation>Ademruimte heeft de oefengeschiedenis open in een ander venster (%1); sluit dat en probeer het opnieuw</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling… (nothing has been changed)</source>
        <translation>Bezig met annuleren… (er is niets veranderd)</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 kan niet worden teruggezet: %2. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the practice history</source>
        <translation>
            <numerusform>%n sessie in de oefengeschiedenis</numerusform>
            <numerusform>%n sessies in de oefengeschiedenis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>no practice history</source>
        <translation>geen oefengeschiedenis</translation>
    </message>
    <message numerus="yes">
        <source>%n saved session(s)</source>
        <translation>
            <numerusform>%n bewaarde sessie</numerusform>
            <numerusform>%n bewaarde sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved rhythm(s)</source>
        <translation>
            <numerusform>%n bewaard ritme</numerusform>
            <numerusform>%n bewaarde ritmes</numerusform>
        </translation>
    </message>
    <message>
        <source>your own exercises</source>
        <translation>je eigen oefeningen</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2)?

It holds %3.

It replaces your practice history, saved sessions, saved rhythms, own exercises and settings. What you have now is not deleted: it is moved to a folder named “before-restore-…” in %4.</source>
        <translation>De reservekopie van %1 (%2) terugzetten?

Deze bevat %3.

De reservekopie vervangt je oefengeschiedenis, bewaarde sessies, bewaarde ritmes, eigen oefeningen en instellingen. Wat je nu hebt, wordt niet verwijderd: het wordt verplaatst naar een map met de naam “before-restore-…” in %4.</translation>
    </message>
    <message>
        <source>The backup of %1 is in place (%2). Your previous data was moved to %3. Restart Breathing Room for the restored settings and your own exercises to apply.</source>
        <translation>De reservekopie van %1 is teruggezet (%2). Je vorige gegevens zijn verplaatst naar %3. Start Ademruimte opnieuw om de teruggezette instellingen en je eigen oefeningen te gebruiken.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>(there was none)</source>
        <translation>(er was niets te verplaatsen)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Go on with your session?</source>
        <translation>Doorgaan met je sessie?</translation>
    </message>
    <message>
        <source>Last time you stopped at exercise %1 of %2: %3.</source>
        <translation>Vorige keer stopte je bij oefening %1 van %2: %3.</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechterkant</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linkerkant</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronde %1</translation>
    </message>
    <message>
        <source>some of its exercises are no longer there</source>
        <translation>sommige oefeningen ervan bestaan niet meer</translation>
    </message>
    <message>
        <source>Session cannot be resumed</source>
        <translation>Sessie kan niet worden hervat</translation>
    </message>
    <message>
        <source>The unfinished session cannot be resumed: %1. It was forgotten.</source>
        <translation>De onafgemaakte sessie kan niet worden hervat: %1. Ze is vergeten.</translation>
    </message>
</context>
<context>
    <name>RoutineQueue</name>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercise(s)</source>
        <translation>
            <numerusform>%n oefening toevoegen</numerusform>
            <numerusform>%n oefeningen toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exercise(s)</source>
        <translation>
            <numerusform>%n oefening verwijderen</numerusform>
            <numerusform>%n oefeningen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the session</source>
        <translation>Volgorde van de sessie wijzigen</translation>
    </message>
    <message>
        <source>Clear the session</source>
        <translation>Sessie leegmaken</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <source>Not renamed</source>
        <translation>Niet hernoemd</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
</context>
<context>
    <name>SavedFilesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (niet te lezen)</translation>
    </message>
    <message>
        <source>This file was left as it is:</source>
        <translation>Dit bestand is gelaten zoals het was:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Niet hernoemd</translation>
    </message>
    <message>
        <source>Delete “%1”? The file goes to the trash where there is one.</source>
        <translation>“%1” verwijderen? Het bestand gaat naar de prullenbak, als die er is.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
</context>
<context>
    <name>SavedRhythms</name>
    <message>
        <source>Your rhythms</source>
        <translation>Je ritmes</translation>
    </message>
    <message>
        <source>A rhythm of yours cannot be read and was left as it is: %1</source>
        <translation>Een ritme van je is niet te lezen en is gelaten zoals het was: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more rhythm file(s) cannot be read; see Your rhythms…</source>
        <translation>
            <numerusform>Nog %n ritmebestand is niet te lezen; zie Je ritmes…</numerusform>
            <numerusform>Nog %n ritmebestanden zijn niet te lezen; zie Je ritmes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 rhythm files are read; %n more in %2 were not.</source>
        <translation>
            <numerusform>Alleen de eerste %1 ritmebestanden worden gelezen; nog %n bestand in %2 is overgeslagen.</numerusform>
            <numerusform>Alleen de eerste %1 ritmebestanden worden gelezen; nog %n bestanden in %2 zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n breath(s)</source>
        <translation>
            <numerusform>%1 · %n ademhaling</numerusform>
            <numerusform>%1 · %n ademhalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>Rename rhythm</source>
        <translation>Ritme hernoemen</translation>
    </message>
    <message>
        <source>Save rhythm</source>
        <translation>Ritme bewaren</translation>
    </message>
    <message>
        <source>The saved rhythm %1 cannot be read, so it is kept as it is and not replaced. Please choose another name.</source>
        <translation>Het bewaarde ritme %1 is niet te lezen en blijft daarom zoals het is; het wordt niet vervangen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>A rhythm named “%1” already exists. Please choose another name.</source>
        <translation>Er is al een ritme met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Replace rhythm</source>
        <translation>Ritme vervangen</translation>
    </message>
    <message>
        <source>A rhythm named “%1” already exists. Replace it?</source>
        <translation>Er is al een ritme met de naam “%1”. Wil je het vervangen?</translation>
    </message>
</context>
<context>
    <name>SavedRhythmsDialog</name>
    <message>
        <source>Your rhythms</source>
        <translation>Je ritmes</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Gebruiken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No rhythms of your own yet. Type a pattern and press Save…</source>
        <translation>Nog geen eigen ritmes. Typ een patroon en kies Bewaren…</translation>
    </message>
    <message>
        <source>Delete rhythm</source>
        <translation>Ritme verwijderen</translation>
    </message>
</context>
<context>
    <name>SavedRoutineCommands</name>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Bewaard in %1</translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <translation>Het programma van vandaag</translation>
    </message>
    <message>
        <source>Replace your session with today&apos;s programme?</source>
        <translation>Je sessie vervangen door het programma van vandaag?</translation>
    </message>
    <message>
        <source>Today&apos;s programme is “%1”. Undo brings your session back.</source>
        <translation>Het programma van vandaag is “%1”. Met Ongedaan maken krijg je je sessie terug.</translation>
    </message>
</context>
<context>
    <name>SavedRoutinesDialog</name>
    <message>
        <source>Saved sessions</source>
        <translation>Bewaarde sessies</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>%1 · exercises: %2</source>
        <translation>%1 · oefeningen: %2</translation>
    </message>
    <message>
        <source>No saved sessions yet. Use Session → Save session…</source>
        <translation>Nog geen bewaarde sessies. Gebruik Sessie → Sessie bewaren…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Sessie hernoemen</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sessie bewaren</translation>
    </message>
    <message>
        <source>The saved session %1 cannot be read, so it is kept as it is and not replaced. Please choose another name.</source>
        <translation>De bewaarde sessie %1 is niet te lezen en blijft daarom zoals ze is; ze wordt niet vervangen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>A session named “%1” already exists. Please choose another name.</source>
        <translation>Er is al een sessie met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Replace session</source>
        <translation>Sessie vervangen</translation>
    </message>
    <message>
        <source>A session named “%1” already exists. Replace it?</source>
        <translation>Er is al een sessie met de naam “%1”. Wil je die vervangen?</translation>
    </message>
</context>
<context>
    <name>SessionGuidance</name>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Going on</source>
        <translation>We gaan verder</translation>
    </message>
    <message>
        <source>Ready when you are: press Space or the play key</source>
        <translation>Zeg het maar als je klaar bent: druk op spatie of op de afspeeltoets</translation>
    </message>
    <message>
        <source>A guided exercise session is playing</source>
        <translation>Er loopt een begeleide oefensessie</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>The practice history %1 cannot be read yet: another program is using it. It is shown as soon as it is free.</source>
        <translation>De oefengeschiedenis %1 kan nog niet worden gelezen: een ander programma gebruikt haar. Ze wordt getoond zodra ze vrij is.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the practice history could not be saved in %1 (%2).</source>
        <translation>
            <numerusform>%n wijziging in de oefengeschiedenis kon niet worden opgeslagen in %1 (%2).</numerusform>
            <numerusform>%n wijzigingen in de oefengeschiedenis konden niet worden opgeslagen in %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the practice history could not be saved yet; kept in %1, saved at the next start.</source>
        <translation>
            <numerusform>%n wijziging in de oefengeschiedenis kon nog niet worden opgeslagen; ze wordt bewaard in %1 en bij de volgende start opgeslagen.</numerusform>
            <numerusform>%n wijzigingen in de oefengeschiedenis konden nog niet worden opgeslagen; ze worden bewaard in %1 en bij de volgende start opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the practice history could not be saved; kept in %1.</source>
        <translation>
            <numerusform>%n wijziging in de oefengeschiedenis kon niet worden opgeslagen; ze wordt bewaard in %1.</numerusform>
            <numerusform>%n wijzigingen in de oefengeschiedenis konden niet worden opgeslagen; ze worden bewaard in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice not yet saved in %1 cannot be read (%2).</source>
        <translation>De nog niet opgeslagen oefengegevens in %1 zijn niet te lezen (%2).</translation>
    </message>
    <message>
        <source>Practice not saved last time belongs to another history file (a backup was put in its place); it was kept in %1.</source>
        <translation>De oefengegevens die de vorige keer niet zijn opgeslagen, horen bij een ander geschiedenisbestand (er is intussen een reservekopie teruggezet); ze zijn bewaard in %1.</translation>
    </message>
    <message>
        <source>What was not saved is kept in %1.</source>
        <translation>Wat niet is opgeslagen, wordt bewaard in %1.</translation>
    </message>
    <message>
        <source>The practice history is open in another Breathing Room (%1); this window does not record sessions until that one is closed.</source>
        <translation>De oefengeschiedenis is open in een ander exemplaar van Ademruimte (%1); dit venster legt geen sessies vast tot dat exemplaar is gesloten.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of the practice history cannot be used and are left out or read as empty; the file is not changed. The first: %1</source>
        <translation>
            <numerusform>%n gegeven in de oefengeschiedenis is onbruikbaar en is weggelaten of als leeg gelezen; het bestand is niet veranderd: %1</numerusform>
            <numerusform>%n gegevens in de oefengeschiedenis zijn onbruikbaar en zijn weggelaten of als leeg gelezen; het bestand is niet veranderd. Het eerste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from last time were saved now.</source>
        <translation>
            <numerusform>%n wijziging van de vorige keer is nu opgeslagen.</numerusform>
            <numerusform>%n wijzigingen van de vorige keer zijn nu opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you practise is kept, and saved as soon as it can be.</source>
        <translation>Wat je oefent, blijft bewaard en wordt opgeslagen zodra dat kan.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Practising on the floor? Focus mode shows the session full screen, in large type.</source>
        <translation>Oefen je op de grond? De focusmodus toont de sessie schermvullend, in grote letters.</translation>
    </message>
    <message>
        <source>Focus mode (F11)</source>
        <translation>Focusmodus (F11)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>Exercise %1 of %2 · %3 left</source>
        <translation>Oefening %1 van %2 · nog %3</translation>
    </message>
    <message>
        <source>Well done. Take a moment before you carry on.</source>
        <translation>Goed gedaan. Neem even de tijd voor je verdergaat.</translation>
    </message>
    <message>
        <source>Well done. Take a moment before you stand up.</source>
        <translation>Goed gedaan. Neem even de tijd voor je opstaat.</translation>
    </message>
    <message>
        <source>Well done. Take a moment before you get up slowly.</source>
        <translation>Goed gedaan. Neem even de tijd en sta dan rustig op.</translation>
    </message>
    <message>
        <source>Come out of the pose</source>
        <translation>Kom uit de houding</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessie klaar</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>ronde %1 van %2</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Neem de houding aan</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Maak je klaar</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>Hierna: het einde van de sessie</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Some preferences could not be used; the defaults are used instead (see %1)</source>
        <translation>Sommige voorkeuren konden niet worden gebruikt; in plaats daarvan gelden de standaardwaarden (zie %1)</translation>
    </message>
    <message>
        <source>a number from %1 to %2 with at most %3 decimals</source>
        <translation>een getal van %1 tot en met %2 met hoogstens %3 decimalen</translation>
    </message>
    <message>
        <source>not a single text</source>
        <translation>geen losse tekst</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>moet %1 zijn</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>een heel getal van %1 tot en met %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>een getal van %1 tot en met %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>een van %1</translation>
    </message>
    <message>
        <source>not a window layout saved by Breathing Room</source>
        <translation>geen vensterindeling die door Ademruimte is bewaard</translation>
    </message>
    <message>
        <source>a window layout</source>
        <translation>een vensterindeling</translation>
    </message>
    <message>
        <source>not the id of a breathing rhythm</source>
        <translation>geen id van een ademritme</translation>
    </message>
    <message>
        <source>not the name of a rhythm of your own</source>
        <translation>niet de naam van een eigen ritme</translation>
    </message>
    <message>
        <source>not a programme and a date such as %1</source>
        <translation>geen programma met een datum zoals %1</translation>
    </message>
    <message>
        <source>a programme and a date</source>
        <translation>een programma met een datum</translation>
    </message>
    <message>
        <source>the name of a rhythm of your own</source>
        <translation>de naam van een eigen ritme</translation>
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
        <translation>een tijd zoals 08:00</translation>
    </message>
    <message>
        <source>a session bookmark written by Breathing Room</source>
        <translation>een sessiebladwijzer van Ademruimte</translation>
    </message>
    <message>
        <source>not a session bookmark written by Breathing Room; it was forgotten</source>
        <translation>geen sessiebladwijzer van Ademruimte; hij is gewist</translation>
    </message>
    <message>
        <source>the id of a breathing rhythm</source>
        <translation>de id van een ademritme</translation>
    </message>
    <message>
        <source>a breath pattern</source>
        <translation>een ademritme zoals 4-0-6-0</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Some preferences could not be used; the defaults are used instead:</source>
        <translation>Sommige voorkeuren konden niet worden gebruikt; in plaats daarvan gelden de standaardwaarden:</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation>groter dan %1 KiB</translation>
    </message>
    <message>
        <source>cannot be read safely and could not be set aside (the folder cannot be written): no preference is read or kept this time.</source>
        <translation>is niet veilig te lezen en kon niet apart worden gezet (de map is niet beschrijfbaar): deze keer wordt geen enkele voorkeur gelezen of bewaard.</translation>
    </message>
    <message>
        <source>%1, so none of it was used; the file was kept as %2</source>
        <translation>%1, dus er is niets van gebruikt; het bestand is bewaard als %2</translation>
    </message>
    <message>
        <source>%1 held values of a kind Breathing Room never writes (@Variant); they were left out, and the original file was kept as %2</source>
        <translation>%1 bevatte waarden van een soort die Ademruimte nooit schrijft (@Variant); die zijn weggelaten, en het oorspronkelijke bestand is bewaard als %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Other keys</source>
        <translation>Andere toetsen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>only in: %1</source>
        <translation>alleen in: %1</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound is not available: %1</source>
        <translation>Geluid is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>No sound output was found. Sessions go on silently; check that a speaker or headphones are connected and that the sound server runs.</source>
        <translation>Er is geen geluidsuitgang gevonden. Sessies gaan stil verder; kijk of er een luidspreker of koptelefoon is aangesloten en of de geluidsserver draait.</translation>
    </message>
    <message>
        <source>The sound output “%1” takes no 16-bit sound; sessions go on silently.</source>
        <translation>De geluidsuitgang “%1” neemt geen 16-bits geluid aan; sessies gaan stil verder.</translation>
    </message>
    <message>
        <source>The sound file %1 cannot be read (%2); sessions go on silently.</source>
        <translation>Het geluidsbestand %1 is niet te lezen (%2); sessies gaan stil verder.</translation>
    </message>
    <message>
        <source>The sound output “%1” cannot be opened; sessions go on silently.</source>
        <translation>De geluidsuitgang “%1” gaat niet open; sessies gaan stil verder.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Spoken prompts are not available: %1</source>
        <translation>Gesproken aanwijzingen zijn niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>No speech engine was found, so prompts are not spoken; the sounds still play. On Linux, install speech-dispatcher and a voice (e.g. espeak-ng).</source>
        <translation>Er is geen spraakprogramma gevonden, dus aanwijzingen worden niet uitgesproken; de geluiden klinken wel. Installeer op Linux speech-dispatcher en een stem (bijv. espeak-ng).</translation>
    </message>
    <message>
        <source>The speech engine reports an error: %1</source>
        <translation>Het spraakprogramma meldt een fout: %1</translation>
    </message>
    <message>
        <source>The speech engine stopped: %1</source>
        <translation>Het spraakprogramma is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Your practice history, saved sessions and preferences</source>
        <translation>Je oefengeschiedenis, bewaarde sessies en voorkeuren</translation>
    </message>
    <message>
        <source>Your preferences</source>
        <translation>Je voorkeuren</translation>
    </message>
    <message>
        <source>Your practice history and saved sessions</source>
        <translation>Je oefengeschiedenis en bewaarde sessies</translation>
    </message>
    <message>
        <source>Breathing Room cannot write to %1 (%2). %3 are not kept until it can; everything else works as usual.</source>
        <translation>Ademruimte kan niet schrijven in %1 (%2). %3 worden niet bewaard tot dat weer kan; al het andere werkt gewoon.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>schrijffout</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Check again whether Breathing Room can write its files</source>
        <translation>Opnieuw kijken of Ademruimte zijn bestanden kan schrijven</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>The built-in voice is not installed (the Python package espeakng-loader is missing).</source>
        <translation>De ingebouwde stem is niet geïnstalleerd (het Python-pakket espeakng-loader ontbreekt).</translation>
    </message>
    <message>
        <source>The built-in voice&apos;s library is missing: %1 was not found.</source>
        <translation>De bibliotheek van de ingebouwde stem ontbreekt: %1 is niet gevonden.</translation>
    </message>
    <message>
        <source>The built-in voice&apos;s data is incomplete: %1 was not found in %2.</source>
        <translation>De gegevens van de ingebouwde stem zijn onvolledig: %1 is niet gevonden in %2.</translation>
    </message>
    <message>
        <source>The built-in voice&apos;s data folder has too long a path for espeak-ng (at most %1 characters): %2. Install the app in a shorter folder.</source>
        <translation>De map met gegevens van de ingebouwde stem heeft een te lang pad voor espeak-ng (hoogstens %1 tekens): %2. Installeer de app in een map met een korter pad.</translation>
    </message>
    <message>
        <source>The built-in voice&apos;s library %1 could not be loaded: %2</source>
        <translation>De bibliotheek %1 van de ingebouwde stem kon niet worden geladen: %2</translation>
    </message>
    <message>
        <source>The library %1 is not a usable espeak-ng: %2</source>
        <translation>De bibliotheek %1 is geen bruikbare espeak-ng: %2</translation>
    </message>
    <message>
        <source>espeak-ng could not start with the data in %1 (error %2).</source>
        <translation>espeak-ng kon niet starten met de gegevens in %1 (fout %2).</translation>
    </message>
    <message>
        <source>A text of %1 characters is too long to speak (at most %2): “%3…”</source>
        <translation>Een tekst van %1 tekens is te lang om uit te spreken (hoogstens %2): “%3…”</translation>
    </message>
    <message>
        <source>There is no built-in voice named “%1”.</source>
        <translation>Er is geen ingebouwde stem met de naam “%1”.</translation>
    </message>
    <message>
        <source>The built-in voice has no variant “%1” (in “%2”).</source>
        <translation>De ingebouwde stem heeft geen variant “%1” (in “%2”).</translation>
    </message>
    <message>
        <source>There is no built-in voice named “%1” (espeak-ng: error %2).</source>
        <translation>Er is geen ingebouwde stem met de naam “%1” (espeak-ng: fout %2).</translation>
    </message>
    <message>
        <source>The built-in voice failed (espeak-ng: %1 returned error %2).</source>
        <translation>De ingebouwde stem werkt niet (espeak-ng: %1 gaf fout %2).</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutes</name>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <source>week of %1: %2 min</source>
        <translation>week van %1: %2 min</translation>
    </message>
</context>
<context>
    <name>WindowMemory</name>
    <message>
        <source>not a window layout saved by Breathing Room</source>
        <translation>geen vensterindeling die door Ademruimte is bewaard</translation>
    </message>
</context>
</TS>
