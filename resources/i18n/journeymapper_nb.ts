<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name />
    <message>
        <source>An arrow cannot lead from a step back to itself.</source>
        <translation>En pil kan ikke gå fra et steg tilbake til seg selv.</translation>
    </message>
    <message>
        <source>Notes annotate the map; they cannot be joined by arrows.</source>
        <translation>Notater kommenterer kartet; de kan ikke kobles med piler.</translation>
    </message>
    <message>
        <source>There is already an arrow from ‘{0}’ to ‘{1}’.</source>
        <translation>Det går allerede en pil fra ‘{0}’ til ‘{1}’.</translation>
    </message>
    <message>
        <source>The stage ‘{0}’ still holds one step.</source>
        <translation>Fasen «{0}» har fortsatt ett steg.</translation>
    </message>
    <message>
        <source>The stage ‘{0}’ still holds {1} steps.</source>
        <translation>Fasen «{0}» har fortsatt {1} steg.</translation>
    </message>
    <message>
        <source>The micro-journey ‘{0}’ still holds one step.</source>
        <translation>Mikroreisen «{0}» har fortsatt ett steg.</translation>
    </message>
    <message>
        <source>The micro-journey ‘{0}’ still holds {1} steps.</source>
        <translation>Mikroreisen «{0}» har fortsatt {1} steg.</translation>
    </message>
    <message>
        <source>Add a stage and a micro-journey first.</source>
        <translation>Legg til en fase og en mikroreise først.</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Legg til {0}</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Andel kunder</translation>
    </message>
    <message>
        <source>Share (%):</source>
        <translation>Andel (%):</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Utklippstavlen har ingen steg å lime inn.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Paste text as steps</source>
        <translation>Lim inn tekst som steg</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>The layout is already tidy.</source>
        <translation>Oppsettet er allerede ryddig.</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Rydd opp automatisk</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Bedre</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Verre</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Legg til neste steg</translation>
    </message>
    <message>
        <source>Add crossroads</source>
        <translation>Legg til veiskille</translation>
    </message>
    <message>
        <source>There is no stage or micro-journey that way.</source>
        <translation>Det finnes ingen fase eller mikroreise i den retningen.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <source>New micro-journey</source>
        <translation>Ny mikroreise</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan ikke fjerne</translation>
    </message>
    <message>
        <source>A map needs at least one stage and one micro-journey.</source>
        <translation>Et kart trenger minst én fase og én mikroreise.</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Fjern fase</translation>
    </message>
    <message>
        <source>Remove micro-journey</source>
        <translation>Fjern mikroreise</translation>
    </message>
    <message>
        <source>Move its steps to ‘{0}’ and remove it?</source>
        <translation>Flytte stegene til «{0}» og fjerne den?</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>micro-journey</source>
        <translation>mikroreise</translation>
    </message>
    <message>
        <source>Rename {0}</source>
        <translation>Gi nytt navn til {0}</translation>
    </message>
    <message>
        <source>Add {0} after</source>
        <translation>Legg til {0} etter</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Flytt tidligere</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Flytt senere</translation>
    </message>
    <message>
        <source>Auto-layout this micro-journey</source>
        <translation>Rydd opp i denne mikroreisen</translation>
    </message>
    <message>
        <source>Remove {0}…</source>
        <translation>Fjern {0}…</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Rediger etikett</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stemning</translation>
    </message>
    <message>
        <source>Good ✓ (solid)</source>
        <translation>God ✓ (heltrukket)</translation>
    </message>
    <message>
        <source>Bad ✗ (dashed)</source>
        <translation>Dårlig ✗ (stiplet)</translation>
    </message>
    <message>
        <source>Neutral (dotted)</source>
        <translation>Nøytral (prikket)</translation>
    </message>
    <message>
        <source>Share of customers…</source>
        <translation>Andel kunder…</translation>
    </message>
    <message>
        <source>Delete arrow</source>
        <translation>Slett pil</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Add {0} here</source>
        <translation>Legg til {0} her</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>Lim inn her</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Legg til fase</translation>
    </message>
    <message>
        <source>Add micro-journey</source>
        <translation>Legg til mikroreise</translation>
    </message>
    <message>
        <source>Auto-layout the whole map</source>
        <translation>Rydd opp i hele kartet</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(flere verdier)</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(flere)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>1 a small irritation … 5 customers leave</source>
        <translation>1 en liten irritasjon … 5 kundene forsvinner</translation>
    </message>
    <message>
        <source>{0} marks an action that is overdue</source>
        <translation>{0} markerer et tiltak som er forsinket</translation>
    </message>
    <message>
        <source>Overdue: due {0}, still {1}</source>
        <translation>Forsinket: frist {0}, fortsatt {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Rediger {0}</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Friction register</source>
        <translation>Friksjonsregister</translation>
    </message>
    <message>
        <source>Search questions, actions, evidence…</source>
        <translation>Søk i spørsmål, tiltak, belegg…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alle alvorlighetsgrader</translation>
    </message>
    <message>
        <source>{0} or worse</source>
        <translation>{0} eller verre</translation>
    </message>
    <message>
        <source>5 only</source>
        <translation>Bare 5</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>{0} of {1} crossroads</source>
        <translation>{0} av {1} veiskiller</translation>
    </message>
    <message>
        <source>{0} crossroads</source>
        <translation>{0} veiskiller</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>{0} problems</source>
        <translation>{0} problemer</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} advarsler</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 merknad</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} merknader</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Innsikt</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopier rapporten</translation>
    </message>
    <message>
        <source>Copy every finding as text, to paste into an e-mail or a document</source>
        <translation>Kopier alle funn som tekst, til å lime inn i en e-post eller et dokument</translation>
    </message>
    <message>
        <source>Show {0} more…</source>
        <translation>Vis {0} til…</translation>
    </message>
    <message>
        <source>Click to list every finding of this group here; Copy report gives them all as text.</source>
        <translation>Klikk for å liste alle funnene i denne gruppen her; «Kopier rapporten» gir dem alle som tekst.</translation>
    </message>
    <message>
        <source>Click a finding to select its steps and arrows on the map.</source>
        <translation>Klikk på et funn for å velge stegene og pilene på kartet.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyserer…</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Click to select everything in this group on the map.</source>
        <translation>Klikk for å velge alt i denne gruppen på kartet.</translation>
    </message>
    <message>
        <source>No findings yet: add steps and arrows to the map.</source>
        <translation>Ingen funn ennå: legg til steg og piler på kartet.</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(fase uten navn)</translation>
    </message>
    <message>
        <source>(unnamed micro-journey)</source>
        <translation>(mikroreise uten navn)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>−2 very bad · −1 bad · 0 neutral · +1 good · +2 very good</source>
        <translation>−2 svært dårlig · −1 dårlig · 0 nøytral · +1 god · +2 svært god</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>The company's effort on this activity (hours, days or cost: use one unit across the map)</source>
        <translation>Bedriftens innsats på denne aktiviteten (timer, dager eller kostnad: bruk én enhet i hele kartet)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
    <message>
        <source>Company activity</source>
        <translation>Bedriftens aktivitet</translation>
    </message>
    <message>
        <source>Counts in the gap analysis</source>
        <translation>Teller i gapanalysen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Innsats</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer's rating</source>
        <translation>Kundens vurdering</translation>
    </message>
    <message>
        <source>Provider's rating</source>
        <translation>Leverandørens vurdering</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mulighet</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belegg</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Forbedringstiltak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Høyde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Journey owner</source>
        <translation>Eier av kundereisen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektør</translation>
    </message>
    <message>
        <source>(unnamed owner)</source>
        <translation>(eier uten navn)</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kartet</translation>
    </message>
    <message>
        <source>Nothing is selected. Select a step, an arrow, a stage or a micro-journey to see its fields here.</source>
        <translation>Ingenting er valgt. Velg et steg, en pil, en fase eller en mikroreise for å se feltene her.</translation>
    </message>
    <message>
        <source>In {0} · {1}</source>
        <translation>I {0} · {1}</translation>
    </message>
    <message>
        <source>an unnamed stage</source>
        <translation>en fase uten navn</translation>
    </message>
    <message>
        <source>an unnamed micro-journey</source>
        <translation>en mikroreise uten navn</translation>
    </message>
    <message>
        <source>→ Arrow ({0})</source>
        <translation>→ Pil ({0})</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>Fra {0} til {1}</translation>
    </message>
    <message>
        <source>Stage (column)</source>
        <translation>Fase (kolonne)</translation>
    </message>
    <message>
        <source>{0} steps in this stage</source>
        <translation>{0} steg i denne fasen</translation>
    </message>
    <message>
        <source>Micro-journey (lane)</source>
        <translation>Mikroreise (rad)</translation>
    </message>
    <message>
        <source>{0} steps in this micro-journey</source>
        <translation>{0} steg i denne mikroreisen</translation>
    </message>
    <message>
        <source>{0} items selected</source>
        <translation>{0} elementer valgt</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pil</translation>
    </message>
    <message>
        <source>A change here applies to all of them, in one undo step.</source>
        <translation>En endring her gjelder alle, som ett angresteg.</translation>
    </message>
    <message>
        <source>They share no field that can be edited together.</source>
        <translation>De har ingen felles felt som kan redigeres samlet.</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Endre {0}</translation>
    </message>
    <message>
        <source>Change {0} of {1} items</source>
        <translation>Endre {0} for {1} elementer</translation>
    </message>
    <message>
        <source>Journeys outline</source>
        <translation>Oversikt over reisene</translation>
    </message>
    <message>
        <source>Micro-journey / step</source>
        <translation>Mikroreise / steg</translation>
    </message>
    <message>
        <source>Click to find a step on the map; double-click to rename. Drag a micro-journey to reorder.</source>
        <translation>Klikk for å finne et steg på kartet; dobbeltklikk for å gi nytt navn. Dra en mikroreise for å endre rekkefølgen.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} steg</translation>
    </message>
    <message>
        <source>(untitled {0})</source>
        <translation>({0} uten navn)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>light {0}</source>
        <translation>lys {0}</translation>
    </message>
    <message>
        <source>Owner colour</source>
        <translation>Eierfarge</translation>
    </message>
    <message>
        <source>These colours stay distinct for colour-blind readers.</source>
        <translation>Disse fargene kan skilles også av fargeblinde lesere.</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Annen farge…</translation>
    </message>
    <message>
        <source>Any colour (may be hard to tell apart)</source>
        <translation>Hvilken som helst farge (kan være vanskelig å skille)</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Eierskap</translation>
    </message>
    <message>
        <source>The one person or small group who holds the whole journey: maps it, watches its quality, adapts it.</source>
        <translation>Den ene personen eller lille gruppen som har ansvaret for hele reisen: kartlegger den, følger med på kvaliteten og tilpasser den.</translation>
    </message>
    <message>
        <source>Colour the map by owner</source>
        <translation>Fargelegg kartet etter eier</translation>
    </message>
    <message>
        <source>Dim everything except this owner's items, so an owner can work through their own points.</source>
        <translation>Demp alt unntatt denne eierens elementer, så en eier kan gå gjennom sine egne punkter.</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Vis bare</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Har ansvar for</translation>
    </message>
    <message>
        <source>Double-click to rename. Drag an owner onto a card on the map to make them its owner.</source>
        <translation>Dobbeltklikk for å gi nytt navn. Dra en eier til et kort på kartet for å gjøre dem til eier.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farge…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå sammen…</translation>
    </message>
    <message>
        <source>Give everything this owner holds to another owner, and remove this one</source>
        <translation>Gi alt denne eieren har til en annen eier, og fjern denne</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Assign to selection</source>
        <translation>Tildel utvalget</translation>
    </message>
    <message>
        <source>Make this owner the owner of the touchpoints and crossroads selected on the map</source>
        <translation>Gjør denne eieren til eier av møtepunktene og veiskillene som er valgt på kartet</translation>
    </message>
    <message>
        <source>Each cell: touchpoints, then ◆ open crossroads. Click a cell to select those items on the map.</source>
        <translation>Hver celle: møtepunkter, så ◆ åpne veiskiller. Klikk på en celle for å velge dem på kartet.</translation>
    </message>
    <message>
        <source>Select all unowned</source>
        <translation>Velg alle uten eier</translation>
    </message>
    <message>
        <source>Touchpoints and crossroads nobody owns (hatched stripe on the map).</source>
        <translation>Møtepunkter og veiskiller som ingen eier (skravert stripe på kartet).</translation>
    </message>
    <message>
        <source>Where the customer passes from one owner to another: a silo risk, where customers feel forgotten.</source>
        <translation>Der kunden går fra én eier til en annen: en silorisiko, der kunder føler seg glemt.</translation>
    </message>
    <message>
        <source>Owner × stage</source>
        <translation>Eier × fase</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Uten eier</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Overleveringer</translation>
    </message>
    <message>
        <source>journey owner</source>
        <translation>eier av kundereisen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{0} touchpoints, {1} crossroads</source>
        <translation>{0} møtepunkter, {1} veiskiller</translation>
    </message>
    <message>
        <source>Unowned ({0})</source>
        <translation>Uten eier ({0})</translation>
    </message>
    <message>
        <source>Hand-offs ({0})</source>
        <translation>Overleveringer ({0})</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Ny eier</translation>
    </message>
    <message>
        <source>New owner {0}</source>
        <translation>Ny eier {0}</translation>
    </message>
    <message>
        <source>There is no other owner to merge with.</source>
        <translation>Det finnes ingen annen eier å slå sammen med.</translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Slå sammen eiere</translation>
    </message>
    <message>
        <source>Give everything {0} owns to:</source>
        <translation>Gi alt {0} eier til:</translation>
    </message>
    <message>
        <source>Nobody (leave them unowned)</source>
        <translation>Ingen (la dem være uten eier)</translation>
    </message>
    <message>
        <source>{0} touchpoints and crossroads</source>
        <translation>{0} møtepunkter og veiskiller</translation>
    </message>
    <message>
        <source> and the journey itself</source>
        <translation> og selve reisen</translation>
    </message>
    <message>
        <source>Remove owner</source>
        <translation>Fjern eier</translation>
    </message>
    <message>
        <source>{0} owns {1}. Who takes them over?</source>
        <translation>{0} eier {1}. Hvem tar dem over?</translation>
    </message>
    <message>
        <source>Make journey owner</source>
        <translation>Gjør til eier av kundereisen</translation>
    </message>
    <message>
        <source>Show only this owner's items</source>
        <translation>Vis bare denne eierens elementer</translation>
    </message>
    <message>
        <source>Select touchpoints or crossroads on the map first.</source>
        <translation>Velg møtepunkter eller veiskiller på kartet først.</translation>
    </message>
    <message>
        <source>Assign {0} to {1} items</source>
        <translation>Tildel {0} til {1} elementer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>{0} → {1} ({2})</source>
        <translation>{0} → {1} ({2})</translation>
    </message>
    <message>
        <source>Customers pass from {0} to {1} here. Who makes sure they are not forgotten?</source>
        <translation>Her går kundene fra {0} til {1}. Hvem sørger for at de ikke blir glemt?</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation>I {0}</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble sammen</translation>
    </message>
    <message>
        <source>Remove arrow</source>
        <translation>Fjern pil</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Rediger pil</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Endre størrelse</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Endre rekkefølge</translation>
    </message>
    <message>
        <source>Delete {0} items</source>
        <translation>Slett {0} elementer</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Slett steg</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Rediger steg</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Legg til eier</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Rediger eier</translation>
    </message>
    <message>
        <source>Reorder owners</source>
        <translation>Endre rekkefølge på eiere</translation>
    </message>
    <message>
        <source>Edit map info</source>
        <translation>Rediger kartinformasjon</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Vis &amp;hele kartet</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Vis hele kartet</translation>
    </message>
    <message>
        <source>&amp;Large Print</source>
        <translation>&amp;Stor skrift</translation>
    </message>
    <message>
        <source>Bigger type and lines, higher contrast: for projectors</source>
        <translation>Større skrift og streker, høyere kontrast: for prosjektor</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>&amp;Rydd opp automatisk</translation>
    </message>
    <message>
        <source>Tidy the selected step's micro-journey, or the whole map</source>
        <translation>Rydd opp i mikroreisen til det valgte steget, eller i hele kartet</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Legg til &amp;fase</translation>
    </message>
    <message>
        <source>Add a stage (a column) after the current one</source>
        <translation>Legg til en fase (en kolonne) etter den valgte</translation>
    </message>
    <message>
        <source>Add &amp;Micro-journey</source>
        <translation>Legg til m&amp;ikroreise</translation>
    </message>
    <message>
        <source>Add a micro-journey (a lane) below the current one</source>
        <translation>Legg til en mikroreise (en rad) under den valgte</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Eksporter bilde</translation>
    </message>
    <message>
        <source>{0} % ({1} dpi)</source>
        <translation>{0} % ({1} dpi)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Oppløsning:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildestørrelse:</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} piksler</translation>
    </message>
    <message>
        <source>This map is too large for {0} %: the image will be made at {1} % so that it can still be opened.</source>
        <translation>Kartet er for stort for {0} %: bildet lages i {1} % slik at det fortsatt kan åpnes.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-vektorbilde (*.svg)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation>«{0}» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Cannot Export Image</source>
        <translation>Kan ikke eksportere bilde</translation>
    </message>
    <message>
        <source>The image could not be written to “{0}”: {1}</source>
        <translation>Bildet kunne ikke skrives til «{0}»: {1}</translation>
    </message>
    <message>
        <source>The map is too large for {0} %, so the image was made smaller: {1} × {2} pixels.</source>
        <translation>Kartet er for stort for {0} %, så bildet ble gjort mindre: {1} × {2} piksler.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Poster: the map alone on one sheet</source>
        <translation>Plakat: bare kartet, på ett ark</translation>
    </message>
    <message>
        <source>For the workshop wall: the whole map on the smallest sheet from A3 to A0 on which every word prints at 6 pt or larger; without the summary and the registers</source>
        <translation>Til workshopveggen: hele kartet på det minste arket fra A3 til A0 der hvert ord skrives ut med 6 pt eller større; uten sammendraget og registrene</translation>
    </message>
    <message>
        <source>Automatic (fewest pages)</source>
        <translation>Automatisk (færrest sider)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape or portrait, whichever prints this map on fewer pages</source>
        <translation>Liggende eller stående: den retningen som gir færrest sider for dette kartet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <source>PDF export is not available in this version.</source>
        <translation>PDF-eksport er ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-en…</translation>
    </message>
    <message>
        <source>Cannot Export PDF</source>
        <translation>Kan ikke eksportere PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written to “{0}”: {1}</source>
        <translation>PDF-en kunne ikke skrives til «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“{0}” is the map open here. Writing the export over it would destroy the map; choose another name.</source>
        <translation>«{0}» er kartet som er åpent her. Å skrive eksporten over det ville ødelegge kartet; velg et annet navn.</translation>
    </message>
    <message>
        <source>“{0}” is a journey map. Writing the export over it would destroy the map; choose another name.</source>
        <translation>«{0}» er et reisekart. Å skrive eksporten over det ville ødelegge kartet; velg et annet navn.</translation>
    </message>
    <message>
        <source>Choose Another Name</source>
        <translation>Velg et annet navn</translation>
    </message>
</context>
<context>
    <name>FileChangedBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne meldingen</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person. Your unsaved changes here are not in that version.</source>
        <translation>«{0}» ble endret på disken av et annet program eller en annen person. Endringene du ikke har lagret her, er ikke med i den versjonen.</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Changes…</source>
        <translation>&amp;Last inn på nytt og mist endringene mine…</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Behold endringene mine</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person.</source>
        <translation>«{0}» ble endret på disken av et annet program eller en annen person.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}), so it is open here read-only. You can make changes; Save asks for another name.</source>
        <translation>«{0}» er åpent for redigering i en annen kopi av JourneyMapper ({1}), så det er åpnet skrivebeskyttet her. Du kan gjøre endringer; Lagre spør etter et annet navn.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Edit Here</source>
        <translation>&amp;Rediger her</translation>
    </message>
    <message>
        <source>Edit this file here once the other copy has closed it</source>
        <translation>Rediger filen her når den andre kopien har lukket den</translation>
    </message>
    <message>
        <source>“{0}” was deleted or moved away. The map stays open here; Save writes the file again.</source>
        <translation>«{0}» ble slettet eller flyttet. Kartet er fortsatt åpent her; Lagre skriver filen på nytt.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>Reload and Lose Changes?</source>
        <translation>Laste inn på nytt og miste endringene?</translation>
    </message>
    <message>
        <source>Reloading replaces the map here with the version of “{0}” on disk. Your unsaved changes will be lost.</source>
        <translation>Når du laster inn på nytt, erstattes kartet her med versjonen av «{0}» på disken. Endringene du ikke har lagret, går tapt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cannot Reload Map</source>
        <translation>Kan ikke laste inn kartet på nytt</translation>
    </message>
    <message>
        <source>{0}

The map open here is kept as it was.</source>
        <translation>{0}

Kartet som er åpent her, beholdes som det var.</translation>
    </message>
    <message>
        <source>Reloaded “{0}” from disk.</source>
        <translation>Lastet inn «{0}» på nytt fra disken.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Filen er endret på disken</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person since it was opened or saved here.

Overwrite it with the map here (their changes are lost), or save the map here under another name?</source>
        <translation>«{0}» ble endret på disken av et annet program eller en annen person etter at den ble åpnet eller lagret her.

Vil du overskrive filen med kartet her (endringene deres går tapt), eller lagre kartet her under et annet navn?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overskriv</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Click for 100 %</source>
        <translation>Klikk for 100 %</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Start a new map from a stage model or a sample</source>
        <translation>Start et nytt kart fra en fasemodell eller et eksempel</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open a journey map file</source>
        <translation>Åpne en kundereisekart-fil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Lagre kartet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Lagre kartet under et nytt navn</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporter PDF…</translation>
    </message>
    <message>
        <source>Write the map as a PDF for leadership</source>
        <translation>Lag en PDF av kartet til ledelsen</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Eksporter &amp;bilde…</translation>
    </message>
    <message>
        <source>Write the whole map as a PNG picture or an SVG drawing</source>
        <translation>Skriv hele kartet som et PNG-bilde eller en SVG-tegning</translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Maps…</source>
        <translation>&amp;Gjenopprett ulagrede kart…</translation>
    </message>
    <message>
        <source>Reopen maps autosaved before a crash</source>
        <translation>Åpne kart som ble autolagret før et krasj</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Lukk &amp;vindu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Lukk alle vinduer og avslutt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <source>Use the whole screen (for the projector)</source>
        <translation>Bruk hele skjermen (for prosjektoren)</translation>
    </message>
    <message>
        <source>&amp;Map Only</source>
        <translation>Bare &amp;kartet</translation>
    </message>
    <message>
        <source>Hide every panel: the whole window for the map</source>
        <translation>Skjul alle paneler: hele vinduet til kartet</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentasjon</translation>
    </message>
    <message>
        <source>The map for a room: full screen, one micro-journey at a time, Page Down for the next step, Esc to leave</source>
        <translation>Kartet for et rom: fullskjerm, én mikroreise om gangen, Page Down for neste steg, Esc for å avslutte</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Nes&amp;te panel</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the map and the open panels</source>
        <translation>Flytt tastaturfokuset mellom kartet og de åpne panelene</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;About JourneyMapper</source>
        <translation>&amp;Om JourneyMapper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylige</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>Sett &amp;inn</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktøylinje</translation>
    </message>
    <message>
        <source>Map &amp;Title and Owner…</source>
        <translation>Kartets &amp;tittel og eier…</translation>
    </message>
    <message>
        <source>Name the map, describe it and say who owns the whole journey</source>
        <translation>Gi kartet navn, beskriv det og si hvem som eier hele reisen</translation>
    </message>
    <message>
        <source>&amp;Check the Map</source>
        <translation>&amp;Sjekk kartet</translation>
    </message>
    <message>
        <source>Weakest links, paths to churn, unowned steps, hand-offs</source>
        <translation>Svakeste ledd, veier til frafall, steg uten eier, overleveringer</translation>
    </message>
    <message>
        <source>The side panels could not be opened.</source>
        <translation>Sidepanelene kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <source>{0} (read-only)[*] — JourneyMapper</source>
        <translation>{0} (skrivebeskyttet)[*] — JourneyMapper</translation>
    </message>
    <message>
        <source>{0}[*] — JourneyMapper</source>
        <translation>{0}[*] — JourneyMapper</translation>
    </message>
    <message>
        <source>Unsaved changes kept safe at {0}</source>
        <translation>Ulagrede endringer sikret kl. {0}</translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <source>Open Journey Map</source>
        <translation>Åpne kundereisekart</translation>
    </message>
    <message>
        <source>Journey maps (*{0});;All files (*)</source>
        <translation>Kundereisekart (*{0});;Alle filer (*)</translation>
    </message>
    <message>
        <source>{0}  —  {1}</source>
        <translation>{0}  —  {1}</translation>
    </message>
    <message>
        <source>No recent maps</source>
        <translation>Ingen nylige kart</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tøm menyen</translation>
    </message>
    <message>
        <source>Map Still Open Elsewhere</source>
        <translation>Kartet er fortsatt åpent et annet sted</translation>
    </message>
    <message>
        <source>“{0}” is still open for editing in another copy of JourneyMapper ({1}). Close it there first, or save the map here under another name.</source>
        <translation>«{0}» er fortsatt åpent for redigering i en annen kopi av JourneyMapper ({1}). Lukk det der først, eller lagre kartet her under et annet navn.</translation>
    </message>
    <message>
        <source>You can now edit and save “{0}” here.</source>
        <translation>Nå kan du redigere og lagre «{0}» her.</translation>
    </message>
    <message>
        <source>Map Open Elsewhere</source>
        <translation>Kartet er åpent et annet sted</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Saving over it would lose the work done there; save the map under another name.</source>
        <translation>«{0}» er åpent for redigering i en annen kopi av JourneyMapper ({1}). Å lagre over det ville miste arbeidet som er gjort der; lagre kartet under et annet navn.</translation>
    </message>
    <message>
        <source>Save Journey Map As</source>
        <translation>Lagre kundereisekart som</translation>
    </message>
    <message>
        <source>Journey maps (*{0})</source>
        <translation>Kundereisekart (*{0})</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation>«{0}» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Read-Only Map</source>
        <translation>Skrivebeskyttet kart</translation>
    </message>
    <message>
        <source>“{0}” is read-only, so it was not changed. Your changes are still open here.

Save the map under another name?</source>
        <translation>«{0}» er skrivebeskyttet, så den ble ikke endret. Endringene dine er fortsatt åpne her.

Vil du lagre kartet under et annet navn?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cannot Save Map</source>
        <translation>Kan ikke lagre kartet</translation>
    </message>
    <message>
        <source>The map could not be saved to “{0}”: {1}. Your changes are still open here; try another folder.</source>
        <translation>Kartet kunne ikke lagres til «{0}»: {1}. Endringene dine er fortsatt åpne her; prøv en annen mappe.</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Lagret til {0}</translation>
    </message>
    <message>
        <source>PDF written to {0}</source>
        <translation>PDF skrevet til {0}</translation>
    </message>
    <message>
        <source>Image written to {0}</source>
        <translation>Bildet er skrevet til {0}</translation>
    </message>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Gjenopprett ulagrede kart</translation>
    </message>
    <message>
        <source>There are no autosaved maps to recover.</source>
        <translation>Det finnes ingen autolagrede kart å gjenopprette.</translation>
    </message>
    <message>
        <source>Capturing a journey on the map</source>
        <translation>Slik fanger du en reise på kartet</translation>
    </message>
    <message>
        <source>Add the next step after the selected one, ready to type</source>
        <translation>Legg til neste steg etter det valgte, klart til å skrive</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Fork: a crossroads after the step, or another branch from a crossroads</source>
        <translation>Forgrening: et veiskille etter steget, eller en ny gren fra et veiskille</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Edit the selected step's text, or rename the selected stage or micro-journey</source>
        <translation>Rediger teksten i det valgte steget, eller gi den valgte fasen eller mikroreisen nytt navn</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter eller F2</translation>
    </message>
    <message>
        <source>Stop editing without keeping the change</source>
        <translation>Avbryt redigeringen uten å beholde endringen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move to the neighbouring step</source>
        <translation>Gå til nabosteget</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltastene</translation>
    </message>
    <message>
        <source>Move the steps to the next stage or lane (also while typing)</source>
        <translation>Flytt stegene til neste fase eller rad (også mens du skriver)</translation>
    </message>
    <message>
        <source>Alt+arrow keys</source>
        <translation>Alt+piltastene</translation>
    </message>
    <message>
        <source>Better or worse: a touchpoint's rating, a crossroads' severity</source>
        <translation>Bedre eller verre: vurderingen av et møtepunkt, alvorlighetsgraden til et veiskille</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ og −</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Flytt kartet</translation>
    </message>
    <message>
        <source>Space+drag or middle button</source>
        <translation>Mellomrom+dra eller midtknappen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+musehjulet</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <source>The next or the previous step along the flow</source>
        <translation>Neste eller forrige steg langs flyten</translation>
    </message>
    <message>
        <source>Page Down, Page Up or arrow keys</source>
        <translation>Page Down, Page Up eller piltastene</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Avslutt presentasjonen</translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation>Menykommandoer</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>About JourneyMapper</source>
        <translation>Om JourneyMapper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Design customer-journey maps: micro-journeys, crossroads, owners, and a PDF for leadership.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Lag kundereisekart: mikroreiser, veiskiller, eiere og en PDF til ledelsen.&lt;/p&gt;&lt;p&gt;Fri programvare under GNU GPL, versjon 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Laget med</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved.

Save them before closing?</source>
        <translation>«{0}» har endringer som ikke er lagret.

Vil du lagre dem før du lukker?</translation>
    </message>
</context>
<context>
    <name>MapLock</name>
    <message>
        <source>another copy</source>
        <translation>en annen kopi</translation>
    </message>
    <message>
        <source>on “{0}”, process {1}</source>
        <translation>på «{0}», prosess {1}</translation>
    </message>
    <message>
        <source>Map Already Open</source>
        <translation>Kartet er allerede åpent</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Two copies saving the same file overwrite each other's work.

Open it read-only? You can still make changes and save them under another name. Open it for editing only if that copy is gone (its computer crashed).</source>
        <translation>«{0}» er åpent for redigering i en annen kopi av JourneyMapper ({1}). To kopier som lagrer samme fil, overskriver hverandres arbeid.

Vil du åpne det skrivebeskyttet? Du kan likevel gjøre endringer og lagre dem under et annet navn. Åpne det for redigering bare hvis den kopien er borte (datamaskinen krasjet).</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open for &amp;Editing Anyway</source>
        <translation>Åpne for &amp;redigering likevel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OwnerDrop</name>
    <message>
        <source>Assign owner</source>
        <translation>Tildel eier</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>One open friction point</source>
        <translation>Ett åpent friksjonspunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n open friction points</source>
        <translation>
            <numerusform>%n åpent friksjonspunkt</numerusform>
            <numerusform>%n åpne friksjonspunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Gjenopprett ulagrede kart</translation>
    </message>
    <message>
        <source>JourneyMapper did not close properly last time. These maps had unsaved changes and were saved automatically. Tick the ones to reopen:</source>
        <translation>JourneyMapper ble ikke avsluttet ordentlig forrige gang. Disse kartene hadde ulagrede endringer og ble lagret automatisk. Kryss av dem du vil åpne igjen:</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Kart uten navn</translation>
    </message>
    <message>
        <source>never saved to a file</source>
        <translation>aldri lagret til fil</translation>
    </message>
    <message>
        <source>{0} — {1}
autosaved {2}</source>
        <translation>{0} — {1}
autolagret {2}</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <source>Discard Unsaved Maps?</source>
        <translation>Forkaste ulagrede kart?</translation>
    </message>
    <message numerus="yes">
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
        <source>New Journey Map</source>
        <translation>Nytt kundereisekart</translation>
    </message>
    <message>
        <source>Start from an empty stage model or from a sample map:</source>
        <translation>Start fra en tom fasemodell eller et eksempelkart:</translation>
    </message>
    <message>
        <source>Empty maps</source>
        <translation>Tomme kart</translation>
    </message>
    <message>
        <source>Sample maps</source>
        <translation>Eksempelkart</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>Weakest link of {journey}: {step} — {reason}.</source>
        <translation>Svakeste ledd i {journey}: {step} — {reason}.</translation>
    </message>
    <message>
        <source>Friction at {step}: severity {severity}, {status}{share}.</source>
        <translation>Friksjon ved {step}: alvorlighet {severity}, {status}{share}.</translation>
    </message>
    <message>
        <source>{journey} has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>{journey} har {total} veier fra inngang til utfall; de første {shown} er analysert.</translation>
    </message>
    <message>
        <source>{journey}: {entry} → {outcome} ({outcome_kind}) in {steps}: {details}.</source>
        <translation>{journey}: {entry} → {outcome} ({outcome_kind}) på {steps}: {details}.</translation>
    </message>
    <message>
        <source>{journey}: one more path ends in a complaint or churn.</source>
        <translation>{journey}: én vei til ender i en klage eller frafall.</translation>
    </message>
    <message>
        <source>{journey}: {count} more paths end in a complaint or churn.</source>
        <translation>{journey}: {count} veier til ender i en klage eller frafall.</translation>
    </message>
    <message>
        <source>The map has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>Kartet har {total} veier fra inngang til utfall; de første {shown} er analysert.</translation>
    </message>
    <message>
        <source>From {entry}: {odds}.</source>
        <translation>Fra {entry}: {odds}.</translation>
    </message>
    <message>
        <source>{step} ({word}) has no owner.</source>
        <translation>{step} ({word}) har ingen eier.</translation>
    </message>
    <message>
        <source>Hand-off from {source_owner} to {target_owner}: {source} → {target}.</source>
        <translation>Overlevering fra {source_owner} til {target_owner}: {source} → {target}.</translation>
    </message>
    <message>
        <source>Owners' share of the steps: {shares}.</source>
        <translation>Eiernes andel av stegene: {shares}.</translation>
    </message>
    <message>
        <source>The map has no arrows yet: join the steps to see paths, dead ends and odds.</source>
        <translation>Kartet har ingen piler ennå: koble sammen stegene for å se veier, blindveier og sannsynligheter.</translation>
    </message>
    <message>
        <source>No entry leads to {step}.</source>
        <translation>Ingen inngang fører til {step}.</translation>
    </message>
    <message>
        <source>Dead end: {step} leads nowhere and is not an outcome.</source>
        <translation>Blindvei: {step} fører ingen steder og er ikke et utfall.</translation>
    </message>
    <message>
        <source>Repurchase loop through {steps}: customers come back, which is fine.</source>
        <translation>Gjenkjøpssløyfe gjennom {steps}: kundene kommer tilbake, og det er bra.</translation>
    </message>
    <message>
        <source>Loop through {steps}: customers can go round in circles.</source>
        <translation>Sløyfe gjennom {steps}: kundene kan gå i ring.</translation>
    </message>
    <message>
        <source>Bottleneck: {share} of the paths ({count} of {total}) pass through {step}.</source>
        <translation>Flaskehals: {share} av veiene ({count} av {total}) går gjennom {step}.</translation>
    </message>
    <message>
        <source>Stage {stage} has no touchpoints.</source>
        <translation>Fasen {stage} har ingen møtepunkter.</translation>
    </message>
    <message>
        <source>The shares out of {step} add up to {total}, not 100 %.</source>
        <translation>Andelene ut fra {step} blir til sammen {total}, ikke 100 %.</translation>
    </message>
    <message>
        <source>No shares on the {count} arrows out of {step}: what happens after it is unknown.</source>
        <translation>Ingen andeler på de {count} pilene ut fra {step}: hva som skjer etterpå, er ukjent.</translation>
    </message>
    <message>
        <source>1 of the {count} arrows out of {step} has no share.</source>
        <translation>1 av de {count} pilene ut fra {step} har ingen andel.</translation>
    </message>
    <message>
        <source>{missing} of the {count} arrows out of {step} have no share.</source>
        <translation>{missing} av de {count} pilene ut fra {step} har ingen andel.</translation>
    </message>
    <message>
        <source>No touchpoint in {stage} has a feedback instrument: {steps}.</source>
        <translation>Ingen møtepunkter i {stage} har et verktøy for tilbakemelding: {steps}.</translation>
    </message>
    <message>
        <source>1 of the {count} touchpoints in {stage} has no feedback instrument: {steps}.</source>
        <translation>1 av de {count} møtepunktene i {stage} har ikke noe verktøy for tilbakemelding: {steps}.</translation>
    </message>
    <message>
        <source>{missing} of the {count} touchpoints in {stage} have no feedback instrument: {steps}.</source>
        <translation>{missing} av de {count} møtepunktene i {stage} har ikke noe verktøy for tilbakemelding: {steps}.</translation>
    </message>
    <message>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the provider, weak for the customer.</source>
        <translation>To par briller ved {step}: kundene gir {customer}, bedriften {provider} — bra for leverandøren, svakt for kunden.</translation>
    </message>
    <message>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the customer, a missed chance for the provider.</source>
        <translation>To par briller ved {step}: kundene gir {customer}, bedriften {provider} — bra for kunden, en tapt mulighet for leverandøren.</translation>
    </message>
    <message>
        <source>Drop? In {stage} the company spends effort{effort} on {activities}, but the customer meets no touchpoint there.</source>
        <translation>Droppe? I {stage} legger bedriften ned innsats{effort} på {activities}, men kunden møter ingen møtepunkter der.</translation>
    </message>
    <message>
        <source>Invest? In {stage} nobody backs {steps}: no company activity, no owner.</source>
        <translation>Investere? I {stage} er det ingen som støtter opp om {steps}: ingen aktivitet i bedriften, ingen eier.</translation>
    </message>
    <message>
        <source>Overdue since {due}: {action} at {step} ({who}).</source>
        <translation>Forsinket siden {due}: {action} ved {step} ({who}).</translation>
    </message>
    <message>
        <source>No due date: {action} at {step} ({who}).</source>
        <translation>Ingen frist: {action} ved {step} ({who}).</translation>
    </message>
    <message>
        <source>Due {due}: {action} at {step} ({who}).</source>
        <translation>Frist {due}: {action} ved {step} ({who}).</translation>
    </message>
    <message>
        <source>lowest customer rating ({rating})</source>
        <translation>laveste kundevurdering ({rating})</translation>
    </message>
    <message>
        <source>highest severity ({severity}, {status})</source>
        <translation>høyeste alvorlighet ({severity}, {status})</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>lojal</translation>
    </message>
    <message>
        <source>repurchase</source>
        <translation>gjenkjøp</translation>
    </message>
    <message>
        <source>recommend</source>
        <translation>anbefaler</translation>
    </message>
    <message>
        <source>complain</source>
        <translation>klager</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>frafall</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>møtepunkt</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>veiskille</translation>
    </message>
    <message>
        <source>an untitled micro-journey</source>
        <translation>en mikroreise uten navn</translation>
    </message>
    <message>
        <source>an untitled stage</source>
        <translation>en fase uten navn</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>an unnamed owner</source>
        <translation>en eier uten navn</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} og {more} til</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>, {share} take the bad branch</source>
        <translation>, {share} tar den dårlige grenen</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>for mange</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>ingen steg</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 steg</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} steg</translation>
    </message>
    <message>
        <source>no hand-offs</source>
        <translation>ingen overleveringer</translation>
    </message>
    <message>
        <source>1 hand-off</source>
        <translation>1 overlevering</translation>
    </message>
    <message>
        <source>{count} hand-offs</source>
        <translation>{count} overleveringer</translation>
    </message>
    <message>
        <source>{share} of the customers</source>
        <translation>{share} av kundene</translation>
    </message>
    <message>
        <source>worst severity {severity}</source>
        <translation>verste alvorlighet {severity}</translation>
    </message>
    <message>
        <source>lowest rating {rating}</source>
        <translation>laveste vurdering {rating}</translation>
    </message>
    <message>
        <source>{share} {outcome}</source>
        <translation>{share} {outcome}</translation>
    </message>
    <message>
        <source>{share} unknown (a share is missing)</source>
        <translation>{share} ukjent (en andel mangler)</translation>
    </message>
    <message>
        <source>{share} stop at a dead end</source>
        <translation>{share} stopper i en blindvei</translation>
    </message>
    <message>
        <source>{share} go round a loop</source>
        <translation>{share} går i en sløyfe</translation>
    </message>
    <message>
        <source>{share} unaccounted for (shares below 100 %)</source>
        <translation>{share} uforklart (andelene er under 100 %)</translation>
    </message>
    <message>
        <source>no outcome reached</source>
        <translation>ingen utfall nås</translation>
    </message>
    <message>
        <source>{owner} {share}</source>
        <translation>{owner} {share}</translation>
    </message>
    <message>
        <source> (effort {effort})</source>
        <translation> ({effort})</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Feeling</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Annonse</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Anmeldelser</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personlig oppmøte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>undersøkes</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>forbedres</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>løst</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>svært dårlig</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>nøytral</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>svært god</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Channel: {0}</source>
        <translation>Kanal: {0}</translation>
    </message>
    <message>
        <source>Customer: {0} ({1})</source>
        <translation>Kunden: {0} ({1})</translation>
    </message>
    <message>
        <source>Provider: {0} ({1})</source>
        <translation>Leverandøren: {0} ({1})</translation>
    </message>
    <message>
        <source>Feedback: {0}</source>
        <translation>Tilbakemelding: {0}</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>Company activity, effort {0}</source>
        <translation>Bedriftens aktivitet, innsats {0}</translation>
    </message>
    <message>
        <source>Opportunity: {0}</source>
        <translation>Mulighet: {0}</translation>
    </message>
    <message>
        <source>Severity {0}, {1}</source>
        <translation>Alvorlighet {0}, {1}</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Belegg: {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Tiltak: {0}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FORSINKET</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Frist {0}</translation>
    </message>
    <message>
        <source>{0}, {1} of customers</source>
        <translation>{0}, {1} av kundene</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Utfall: {0}</translation>
    </message>
    <message>
        <source>✓ good</source>
        <translation>✓ god</translation>
    </message>
    <message>
        <source>✗ bad</source>
        <translation>✗ dårlig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>nøytral</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}.</source>
        <translation>Svakeste ledd: {0} — {1}.</translation>
    </message>
    <message>
        <source>No steps in this micro-journey yet.</source>
        <translation>Ingen steg i denne mikroreisen ennå.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Fører til</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source> (company activity)</source>
        <translation> (bedriftens aktivitet)</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(tomt notat)</translation>
    </message>
    <message>
        <source>Touchpoint, stripe = owner</source>
        <translation>Møtepunkt, stripe = eier</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen eier</translation>
    </message>
    <message>
        <source>good outcome</source>
        <translation>godt utfall</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>frafall</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flyt</translation>
    </message>
    <message>
        <source>good branch</source>
        <translation>god gren</translation>
    </message>
    <message>
        <source>bad branch</source>
        <translation>dårlig gren</translation>
    </message>
    <message>
        <source>neutral branch</source>
        <translation>nøytral gren</translation>
    </message>
    <message>
        <source>Owners: </source>
        <translation>Eiere: </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>uten navn</translation>
    </message>
    <message>
        <source>+ {0} more (see the ownership matrix)</source>
        <translation>+ {0} til (se eierskapsmatrisen)</translation>
    </message>
    <message>
        <source>none named yet</source>
        <translation>ingen navngitt ennå</translation>
    </message>
    <message>
        <source>Crossroads, severity</source>
        <translation>Veiskille, alvorlighet</translation>
    </message>
    <message>
        <source>customer rating</source>
        <translation>kundens vurdering</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <source>feeling curve, −2 … +2 (tinted half = it hurts)</source>
        <translation>følelseskurve, −2 … +2 (farget halvdel = det gjør vondt)</translation>
    </message>
    <message>
        <source>Unnamed stage</source>
        <translation>Fase uten navn</translation>
    </message>
    <message>
        <source>Unnamed micro-journey</source>
        <translation>Mikroreise uten navn</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (fortsatt)</translation>
    </message>
    <message>
        <source> (continues)</source>
        <translation> (fortsetter)</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Hele kartet</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Del {0} av {1}</translation>
    </message>
    <message>
        <source>Stages →</source>
        <translation>Faser →</translation>
    </message>
    <message>
        <source>Micro-journeys ↓</source>
        <translation>Mikroreiser ↓</translation>
    </message>
    <message>
        <source>Part {0} · page {1}</source>
        <translation>Del {0} · side {1}</translation>
    </message>
    <message>
        <source>Journey owner: {0}</source>
        <translation>Eier av kundereisen: {0}</translation>
    </message>
    <message>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {0} pages</source>
        <translation>Hele kartet i ett blikk; det skrives ut lesbart i {0} deler på de neste {0} sidene</translation>
    </message>
    <message>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {1} pages</source>
        <translation>Hele kartet i ett blikk; det skrives ut lesbart i {0} deler på de neste {1} sidene</translation>
    </message>
    <message>
        <source>stage {0}</source>
        <translation>fase {0}</translation>
    </message>
    <message>
        <source>stages {0}–{1}</source>
        <translation>fase {0}–{1}</translation>
    </message>
    <message>
        <source>Part {0} of {1}: {2}</source>
        <translation>Del {0} av {1}: {2}</translation>
    </message>
    <message>
        <source>Where this page sits</source>
        <translation>Her er denne siden</translation>
    </message>
    <message>
        <source>part {0} of {1}</source>
        <translation>del {0} av {1}</translation>
    </message>
    <message>
        <source>parts {0}–{1} of {2}</source>
        <translation>del {0}–{1} av {2}</translation>
    </message>
    <message>
        <source>page {0} of </source>
        <translation>side {0} av </translation>
    </message>
    <message>
        <source>{0} stages, {1} micro-journeys, {2} touchpoints, {3} crossroads</source>
        <translation>{0} faser, {1} mikroreiser, {2} møtepunkter, {3} veiskiller</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ikke navngitt</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Kundereisekart</translation>
    </message>
    <message>
        <source>Customer-journey map: {0}</source>
        <translation>Kundereisekart: {0}</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>kundereise</translation>
    </message>
    <message>
        <source>journey map</source>
        <translation>kundereisekart</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>veiskille</translation>
    </message>
    <message>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>The whole map at a glance</source>
        <translation>Hele kartet i ett blikk</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>liggende</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>stående</translation>
    </message>
    <message>
        <source>The whole map is on one {0} sheet ({1}); print it at full size.</source>
        <translation>Hele kartet står på ett {0}-ark ({1}); skriv det ut i full størrelse.</translation>
    </message>
    <message>
        <source>The map is too big for one {0} sheet at a readable size; it is printed on {1} {0} sheets ({2}).</source>
        <translation>Kartet er for stort til ett {0}-ark i lesbar størrelse; det skrives ut på {1} {0}-ark ({2}).</translation>
    </message>
    <message>
        <source>Friction register</source>
        <translation>Friksjonsregister</translation>
    </message>
    <message>
        <source>Every crossroads on the map, worst first (unresolved before resolved, then severity, then the share taking the bad branch). Actions past their due date stand out on a tinted row.</source>
        <translation>Alle veiskiller på kartet, de verste først (uløste før løste, deretter etter alvorlighet, deretter etter andelen som tar den dårlige grenen). Tiltak som har passert fristen, står på en farget rad.</translation>
    </message>
    <message>
        <source>There are no crossroads on this map yet.</source>
        <translation>Det er ingen veiskiller på dette kartet ennå.</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Alv.</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Veiskille</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bad branch</source>
        <translation>Dårlig gren</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belegg</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Ownership matrix</source>
        <translation>Eierskapsmatrise</translation>
    </message>
    <message>
        <source>Touchpoints (▭) and open crossroads (◆) each owner holds in each stage. A row of blanks is an owner with nothing on this map; the last row, nobody, is the work no one owns.</source>
        <translation>Møtepunkter (▭) og åpne veiskiller (◆) som hver eier har i hver fase. En tom rad er en eier uten noe på dette kartet; den siste raden, ingen, er arbeidet som ingen eier.</translation>
    </message>
    <message>
        <source>The map has no stages yet.</source>
        <translation>Kartet har ingen faser ennå.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Sammendrag for ledelsen</translation>
    </message>
    <message>
        <source>journey owner {0}</source>
        <translation>eier av kundereisen: {0}</translation>
    </message>
    <message>
        <source>Micro-journeys</source>
        <translation>Mikroreiser</translation>
    </message>
    <message>
        <source>The map has no micro-journeys yet.</source>
        <translation>Kartet har ingen mikroreiser ennå.</translation>
    </message>
    <message>
        <source>{0} · company</source>
        <translation>{0} · bedriften</translation>
    </message>
    <message>
        <source>company activity</source>
        <translation>bedriftens aktivitet</translation>
    </message>
    <message>
        <source>unnamed owner</source>
        <translation>eier uten navn</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>… and {0} more — see {1}.</source>
        <translation>… og {0} til — se {1}.</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>micro-journeys</source>
        <translation>mikroreiser</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>møtepunkter</translation>
    </message>
    <message>
        <source>crossroads open</source>
        <translation>åpne veiskiller</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>eiere</translation>
    </message>
    <message>
        <source>unowned steps</source>
        <translation>steg uten eier</translation>
    </message>
    <message>
        <source>hand-offs</source>
        <translation>overleveringer</translation>
    </message>
    <message>
        <source>overdue actions</source>
        <translation>forsinkede tiltak</translation>
    </message>
    <message>
        <source>The ten worst friction points</source>
        <translation>De ti verste friksjonspunktene</translation>
    </message>
    <message>
        <source>No open crossroads: nothing turns customers away on this map yet.</source>
        <translation>Ingen åpne veiskiller: ingenting driver kundene bort på dette kartet ennå.</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Neste tiltak</translation>
    </message>
    <message>
        <source>At crossroads</source>
        <translation>Ved veiskille</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>the friction register</source>
        <translation>friksjonsregisteret</translation>
    </message>
    <message>
        <source>No actions written down at the open crossroads yet.</source>
        <translation>Ingen tiltak er skrevet ned ved de åpne veiskillene ennå.</translation>
    </message>
    <message>
        <source>The weakest link of each micro-journey</source>
        <translation>Det svakeste leddet i hver mikroreise</translation>
    </message>
    <message>
        <source>no rated step yet.</source>
        <translation>ingen vurderte steg ennå.</translation>
    </message>
    <message>
        <source>the micro-journey sections</source>
        <translation>avsnittene om mikroreisene</translation>
    </message>
    <message>
        <source>Unowned touchpoints and crossroads ({0})</source>
        <translation>Møtepunkter og veiskiller uten eier ({0})</translation>
    </message>
    <message>
        <source>the ownership matrix</source>
        <translation>eierskapsmatrisen</translation>
    </message>
    <message>
        <source>Every touchpoint and crossroads has an owner.</source>
        <translation>Alle møtepunkter og veiskiller har en eier.</translation>
    </message>
    <message>
        <source>Hand-offs between owners ({0})</source>
        <translation>Overleveringer mellom eiere ({0})</translation>
    </message>
    <message>
        <source>No hand-offs: each journey stays with one owner.</source>
        <translation>Ingen overleveringer: hver reise blir hos én eier.</translation>
    </message>
    <message>
        <source>unnamed stage</source>
        <translation>fase uten navn</translation>
    </message>
    <message>
        <source>unnamed micro-journey</source>
        <translation>mikroreise uten navn</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The page is too small to print the map readably; choose a larger paper size.</source>
        <translation>Siden er for liten til å skrive ut kartet lesbart; velg et større papirformat.</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>lojal</translation>
    </message>
    <message>
        <source>repurchase</source>
        <translation>gjenkjøp</translation>
    </message>
    <message>
        <source>recommend</source>
        <translation>anbefaler</translation>
    </message>
    <message>
        <source>complain</source>
        <translation>klager</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>spørreundersøkelse</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>intervju</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>data</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Touchpoint</source>
        <translation>Møtepunkt</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>møtepunkt</translation>
    </message>
    <message>
        <source>Add &amp;Touchpoint</source>
        <translation>Legg til &amp;møtepunkt</translation>
    </message>
    <message>
        <source>an untitled touchpoint</source>
        <translation>et møtepunkt uten navn</translation>
    </message>
    <message>
        <source>(untitled touchpoint)</source>
        <translation>(møtepunkt uten tittel)</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Veiskille</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>veiskille</translation>
    </message>
    <message>
        <source>Add &amp;Crossroads</source>
        <translation>Legg til &amp;veiskille</translation>
    </message>
    <message>
        <source>an untitled crossroads</source>
        <translation>et veiskille uten navn</translation>
    </message>
    <message>
        <source>(untitled crossroads)</source>
        <translation>(veiskille uten tittel)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>Add &amp;Outcome</source>
        <translation>Legg til &amp;utfall</translation>
    </message>
    <message>
        <source>an untitled outcome</source>
        <translation>et utfall uten navn</translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation>(utfall uten tittel)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Legg til &amp;notat</translation>
    </message>
    <message>
        <source>an untitled note</source>
        <translation>et notat uten navn</translation>
    </message>
    <message>
        <source>(untitled note)</source>
        <translation>(notat uten tittel)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>JourneyMapper cannot open its window: no display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen.</source>
        <translation>JourneyMapper kan ikke åpne vinduet sitt: ingen skjerm ble funnet (DISPLAY og WAYLAND_DISPLAY er ikke satt). Start programmet fra en skrivebordsøkt, eller sett QT_QPA_PLATFORM=offscreen for å kjøre det uten skjerm.</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Forbedringstiltak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Weakest links</source>
        <translation>Svakeste ledd</translation>
    </message>
    <message>
        <source>Paths to churn</source>
        <translation>Veier til frafall</translation>
    </message>
    <message>
        <source>Unowned steps</source>
        <translation>Steg uten eier</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Overleveringer</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Branch shares</source>
        <translation>Andeler i forgreninger</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Two pairs of glasses</source>
        <translation>To par briller</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gapanalyse</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Neste tiltak</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>oransje</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>himmelblå</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>blågrønn</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blå</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>cinnoberrød</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>rødlilla</translation>
    </message>
    <message>
        <source>black</source>
        <translation>svart</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Ingen kanal</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reklame</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Anmeldelsesside</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Selger</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personlig oppmøte</translation>
    </message>
    <message>
        <source>The product itself</source>
        <translation>Selve produktet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>No feedback collected</source>
        <translation>Ingen tilbakemelding samlet inn</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Satisfaction score (CSAT)</source>
        <translation>Tilfredshet (CSAT)</translation>
    </message>
    <message>
        <source>Effort score (CES)</source>
        <translation>Innsatsscore (CES)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørreundersøkelse</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Bruksdata</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Undersøkes</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Forbedres</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Lojal</translation>
    </message>
    <message>
        <source>Buys again</source>
        <translation>Kjøper igjen</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Anbefaler</translation>
    </message>
    <message>
        <source>Complains</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Leaves (churn)</source>
        <translation>Forsvinner (frafall)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Good ✓</source>
        <translation>God ✓</translation>
    </message>
    <message>
        <source>Bad ✗</source>
        <translation>Dårlig ✗</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Nøytral</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Forgrening</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>svært dårlig</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>nøytral</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>svært god</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Three stages</source>
        <translation>Tre faser</translation>
    </message>
    <message>
        <source>Before, during and after the purchase.</source>
        <translation>Før, under og etter kjøpet.</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Før kjøpet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under kjøpet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Etter kjøpet</translation>
    </message>
    <message>
        <source>Five stages</source>
        <translation>Fem faser</translation>
    </message>
    <message>
        <source>Awareness, evaluation, purchase, use, repurchase and recommendation.</source>
        <translation>Oppmerksomhet, vurdering, kjøp, bruk, gjenkjøp og anbefaling.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Oppmerksomhet</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Repurchase and recommendation</source>
        <translation>Gjenkjøp og anbefaling</translation>
    </message>
    <message>
        <source>Seven stages (B2B)</source>
        <translation>Sju faser (B2B)</translation>
    </message>
    <message>
        <source>The seven phases of a business purchase.</source>
        <translation>De sju fasene i et bedriftskjøp.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Utløser</translation>
    </message>
    <message>
        <source>First interest</source>
        <translation>Første interesse</translation>
    </message>
    <message>
        <source>Active evaluation</source>
        <translation>Aktiv vurdering</translation>
    </message>
    <message>
        <source>Purchase decision</source>
        <translation>Kjøpsbeslutning</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundeopplevelse</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Lojalitet</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroreise</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <source>Cannot Open Map</source>
        <translation>Kan ikke åpne kartet</translation>
    </message>
    <message>
        <source>A new map from the template “{0}”. Save asks where to keep it.</source>
        <translation>Et nytt kart fra malen «{0}». Lagre spør hvor det skal lagres.</translation>
    </message>
    <message>
        <source>Cannot Recover Map</source>
        <translation>Kan ikke gjenopprette kartet</translation>
    </message>
    <message>
        <source>Recovered from the autosave of {0}. Save to keep it.</source>
        <translation>Gjenopprettet fra autolagringen kl. {0}. Lagre for å beholde det.</translation>
    </message>
</context>
</TS>