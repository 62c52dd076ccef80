<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../../journeymapper/commands/edges.py" line="40"/>
        <source>An arrow cannot lead from a step back to itself.</source>
        <translation>En pil kan ikke gå fra et steg tilbake til seg selv.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/edges.py" line="43"/>
        <source>Notes annotate the map; they cannot be joined by arrows.</source>
        <translation>Notater kommenterer kartet; de kan ikke kobles med piler.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/edges.py" line="45"/>
        <source>There is already an arrow from ‘{0}’ to ‘{1}’.</source>
        <translation>Det går allerede en pil fra ‘{0}’ til ‘{1}’.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="578"/>
        <source>The stage ‘{0}’ still holds one step.</source>
        <translation>Fasen «{0}» har fortsatt ett steg.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="579"/>
        <source>The stage ‘{0}’ still holds {1} steps.</source>
        <translation>Fasen «{0}» har fortsatt {1} steg.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="581"/>
        <source>The micro-journey ‘{0}’ still holds one step.</source>
        <translation>Mikroreisen «{0}» har fortsatt ett steg.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="582"/>
        <source>The micro-journey ‘{0}’ still holds {1} steps.</source>
        <translation>Mikroreisen «{0}» har fortsatt {1} steg.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/words.py" line="22"/>
        <source>touchpoint</source>
        <translation>møtepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/words.py" line="22"/>
        <source>crossroads</source>
        <translation>veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/words.py" line="23"/>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/words.py" line="23"/>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="159"/>
        <source>Add a stage and a micro-journey first.</source>
        <translation>Legg til en fase og en mikroreise først.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="177"/>
        <location filename="../../journeymapper/commands/nodes.py" line="16"/>
        <source>Add {0}</source>
        <translation>Legg til {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="240"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="155"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="161"/>
        <source>Share of customers</source>
        <translation>Andel kunder</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="241"/>
        <source>Share (%):</source>
        <translation>Andel (%):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="253"/>
        <location filename="../../journeymapper/canvas/menus.py" line="84"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="286"/>
        <location filename="../../journeymapper/canvas/menus.py" line="81"/>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="303"/>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Utklippstavlen har ingen steg å lime inn.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="310"/>
        <location filename="../../journeymapper/commands/fragment.py" line="114"/>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="347"/>
        <location filename="../../journeymapper/canvas/editing.py" line="348"/>
        <source>Paste text as steps</source>
        <translation>Lim inn tekst som steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="396"/>
        <location filename="../../journeymapper/canvas/menus.py" line="83"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="409"/>
        <source>The layout is already tidy.</source>
        <translation>Oppsettet er allerede ryddig.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="411"/>
        <location filename="../../journeymapper/canvas/editing.py" line="418"/>
        <source>Auto-layout</source>
        <translation>Rydd opp automatisk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="443"/>
        <location filename="../../journeymapper/canvas/menus.py" line="77"/>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard_flow.py" line="122"/>
        <source>Better</source>
        <translation>Bedre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard_flow.py" line="122"/>
        <source>Worse</source>
        <translation>Verre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard_flow.py" line="195"/>
        <location filename="../../journeymapper/canvas/menus.py" line="79"/>
        <source>Add next step</source>
        <translation>Legg til neste steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard_flow.py" line="195"/>
        <source>Add crossroads</source>
        <translation>Legg til veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard_flow.py" line="238"/>
        <source>Make room</source>
        <translation>Lag plass</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard_flow.py" line="348"/>
        <source>There is no stage or micro-journey that way.</source>
        <translation>Det finnes ingen fase eller mikroreise i den retningen.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="504"/>
        <source>New stage</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="506"/>
        <source>New micro-journey</source>
        <translation>Ny mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="564"/>
        <source>Cannot remove</source>
        <translation>Kan ikke fjerne</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="565"/>
        <source>A map needs at least one stage and one micro-journey.</source>
        <translation>Et kart trenger minst én fase og én mikroreise.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="584"/>
        <location filename="../../journeymapper/commands/grid.py" line="99"/>
        <source>Remove stage</source>
        <translation>Fjern fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="584"/>
        <location filename="../../journeymapper/commands/grid.py" line="100"/>
        <source>Remove micro-journey</source>
        <translation>Fjern mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editing.py" line="585"/>
        <source>Move its steps to ‘{0}’ and remove it?</source>
        <translation>Flytte stegene til «{0}» og fjerne den?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="29"/>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="29"/>
        <source>micro-journey</source>
        <translation>mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="30"/>
        <source>Rename {0}</source>
        <translation>Gi nytt navn til {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="32"/>
        <source>Add {0} after</source>
        <translation>Legg til {0} etter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="34"/>
        <source>Move earlier</source>
        <translation>Flytt tidligere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="35"/>
        <source>Move later</source>
        <translation>Flytt senere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="37"/>
        <location filename="../../journeymapper/canvas/menus.py" line="92"/>
        <location filename="../../journeymapper/canvas/menus.py" line="105"/>
        <source>Auto-layout this micro-journey</source>
        <translation>Rydd opp i denne mikroreisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="40"/>
        <source>Remove {0}…</source>
        <translation>Fjern {0}…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="57"/>
        <source>Edit label</source>
        <translation>Rediger etikett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="59"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="160"/>
        <source>Sentiment</source>
        <translation>Stemning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="60"/>
        <source>Good ✓ (solid)</source>
        <translation>God ✓ (heltrukket)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="61"/>
        <source>Bad ✗ (dashed)</source>
        <translation>Dårlig ✗ (stiplet)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="62"/>
        <source>Neutral (dotted)</source>
        <translation>Nøytral (prikket)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="68"/>
        <source>Share of customers…</source>
        <translation>Andel kunder…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="70"/>
        <source>Delete arrow</source>
        <translation>Slett pil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="82"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="96"/>
        <source>Add {0} here</source>
        <translation>Legg til {0} her</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="98"/>
        <source>Paste here</source>
        <translation>Lim inn her</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="102"/>
        <location filename="../../journeymapper/commands/grid.py" line="38"/>
        <source>Add stage</source>
        <translation>Legg til fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="103"/>
        <location filename="../../journeymapper/commands/grid.py" line="39"/>
        <source>Add micro-journey</source>
        <translation>Legg til mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/menus.py" line="107"/>
        <source>Auto-layout the whole map</source>
        <translation>Rydd opp i hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/fields.py" line="112"/>
        <location filename="../../journeymapper/panels/fields.py" line="198"/>
        <location filename="../../journeymapper/panels/fields.py" line="244"/>
        <source>(several values)</source>
        <translation>(flere verdier)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/fields.py" line="311"/>
        <location filename="../../journeymapper/panels/fields.py" line="447"/>
        <source>(several)</source>
        <translation>(flere)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/fields.py" line="419"/>
        <location filename="../../journeymapper/panels/fields.py" line="437"/>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="91"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/fields.py" line="425"/>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="111"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="97"/>
        <source>1 a small irritation … 5 customers leave</source>
        <translation>1 en liten irritasjon … 5 kundene forsvinner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="113"/>
        <source>{0} marks an action that is overdue</source>
        <translation>{0} markerer et tiltak som er forsinket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="173"/>
        <source>Overdue: due {0}, still {1}</source>
        <translation>Forsinket: frist {0}, fortsatt {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="241"/>
        <source>Edit {0}</source>
        <translation>Rediger {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="65"/>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="258"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="255"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="257"/>
        <location filename="../../journeymapper/panels/words.py" line="160"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="132"/>
        <source>Friction register</source>
        <translation>Friksjonsregister</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="144"/>
        <source>Search questions, actions, evidence…</source>
        <translation>Søk i spørsmål, tiltak, belegg…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="159"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="133"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="107"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="161"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="149"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="163"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="148"/>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="165"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="131"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="344"/>
        <location filename="../../journeymapper/panels/outline_dock.py" line="106"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="258"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="263"/>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="266"/>
        <source>Any severity</source>
        <translation>Alle alvorlighetsgrader</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="266"/>
        <source>{0} or worse</source>
        <translation>{0} eller verre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="267"/>
        <source>5 only</source>
        <translation>Bare 5</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="269"/>
        <source>Any stage</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="282"/>
        <source>{0} of {1} crossroads</source>
        <translation>{0} av {1} veiskiller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_register_dock.py" line="283"/>
        <source>{0} crossroads</source>
        <translation>{0} veiskiller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="71"/>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="71"/>
        <source>{0} problems</source>
        <translation>{0} problemer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="72"/>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="72"/>
        <source>{0} warnings</source>
        <translation>{0} advarsler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="73"/>
        <source>1 note</source>
        <translation>1 merknad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="73"/>
        <source>{0} notes</source>
        <translation>{0} merknader</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="129"/>
        <source>Insights</source>
        <translation>Innsikt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="138"/>
        <source>Copy report</source>
        <translation>Kopier rapporten</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="139"/>
        <source>Copy every finding as text, to paste into an e-mail or a document</source>
        <translation>Kopier alle funn som tekst, til å lime inn i en e-post eller et dokument</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="255"/>
        <source>Show {0} more…</source>
        <translation>Vis {0} til…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="257"/>
        <source>Click to list every finding of this group here; Copy report gives them all as text.</source>
        <translation>Klikk for å liste alle funnene i denne gruppen her; «Kopier rapporten» gir dem alle som tekst.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="152"/>
        <source>Click a finding to select its steps and arrows on the map.</source>
        <translation>Klikk på et funn for å velge stegene og pilene på kartet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="176"/>
        <source>Analysing…</source>
        <translation>Analyserer…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="222"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="228"/>
        <source>Click to select everything in this group on the map.</source>
        <translation>Klikk for å velge alt i denne gruppen på kartet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="245"/>
        <source>No findings yet: add steps and arrows to the map.</source>
        <translation>Ingen funn ennå: legg til steg og piler på kartet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="78"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="519"/>
        <source>(unnamed stage)</source>
        <translation>(fase uten navn)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="84"/>
        <location filename="../../journeymapper/panels/outline_dock.py" line="160"/>
        <location filename="../../journeymapper/panels/outline_dock.py" line="227"/>
        <source>(unnamed micro-journey)</source>
        <translation>(mikroreise uten navn)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="90"/>
        <location filename="../../journeymapper/panels/words.py" line="141"/>
        <source>not rated</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="91"/>
        <source>−2 very bad · −1 bad · 0 neutral · +1 good · +2 very good</source>
        <translation>−2 svært dårlig · −1 dårlig · 0 nøytral · +1 god · +2 svært god</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="102"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="107"/>
        <source>The company&apos;s effort on this activity (hours, days or cost: use one unit across the map)</source>
        <translation>Bedriftens innsats på denne aktiviteten (timer, dager eller kostnad: bruk én enhet i hele kartet)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="130"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="132"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="344"/>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="134"/>
        <source>Company activity</source>
        <translation>Bedriftens aktivitet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="135"/>
        <source>Counts in the gap analysis</source>
        <translation>Teller i gapanalysen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="136"/>
        <source>Effort</source>
        <translation>Innsats</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="138"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="147"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="156"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="169"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="139"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="140"/>
        <source>Customer&apos;s rating</source>
        <translation>Kundens vurdering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="141"/>
        <source>Provider&apos;s rating</source>
        <translation>Leverandørens vurdering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="142"/>
        <source>Opportunity</source>
        <translation>Mulighet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="143"/>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="144"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="146"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="150"/>
        <source>Evidence</source>
        <translation>Belegg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="151"/>
        <source>Improvement action</source>
        <translation>Forbedringstiltak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="152"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="154"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="158"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="163"/>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="165"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="163"/>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="166"/>
        <source>Height</source>
        <translation>Høyde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="168"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="170"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="100"/>
        <source>Journey owner</source>
        <translation>Eier av kundereisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="186"/>
        <source>Inspector</source>
        <translation>Inspektør</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="256"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="443"/>
        <location filename="../../journeymapper/panels/words.py" line="161"/>
        <source>(unnamed owner)</source>
        <translation>(eier uten navn)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="290"/>
        <source>The map</source>
        <translation>Kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="291"/>
        <source>Nothing is selected. Select a step, an arrow, a stage or a micro-journey to see its fields here.</source>
        <translation>Ingenting er valgt. Velg et steg, en pil, en fase eller en mikroreise for å se feltene her.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="319"/>
        <source>In {0} · {1}</source>
        <translation>I {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="320"/>
        <source>an unnamed stage</source>
        <translation>en fase uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="321"/>
        <source>an unnamed micro-journey</source>
        <translation>en mikroreise uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="323"/>
        <source>→ Arrow ({0})</source>
        <translation>→ Pil ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="324"/>
        <source>From {0} to {1}</source>
        <translation>Fra {0} til {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="328"/>
        <source>Stage (column)</source>
        <translation>Fase (kolonne)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="329"/>
        <source>{0} steps in this stage</source>
        <translation>{0} steg i denne fasen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="332"/>
        <source>Micro-journey (lane)</source>
        <translation>Mikroreise (rad)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="333"/>
        <source>{0} steps in this micro-journey</source>
        <translation>{0} steg i denne mikroreisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="337"/>
        <source>{0} items selected</source>
        <translation>{0} elementer valgt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="344"/>
        <source>Arrow</source>
        <translation>Pil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="347"/>
        <source>A change here applies to all of them, in one undo step.</source>
        <translation>En endring her gjelder alle, som ett angresteg.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="348"/>
        <source>They share no field that can be edited together.</source>
        <translation>De har ingen felles felt som kan redigeres samlet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="429"/>
        <source>Change {0}</source>
        <translation>Endre {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/inspector_dock.py" line="430"/>
        <source>Change {0} of {1} items</source>
        <translation>Endre {0} for {1} elementer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="99"/>
        <source>Journeys outline</source>
        <translation>Oversikt over reisene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="106"/>
        <source>Micro-journey / step</source>
        <translation>Mikroreise / steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="118"/>
        <source>Click to find a step on the map; double-click to rename. Drag a micro-journey to reorder.</source>
        <translation>Klikk for å finne et steg på kartet; dobbeltklikk for å gi nytt navn. Dra en mikroreise for å endre rekkefølgen.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="120"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="122"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="246"/>
        <source>{0} steps</source>
        <translation>{0} steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="256"/>
        <location filename="../../journeymapper/panels/words.py" line="155"/>
        <source>(untitled {0})</source>
        <translation>({0} uten navn)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/outline_dock.py" line="306"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="458"/>
        <location filename="../../journeymapper/commands/grid.py" line="54"/>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="33"/>
        <source>light {0}</source>
        <translation>lys {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="41"/>
        <source>Owner colour</source>
        <translation>Eierfarge</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="44"/>
        <source>These colours stay distinct for colour-blind readers.</source>
        <translation>Disse fargene kan skilles også av fargeblinde lesere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="59"/>
        <source>Other colour…</source>
        <translation>Annen farge…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="72"/>
        <source>Any colour (may be hard to tell apart)</source>
        <translation>Hvilken som helst farge (kan være vanskelig å skille)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="85"/>
        <source>Ownership</source>
        <translation>Eierskap</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="90"/>
        <source>The one person or small group who holds the whole journey: maps it, watches its quality, adapts it.</source>
        <translation>Den ene personen eller lille gruppen som har ansvaret for hele reisen: kartlegger den, følger med på kvaliteten og tilpasser den.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="93"/>
        <source>Colour the map by owner</source>
        <translation>Fargelegg kartet etter eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="96"/>
        <source>Dim everything except this owner&apos;s items, so an owner can work through their own points.</source>
        <translation>Demp alt unntatt denne eierens elementer, så en eier kan gå gjennom sine egne punkter.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="101"/>
        <source>Show only</source>
        <translation>Vis bare</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="107"/>
        <source>Owns</source>
        <translation>Har ansvar for</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="116"/>
        <source>Double-click to rename. Drag an owner onto a card on the map to make them its owner.</source>
        <translation>Dobbeltklikk for å gi nytt navn. Dra en eier til et kort på kartet for å gjøre dem til eier.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="122"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="124"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="459"/>
        <source>Colour…</source>
        <translation>Farge…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="126"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="471"/>
        <source>Merge…</source>
        <translation>Slå sammen…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="127"/>
        <source>Give everything this owner holds to another owner, and remove this one</source>
        <translation>Gi alt denne eieren har til en annen eier, og fjern denne</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="130"/>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="472"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="132"/>
        <source>Assign to selection</source>
        <translation>Tildel utvalget</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="133"/>
        <source>Make this owner the owner of the touchpoints and crossroads selected on the map</source>
        <translation>Gjør denne eieren til eier av møtepunktene og veiskillene som er valgt på kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="162"/>
        <source>Each cell: touchpoints, then ◆ open crossroads. Click a cell to select those items on the map.</source>
        <translation>Hver celle: møtepunkter, så ◆ åpne veiskiller. Klikk på en celle for å velge dem på kartet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="172"/>
        <source>Select all unowned</source>
        <translation>Velg alle uten eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="176"/>
        <source>Touchpoints and crossroads nobody owns (hatched stripe on the map).</source>
        <translation>Møtepunkter og veiskiller som ingen eier (skravert stripe på kartet).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="189"/>
        <source>Where the customer passes from one owner to another: a silo risk, where customers feel forgotten.</source>
        <translation>Der kunden går fra én eier til en annen: en silorisiko, der kunder føler seg glemt.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="195"/>
        <source>Owner × stage</source>
        <translation>Eier × fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="196"/>
        <source>Unowned</source>
        <translation>Uten eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="197"/>
        <source>Hand-offs</source>
        <translation>Overleveringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="247"/>
        <source>journey owner</source>
        <translation>eier av kundereisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="260"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="285"/>
        <source>{0} touchpoints, {1} crossroads</source>
        <translation>{0} møtepunkter, {1} veiskiller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="309"/>
        <source>Unowned ({0})</source>
        <translation>Uten eier ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="310"/>
        <source>Hand-offs ({0})</source>
        <translation>Overleveringer ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="353"/>
        <source>New owner</source>
        <translation>Ny eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="355"/>
        <source>New owner {0}</source>
        <translation>Ny eier {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="400"/>
        <source>There is no other owner to merge with.</source>
        <translation>Det finnes ingen annen eier å slå sammen med.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="404"/>
        <location filename="../../journeymapper/commands/owners.py" line="77"/>
        <source>Merge owners</source>
        <translation>Slå sammen eiere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="405"/>
        <source>Give everything {0} owns to:</source>
        <translation>Gi alt {0} eier til:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="422"/>
        <source>Nobody (leave them unowned)</source>
        <translation>Ingen (la dem være uten eier)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="424"/>
        <source>{0} touchpoints and crossroads</source>
        <translation>{0} møtepunkter og veiskiller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="426"/>
        <source> and the journey itself</source>
        <translation> og selve reisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="428"/>
        <location filename="../../journeymapper/commands/owners.py" line="56"/>
        <source>Remove owner</source>
        <translation>Fjern eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="429"/>
        <source>{0} owns {1}. Who takes them over?</source>
        <translation>{0} eier {1}. Hvem tar dem over?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="467"/>
        <source>Make journey owner</source>
        <translation>Gjør til eier av kundereisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="468"/>
        <source>Show only this owner&apos;s items</source>
        <translation>Vis bare denne eierens elementer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="485"/>
        <source>Select touchpoints or crossroads on the map first.</source>
        <translation>Velg møtepunkter eller veiskiller på kartet først.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="490"/>
        <source>Assign {0} to {1} items</source>
        <translation>Tildel {0} til {1} elementer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="523"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="614"/>
        <source>{0} → {1} ({2})</source>
        <translation>{0} → {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="619"/>
        <source>Customers pass from {0} to {1} here. Who makes sure they are not forgotten?</source>
        <translation>Her går kundene fra {0} til {1}. Hvem sørger for at de ikke blir glemt?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="628"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/ownership_dock.py" line="631"/>
        <source>In {0}</source>
        <translation>I {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/edges.py" line="15"/>
        <location filename="../../journeymapper/commands/edges.py" line="24"/>
        <source>Connect</source>
        <translation>Koble sammen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/edges.py" line="57"/>
        <source>Remove arrow</source>
        <translation>Fjern pil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/edges.py" line="77"/>
        <source>Edit arrow</source>
        <translation>Rediger pil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/grid.py" line="54"/>
        <source>Resize</source>
        <translation>Endre størrelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/grid.py" line="73"/>
        <source>Reorder</source>
        <translation>Endre rekkefølge</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/nodes.py" line="31"/>
        <source>Delete {0} items</source>
        <translation>Slett {0} elementer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/nodes.py" line="31"/>
        <source>Delete step</source>
        <translation>Slett steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/nodes.py" line="65"/>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/nodes.py" line="101"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/nodes.py" line="163"/>
        <source>Edit step</source>
        <translation>Rediger steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/owners.py" line="11"/>
        <source>Add owner</source>
        <translation>Legg til eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/owners.py" line="23"/>
        <source>Edit owner</source>
        <translation>Rediger eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/owners.py" line="39"/>
        <source>Reorder owners</source>
        <translation>Endre rekkefølge på eiere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/owners.py" line="84"/>
        <source>Edit map info</source>
        <translation>Rediger kartinformasjon</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="137"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="138"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="139"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="140"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="142"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="144"/>
        <source>Select &amp;All</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="146"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="147"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="148"/>
        <source>&amp;Fit Map</source>
        <translation>Vis &amp;hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="149"/>
        <source>Show the whole map</source>
        <translation>Vis hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="150"/>
        <source>&amp;Large Print</source>
        <translation>&amp;Stor skrift</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="152"/>
        <source>Bigger type and lines, higher contrast: for projectors</source>
        <translation>Større skrift og streker, høyere kontrast: for prosjektor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="153"/>
        <source>Auto-&amp;layout</source>
        <translation>&amp;Rydd opp automatisk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="154"/>
        <source>Tidy the selected step&apos;s micro-journey, or the whole map</source>
        <translation>Rydd opp i mikroreisen til det valgte steget, eller i hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="155"/>
        <source>Add &amp;Touchpoint</source>
        <translation>Legg til &amp;møtepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="156"/>
        <source>Add &amp;Crossroads</source>
        <translation>Legg til &amp;veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="157"/>
        <source>Add &amp;Outcome</source>
        <translation>Legg til &amp;utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="158"/>
        <source>Add &amp;Note</source>
        <translation>Legg til &amp;notat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="162"/>
        <source>Add &amp;Stage</source>
        <translation>Legg til &amp;fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="163"/>
        <source>Add a stage (a column) after the current one</source>
        <translation>Legg til en fase (en kolonne) etter den valgte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="164"/>
        <source>Add &amp;Micro-journey</source>
        <translation>Legg til m&amp;ikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="166"/>
        <source>Add a micro-journey (a lane) below the current one</source>
        <translation>Legg til en mikroreise (en rad) under den valgte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/editor.py" line="169"/>
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="44"/>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="110"/>
        <source>Export Image</source>
        <translation>Eksporter bilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="47"/>
        <source>{0} % ({1} dpi)</source>
        <translation>{0} % ({1} dpi)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="56"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="60"/>
        <source>Resolution:</source>
        <translation>Oppløsning:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="61"/>
        <source>Image size:</source>
        <translation>Bildestørrelse:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="80"/>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} piksler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="83"/>
        <source>This map is too large for {0} %: the image will be made at {1} % so that it can still be opened.</source>
        <translation>Kartet er for stort for {0} %: bildet lages i {1} % slik at det fortsatt kan åpnes.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="111"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="112"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-vektorbilde (*.svg)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="131"/>
        <source>Replace File?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="132"/>
        <source>“{0}” already exists. Replace it?</source>
        <translation>«{0}» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="158"/>
        <source>Cannot Export Image</source>
        <translation>Kan ikke eksportere bilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="159"/>
        <source>The image could not be written to “{0}”: {1}</source>
        <translation>Bildet kunne ikke skrives til «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/image_export_dialog.py" line="167"/>
        <source>The map is too large for {0} %, so the image was made smaller: {1} × {2} pixels.</source>
        <translation>Kartet er for stort for {0} %, så bildet ble gjort mindre: {1} × {2} piksler.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="39"/>
        <location filename="../../journeymapper/app/export_dialog.py" line="102"/>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="42"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="45"/>
        <source>Automatic (fewest pages)</source>
        <translation>Automatisk (færrest sider)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="46"/>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="47"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="49"/>
        <source>Landscape or portrait, whichever prints this map on fewer pages</source>
        <translation>Liggende eller stående: den retningen som gir færrest sider for dette kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="55"/>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="59"/>
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="60"/>
        <source>Orientation:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="106"/>
        <source>PDF export is not available in this version.</source>
        <translation>PDF-eksport er ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="122"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="131"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-en…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="151"/>
        <source>Cannot Export PDF</source>
        <translation>Kan ikke eksportere PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="152"/>
        <source>The PDF could not be written to “{0}”: {1}</source>
        <translation>PDF-en kunne ikke skrives til «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="82"/>
        <source>“{0}” is the map open here. Writing the export over it would destroy the map; choose another name.</source>
        <translation>«{0}» er kartet som er åpent her. Å skrive eksporten over det ville ødelegge kartet; velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="85"/>
        <source>“{0}” is a journey map. Writing the export over it would destroy the map; choose another name.</source>
        <translation>«{0}» er et reisekart. Å skrive eksporten over det ville ødelegge kartet; velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/export_dialog.py" line="87"/>
        <source>Choose Another Name</source>
        <translation>Velg et annet navn</translation>
    </message>
</context>
<context>
    <name>FileChangedBar</name>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="133"/>
        <source>Hide this message</source>
        <translation>Skjul denne meldingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="147"/>
        <source>“{0}” was changed on disk by another program or person. Your unsaved changes here are not in that version.</source>
        <translation>«{0}» ble endret på disken av et annet program eller en annen person. Endringene du ikke har lagret her, er ikke med i den versjonen.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="149"/>
        <source>&amp;Reload and Lose My Changes…</source>
        <translation>&amp;Last inn på nytt og mist endringene mine…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="150"/>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Behold endringene mine</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="152"/>
        <source>“{0}” was changed on disk by another program or person.</source>
        <translation>«{0}» ble endret på disken av et annet program eller en annen person.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="153"/>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="154"/>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="164"/>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}), so it is open here read-only. You can make changes; Save asks for another name.</source>
        <translation>«{0}» er åpent for redigering i en annen kopi av JourneyMapper ({1}), så det er åpnet skrivebeskyttet her. Du kan gjøre endringer; Lagre spør etter et annet navn.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="167"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="168"/>
        <source>&amp;Edit Here</source>
        <translation>&amp;Rediger her</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="169"/>
        <source>Edit this file here once the other copy has closed it</source>
        <translation>Rediger filen her når den andre kopien har lukket den</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="178"/>
        <source>“{0}” was deleted or moved away. The map stays open here; Save writes the file again.</source>
        <translation>«{0}» ble slettet eller flyttet. Kartet er fortsatt åpent her; Lagre skriver filen på nytt.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="180"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="419"/>
        <source>Reload and Lose Changes?</source>
        <translation>Laste inn på nytt og miste endringene?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="420"/>
        <source>Reloading replaces the map here with the version of “{0}” on disk. Your unsaved changes will be lost.</source>
        <translation>Når du laster inn på nytt, erstattes kartet her med versjonen av «{0}» på disken. Endringene du ikke har lagret, går tapt.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="422"/>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="423"/>
        <location filename="../../journeymapper/app/file_watch.py" line="484"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="431"/>
        <source>Cannot Reload Map</source>
        <translation>Kan ikke laste inn kartet på nytt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="432"/>
        <source>{0}

The map open here is kept as it was.</source>
        <translation>{0}

Kartet som er åpent her, beholdes som det var.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="463"/>
        <source>Reloaded “{0}” from disk.</source>
        <translation>Lastet inn «{0}» på nytt fra disken.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="478"/>
        <source>File Changed on Disk</source>
        <translation>Filen er endret på disken</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="479"/>
        <source>“{0}” was changed on disk by another program or person since it was opened or saved here.

Overwrite it with the map here (their changes are lost), or save the map here under another name?</source>
        <translation>«{0}» ble endret på disken av et annet program eller en annen person etter at den ble åpnet eller lagret her.

Vil du overskrive filen med kartet her (endringene deres går tapt), eller lagre kartet her under et annet navn?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="482"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overskriv</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/file_watch.py" line="483"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="108"/>
        <source>Click for 100 %</source>
        <translation>Klikk for 100 %</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="151"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="152"/>
        <source>Start a new map from a stage model or a sample</source>
        <translation>Start et nytt kart fra en fasemodell eller et eksempel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="153"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="154"/>
        <source>Open a journey map file</source>
        <translation>Åpne en kundereisekart-fil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="155"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="156"/>
        <source>Save the map</source>
        <translation>Lagre kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="157"/>
        <location filename="../../journeymapper/app/main_window.py" line="682"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="158"/>
        <source>Save the map under a new name</source>
        <translation>Lagre kartet under et nytt navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="159"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporter PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="160"/>
        <source>Write the map as a PDF for leadership</source>
        <translation>Lag en PDF av kartet til ledelsen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="161"/>
        <source>Export &amp;Image…</source>
        <translation>Eksporter &amp;bilde…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="162"/>
        <source>Write the whole map as a PNG picture or an SVG drawing</source>
        <translation>Skriv hele kartet som et PNG-bilde eller en SVG-tegning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="163"/>
        <source>Reco&amp;ver Unsaved Maps…</source>
        <translation>&amp;Gjenopprett ulagrede kart…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="164"/>
        <source>Reopen maps autosaved before a crash</source>
        <translation>Åpne kart som ble autolagret før et krasj</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="165"/>
        <source>&amp;Close Window</source>
        <translation>Lukk &amp;vindu</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="167"/>
        <source>Close every window and quit</source>
        <translation>Lukk alle vinduer og avslutt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="171"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="174"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="179"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="180"/>
        <source>Use the whole screen (for the projector)</source>
        <translation>Bruk hele skjermen (for prosjektoren)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="185"/>
        <source>&amp;Map Only</source>
        <translation>Bare &amp;kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="186"/>
        <source>Hide every panel: the whole window for the map</source>
        <translation>Skjul alle paneler: hele vinduet til kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="192"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="194"/>
        <source>&amp;About JourneyMapper</source>
        <translation>&amp;Om JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylige</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="228"/>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="232"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="235"/>
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="238"/>
        <source>&amp;Insert</source>
        <translation>Sett &amp;inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="241"/>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="252"/>
        <source>Touchpoint</source>
        <translation>Møtepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="252"/>
        <source>Crossroads</source>
        <translation>Veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="253"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="253"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="254"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="254"/>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="263"/>
        <source>Main Toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="283"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="358"/>
        <source>Map &amp;Title and Owner…</source>
        <translation>Kartets &amp;tittel og eier…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="360"/>
        <source>Name the map, describe it and say who owns the whole journey</source>
        <translation>Gi kartet navn, beskriv det og si hvem som eier hele reisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="361"/>
        <source>&amp;Check the Map</source>
        <translation>&amp;Sjekk kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="363"/>
        <source>Weakest links, paths to churn, unowned steps, hand-offs</source>
        <translation>Svakeste ledd, veier til frafall, steg uten eier, overleveringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="388"/>
        <source>The side panels could not be opened.</source>
        <translation>Sidepanelene kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="444"/>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="455"/>
        <source>{0} (read-only)[*] — JourneyMapper</source>
        <translation>{0} (skrivebeskyttet)[*] — JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="457"/>
        <source>{0}[*] — JourneyMapper</source>
        <translation>{0}[*] — JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="471"/>
        <source>Unsaved changes kept safe at {0}</source>
        <translation>Ulagrede endringer sikret kl. {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="501"/>
        <source>Zoom {0} %</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="555"/>
        <source>Open Journey Map</source>
        <translation>Åpne kundereisekart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="556"/>
        <source>Journey maps (*{0});;All files (*)</source>
        <translation>Kundereisekart (*{0});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="567"/>
        <source>{0}  —  {1}</source>
        <translation>{0}  —  {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="571"/>
        <source>No recent maps</source>
        <translation>Ingen nylige kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="574"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tøm menyen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="606"/>
        <source>Map Still Open Elsewhere</source>
        <translation>Kartet er fortsatt åpent et annet sted</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="607"/>
        <source>“{0}” is still open for editing in another copy of JourneyMapper ({1}). Close it there first, or save the map here under another name.</source>
        <translation>«{0}» er fortsatt åpent for redigering i en annen kopi av JourneyMapper ({1}). Lukk det der først, eller lagre kartet her under et annet navn.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="612"/>
        <source>You can now edit and save “{0}” here.</source>
        <translation>Nå kan du redigere og lagre «{0}» her.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="626"/>
        <source>Map Open Elsewhere</source>
        <translation>Kartet er åpent et annet sted</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="627"/>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Saving over it would lose the work done there; save the map under another name.</source>
        <translation>«{0}» er åpent for redigering i en annen kopi av JourneyMapper ({1}). Å lagre over det ville miste arbeidet som er gjort der; lagre kartet under et annet navn.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="652"/>
        <source>Save Journey Map As</source>
        <translation>Lagre kundereisekart som</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="653"/>
        <source>Journey maps (*{0})</source>
        <translation>Kundereisekart (*{0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="661"/>
        <source>Replace File?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="662"/>
        <source>“{0}” already exists. Replace it?</source>
        <translation>«{0}» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="679"/>
        <source>Read-Only Map</source>
        <translation>Skrivebeskyttet kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="680"/>
        <source>“{0}” is read-only, so it was not changed. Your changes are still open here.

Save the map under another name?</source>
        <translation>«{0}» er skrivebeskyttet, så den ble ikke endret. Endringene dine er fortsatt åpne her.

Vil du lagre kartet under et annet navn?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="683"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="690"/>
        <source>Cannot Save Map</source>
        <translation>Kan ikke lagre kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="691"/>
        <source>The map could not be saved to “{0}”: {1}. Your changes are still open here; try another folder.</source>
        <translation>Kartet kunne ikke lagres til «{0}»: {1}. Endringene dine er fortsatt åpne her; prøv en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="702"/>
        <source>Saved to {0}</source>
        <translation>Lagret til {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="719"/>
        <source>PDF written to {0}</source>
        <translation>PDF skrevet til {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="729"/>
        <source>Image written to {0}</source>
        <translation>Bildet er skrevet til {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="735"/>
        <source>Recover Unsaved Maps</source>
        <translation>Gjenopprett ulagrede kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="736"/>
        <source>There are no autosaved maps to recover.</source>
        <translation>Det finnes ingen autolagrede kart å gjenopprette.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="761"/>
        <source>Capturing a journey on the map</source>
        <translation>Slik fanger du en reise på kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="762"/>
        <source>Add the next step after the selected one, ready to type</source>
        <translation>Legg til neste steg etter det valgte, klart til å skrive</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="762"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="763"/>
        <source>Fork: a crossroads after the step, or another branch from a crossroads</source>
        <translation>Forgrening: et veiskille etter steget, eller en ny gren fra et veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="764"/>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="765"/>
        <source>Edit the selected step&apos;s text</source>
        <translation>Rediger teksten i det valgte steget</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="765"/>
        <source>Enter or F2</source>
        <translation>Enter eller F2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="766"/>
        <source>Stop editing without keeping the change</source>
        <translation>Avbryt redigeringen uten å beholde endringen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="766"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="767"/>
        <source>Move to the neighbouring step</source>
        <translation>Gå til nabosteget</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="767"/>
        <source>Arrow keys</source>
        <translation>Piltastene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="768"/>
        <source>Move the steps to the next stage or lane (also while typing)</source>
        <translation>Flytt stegene til neste fase eller rad (også mens du skriver)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="769"/>
        <source>Alt+arrow keys</source>
        <translation>Alt+piltastene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="770"/>
        <source>Pan the map</source>
        <translation>Flytt kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="770"/>
        <source>Space+drag or middle button</source>
        <translation>Mellomrom+dra eller midtknappen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="771"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="771"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+musehjulet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="772"/>
        <source>Menu commands</source>
        <translation>Menykommandoer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="791"/>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="797"/>
        <source>About JourneyMapper</source>
        <translation>Om JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="798"/>
        <source>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Design customer-journey maps: micro-journeys, crossroads, owners, and a PDF for leadership.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Lag kundereisekart: mikroreiser, veiskiller, eiere og en PDF til ledelsen.&lt;/p&gt;&lt;p&gt;Fri programvare under GNU GPL, versjon 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="806"/>
        <source>Unsaved Changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/main_window.py" line="807"/>
        <source>“{0}” has changes that are not saved.

Save them before closing?</source>
        <translation>«{0}» har endringer som ikke er lagret.

Vil du lagre dem før du lukker?</translation>
    </message>
</context>
<context>
    <name>MapLock</name>
    <message>
        <location filename="../../journeymapper/app/map_lock.py" line="111"/>
        <source>another copy</source>
        <translation>en annen kopi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/map_lock.py" line="112"/>
        <source>on “{0}”, process {1}</source>
        <translation>på «{0}», prosess {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/map_lock.py" line="119"/>
        <source>Map Already Open</source>
        <translation>Kartet er allerede åpent</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/map_lock.py" line="120"/>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Two copies saving the same file overwrite each other&apos;s work.

Open it read-only? You can still make changes and save them under another name. Open it for editing only if that copy is gone (its computer crashed).</source>
        <translation>«{0}» er åpent for redigering i en annen kopi av JourneyMapper ({1}). To kopier som lagrer samme fil, overskriver hverandres arbeid.

Vil du åpne det skrivebeskyttet? Du kan likevel gjøre endringer og lagre dem under et annet navn. Åpne det for redigering bare hvis den kopien er borte (datamaskinen krasjet).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/map_lock.py" line="126"/>
        <source>Open &amp;Read-Only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/map_lock.py" line="128"/>
        <source>Open for &amp;Editing Anyway</source>
        <translation>Åpne for &amp;redigering likevel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/map_lock.py" line="130"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OwnerDrop</name>
    <message>
        <location filename="../../journeymapper/canvas/owner_drop.py" line="41"/>
        <source>Assign owner</source>
        <translation>Tildel eier</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="29"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="30"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="31"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="32"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="33"/>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="26"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="27"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/qt_strings.py" line="28"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="32"/>
        <source>Recover Unsaved Maps</source>
        <translation>Gjenopprett ulagrede kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="38"/>
        <source>JourneyMapper did not close properly last time. These maps had unsaved changes and were saved automatically. Tick the ones to reopen:</source>
        <translation>JourneyMapper ble ikke avsluttet ordentlig forrige gang. Disse kartene hadde ulagrede endringer og ble lagret automatisk. Kryss av dem du vil åpne igjen:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="45"/>
        <source>Untitled map</source>
        <translation>Kart uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="47"/>
        <source>never saved to a file</source>
        <translation>aldri lagret til fil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="48"/>
        <source>{0} — {1}
autosaved {2}</source>
        <translation>{0} — {1}
autolagret {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="54"/>
        <source>Recover</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="55"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="56"/>
        <source>Decide Later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/recovery_dialog.py" line="73"/>
        <source>Discard Unsaved Maps?</source>
        <translation>Forkaste ulagrede kart?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/app/recovery_dialog.py" line="74"/>
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
        <location filename="../../journeymapper/app/template_dialog.py" line="104"/>
        <source>New Journey Map</source>
        <translation>Nytt kundereisekart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="112"/>
        <source>Start from an empty stage model or from a sample map:</source>
        <translation>Start fra en tom fasemodell eller et eksempelkart:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="118"/>
        <source>Empty maps</source>
        <translation>Tomme kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="118"/>
        <source>Sample maps</source>
        <translation>Eksempelkart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_dialog.py" line="142"/>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="12"/>
        <source>Weakest link of {journey}: {step} — {reason}.</source>
        <translation>Svakeste ledd i {journey}: {step} — {reason}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="13"/>
        <source>Friction at {step}: severity {severity}, {status}{share}.</source>
        <translation>Friksjon ved {step}: alvorlighet {severity}, {status}{share}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="16"/>
        <source>{journey} has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>{journey} har {total} veier fra inngang til utfall; de første {shown} er analysert.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="20"/>
        <source>{journey}: {entry} → {outcome} ({outcome_kind}) in {steps}: {details}.</source>
        <translation>{journey}: {entry} → {outcome} ({outcome_kind}) på {steps}: {details}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="23"/>
        <source>{journey}: one more path ends in a complaint or churn.</source>
        <translation>{journey}: én vei til ender i en klage eller frafall.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="26"/>
        <source>{journey}: {count} more paths end in a complaint or churn.</source>
        <translation>{journey}: {count} veier til ender i en klage eller frafall.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="29"/>
        <source>The map has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>Kartet har {total} veier fra inngang til utfall; de første {shown} er analysert.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="32"/>
        <source>From {entry}: {odds}.</source>
        <translation>Fra {entry}: {odds}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="33"/>
        <source>{step} ({word}) has no owner.</source>
        <translation>{step} ({word}) har ingen eier.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="34"/>
        <source>Hand-off from {source_owner} to {target_owner}: {source} → {target}.</source>
        <translation>Overlevering fra {source_owner} til {target_owner}: {source} → {target}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="37"/>
        <source>Owners&apos; share of the steps: {shares}.</source>
        <translation>Eiernes andel av stegene: {shares}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="38"/>
        <source>The map has no arrows yet: join the steps to see paths, dead ends and odds.</source>
        <translation>Kartet har ingen piler ennå: koble sammen stegene for å se veier, blindveier og sannsynligheter.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="41"/>
        <source>No entry leads to {step}.</source>
        <translation>Ingen inngang fører til {step}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="42"/>
        <source>Dead end: {step} leads nowhere and is not an outcome.</source>
        <translation>Blindvei: {step} fører ingen steder og er ikke et utfall.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="45"/>
        <source>Repurchase loop through {steps}: customers come back, which is fine.</source>
        <translation>Gjenkjøpssløyfe gjennom {steps}: kundene kommer tilbake, og det er bra.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="48"/>
        <source>Loop through {steps}: customers can go round in circles.</source>
        <translation>Sløyfe gjennom {steps}: kundene kan gå i ring.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="51"/>
        <source>Bottleneck: {share} of the paths ({count} of {total}) pass through {step}.</source>
        <translation>Flaskehals: {share} av veiene ({count} av {total}) går gjennom {step}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="54"/>
        <source>Stage {stage} has no touchpoints.</source>
        <translation>Fasen {stage} har ingen møtepunkter.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="55"/>
        <source>The shares out of {step} add up to {total}, not 100 %.</source>
        <translation>Andelene ut fra {step} blir til sammen {total}, ikke 100 %.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="58"/>
        <source>No shares on the {count} arrows out of {step}: what happens after it is unknown.</source>
        <translation>Ingen andeler på de {count} pilene ut fra {step}: hva som skjer etterpå, er ukjent.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="61"/>
        <source>1 of the {count} arrows out of {step} has no share.</source>
        <translation>1 av de {count} pilene ut fra {step} har ingen andel.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="64"/>
        <source>{missing} of the {count} arrows out of {step} have no share.</source>
        <translation>{missing} av de {count} pilene ut fra {step} har ingen andel.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="67"/>
        <source>No touchpoint in {stage} has a feedback instrument: {steps}.</source>
        <translation>Ingen møtepunkter i {stage} har et verktøy for tilbakemelding: {steps}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="70"/>
        <source>1 of the {count} touchpoints in {stage} has no feedback instrument: {steps}.</source>
        <translation>1 av de {count} møtepunktene i {stage} har ikke noe verktøy for tilbakemelding: {steps}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="73"/>
        <source>{missing} of the {count} touchpoints in {stage} have no feedback instrument: {steps}.</source>
        <translation>{missing} av de {count} møtepunktene i {stage} har ikke noe verktøy for tilbakemelding: {steps}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="77"/>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the provider, weak for the customer.</source>
        <translation>To par briller ved {step}: kundene gir {customer}, bedriften {provider} — bra for leverandøren, svakt for kunden.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="81"/>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the customer, a missed chance for the provider.</source>
        <translation>To par briller ved {step}: kundene gir {customer}, bedriften {provider} — bra for kunden, en tapt mulighet for leverandøren.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="85"/>
        <source>Drop? In {stage} the company spends effort{effort} on {activities}, but the customer meets no touchpoint there.</source>
        <translation>Droppe? I {stage} legger bedriften ned innsats{effort} på {activities}, men kunden møter ingen møtepunkter der.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="89"/>
        <source>Invest? In {stage} nobody backs {steps}: no company activity, no owner.</source>
        <translation>Investere? I {stage} er det ingen som støtter opp om {steps}: ingen aktivitet i bedriften, ingen eier.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="92"/>
        <source>Overdue since {due}: {action} at {step} ({who}).</source>
        <translation>Forsinket siden {due}: {action} ved {step} ({who}).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="95"/>
        <source>No due date: {action} at {step} ({who}).</source>
        <translation>Ingen frist: {action} ved {step} ({who}).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="96"/>
        <source>Due {due}: {action} at {step} ({who}).</source>
        <translation>Frist {due}: {action} ved {step} ({who}).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="101"/>
        <location filename="../../journeymapper/export/words.py" line="132"/>
        <source>lowest customer rating ({rating})</source>
        <translation>laveste kundevurdering ({rating})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="102"/>
        <location filename="../../journeymapper/export/words.py" line="133"/>
        <source>highest severity ({severity}, {status})</source>
        <translation>høyeste alvorlighet ({severity}, {status})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="111"/>
        <source>loyal</source>
        <translation>lojal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="112"/>
        <source>repurchase</source>
        <translation>gjenkjøp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="113"/>
        <source>recommend</source>
        <translation>anbefaler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="114"/>
        <source>complain</source>
        <translation>klager</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="115"/>
        <source>churn</source>
        <translation>frafall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="117"/>
        <source>touchpoint</source>
        <translation>møtepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="118"/>
        <source>crossroads</source>
        <translation>veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="119"/>
        <source>an untitled touchpoint</source>
        <translation>et møtepunkt uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="120"/>
        <source>an untitled crossroads</source>
        <translation>et veiskille uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="121"/>
        <source>an untitled outcome</source>
        <translation>et utfall uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="122"/>
        <source>an untitled note</source>
        <translation>et notat uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="123"/>
        <source>an untitled micro-journey</source>
        <translation>en mikroreise uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="124"/>
        <source>an untitled stage</source>
        <translation>en fase uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="125"/>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="126"/>
        <source>an unnamed owner</source>
        <translation>en eier uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="127"/>
        <source>{names} and {more} more</source>
        <translation>{names} og {more} til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="128"/>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="129"/>
        <source>, {share} take the bad branch</source>
        <translation>, {share} tar den dårlige grenen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="130"/>
        <source>too many</source>
        <translation>for mange</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="131"/>
        <source>no steps</source>
        <translation>ingen steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="132"/>
        <source>1 step</source>
        <translation>1 steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="133"/>
        <source>{count} steps</source>
        <translation>{count} steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="134"/>
        <source>no hand-offs</source>
        <translation>ingen overleveringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="135"/>
        <source>1 hand-off</source>
        <translation>1 overlevering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="136"/>
        <source>{count} hand-offs</source>
        <translation>{count} overleveringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="137"/>
        <source>{share} of the customers</source>
        <translation>{share} av kundene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="138"/>
        <source>worst severity {severity}</source>
        <translation>verste alvorlighet {severity}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="139"/>
        <source>lowest rating {rating}</source>
        <translation>laveste vurdering {rating}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="140"/>
        <source>{share} {outcome}</source>
        <translation>{share} {outcome}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="141"/>
        <source>{share} unknown (a share is missing)</source>
        <translation>{share} ukjent (en andel mangler)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="142"/>
        <source>{share} stop at a dead end</source>
        <translation>{share} stopper i en blindvei</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="143"/>
        <source>{share} go round a loop</source>
        <translation>{share} går i en sløyfe</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="144"/>
        <source>{share} unaccounted for (shares below 100 %)</source>
        <translation>{share} uforklart (andelene er under 100 %)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="145"/>
        <source>no outcome reached</source>
        <translation>ingen utfall nås</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="146"/>
        <source>{owner} {share}</source>
        <translation>{owner} {share}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="147"/>
        <source> (effort {effort})</source>
        <translation> ({effort})</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../journeymapper/canvas/grid_items.py" line="264"/>
        <location filename="../../journeymapper/export/map_pages.py" line="286"/>
        <source>Feeling</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="75"/>
        <source>Ad</source>
        <translation>Annonse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="75"/>
        <source>Web</source>
        <translation>Nett</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="76"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="76"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="77"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="77"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="78"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="78"/>
        <source>Social</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="79"/>
        <source>Reviews</source>
        <translation>Anmeldelser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="79"/>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="80"/>
        <source>Sales rep</source>
        <translation>Selger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="80"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="81"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="81"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="82"/>
        <source>Self-service</source>
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="82"/>
        <source>In person</source>
        <translation>Personlig oppmøte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="83"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="83"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="105"/>
        <location filename="../../journeymapper/export/words.py" line="84"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="106"/>
        <location filename="../../journeymapper/export/words.py" line="84"/>
        <source>investigating</source>
        <translation>undersøkes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="107"/>
        <location filename="../../journeymapper/export/words.py" line="85"/>
        <source>improving</source>
        <translation>forbedres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/wording.py" line="108"/>
        <location filename="../../journeymapper/export/words.py" line="85"/>
        <source>resolved</source>
        <translation>løst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="86"/>
        <source>very bad</source>
        <translation>svært dårlig</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="86"/>
        <source>bad</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="87"/>
        <source>neutral</source>
        <translation>nøytral</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="87"/>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="88"/>
        <source>very good</source>
        <translation>svært god</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="38"/>
        <source>Channel: {0}</source>
        <translation>Kanal: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="41"/>
        <source>Customer: {0} ({1})</source>
        <translation>Kunden: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="44"/>
        <source>Provider: {0} ({1})</source>
        <translation>Leverandøren: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="47"/>
        <source>Feedback: {0}</source>
        <translation>Tilbakemelding: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="50"/>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="52"/>
        <source>Company activity, effort {0}</source>
        <translation>Bedriftens aktivitet, innsats {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="55"/>
        <source>Opportunity: {0}</source>
        <translation>Mulighet: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="58"/>
        <source>Severity {0}, {1}</source>
        <translation>Alvorlighet {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="61"/>
        <source>Evidence: {0}</source>
        <translation>Belegg: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="63"/>
        <source>Action: {0}</source>
        <translation>Tiltak: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="66"/>
        <location filename="../../journeymapper/export/registers.py" line="126"/>
        <location filename="../../journeymapper/export/summary.py" line="131"/>
        <location filename="../../journeymapper/export/tables.py" line="550"/>
        <source>OVERDUE</source>
        <translation>FORSINKET</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="67"/>
        <source>Due {0}</source>
        <translation>Frist {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="73"/>
        <source>{0}, {1} of customers</source>
        <translation>{0}, {1} av kundene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="74"/>
        <source>Outcome: {0}</source>
        <translation>Utfall: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="84"/>
        <source>✓ good</source>
        <translation>✓ god</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="85"/>
        <source>✗ bad</source>
        <translation>✗ dårlig</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="86"/>
        <source>neutral</source>
        <translation>nøytral</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="113"/>
        <source>Weakest link: {0} — {1}.</source>
        <translation>Svakeste ledd: {0} — {1}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="118"/>
        <source>No steps in this micro-journey yet.</source>
        <translation>Ingen steg i denne mikroreisen ennå.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="120"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="121"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="122"/>
        <location filename="../../journeymapper/export/registers.py" line="50"/>
        <location filename="../../journeymapper/export/registers.py" line="170"/>
        <location filename="../../journeymapper/export/summary.py" line="109"/>
        <location filename="../../journeymapper/export/summary.py" line="130"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="123"/>
        <source>Annotations</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="124"/>
        <source>Leads to</source>
        <translation>Fører til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="151"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="152"/>
        <source> (company activity)</source>
        <translation> (bedriftens aktivitet)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/journeys.py" line="153"/>
        <source>(empty note)</source>
        <translation>(tomt notat)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="89"/>
        <source>Touchpoint, stripe = owner</source>
        <translation>Møtepunkt, stripe = eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="90"/>
        <location filename="../../journeymapper/export/shapes.py" line="223"/>
        <source>no owner</source>
        <translation>ingen eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="92"/>
        <source>good outcome</source>
        <translation>godt utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="93"/>
        <location filename="../../journeymapper/export/words.py" line="96"/>
        <source>churn</source>
        <translation>frafall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="97"/>
        <source>flow</source>
        <translation>flyt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="99"/>
        <source>good branch</source>
        <translation>god gren</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="101"/>
        <source>bad branch</source>
        <translation>dårlig gren</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="103"/>
        <source>neutral branch</source>
        <translation>nøytral gren</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="106"/>
        <source>Owners: </source>
        <translation>Eiere: </translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="107"/>
        <location filename="../../journeymapper/export/pdf.py" line="177"/>
        <source>unnamed</source>
        <translation>uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="112"/>
        <source>+ {0} more (see the ownership matrix)</source>
        <translation>+ {0} til (se eierskapsmatrisen)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="125"/>
        <source>none named yet</source>
        <translation>ingen navngitt ennå</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="159"/>
        <source>Crossroads, severity</source>
        <translation>Veiskille, alvorlighet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="205"/>
        <source>customer rating</source>
        <translation>kundens vurdering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="220"/>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legend.py" line="252"/>
        <source>feeling curve, −2 … +2 (tinted half = it hurts)</source>
        <translation>følelseskurve, −2 … +2 (farget halvdel = det gjør vondt)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="282"/>
        <source>Unnamed stage</source>
        <translation>Fase uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="283"/>
        <source>Unnamed micro-journey</source>
        <translation>Mikroreise uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="284"/>
        <source> (continued)</source>
        <translation> (fortsatt)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="285"/>
        <source> (continues)</source>
        <translation> (fortsetter)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="390"/>
        <source>The whole map</source>
        <translation>Hele kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="391"/>
        <location filename="../../journeymapper/export/pdf.py" line="251"/>
        <source>Part {0} of {1}</source>
        <translation>Del {0} av {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="392"/>
        <source>Stages →</source>
        <translation>Faser →</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="396"/>
        <source>Micro-journeys ↓</source>
        <translation>Mikroreiser ↓</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="469"/>
        <source>Part {0} · page {1}</source>
        <translation>Del {0} · side {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="505"/>
        <source>Journey owner: {0}</source>
        <translation>Eier av kundereisen: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="510"/>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {0} pages</source>
        <translation>Hele kartet i ett blikk; det skrives ut lesbart i {0} deler på de neste {0} sidene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="513"/>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {1} pages</source>
        <translation>Hele kartet i ett blikk; det skrives ut lesbart i {0} deler på de neste {1} sidene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="533"/>
        <source>stage {0}</source>
        <translation>fase {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="534"/>
        <source>stages {0}–{1}</source>
        <translation>fase {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="537"/>
        <source>Part {0} of {1}: {2}</source>
        <translation>Del {0} av {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="604"/>
        <source>Where this page sits</source>
        <translation>Her er denne siden</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="605"/>
        <source>part {0} of {1}</source>
        <translation>del {0} av {1}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/map_pages.py" line="606"/>
        <source>parts {0}–{1} of {2}</source>
        <translation>del {0}–{1} av {2}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="138"/>
        <source>page {0} of </source>
        <translation>side {0} av </translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="169"/>
        <source>{0} stages, {1} micro-journeys, {2} touchpoints, {3} crossroads</source>
        <translation>{0} faser, {1} mikroreiser, {2} møtepunkter, {3} veiskiller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="178"/>
        <source>not named</source>
        <translation>ikke navngitt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="220"/>
        <source>Journey map</source>
        <translation>Kundereisekart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="232"/>
        <source>Customer-journey map: {0}</source>
        <translation>Kundereisekart: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="235"/>
        <source>customer journey</source>
        <translation>kundereise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="235"/>
        <source>journey map</source>
        <translation>kundereisekart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="236"/>
        <source>crossroads</source>
        <translation>veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="237"/>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="244"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="246"/>
        <source>The whole map at a glance</source>
        <translation>Hele kartet i ett blikk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="41"/>
        <location filename="../../journeymapper/export/sections.py" line="44"/>
        <source>Friction register</source>
        <translation>Friksjonsregister</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="42"/>
        <source>Every crossroads on the map, worst first (unresolved before resolved, then severity, then the share taking the bad branch). Actions past their due date stand out on a tinted row.</source>
        <translation>Alle veiskiller på kartet, de verste først (uløste før løste, deretter etter alvorlighet, deretter etter andelen som tar den dårlige grenen). Tiltak som har passert fristen, står på en farget rad.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="47"/>
        <source>There are no crossroads on this map yet.</source>
        <translation>Det er ingen veiskiller på dette kartet ennå.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="49"/>
        <location filename="../../journeymapper/export/summary.py" line="104"/>
        <source>Sev.</source>
        <translation>Alv.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="49"/>
        <location filename="../../journeymapper/export/summary.py" line="105"/>
        <source>Crossroads</source>
        <translation>Veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="50"/>
        <location filename="../../journeymapper/export/summary.py" line="106"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="51"/>
        <location filename="../../journeymapper/export/summary.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="51"/>
        <location filename="../../journeymapper/export/summary.py" line="107"/>
        <source>Bad branch</source>
        <translation>Dårlig gren</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="52"/>
        <source>Evidence</source>
        <translation>Belegg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="52"/>
        <location filename="../../journeymapper/export/summary.py" line="128"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="53"/>
        <location filename="../../journeymapper/export/summary.py" line="130"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="157"/>
        <location filename="../../journeymapper/export/sections.py" line="46"/>
        <source>Ownership matrix</source>
        <translation>Eierskapsmatrise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="158"/>
        <source>Touchpoints (▭) and open crossroads (◆) each owner holds in each stage. A row of blanks is an owner with nothing on this map; the last row, nobody, is the work no one owns.</source>
        <translation>Møtepunkter (▭) og åpne veiskiller (◆) som hver eier har i hver fase. En tom rad er en eier uten noe på dette kartet; den siste raden, ingen, er arbeidet som ingen eier.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="163"/>
        <source>The map has no stages yet.</source>
        <translation>Kartet har ingen faser ennå.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/registers.py" line="172"/>
        <location filename="../../journeymapper/export/registers.py" line="196"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/sections.py" line="36"/>
        <source>Executive summary</source>
        <translation>Sammendrag for ledelsen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/sections.py" line="40"/>
        <source>journey owner {0}</source>
        <translation>eier av kundereisen: {0}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/sections.py" line="48"/>
        <source>Micro-journeys</source>
        <translation>Mikroreiser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/sections.py" line="56"/>
        <source>The map has no micro-journeys yet.</source>
        <translation>Kartet har ingen mikroreiser ennå.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/shapes.py" line="212"/>
        <source>{0} · company</source>
        <translation>{0} · bedriften</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/shapes.py" line="213"/>
        <source>company activity</source>
        <translation>bedriftens aktivitet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/shapes.py" line="222"/>
        <location filename="../../journeymapper/export/tables.py" line="461"/>
        <source>unnamed owner</source>
        <translation>eier uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/shapes.py" line="241"/>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="52"/>
        <source>… and {0} more — see {1}.</source>
        <translation>… og {0} til — se {1}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="67"/>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="68"/>
        <source>micro-journeys</source>
        <translation>mikroreiser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="69"/>
        <source>touchpoints</source>
        <translation>møtepunkter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="71"/>
        <source>crossroads open</source>
        <translation>åpne veiskiller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="72"/>
        <source>outcomes</source>
        <translation>utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="73"/>
        <source>owners</source>
        <translation>eiere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="74"/>
        <source>unowned steps</source>
        <translation>steg uten eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="75"/>
        <source>hand-offs</source>
        <translation>overleveringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="76"/>
        <source>overdue actions</source>
        <translation>forsinkede tiltak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="101"/>
        <source>The ten worst friction points</source>
        <translation>De ti verste friksjonspunktene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="122"/>
        <source>No open crossroads: nothing turns customers away on this map yet.</source>
        <translation>Ingen åpne veiskiller: ingenting driver kundene bort på dette kartet ennå.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="125"/>
        <source>Next actions</source>
        <translation>Neste tiltak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="129"/>
        <source>At crossroads</source>
        <translation>Ved veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="131"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="145"/>
        <source>the friction register</source>
        <translation>friksjonsregisteret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="147"/>
        <source>No actions written down at the open crossroads yet.</source>
        <translation>Ingen tiltak er skrevet ned ved de åpne veiskillene ennå.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="151"/>
        <source>The weakest link of each micro-journey</source>
        <translation>Det svakeste leddet i hver mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="152"/>
        <source>no rated step yet.</source>
        <translation>ingen vurderte steg ennå.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="163"/>
        <location filename="../../journeymapper/export/summary.py" line="189"/>
        <source>the micro-journey sections</source>
        <translation>avsnittene om mikroreisene</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="165"/>
        <source>Unowned touchpoints and crossroads ({0})</source>
        <translation>Møtepunkter og veiskiller uten eier ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="174"/>
        <source>the ownership matrix</source>
        <translation>eierskapsmatrisen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="176"/>
        <source>Every touchpoint and crossroads has an owner.</source>
        <translation>Alle møtepunkter og veiskiller har en eier.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="179"/>
        <source>Hand-offs between owners ({0})</source>
        <translation>Overleveringer mellom eiere ({0})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/summary.py" line="191"/>
        <source>No hand-offs: each journey stays with one owner.</source>
        <translation>Ingen overleveringer: hver reise blir hos én eier.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tables.py" line="444"/>
        <source>(untitled touchpoint)</source>
        <translation>(møtepunkt uten tittel)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tables.py" line="445"/>
        <source>(untitled crossroads)</source>
        <translation>(veiskille uten tittel)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tables.py" line="446"/>
        <source>(untitled outcome)</source>
        <translation>(utfall uten tittel)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tables.py" line="447"/>
        <source>(untitled note)</source>
        <translation>(notat uten tittel)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tables.py" line="456"/>
        <source>unnamed stage</source>
        <translation>fase uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tables.py" line="459"/>
        <source>unnamed micro-journey</source>
        <translation>mikroreise uten navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tables.py" line="463"/>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/tiling.py" line="673"/>
        <source>The page is too small to print the map readably; choose a larger paper size.</source>
        <translation>Siden er for liten til å skrive ut kartet lesbart; velg et større papirformat.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="92"/>
        <source>loyal</source>
        <translation>lojal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="93"/>
        <source>repurchase</source>
        <translation>gjenkjøp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="94"/>
        <source>recommend</source>
        <translation>anbefaler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="95"/>
        <source>complain</source>
        <translation>klager</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="101"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="102"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="103"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="104"/>
        <source>survey</source>
        <translation>spørreundersøkelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="105"/>
        <source>interview</source>
        <translation>intervju</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/words.py" line="106"/>
        <source>DATA</source>
        <translation>data</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../../journeymapper/analysis/findings.py" line="77"/>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="29"/>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="31"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="32"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="33"/>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="34"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="35"/>
        <source>Improvement action</source>
        <translation>Forbedringstiltak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/friction_model.py" line="36"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="51"/>
        <source>Weakest links</source>
        <translation>Svakeste ledd</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="52"/>
        <source>Paths to churn</source>
        <translation>Veier til frafall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="53"/>
        <source>Unowned steps</source>
        <translation>Steg uten eier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="54"/>
        <source>Hand-offs</source>
        <translation>Overleveringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="55"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="56"/>
        <source>Branch shares</source>
        <translation>Andeler i forgreninger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="57"/>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="58"/>
        <source>Two pairs of glasses</source>
        <translation>To par briller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="59"/>
        <source>Gap analysis</source>
        <translation>Gapanalyse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/insights_dock.py" line="60"/>
        <source>Next actions</source>
        <translation>Neste tiltak</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="24"/>
        <source>orange</source>
        <translation>oransje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="24"/>
        <source>sky blue</source>
        <translation>himmelblå</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="25"/>
        <source>bluish green</source>
        <translation>blågrønn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="25"/>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="26"/>
        <source>blue</source>
        <translation>blå</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="26"/>
        <source>vermillion</source>
        <translation>cinnoberrød</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="27"/>
        <source>reddish purple</source>
        <translation>rødlilla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/owner_colour_dialog.py" line="27"/>
        <source>black</source>
        <translation>svart</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="45"/>
        <source>Touchpoint</source>
        <translation>Møtepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="46"/>
        <source>Crossroads</source>
        <translation>Veiskille</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="47"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="48"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="49"/>
        <source>No channel</source>
        <translation>Ingen kanal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="50"/>
        <source>Advertising</source>
        <translation>Reklame</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="51"/>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="52"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="53"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="54"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="56"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="57"/>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="58"/>
        <source>Review site</source>
        <translation>Anmeldelsesside</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="59"/>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="60"/>
        <source>Sales rep</source>
        <translation>Selger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="61"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="62"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="63"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="64"/>
        <source>Self-service</source>
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="65"/>
        <source>In person</source>
        <translation>Personlig oppmøte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="66"/>
        <source>The product itself</source>
        <translation>Selve produktet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="67"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="68"/>
        <source>No feedback collected</source>
        <translation>Ingen tilbakemelding samlet inn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="69"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="70"/>
        <source>Satisfaction score (CSAT)</source>
        <translation>Tilfredshet (CSAT)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="71"/>
        <source>Effort score (CES)</source>
        <translation>Innsatsscore (CES)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="72"/>
        <source>Survey</source>
        <translation>Spørreundersøkelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="73"/>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="74"/>
        <source>Usage data</source>
        <translation>Bruksdata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="75"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="76"/>
        <source>Investigating</source>
        <translation>Undersøkes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="77"/>
        <source>Improving</source>
        <translation>Forbedres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="78"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="79"/>
        <source>Loyal</source>
        <translation>Lojal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="80"/>
        <source>Buys again</source>
        <translation>Kjøper igjen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="81"/>
        <source>Recommends</source>
        <translation>Anbefaler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="82"/>
        <source>Complains</source>
        <translation>Klager</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="83"/>
        <source>Leaves (churn)</source>
        <translation>Forsvinner (frafall)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="84"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="85"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="86"/>
        <source>Good ✓</source>
        <translation>God ✓</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="87"/>
        <source>Bad ✗</source>
        <translation>Dårlig ✗</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="88"/>
        <source>Neutral</source>
        <translation>Nøytral</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="89"/>
        <source>Flow</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="90"/>
        <source>Branch</source>
        <translation>Forgrening</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="94"/>
        <source>very bad</source>
        <translation>svært dårlig</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="95"/>
        <source>bad</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="96"/>
        <source>neutral</source>
        <translation>nøytral</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="97"/>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <location filename="../../journeymapper/panels/words.py" line="98"/>
        <source>very good</source>
        <translation>svært god</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="16"/>
        <source>Three stages</source>
        <translation>Tre faser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="17"/>
        <source>Before, during and after the purchase.</source>
        <translation>Før, under og etter kjøpet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="18"/>
        <source>Before purchase</source>
        <translation>Før kjøpet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="19"/>
        <source>During purchase</source>
        <translation>Under kjøpet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="20"/>
        <source>After purchase</source>
        <translation>Etter kjøpet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="21"/>
        <source>Five stages</source>
        <translation>Fem faser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="22"/>
        <source>Awareness, evaluation, purchase, use, repurchase and recommendation.</source>
        <translation>Oppmerksomhet, vurdering, kjøp, bruk, gjenkjøp og anbefaling.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="24"/>
        <source>Awareness</source>
        <translation>Oppmerksomhet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="25"/>
        <source>Evaluation</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="26"/>
        <source>Purchase</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="27"/>
        <source>Use</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="28"/>
        <source>Repurchase and recommendation</source>
        <translation>Gjenkjøp og anbefaling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="29"/>
        <source>Seven stages (B2B)</source>
        <translation>Sju faser (B2B)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="30"/>
        <source>The seven phases of a business purchase.</source>
        <translation>De sju fasene i et bedriftskjøp.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="31"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="32"/>
        <source>Trigger</source>
        <translation>Utløser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="33"/>
        <source>First interest</source>
        <translation>Første interesse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="34"/>
        <source>Active evaluation</source>
        <translation>Aktiv vurdering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="35"/>
        <source>Purchase decision</source>
        <translation>Kjøpsbeslutning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="36"/>
        <source>Customer experience</source>
        <translation>Kundeopplevelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="37"/>
        <source>Loyalty</source>
        <translation>Lojalitet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/template_words.py" line="38"/>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <location filename="../../journeymapper/app/windows.py" line="128"/>
        <source>Cannot Open Map</source>
        <translation>Kan ikke åpne kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/windows.py" line="136"/>
        <source>A new map from the template “{0}”. Save asks where to keep it.</source>
        <translation>Et nytt kart fra malen «{0}». Lagre spør hvor det skal lagres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/windows.py" line="158"/>
        <source>Cannot Recover Map</source>
        <translation>Kan ikke gjenopprette kartet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/app/windows.py" line="169"/>
        <source>Recovered from the autosave of {0}. Save to keep it.</source>
        <translation>Gjenopprettet fra autolagringen kl. {0}. Lagre for å beholde det.</translation>
    </message>
</context>
</TS>
