<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="131" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="132" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="133" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="134" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="136" />
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="138" />
        <source>Select &amp;All</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="140" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="141" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="142" />
        <source>&amp;Fit Map</source>
        <translation>Vis &amp;hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="143" />
        <source>Show the whole map</source>
        <translation>Vis hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="144" />
        <source>&amp;Large Print</source>
        <translation>&amp;Stor skrift</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="146" />
        <source>Bigger type and lines, higher contrast: for projectors</source>
        <translation>Større skrift og streker, høyere kontrast: for prosjektor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="147" />
        <source>Auto-&amp;layout</source>
        <translation>&amp;Rydd opp automatisk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="148" />
        <source>Tidy the selected step's micro-journey, or the whole map</source>
        <translation>Rydd opp i mikroreisen til det valgte steget, eller i hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="149" />
        <source>Add &amp;Touchpoint</source>
        <translation>Legg til &amp;møtepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="150" />
        <source>Add &amp;Crossroads</source>
        <translation>Legg til &amp;veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="151" />
        <source>Add &amp;Outcome</source>
        <translation>Legg til &amp;utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="152" />
        <source>Add &amp;Note</source>
        <translation>Legg til &amp;notat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="156" />
        <source>Add &amp;Stage</source>
        <translation>Legg til &amp;fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="157" />
        <source>Add a stage (a column) after the current one</source>
        <translation>Legg til en fase (en kolonne) etter den valgte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="158" />
        <source>Add &amp;Micro-journey</source>
        <translation>Legg til m&amp;ikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="160" />
        <source>Add a micro-journey (a lane) below the current one</source>
        <translation>Legg til en mikroreise (en rad) under den valgte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="163" />
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="31" />
        <location filename="../../journeymapper/app/export_dialog.py" line="61" />
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="34" />
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="37" />
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="38" />
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="42" />
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="46" />
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="47" />
        <source>Orientation:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="65" />
        <source>PDF export is not available in this version.</source>
        <translation>PDF-eksport er ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="79" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="85" />
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-en…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="102" />
        <source>Cannot Export PDF</source>
        <translation>Kan ikke eksportere PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="103" />
        <source>The PDF could not be written to “{0}”: {1}</source>
        <translation>PDF-en kunne ikke skrives til «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="133" />
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="134" />
        <source>Start a new map from a stage model or a sample</source>
        <translation>Start et nytt kart fra en fasemodell eller et eksempel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="135" />
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="136" />
        <source>Open a journey map file</source>
        <translation>Åpne en kundereisekart-fil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="137" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="138" />
        <source>Save the map</source>
        <translation>Lagre kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="139" />
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="140" />
        <source>Save the map under a new name</source>
        <translation>Lagre kartet under et nytt navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="141" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporter PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="142" />
        <source>Write the map as a PDF for leadership</source>
        <translation>Lag en PDF av kartet til ledelsen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="143" />
        <source>Reco&amp;ver Unsaved Maps…</source>
        <translation>&amp;Gjenopprett ulagrede kart…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="144" />
        <source>Reopen maps autosaved before a crash</source>
        <translation>Åpne kart som ble autolagret før et krasj</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="145" />
        <source>&amp;Close Window</source>
        <translation>Lukk &amp;vindu</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="146" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="147" />
        <source>Close every window and quit</source>
        <translation>Lukk alle vinduer og avslutt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="151" />
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="154" />
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="159" />
        <source>F&amp;ull Screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="160" />
        <source>Use the whole screen (for the projector)</source>
        <translation>Bruk hele skjermen (for prosjektoren)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="165" />
        <source>&amp;Map Only</source>
        <translation>Bare &amp;kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="166" />
        <source>Hide every panel: the whole window for the map</source>
        <translation>Skjul alle paneler: hele vinduet til kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="172" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="174" />
        <source>&amp;About JourneyMapper</source>
        <translation>&amp;Om JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="200" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="202" />
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylige</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="208" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="212" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="215" />
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="218" />
        <source>&amp;Insert</source>
        <translation>Sett &amp;inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="221" />
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="224" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="232" />
        <source>Touchpoint</source>
        <translation>Møtepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="232" />
        <source>Crossroads</source>
        <translation>Veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="233" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="233" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="234" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="234" />
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="243" />
        <source>Main Toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="263" />
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="380" />
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="390" />
        <source>{0}[*] — JourneyMapper</source>
        <translation>{0}[*] — JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="403" />
        <source>Unsaved changes kept safe at {0}</source>
        <translation>Ulagrede endringer sikret kl. {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="430" />
        <source>Zoom {0} %</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="472" />
        <source>Open Journey Map</source>
        <translation>Åpne kundereisekart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="473" />
        <source>Journey maps (*{0});;All files (*)</source>
        <translation>Kundereisekart (*{0});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="484" />
        <source>{0}  —  {1}</source>
        <translation>{0}  —  {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="488" />
        <source>No recent maps</source>
        <translation>Ingen nylige kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="491" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tøm menyen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="507" />
        <source>Save Journey Map As</source>
        <translation>Lagre kundereisekart som</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="508" />
        <source>Journey maps (*{0})</source>
        <translation>Kundereisekart (*{0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="516" />
        <source>Replace File?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="517" />
        <source>“{0}” already exists. Replace it?</source>
        <translation>«{0}» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="529" />
        <source>Cannot Save Map</source>
        <translation>Kan ikke lagre kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="530" />
        <source>The map could not be saved to “{0}”: {1}. Your changes are still open here; try another folder.</source>
        <translation>Kartet kunne ikke lagres til «{0}»: {1}. Endringene dine er fortsatt åpne her; prøv en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="539" />
        <source>Saved to {0}</source>
        <translation>Lagret til {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="548" />
        <source>PDF written to {0}</source>
        <translation>PDF skrevet til {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="554" />
        <source>Recover Unsaved Maps</source>
        <translation>Gjenopprett ulagrede kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="555" />
        <source>There are no autosaved maps to recover.</source>
        <translation>Det finnes ingen autolagrede kart å gjenopprette.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="583" />
        <source>Add the next step after the selected one, ready to type</source>
        <translation>Legg til neste steg etter det valgte, klart til å skrive</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="583" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="584" />
        <source>Add a branch from the selected step</source>
        <translation>Legg til en forgrening fra det valgte steget</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="584" />
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="585" />
        <source>Edit the selected step's text</source>
        <translation>Rediger teksten i det valgte steget</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="585" />
        <source>Enter or F2</source>
        <translation>Enter eller F2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="586" />
        <source>Stop editing without keeping the change</source>
        <translation>Avbryt redigeringen uten å beholde endringen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="586" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="587" />
        <source>Move to the neighbouring step</source>
        <translation>Gå til nabosteget</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="587" />
        <source>Arrow keys</source>
        <translation>Piltastene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="588" />
        <source>Pan the map</source>
        <translation>Flytt kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="588" />
        <source>Space+drag or middle button</source>
        <translation>Mellomrom+dra eller midtknappen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="589" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="589" />
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+musehjulet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="598" />
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="603" />
        <source>About JourneyMapper</source>
        <translation>Om JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="604" />
        <source>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Design customer-journey maps: micro-journeys, crossroads, owners, and a PDF for leadership.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Lag kundereisekart: mikroreiser, veiskiller, eiere og en PDF til ledelsen.&lt;/p&gt;&lt;p&gt;Fri programvare under GNU GPL, versjon 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="612" />
        <source>Unsaved Changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="613" />
        <source>“{0}” has changes that are not saved.

Save them before closing?</source>
        <translation>«{0}» har endringer som ikke er lagret.

Vil du lagre dem før du lukker?</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="29" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="30" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="31" />
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="32" />
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="33" />
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="11" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="12" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="13" />
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="14" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="15" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="16" />
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="17" />
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="18" />
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="19" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="20" />
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="21" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="22" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="23" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="24" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="25" />
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="26" />
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="27" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="28" />
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="32" />
        <source>Recover Unsaved Maps</source>
        <translation>Gjenopprett ulagrede kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="38" />
        <source>JourneyMapper did not close properly last time. These maps had unsaved changes and were saved automatically. Tick the ones to reopen:</source>
        <translation>JourneyMapper ble ikke avsluttet ordentlig forrige gang. Disse kartene hadde ulagrede endringer og ble lagret automatisk. Kryss av dem du vil åpne igjen:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="45" />
        <source>Untitled map</source>
        <translation>Kart uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="47" />
        <source>never saved to a file</source>
        <translation>aldri lagret til fil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="48" />
        <source>{0} — {1}
autosaved {2}</source>
        <translation>{0} — {1}
autolagret {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="54" />
        <source>Recover</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="55" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="56" />
        <source>Decide Later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="73" />
        <source>Discard Unsaved Maps?</source>
        <translation>Forkaste ulagrede kart?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/app/recovery_dialog.py" line="74" />
        <source>Delete the autosaved copies of %n map(s)? Their unsaved changes will be lost.</source>
        <translation>
            <numerusform>Slette den autolagrede kopien av %n kart? De ulagrede endringene går tapt.</numerusform>
            <numerusform>Slette de autolagrede kopiene av %n kart? De ulagrede endringene går tapt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateChooserDialog</name>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="103" />
        <source>New Journey Map</source>
        <translation>Nytt kundereisekart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="111" />
        <source>Start from an empty stage model or from a sample map:</source>
        <translation>Start fra en tom fasemodell eller et eksempelkart:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="117" />
        <source>Empty maps</source>
        <translation>Tomme kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="117" />
        <source>Sample maps</source>
        <translation>Eksempelkart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="138" />
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <location filename="../../journeymapper/app/windows.py" line="97" />
        <source>Cannot Open Map</source>
        <translation>Kan ikke åpne kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/windows.py" line="117" />
        <source>Cannot Recover Map</source>
        <translation>Kan ikke gjenopprette kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/windows.py" line="128" />
        <source>Recovered from the autosave of {0}. Save to keep it.</source>
        <translation>Gjenopprettet fra autolagringen kl. {0}. Lagre for å beholde det.</translation>
    </message>
</context>
</TS>