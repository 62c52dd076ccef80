<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
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
        <source>Type a date, {0} or {1}; Up and Down step a day, Alt+Down opens the calendar; empty: no date</source>
        <translation>Skriv en dato, {0} eller {1}; pil opp og ned går en dag, Alt+pil ned åpner kalenderen; tomt: ingen dato</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Velg datoen i en kalender (Alt+pil ned)</translation>
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
        <source>The room&apos;s votes in the latest dot-voting round about the point</source>
        <translation>Rommets stemmer i den siste prikkavstemningen om punktet</translation>
    </message>
    <message>
        <source>Not voted on yet</source>
        <translation>Ikke stemt over ennå</translation>
    </message>
    <message>
        <source>{0} of {1} votes in “{2}” {3}</source>
        <translation>{0} av {1} stemmer i «{2}» {3}</translation>
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
        <source>Show only this owner&apos;s crossroads; the map dims everything else, as Ownership&apos;s “Show only” does</source>
        <translation>Vis bare denne eierens veiskiller; kartet demper alt annet, slik «Vis bare» under Eierskap gjør</translation>
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
        <source>&lt;b&gt;Every percent says of whom.&lt;/b&gt; A branch&apos;s share (on an arrow) is of the customers who reach its crossroads. The odds and the paths of a micro-journey are of the customers entering it. Where a micro-journey starts inside another (lost luggage inside the flight), its numbers are also given as shares of all customers entering that one: 35 % of those with a missing bag can be 0.25 % of all flyers.</source>
        <translation>&lt;b&gt;Hver prosent sier hvem den gjelder.&lt;/b&gt; Andelen på en gren (en pil) gjelder kundene som kommer til veiskillet. Sjansene og stiene i en mikroreise gjelder kundene som går inn i den. Der en mikroreise starter inne i en annen (bortkommen bagasje inne i flyreisen), oppgis tallene også som andeler av alle kundene som går inn i den: 35 % av dem som mangler en bag kan være 0,25 % av alle som flyr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;An outcome&apos;s own share&lt;/b&gt; (the percent on the outcome) is read as of the customers entering its micro-journey. Where the branch shares give another number, &lt;i&gt;Branch shares&lt;/i&gt; says so, with both numbers.</source>
        <translation>&lt;b&gt;Et utfalls egen andel&lt;/b&gt; (prosenten på utfallet) leses som en andel av kundene som går inn i mikroreisen det ligger i. Der andelene i forgreningene gir et annet tall, sier &lt;i&gt;Andeler i forgreninger&lt;/i&gt; fra, med begge tallene.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest link.&lt;/b&gt; A journey is only as good as the step that hurts most. Ratings and severities share one 1–5 scale: a rated touchpoint hurts 3 minus its rating (−2 hurts 5, +2 hurts 1), a crossroads that is not resolved hurts its severity. The highest hurt is the weakest link of each micro-journey; steps that hurt alike are reported as a tie. Unrated touchpoints, resolved crossroads and outcomes do not take part.</source>
        <translation>&lt;b&gt;Svakeste ledd.&lt;/b&gt; En reise er aldri bedre enn steget som gjør mest vondt. Vurderinger og alvorlighet deler én skala fra 1 til 5: et vurdert møtepunkt gjør vondt 3 minus vurderingen (−2 gir 5, +2 gir 1), et veiskille som ikke er løst gjør vondt med sin alvorlighet. Det høyeste tallet er det svakeste leddet i hver mikroreise; steg som gjør like vondt, meldes som delt plass. Møtepunkter uten vurdering, løste veiskiller og utfall er ikke med.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No outcome drawn.&lt;/b&gt; Where a journey stops at a step with no arrow out, the customers who get there reach the end of what is drawn: that says nothing about them, only that the map does not show what happens next.</source>
        <translation>&lt;b&gt;Intet utfall tegnet.&lt;/b&gt; Der en reise stopper ved et steg uten pil ut, når kundene som kommer dit slutten av det som er tegnet: det sier ingenting om dem, bare at kartet ikke viser hva som skjer videre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap analysis.&lt;/b&gt; Per stage, the company&apos;s activities against the customer&apos;s touchpoints. A stage with touchpoints but no company activity marked has no data (not &quot;ok&quot;). Each hour of effort counts once: a note&apos;s effort counts only where no touchpoint of its stage and micro-journey carries effort; beside such touchpoints it is shown, not added.</source>
        <translation>&lt;b&gt;Gapanalyse.&lt;/b&gt; Fase for fase: bedriftens aktiviteter mot kundens møtepunkter. En fase med møtepunkter, men uten noe merket som bedriftens aktivitet, har ingen data (ikke «ok»). Hver time innsats telles én gang: innsatsen på et notat telles bare der ingen møtepunkter i samme fase og mikroreise har innsats; ved siden av slike møtepunkter vises den, men legges ikke til.</translation>
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
        <source>How it counts</source>
        <translation>Slik telles det</translation>
    </message>
    <message>
        <source>What each percent is a share of, the weakest-link rule and how effort is counted</source>
        <translation>Hva hver prosent er en andel av, regelen for svakeste ledd og hvordan innsats telles</translation>
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
        <source>The company&apos;s effort on this activity (hours, days or cost: use one unit across the map)</source>
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
        <source>Customer&apos;s rating</source>
        <translation>Kundens vurdering</translation>
    </message>
    <message>
        <source>Provider&apos;s rating</source>
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
        <source>Dim everything except this owner&apos;s items and bring them into view, so an owner can work through their own points (also My items and the register follow).</source>
        <translation>Demp alt unntatt denne eierens punkter og vis dem alle på kartet, så en eier kan gå gjennom sine egne punkter (Mine punkter og registeret følger med).</translation>
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
        <source>Show only this owner&apos;s items</source>
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
    <message>
        <source>Severity {0} of 5</source>
        <translation>Alvorlighet {0} av 5</translation>
    </message>
    <message>
        <source>Not for a {0}</source>
        <translation>Gjelder ikke for {0}</translation>
    </message>
    <message>
        <source>My items</source>
        <translation>Mine punkter</translation>
    </message>
    <message>
        <source>Whose items: the map dims everything else and shows them all; Ownership and the friction register show the same owner</source>
        <translation>Hvem sine punkter: kartet demper alt annet og viser alle punktene; Eierskap og friksjonsregisteret viser samme eier</translation>
    </message>
    <message>
        <source>Choose an owner to list everything they own — their touchpoints and crossroads, overdue first — and edit it here: Enter edits a field, Tab goes on to the next one.</source>
        <translation>Velg en eier for å se alt eieren har ansvar for — møtepunkter og veiskiller, forsinkede først — og rediger det her: Enter redigerer et felt, Tab går videre til neste.</translation>
    </message>
    <message>
        <source>Choose an owner…</source>
        <translation>Velg en eier …</translation>
    </message>
    <message>
        <source>Nobody (unowned)</source>
        <translation>Ingen (uten eier)</translation>
    </message>
    <message>
        <source>Touchpoints: {0} · Crossroads: {1}</source>
        <translation>Møtepunkter: {0} · Veiskiller: {1}</translation>
    </message>
    <message>
        <source>{0} overdue: {1}</source>
        <translation>{0} forsinket: {1}</translation>
    </message>
    <message>
        <source>{0} of the customers who reach this crossroads take this branch</source>
        <translation>{0} av kundene som kommer til dette veiskillet, tar denne grenen</translation>
    </message>
    <message>
        <source>{0} of the customers who reach the step before take this arrow</source>
        <translation>{0} av kundene som kommer til steget før, følger denne pilen</translation>
    </message>
    <message>
        <source>{0} of the customers entering this micro-journey end here (stated on the map)</source>
        <translation>{0} av kundene som går inn i denne mikroreisen, ender her (oppgitt på kartet)</translation>
    </message>
    <message>
        <source>{0} of the customers entering ‘{1}’ end here (stated on the map)</source>
        <translation>{0} av kundene som går inn i ‘{1}’, ender her (oppgitt på kartet)</translation>
    </message>
    <message>
        <source>‘{0}’</source>
        <translation>«{0}»</translation>
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
        <source>Tidy the selected step&apos;s micro-journey, or the whole map</source>
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
    <message>
        <source>Some Characters Are Missing</source>
        <translation>Noen tegn mangler</translation>
    </message>
    <message>
        <source>The PDF was written to “{0}”.</source>
        <translation>PDF-en ble skrevet til «{0}».</translation>
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
    <name>FindBar</name>
    <message>
        <source>Find a step, a question or an owner</source>
        <translation>Finn et steg, et spørsmål eller en eier</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Forrige treff (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Neste treff (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Lukk (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} av {1}</translation>
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
        <source>&amp;Find…</source>
        <translation>&amp;Finn …</translation>
    </message>
    <message>
        <source>Find a step by its name, question, description or owner</source>
        <translation>Finn et steg etter navn, spørsmål, beskrivelse eller eier</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Finn &amp;neste</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Finn fo&amp;rrige</translation>
    </message>
    <message>
        <source>{0} Minutes</source>
        <translation>{0} minutter</translation>
    </message>
    <message>
        <source>Count down {0} minutes, large on the map</source>
        <translation>Tell ned {0} minutter, med store tall på kartet</translation>
    </message>
    <message>
        <source>&amp;Other Length…</source>
        <translation>&amp;Annen lengde …</translation>
    </message>
    <message>
        <source>Count down a length you type, such as 7 or 7:30</source>
        <translation>Tell ned en tid du skriver inn, for eksempel 7 eller 7:30</translation>
    </message>
    <message>
        <source>Start, &amp;Pause or Resume the Timer</source>
        <translation>Start, &amp;pause eller fortsett tidtakeren</translation>
    </message>
    <message>
        <source>&amp;Reset the Timer</source>
        <translation>&amp;Tilbakestill tidtakeren</translation>
    </message>
    <message>
        <source>Back to the whole length, not running</source>
        <translation>Tilbake til hele tiden, stoppet</translation>
    </message>
    <message>
        <source>Put the Timer &amp;Away</source>
        <translation>&amp;Fjern tidtakeren</translation>
    </message>
    <message>
        <source>&amp;Counts on the Map</source>
        <translation>T&amp;all på kartet</translation>
    </message>
    <message>
        <source>Open friction points in a corner of the map</source>
        <translation>Åpne friksjonspunkter i et hjørne av kartet</translation>
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
        <source>Tim&amp;er</source>
        <translation>Ti&amp;dtaker</translation>
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
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Close the voting round first (Map › Close Voting Round): the language is changed by making the window anew, and the phones&apos; votes belong to this one.</source>
        <translation>Avslutt avstemningsrunden først (Kart › Avslutt avstemningsrunden): språket byttes ved at vinduet lages på nytt, og telefonenes stemmer hører til dette vinduet.</translation>
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
        <source>M&amp;y Items…</source>
        <translation>Mine &amp;punkter …</translation>
    </message>
    <message>
        <source>Everything one owner holds, edited in one table</source>
        <translation>Alt én eier har ansvar for, redigert i én tabell</translation>
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
        <source>Edit the selected step&apos;s text, or rename the selected stage or micro-journey</source>
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
        <source>Better or worse: a touchpoint&apos;s rating, a crossroads&apos; severity</source>
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
        <source>My items and the friction register</source>
        <translation>Mine punkter og friksjonsregisteret</translation>
    </message>
    <message>
        <source>Edit the field in the table, or keep the change</source>
        <translation>Rediger feltet i tabellen, eller behold endringen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keep the change and edit the next field an owner keeps</source>
        <translation>Behold endringen og rediger neste felt eieren har ansvar for</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab eller Shift+Tab</translation>
    </message>
    <message>
        <source>In the find bar (Ctrl+F)</source>
        <translation>I søkefeltet (Ctrl+F)</translation>
    </message>
    <message>
        <source>The next or the previous match</source>
        <translation>Neste eller forrige treff</translation>
    </message>
    <message>
        <source>Enter or Shift+Enter</source>
        <translation>Enter eller Shift+Enter</translation>
    </message>
    <message>
        <source>Close the find bar, back to the map</source>
        <translation>Lukk søkefeltet, tilbake til kartet</translation>
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
    <name>MapCounts</name>
    <message>
        <source>No open friction points</source>
        <translation>Ingen åpne friksjonspunkter</translation>
    </message>
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
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Two copies saving the same file overwrite each other&apos;s work.

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
    <name>TimerOverlay</name>
    <message>
        <source>Pause or resume the timer</source>
        <translation>Pause eller fortsett tidtakeren</translation>
    </message>
    <message>
        <source>Back to the whole length</source>
        <translation>Tilbake til hele tiden</translation>
    </message>
    <message>
        <source>Put the timer away</source>
        <translation>Fjern tidtakeren</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>Minutes, or minutes and seconds such as 7:30:</source>
        <translation>Minutter, eller minutter og sekunder som 7:30:</translation>
    </message>
    <message>
        <source>Start the Timer</source>
        <translation>Start tidtakeren</translation>
    </message>
    <message>
        <source>“{0}” is not a length of time. Minutes, or minutes and seconds such as 7:30:</source>
        <translation>«{0}» er ikke en tidslengde. Minutter, eller minutter og sekunder som 7:30:</translation>
    </message>
</context>
<context>
    <name>VoteOverlay</name>
    <message>
        <source>Scan the code or type the address on your phone:</source>
        <translation>Skann koden eller skriv adressen på telefonen:</translation>
    </message>
    <message>
        <source>Votes are entered on this computer.</source>
        <translation>Stemmene føres inn på denne maskinen.</translation>
    </message>
    <message>
        <source>+ and − on a selected step add or take back a vote here.</source>
        <translation>+ og − på et valgt steg gir eller trekker tilbake en stemme her.</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translation>Skjul koden</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 stemme</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} fra {1}</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Vis koden</translation>
    </message>
</context>
<context>
    <name>VoteRoundDialog</name>
    <message>
        <source>Start Dot Voting</source>
        <translation>Start prikkavstemning</translation>
    </message>
    <message>
        <source>Which friction points matter most?</source>
        <translation>Hvilke friksjonspunkter betyr mest?</translation>
    </message>
    <message>
        <source>The map&apos;s unresolved crossroads ({0})</source>
        <translation>Kartets uløste veiskiller ({0})</translation>
    </message>
    <message>
        <source>The selected steps ({0})</source>
        <translation>De valgte stegene ({0})</translation>
    </message>
    <message>
        <source>A person may put several votes on one step</source>
        <translation>En person kan gi flere stemmer til ett steg</translation>
    </message>
    <message>
        <source>{0} — this computer only</source>
        <translation>{0} — bare denne maskinen</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No network: enter the votes on this computer</source>
        <translation>Uten nettverk: før inn stemmene på denne maskinen</translation>
    </message>
    <message>
        <source>Phones on the chosen network open the voting page from the QR code shown on the map. Only the steps&apos; names are shown to them; nothing else of the map, and no one&apos;s name, leaves this computer. The page closes with the round.</source>
        <translation>Telefoner på det valgte nettverket åpner avstemningssiden fra QR-koden som vises på kartet. De ser bare stegenes navn; ingenting annet fra kartet, og ingens navn, forlater denne maskinen. Siden lukkes når runden avsluttes.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>Stem over</translation>
    </message>
    <message>
        <source>&amp;Votes per person</source>
        <translation>St&amp;emmer per person</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Nettverk</translation>
    </message>
    <message>
        <source>&amp;Start Voting</source>
        <translation>&amp;Start avstemningen</translation>
    </message>
</context>
<context>
    <name>VotingRoom</name>
    <message>
        <source>Start &amp;Dot Voting…</source>
        <translation>Start pri&amp;kkavstemning …</translation>
    </message>
    <message>
        <source>Let the room vote on the crossroads from their phones (or enter votes here)</source>
        <translation>La rommet stemme over veiskillene fra telefonene sine (eller før inn stemmer her)</translation>
    </message>
    <message>
        <source>Close Voting &amp;Round</source>
        <translation>&amp;Avslutt avstemningsrunden</translation>
    </message>
    <message>
        <source>End the vote and keep the result in the map</source>
        <translation>Avslutt avstemningen og ta vare på resultatet i kartet</translation>
    </message>
    <message>
        <source>Start Dot Voting</source>
        <translation>Start prikkavstemning</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: add crossroads to the map, or select the steps the room should vote on.</source>
        <translation>Det er ingenting å stemme over ennå: legg til veiskiller i kartet, eller velg stegene rommet skal stemme over.</translation>
    </message>
    <message>
        <source>A round can put at most {0} steps to the vote ({1} were chosen): select the steps the room should vote on.</source>
        <translation>En runde kan legge høyst {0} steg ut til avstemning ({1} ble valgt): velg stegene rommet skal stemme over.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkavstemning</translation>
    </message>
    <message>
        <source>Cannot Start Dot Voting</source>
        <translation>Kan ikke starte prikkavstemning</translation>
    </message>
    <message>
        <source>The voting page could not be offered on {0}: {1}. Choose another network, or enter the votes on this computer.</source>
        <translation>Avstemningssiden kunne ikke tilbys på {0}: {1}. Velg et annet nettverk, eller før inn stemmene på denne maskinen.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>denne maskinen</translation>
    </message>
    <message>
        <source>Dot voting is open on {0}.</source>
        <translation>Prikkavstemningen er åpen på {0}.</translation>
    </message>
    <message>
        <source>The voting round closed without votes; nothing was stored.</source>
        <translation>Avstemningsrunden ble avsluttet uten stemmer; ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Store Voting Round “{0}”</source>
        <translation>Lagre avstemningsrunden «{0}»</translation>
    </message>
    <message>
        <source>Voting round stored: {0} votes from {1} people.</source>
        <translation>Avstemningsrunden er lagret: {0} stemmer fra {1} personer.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>Weakest link of {journey}: {step} — {reason}.</source>
        <translation>Svakeste ledd i {journey}: {step} — {reason}.</translation>
    </message>
    <message>
        <source>Weakest link of {journey}: {count} steps tie, each hurting {hurt} on the 1–5 scale: {steps}.</source>
        <translation>Svakeste ledd i {journey}: {count} steg deler plassen, hvert gjør vondt {hurt} på skalaen 1–5: {steps}.</translation>
    </message>
    <message>
        <source>{step} — {reason}</source>
        <translation>{step} — {reason}</translation>
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
        <source>{step} ({word}) has no owner.</source>
        <translation>{step} ({word}) har ingen eier.</translation>
    </message>
    <message>
        <source>Hand-off from {source_owner} to {target_owner}: {source} → {target}.</source>
        <translation>Overlevering fra {source_owner} til {target_owner}: {source} → {target}.</translation>
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
        <source>Repurchase loop through {steps}: customers come back, which is fine.</source>
        <translation>Gjenkjøpssløyfe gjennom {steps}: kundene kommer tilbake, og det er bra.</translation>
    </message>
    <message>
        <source>Loop through {steps}: customers can go round in circles.</source>
        <translation>Sløyfe gjennom {steps}: kundene kan gå i ring.</translation>
    </message>
    <message>
        <source>Of the customers entering {journey} at {entry}: {odds}.</source>
        <translation>Av kundene som går inn i {journey} ved {entry}: {odds}.</translation>
    </message>
    <message>
        <source>Of the customers entering {journey} at {entry}: {odds}. {upstream}</source>
        <translation>Av kundene som går inn i {journey} ved {entry}: {odds}. {upstream}</translation>
    </message>
    <message>
        <source>Owners&apos; share of the map&apos;s {count} touchpoints and crossroads: {shares}.</source>
        <translation>Eiernes andel av kartets {count} møtepunkter og veiskiller: {shares}.</translation>
    </message>
    <message>
        <source>{journey} ends at {step} with no outcome drawn: draw where the customers go next (an outcome, or the next micro-journey).</source>
        <translation>{journey} slutter ved {step} uten at noe utfall er tegnet: tegn hvor kundene går videre (et utfall eller neste mikroreise).</translation>
    </message>
    <message>
        <source>Bottleneck: {share} of the map&apos;s paths from an entry to an outcome ({count} of {total}) pass through {step}.</source>
        <translation>Flaskehals: {share} av kartets stier fra en inngang til et utfall ({count} av {total}) går gjennom {step}.</translation>
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
        <source>No company activities are marked in {stages}: the gap analysis has no data there (mark the touchpoints or notes the company works on as company activities).</source>
        <translation>Ingenting er merket som bedriftens aktivitet i {stages}: gapanalysen har ingen data der (merk møtepunktene eller notatene bedriften jobber med som bedriftens aktivitet).</translation>
    </message>
    <message>
        <source>No company activities are marked on the map: the gap analysis has no data (mark the touchpoints or notes the company works on as company activities).</source>
        <translation>Ingenting er merket som bedriftens aktivitet på kartet: gapanalysen har ingen data (merk møtepunktene eller notatene bedriften jobber med som bedriftens aktivitet).</translation>
    </message>
    <message>
        <source>The effort on the note {note} ({effort}) is not added to {stage}: touchpoints of {journey} there already carry effort ({touchpoint_effort}), and the map cannot tell whether it is the same work. Put the effort on the touchpoints it belongs to, or keep the note where no touchpoint carries effort.</source>
        <translation>Innsatsen på notatet {note} ({effort}) legges ikke til i {stage}: møtepunkter i {journey} der har allerede innsats ({touchpoint_effort}), og kartet kan ikke se om det er det samme arbeidet. Legg innsatsen på møtepunktene den hører til, eller ha notatet der ingen møtepunkter har innsats.</translation>
    </message>
    <message>
        <source>{outcome} says {stated} of the customers end there, but the branch shares give {computed}.</source>
        <translation>{outcome} sier at {stated} av kundene ender der, men andelene i forgreningene gir {computed}.</translation>
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
        <source>‘{name}’</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>, {share} of the customers who reach it take the bad branch</source>
        <translation>, {share} av kundene som kommer dit, tar den dårlige grenen</translation>
    </message>
    <message>
        <source>, {share} of the customers who reach it take the bad branch ({bases})</source>
        <translation>, {share} av kundene som kommer dit, tar den dårlige grenen ({bases})</translation>
    </message>
    <message>
        <source>{share} reach a step with no outcome drawn after it</source>
        <translation>{share} kommer til et steg uten noe utfall tegnet etter seg</translation>
    </message>
    <message>
        <source>{share} reach {step}, where {journey} ends with no outcome drawn</source>
        <translation>{share} kommer til {step}, der {journey} slutter uten at noe utfall er tegnet</translation>
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
        <source>{title} ({day}): {votes} from {people} on {steps}.</source>
        <translation>{title} ({day}): {votes} fra {people} på {steps}.</translation>
    </message>
    <message>
        <source>{title}: {votes} from {people} on {steps}.</source>
        <translation>{title}: {votes} fra {people} på {steps}.</translation>
    </message>
    <message>
        <source>{rank}. {step}: {votes} ({share} of the votes).</source>
        <translation>{rank}. {step}: {votes} ({share} av stemmene).</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkavstemning</translation>
    </message>
    <message>
        <source>one vote</source>
        <translation>én stemme</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} stemmer</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>én person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personer</translation>
    </message>
    <message>
        <source>one step</source>
        <translation>ett steg</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} steg</translation>
    </message>
    <message>
        <source>‘{label}’ (no longer on the map)</source>
        <translation>«{label}» (ikke lenger i kartet)</translation>
    </message>
    <message>
        <source>an untitled step</source>
        <translation>et steg uten navn</translation>
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
        <source>{share} of the customers entering {journey}</source>
        <translation>{share} av kundene som går inn i {journey}</translation>
    </message>
    <message>
        <source>{share} of the customers entering {journey} ({upstream})</source>
        <translation>{share} av kundene som går inn i {journey} ({upstream})</translation>
    </message>
    <message>
        <source>{share} of all customers entering {journey}</source>
        <translation>{share} av alle kundene som går inn i {journey}</translation>
    </message>
    <message>
        <source>an unknown share of all customers entering {journey} (a share is missing on the way)</source>
        <translation>en ukjent andel av alle kundene som går inn i {journey} (en andel mangler på veien)</translation>
    </message>
    <message>
        <source>everyone entering {journeys} reaches it</source>
        <translation>alle som går inn i {journeys}, kommer dit</translation>
    </message>
    <message>
        <source>{journey} at {entry}</source>
        <translation>{journey} ved {entry}</translation>
    </message>
    <message>
        <source>Of all customers entering {journey}, {reach} get here: {odds}.</source>
        <translation>Av alle kundene som går inn i {journey}, kommer {reach} hit: {odds}.</translation>
    </message>
    <message>
        <source>How many of all customers entering {journey} get here is unknown: a share is missing on the way.</source>
        <translation>Hvor mange av alle kundene som går inn i {journey}, som kommer hit, er ukjent: en andel mangler på veien.</translation>
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
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>posisjonsargumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjelpeteksten og avslutt</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: feil: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>følgende argumenter mangler: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-verdi: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventet ett argument</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tillatt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig valg: %(option)s kan bety %(matches)s</translation>
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
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>touchpoints:</source>
        <translation>møtepunkter:</translation>
    </message>
    <message>
        <source>crossroads:</source>
        <translation>veiskiller:</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>utfall:</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>notater:</translation>
    </message>
    <message>
        <source>stages:</source>
        <translation>faser:</translation>
    </message>
    <message>
        <source>micro-journeys:</source>
        <translation>mikroreiser:</translation>
    </message>
    <message>
        <source>arrows:</source>
        <translation>piler:</translation>
    </message>
    <message>
        <source>owners:</source>
        <translation>eiere:</translation>
    </message>
    <message>
        <source>journey owner:</source>
        <translation>eier av kundereisen:</translation>
    </message>
    <message>
        <source>{file}: OK — {title}</source>
        <translation>{file}: OK — {title}</translation>
    </message>
    <message>
        <source>{file} already exists; use --force to replace it.</source>
        <translation>{file} finnes allerede; bruk --force for å erstatte den.</translation>
    </message>
    <message>
        <source>Wrote {file} from the template “{template}”.</source>
        <translation>Skrev {file} fra malen «{template}».</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Kan ikke skrive {file}: {reason}</translation>
    </message>
    <message>
        <source>The analysis report is not available in this version.</source>
        <translation>Analyserapporten finnes ikke i denne versjonen.</translation>
    </message>
    <message>
        <source>Cannot export to “{file}”: JourneyMapper writes a .pdf (the leadership PDF), a .png or an .svg (the map as a picture). Name one of those.</source>
        <translation>Kan ikke eksportere til «{file}»: JourneyMapper skriver en .pdf (PDF-en til ledelsen), en .png eller en .svg (kartet som bilde). Oppgi en av dem.</translation>
    </message>
    <message>
        <source>--scale and --large-print are for pictures (.png, .svg); the PDF has its own layout. Leave them out, or name a .png or .svg after -o.</source>
        <translation>--scale og --large-print gjelder bilder (.png, .svg); PDF-en har sin egen layout. Utelat dem, eller oppgi en .png eller .svg etter -o.</translation>
    </message>
    <message>
        <source>PDF export is not available in this version.</source>
        <translation>PDF-eksport er ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <source>Without a command, the program opens its window on the files given, or on a sample
map. `journeymapper COMMAND --help` tells more about a command. Every command takes
--language en, nb, da or sv (the default: the language chosen in the window, else
the system&apos;s).</source>
        <translation>Uten en kommando åpner programmet vinduet sitt med filene som er oppgitt, eller med et
eksempelkart. `journeymapper COMMAND --help` forteller mer om en kommando. Alle kommandoer
tar --language en, nb, da eller sv (standard: språket som er valgt i vinduet, ellers
systemets).</translation>
    </message>
    <message>
        <source>the language of the messages (and of the PDF or the picture): en, nb, da or sv; by default the language chosen in the window, else the system&apos;s</source>
        <translation>språket for meldingene (og for PDF-en eller bildet): en, nb, da eller sv; som standard språket som er valgt i vinduet, ellers systemets</translation>
    </message>
    <message>
        <source>unknown paper size “{size}”: choose one of {sizes}, or leave it out and give --poster for the whole map on one sheet</source>
        <translation>ukjent papirstørrelse «{size}»: velg en av {sizes}, eller utelat den og bruk --poster for hele kartet på ett ark</translation>
    </message>
    <message>
        <source>Design customer-journey maps: micro-journeys, crossroads and their owners.</source>
        <translation>Lag kundereisekart: mikroreiser, veiskiller og eierne deres.</translation>
    </message>
    <message>
        <source>show the version number and stop</source>
        <translation>vis versjonsnummeret og avslutt</translation>
    </message>
    <message>
        <source>list the built-in templates, one a line, name first</source>
        <translation>list opp de innebygde malene, én per linje, navnet først</translation>
    </message>
    <message>
        <source>write a new map from a template</source>
        <translation>skriv et nytt kart fra en mal</translation>
    </message>
    <message>
        <source>template name (see &apos;templates&apos;)</source>
        <translation>malens navn (se &apos;templates&apos;)</translation>
    </message>
    <message>
        <source>the .jmap file to write</source>
        <translation>.jmap-filen som skal skrives</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>erstatt filen hvis den finnes</translation>
    </message>
    <message>
        <source>validate a map and print a summary</source>
        <translation>kontroller et kart og skriv ut et sammendrag</translation>
    </message>
    <message>
        <source>print the analysis findings</source>
        <translation>skriv ut funnene fra analysen</translation>
    </message>
    <message>
        <source>the findings as JSON</source>
        <translation>funnene som JSON</translation>
    </message>
    <message>
        <source>export the leadership PDF, or the map as a PNG or SVG</source>
        <translation>eksporter PDF-en til ledelsen, eller kartet som PNG eller SVG</translation>
    </message>
    <message>
        <source>the file to write: .pdf (the default), .png or .svg</source>
        <translation>filen som skal skrives: .pdf (standard), .png eller .svg</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>STØRRELSE</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper: A4 (the default), A3, A2, A1, A0 or letter</source>
        <translation>PDF-ens papir: A4 (standard), A3, A2, A1, A0 eller letter</translation>
    </message>
    <message>
        <source>the map alone on one sheet for the wall: the smallest of A3, A2, A1 and A0 on which all its words print at 6 pt or larger</source>
        <translation>kartet alene på ett ark til veggen: det minste av A3, A2, A1 og A0 der alle ordene skrives ut med 6 pt eller større</translation>
    </message>
    <message>
        <source>auto (the default): the one that prints the map on fewer pages</source>
        <translation>auto (standard): den som skriver ut kartet på færrest sider</translation>
    </message>
    <message>
        <source>a picture in large print, as View › Large Print shows it</source>
        <translation>et bilde med stor skrift, slik Vis › Stor skrift viser det</translation>
    </message>
    <message>
        <source>a PNG&apos;s resolution in per cent, 100 to 400 (default 100: the size on screen)</source>
        <translation>oppløsningen til en PNG i prosent, 100 til 400 (standard 100: størrelsen på skjermen)</translation>
    </message>
    <message>
        <source>--scale sets a PNG&apos;s resolution; “{file}” is an SVG, drawn in lines that stay sharp at any size. Leave out --scale.</source>
        <translation>--scale angir oppløsningen til en PNG; «{file}» er en SVG, tegnet med linjer som holder seg skarpe i alle størrelser. Utelat --scale.</translation>
    </message>
    <message>
        <source>--scale {scale} is out of range: give a percentage from {least} to {most} (100 draws the map at its size on screen, 200 twice as sharp).</source>
        <translation>--scale {scale} er utenfor området: oppgi en prosent fra {least} til {most} (100 tegner kartet i størrelsen på skjermen, 200 dobbelt så skarpt).</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: name the picture file in it, for example {example}.</source>
        <translation>«{folder}» er en mappe: oppgi navnet på bildefilen i den, for eksempel {example}.</translation>
    </message>
    <message>
        <source>“{file}” is the map being exported: writing the picture there would destroy it. Name a {kind} file instead.</source>
        <translation>«{file}» er kartet som eksporteres: å skrive bildet dit ville ødelegge det. Oppgi en {kind}-fil i stedet.</translation>
    </message>
    <message>
        <source>“{file}” is a journey map: writing the picture there would destroy it. Name a {kind} file instead.</source>
        <translation>«{file}» er et kundereisekart: å skrive bildet dit ville ødelegge det. Oppgi en {kind}-fil i stedet.</translation>
    </message>
    <message>
        <source>Wrote {file} ({width} × {height} pixels).</source>
        <translation>Skrev {file} ({width} × {height} piksler).</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Skrev {file}.</translation>
    </message>
    <message>
        <source>Cannot export {file}: {reason}</source>
        <translation>Kan ikke eksportere {file}: {reason}</translation>
    </message>
    <message>
        <source>No output file given: name the PDF after -o, for example -o map.pdf.</source>
        <translation>Ingen utfil er oppgitt: oppgi PDF-en etter -o, for eksempel -o kart.pdf.</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: name the PDF file in it, for example {example}.</source>
        <translation>«{folder}» er en mappe: oppgi navnet på PDF-filen i den, for eksempel {example}.</translation>
    </message>
    <message>
        <source>“{file}” is the map being exported: writing the PDF there would destroy it. Name a .pdf file instead.</source>
        <translation>«{file}» er kartet som eksporteres: å skrive PDF-en dit ville ødelegge det. Oppgi en .pdf-fil i stedet.</translation>
    </message>
    <message>
        <source>“{file}” is a journey map: writing the PDF there would destroy it. Name a .pdf file instead.</source>
        <translation>«{file}» er et kundereisekart: å skrive PDF-en dit ville ødelegge det. Oppgi en .pdf-fil i stedet.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Advarsel: {message}</translation>
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
        <source>{0}; stated on the map: {1} of the customers entering this micro-journey</source>
        <translation>{0}; oppgitt på kartet: {1} av kundene som går inn i denne mikroreisen</translation>
    </message>
    <message>
        <source>{0}; by the branch shares: {1}</source>
        <translation>{0}; etter andelene i forgreningene: {1}</translation>
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
        <source>{0} of those who reach this step</source>
        <translation>{0} av dem som kommer til dette steget</translation>
    </message>
    <message>
        <source>Weakest link, a tie of {0} steps: {1}.</source>
        <translation>Svakeste ledd, {0} steg deler plassen: {1}.</translation>
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
        <source>% on an arrow: of those at its start · on an outcome: stated</source>
        <translation>% på en pil: av dem ved starten · på et utfall: oppgitt</translation>
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
        <source>The PDF shows “�” for a character that no installed font has: {1} ({2}). Install a font that has it and export again.</source>
        <translation>PDF-en viser «�» for et tegn som ingen installert skrift har: {1} ({2}). Installer en skrift som har det, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>The PDF shows “�” for {0} characters that no installed font has: {1} ({2}). Install a font that has them (for Chinese, Japanese or Korean: fonts-noto-cjk) and export again.</source>
        <translation>PDF-en viser «�» for {0} tegn som ingen installert skrift har: {1} ({2}). Installer en skrift som har dem (for kinesisk, japansk eller koreansk: fonts-noto-cjk), og eksporter på nytt.</translation>
    </message>
    <message>
        <source>Friction register</source>
        <translation>Friksjonsregister</translation>
    </message>
    <message>
        <source>Every crossroads on the map, worst first (unresolved before resolved, then severity, then the share taking the bad branch). Bad branch: the share of the customers who reach the crossroads that take its bad branches, then, where it differs, the same customers as a share of all who enter the micro-journey. Actions past their due date stand out on a tinted row.</source>
        <translation>Hvert veiskille på kartet, det verste først (uløste før løste, så alvorlighet, så andelen som tar den dårlige grenen). Dårlig gren: andelen av kundene som kommer til veiskillet som tar de dårlige grenene, og der det er et annet tall, de samme kundene som andel av alle som går inn i mikroreisen. Tiltak som har passert fristen, står på en farget rad.</translation>
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
        <source>The room&apos;s priorities</source>
        <translation>Rommets prioriteringer</translation>
    </message>
    <message>
        <source>What the workshop itself voted most urgent, by dot voting: each person had a few votes to put on the points that matter most to them. The latest round comes first.</source>
        <translation>Hva verkstedet selv stemte frem som mest presserende, med prikkavstemning: hver person hadde noen stemmer å gi til punktene som betyr mest for dem. Den siste runden kommer først.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkavstemning</translation>
    </message>
    <message>
        <source>{0} votes from {1} people</source>
        <translation>{0} stemmer fra {1} personer</translation>
    </message>
    <message>
        <source>{0} per person</source>
        <translation>{0} per person</translation>
    </message>
    <message>
        <source>, several on one step allowed</source>
        <translation>, flere på ett steg tillatt</translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation>ikke lenger i kartet</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(steg uten navn)</translation>
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
        <source>The story on one page</source>
        <translation>Historien på én side</translation>
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
        <source>At crossroads</source>
        <translation>Ved veiskille</translation>
    </message>
    <message>
        <source>{0} friction point not yet resolved</source>
        <translation>{0} friksjonspunkt ikke løst ennå</translation>
    </message>
    <message>
        <source>{0} friction points not yet resolved</source>
        <translation>{0} friksjonspunkter ikke løst ennå</translation>
    </message>
    <message>
        <source>{0} micro-journey</source>
        <translation>{0} mikroreise</translation>
    </message>
    <message>
        <source>{0} micro-journeys</source>
        <translation>{0} mikroreiser</translation>
    </message>
    <message>
        <source>{0} overdue action</source>
        <translation>{0} forsinket tiltak</translation>
    </message>
    <message>
        <source>{0} overdue actions</source>
        <translation>{0} forsinkede tiltak</translation>
    </message>
    <message>
        <source>{0} unowned step</source>
        <translation>{0} steg uten eier</translation>
    </message>
    <message>
        <source>{0} unowned steps</source>
        <translation>{0} steg uten eier</translation>
    </message>
    <message>
        <source>… and {0} more step</source>
        <translation>… og {0} steg til</translation>
    </message>
    <message>
        <source>… and {0} more steps</source>
        <translation>… og {0} steg til</translation>
    </message>
    <message>
        <source>… and {0} more micro-journey: see the micro-journey sections.</source>
        <translation>… og {0} mikroreise til: se avsnittene om mikroreisene.</translation>
    </message>
    <message>
        <source>… and {0} more micro-journeys: see the micro-journey sections.</source>
        <translation>… og {0} mikroreiser til: se avsnittene om mikroreisene.</translation>
    </message>
    <message>
        <source>… and {0} more on page 2.</source>
        <translation>… og {0} til på side 2.</translation>
    </message>
    <message>
        <source>The one friction point not yet resolved</source>
        <translation>Det ene friksjonspunktet som ikke er løst ennå</translation>
    </message>
    <message>
        <source>The {0} friction points not yet resolved</source>
        <translation>De {0} friksjonspunktene som ikke er løst ennå</translation>
    </message>
    <message>
        <source>The {0} worst of {1} friction points not yet resolved</source>
        <translation>De {0} verste av {1} friksjonspunkter som ikke er løst ennå</translation>
    </message>
    <message>
        <source>no steps joined by arrows yet: nothing to measure.</source>
        <translation>ingen steg er koblet med piler ennå: ingenting å måle.</translation>
    </message>
    <message>
        <source>{0} of the customers who start it are lost: {1}.</source>
        <translation>{0} av kundene som begynner på den, går tapt: {1}.</translation>
    </message>
    <message>
        <source>no customers are lost here.</source>
        <translation>ingen kunder går tapt her.</translation>
    </message>
    <message>
        <source>Where {0} of them go is not known: a fork has no branch shares.</source>
        <translation>Hvor {0} av dem går, er ukjent: et veiskille mangler andeler på grenene.</translation>
    </message>
    <message>
        <source>Going on: {0}.</source>
        <translation>Går videre: {0}.</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}; owner {2}.</source>
        <translation>Svakeste ledd: {0} — {1}; eier {2}.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>ingen eier ennå</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}; {2}.</source>
        <translation>Svakeste ledd: {0} — {1}; {2}.</translation>
    </message>
    <message>
        <source>Where customers are lost</source>
        <translation>Hvor kundene går tapt</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>tapt</translation>
    </message>
    <message>
        <source>Every crossroads on the map is resolved: nothing turns customers away that is not dealt with.</source>
        <translation>Alle veiskillene på kartet er løst: ingenting som vender kunder bort, står uten tiltak.</translation>
    </message>
    <message>
        <source>No crossroads on the map yet: no friction point has been marked.</source>
        <translation>Ingen veiskiller på kartet ennå: ingen friksjonspunkter er markert.</translation>
    </message>
    <message>
        <source>The worst friction points</source>
        <translation>De verste friksjonspunktene</translation>
    </message>
    <message>
        <source>Friction point</source>
        <translation>Friksjonspunkt</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Intet tiltak ennå</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>no steps yet.</source>
        <translation>ingen steg ennå.</translation>
    </message>
    <message>
        <source>The steps of each micro-journey, in order</source>
        <translation>Stegene i hver mikroreise, i rekkefølge</translation>
    </message>
    <message>
        <source>◆ a crossroads (its severity); the whole map follows from page {0}.</source>
        <translation>◆ et veiskille (alvorlighetsgraden); hele kartet følger fra side {0}.</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kartet</translation>
    </message>
    <message>
        <source>The whole map follows from page {0}.</source>
        <translation>Hele kartet følger fra side {0}.</translation>
    </message>
    <message>
        <source>the friction register</source>
        <translation>friksjonsregisteret</translation>
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
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>micro-journey</source>
        <translation>mikroreise</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>møtepunkt</translation>
    </message>
    <message>
        <source>crossroads not yet resolved</source>
        <translation>veiskiller ikke løst ennå</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <source>unowned step</source>
        <translation>steg uten eier</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>overlevering</translation>
    </message>
    <message>
        <source>overdue action</source>
        <translation>forsinket tiltak</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>av {0}</translation>
    </message>
    <message>
        <source>The next friction point not yet resolved</source>
        <translation>Det neste friksjonspunktet som ikke er løst ennå</translation>
    </message>
    <message>
        <source>The next {0} friction points not yet resolved</source>
        <translation>De neste {0} friksjonspunktene som ikke er løst ennå</translation>
    </message>
    <message>
        <source>Next actions at the other friction points</source>
        <translation>Neste tiltak ved de andre friksjonspunktene</translation>
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
        <source>Every friction point not yet resolved, with its action, is on page 1.</source>
        <translation>Alle friksjonspunkter som ikke er løst ennå, står med sine tiltak på side 1.</translation>
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
        <source>{0} (continued)</source>
        <translation>{0} (fortsatt)</translation>
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
    <message>
        <source>an unknown share of all entering ‘{0}’</source>
        <translation>en ukjent andel av alle som går inn i ‘{0}’</translation>
    </message>
    <message>
        <source>{0} of all entering ‘{1}’</source>
        <translation>{0} av alle som går inn i ‘{1}’</translation>
    </message>
    <message>
        <source>{0} of those entering ‘{1}’</source>
        <translation>{0} av dem som går inn i ‘{1}’</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>Cannot write “{file}”: {reason}</source>
        <translation>Kan ikke skrive «{file}»: {reason}</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>“{file}” is read-only; save it under another name</source>
        <translation>«{file}» er skrivebeskyttet; lagre den under et annet navn</translation>
    </message>
    <message>
        <source>the symbolic link leads round in a loop</source>
        <translation>den symbolske lenken går i ring</translation>
    </message>
    <message>
        <source>Cannot open “{file}” at {where}: {problem}</source>
        <translation>Kan ikke åpne «{file}» ved {where}: {problem}</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {problem}</source>
        <translation>Kan ikke åpne «{file}»: {problem}</translation>
    </message>
    <message>
        <source>this map has {count} steps and notes; JourneyMapper opens maps of up to {limit} steps and notes</source>
        <translation>dette kartet har {count} steg og notater; JourneyMapper åpner kart med opptil {limit} steg og notater</translation>
    </message>
    <message>
        <source>this map has {count} arrows; JourneyMapper opens maps of up to {limit} arrows</source>
        <translation>dette kartet har {count} piler; JourneyMapper åpner kart med opptil {limit} piler</translation>
    </message>
    <message>
        <source>this map has {count} stages; JourneyMapper opens maps of up to {limit} stages</source>
        <translation>dette kartet har {count} faser; JourneyMapper åpner kart med opptil {limit} faser</translation>
    </message>
    <message>
        <source>this map has {count} micro-journeys; JourneyMapper opens maps of up to {limit} micro-journeys</source>
        <translation>dette kartet har {count} mikroreiser; JourneyMapper åpner kart med opptil {limit} mikroreiser</translation>
    </message>
    <message>
        <source>this map has {count} owners; JourneyMapper opens maps of up to {limit} owners</source>
        <translation>dette kartet har {count} eiere; JourneyMapper åpner kart med opptil {limit} eiere</translation>
    </message>
    <message>
        <source>this map has {count} voting rounds; JourneyMapper opens maps of up to {limit} voting rounds</source>
        <translation>dette kartet har {count} avstemningsrunder; JourneyMapper åpner kart med opptil {limit} avstemningsrunder</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>linje {line}, kolonne {column}</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>hele filen</translation>
    </message>
    <message>
        <source> (in the touchpoint “{name}”)</source>
        <translation> (i møtepunktet «{name}»)</translation>
    </message>
    <message>
        <source> (in the crossroads “{name}”)</source>
        <translation> (i veiskillet «{name}»)</translation>
    </message>
    <message>
        <source> (in the outcome “{name}”)</source>
        <translation> (i utfallet «{name}»)</translation>
    </message>
    <message>
        <source> (in the note “{name}”)</source>
        <translation> (i notatet «{name}»)</translation>
    </message>
    <message>
        <source> (in the step “{name}”)</source>
        <translation> (i steget «{name}»)</translation>
    </message>
    <message>
        <source> (in the stage “{name}”)</source>
        <translation> (i fasen «{name}»)</translation>
    </message>
    <message>
        <source> (in the micro-journey “{name}”)</source>
        <translation> (i mikroreisen «{name}»)</translation>
    </message>
    <message>
        <source> (in the owner “{name}”)</source>
        <translation> (hos eieren «{name}»)</translation>
    </message>
    <message>
        <source> (in the arrow “{name}”)</source>
        <translation> (i pilen «{name}»)</translation>
    </message>
    <message>
        <source> (in the voting round “{name}”)</source>
        <translation> (i avstemningsrunden «{name}»)</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Verdien må være en gyldig tekst</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Verdien må være et gyldig heltall</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Verdien må være et gyldig heltall, men tallet har desimaler</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Verdien må være et gyldig tall</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Verdien må være true eller false</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>Verdien må være et endelig tall</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Verdien må være en gyldig liste</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>Verdien må være et gyldig objekt</translation>
    </message>
    <message>
        <source>Input should be a valid date</source>
        <translation>Verdien må være en gyldig dato</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>Verdien må være {expected}</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Verdien må være større enn eller lik {ge}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Verdien må være mindre enn eller lik {le}</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>Verdien må være større enn {gt}</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>Verdien må være mindre enn {lt}</translation>
    </message>
    <message>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation>Teksten må følge mønsteret &apos;{pattern}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n character(s)</source>
        <translation>
            <numerusform>Teksten kan ha høyst %n tegn</numerusform>
            <numerusform>Teksten kan ha høyst %n tegn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n character(s)</source>
        <translation>
            <numerusform>Teksten må ha minst %n tegn</numerusform>
            <numerusform>Teksten må ha minst %n tegn</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>the field “{name}” is missing</source>
        <translation>feltet «{name}» mangler</translation>
    </message>
    <message>
        <source>“{name}” is not a field JourneyMapper knows</source>
        <translation>«{name}» er ikke et felt JourneyMapper kjenner</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of step; expected touchpoint, crossroads, outcome or note</source>
        <translation>«{kind}» er ikke en type steg; forventet touchpoint, crossroads, outcome eller note</translation>
    </message>
    <message>
        <source>the step has no “kind”; it must say which kind of step it is: touchpoint, crossroads, outcome or note</source>
        <translation>steget har ingen «kind»; den må si hvilken type steg det er: touchpoint, crossroads, outcome eller note</translation>
    </message>
    <message>
        <source>{problem} (found {value})</source>
        <translation>{problem} (fant {value})</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more problem(s)</source>
        <translation>
            <numerusform>; og %n problem til</numerusform>
            <numerusform>; og %n problemer til</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB, too large to be a journey map</source>
        <translation>filen er større enn {size} MB, for stor til å være et kundereisekart</translation>
    </message>
    <message>
        <source>the file holds {values} values, more than a journey map of its size or of {steps} steps does (at most {limit})</source>
        <translation>filen har {values} verdier, flere enn et kundereisekart av denne størrelsen eller med {steps} steg har (høyst {limit})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (is it a journey map?)</source>
        <translation>filen er ikke UTF-8-tekst (er det et kundereisekart?)</translation>
    </message>
    <message>
        <source>byte {offset}</source>
        <translation>byte {offset}</translation>
    </message>
    <message>
        <source>it holds a number too long to read ({detail})</source>
        <translation>den har et tall som er for langt til å leses ({detail})</translation>
    </message>
    <message>
        <source>it holds a number with thousands of digits</source>
        <translation>den har et tall med tusenvis av sifre</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in the same object; JourneyMapper cannot tell which one is meant</source>
        <translation>nøkkelen «{key}» står to ganger i samme objekt; JourneyMapper kan ikke vite hvilken som er ment</translation>
    </message>
    <message>
        <source>{value} is not a number JourneyMapper can use (JSON has no NaN or infinity)</source>
        <translation>{value} er ikke et tall JourneyMapper kan bruke (JSON har ikke NaN eller uendelig)</translation>
    </message>
    <message>
        <source>the text holds half of a UTF-16 character pair (a lone \uD800–\uDFFF escape), which cannot be saved</source>
        <translation>teksten har halvparten av et UTF-16-tegnpar (en enslig \uD800–\uDFFF-escape), som ikke kan lagres</translation>
    </message>
    <message>
        <source>the data is nested too deeply to be a journey map</source>
        <translation>dataene er nøstet for dypt til å være et kundereisekart</translation>
    </message>
    <message>
        <source>the map ends before this place and something else follows it (two files joined, or text added after the map)</source>
        <translation>kartet slutter før dette stedet, og noe annet følger etter (to filer slått sammen, eller tekst lagt til etter kartet)</translation>
    </message>
    <message>
        <source>the file ends too early: it was cut off, perhaps by a failed copy or save</source>
        <translation>filen slutter for tidlig: den ble kuttet av, kanskje av en mislykket kopiering eller lagring</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>den er ikke gyldig JSON ({detail})</translation>
    </message>
    <message>
        <source>this is not a JourneyMapper map (the “format” field is not “journeymapper”)</source>
        <translation>dette er ikke et JourneyMapper-kart (feltet «format» er ikke «journeymapper»)</translation>
    </message>
    <message>
        <source>the file has no valid version number</source>
        <translation>filen har ikke noe gyldig versjonsnummer</translation>
    </message>
    <message>
        <source>it was made by a newer JourneyMapper (file version {version}; this program reads up to version {supported}). Update JourneyMapper to open it.</source>
        <translation>den ble laget av en nyere JourneyMapper (filversjon {version}; dette programmet leser opptil versjon {supported}). Oppdater JourneyMapper for å åpne den.</translation>
    </message>
    <message>
        <source>the version {version} file could not be upgraded: {detail}</source>
        <translation>versjon {version}-filen kunne ikke oppgraderes: {detail}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dette er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>this is {kind}, not a file; JourneyMapper opens only regular files</source>
        <translation>dette er {kind}, ikke en fil; JourneyMapper åpner bare vanlige filer</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>du har ikke tillatelse til å lese den</translation>
    </message>
    <message>
        <source>it could not be read ({detail})</source>
        <translation>den kunne ikke leses ({detail})</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file</source>
        <translation>{path} er {kind}, ikke en fil</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mappe</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>et navngitt rør (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>en enhet</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ikke en vanlig fil</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ingen tilgang</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen finnes ikke</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av stien er ikke en mappe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>den finnes allerede</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>disken kunne ikke leses eller skrives (inn/ut-feil)</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>diskkvoten din er brukt opp</translation>
    </message>
    <message>
        <source>There is no template called “{name}”. The templates are: {names}.</source>
        <translation>Det finnes ingen mal som heter «{name}». Malene er: {names}.</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kan ikke leses ({detail})</translation>
    </message>
    <message>
        <source>the autosave file is damaged</source>
        <translation>autolagringsfilen er skadet</translation>
    </message>
    <message>
        <source>this is not a JourneyMapper autosave</source>
        <translation>dette er ikke en autolagring fra JourneyMapper</translation>
    </message>
    <message>
        <source>the autosave was made by another version</source>
        <translation>autolagringen ble laget av en annen versjon</translation>
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
    <name>model</name>
    <message>
        <source>There is no stage with id {id}.</source>
        <translation>Det finnes ingen fase med id {id}.</translation>
    </message>
    <message>
        <source>There is no micro-journey with id {id}.</source>
        <translation>Det finnes ingen mikroreise med id {id}.</translation>
    </message>
    <message>
        <source>There is no owner with id {id}.</source>
        <translation>Det finnes ingen eier med id {id}.</translation>
    </message>
    <message>
        <source>A stage with id {id} is already on the map.</source>
        <translation>En fase med id {id} finnes allerede på kartet.</translation>
    </message>
    <message>
        <source>A micro-journey with id {id} is already on the map.</source>
        <translation>En mikroreise med id {id} finnes allerede på kartet.</translation>
    </message>
    <message>
        <source>An owner with id {id} is already on the map.</source>
        <translation>En eier med id {id} finnes allerede på kartet.</translation>
    </message>
    <message>
        <source>A stage&apos;s id cannot change.</source>
        <translation>En fases id kan ikke endres.</translation>
    </message>
    <message>
        <source>A micro-journey&apos;s id cannot change.</source>
        <translation>En mikroreises id kan ikke endres.</translation>
    </message>
    <message>
        <source>An owner&apos;s id cannot change.</source>
        <translation>En eiers id kan ikke endres.</translation>
    </message>
    <message>
        <source>‘{name}’</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>There is no step with id {id}.</source>
        <translation>Det finnes ikke noe steg med id {id}.</translation>
    </message>
    <message>
        <source>There is no arrow with id {id}.</source>
        <translation>Det finnes ingen pil med id {id}.</translation>
    </message>
    <message>
        <source>An owner cannot be merged into itself.</source>
        <translation>En eier kan ikke slås sammen med seg selv.</translation>
    </message>
    <message>
        <source>There is no owner with id {id} to hand the items to.</source>
        <translation>Det finnes ingen eier med id {id} som kan overta elementene.</translation>
    </message>
    <message>
        <source>A step&apos;s {field} cannot change.</source>
        <translation>Feltet {field} i et steg kan ikke endres.</translation>
    </message>
    <message>
        <source>Step {name} is placed in a stage that does not exist.</source>
        <translation>Steget {name} er plassert i en fase som ikke finnes.</translation>
    </message>
    <message>
        <source>Step {name} is placed in a micro-journey that does not exist.</source>
        <translation>Steget {name} er plassert i en mikroreise som ikke finnes.</translation>
    </message>
    <message>
        <source>Step {name} names an owner that does not exist.</source>
        <translation>Steget {name} viser til en eier som ikke finnes.</translation>
    </message>
    <message>
        <source>An arrow&apos;s {field} cannot change; draw a new arrow instead.</source>
        <translation>Feltet {field} i en pil kan ikke endres; tegn en ny pil i stedet.</translation>
    </message>
    <message>
        <source>The arrow&apos;s start step does not exist.</source>
        <translation>Steget pilen starter i, finnes ikke.</translation>
    </message>
    <message>
        <source>The arrow&apos;s end step does not exist.</source>
        <translation>Steget pilen ender i, finnes ikke.</translation>
    </message>
    <message>
        <source>An arrow cannot lead from a step back to itself.</source>
        <translation>En pil kan ikke gå fra et steg tilbake til seg selv.</translation>
    </message>
    <message>
        <source>Notes annotate the map; they cannot be joined by arrows.</source>
        <translation>Notater kommenterer kartet; de kan ikke kobles med piler.</translation>
    </message>
    <message>
        <source>An arrow with id {id} is already on the map.</source>
        <translation>En pil med id {id} finnes allerede på kartet.</translation>
    </message>
    <message>
        <source>There is already an arrow from {source} to {target}.</source>
        <translation>Det går allerede en pil fra {source} til {target}.</translation>
    </message>
    <message numerus="yes">
        <source>The stage {name} still holds %n step(s). Move or delete them first, or choose another column to move them to.</source>
        <translation>
            <numerusform>Fasen {name} har fortsatt %n steg. Flytt eller slett det først, eller velg en annen kolonne å flytte det til.</numerusform>
            <numerusform>Fasen {name} har fortsatt %n steg. Flytt eller slett dem først, eller velg en annen kolonne å flytte dem til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The micro-journey {name} still holds %n step(s). Move or delete them first, or choose another lane to move them to.</source>
        <translation>
            <numerusform>Mikroreisen {name} har fortsatt %n steg. Flytt eller slett det først, eller velg en annen rad å flytte det til.</numerusform>
            <numerusform>Mikroreisen {name} har fortsatt %n steg. Flytt eller slett dem først, eller velg en annen rad å flytte dem til.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a different column to move the steps to.</source>
        <translation>Velg en annen kolonne å flytte stegene til.</translation>
    </message>
    <message>
        <source>Choose a different lane to move the steps to.</source>
        <translation>Velg en annen rad å flytte stegene til.</translation>
    </message>
    <message>
        <source>Only a crossroads has branches; this arrow must be a flow.</source>
        <translation>Bare et veiskille har forgreninger; denne pilen må være en flyt.</translation>
    </message>
    <message>
        <source>Arrows out of a crossroads are branches.</source>
        <translation>Piler ut fra et veiskille er forgreninger.</translation>
    </message>
    <message>
        <source>Only touchpoints, crossroads, outcomes and notes can be added.</source>
        <translation>Bare møtepunkter, veiskiller, utfall og notater kan legges til.</translation>
    </message>
    <message>
        <source>A step with id {id} is already on the map.</source>
        <translation>Et steg med id {id} finnes allerede på kartet.</translation>
    </message>
    <message>
        <source>The journey owner must be one of the map&apos;s owners.</source>
        <translation>Eieren av kundereisen må være en av kartets eiere.</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
    <message>
        <source>,</source>
        <translation>&#xa0;</translation>
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
        <source>Evidence</source>
        <translation>Belegg</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Weakest links</source>
        <translation>Svakeste ledd</translation>
    </message>
    <message>
        <source>The room&apos;s priorities</source>
        <translation>Rommets prioriteringer</translation>
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
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Customer&apos;s rating</source>
        <translation>Kundens vurdering</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>drop</source>
        <translation>droppe</translation>
    </message>
    <message>
        <source>invest</source>
        <translation>investere</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ingen data</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten navn)</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) from entry to outcome</source>
        <translation>
            <numerusform>%n vei fra inngang til utfall</numerusform>
            <numerusform>%n veier fra inngang til utfall</numerusform>
        </translation>
    </message>
    <message>
        <source>too many</source>
        <translation>for mange</translation>
    </message>
    <message>
        <source>{total} paths from entry to outcome (the first {shown} analysed)</source>
        <translation>{total} veier fra inngang til utfall (de første {shown} er analysert)</translation>
    </message>
    <message>
        <source>a tie of {count} steps, each hurting {hurt} of 5: {steps}</source>
        <translation>uavgjort mellom {count} steg, hvert med smerte {hurt} av 5: {steps}</translation>
    </message>
    <message>
        <source>{journey} at {step}</source>
        <translation>{journey} ved {step}</translation>
    </message>
    <message>
        <source>of all customers entering {journey}</source>
        <translation>av alle kundene som går inn i {journey}</translation>
    </message>
    <message>
        <source>of the customers entering {journey}</source>
        <translation>av kundene som går inn i {journey}</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>en ukjent andel</translation>
    </message>
    <message>
        <source>{step} (reached by {shares})</source>
        <translation>{step} (nås av {shares})</translation>
    </message>
    <message>
        <source>MICRO-JOURNEYS</source>
        <translation>MIKROREISER</translation>
    </message>
    <message>
        <source>Weakest link of the whole map: {step}</source>
        <translation>Svakeste ledd i hele kartet: {step}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>entries:</source>
        <translation>innganger:</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>utfall:</translation>
    </message>
    <message>
        <source>paths:</source>
        <translation>veier:</translation>
    </message>
    <message>
        <source>weakest link:</source>
        <translation>svakeste ledd:</translation>
    </message>
    <message>
        <source>(Weakest link: the step that hurts most, a rated touchpoint 3 − its rating, an unresolved crossroads its severity, on one 1–5 scale; steps that hurt alike are a tie.)</source>
        <translation>(Svakeste ledd: steget som gjør mest vondt – et vurdert møtepunkt 3 − vurderingen, et uløst veiskille alvorligheten, på én skala fra 1 til 5; steg som gjør like vondt, står likt.)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>OWNER × STAGE (touchpoints and open crossroads)</source>
        <translation>EIER × FASE (møtepunkter og åpne veiskiller)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Innsats</translation>
    </message>
    <message>
        <source>of it notes</source>
        <translation>av det notater</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Ikke lagt til</translation>
    </message>
    <message>
        <source>Effort %</source>
        <translation>Innsats %</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Møtepunkter</translation>
    </message>
    <message>
        <source>Unbacked</source>
        <translation>Uten støtte</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>GAP ANALYSIS AND FEEDBACK PER STAGE</source>
        <translation>GAPANALYSE OG TILBAKEMELDING PER FASE</translation>
    </message>
    <message>
        <source>Effort: the company activities&apos; effort, each hour counted once. A note&apos;s effort counts only where no touchpoint of its stage and micro-journey carries effort; beside such touchpoints it is not added.</source>
        <translation>Innsats: innsatsen i selskapets aktiviteter, hver time talt én gang. Innsatsen i et notat telles bare der ingen møtepunkter i samme fase og mikroreise har innsats; ved siden av slike møtepunkter legges den ikke til.</translation>
    </message>
    <message>
        <source>Effort %: of the map&apos;s counted effort. Feedback: of the stage&apos;s touchpoints, those with a feedback instrument.</source>
        <translation>Innsats %: av kartets talte innsats. Tilbakemelding: av fasens møtepunkter, de som har et tilbakemeldingsverktøy.</translation>
    </message>
    <message>
        <source>Verdict no data: the stage has touchpoints but no company activity is marked there.</source>
        <translation>Vurdering ingen data: fasen har møtepunkter, men ingen aktivitet i selskapet er merket der.</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Kart uten navn</translation>
    </message>
    <message>
        <source>JourneyMapper analysis — {title}</source>
        <translation>JourneyMapper-analyse — {title}</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Fil: {file}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Dato: {date}</translation>
    </message>
    <message>
        <source>Findings: {problems}, {warnings}, {notes}.   Marks: ✗ problem  ! warning  · note</source>
        <translation>Funn: {problems}, {warnings}, {notes}.   Merker: ✗ problem  ! advarsel  · merknad</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the map is empty or has nothing to improve.</source>
        <translation>Ingen funn: kartet er tomt eller har ingenting å forbedre.</translation>
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
