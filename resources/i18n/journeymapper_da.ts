<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name></name>
    <message>
        <source>Add a stage and a micro-journey first.</source>
        <translation>Tilføj først en fase og en mikrorejse.</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Tilføj {0}</translation>
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
        <translation>Slet</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Klip</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Udklipsholderen indeholder ingen trin at indsætte.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <source>Paste text as steps</source>
        <translation>Indsæt tekst som trin</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <source>The layout is already tidy.</source>
        <translation>Kortet er allerede pænt ordnet.</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Ordn automatisk</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Redigér tekst</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <source>New micro-journey</source>
        <translation>Ny mikrorejse</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan ikke fjerne</translation>
    </message>
    <message>
        <source>A map needs at least one stage and one micro-journey.</source>
        <translation>Et kort skal have mindst én fase og én mikrorejse.</translation>
    </message>
    <message>
        <source>The stage ‘{0}’ still holds one step.</source>
        <translation>Fasen »{0}« indeholder stadig ét trin.</translation>
    </message>
    <message>
        <source>The stage ‘{0}’ still holds {1} steps.</source>
        <translation>Fasen »{0}« indeholder stadig {1} trin.</translation>
    </message>
    <message>
        <source>The micro-journey ‘{0}’ still holds one step.</source>
        <translation>Mikrorejsen »{0}« indeholder stadig ét trin.</translation>
    </message>
    <message>
        <source>The micro-journey ‘{0}’ still holds {1} steps.</source>
        <translation>Mikrorejsen »{0}« indeholder stadig {1} trin.</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Fjern fase</translation>
    </message>
    <message>
        <source>Remove micro-journey</source>
        <translation>Fjern mikrorejse</translation>
    </message>
    <message>
        <source>Move its steps to ‘{0}’ and remove it?</source>
        <translation>Flyt dens trin til »{0}« og fjern den?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Bedre</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Værre</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Tilføj næste trin</translation>
    </message>
    <message>
        <source>Add crossroads</source>
        <translation>Tilføj skillevej</translation>
    </message>
    <message>
        <source>There is no stage or micro-journey that way.</source>
        <translation>Der er ingen fase eller mikrorejse i den retning.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>micro-journey</source>
        <translation>mikrorejse</translation>
    </message>
    <message>
        <source>Rename {0}</source>
        <translation>Omdøb {0}</translation>
    </message>
    <message>
        <source>Add {0} after</source>
        <translation>Tilføj {0} efter</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Flyt tidligere</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Flyt senere</translation>
    </message>
    <message>
        <source>Auto-layout this micro-journey</source>
        <translation>Ordn denne mikrorejse automatisk</translation>
    </message>
    <message>
        <source>Remove {0}…</source>
        <translation>Fjern {0}…</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Redigér etiket</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stemning</translation>
    </message>
    <message>
        <source>Good ✓ (solid)</source>
        <translation>God ✓ (fuld streg)</translation>
    </message>
    <message>
        <source>Bad ✗ (dashed)</source>
        <translation>Dårlig ✗ (stiplet)</translation>
    </message>
    <message>
        <source>Neutral (dotted)</source>
        <translation>Neutral (prikket)</translation>
    </message>
    <message>
        <source>Share of customers…</source>
        <translation>Andel kunder…</translation>
    </message>
    <message>
        <source>Delete arrow</source>
        <translation>Slet pil</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Add {0} here</source>
        <translation>Tilføj {0} her</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>Indsæt her</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <source>Add micro-journey</source>
        <translation>Tilføj mikrorejse</translation>
    </message>
    <message>
        <source>Auto-layout the whole map</source>
        <translation>Ordn hele kortet automatisk</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(flere værdier)</translation>
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
        <translation>Skriv en dato, {0} eller {1}; pil op og ned går en dag, Alt+pil ned åbner kalenderen; tomt: ingen dato</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Vælg datoen i en kalender (Alt+pil ned)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>1 a small irritation … 5 customers leave</source>
        <translation>1 en lille irritation … 5 kunderne forsvinder</translation>
    </message>
    <message>
        <source>{0} marks an action that is overdue</source>
        <translation>{0} markerer et tiltag, der er forsinket</translation>
    </message>
    <message>
        <source>The room&apos;s votes in the latest dot-voting round about the point</source>
        <translation>Rummets stemmer i den seneste prikafstemning om punktet</translation>
    </message>
    <message>
        <source>Not voted on yet</source>
        <translation>Ikke stemt om endnu</translation>
    </message>
    <message>
        <source>{0} of {1} votes in “{2}” {3}</source>
        <translation>{0} af {1} stemmer i »{2}« {3}</translation>
    </message>
    <message>
        <source>Overdue: due {0}, still {1}</source>
        <translation>Forsinket: frist {0}, stadig {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Redigér {0}</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Friction register</source>
        <translation>Friktionsregister</translation>
    </message>
    <message>
        <source>Show only this owner&apos;s crossroads; the map dims everything else, as Ownership&apos;s “Show only” does</source>
        <translation>Vis kun denne ejers skilleveje; kortet dæmper alt andet, ligesom »Vis kun« under Ejerskab gør</translation>
    </message>
    <message>
        <source>Search questions, actions, evidence…</source>
        <translation>Søg i spørgsmål, tiltag, belæg…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
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
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alle alvorlighedsgrader</translation>
    </message>
    <message>
        <source>{0} or worse</source>
        <translation>{0} eller værre</translation>
    </message>
    <message>
        <source>5 only</source>
        <translation>Kun 5</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>{0} of {1} crossroads</source>
        <translation>{0} af {1} skilleveje</translation>
    </message>
    <message>
        <source>{0} crossroads</source>
        <translation>{0} skilleveje</translation>
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
        <translation>1 bemærkning</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} bemærkninger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every percent says of whom.&lt;/b&gt; A branch&apos;s share (on an arrow) is of the customers who reach its crossroads. The odds and the paths of a micro-journey are of the customers entering it. Where a micro-journey starts inside another (lost luggage inside the flight), its numbers are also given as shares of all customers entering that one: 35 % of those with a missing bag can be 0.25 % of all flyers.</source>
        <translation>&lt;b&gt;Hver procent siger, hvem den gælder.&lt;/b&gt; Andelen på en gren (en pil) gælder de kunder, der når skillevejen. Chancerne og stierne i en mikrorejse gælder de kunder, der går ind i den. Hvor en mikrorejse starter inde i en anden (bortkommen bagage inde i flyrejsen), angives tallene også som andele af alle kunder, der går ind i den: 35 % af dem, der mangler en taske, kan være 0,25 % af alle, der flyver.</translation>
    </message>
    <message>
        <source>&lt;b&gt;An outcome&apos;s own share&lt;/b&gt; (the percent on the outcome) is read as of the customers entering its micro-journey. Where the branch shares give another number, &lt;i&gt;Branch shares&lt;/i&gt; says so, with both numbers.</source>
        <translation>&lt;b&gt;Et udfalds egen andel&lt;/b&gt; (procenten på udfaldet) læses som en andel af de kunder, der går ind i dets mikrorejse. Hvor andelene i forgreningerne giver et andet tal, siger &lt;i&gt;Andele i forgreninger&lt;/i&gt; det, med begge tal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest link.&lt;/b&gt; A journey is only as good as the step that hurts most. Ratings and severities share one 1–5 scale: a rated touchpoint hurts 3 minus its rating (−2 hurts 5, +2 hurts 1), a crossroads that is not resolved hurts its severity. The highest hurt is the weakest link of each micro-journey; steps that hurt alike are reported as a tie. Unrated touchpoints, resolved crossroads and outcomes do not take part.</source>
        <translation>&lt;b&gt;Svageste led.&lt;/b&gt; En rejse er aldrig bedre end det trin, der gør mest ondt. Vurderinger og alvorlighed deler én skala fra 1 til 5: et vurderet kontaktpunkt gør ondt 3 minus vurderingen (−2 giver 5, +2 giver 1), en skillevej, der ikke er løst, gør ondt med sin alvorlighed. Det højeste tal er det svageste led i hver mikrorejse; trin, der gør lige ondt, meldes som delt plads. Kontaktpunkter uden vurdering, løste skilleveje og udfald er ikke med.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No outcome drawn.&lt;/b&gt; Where a journey stops at a step with no arrow out, the customers who get there reach the end of what is drawn: that says nothing about them, only that the map does not show what happens next.</source>
        <translation>&lt;b&gt;Intet udfald tegnet.&lt;/b&gt; Hvor en rejse stopper ved et trin uden pil ud, når de kunder, der kommer dertil, enden af det tegnede: det siger intet om dem, kun at kortet ikke viser, hvad der sker bagefter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap analysis.&lt;/b&gt; Per stage, the company&apos;s activities against the customer&apos;s touchpoints. A stage with touchpoints but no company activity marked has no data (not &quot;ok&quot;). Each hour of effort counts once: a note&apos;s effort counts only where no touchpoint of its stage and micro-journey carries effort; beside such touchpoints it is shown, not added.</source>
        <translation>&lt;b&gt;Gapanalyse.&lt;/b&gt; Fase for fase: virksomhedens aktiviteter mod kundens kontaktpunkter. En fase med kontaktpunkter, men uden markerede aktiviteter i virksomheden, har ingen data (ikke »ok«). Hver times indsats tælles én gang: indsatsen på en note tælles kun, hvor ingen kontaktpunkter i samme fase og mikrorejse har indsats; ved siden af sådanne kontaktpunkter vises den, men lægges ikke til.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopiér rapporten</translation>
    </message>
    <message>
        <source>Copy every finding as text, to paste into an e-mail or a document</source>
        <translation>Kopiér alle fund som tekst, så de kan indsættes i en e-mail eller et dokument</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>Sådan tælles der</translation>
    </message>
    <message>
        <source>What each percent is a share of, the weakest-link rule and how effort is counted</source>
        <translation>Hvad hver procent er en andel af, reglen for svageste led og hvordan indsats tælles</translation>
    </message>
    <message>
        <source>Click a finding to select its steps and arrows on the map.</source>
        <translation>Klik på et fund for at markere dets trin og pile på kortet.</translation>
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
        <translation>Klik for at markere alt i denne gruppe på kortet.</translation>
    </message>
    <message>
        <source>No findings yet: add steps and arrows to the map.</source>
        <translation>Ingen fund endnu: tilføj trin og pile på kortet.</translation>
    </message>
    <message>
        <source>Show {0} more…</source>
        <translation>Vis {0} mere…</translation>
    </message>
    <message>
        <source>Click to list every finding of this group here; Copy report gives them all as text.</source>
        <translation>Klik for at vise alle fund i denne gruppe her; »Kopiér rapporten« giver dem alle som tekst.</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(fase uden navn)</translation>
    </message>
    <message>
        <source>(unnamed micro-journey)</source>
        <translation>(mikrorejse uden navn)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>−2 very bad · −1 bad · 0 neutral · +1 good · +2 very good</source>
        <translation>−2 meget dårlig · −1 dårlig · 0 neutral · +1 god · +2 meget god</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>The company&apos;s effort on this activity (hours, days or cost: use one unit across the map)</source>
        <translation>Virksomhedens indsats på denne aktivitet (timer, dage eller omkostninger: brug den samme enhed i hele kortet)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikrorejse</translation>
    </message>
    <message>
        <source>Company activity</source>
        <translation>Virksomhedens aktivitet</translation>
    </message>
    <message>
        <source>Counts in the gap analysis</source>
        <translation>Tæller med i gap-analysen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Indsats</translation>
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
        <translation>Mulighed</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belæg</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Forbedringstiltag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
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
        <translation>Højde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Journey owner</source>
        <translation>Ejer af kunderejsen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektør</translation>
    </message>
    <message>
        <source>(unnamed owner)</source>
        <translation>(ejer uden navn)</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <source>Nothing is selected. Select a step, an arrow, a stage or a micro-journey to see its fields here.</source>
        <translation>Intet er markeret. Markér et trin, en pil, en fase eller en mikrorejse for at se dets felter her.</translation>
    </message>
    <message>
        <source>In {0} · {1}</source>
        <translation>I {0} · {1}</translation>
    </message>
    <message>
        <source>an unnamed stage</source>
        <translation>en fase uden navn</translation>
    </message>
    <message>
        <source>an unnamed micro-journey</source>
        <translation>en mikrorejse uden navn</translation>
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
        <translation>{0} trin i denne fase</translation>
    </message>
    <message>
        <source>Micro-journey (lane)</source>
        <translation>Mikrorejse (række)</translation>
    </message>
    <message>
        <source>{0} steps in this micro-journey</source>
        <translation>{0} trin i denne mikrorejse</translation>
    </message>
    <message>
        <source>{0} items selected</source>
        <translation>{0} elementer markeret</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pil</translation>
    </message>
    <message>
        <source>A change here applies to all of them, in one undo step.</source>
        <translation>En ændring her gælder dem alle og kan fortrydes i ét trin.</translation>
    </message>
    <message>
        <source>They share no field that can be edited together.</source>
        <translation>De har ingen fælles felter, der kan redigeres samlet.</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Ændr {0}</translation>
    </message>
    <message>
        <source>Change {0} of {1} items</source>
        <translation>Ændr {0} for {1} elementer</translation>
    </message>
    <message>
        <source>Journeys outline</source>
        <translation>Oversigt over rejserne</translation>
    </message>
    <message>
        <source>Micro-journey / step</source>
        <translation>Mikrorejse / trin</translation>
    </message>
    <message>
        <source>Click to find a step on the map; double-click to rename. Drag a micro-journey to reorder.</source>
        <translation>Klik for at finde et trin på kortet; dobbeltklik for at omdøbe. Træk en mikrorejse for at ændre rækkefølgen.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} trin</translation>
    </message>
    <message>
        <source>(untitled {0})</source>
        <translation>({0} uden navn)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>light {0}</source>
        <translation>lys {0}</translation>
    </message>
    <message>
        <source>Owner colour</source>
        <translation>Ejerfarve</translation>
    </message>
    <message>
        <source>These colours stay distinct for colour-blind readers.</source>
        <translation>Disse farver kan også skelnes af farveblinde læsere.</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Anden farve…</translation>
    </message>
    <message>
        <source>Any colour (may be hard to tell apart)</source>
        <translation>En vilkårlig farve (kan være svær at skelne)</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ejerskab</translation>
    </message>
    <message>
        <source>The one person or small group who holds the whole journey: maps it, watches its quality, adapts it.</source>
        <translation>Den ene person eller lille gruppe, der har ansvaret for hele rejsen: kortlægger den, holder øje med kvaliteten og tilpasser den.</translation>
    </message>
    <message>
        <source>Colour the map by owner</source>
        <translation>Farvelæg kortet efter ejer</translation>
    </message>
    <message>
        <source>Dim everything except this owner&apos;s items and bring them into view, so an owner can work through their own points (also My items and the register follow).</source>
        <translation>Dæmp alt undtagen denne ejers punkter og vis dem alle på kortet, så en ejer kan gennemgå sine egne punkter (Mine punkter og registret følger med).</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Vis kun</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Ansvarlig for</translation>
    </message>
    <message>
        <source>Double-click to rename. Drag an owner onto a card on the map to make them its owner.</source>
        <translation>Dobbeltklik for at omdøbe. Træk en ejer hen på et trin på kortet for at gøre vedkommende til dets ejer.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farve…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå sammen…</translation>
    </message>
    <message>
        <source>Give everything this owner holds to another owner, and remove this one</source>
        <translation>Giv alt, hvad denne ejer har, til en anden ejer, og fjern denne</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Assign to selection</source>
        <translation>Tildel til markeringen</translation>
    </message>
    <message>
        <source>Make this owner the owner of the touchpoints and crossroads selected on the map</source>
        <translation>Gør denne ejer til ejer af de kontaktpunkter og skilleveje, der er markeret på kortet</translation>
    </message>
    <message>
        <source>Each cell: touchpoints, then ◆ open crossroads. Click a cell to select those items on the map.</source>
        <translation>Hver celle: kontaktpunkter, derefter ◆ åbne skilleveje. Klik på en celle for at markere dem på kortet.</translation>
    </message>
    <message>
        <source>Select all unowned</source>
        <translation>Markér alle uden ejer</translation>
    </message>
    <message>
        <source>Touchpoints and crossroads nobody owns (hatched stripe on the map).</source>
        <translation>Kontaktpunkter og skilleveje, som ingen ejer (skraveret stribe på kortet).</translation>
    </message>
    <message>
        <source>Where the customer passes from one owner to another: a silo risk, where customers feel forgotten.</source>
        <translation>Hvor kunden går fra én ejer til en anden: en silorisiko, hvor kunder føler sig glemt.</translation>
    </message>
    <message>
        <source>Owner × stage</source>
        <translation>Ejer × fase</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Uden ejer</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Overdragelser</translation>
    </message>
    <message>
        <source>journey owner</source>
        <translation>ejer af kunderejsen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{0} touchpoints, {1} crossroads</source>
        <translation>{0} kontaktpunkter, {1} skilleveje</translation>
    </message>
    <message>
        <source>Unowned ({0})</source>
        <translation>Uden ejer ({0})</translation>
    </message>
    <message>
        <source>Hand-offs ({0})</source>
        <translation>Overdragelser ({0})</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Ny ejer</translation>
    </message>
    <message>
        <source>New owner {0}</source>
        <translation>Ny ejer {0}</translation>
    </message>
    <message>
        <source>There is no other owner to merge with.</source>
        <translation>Der er ingen anden ejer at slå sammen med.</translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Slå ejere sammen</translation>
    </message>
    <message>
        <source>Give everything {0} owns to:</source>
        <translation>Giv alt, hvad {0} ejer, til:</translation>
    </message>
    <message>
        <source>Nobody (leave them unowned)</source>
        <translation>Ingen (lad dem være uden ejer)</translation>
    </message>
    <message>
        <source>{0} touchpoints and crossroads</source>
        <translation>{0} kontaktpunkter og skilleveje</translation>
    </message>
    <message>
        <source> and the journey itself</source>
        <translation> og selve rejsen</translation>
    </message>
    <message>
        <source>Remove owner</source>
        <translation>Fjern ejer</translation>
    </message>
    <message>
        <source>{0} owns {1}. Who takes them over?</source>
        <translation>{0} ejer {1}. Hvem overtager dem?</translation>
    </message>
    <message>
        <source>Make journey owner</source>
        <translation>Gør til ejer af kunderejsen</translation>
    </message>
    <message>
        <source>Show only this owner&apos;s items</source>
        <translation>Vis kun denne ejers elementer</translation>
    </message>
    <message>
        <source>Select touchpoints or crossroads on the map first.</source>
        <translation>Markér først kontaktpunkter eller skilleveje på kortet.</translation>
    </message>
    <message>
        <source>Assign {0} to {1} items</source>
        <translation>Gør {0} til ejer af {1} elementer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>{0} → {1} ({2})</source>
        <translation>{0} → {1} ({2})</translation>
    </message>
    <message>
        <source>Customers pass from {0} to {1} here. Who makes sure they are not forgotten?</source>
        <translation>Her går kunderne fra {0} til {1}. Hvem sørger for, at de ikke bliver glemt?</translation>
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
        <translation>Forbind</translation>
    </message>
    <message>
        <source>An arrow cannot lead from a step back to itself.</source>
        <translation>En pil kan ikke gå fra et trin tilbage til sig selv.</translation>
    </message>
    <message>
        <source>Notes annotate the map; they cannot be joined by arrows.</source>
        <translation>Noter kommenterer kortet; de kan ikke forbindes med pile.</translation>
    </message>
    <message>
        <source>There is already an arrow from ‘{0}’ to ‘{1}’.</source>
        <translation>Der går allerede en pil fra »{0}« til »{1}«.</translation>
    </message>
    <message>
        <source>Remove arrow</source>
        <translation>Fjern pil</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Redigér pil</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Skift størrelse</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Skift rækkefølge</translation>
    </message>
    <message>
        <source>Delete {0} items</source>
        <translation>Slet {0} elementer</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Slet trin</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Redigér trin</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Tilføj ejer</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Redigér ejer</translation>
    </message>
    <message>
        <source>Reorder owners</source>
        <translation>Skift rækkefølge på ejere</translation>
    </message>
    <message>
        <source>Edit map info</source>
        <translation>Redigér kortoplysninger</translation>
    </message>
    <message>
        <source>‘{0}’</source>
        <translation>»{0}«</translation>
    </message>
    <message>
        <source>{0} of the customers who reach this crossroads take this branch</source>
        <translation>{0} af de kunder, der når denne skillevej, tager denne gren</translation>
    </message>
    <message>
        <source>{0} of the customers who reach the step before take this arrow</source>
        <translation>{0} af de kunder, der når trinnet før, følger denne pil</translation>
    </message>
    <message>
        <source>{0} of the customers entering this micro-journey end here (stated on the map)</source>
        <translation>{0} af de kunder, der går ind i denne mikrorejse, ender her (angivet på kortet)</translation>
    </message>
    <message>
        <source>{0} of the customers entering ‘{1}’ end here (stated on the map)</source>
        <translation>{0} af de kunder, der går ind i ‘{1}’, ender her (angivet på kortet)</translation>
    </message>
    <message>
        <source>Severity {0} of 5</source>
        <translation>Alvor {0} af 5</translation>
    </message>
    <message>
        <source>Not for a {0}</source>
        <translation>Gælder ikke for {0}</translation>
    </message>
    <message>
        <source>My items</source>
        <translation>Mine punkter</translation>
    </message>
    <message>
        <source>Whose items: the map dims everything else and shows them all; Ownership and the friction register show the same owner</source>
        <translation>Hvis punkter: kortet dæmper alt andet og viser dem alle; Ejerskab og friktionsregistret viser samme ejer</translation>
    </message>
    <message>
        <source>Choose an owner to list everything they own — their touchpoints and crossroads, overdue first — and edit it here: Enter edits a field, Tab goes on to the next one.</source>
        <translation>Vælg en ejer for at se alt, ejeren har ansvaret for — kontaktpunkter og skilleveje, forsinkede først — og redigér det her: Enter redigerer et felt, Tab går videre til det næste.</translation>
    </message>
    <message>
        <source>Choose an owner…</source>
        <translation>Vælg en ejer …</translation>
    </message>
    <message>
        <source>Nobody (unowned)</source>
        <translation>Ingen (uden ejer)</translation>
    </message>
    <message>
        <source>Touchpoints: {0} · Crossroads: {1}</source>
        <translation>Kontaktpunkter: {0} · Skilleveje: {1}</translation>
    </message>
    <message>
        <source>{0} overdue: {1}</source>
        <translation>{0} forsinkede: {1}</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplikér</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Vis &amp;hele kortet</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Vis hele kortet</translation>
    </message>
    <message>
        <source>&amp;Large Print</source>
        <translation>&amp;Stor skrift</translation>
    </message>
    <message>
        <source>Bigger type and lines, higher contrast: for projectors</source>
        <translation>Større skrift og tykkere streger, højere kontrast: til projektorer</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>&amp;Ordn automatisk</translation>
    </message>
    <message>
        <source>Tidy the selected step&apos;s micro-journey, or the whole map</source>
        <translation>Ordn det markerede trins mikrorejse, eller hele kortet</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Tilføj &amp;fase</translation>
    </message>
    <message>
        <source>Add a stage (a column) after the current one</source>
        <translation>Tilføj en fase (en kolonne) efter den aktuelle</translation>
    </message>
    <message>
        <source>Add &amp;Micro-journey</source>
        <translation>Tilføj m&amp;ikrorejse</translation>
    </message>
    <message>
        <source>Add a micro-journey (a lane) below the current one</source>
        <translation>Tilføj en mikrorejse (en række) under den aktuelle</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Eksportér billede</translation>
    </message>
    <message>
        <source>{0} % ({1} dpi)</source>
        <translation>{0} % ({1} dpi)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Opløsning:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Billedstørrelse:</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} pixel</translation>
    </message>
    <message>
        <source>This map is too large for {0} %: the image will be made at {1} % so that it can still be opened.</source>
        <translation>Kortet er for stort til {0} %: billedet laves i {1} %, så det stadig kan åbnes.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-vektorbillede (*.svg)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation>»{0}« findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Cannot Export Image</source>
        <translation>Kan ikke eksportere billedet</translation>
    </message>
    <message>
        <source>The image could not be written to “{0}”: {1}</source>
        <translation>Billedet kunne ikke skrives til »{0}«: {1}</translation>
    </message>
    <message>
        <source>The map is too large for {0} %, so the image was made smaller: {1} × {2} pixels.</source>
        <translation>Kortet er for stort til {0} %, så billedet blev gjort mindre: {1} × {2} pixel.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Poster: the map alone on one sheet</source>
        <translation>Plakat: kun kortet, på ét ark</translation>
    </message>
    <message>
        <source>For the workshop wall: the whole map on the smallest sheet from A3 to A0 on which every word prints at 6 pt or larger; without the summary and the registers</source>
        <translation>Til workshopvæggen: hele kortet på det mindste ark fra A3 til A0, hvor hvert ord trykkes med 6 pt eller større; uden resuméet og registrene</translation>
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
        <translation>Liggende eller stående: den retning, der giver færrest sider for dette kort</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
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
        <translation>PDF-eksport er ikke tilgængelig i denne version.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF&apos;en…</translation>
    </message>
    <message>
        <source>Cannot Export PDF</source>
        <translation>Kan ikke eksportere PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written to “{0}”: {1}</source>
        <translation>PDF&apos;en kunne ikke skrives til »{0}«: {1}</translation>
    </message>
    <message>
        <source>Some Characters Are Missing</source>
        <translation>Nogle tegn mangler</translation>
    </message>
    <message>
        <source>The PDF was written to “{0}”.</source>
        <translation>PDF&apos;en blev skrevet til »{0}«.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“{0}” is the map open here. Writing the export over it would destroy the map; choose another name.</source>
        <translation>»{0}« er det kort, der er åbent her. Hvis eksporten skrives oven i det, ødelægges kortet; vælg et andet navn.</translation>
    </message>
    <message>
        <source>“{0}” is a journey map. Writing the export over it would destroy the map; choose another name.</source>
        <translation>»{0}« er et kunderejsekort. Hvis eksporten skrives oven i det, ødelægges kortet; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Choose Another Name</source>
        <translation>Vælg et andet navn</translation>
    </message>
</context>
<context>
    <name>FileChangedBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne meddelelse</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person. Your unsaved changes here are not in that version.</source>
        <translation>»{0}« er blevet ændret på disken af et andet program eller en anden person. Dine ikke-gemte ændringer her er ikke med i den version.</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Changes…</source>
        <translation>&amp;Genindlæs og mist mine ændringer…</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Behold mine ændringer</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person.</source>
        <translation>»{0}« er blevet ændret på disken af et andet program eller en anden person.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Ignorér</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}), so it is open here read-only. You can make changes; Save asks for another name.</source>
        <translation>»{0}« er åbent til redigering i en anden kopi af JourneyMapper ({1}), så det er åbnet skrivebeskyttet her. Du kan foretage ændringer; Gem beder om et andet navn.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Edit Here</source>
        <translation>&amp;Redigér her</translation>
    </message>
    <message>
        <source>Edit this file here once the other copy has closed it</source>
        <translation>Redigér filen her, når den anden kopi har lukket den</translation>
    </message>
    <message>
        <source>“{0}” was deleted or moved away. The map stays open here; Save writes the file again.</source>
        <translation>»{0}« er blevet slettet eller flyttet. Kortet er stadig åbent her; Gem skriver filen igen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>Reload and Lose Changes?</source>
        <translation>Genindlæs og mist ændringerne?</translation>
    </message>
    <message>
        <source>Reloading replaces the map here with the version of “{0}” on disk. Your unsaved changes will be lost.</source>
        <translation>Når du genindlæser, erstattes kortet her af versionen af »{0}« på disken. Dine ikke-gemte ændringer går tabt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cannot Reload Map</source>
        <translation>Kan ikke genindlæse kortet</translation>
    </message>
    <message>
        <source>{0}

The map open here is kept as it was.</source>
        <translation>{0}

Kortet, der er åbent her, bevares, som det var.</translation>
    </message>
    <message>
        <source>Reloaded “{0}” from disk.</source>
        <translation>Genindlæste »{0}« fra disken.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Filen er ændret på disken</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person since it was opened or saved here.

Overwrite it with the map here (their changes are lost), or save the map here under another name?</source>
        <translation>»{0}« er blevet ændret på disken af et andet program eller en anden person, siden den blev åbnet eller gemt her.

Vil du overskrive den med kortet her (deres ændringer går tabt) eller gemme kortet her under et andet navn?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overskriv</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find a step, a question or an owner</source>
        <translation>Find et trin, et spørgsmål eller en ejer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Forrige træffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Næste træffer (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Luk (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Ingen træffere</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} af {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Click for 100 %</source>
        <translation>Klik for 100 %</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Start a new map from a stage model or a sample</source>
        <translation>Start et nyt kort ud fra en fasemodel eller et eksempel</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open a journey map file</source>
        <translation>Åbn en fil med et kunderejsekort</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Gem kortet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Gem kortet under et nyt navn</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportér PDF…</translation>
    </message>
    <message>
        <source>Write the map as a PDF for leadership</source>
        <translation>Lav en PDF af kortet til ledelsen</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Eksportér &amp;billede…</translation>
    </message>
    <message>
        <source>Write the whole map as a PNG picture or an SVG drawing</source>
        <translation>Gem hele kortet som et PNG-billede eller en SVG-tegning</translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Maps…</source>
        <translation>Gendan &amp;ikke-gemte kort…</translation>
    </message>
    <message>
        <source>Reopen maps autosaved before a crash</source>
        <translation>Genåbn kort, der blev gemt automatisk før et nedbrud</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Luk vindue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Luk alle vinduer og afslut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Fuld skærm</translation>
    </message>
    <message>
        <source>Use the whole screen (for the projector)</source>
        <translation>Brug hele skærmen (til projektoren)</translation>
    </message>
    <message>
        <source>&amp;Map Only</source>
        <translation>&amp;Kun kortet</translation>
    </message>
    <message>
        <source>Hide every panel: the whole window for the map</source>
        <translation>Skjul alle paneler: hele vinduet til kortet</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Præsentation</translation>
    </message>
    <message>
        <source>The map for a room: full screen, one micro-journey at a time, Page Down for the next step, Esc to leave</source>
        <translation>Kortet til et lokale: fuld skærm, én mikrorejse ad gangen, Page Down til næste trin, Esc for at afslutte</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>&amp;Næste panel</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the map and the open panels</source>
        <translation>Flyt tastaturfokus mellem kortet og de åbne paneler</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About JourneyMapper</source>
        <translation>&amp;Om JourneyMapper</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find …</translation>
    </message>
    <message>
        <source>Find a step by its name, question, description or owner</source>
        <translation>Find et trin efter navn, spørgsmål, beskrivelse eller ejer</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;næste</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find fo&amp;rrige</translation>
    </message>
    <message>
        <source>{0} Minutes</source>
        <translation>{0} minutter</translation>
    </message>
    <message>
        <source>Count down {0} minutes, large on the map</source>
        <translation>Tæl {0} minutter ned, med store tal på kortet</translation>
    </message>
    <message>
        <source>&amp;Other Length…</source>
        <translation>&amp;Anden længde …</translation>
    </message>
    <message>
        <source>Count down a length you type, such as 7 or 7:30</source>
        <translation>Tæl en tid ned, som du skriver, for eksempel 7 eller 7:30</translation>
    </message>
    <message>
        <source>Start, &amp;Pause or Resume the Timer</source>
        <translation>Start, &amp;pause eller genoptag nedtællingen</translation>
    </message>
    <message>
        <source>&amp;Reset the Timer</source>
        <translation>&amp;Nulstil nedtællingen</translation>
    </message>
    <message>
        <source>Back to the whole length, not running</source>
        <translation>Tilbage til hele tiden, standset</translation>
    </message>
    <message>
        <source>Put the Timer &amp;Away</source>
        <translation>&amp;Fjern nedtællingen</translation>
    </message>
    <message>
        <source>&amp;Counts on the Map</source>
        <translation>T&amp;al på kortet</translation>
    </message>
    <message>
        <source>Open friction points in a corner of the map</source>
        <translation>Åbne friktionspunkter i et hjørne af kortet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Tim&amp;er</source>
        <translation>Ne&amp;dtælling</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rog</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Close the voting round first (Map › Close Voting Round): the language is changed by making the window anew, and the phones&apos; votes belong to this one.</source>
        <translation>Afslut afstemningsrunden først (Kort › Afslut afstemningsrunden): sproget skiftes ved at lave vinduet på ny, og telefonernes stemmer hører til dette vindue.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikrorejse</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Værktøjslinje</translation>
    </message>
    <message>
        <source>Map &amp;Title and Owner…</source>
        <translation>Kortets &amp;titel og ejer…</translation>
    </message>
    <message>
        <source>Name the map, describe it and say who owns the whole journey</source>
        <translation>Giv kortet et navn, beskriv det, og angiv, hvem der ejer hele rejsen</translation>
    </message>
    <message>
        <source>&amp;Check the Map</source>
        <translation>T&amp;jek kortet</translation>
    </message>
    <message>
        <source>Weakest links, paths to churn, unowned steps, hand-offs</source>
        <translation>Svageste led, veje til frafald, trin uden ejer, overdragelser</translation>
    </message>
    <message>
        <source>M&amp;y Items…</source>
        <translation>Mine &amp;punkter …</translation>
    </message>
    <message>
        <source>Everything one owner holds, edited in one table</source>
        <translation>Alt, én ejer har ansvaret for, redigeret i én tabel</translation>
    </message>
    <message>
        <source>The side panels could not be opened.</source>
        <translation>Sidepanelerne kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Uden navn</translation>
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
        <translation>Ikke-gemte ændringer sikret kl. {0}</translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <source>Open Journey Map</source>
        <translation>Åbn kunderejsekort</translation>
    </message>
    <message>
        <source>Journey maps (*{0});;All files (*)</source>
        <translation>Kunderejsekort (*{0});;Alle filer (*)</translation>
    </message>
    <message>
        <source>{0}  —  {1}</source>
        <translation>{0}  —  {1}</translation>
    </message>
    <message>
        <source>No recent maps</source>
        <translation>Ingen seneste kort</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Ryd menuen</translation>
    </message>
    <message>
        <source>Map Still Open Elsewhere</source>
        <translation>Kortet er stadig åbent et andet sted</translation>
    </message>
    <message>
        <source>“{0}” is still open for editing in another copy of JourneyMapper ({1}). Close it there first, or save the map here under another name.</source>
        <translation>»{0}« er stadig åbent til redigering i en anden kopi af JourneyMapper ({1}). Luk det der først, eller gem kortet her under et andet navn.</translation>
    </message>
    <message>
        <source>You can now edit and save “{0}” here.</source>
        <translation>Nu kan du redigere og gemme »{0}« her.</translation>
    </message>
    <message>
        <source>Map Open Elsewhere</source>
        <translation>Kortet er åbent et andet sted</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Saving over it would lose the work done there; save the map under another name.</source>
        <translation>»{0}« er åbent til redigering i en anden kopi af JourneyMapper ({1}). Hvis du gemmer oven i det, går arbejdet dér tabt; gem kortet under et andet navn.</translation>
    </message>
    <message>
        <source>Save Journey Map As</source>
        <translation>Gem kunderejsekort som</translation>
    </message>
    <message>
        <source>Journey maps (*{0})</source>
        <translation>Kunderejsekort (*{0})</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation>»{0}« findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Read-Only Map</source>
        <translation>Skrivebeskyttet kort</translation>
    </message>
    <message>
        <source>“{0}” is read-only, so it was not changed. Your changes are still open here.

Save the map under another name?</source>
        <translation>»{0}« er skrivebeskyttet, så den blev ikke ændret. Dine ændringer er stadig åbne her.

Vil du gemme kortet under et andet navn?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cannot Save Map</source>
        <translation>Kan ikke gemme kortet</translation>
    </message>
    <message>
        <source>The map could not be saved to “{0}”: {1}. Your changes are still open here; try another folder.</source>
        <translation>Kortet kunne ikke gemmes i »{0}«: {1}. Dine ændringer er stadig åbne her; prøv en anden mappe.</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Gemt i {0}</translation>
    </message>
    <message>
        <source>PDF written to {0}</source>
        <translation>PDF skrevet til {0}</translation>
    </message>
    <message>
        <source>Image written to {0}</source>
        <translation>Billedet er skrevet til {0}</translation>
    </message>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Gendan ikke-gemte kort</translation>
    </message>
    <message>
        <source>There are no autosaved maps to recover.</source>
        <translation>Der er ingen automatisk gemte kort at gendanne.</translation>
    </message>
    <message>
        <source>Capturing a journey on the map</source>
        <translation>Sådan fanger du en rejse på kortet</translation>
    </message>
    <message>
        <source>Add the next step after the selected one, ready to type</source>
        <translation>Tilføj næste trin efter det markerede, klar til at skrive</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Fork: a crossroads after the step, or another branch from a crossroads</source>
        <translation>Forgrening: en skillevej efter trinnet, eller en ny gren fra en skillevej</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Skift+Tab</translation>
    </message>
    <message>
        <source>Edit the selected step&apos;s text, or rename the selected stage or micro-journey</source>
        <translation>Redigér teksten i det markerede trin, eller omdøb den markerede fase eller mikrorejse</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter eller F2</translation>
    </message>
    <message>
        <source>Stop editing without keeping the change</source>
        <translation>Afbryd redigeringen uden at beholde ændringen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move to the neighbouring step</source>
        <translation>Gå til nabotrinnet</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piletasterne</translation>
    </message>
    <message>
        <source>Move the steps to the next stage or lane (also while typing)</source>
        <translation>Flyt trinnene til næste fase eller række (også mens du skriver)</translation>
    </message>
    <message>
        <source>Alt+arrow keys</source>
        <translation>Alt+piletasterne</translation>
    </message>
    <message>
        <source>Better or worse: a touchpoint&apos;s rating, a crossroads&apos; severity</source>
        <translation>Bedre eller værre: et kontaktpunkts vurdering, en skillevejs alvorlighed</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ og −</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Panorér kortet</translation>
    </message>
    <message>
        <source>Space+drag or middle button</source>
        <translation>Mellemrum+træk eller midterknappen</translation>
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
        <translation>Præsentation</translation>
    </message>
    <message>
        <source>The next or the previous step along the flow</source>
        <translation>Næste eller forrige trin langs flowet</translation>
    </message>
    <message>
        <source>Page Down, Page Up or arrow keys</source>
        <translation>Page Down, Page Up eller piletasterne</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Afslut præsentationen</translation>
    </message>
    <message>
        <source>My items and the friction register</source>
        <translation>Mine punkter og friktionsregistret</translation>
    </message>
    <message>
        <source>Edit the field in the table, or keep the change</source>
        <translation>Redigér feltet i tabellen, eller behold ændringen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keep the change and edit the next field an owner keeps</source>
        <translation>Behold ændringen og redigér det næste felt, ejeren har ansvaret for</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab eller Shift+Tab</translation>
    </message>
    <message>
        <source>In the find bar (Ctrl+F)</source>
        <translation>I søgefeltet (Ctrl+F)</translation>
    </message>
    <message>
        <source>The next or the previous match</source>
        <translation>Næste eller forrige træffer</translation>
    </message>
    <message>
        <source>Enter or Shift+Enter</source>
        <translation>Enter eller Shift+Enter</translation>
    </message>
    <message>
        <source>Close the find bar, back to the map</source>
        <translation>Luk søgefeltet, tilbage til kortet</translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation>Menukommandoer</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>About JourneyMapper</source>
        <translation>Om JourneyMapper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Design customer-journey maps: micro-journeys, crossroads, owners, and a PDF for leadership.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Design kunderejsekort: mikrorejser, skilleveje, ejere og en PDF til ledelsen.&lt;/p&gt;&lt;p&gt;Fri software under GNU GPL, version 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Bygget med</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved.

Save them before closing?</source>
        <translation>»{0}« har ændringer, der ikke er gemt.

Vil du gemme dem, før du lukker?</translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message>
        <source>No open friction points</source>
        <translation>Ingen åbne friktionspunkter</translation>
    </message>
    <message>
        <source>One open friction point</source>
        <translation>Ét åbent friktionspunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n open friction points</source>
        <translation>
            <numerusform>%n åbent friktionspunkt</numerusform>
            <numerusform>%n åbne friktionspunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLock</name>
    <message>
        <source>another copy</source>
        <translation>en anden kopi</translation>
    </message>
    <message>
        <source>on “{0}”, process {1}</source>
        <translation>på »{0}«, proces {1}</translation>
    </message>
    <message>
        <source>Map Already Open</source>
        <translation>Kortet er allerede åbent</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Two copies saving the same file overwrite each other&apos;s work.

Open it read-only? You can still make changes and save them under another name. Open it for editing only if that copy is gone (its computer crashed).</source>
        <translation>»{0}« er åbent til redigering i en anden kopi af JourneyMapper ({1}). To kopier, der gemmer den samme fil, overskriver hinandens arbejde.

Vil du åbne det skrivebeskyttet? Du kan stadig foretage ændringer og gemme dem under et andet navn. Åbn det kun til redigering, hvis den anden kopi ikke længere kører (dens computer gik ned).</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Åbn &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open for &amp;Editing Anyway</source>
        <translation>Åbn til &amp;redigering alligevel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>OwnerDrop</name>
    <message>
        <source>Assign owner</source>
        <translation>Tildel ejer</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Gendan ikke-gemte kort</translation>
    </message>
    <message>
        <source>JourneyMapper did not close properly last time. These maps had unsaved changes and were saved automatically. Tick the ones to reopen:</source>
        <translation>JourneyMapper blev ikke lukket korrekt sidste gang. Disse kort havde ikke-gemte ændringer og blev gemt automatisk. Sæt flueben ved dem, du vil åbne igen:</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Kort uden navn</translation>
    </message>
    <message>
        <source>never saved to a file</source>
        <translation>aldrig gemt i en fil</translation>
    </message>
    <message>
        <source>{0} — {1}
autosaved {2}</source>
        <translation>{0} — {1}
gemt automatisk {2}</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Beslut senere</translation>
    </message>
    <message>
        <source>Discard Unsaved Maps?</source>
        <translation>Forkast ikke-gemte kort?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the autosaved copies of %n map(s)? Their unsaved changes will be lost.</source>
        <translation>
            <numerusform>Vil du slette den automatisk gemte kopi af %n kort? Dens ikke-gemte ændringer går tabt.</numerusform>
            <numerusform>Vil du slette de automatisk gemte kopier af %n kort? Deres ikke-gemte ændringer går tabt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateChooserDialog</name>
    <message>
        <source>New Journey Map</source>
        <translation>Nyt kunderejsekort</translation>
    </message>
    <message>
        <source>Start from an empty stage model or from a sample map:</source>
        <translation>Start fra en tom fasemodel eller fra et eksempelkort:</translation>
    </message>
    <message>
        <source>Empty maps</source>
        <translation>Tomme kort</translation>
    </message>
    <message>
        <source>Sample maps</source>
        <translation>Eksempelkort</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Pause or resume the timer</source>
        <translation>Pause eller genoptag nedtællingen</translation>
    </message>
    <message>
        <source>Back to the whole length</source>
        <translation>Tilbage til hele tiden</translation>
    </message>
    <message>
        <source>Put the timer away</source>
        <translation>Fjern nedtællingen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Minutes, or minutes and seconds such as 7:30:</source>
        <translation>Minutter, eller minutter og sekunder som 7:30:</translation>
    </message>
    <message>
        <source>Start the Timer</source>
        <translation>Start nedtællingen</translation>
    </message>
    <message>
        <source>“{0}” is not a length of time. Minutes, or minutes and seconds such as 7:30:</source>
        <translation>»{0}« er ikke en tidslængde. Minutter, eller minutter og sekunder som 7:30:</translation>
    </message>
</context>
<context>
    <name>VoteOverlay</name>
    <message>
        <source>Scan the code or type the address on your phone:</source>
        <translation>Scan koden, eller skriv adressen på din telefon:</translation>
    </message>
    <message>
        <source>Votes are entered on this computer.</source>
        <translation>Stemmerne indtastes på denne computer.</translation>
    </message>
    <message>
        <source>+ and − on a selected step add or take back a vote here.</source>
        <translation>+ og − på et valgt trin giver eller trækker en stemme tilbage her.</translation>
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
        <translation>Start prikafstemning</translation>
    </message>
    <message>
        <source>Which friction points matter most?</source>
        <translation>Hvilke friktionspunkter betyder mest?</translation>
    </message>
    <message>
        <source>The map&apos;s unresolved crossroads ({0})</source>
        <translation>Kortets uløste skilleveje ({0})</translation>
    </message>
    <message>
        <source>The selected steps ({0})</source>
        <translation>De valgte trin ({0})</translation>
    </message>
    <message>
        <source>A person may put several votes on one step</source>
        <translation>En person må give flere stemmer til ét trin</translation>
    </message>
    <message>
        <source>{0} — this computer only</source>
        <translation>{0} — kun denne computer</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No network: enter the votes on this computer</source>
        <translation>Intet netværk: indtast stemmerne på denne computer</translation>
    </message>
    <message>
        <source>Phones on the chosen network open the voting page from the QR code shown on the map. Only the steps&apos; names are shown to them; nothing else of the map, and no one&apos;s name, leaves this computer. The page closes with the round.</source>
        <translation>Telefoner på det valgte netværk åbner afstemningssiden fra QR-koden, der vises på kortet. De ser kun trinnenes navne; intet andet fra kortet, og ingens navn, forlader denne computer. Siden lukker, når runden slutter.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>Stem om</translation>
    </message>
    <message>
        <source>&amp;Votes per person</source>
        <translation>St&amp;emmer pr. person</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netværk</translation>
    </message>
    <message>
        <source>&amp;Start Voting</source>
        <translation>&amp;Start afstemningen</translation>
    </message>
</context>
<context>
    <name>VotingRoom</name>
    <message>
        <source>Start &amp;Dot Voting…</source>
        <translation>Start pri&amp;kafstemning …</translation>
    </message>
    <message>
        <source>Let the room vote on the crossroads from their phones (or enter votes here)</source>
        <translation>Lad rummet stemme om skillevejene fra deres telefoner (eller indtast stemmer her)</translation>
    </message>
    <message>
        <source>Close Voting &amp;Round</source>
        <translation>&amp;Afslut afstemningsrunden</translation>
    </message>
    <message>
        <source>End the vote and keep the result in the map</source>
        <translation>Afslut afstemningen, og gem resultatet i kortet</translation>
    </message>
    <message>
        <source>Start Dot Voting</source>
        <translation>Start prikafstemning</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: add crossroads to the map, or select the steps the room should vote on.</source>
        <translation>Der er intet at stemme om endnu: tilføj skilleveje til kortet, eller vælg de trin, rummet skal stemme om.</translation>
    </message>
    <message>
        <source>A round can put at most {0} steps to the vote ({1} were chosen): select the steps the room should vote on.</source>
        <translation>En runde kan højst sætte {0} trin til afstemning ({1} blev valgt): vælg de trin, rummet skal stemme om.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <source>Cannot Start Dot Voting</source>
        <translation>Kan ikke starte prikafstemning</translation>
    </message>
    <message>
        <source>The voting page could not be offered on {0}: {1}. Choose another network, or enter the votes on this computer.</source>
        <translation>Afstemningssiden kunne ikke tilbydes på {0}: {1}. Vælg et andet netværk, eller indtast stemmerne på denne computer.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <source>Dot voting is open on {0}.</source>
        <translation>Prikafstemningen er åben på {0}.</translation>
    </message>
    <message>
        <source>The voting round closed without votes; nothing was stored.</source>
        <translation>Afstemningsrunden sluttede uden stemmer; intet blev gemt.</translation>
    </message>
    <message>
        <source>Store Voting Round “{0}”</source>
        <translation>Gem afstemningsrunden »{0}«</translation>
    </message>
    <message>
        <source>Voting round stored: {0} votes from {1} people.</source>
        <translation>Afstemningsrunden er gemt: {0} stemmer fra {1} personer.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>Weakest link of {journey}: {step} — {reason}.</source>
        <translation>Svageste led i {journey}: {step} — {reason}.</translation>
    </message>
    <message>
        <source>Weakest link of {journey}: {count} steps tie, each hurting {hurt} on the 1–5 scale: {steps}.</source>
        <translation>Svageste led i {journey}: {count} trin deler pladsen, hvert gør ondt {hurt} på skalaen 1–5: {steps}.</translation>
    </message>
    <message>
        <source>{step} — {reason}</source>
        <translation>{step} — {reason}</translation>
    </message>
    <message>
        <source>Friction at {step}: severity {severity}, {status}{share}.</source>
        <translation>Friktion ved {step}: alvorlighed {severity}, {status}{share}.</translation>
    </message>
    <message>
        <source>{journey} has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>{journey} har {total} veje fra indgang til udfald; de første {shown} er analyseret.</translation>
    </message>
    <message>
        <source>{journey}: {entry} → {outcome} ({outcome_kind}) in {steps}: {details}.</source>
        <translation>{journey}: {entry} → {outcome} ({outcome_kind}) på {steps}: {details}.</translation>
    </message>
    <message>
        <source>{journey}: one more path ends in a complaint or churn.</source>
        <translation>{journey}: én vej mere ender i en klage eller frafald.</translation>
    </message>
    <message>
        <source>{journey}: {count} more paths end in a complaint or churn.</source>
        <translation>{journey}: {count} veje mere ender i en klage eller frafald.</translation>
    </message>
    <message>
        <source>The map has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>Kortet har {total} veje fra indgang til udfald; de første {shown} er analyseret.</translation>
    </message>
    <message>
        <source>{step} ({word}) has no owner.</source>
        <translation>{step} ({word}) har ingen ejer.</translation>
    </message>
    <message>
        <source>Hand-off from {source_owner} to {target_owner}: {source} → {target}.</source>
        <translation>Overdragelse fra {source_owner} til {target_owner}: {source} → {target}.</translation>
    </message>
    <message>
        <source>The map has no arrows yet: join the steps to see paths, dead ends and odds.</source>
        <translation>Kortet har endnu ingen pile: forbind trinnene for at se veje, blindgyder og sandsynligheder.</translation>
    </message>
    <message>
        <source>No entry leads to {step}.</source>
        <translation>Ingen indgang fører til {step}.</translation>
    </message>
    <message>
        <source>Repurchase loop through {steps}: customers come back, which is fine.</source>
        <translation>Genkøbsløkke gennem {steps}: kunderne kommer tilbage, og det er godt.</translation>
    </message>
    <message>
        <source>Loop through {steps}: customers can go round in circles.</source>
        <translation>Løkke gennem {steps}: kunderne kan gå i ring.</translation>
    </message>
    <message>
        <source>Of the customers entering {journey} at {entry}: {odds}.</source>
        <translation>Af de kunder, der går ind i {journey} ved {entry}: {odds}.</translation>
    </message>
    <message>
        <source>Of the customers entering {journey} at {entry}: {odds}. {upstream}</source>
        <translation>Af de kunder, der går ind i {journey} ved {entry}: {odds}. {upstream}</translation>
    </message>
    <message>
        <source>Owners&apos; share of the map&apos;s {count} touchpoints and crossroads: {shares}.</source>
        <translation>Ejernes andel af kortets {count} kontaktpunkter og skilleveje: {shares}.</translation>
    </message>
    <message>
        <source>{journey} ends at {step} with no outcome drawn: draw where the customers go next (an outcome, or the next micro-journey).</source>
        <translation>{journey} slutter ved {step}, uden at noget udfald er tegnet: tegn, hvor kunderne går videre (et udfald eller den næste mikrorejse).</translation>
    </message>
    <message>
        <source>Bottleneck: {share} of the map&apos;s paths from an entry to an outcome ({count} of {total}) pass through {step}.</source>
        <translation>Flaskehals: {share} af kortets stier fra en indgang til et udfald ({count} af {total}) går gennem {step}.</translation>
    </message>
    <message>
        <source>Stage {stage} has no touchpoints.</source>
        <translation>Fasen {stage} har ingen kontaktpunkter.</translation>
    </message>
    <message>
        <source>The shares out of {step} add up to {total}, not 100 %.</source>
        <translation>Andelene ud fra {step} giver tilsammen {total}, ikke 100 %.</translation>
    </message>
    <message>
        <source>No shares on the {count} arrows out of {step}: what happens after it is unknown.</source>
        <translation>Ingen andele på de {count} pile ud fra {step}: hvad der sker bagefter, er ukendt.</translation>
    </message>
    <message>
        <source>1 of the {count} arrows out of {step} has no share.</source>
        <translation>1 af de {count} pile ud fra {step} har ingen andel.</translation>
    </message>
    <message>
        <source>{missing} of the {count} arrows out of {step} have no share.</source>
        <translation>{missing} af de {count} pile ud fra {step} har ingen andel.</translation>
    </message>
    <message>
        <source>No touchpoint in {stage} has a feedback instrument: {steps}.</source>
        <translation>Intet kontaktpunkt i {stage} har et feedbackinstrument: {steps}.</translation>
    </message>
    <message>
        <source>1 of the {count} touchpoints in {stage} has no feedback instrument: {steps}.</source>
        <translation>1 af de {count} kontaktpunkter i {stage} har intet feedbackinstrument: {steps}.</translation>
    </message>
    <message>
        <source>{missing} of the {count} touchpoints in {stage} have no feedback instrument: {steps}.</source>
        <translation>{missing} af de {count} kontaktpunkter i {stage} har intet feedbackinstrument: {steps}.</translation>
    </message>
    <message>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the provider, weak for the customer.</source>
        <translation>To par briller ved {step}: kunderne giver {customer}, virksomheden {provider} — fint for leverandøren, svagt for kunden.</translation>
    </message>
    <message>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the customer, a missed chance for the provider.</source>
        <translation>To par briller ved {step}: kunderne giver {customer}, virksomheden {provider} — fint for kunden, en forpasset chance for leverandøren.</translation>
    </message>
    <message>
        <source>Drop? In {stage} the company spends effort{effort} on {activities}, but the customer meets no touchpoint there.</source>
        <translation>Drop? I {stage} bruger virksomheden indsats{effort} på {activities}, men kunden møder intet kontaktpunkt dér.</translation>
    </message>
    <message>
        <source>No company activities are marked in {stages}: the gap analysis has no data there (mark the touchpoints or notes the company works on as company activities).</source>
        <translation>Ingen aktiviteter i virksomheden er markeret i {stages}: gapanalysen har ingen data der (markér de kontaktpunkter eller noter, virksomheden arbejder med, som aktiviteter i virksomheden).</translation>
    </message>
    <message>
        <source>No company activities are marked on the map: the gap analysis has no data (mark the touchpoints or notes the company works on as company activities).</source>
        <translation>Ingen aktiviteter i virksomheden er markeret på kortet: gapanalysen har ingen data (markér de kontaktpunkter eller noter, virksomheden arbejder med, som aktiviteter i virksomheden).</translation>
    </message>
    <message>
        <source>The effort on the note {note} ({effort}) is not added to {stage}: touchpoints of {journey} there already carry effort ({touchpoint_effort}), and the map cannot tell whether it is the same work. Put the effort on the touchpoints it belongs to, or keep the note where no touchpoint carries effort.</source>
        <translation>Indsatsen på noten {note} ({effort}) lægges ikke til i {stage}: kontaktpunkter i {journey} dér har allerede indsats ({touchpoint_effort}), og kortet kan ikke se, om det er det samme arbejde. Læg indsatsen på de kontaktpunkter, den hører til, eller hav noten, hvor ingen kontaktpunkter har indsats.</translation>
    </message>
    <message>
        <source>{outcome} says {stated} of the customers end there, but the branch shares give {computed}.</source>
        <translation>{outcome} siger, at {stated} af kunderne ender der, men andelene i forgreningerne giver {computed}.</translation>
    </message>
    <message>
        <source>Invest? In {stage} nobody backs {steps}: no company activity, no owner.</source>
        <translation>Investér? I {stage} er der ingen, der bakker op om {steps}: ingen aktivitet i virksomheden, ingen ejer.</translation>
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
        <translation>højeste alvorlighed ({severity}, {status})</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>loyal</translation>
    </message>
    <message>
        <source>repurchase</source>
        <translation>genkøb</translation>
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
        <translation>frafald</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>kontaktpunkt</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>skillevej</translation>
    </message>
    <message>
        <source>an untitled micro-journey</source>
        <translation>en mikrorejse uden navn</translation>
    </message>
    <message>
        <source>an untitled stage</source>
        <translation>en fase uden navn</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>an unnamed owner</source>
        <translation>en ejer uden navn</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} og {more} til</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>»{text}«</translation>
    </message>
    <message>
        <source>‘{name}’</source>
        <translation>»{name}«</translation>
    </message>
    <message>
        <source>, {share} of the customers who reach it take the bad branch</source>
        <translation>, {share} af de kunder, der når dertil, tager den dårlige gren</translation>
    </message>
    <message>
        <source>, {share} of the customers who reach it take the bad branch ({bases})</source>
        <translation>, {share} af de kunder, der når dertil, tager den dårlige gren ({bases})</translation>
    </message>
    <message>
        <source>{share} reach a step with no outcome drawn after it</source>
        <translation>{share} når et trin uden noget udfald tegnet efter sig</translation>
    </message>
    <message>
        <source>{share} reach {step}, where {journey} ends with no outcome drawn</source>
        <translation>{share} når {step}, hvor {journey} slutter, uden at noget udfald er tegnet</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>for mange</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>ingen trin</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 trin</translation>
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
        <translation>{rank}. {step}: {votes} ({share} af stemmerne).</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
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
        <translation>ét trin</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} trin</translation>
    </message>
    <message>
        <source>‘{label}’ (no longer on the map)</source>
        <translation>»{label}« (ikke længere på kortet)</translation>
    </message>
    <message>
        <source>an untitled step</source>
        <translation>et trin uden navn</translation>
    </message>
    <message>
        <source>no hand-offs</source>
        <translation>ingen overdragelser</translation>
    </message>
    <message>
        <source>1 hand-off</source>
        <translation>1 overdragelse</translation>
    </message>
    <message>
        <source>{count} hand-offs</source>
        <translation>{count} overdragelser</translation>
    </message>
    <message>
        <source>{share} of the customers</source>
        <translation>{share} af kunderne</translation>
    </message>
    <message>
        <source>{share} of the customers entering {journey}</source>
        <translation>{share} af de kunder, der går ind i {journey}</translation>
    </message>
    <message>
        <source>{share} of the customers entering {journey} ({upstream})</source>
        <translation>{share} af de kunder, der går ind i {journey} ({upstream})</translation>
    </message>
    <message>
        <source>{share} of all customers entering {journey}</source>
        <translation>{share} af alle kunder, der går ind i {journey}</translation>
    </message>
    <message>
        <source>an unknown share of all customers entering {journey} (a share is missing on the way)</source>
        <translation>en ukendt andel af alle kunder, der går ind i {journey} (en andel mangler på vejen)</translation>
    </message>
    <message>
        <source>everyone entering {journeys} reaches it</source>
        <translation>alle, der går ind i {journeys}, når dertil</translation>
    </message>
    <message>
        <source>{journey} at {entry}</source>
        <translation>{journey} ved {entry}</translation>
    </message>
    <message>
        <source>Of all customers entering {journey}, {reach} get here: {odds}.</source>
        <translation>Af alle kunder, der går ind i {journey}, når {reach} hertil: {odds}.</translation>
    </message>
    <message>
        <source>How many of all customers entering {journey} get here is unknown: a share is missing on the way.</source>
        <translation>Hvor mange af alle kunder, der går ind i {journey}, der når hertil, er ukendt: en andel mangler på vejen.</translation>
    </message>
    <message>
        <source>worst severity {severity}</source>
        <translation>værste alvorlighed {severity}</translation>
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
        <translation>{share} ukendt (en andel mangler)</translation>
    </message>
    <message>
        <source>{share} go round a loop</source>
        <translation>{share} går i en løkke</translation>
    </message>
    <message>
        <source>{share} unaccounted for (shares below 100 %)</source>
        <translation>{share} uforklaret (andelene er under 100 %)</translation>
    </message>
    <message>
        <source>no outcome reached</source>
        <translation>intet udfald nås</translation>
    </message>
    <message>
        <source>{owner} {share}</source>
        <translation>{owner} {share}</translation>
    </message>
    <message>
        <source> (effort {effort})</source>
        <translation> (indsats {effort})</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionelle argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælpetekst og afslut</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>følgende argumenter mangler: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventede ét argument</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tilladt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan betyde %(matches)s</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Feeling</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>undersøges</translation>
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
        <source>Ad</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Sociale medier</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Anmeldelser</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sælger</translation>
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
        <translation>Personligt fremmøde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>meget dårlig</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>meget god</translation>
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
        <translation>kontaktpunkter:</translation>
    </message>
    <message>
        <source>crossroads:</source>
        <translation>skilleveje:</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>udfald:</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>noter:</translation>
    </message>
    <message>
        <source>stages:</source>
        <translation>faser:</translation>
    </message>
    <message>
        <source>micro-journeys:</source>
        <translation>mikrorejser:</translation>
    </message>
    <message>
        <source>arrows:</source>
        <translation>pile:</translation>
    </message>
    <message>
        <source>owners:</source>
        <translation>ejere:</translation>
    </message>
    <message>
        <source>journey owner:</source>
        <translation>ejer af kunderejsen:</translation>
    </message>
    <message>
        <source>{file}: OK — {title}</source>
        <translation>{file}: OK — {title}</translation>
    </message>
    <message>
        <source>{file} already exists; use --force to replace it.</source>
        <translation>{file} findes allerede; brug --force for at erstatte den.</translation>
    </message>
    <message>
        <source>Wrote {file} from the template “{template}”.</source>
        <translation>Skrev {file} ud fra skabelonen »{template}«.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Kan ikke skrive {file}: {reason}</translation>
    </message>
    <message>
        <source>The analysis report is not available in this version.</source>
        <translation>Analyserapporten findes ikke i denne version.</translation>
    </message>
    <message>
        <source>Cannot export to “{file}”: JourneyMapper writes a .pdf (the leadership PDF), a .png or an .svg (the map as a picture). Name one of those.</source>
        <translation>Kan ikke eksportere til »{file}«: JourneyMapper skriver en .pdf (PDF&apos;en til ledelsen), en .png eller en .svg (kortet som billede). Angiv en af dem.</translation>
    </message>
    <message>
        <source>--scale and --large-print are for pictures (.png, .svg); the PDF has its own layout. Leave them out, or name a .png or .svg after -o.</source>
        <translation>--scale og --large-print gælder billeder (.png, .svg); PDF&apos;en har sit eget layout. Udelad dem, eller angiv en .png eller .svg efter -o.</translation>
    </message>
    <message>
        <source>PDF export is not available in this version.</source>
        <translation>PDF-eksport er ikke tilgængelig i denne version.</translation>
    </message>
    <message>
        <source>Without a command, the program opens its window on the files given, or on a sample
map. `journeymapper COMMAND --help` tells more about a command. Every command takes
--language en, nb, da or sv (the default: the language chosen in the window, else
the system&apos;s).</source>
        <translation>Uden en kommando åbner programmet sit vindue med de angivne filer eller med et
eksempelkort. `journeymapper COMMAND --help` fortæller mere om en kommando. Alle kommandoer
tager --language en, nb, da eller sv (standard: det sprog, der er valgt i vinduet, ellers
systemets).</translation>
    </message>
    <message>
        <source>the language of the messages (and of the PDF or the picture): en, nb, da or sv; by default the language chosen in the window, else the system&apos;s</source>
        <translation>sproget i meddelelserne (og i PDF&apos;en eller billedet): en, nb, da eller sv; som standard det sprog, der er valgt i vinduet, ellers systemets</translation>
    </message>
    <message>
        <source>unknown paper size “{size}”: choose one of {sizes}, or leave it out and give --poster for the whole map on one sheet</source>
        <translation>ukendt papirstørrelse »{size}«: vælg en af {sizes}, eller udelad den og brug --poster for hele kortet på ét ark</translation>
    </message>
    <message>
        <source>Design customer-journey maps: micro-journeys, crossroads and their owners.</source>
        <translation>Design kunderejsekort: mikrorejser, skilleveje og deres ejere.</translation>
    </message>
    <message>
        <source>show the version number and stop</source>
        <translation>vis versionsnummeret og afslut</translation>
    </message>
    <message>
        <source>list the built-in templates, one a line, name first</source>
        <translation>vis de indbyggede skabeloner, én pr. linje, navnet først</translation>
    </message>
    <message>
        <source>write a new map from a template</source>
        <translation>skriv et nyt kort ud fra en skabelon</translation>
    </message>
    <message>
        <source>template name (see &apos;templates&apos;)</source>
        <translation>skabelonens navn (se &apos;templates&apos;)</translation>
    </message>
    <message>
        <source>the .jmap file to write</source>
        <translation>.jmap-filen, der skal skrives</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>erstat filen, hvis den findes</translation>
    </message>
    <message>
        <source>validate a map and print a summary</source>
        <translation>kontrollér et kort og udskriv et resumé</translation>
    </message>
    <message>
        <source>print the analysis findings</source>
        <translation>udskriv analysens fund</translation>
    </message>
    <message>
        <source>the findings as JSON</source>
        <translation>fundene som JSON</translation>
    </message>
    <message>
        <source>export the leadership PDF, or the map as a PNG or SVG</source>
        <translation>eksportér PDF&apos;en til ledelsen, eller kortet som PNG eller SVG</translation>
    </message>
    <message>
        <source>the file to write: .pdf (the default), .png or .svg</source>
        <translation>filen, der skal skrives: .pdf (standard), .png eller .svg</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>STØRRELSE</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper: A4 (the default), A3, A2, A1, A0 or letter</source>
        <translation>PDF&apos;ens papir: A4 (standard), A3, A2, A1, A0 eller letter</translation>
    </message>
    <message>
        <source>the map alone on one sheet for the wall: the smallest of A3, A2, A1 and A0 on which all its words print at 6 pt or larger</source>
        <translation>kortet alene på ét ark til væggen: det mindste af A3, A2, A1 og A0, hvor alle ordene udskrives med 6 pt eller større</translation>
    </message>
    <message>
        <source>auto (the default): the one that prints the map on fewer pages</source>
        <translation>auto (standard): den, der udskriver kortet på færrest sider</translation>
    </message>
    <message>
        <source>a picture in large print, as View › Large Print shows it</source>
        <translation>et billede med stor skrift, som Vis › Stor skrift viser det</translation>
    </message>
    <message>
        <source>a PNG&apos;s resolution in per cent, 100 to 400 (default 100: the size on screen)</source>
        <translation>en PNG&apos;s opløsning i procent, 100 til 400 (standard 100: størrelsen på skærmen)</translation>
    </message>
    <message>
        <source>--scale sets a PNG&apos;s resolution; “{file}” is an SVG, drawn in lines that stay sharp at any size. Leave out --scale.</source>
        <translation>--scale angiver en PNG&apos;s opløsning; »{file}« er en SVG, tegnet med linjer, der forbliver skarpe i enhver størrelse. Udelad --scale.</translation>
    </message>
    <message>
        <source>--scale {scale} is out of range: give a percentage from {least} to {most} (100 draws the map at its size on screen, 200 twice as sharp).</source>
        <translation>--scale {scale} er uden for området: angiv en procentsats fra {least} til {most} (100 tegner kortet i størrelsen på skærmen, 200 dobbelt så skarpt).</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: name the picture file in it, for example {example}.</source>
        <translation>»{folder}« er en mappe: angiv billedfilens navn i den, for eksempel {example}.</translation>
    </message>
    <message>
        <source>“{file}” is the map being exported: writing the picture there would destroy it. Name a {kind} file instead.</source>
        <translation>»{file}« er det kort, der eksporteres: at skrive billedet dér ville ødelægge det. Angiv en {kind}-fil i stedet.</translation>
    </message>
    <message>
        <source>“{file}” is a journey map: writing the picture there would destroy it. Name a {kind} file instead.</source>
        <translation>»{file}« er et kunderejsekort: at skrive billedet dér ville ødelægge det. Angiv en {kind}-fil i stedet.</translation>
    </message>
    <message>
        <source>Wrote {file} ({width} × {height} pixels).</source>
        <translation>Skrev {file} ({width} × {height} pixel).</translation>
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
        <translation>Der er ikke angivet nogen uddatafil: angiv PDF&apos;en efter -o, for eksempel -o kort.pdf.</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: name the PDF file in it, for example {example}.</source>
        <translation>»{folder}« er en mappe: angiv PDF-filens navn i den, for eksempel {example}.</translation>
    </message>
    <message>
        <source>“{file}” is the map being exported: writing the PDF there would destroy it. Name a .pdf file instead.</source>
        <translation>»{file}« er det kort, der eksporteres: at skrive PDF&apos;en dér ville ødelægge det. Angiv en .pdf-fil i stedet.</translation>
    </message>
    <message>
        <source>“{file}” is a journey map: writing the PDF there would destroy it. Name a .pdf file instead.</source>
        <translation>»{file}« er et kunderejsekort: at skrive PDF&apos;en dér ville ødelægge det. Angiv en .pdf-fil i stedet.</translation>
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
        <translation>Feedback: {0}</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>Company activity, effort {0}</source>
        <translation>Virksomhedens aktivitet, indsats {0}</translation>
    </message>
    <message>
        <source>Opportunity: {0}</source>
        <translation>Mulighed: {0}</translation>
    </message>
    <message>
        <source>Severity {0}, {1}</source>
        <translation>Alvorlighed {0}, {1}</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Belæg: {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Tiltag: {0}</translation>
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
        <translation>{0}; angivet på kortet: {1} af de kunder, der går ind i denne mikrorejse</translation>
    </message>
    <message>
        <source>{0}; by the branch shares: {1}</source>
        <translation>{0}; efter andelene i forgreningerne: {1}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Udfald: {0}</translation>
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
        <translation>neutral</translation>
    </message>
    <message>
        <source>{0} of those who reach this step</source>
        <translation>{0} af dem, der når dette trin</translation>
    </message>
    <message>
        <source>Weakest link, a tie of {0} steps: {1}.</source>
        <translation>Svageste led, {0} trin deler pladsen: {1}.</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}.</source>
        <translation>Svageste led: {0} — {1}.</translation>
    </message>
    <message>
        <source>No steps in this micro-journey yet.</source>
        <translation>Endnu ingen trin i denne mikrorejse.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Fører til</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source> (company activity)</source>
        <translation> (virksomhedens aktivitet)</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(tom note)</translation>
    </message>
    <message>
        <source>Touchpoint, stripe = owner</source>
        <translation>Kontaktpunkt, stribe = ejer</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen ejer</translation>
    </message>
    <message>
        <source>good outcome</source>
        <translation>godt udfald</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>frafald</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
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
        <translation>neutral gren</translation>
    </message>
    <message>
        <source>% on an arrow: of those at its start · on an outcome: stated</source>
        <translation>% på en pil: af dem ved starten · på et udfald: angivet</translation>
    </message>
    <message>
        <source>Owners: </source>
        <translation>Ejere: </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>uden navn</translation>
    </message>
    <message>
        <source>+ {0} more (see the ownership matrix)</source>
        <translation>+ {0} mere (se ejerskabsmatricen)</translation>
    </message>
    <message>
        <source>none named yet</source>
        <translation>ingen navngivet endnu</translation>
    </message>
    <message>
        <source>Crossroads, severity</source>
        <translation>Skillevej, alvorlighed</translation>
    </message>
    <message>
        <source>customer rating</source>
        <translation>kundens vurdering</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>feeling curve, −2 … +2 (tinted half = it hurts)</source>
        <translation>følelseskurve, −2 … +2 (farvet halvdel = det gør ondt)</translation>
    </message>
    <message>
        <source>Unnamed stage</source>
        <translation>Fase uden navn</translation>
    </message>
    <message>
        <source>Unnamed micro-journey</source>
        <translation>Mikrorejse uden navn</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (fortsat)</translation>
    </message>
    <message>
        <source> (continues)</source>
        <translation> (fortsættes)</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Hele kortet</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Del {0} af {1}</translation>
    </message>
    <message>
        <source>Stages →</source>
        <translation>Faser →</translation>
    </message>
    <message>
        <source>Micro-journeys ↓</source>
        <translation>Mikrorejser ↓</translation>
    </message>
    <message>
        <source>Part {0} · page {1}</source>
        <translation>Del {0} · side {1}</translation>
    </message>
    <message>
        <source>Journey owner: {0}</source>
        <translation>Ejer af kunderejsen: {0}</translation>
    </message>
    <message>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {0} pages</source>
        <translation>Hele kortet i ét blik; det udskrives læseligt i {0} dele på de næste {0} sider</translation>
    </message>
    <message>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {1} pages</source>
        <translation>Hele kortet i ét blik; det udskrives læseligt i {0} dele på de næste {1} sider</translation>
    </message>
    <message>
        <source>stage {0}</source>
        <translation>fase {0}</translation>
    </message>
    <message>
        <source>stages {0}–{1}</source>
        <translation>faserne {0}–{1}</translation>
    </message>
    <message>
        <source>Part {0} of {1}: {2}</source>
        <translation>Del {0} af {1}: {2}</translation>
    </message>
    <message>
        <source>Where this page sits</source>
        <translation>Her er denne side</translation>
    </message>
    <message>
        <source>part {0} of {1}</source>
        <translation>del {0} af {1}</translation>
    </message>
    <message>
        <source>parts {0}–{1} of {2}</source>
        <translation>dele {0}–{1} af {2}</translation>
    </message>
    <message>
        <source>page {0} of </source>
        <translation>side {0} af </translation>
    </message>
    <message>
        <source>{0} stages, {1} micro-journeys, {2} touchpoints, {3} crossroads</source>
        <translation>{0} faser, {1} mikrorejser, {2} kontaktpunkter, {3} skilleveje</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ikke navngivet</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Kunderejsekort</translation>
    </message>
    <message>
        <source>Customer-journey map: {0}</source>
        <translation>Kunderejsekort: {0}</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>kunderejse</translation>
    </message>
    <message>
        <source>journey map</source>
        <translation>kunderejsekort</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>skillevej</translation>
    </message>
    <message>
        <source>en</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>The whole map at a glance</source>
        <translation>Hele kortet i ét blik</translation>
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
        <translation>Hele kortet er på ét {0}-ark ({1}); udskriv det i fuld størrelse.</translation>
    </message>
    <message>
        <source>The map is too big for one {0} sheet at a readable size; it is printed on {1} {0} sheets ({2}).</source>
        <translation>Kortet er for stort til ét {0}-ark i læsbar størrelse; det udskrives på {1} {0}-ark ({2}).</translation>
    </message>
    <message>
        <source>The PDF shows “�” for a character that no installed font has: {1} ({2}). Install a font that has it and export again.</source>
        <translation>PDF&apos;en viser »�« for et tegn, som ingen installeret skrifttype har: {1} ({2}). Installér en skrifttype, der har det, og eksportér igen.</translation>
    </message>
    <message>
        <source>The PDF shows “�” for {0} characters that no installed font has: {1} ({2}). Install a font that has them (for Chinese, Japanese or Korean: fonts-noto-cjk) and export again.</source>
        <translation>PDF&apos;en viser »�« for {0} tegn, som ingen installeret skrifttype har: {1} ({2}). Installér en skrifttype, der har dem (til kinesisk, japansk eller koreansk: fonts-noto-cjk), og eksportér igen.</translation>
    </message>
    <message>
        <source>Friction register</source>
        <translation>Friktionsregister</translation>
    </message>
    <message>
        <source>There are no crossroads on this map yet.</source>
        <translation>Der er endnu ingen skilleveje på dette kort.</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Alv.</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Skillevej</translation>
    </message>
    <message>
        <source>The room&apos;s priorities</source>
        <translation>Rummets prioriteringer</translation>
    </message>
    <message>
        <source>What the workshop itself voted most urgent, by dot voting: each person had a few votes to put on the points that matter most to them. The latest round comes first.</source>
        <translation>Det, workshoppen selv stemte frem som mest presserende, med prikafstemning: hver person havde nogle stemmer at give til de punkter, der betyder mest for dem. Den seneste runde kommer først.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plads</translation>
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
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <source>{0} votes from {1} people</source>
        <translation>{0} stemmer fra {1} personer</translation>
    </message>
    <message>
        <source>{0} per person</source>
        <translation>{0} pr. person</translation>
    </message>
    <message>
        <source>, several on one step allowed</source>
        <translation>, flere på ét trin tilladt</translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation>ikke længere på kortet</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(trin uden navn)</translation>
    </message>
    <message>
        <source>Every crossroads on the map, worst first (unresolved before resolved, then severity, then the share taking the bad branch). Bad branch: the share of the customers who reach the crossroads that take its bad branches, then, where it differs, the same customers as a share of all who enter the micro-journey. Actions past their due date stand out on a tinted row.</source>
        <translation>Hver skillevej på kortet, den værste først (uløste før løste, så alvorlighed, så andelen, der tager den dårlige gren). Dårlig gren: andelen af de kunder, der når skillevejen, som tager dens dårlige grene, og hvor det er et andet tal, de samme kunder som andel af alle, der går ind i mikrorejsen. Handlinger, der har overskredet fristen, står på en farvet række.</translation>
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
        <translation>Belæg</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Ownership matrix</source>
        <translation>Ejerskabsmatrix</translation>
    </message>
    <message>
        <source>Touchpoints (▭) and open crossroads (◆) each owner holds in each stage. A row of blanks is an owner with nothing on this map; the last row, nobody, is the work no one owns.</source>
        <translation>Kontaktpunkter (▭) og åbne skilleveje (◆), som hver ejer har i hver fase. En tom række er en ejer uden noget på dette kort; den sidste række, ingen, er det arbejde, som ingen ejer.</translation>
    </message>
    <message>
        <source>The map has no stages yet.</source>
        <translation>Kortet har endnu ingen faser.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>The story on one page</source>
        <translation>Historien på én side</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumé for ledelsen</translation>
    </message>
    <message>
        <source>journey owner {0}</source>
        <translation>ejer af kunderejsen: {0}</translation>
    </message>
    <message>
        <source>Micro-journeys</source>
        <translation>Mikrorejser</translation>
    </message>
    <message>
        <source>The map has no micro-journeys yet.</source>
        <translation>Kortet har endnu ingen mikrorejser.</translation>
    </message>
    <message>
        <source>{0} · company</source>
        <translation>{0} · virksomheden</translation>
    </message>
    <message>
        <source>company activity</source>
        <translation>virksomhedens aktivitet</translation>
    </message>
    <message>
        <source>unnamed owner</source>
        <translation>ejer uden navn</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>… and {0} more — see {1}.</source>
        <translation>… og {0} mere — se {1}.</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>micro-journeys</source>
        <translation>mikrorejser</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>kontaktpunkter</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>udfald</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>ejere</translation>
    </message>
    <message>
        <source>unowned steps</source>
        <translation>trin uden ejer</translation>
    </message>
    <message>
        <source>hand-offs</source>
        <translation>overdragelser</translation>
    </message>
    <message>
        <source>overdue actions</source>
        <translation>forsinkede tiltag</translation>
    </message>
    <message>
        <source>At crossroads</source>
        <translation>Ved skillevej</translation>
    </message>
    <message>
        <source>{0} friction point not yet resolved</source>
        <translation>{0} friktionspunkt endnu ikke løst</translation>
    </message>
    <message>
        <source>{0} friction points not yet resolved</source>
        <translation>{0} friktionspunkter endnu ikke løst</translation>
    </message>
    <message>
        <source>{0} micro-journey</source>
        <translation>{0} mikrorejse</translation>
    </message>
    <message>
        <source>{0} micro-journeys</source>
        <translation>{0} mikrorejser</translation>
    </message>
    <message>
        <source>{0} overdue action</source>
        <translation>{0} forsinket tiltag</translation>
    </message>
    <message>
        <source>{0} overdue actions</source>
        <translation>{0} forsinkede tiltag</translation>
    </message>
    <message>
        <source>{0} unowned step</source>
        <translation>{0} trin uden ejer</translation>
    </message>
    <message>
        <source>{0} unowned steps</source>
        <translation>{0} trin uden ejer</translation>
    </message>
    <message>
        <source>… and {0} more step</source>
        <translation>… og {0} trin mere</translation>
    </message>
    <message>
        <source>… and {0} more steps</source>
        <translation>… og {0} trin mere</translation>
    </message>
    <message>
        <source>… and {0} more micro-journey: see the micro-journey sections.</source>
        <translation>… og {0} mikrorejse mere: se afsnittene om mikrorejserne.</translation>
    </message>
    <message>
        <source>… and {0} more micro-journeys: see the micro-journey sections.</source>
        <translation>… og {0} mikrorejser mere: se afsnittene om mikrorejserne.</translation>
    </message>
    <message>
        <source>… and {0} more on page 2.</source>
        <translation>… og {0} mere på side 2.</translation>
    </message>
    <message>
        <source>The one friction point not yet resolved</source>
        <translation>Det ene friktionspunkt, der endnu ikke er løst</translation>
    </message>
    <message>
        <source>The {0} friction points not yet resolved</source>
        <translation>De {0} friktionspunkter, der endnu ikke er løst</translation>
    </message>
    <message>
        <source>The {0} worst of {1} friction points not yet resolved</source>
        <translation>De {0} værste af {1} friktionspunkter, der endnu ikke er løst</translation>
    </message>
    <message>
        <source>no steps joined by arrows yet: nothing to measure.</source>
        <translation>ingen trin er forbundet med pile endnu: intet at måle.</translation>
    </message>
    <message>
        <source>{0} of the customers who start it are lost: {1}.</source>
        <translation>{0} af de kunder, der begynder på den, går tabt: {1}.</translation>
    </message>
    <message>
        <source>no customers are lost here.</source>
        <translation>ingen kunder går tabt her.</translation>
    </message>
    <message>
        <source>Where {0} of them go is not known: a fork has no branch shares.</source>
        <translation>Hvor {0} af dem går hen, vides ikke: en skillevej mangler andele på grenene.</translation>
    </message>
    <message>
        <source>Going on: {0}.</source>
        <translation>Går videre: {0}.</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}; owner {2}.</source>
        <translation>Svageste led: {0} — {1}; ejer {2}.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>ingen ejer endnu</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}; {2}.</source>
        <translation>Svageste led: {0} — {1}; {2}.</translation>
    </message>
    <message>
        <source>Where customers are lost</source>
        <translation>Hvor kunderne går tabt</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>tabt</translation>
    </message>
    <message>
        <source>Every crossroads on the map is resolved: nothing turns customers away that is not dealt with.</source>
        <translation>Alle skilleveje på kortet er løst: intet, der vender kunder væk, står uden tiltag.</translation>
    </message>
    <message>
        <source>No crossroads on the map yet: no friction point has been marked.</source>
        <translation>Ingen skilleveje på kortet endnu: ingen friktionspunkter er markeret.</translation>
    </message>
    <message>
        <source>The worst friction points</source>
        <translation>De værste friktionspunkter</translation>
    </message>
    <message>
        <source>Friction point</source>
        <translation>Friktionspunkt</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Intet tiltag endnu</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>no steps yet.</source>
        <translation>ingen trin endnu.</translation>
    </message>
    <message>
        <source>The steps of each micro-journey, in order</source>
        <translation>Trinene i hver mikrorejse, i rækkefølge</translation>
    </message>
    <message>
        <source>◆ a crossroads (its severity); the whole map follows from page {0}.</source>
        <translation>◆ en skillevej (dens alvor); hele kortet følger fra side {0}.</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <source>The whole map follows from page {0}.</source>
        <translation>Hele kortet følger fra side {0}.</translation>
    </message>
    <message>
        <source>the friction register</source>
        <translation>friktionsregistret</translation>
    </message>
    <message>
        <source>the micro-journey sections</source>
        <translation>afsnittene om mikrorejserne</translation>
    </message>
    <message>
        <source>Unowned touchpoints and crossroads ({0})</source>
        <translation>Kontaktpunkter og skilleveje uden ejer ({0})</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>micro-journey</source>
        <translation>mikrorejse</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>kontaktpunkt</translation>
    </message>
    <message>
        <source>crossroads not yet resolved</source>
        <translation>skilleveje endnu ikke løst</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>udfald</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ejer</translation>
    </message>
    <message>
        <source>unowned step</source>
        <translation>trin uden ejer</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>overdragelse</translation>
    </message>
    <message>
        <source>overdue action</source>
        <translation>forsinket tiltag</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>af {0}</translation>
    </message>
    <message>
        <source>The next friction point not yet resolved</source>
        <translation>Det næste friktionspunkt, der endnu ikke er løst</translation>
    </message>
    <message>
        <source>The next {0} friction points not yet resolved</source>
        <translation>De næste {0} friktionspunkter, der endnu ikke er løst</translation>
    </message>
    <message>
        <source>Next actions at the other friction points</source>
        <translation>Næste tiltag ved de andre friktionspunkter</translation>
    </message>
    <message>
        <source>the ownership matrix</source>
        <translation>ejerskabsmatricen</translation>
    </message>
    <message>
        <source>Every touchpoint and crossroads has an owner.</source>
        <translation>Alle kontaktpunkter og skilleveje har en ejer.</translation>
    </message>
    <message>
        <source>Hand-offs between owners ({0})</source>
        <translation>Overdragelser mellem ejere ({0})</translation>
    </message>
    <message>
        <source>No hand-offs: each journey stays with one owner.</source>
        <translation>Ingen overdragelser: hver rejse bliver hos én ejer.</translation>
    </message>
    <message>
        <source>Every friction point not yet resolved, with its action, is on page 1.</source>
        <translation>Alle friktionspunkter, der endnu ikke er løst, står med deres tiltag på side 1.</translation>
    </message>
    <message>
        <source>unnamed stage</source>
        <translation>fase uden navn</translation>
    </message>
    <message>
        <source>unnamed micro-journey</source>
        <translation>mikrorejse uden navn</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (fortsat)</translation>
    </message>
    <message>
        <source>The page is too small to print the map readably; choose a larger paper size.</source>
        <translation>Siden er for lille til at udskrive kortet læseligt; vælg et større papirformat.</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>loyal</translation>
    </message>
    <message>
        <source>repurchase</source>
        <translation>genkøb</translation>
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
        <translation>spørgeskema</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>data</translation>
    </message>
    <message>
        <source>an unknown share of all entering ‘{0}’</source>
        <translation>en ukendt andel af alle, der går ind i ‘{0}’</translation>
    </message>
    <message>
        <source>{0} of all entering ‘{1}’</source>
        <translation>{0} af alle, der går ind i ‘{1}’</translation>
    </message>
    <message>
        <source>{0} of those entering ‘{1}’</source>
        <translation>{0} af dem, der går ind i ‘{1}’</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>Cannot write “{file}”: {reason}</source>
        <translation>Kan ikke skrive »{file}«: {reason}</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>“{file}” is read-only; save it under another name</source>
        <translation>»{file}« er skrivebeskyttet; gem den under et andet navn</translation>
    </message>
    <message>
        <source>the symbolic link leads round in a loop</source>
        <translation>det symbolske link går i ring</translation>
    </message>
    <message>
        <source>Cannot open “{file}” at {where}: {problem}</source>
        <translation>Kan ikke åbne »{file}« ved {where}: {problem}</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {problem}</source>
        <translation>Kan ikke åbne »{file}«: {problem}</translation>
    </message>
    <message>
        <source>this map has {count} steps and notes; JourneyMapper opens maps of up to {limit} steps and notes</source>
        <translation>dette kort har {count} trin og noter; JourneyMapper åbner kort med op til {limit} trin og noter</translation>
    </message>
    <message>
        <source>this map has {count} arrows; JourneyMapper opens maps of up to {limit} arrows</source>
        <translation>dette kort har {count} pile; JourneyMapper åbner kort med op til {limit} pile</translation>
    </message>
    <message>
        <source>this map has {count} stages; JourneyMapper opens maps of up to {limit} stages</source>
        <translation>dette kort har {count} faser; JourneyMapper åbner kort med op til {limit} faser</translation>
    </message>
    <message>
        <source>this map has {count} micro-journeys; JourneyMapper opens maps of up to {limit} micro-journeys</source>
        <translation>dette kort har {count} mikrorejser; JourneyMapper åbner kort med op til {limit} mikrorejser</translation>
    </message>
    <message>
        <source>this map has {count} owners; JourneyMapper opens maps of up to {limit} owners</source>
        <translation>dette kort har {count} ejere; JourneyMapper åbner kort med op til {limit} ejere</translation>
    </message>
    <message>
        <source>this map has {count} voting rounds; JourneyMapper opens maps of up to {limit} voting rounds</source>
        <translation>dette kort har {count} afstemningsrunder; JourneyMapper åbner kort med op til {limit} afstemningsrunder</translation>
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
        <translation> (i kontaktpunktet »{name}«)</translation>
    </message>
    <message>
        <source> (in the crossroads “{name}”)</source>
        <translation> (i skillevejen »{name}«)</translation>
    </message>
    <message>
        <source> (in the outcome “{name}”)</source>
        <translation> (i udfaldet »{name}«)</translation>
    </message>
    <message>
        <source> (in the note “{name}”)</source>
        <translation> (i noten »{name}«)</translation>
    </message>
    <message>
        <source> (in the step “{name}”)</source>
        <translation> (i trinnet »{name}«)</translation>
    </message>
    <message>
        <source> (in the stage “{name}”)</source>
        <translation> (i fasen »{name}«)</translation>
    </message>
    <message>
        <source> (in the micro-journey “{name}”)</source>
        <translation> (i mikrorejsen »{name}«)</translation>
    </message>
    <message>
        <source> (in the owner “{name}”)</source>
        <translation> (hos ejeren »{name}«)</translation>
    </message>
    <message>
        <source> (in the arrow “{name}”)</source>
        <translation> (i pilen »{name}«)</translation>
    </message>
    <message>
        <source> (in the voting round “{name}”)</source>
        <translation> (i afstemningsrunden »{name}«)</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Værdien skal være en gyldig tekst</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Værdien skal være et gyldigt heltal</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Værdien skal være et gyldigt heltal, men tallet har decimaler</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Værdien skal være et gyldigt tal</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Værdien skal være true eller false</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>Værdien skal være et endeligt tal</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Værdien skal være en gyldig liste</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>Værdien skal være et gyldigt objekt</translation>
    </message>
    <message>
        <source>Input should be a valid date</source>
        <translation>Værdien skal være en gyldig dato</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>Værdien skal være {expected}</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Værdien skal være større end eller lig med {ge}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Værdien skal være mindre end eller lig med {le}</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>Værdien skal være større end {gt}</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>Værdien skal være mindre end {lt}</translation>
    </message>
    <message>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation>Teksten skal følge mønsteret &apos;{pattern}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n character(s)</source>
        <translation>
            <numerusform>Teksten må højst have %n tegn</numerusform>
            <numerusform>Teksten må højst have %n tegn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n character(s)</source>
        <translation>
            <numerusform>Teksten skal have mindst %n tegn</numerusform>
            <numerusform>Teksten skal have mindst %n tegn</numerusform>
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
        <translation>feltet »{name}« mangler</translation>
    </message>
    <message>
        <source>“{name}” is not a field JourneyMapper knows</source>
        <translation>»{name}« er ikke et felt, JourneyMapper kender</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of step; expected touchpoint, crossroads, outcome or note</source>
        <translation>»{kind}« er ikke en trintype; forventet touchpoint, crossroads, outcome eller note</translation>
    </message>
    <message>
        <source>the step has no “kind”; it must say which kind of step it is: touchpoint, crossroads, outcome or note</source>
        <translation>trinnet har ingen »kind«; den skal angive, hvilken type trin det er: touchpoint, crossroads, outcome eller note</translation>
    </message>
    <message>
        <source>{problem} (found {value})</source>
        <translation>{problem} (fandt {value})</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more problem(s)</source>
        <translation>
            <numerusform>; og %n problem mere</numerusform>
            <numerusform>; og %n problemer mere</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB, too large to be a journey map</source>
        <translation>filen er større end {size} MB, for stor til at være et kunderejsekort</translation>
    </message>
    <message>
        <source>the file holds {values} values, more than a journey map of its size or of {steps} steps does (at most {limit})</source>
        <translation>filen indeholder {values} værdier, flere end et kunderejsekort af denne størrelse eller med {steps} trin har (højst {limit})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (is it a journey map?)</source>
        <translation>filen er ikke UTF-8-tekst (er det et kunderejsekort?)</translation>
    </message>
    <message>
        <source>byte {offset}</source>
        <translation>byte {offset}</translation>
    </message>
    <message>
        <source>it holds a number too long to read ({detail})</source>
        <translation>den indeholder et tal, der er for langt til at blive læst ({detail})</translation>
    </message>
    <message>
        <source>it holds a number with thousands of digits</source>
        <translation>den indeholder et tal med tusindvis af cifre</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in the same object; JourneyMapper cannot tell which one is meant</source>
        <translation>nøglen »{key}« står to gange i det samme objekt; JourneyMapper kan ikke vide, hvilken der menes</translation>
    </message>
    <message>
        <source>{value} is not a number JourneyMapper can use (JSON has no NaN or infinity)</source>
        <translation>{value} er ikke et tal, JourneyMapper kan bruge (JSON har ikke NaN eller uendelig)</translation>
    </message>
    <message>
        <source>the text holds half of a UTF-16 character pair (a lone \uD800–\uDFFF escape), which cannot be saved</source>
        <translation>teksten indeholder halvdelen af et UTF-16-tegnpar (en enlig \uD800–\uDFFF-escape), som ikke kan gemmes</translation>
    </message>
    <message>
        <source>the data is nested too deeply to be a journey map</source>
        <translation>dataene er indlejret for dybt til at være et kunderejsekort</translation>
    </message>
    <message>
        <source>the map ends before this place and something else follows it (two files joined, or text added after the map)</source>
        <translation>kortet slutter før dette sted, og noget andet følger efter (to filer sat sammen, eller tekst tilføjet efter kortet)</translation>
    </message>
    <message>
        <source>the file ends too early: it was cut off, perhaps by a failed copy or save</source>
        <translation>filen slutter for tidligt: den blev afkortet, måske af en mislykket kopiering eller gemning</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>den er ikke gyldig JSON ({detail})</translation>
    </message>
    <message>
        <source>this is not a JourneyMapper map (the “format” field is not “journeymapper”)</source>
        <translation>dette er ikke et JourneyMapper-kort (feltet »format« er ikke »journeymapper«)</translation>
    </message>
    <message>
        <source>the file has no valid version number</source>
        <translation>filen har intet gyldigt versionsnummer</translation>
    </message>
    <message>
        <source>it was made by a newer JourneyMapper (file version {version}; this program reads up to version {supported}). Update JourneyMapper to open it.</source>
        <translation>den er lavet af en nyere JourneyMapper (filversion {version}; dette program læser op til version {supported}). Opdatér JourneyMapper for at åbne den.</translation>
    </message>
    <message>
        <source>the version {version} file could not be upgraded: {detail}</source>
        <translation>version {version}-filen kunne ikke opgraderes: {detail}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dette er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>this is {kind}, not a file; JourneyMapper opens only regular files</source>
        <translation>dette er {kind}, ikke en fil; JourneyMapper åbner kun almindelige filer</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>du har ikke tilladelse til at læse den</translation>
    </message>
    <message>
        <source>it could not be read ({detail})</source>
        <translation>den kunne ikke læses ({detail})</translation>
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
        <translation>et navngivet rør (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>en enhed</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ikke en almindelig fil</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
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
        <translation>den findes allerede</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>disken kunne ikke læses eller skrives (input/output-fejl)</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>din diskkvote er brugt op</translation>
    </message>
    <message>
        <source>There is no template called “{name}”. The templates are: {names}.</source>
        <translation>Der er ingen skabelon, der hedder »{name}«. Skabelonerne er: {names}.</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kan ikke læses ({detail})</translation>
    </message>
    <message>
        <source>the autosave file is damaged</source>
        <translation>den automatisk gemte fil er beskadiget</translation>
    </message>
    <message>
        <source>this is not a JourneyMapper autosave</source>
        <translation>dette er ikke en automatisk gemt fil fra JourneyMapper</translation>
    </message>
    <message>
        <source>the autosave was made by another version</source>
        <translation>den automatisk gemte fil er lavet af en anden version</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>kontaktpunkt</translation>
    </message>
    <message>
        <source>Add &amp;Touchpoint</source>
        <translation>Tilføj &amp;kontaktpunkt</translation>
    </message>
    <message>
        <source>an untitled touchpoint</source>
        <translation>et kontaktpunkt uden navn</translation>
    </message>
    <message>
        <source>(untitled touchpoint)</source>
        <translation>(kontaktpunkt uden titel)</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Skillevej</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>skillevej</translation>
    </message>
    <message>
        <source>Add &amp;Crossroads</source>
        <translation>Tilføj &amp;skillevej</translation>
    </message>
    <message>
        <source>an untitled crossroads</source>
        <translation>en skillevej uden navn</translation>
    </message>
    <message>
        <source>(untitled crossroads)</source>
        <translation>(skillevej uden titel)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>udfald</translation>
    </message>
    <message>
        <source>Add &amp;Outcome</source>
        <translation>Tilføj &amp;udfald</translation>
    </message>
    <message>
        <source>an untitled outcome</source>
        <translation>et udfald uden navn</translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation>(udfald uden titel)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Tilføj &amp;note</translation>
    </message>
    <message>
        <source>an untitled note</source>
        <translation>en note uden navn</translation>
    </message>
    <message>
        <source>(untitled note)</source>
        <translation>(note uden titel)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>JourneyMapper cannot open its window: no display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen.</source>
        <translation>JourneyMapper kan ikke åbne sit vindue: der blev ikke fundet nogen skærm (DISPLAY og WAYLAND_DISPLAY er ikke sat). Start programmet fra en skrivebordssession, eller sæt QT_QPA_PLATFORM=offscreen for at køre det uden skærm.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>There is no stage with id {id}.</source>
        <translation>Der er ingen fase med id {id}.</translation>
    </message>
    <message>
        <source>There is no micro-journey with id {id}.</source>
        <translation>Der er ingen mikrorejse med id {id}.</translation>
    </message>
    <message>
        <source>There is no owner with id {id}.</source>
        <translation>Der er ingen ejer med id {id}.</translation>
    </message>
    <message>
        <source>A stage with id {id} is already on the map.</source>
        <translation>En fase med id {id} findes allerede på kortet.</translation>
    </message>
    <message>
        <source>A micro-journey with id {id} is already on the map.</source>
        <translation>En mikrorejse med id {id} findes allerede på kortet.</translation>
    </message>
    <message>
        <source>An owner with id {id} is already on the map.</source>
        <translation>En ejer med id {id} findes allerede på kortet.</translation>
    </message>
    <message>
        <source>A stage&apos;s id cannot change.</source>
        <translation>En fases id kan ikke ændres.</translation>
    </message>
    <message>
        <source>A micro-journey&apos;s id cannot change.</source>
        <translation>En mikrorejses id kan ikke ændres.</translation>
    </message>
    <message>
        <source>An owner&apos;s id cannot change.</source>
        <translation>En ejers id kan ikke ændres.</translation>
    </message>
    <message>
        <source>‘{name}’</source>
        <translation>»{name}«</translation>
    </message>
    <message>
        <source>There is no step with id {id}.</source>
        <translation>Der er intet trin med id {id}.</translation>
    </message>
    <message>
        <source>There is no arrow with id {id}.</source>
        <translation>Der er ingen pil med id {id}.</translation>
    </message>
    <message>
        <source>An owner cannot be merged into itself.</source>
        <translation>En ejer kan ikke slås sammen med sig selv.</translation>
    </message>
    <message>
        <source>There is no owner with id {id} to hand the items to.</source>
        <translation>Der er ingen ejer med id {id}, der kan overtage elementerne.</translation>
    </message>
    <message>
        <source>A step&apos;s {field} cannot change.</source>
        <translation>Feltet {field} i et trin kan ikke ændres.</translation>
    </message>
    <message>
        <source>Step {name} is placed in a stage that does not exist.</source>
        <translation>Trinnet {name} er placeret i en fase, der ikke findes.</translation>
    </message>
    <message>
        <source>Step {name} is placed in a micro-journey that does not exist.</source>
        <translation>Trinnet {name} er placeret i en mikrorejse, der ikke findes.</translation>
    </message>
    <message>
        <source>Step {name} names an owner that does not exist.</source>
        <translation>Trinnet {name} henviser til en ejer, der ikke findes.</translation>
    </message>
    <message>
        <source>An arrow&apos;s {field} cannot change; draw a new arrow instead.</source>
        <translation>Feltet {field} i en pil kan ikke ændres; tegn en ny pil i stedet.</translation>
    </message>
    <message>
        <source>The arrow&apos;s start step does not exist.</source>
        <translation>Trinnet, som pilen starter i, findes ikke.</translation>
    </message>
    <message>
        <source>The arrow&apos;s end step does not exist.</source>
        <translation>Trinnet, som pilen ender i, findes ikke.</translation>
    </message>
    <message>
        <source>An arrow cannot lead from a step back to itself.</source>
        <translation>En pil kan ikke gå fra et trin tilbage til sig selv.</translation>
    </message>
    <message>
        <source>Notes annotate the map; they cannot be joined by arrows.</source>
        <translation>Noter kommenterer kortet; de kan ikke forbindes med pile.</translation>
    </message>
    <message>
        <source>An arrow with id {id} is already on the map.</source>
        <translation>En pil med id {id} findes allerede på kortet.</translation>
    </message>
    <message>
        <source>There is already an arrow from {source} to {target}.</source>
        <translation>Der går allerede en pil fra {source} til {target}.</translation>
    </message>
    <message numerus="yes">
        <source>The stage {name} still holds %n step(s). Move or delete them first, or choose another column to move them to.</source>
        <translation>
            <numerusform>Fasen {name} indeholder stadig %n trin. Flyt eller slet det først, eller vælg en anden kolonne at flytte det til.</numerusform>
            <numerusform>Fasen {name} indeholder stadig %n trin. Flyt eller slet dem først, eller vælg en anden kolonne at flytte dem til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The micro-journey {name} still holds %n step(s). Move or delete them first, or choose another lane to move them to.</source>
        <translation>
            <numerusform>Mikrorejsen {name} indeholder stadig %n trin. Flyt eller slet det først, eller vælg en anden række at flytte det til.</numerusform>
            <numerusform>Mikrorejsen {name} indeholder stadig %n trin. Flyt eller slet dem først, eller vælg en anden række at flytte dem til.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a different column to move the steps to.</source>
        <translation>Vælg en anden kolonne at flytte trinnene til.</translation>
    </message>
    <message>
        <source>Choose a different lane to move the steps to.</source>
        <translation>Vælg en anden række at flytte trinnene til.</translation>
    </message>
    <message>
        <source>Only a crossroads has branches; this arrow must be a flow.</source>
        <translation>Kun en skillevej har forgreninger; denne pil skal være et flow.</translation>
    </message>
    <message>
        <source>Arrows out of a crossroads are branches.</source>
        <translation>Pile ud fra en skillevej er forgreninger.</translation>
    </message>
    <message>
        <source>Only touchpoints, crossroads, outcomes and notes can be added.</source>
        <translation>Kun kontaktpunkter, skilleveje, udfald og noter kan tilføjes.</translation>
    </message>
    <message>
        <source>A step with id {id} is already on the map.</source>
        <translation>Et trin med id {id} findes allerede på kortet.</translation>
    </message>
    <message>
        <source>The journey owner must be one of the map&apos;s owners.</source>
        <translation>Ejeren af kunderejsen skal være en af kortets ejere.</translation>
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
        <translation>.</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikrorejse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Forbedringstiltag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belæg</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Weakest links</source>
        <translation>Svageste led</translation>
    </message>
    <message>
        <source>The room&apos;s priorities</source>
        <translation>Rummets prioriteringer</translation>
    </message>
    <message>
        <source>Paths to churn</source>
        <translation>Veje til frafald</translation>
    </message>
    <message>
        <source>Unowned steps</source>
        <translation>Trin uden ejer</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Overdragelser</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Branch shares</source>
        <translation>Andele i forgreninger</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Two pairs of glasses</source>
        <translation>To par briller</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gap-analyse</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Næste tiltag</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>himmelblå</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>blågrøn</translation>
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
        <translation>sort</translation>
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
        <translation>Websted</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Sociale medier</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Anmeldelsesside</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sælger</translation>
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
        <translation>Personligt fremmøde</translation>
    </message>
    <message>
        <source>The product itself</source>
        <translation>Selve produktet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>No feedback collected</source>
        <translation>Ingen feedback indsamlet</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Satisfaction score (CSAT)</source>
        <translation>Tilfredshed (CSAT)</translation>
    </message>
    <message>
        <source>Effort score (CES)</source>
        <translation>Kundeindsats (CES)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Brugsdata</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Undersøges</translation>
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
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Buys again</source>
        <translation>Køber igen</translation>
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
        <translation>Forsvinder (frafald)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
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
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Forgrening</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>meget dårlig</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>dårlig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>meget god</translation>
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
        <translation>drop</translation>
    </message>
    <message>
        <source>invest</source>
        <translation>investér</translation>
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
        <translation>(uden navn)</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) from entry to outcome</source>
        <translation>
            <numerusform>%n vej fra indgang til udfald</numerusform>
            <numerusform>%n veje fra indgang til udfald</numerusform>
        </translation>
    </message>
    <message>
        <source>too many</source>
        <translation>for mange</translation>
    </message>
    <message>
        <source>{total} paths from entry to outcome (the first {shown} analysed)</source>
        <translation>{total} veje fra indgang til udfald (de første {shown} er analyseret)</translation>
    </message>
    <message>
        <source>a tie of {count} steps, each hurting {hurt} of 5: {steps}</source>
        <translation>uafgjort mellem {count} trin, hvert med smerte {hurt} af 5: {steps}</translation>
    </message>
    <message>
        <source>{journey} at {step}</source>
        <translation>{journey} ved {step}</translation>
    </message>
    <message>
        <source>of all customers entering {journey}</source>
        <translation>af alle kunder, der går ind i {journey}</translation>
    </message>
    <message>
        <source>of the customers entering {journey}</source>
        <translation>af kunderne, der går ind i {journey}</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>en ukendt andel</translation>
    </message>
    <message>
        <source>{step} (reached by {shares})</source>
        <translation>{step} (nås af {shares})</translation>
    </message>
    <message>
        <source>MICRO-JOURNEYS</source>
        <translation>MIKROREJSER</translation>
    </message>
    <message>
        <source>Weakest link of the whole map: {step}</source>
        <translation>Svageste led i hele kortet: {step}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>entries:</source>
        <translation>indgange:</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>udfald:</translation>
    </message>
    <message>
        <source>paths:</source>
        <translation>veje:</translation>
    </message>
    <message>
        <source>weakest link:</source>
        <translation>svageste led:</translation>
    </message>
    <message>
        <source>(Weakest link: the step that hurts most, a rated touchpoint 3 − its rating, an unresolved crossroads its severity, on one 1–5 scale; steps that hurt alike are a tie.)</source>
        <translation>(Svageste led: det trin, der gør mest ondt – et bedømt kontaktpunkt 3 − bedømmelsen, en uløst skillevej alvorligheden, på én skala fra 1 til 5; trin, der gør lige ondt, står lige.)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>OWNER × STAGE (touchpoints and open crossroads)</source>
        <translation>EJER × FASE (kontaktpunkter og åbne skilleveje)</translation>
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
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Effort %</source>
        <translation>Indsats %</translation>
    </message>
    <message>
        <source>of it notes</source>
        <translation>heraf noter</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Ikke lagt til</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Unbacked</source>
        <translation>Uden opbakning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>GAP ANALYSIS AND FEEDBACK PER STAGE</source>
        <translation>GAP-ANALYSE OG FEEDBACK PR. FASE</translation>
    </message>
    <message>
        <source>Effort: the company activities&apos; effort, each hour counted once. A note&apos;s effort counts only where no touchpoint of its stage and micro-journey carries effort; beside such touchpoints it is not added.</source>
        <translation>Indsats: indsatsen i virksomhedens aktiviteter, hver time talt én gang. Indsatsen i en note tælles kun, hvor intet kontaktpunkt i samme fase og mikrorejse har indsats; ved siden af sådanne kontaktpunkter lægges den ikke til.</translation>
    </message>
    <message>
        <source>Effort %: of the map&apos;s counted effort. Feedback: of the stage&apos;s touchpoints, those with a feedback instrument.</source>
        <translation>Indsats %: af kortets talte indsats. Feedback: af fasens kontaktpunkter, dem med et feedbackværktøj.</translation>
    </message>
    <message>
        <source>Verdict no data: the stage has touchpoints but no company activity is marked there.</source>
        <translation>Vurdering ingen data: fasen har kontaktpunkter, men ingen aktivitet i virksomheden er markeret der.</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Kort uden navn</translation>
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
        <translation>Fund: {problems}, {warnings}, {notes}.   Mærker: ✗ problem  ! advarsel  · bemærkning</translation>
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
            <numerusform>%n bemærkning</numerusform>
            <numerusform>%n bemærkninger</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the map is empty or has nothing to improve.</source>
        <translation>Ingen fund: kortet er tomt eller har intet at forbedre.</translation>
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
        <translation>Før, under og efter købet.</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Før købet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under købet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter købet</translation>
    </message>
    <message>
        <source>Five stages</source>
        <translation>Fem faser</translation>
    </message>
    <message>
        <source>Awareness, evaluation, purchase, use, repurchase and recommendation.</source>
        <translation>Opmærksomhed, evaluering, køb, brug, genkøb og anbefaling.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Opmærksomhed</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Køb</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Repurchase and recommendation</source>
        <translation>Genkøb og anbefaling</translation>
    </message>
    <message>
        <source>Seven stages (B2B)</source>
        <translation>Syv faser (B2B)</translation>
    </message>
    <message>
        <source>The seven phases of a business purchase.</source>
        <translation>De syv faser i et virksomhedskøb.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ikke-aktiv</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>First interest</source>
        <translation>Første interesse</translation>
    </message>
    <message>
        <source>Active evaluation</source>
        <translation>Aktiv evaluering</translation>
    </message>
    <message>
        <source>Purchase decision</source>
        <translation>Købsbeslutning</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundeoplevelse</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalitet</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikrorejse</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <source>Cannot Open Map</source>
        <translation>Kan ikke åbne kortet</translation>
    </message>
    <message>
        <source>A new map from the template “{0}”. Save asks where to keep it.</source>
        <translation>Et nyt kort ud fra skabelonen »{0}«. Gem spørger, hvor det skal gemmes.</translation>
    </message>
    <message>
        <source>Cannot Recover Map</source>
        <translation>Kan ikke gendanne kortet</translation>
    </message>
    <message>
        <source>Recovered from the autosave of {0}. Save to keep it.</source>
        <translation>Gendannet fra den automatiske gemning kl. {0}. Gem for at beholde det.</translation>
    </message>
</context>
</TS>
