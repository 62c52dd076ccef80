<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <source>Add a stage and a micro-journey first.</source>
        <translation>Lägg först till en fas och en mikroresa.</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Lägg till {0}</translation>
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
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Urklippet innehåller inga steg att klistra in.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <source>Paste text as steps</source>
        <translation>Klistra in text som steg</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>The layout is already tidy.</source>
        <translation>Kartan är redan välordnad.</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Ordna automatiskt</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>New micro-journey</source>
        <translation>Ny mikroresa</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan inte ta bort</translation>
    </message>
    <message>
        <source>A map needs at least one stage and one micro-journey.</source>
        <translation>En karta behöver minst en fas och en mikroresa.</translation>
    </message>
    <message>
        <source>The stage ‘{0}’ still holds one step.</source>
        <translation>Fasen ”{0}” innehåller fortfarande ett steg.</translation>
    </message>
    <message>
        <source>The stage ‘{0}’ still holds {1} steps.</source>
        <translation>Fasen ”{0}” innehåller fortfarande {1} steg.</translation>
    </message>
    <message>
        <source>The micro-journey ‘{0}’ still holds one step.</source>
        <translation>Mikroresan ”{0}” innehåller fortfarande ett steg.</translation>
    </message>
    <message>
        <source>The micro-journey ‘{0}’ still holds {1} steps.</source>
        <translation>Mikroresan ”{0}” innehåller fortfarande {1} steg.</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Ta bort fas</translation>
    </message>
    <message>
        <source>Remove micro-journey</source>
        <translation>Ta bort mikroresa</translation>
    </message>
    <message>
        <source>Move its steps to ‘{0}’ and remove it?</source>
        <translation>Flytta dess steg till ”{0}” och ta bort den?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Bättre</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Sämre</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Lägg till nästa steg</translation>
    </message>
    <message>
        <source>Add crossroads</source>
        <translation>Lägg till vägskäl</translation>
    </message>
    <message>
        <source>There is no stage or micro-journey that way.</source>
        <translation>Det finns ingen fas eller mikroresa åt det hållet.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>micro-journey</source>
        <translation>mikroresa</translation>
    </message>
    <message>
        <source>Rename {0}</source>
        <translation>Byt namn på {0}</translation>
    </message>
    <message>
        <source>Add {0} after</source>
        <translation>Lägg till {0} efter</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Flytta tidigare</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Flytta senare</translation>
    </message>
    <message>
        <source>Auto-layout this micro-journey</source>
        <translation>Ordna den här mikroresan automatiskt</translation>
    </message>
    <message>
        <source>Remove {0}…</source>
        <translation>Ta bort {0}…</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Redigera etikett</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stämning</translation>
    </message>
    <message>
        <source>Good ✓ (solid)</source>
        <translation>Bra ✓ (heldragen)</translation>
    </message>
    <message>
        <source>Bad ✗ (dashed)</source>
        <translation>Dålig ✗ (streckad)</translation>
    </message>
    <message>
        <source>Neutral (dotted)</source>
        <translation>Neutral (prickad)</translation>
    </message>
    <message>
        <source>Share of customers…</source>
        <translation>Andel kunder…</translation>
    </message>
    <message>
        <source>Delete arrow</source>
        <translation>Ta bort pil</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Add {0} here</source>
        <translation>Lägg till {0} här</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>Klistra in här</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Add micro-journey</source>
        <translation>Lägg till mikroresa</translation>
    </message>
    <message>
        <source>Auto-layout the whole map</source>
        <translation>Ordna hela kartan automatiskt</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(flera värden)</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(flera)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Type a date, {0} or {1}; Up and Down step a day, Alt+Down opens the calendar; empty: no date</source>
        <translation>Skriv ett datum, {0} eller {1}; pil upp och ned stegar en dag, Alt+pil ned öppnar kalendern; tomt: inget datum</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Välj datumet i en kalender (Alt+pil ned)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Inget slutdatum</translation>
    </message>
    <message>
        <source>1 a small irritation … 5 customers leave</source>
        <translation>1 ett litet irritationsmoment … 5 kunderna försvinner</translation>
    </message>
    <message>
        <source>{0} marks an action that is overdue</source>
        <translation>{0} markerar en åtgärd som är försenad</translation>
    </message>
    <message>
        <source>The room&apos;s votes in the latest dot-voting round about the point</source>
        <translation>Rummets röster i den senaste prickröstningen om punkten</translation>
    </message>
    <message>
        <source>Not voted on yet</source>
        <translation>Inte röstat om ännu</translation>
    </message>
    <message>
        <source>{0} of {1} votes in “{2}” {3}</source>
        <translation>{0} av {1} röster i ”{2}” {3}</translation>
    </message>
    <message>
        <source>Overdue: due {0}, still {1}</source>
        <translation>Försenad: klart senast {0}, fortfarande {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Redigera {0}</translation>
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
        <translation>Visa bara den här ägarens vägskäl; kartan tonar ned allt annat, som ”Visa bara” under Ägarskap gör</translation>
    </message>
    <message>
        <source>Search questions, actions, evidence…</source>
        <translation>Sök i frågor, åtgärder, underlag…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alla allvarlighetsgrader</translation>
    </message>
    <message>
        <source>{0} or worse</source>
        <translation>{0} eller värre</translation>
    </message>
    <message>
        <source>5 only</source>
        <translation>Endast 5</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <source>{0} of {1} crossroads</source>
        <translation>{0} av {1} vägskäl</translation>
    </message>
    <message>
        <source>{0} crossroads</source>
        <translation>{0} vägskäl</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>{0} problems</source>
        <translation>{0} problem</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 varning</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} varningar</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 anmärkning</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} anmärkningar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every percent says of whom.&lt;/b&gt; A branch&apos;s share (on an arrow) is of the customers who reach its crossroads. The odds and the paths of a micro-journey are of the customers entering it. Where a micro-journey starts inside another (lost luggage inside the flight), its numbers are also given as shares of all customers entering that one: 35 % of those with a missing bag can be 0.25 % of all flyers.</source>
        <translation>&lt;b&gt;Varje procent säger vilka den gäller.&lt;/b&gt; Andelen på en gren (en pil) gäller kunderna som når vägskälet. Oddsen och vägarna i en mikroresa gäller kunderna som går in i den. Där en mikroresa börjar inne i en annan (borttappat bagage inne i flygresan) anges talen också som andelar av alla kunder som går in i den: 35 % av dem som saknar en väska kan vara 0,25 % av alla som flyger.</translation>
    </message>
    <message>
        <source>&lt;b&gt;An outcome&apos;s own share&lt;/b&gt; (the percent on the outcome) is read as of the customers entering its micro-journey. Where the branch shares give another number, &lt;i&gt;Branch shares&lt;/i&gt; says so, with both numbers.</source>
        <translation>&lt;b&gt;Ett utfalls egen andel&lt;/b&gt; (procenten på utfallet) läses som en andel av kunderna som går in i dess mikroresa. Där andelarna i förgreningarna ger ett annat tal säger &lt;i&gt;Andelar i förgreningar&lt;/i&gt; det, med båda talen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest link.&lt;/b&gt; A journey is only as good as the step that hurts most. Ratings and severities share one 1–5 scale: a rated touchpoint hurts 3 minus its rating (−2 hurts 5, +2 hurts 1), a crossroads that is not resolved hurts its severity. The highest hurt is the weakest link of each micro-journey; steps that hurt alike are reported as a tie. Unrated touchpoints, resolved crossroads and outcomes do not take part.</source>
        <translation>&lt;b&gt;Svagaste länken.&lt;/b&gt; En resa är aldrig bättre än det steg som gör mest ont. Betyg och allvarlighet delar en skala från 1 till 5: en betygsatt kontaktpunkt gör ont 3 minus betyget (−2 ger 5, +2 ger 1), ett vägskäl som inte är löst gör ont med sin allvarlighet. Det högsta talet är den svagaste länken i varje mikroresa; steg som gör lika ont rapporteras som delad plats. Kontaktpunkter utan betyg, lösta vägskäl och utfall är inte med.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No outcome drawn.&lt;/b&gt; Where a journey stops at a step with no arrow out, the customers who get there reach the end of what is drawn: that says nothing about them, only that the map does not show what happens next.</source>
        <translation>&lt;b&gt;Inget utfall ritat.&lt;/b&gt; Där en resa stannar vid ett steg utan pil ut når kunderna som kommer dit slutet av det som är ritat: det säger inget om dem, bara att kartan inte visar vad som händer sedan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap analysis.&lt;/b&gt; Per stage, the company&apos;s activities against the customer&apos;s touchpoints. A stage with touchpoints but no company activity marked has no data (not &quot;ok&quot;). Each hour of effort counts once: a note&apos;s effort counts only where no touchpoint of its stage and micro-journey carries effort; beside such touchpoints it is shown, not added.</source>
        <translation>&lt;b&gt;Gapanalys.&lt;/b&gt; Fas för fas: företagets aktiviteter mot kundens kontaktpunkter. En fas med kontaktpunkter men utan markerade aktiviteter i företaget har inga data (inte ”ok”). Varje timme insats räknas en gång: insatsen på en anteckning räknas bara där inga kontaktpunkter i samma fas och mikroresa har insats; bredvid sådana kontaktpunkter visas den men läggs inte till.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopiera rapporten</translation>
    </message>
    <message>
        <source>Copy every finding as text, to paste into an e-mail or a document</source>
        <translation>Kopiera alla fynd som text, för att klistra in i ett e-postmeddelande eller ett dokument</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>Så räknas det</translation>
    </message>
    <message>
        <source>What each percent is a share of, the weakest-link rule and how effort is counted</source>
        <translation>Vad varje procent är en andel av, regeln för svagaste länken och hur insats räknas</translation>
    </message>
    <message>
        <source>Click a finding to select its steps and arrows on the map.</source>
        <translation>Klicka på ett fynd för att markera dess steg och pilar på kartan.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyserar…</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Click to select everything in this group on the map.</source>
        <translation>Klicka för att markera allt i den här gruppen på kartan.</translation>
    </message>
    <message>
        <source>No findings yet: add steps and arrows to the map.</source>
        <translation>Inga fynd ännu: lägg till steg och pilar på kartan.</translation>
    </message>
    <message>
        <source>Show {0} more…</source>
        <translation>Visa {0} till…</translation>
    </message>
    <message>
        <source>Click to list every finding of this group here; Copy report gives them all as text.</source>
        <translation>Klicka för att lista alla fynd i den här gruppen här; ”Kopiera rapporten” ger dem alla som text.</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(namnlös fas)</translation>
    </message>
    <message>
        <source>(unnamed micro-journey)</source>
        <translation>(namnlös mikroresa)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>−2 very bad · −1 bad · 0 neutral · +1 good · +2 very good</source>
        <translation>−2 mycket dålig · −1 dålig · 0 neutral · +1 bra · +2 mycket bra</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>The company&apos;s effort on this activity (hours, days or cost: use one unit across the map)</source>
        <translation>Företagets insats för den här aktiviteten (timmar, dagar eller kostnad: använd samma enhet i hela kartan)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroresa</translation>
    </message>
    <message>
        <source>Company activity</source>
        <translation>Företagets aktivitet</translation>
    </message>
    <message>
        <source>Counts in the gap analysis</source>
        <translation>Räknas i gapanalysen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer&apos;s rating</source>
        <translation>Kundens bedömning</translation>
    </message>
    <message>
        <source>Provider&apos;s rating</source>
        <translation>Leverantörens bedömning</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
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
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Förbättringsåtgärd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Journey owner</source>
        <translation>Kundresans ägare</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektör</translation>
    </message>
    <message>
        <source>(unnamed owner)</source>
        <translation>(namnlös ägare)</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kartan</translation>
    </message>
    <message>
        <source>Nothing is selected. Select a step, an arrow, a stage or a micro-journey to see its fields here.</source>
        <translation>Inget är markerat. Markera ett steg, en pil, en fas eller en mikroresa för att se dess fält här.</translation>
    </message>
    <message>
        <source>In {0} · {1}</source>
        <translation>I {0} · {1}</translation>
    </message>
    <message>
        <source>an unnamed stage</source>
        <translation>en namnlös fas</translation>
    </message>
    <message>
        <source>an unnamed micro-journey</source>
        <translation>en namnlös mikroresa</translation>
    </message>
    <message>
        <source>→ Arrow ({0})</source>
        <translation>→ Pil ({0})</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>Från {0} till {1}</translation>
    </message>
    <message>
        <source>Stage (column)</source>
        <translation>Fas (kolumn)</translation>
    </message>
    <message>
        <source>{0} steps in this stage</source>
        <translation>{0} steg i den här fasen</translation>
    </message>
    <message>
        <source>Micro-journey (lane)</source>
        <translation>Mikroresa (rad)</translation>
    </message>
    <message>
        <source>{0} steps in this micro-journey</source>
        <translation>{0} steg i den här mikroresan</translation>
    </message>
    <message>
        <source>{0} items selected</source>
        <translation>{0} objekt markerade</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pil</translation>
    </message>
    <message>
        <source>A change here applies to all of them, in one undo step.</source>
        <translation>En ändring här gäller alla och kan ångras i ett steg.</translation>
    </message>
    <message>
        <source>They share no field that can be edited together.</source>
        <translation>De har inga gemensamma fält som kan redigeras tillsammans.</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Ändra {0}</translation>
    </message>
    <message>
        <source>Change {0} of {1} items</source>
        <translation>Ändra {0} för {1} objekt</translation>
    </message>
    <message>
        <source>Journeys outline</source>
        <translation>Översikt över resorna</translation>
    </message>
    <message>
        <source>Micro-journey / step</source>
        <translation>Mikroresa / steg</translation>
    </message>
    <message>
        <source>Click to find a step on the map; double-click to rename. Drag a micro-journey to reorder.</source>
        <translation>Klicka för att hitta ett steg på kartan; dubbelklicka för att byta namn. Dra en mikroresa för att ändra ordningen.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} steg</translation>
    </message>
    <message>
        <source>(untitled {0})</source>
        <translation>({0} utan namn)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>light {0}</source>
        <translation>ljus {0}</translation>
    </message>
    <message>
        <source>Owner colour</source>
        <translation>Ägarfärg</translation>
    </message>
    <message>
        <source>These colours stay distinct for colour-blind readers.</source>
        <translation>De här färgerna går att skilja åt även för färgblinda läsare.</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Annan färg…</translation>
    </message>
    <message>
        <source>Any colour (may be hard to tell apart)</source>
        <translation>Valfri färg (kan vara svår att skilja från andra)</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ägarskap</translation>
    </message>
    <message>
        <source>The one person or small group who holds the whole journey: maps it, watches its quality, adapts it.</source>
        <translation>Den person eller lilla grupp som har ansvaret för hela resan: kartlägger den, bevakar kvaliteten och anpassar den.</translation>
    </message>
    <message>
        <source>Colour the map by owner</source>
        <translation>Färglägg kartan efter ägare</translation>
    </message>
    <message>
        <source>Dim everything except this owner&apos;s items and bring them into view, so an owner can work through their own points (also My items and the register follow).</source>
        <translation>Tona ned allt utom den här ägarens punkter och visa dem alla på kartan, så att en ägare kan gå igenom sina egna punkter (Mina punkter och registret följer med).</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Visa bara</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Ansvarar för</translation>
    </message>
    <message>
        <source>Double-click to rename. Drag an owner onto a card on the map to make them its owner.</source>
        <translation>Dubbelklicka för att byta namn. Dra en ägare till ett kort på kartan för att göra hen till dess ägare.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå ihop…</translation>
    </message>
    <message>
        <source>Give everything this owner holds to another owner, and remove this one</source>
        <translation>Ge allt den här ägaren har till en annan ägare och ta bort den här</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Assign to selection</source>
        <translation>Tilldela markeringen</translation>
    </message>
    <message>
        <source>Make this owner the owner of the touchpoints and crossroads selected on the map</source>
        <translation>Gör den här ägaren till ägare av de kontaktpunkter och vägskäl som är markerade på kartan</translation>
    </message>
    <message>
        <source>Each cell: touchpoints, then ◆ open crossroads. Click a cell to select those items on the map.</source>
        <translation>Varje cell: kontaktpunkter, sedan ◆ öppna vägskäl. Klicka på en cell för att markera dem på kartan.</translation>
    </message>
    <message>
        <source>Select all unowned</source>
        <translation>Markera alla utan ägare</translation>
    </message>
    <message>
        <source>Touchpoints and crossroads nobody owns (hatched stripe on the map).</source>
        <translation>Kontaktpunkter och vägskäl som ingen äger (skrafferad rand på kartan).</translation>
    </message>
    <message>
        <source>Where the customer passes from one owner to another: a silo risk, where customers feel forgotten.</source>
        <translation>Där kunden går från en ägare till en annan: en silorisk, där kunder känner sig bortglömda.</translation>
    </message>
    <message>
        <source>Owner × stage</source>
        <translation>Ägare × fas</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Utan ägare</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Överlämningar</translation>
    </message>
    <message>
        <source>journey owner</source>
        <translation>kundresans ägare</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>{0} touchpoints, {1} crossroads</source>
        <translation>{0} kontaktpunkter, {1} vägskäl</translation>
    </message>
    <message>
        <source>Unowned ({0})</source>
        <translation>Utan ägare ({0})</translation>
    </message>
    <message>
        <source>Hand-offs ({0})</source>
        <translation>Överlämningar ({0})</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Ny ägare</translation>
    </message>
    <message>
        <source>New owner {0}</source>
        <translation>Ny ägare {0}</translation>
    </message>
    <message>
        <source>There is no other owner to merge with.</source>
        <translation>Det finns ingen annan ägare att slå ihop med.</translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Slå ihop ägare</translation>
    </message>
    <message>
        <source>Give everything {0} owns to:</source>
        <translation>Ge allt som {0} äger till:</translation>
    </message>
    <message>
        <source>Nobody (leave them unowned)</source>
        <translation>Ingen (lämna dem utan ägare)</translation>
    </message>
    <message>
        <source>{0} touchpoints and crossroads</source>
        <translation>{0} kontaktpunkter och vägskäl</translation>
    </message>
    <message>
        <source> and the journey itself</source>
        <translation> och själva resan</translation>
    </message>
    <message>
        <source>Remove owner</source>
        <translation>Ta bort ägare</translation>
    </message>
    <message>
        <source>{0} owns {1}. Who takes them over?</source>
        <translation>{0} äger {1}. Vem tar över dem?</translation>
    </message>
    <message>
        <source>Make journey owner</source>
        <translation>Gör till kundresans ägare</translation>
    </message>
    <message>
        <source>Show only this owner&apos;s items</source>
        <translation>Visa bara den här ägarens objekt</translation>
    </message>
    <message>
        <source>Select touchpoints or crossroads on the map first.</source>
        <translation>Markera först kontaktpunkter eller vägskäl på kartan.</translation>
    </message>
    <message>
        <source>Assign {0} to {1} items</source>
        <translation>Gör {0} till ägare av {1} objekt</translation>
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
        <translation>Här går kunderna från {0} till {1}. Vem ser till att de inte blir bortglömda?</translation>
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
        <translation>Koppla ihop</translation>
    </message>
    <message>
        <source>An arrow cannot lead from a step back to itself.</source>
        <translation>En pil kan inte gå från ett steg tillbaka till sig självt.</translation>
    </message>
    <message>
        <source>Notes annotate the map; they cannot be joined by arrows.</source>
        <translation>Anteckningar kommenterar kartan; de kan inte kopplas ihop med pilar.</translation>
    </message>
    <message>
        <source>There is already an arrow from ‘{0}’ to ‘{1}’.</source>
        <translation>Det går redan en pil från ”{0}” till ”{1}”.</translation>
    </message>
    <message>
        <source>Remove arrow</source>
        <translation>Ta bort pil</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Redigera pil</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Ändra storlek</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Ändra ordning</translation>
    </message>
    <message>
        <source>Delete {0} items</source>
        <translation>Ta bort {0} objekt</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Ta bort steg</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Redigera steg</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Lägg till ägare</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Redigera ägare</translation>
    </message>
    <message>
        <source>Reorder owners</source>
        <translation>Ändra ordning på ägare</translation>
    </message>
    <message>
        <source>Edit map info</source>
        <translation>Redigera kartinformation</translation>
    </message>
    <message>
        <source>‘{0}’</source>
        <translation>”{0}”</translation>
    </message>
    <message>
        <source>{0} of the customers who reach this crossroads take this branch</source>
        <translation>{0} av kunderna som når detta vägskäl tar denna gren</translation>
    </message>
    <message>
        <source>{0} of the customers who reach the step before take this arrow</source>
        <translation>{0} av kunderna som når steget före följer denna pil</translation>
    </message>
    <message>
        <source>{0} of the customers entering this micro-journey end here (stated on the map)</source>
        <translation>{0} av kunderna som går in i denna mikroresa hamnar här (angivet på kartan)</translation>
    </message>
    <message>
        <source>{0} of the customers entering ‘{1}’ end here (stated on the map)</source>
        <translation>{0} av kunderna som går in i ‘{1}’ hamnar här (angivet på kartan)</translation>
    </message>
    <message>
        <source>Severity {0} of 5</source>
        <translation>Allvarlighet {0} av 5</translation>
    </message>
    <message>
        <source>Not for a {0}</source>
        <translation>Gäller inte för {0}</translation>
    </message>
    <message>
        <source>My items</source>
        <translation>Mina punkter</translation>
    </message>
    <message>
        <source>Whose items: the map dims everything else and shows them all; Ownership and the friction register show the same owner</source>
        <translation>Vems punkter: kartan tonar ned allt annat och visar dem alla; Ägarskap och friktionsregistret visar samma ägare</translation>
    </message>
    <message>
        <source>Choose an owner to list everything they own — their touchpoints and crossroads, overdue first — and edit it here: Enter edits a field, Tab goes on to the next one.</source>
        <translation>Välj en ägare för att se allt ägaren ansvarar för — kontaktpunkter och vägskäl, försenade först — och redigera det här: Enter redigerar ett fält, Tab går vidare till nästa.</translation>
    </message>
    <message>
        <source>Choose an owner…</source>
        <translation>Välj en ägare …</translation>
    </message>
    <message>
        <source>Nobody (unowned)</source>
        <translation>Ingen (utan ägare)</translation>
    </message>
    <message>
        <source>Touchpoints: {0} · Crossroads: {1}</source>
        <translation>Kontaktpunkter: {0} · Vägskäl: {1}</translation>
    </message>
    <message>
        <source>{0} overdue: {1}</source>
        <translation>{0} försenade: {1}</translation>
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
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Visa &amp;hela kartan</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Visa hela kartan</translation>
    </message>
    <message>
        <source>&amp;Large Print</source>
        <translation>&amp;Stor stil</translation>
    </message>
    <message>
        <source>Bigger type and lines, higher contrast: for projectors</source>
        <translation>Större text och tjockare linjer, högre kontrast: för projektorer</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>&amp;Ordna automatiskt</translation>
    </message>
    <message>
        <source>Tidy the selected step&apos;s micro-journey, or the whole map</source>
        <translation>Ordna mikroresan för det markerade steget, eller hela kartan</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Lägg till &amp;fas</translation>
    </message>
    <message>
        <source>Add a stage (a column) after the current one</source>
        <translation>Lägg till en fas (en kolumn) efter den aktuella</translation>
    </message>
    <message>
        <source>Add &amp;Micro-journey</source>
        <translation>Lägg till m&amp;ikroresa</translation>
    </message>
    <message>
        <source>Add a micro-journey (a lane) below the current one</source>
        <translation>Lägg till en mikroresa (en rad) under den aktuella</translation>
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
        <translation>Exportera bild</translation>
    </message>
    <message>
        <source>{0} % ({1} dpi)</source>
        <translation>{0} % ({1} dpi)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Upplösning:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildstorlek:</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} pixlar</translation>
    </message>
    <message>
        <source>This map is too large for {0} %: the image will be made at {1} % so that it can still be opened.</source>
        <translation>Kartan är för stor för {0} %: bilden görs i {1} % så att den fortfarande går att öppna.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-vektorbild (*.svg)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation>”{0}” finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Cannot Export Image</source>
        <translation>Det går inte att exportera bilden</translation>
    </message>
    <message>
        <source>The image could not be written to “{0}”: {1}</source>
        <translation>Bilden kunde inte skrivas till ”{0}”: {1}</translation>
    </message>
    <message>
        <source>The map is too large for {0} %, so the image was made smaller: {1} × {2} pixels.</source>
        <translation>Kartan är för stor för {0} %, så bilden gjordes mindre: {1} × {2} pixlar.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Poster: the map alone on one sheet</source>
        <translation>Affisch: bara kartan, på ett ark</translation>
    </message>
    <message>
        <source>For the workshop wall: the whole map on the smallest sheet from A3 to A0 on which every word prints at 6 pt or larger; without the summary and the registers</source>
        <translation>För workshopväggen: hela kartan på det minsta arket från A3 till A0 där varje ord skrivs ut med 6 pt eller större; utan sammanfattningen och registren</translation>
    </message>
    <message>
        <source>Automatic (fewest pages)</source>
        <translation>Automatisk (minst antal sidor)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape or portrait, whichever prints this map on fewer pages</source>
        <translation>Liggande eller stående: den riktning som ger minst antal sidor för den här kartan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papper:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientering:</translation>
    </message>
    <message>
        <source>PDF export is not available in this version.</source>
        <translation>PDF-export är inte tillgänglig i den här versionen.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-filen…</translation>
    </message>
    <message>
        <source>Cannot Export PDF</source>
        <translation>Det går inte att exportera PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written to “{0}”: {1}</source>
        <translation>PDF-filen kunde inte skrivas till ”{0}”: {1}</translation>
    </message>
    <message>
        <source>Some Characters Are Missing</source>
        <translation>Några tecken saknas</translation>
    </message>
    <message>
        <source>The PDF was written to “{0}”.</source>
        <translation>PDF:en skrevs till ”{0}”.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“{0}” is the map open here. Writing the export over it would destroy the map; choose another name.</source>
        <translation>”{0}” är kartan som är öppen här. Att skriva exporten över den skulle förstöra kartan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>“{0}” is a journey map. Writing the export over it would destroy the map; choose another name.</source>
        <translation>”{0}” är en kundresekarta. Att skriva exporten över den skulle förstöra kartan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>Choose Another Name</source>
        <translation>Välj ett annat namn</translation>
    </message>
</context>
<context>
    <name>FileChangedBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Dölj det här meddelandet</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person. Your unsaved changes here are not in that version.</source>
        <translation>”{0}” har ändrats på disken av ett annat program eller en annan person. Dina osparade ändringar här finns inte med i den versionen.</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Changes…</source>
        <translation>&amp;Läs in igen och förlora mina ändringar…</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Behåll mina ändringar</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person.</source>
        <translation>”{0}” har ändrats på disken av ett annat program eller en annan person.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Ignorera</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}), so it is open here read-only. You can make changes; Save asks for another name.</source>
        <translation>”{0}” är öppen för redigering i en annan kopia av JourneyMapper ({1}), så den är öppnad skrivskyddad här. Du kan göra ändringar; Spara frågar efter ett annat namn.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Edit Here</source>
        <translation>&amp;Redigera här</translation>
    </message>
    <message>
        <source>Edit this file here once the other copy has closed it</source>
        <translation>Redigera filen här när den andra kopian har stängt den</translation>
    </message>
    <message>
        <source>“{0}” was deleted or moved away. The map stays open here; Save writes the file again.</source>
        <translation>”{0}” har tagits bort eller flyttats. Kartan är fortfarande öppen här; Spara skriver filen igen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>Reload and Lose Changes?</source>
        <translation>Läsa in igen och förlora ändringarna?</translation>
    </message>
    <message>
        <source>Reloading replaces the map here with the version of “{0}” on disk. Your unsaved changes will be lost.</source>
        <translation>Om du läser in igen ersätts kartan här med versionen av ”{0}” på disken. Dina osparade ändringar går förlorade.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cannot Reload Map</source>
        <translation>Det går inte att läsa in kartan igen</translation>
    </message>
    <message>
        <source>{0}

The map open here is kept as it was.</source>
        <translation>{0}

Kartan som är öppen här behålls som den var.</translation>
    </message>
    <message>
        <source>Reloaded “{0}” from disk.</source>
        <translation>Läste in ”{0}” igen från disken.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Filen har ändrats på disken</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk by another program or person since it was opened or saved here.

Overwrite it with the map here (their changes are lost), or save the map here under another name?</source>
        <translation>”{0}” har ändrats på disken av ett annat program eller en annan person sedan den öppnades eller sparades här.

Vill du skriva över den med kartan här (deras ändringar går förlorade) eller spara kartan här under ett annat namn?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Skriv över</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find a step, a question or an owner</source>
        <translation>Hitta ett steg, en fråga eller en ägare</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Föregående träff (Skift+Retur)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nästa träff (Retur)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Ingen träff</translation>
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
        <translation>Klicka för 100 %</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Start a new map from a stage model or a sample</source>
        <translation>Börja en ny karta från en fasmodell eller ett exempel</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open a journey map file</source>
        <translation>Öppna en fil med en kundresekarta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Spara kartan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Spara kartan under ett nytt namn</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the map as a PDF for leadership</source>
        <translation>Gör en PDF av kartan till ledningen</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Exportera &amp;bild…</translation>
    </message>
    <message>
        <source>Write the whole map as a PNG picture or an SVG drawing</source>
        <translation>Spara hela kartan som en PNG-bild eller en SVG-ritning</translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Maps…</source>
        <translation>&amp;Återställ osparade kartor…</translation>
    </message>
    <message>
        <source>Reopen maps autosaved before a crash</source>
        <translation>Öppna kartor som sparades automatiskt före en krasch</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>S&amp;täng fönstret</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Stäng alla fönster och avsluta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>H&amp;elskärm</translation>
    </message>
    <message>
        <source>Use the whole screen (for the projector)</source>
        <translation>Använd hela skärmen (för projektorn)</translation>
    </message>
    <message>
        <source>&amp;Map Only</source>
        <translation>&amp;Bara kartan</translation>
    </message>
    <message>
        <source>Hide every panel: the whole window for the map</source>
        <translation>Dölj alla paneler: hela fönstret till kartan</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>The map for a room: full screen, one micro-journey at a time, Page Down for the next step, Esc to leave</source>
        <translation>Kartan för ett rum: helskärm, en mikroresa i taget, Page Down för nästa steg, Esc för att avsluta</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>&amp;Nästa panel</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the map and the open panels</source>
        <translation>Flytta tangentbordsfokus mellan kartan och de öppna panelerna</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About JourneyMapper</source>
        <translation>&amp;Om JourneyMapper</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök …</translation>
    </message>
    <message>
        <source>Find a step by its name, question, description or owner</source>
        <translation>Hitta ett steg efter namn, fråga, beskrivning eller ägare</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <source>{0} Minutes</source>
        <translation>{0} minuter</translation>
    </message>
    <message>
        <source>Count down {0} minutes, large on the map</source>
        <translation>Räkna ned {0} minuter, med stora siffror på kartan</translation>
    </message>
    <message>
        <source>&amp;Other Length…</source>
        <translation>&amp;Annan längd …</translation>
    </message>
    <message>
        <source>Count down a length you type, such as 7 or 7:30</source>
        <translation>Räkna ned en tid du skriver in, till exempel 7 eller 7:30</translation>
    </message>
    <message>
        <source>Start, &amp;Pause or Resume the Timer</source>
        <translation>Starta, &amp;pausa eller återuppta timern</translation>
    </message>
    <message>
        <source>&amp;Reset the Timer</source>
        <translation>&amp;Återställ timern</translation>
    </message>
    <message>
        <source>Back to the whole length, not running</source>
        <translation>Tillbaka till hela tiden, stoppad</translation>
    </message>
    <message>
        <source>Put the Timer &amp;Away</source>
        <translation>&amp;Ta bort timern</translation>
    </message>
    <message>
        <source>&amp;Counts on the Map</source>
        <translation>&amp;Antal på kartan</translation>
    </message>
    <message>
        <source>Open friction points in a corner of the map</source>
        <translation>Öppna friktionspunkter i ett hörn av kartan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Tim&amp;er</source>
        <translation>Ti&amp;mer</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Infoga</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Avsluta röstningsomgången först (Karta › Avsluta röstningsomgången): språket byts genom att fönstret skapas på nytt, och telefonernas röster hör till det här fönstret.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroresa</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktygsfält</translation>
    </message>
    <message>
        <source>Map &amp;Title and Owner…</source>
        <translation>Kartans &amp;titel och ägare…</translation>
    </message>
    <message>
        <source>Name the map, describe it and say who owns the whole journey</source>
        <translation>Ge kartan ett namn, beskriv den och ange vem som äger hela resan</translation>
    </message>
    <message>
        <source>&amp;Check the Map</source>
        <translation>&amp;Granska kartan</translation>
    </message>
    <message>
        <source>Weakest links, paths to churn, unowned steps, hand-offs</source>
        <translation>Svagaste länkar, vägar till kundbortfall, steg utan ägare, överlämningar</translation>
    </message>
    <message>
        <source>M&amp;y Items…</source>
        <translation>Mina &amp;punkter …</translation>
    </message>
    <message>
        <source>Everything one owner holds, edited in one table</source>
        <translation>Allt en ägare ansvarar för, redigerat i en tabell</translation>
    </message>
    <message>
        <source>The side panels could not be opened.</source>
        <translation>Sidopanelerna kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>{0} (read-only)[*] — JourneyMapper</source>
        <translation>{0} (skrivskyddad)[*] — JourneyMapper</translation>
    </message>
    <message>
        <source>{0}[*] — JourneyMapper</source>
        <translation>{0}[*] — JourneyMapper</translation>
    </message>
    <message>
        <source>Unsaved changes kept safe at {0}</source>
        <translation>Osparade ändringar säkrade kl. {0}</translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <source>Open Journey Map</source>
        <translation>Öppna kundresekarta</translation>
    </message>
    <message>
        <source>Journey maps (*{0});;All files (*)</source>
        <translation>Kundresekartor (*{0});;Alla filer (*)</translation>
    </message>
    <message>
        <source>{0}  —  {1}</source>
        <translation>{0}  —  {1}</translation>
    </message>
    <message>
        <source>No recent maps</source>
        <translation>Inga senaste kartor</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Töm menyn</translation>
    </message>
    <message>
        <source>Map Still Open Elsewhere</source>
        <translation>Kartan är fortfarande öppen någon annanstans</translation>
    </message>
    <message>
        <source>“{0}” is still open for editing in another copy of JourneyMapper ({1}). Close it there first, or save the map here under another name.</source>
        <translation>”{0}” är fortfarande öppen för redigering i en annan kopia av JourneyMapper ({1}). Stäng den där först, eller spara kartan här under ett annat namn.</translation>
    </message>
    <message>
        <source>You can now edit and save “{0}” here.</source>
        <translation>Nu kan du redigera och spara ”{0}” här.</translation>
    </message>
    <message>
        <source>Map Open Elsewhere</source>
        <translation>Kartan är öppen någon annanstans</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Saving over it would lose the work done there; save the map under another name.</source>
        <translation>”{0}” är öppen för redigering i en annan kopia av JourneyMapper ({1}). Att spara över den skulle förlora arbetet som gjorts där; spara kartan under ett annat namn.</translation>
    </message>
    <message>
        <source>Save Journey Map As</source>
        <translation>Spara kundresekarta som</translation>
    </message>
    <message>
        <source>Journey maps (*{0})</source>
        <translation>Kundresekartor (*{0})</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation>”{0}” finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Read-Only Map</source>
        <translation>Skrivskyddad karta</translation>
    </message>
    <message>
        <source>“{0}” is read-only, so it was not changed. Your changes are still open here.

Save the map under another name?</source>
        <translation>”{0}” är skrivskyddad, så den ändrades inte. Dina ändringar är fortfarande öppna här.

Vill du spara kartan under ett annat namn?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cannot Save Map</source>
        <translation>Det går inte att spara kartan</translation>
    </message>
    <message>
        <source>The map could not be saved to “{0}”: {1}. Your changes are still open here; try another folder.</source>
        <translation>Kartan kunde inte sparas till ”{0}”: {1}. Dina ändringar är fortfarande öppna här; försök med en annan mapp.</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Sparad till {0}</translation>
    </message>
    <message>
        <source>PDF written to {0}</source>
        <translation>PDF skriven till {0}</translation>
    </message>
    <message>
        <source>Image written to {0}</source>
        <translation>Bilden har skrivits till {0}</translation>
    </message>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Återställ osparade kartor</translation>
    </message>
    <message>
        <source>There are no autosaved maps to recover.</source>
        <translation>Det finns inga automatiskt sparade kartor att återställa.</translation>
    </message>
    <message>
        <source>Capturing a journey on the map</source>
        <translation>Så fångar du en resa på kartan</translation>
    </message>
    <message>
        <source>Add the next step after the selected one, ready to type</source>
        <translation>Lägg till nästa steg efter det markerade, redo att skriva</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Fork: a crossroads after the step, or another branch from a crossroads</source>
        <translation>Förgrening: ett vägskäl efter steget, eller en ny gren från ett vägskäl</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Skift+Tab</translation>
    </message>
    <message>
        <source>Edit the selected step&apos;s text, or rename the selected stage or micro-journey</source>
        <translation>Redigera texten i det markerade steget, eller byt namn på den markerade fasen eller mikroresan</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter eller F2</translation>
    </message>
    <message>
        <source>Stop editing without keeping the change</source>
        <translation>Avbryt redigeringen utan att behålla ändringen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move to the neighbouring step</source>
        <translation>Gå till grannsteget</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltangenterna</translation>
    </message>
    <message>
        <source>Move the steps to the next stage or lane (also while typing)</source>
        <translation>Flytta stegen till nästa fas eller rad (även medan du skriver)</translation>
    </message>
    <message>
        <source>Alt+arrow keys</source>
        <translation>Alt+piltangenterna</translation>
    </message>
    <message>
        <source>Better or worse: a touchpoint&apos;s rating, a crossroads&apos; severity</source>
        <translation>Bättre eller sämre: en kontaktpunkts bedömning, ett vägskäls allvarlighetsgrad</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ och −</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Panorera kartan</translation>
    </message>
    <message>
        <source>Space+drag or middle button</source>
        <translation>Blanksteg+dra eller mittenknappen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zooma</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+mushjulet</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>The next or the previous step along the flow</source>
        <translation>Nästa eller föregående steg längs flödet</translation>
    </message>
    <message>
        <source>Page Down, Page Up or arrow keys</source>
        <translation>Page Down, Page Up eller piltangenterna</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Avsluta presentationen</translation>
    </message>
    <message>
        <source>My items and the friction register</source>
        <translation>Mina punkter och friktionsregistret</translation>
    </message>
    <message>
        <source>Edit the field in the table, or keep the change</source>
        <translation>Redigera fältet i tabellen, eller behåll ändringen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keep the change and edit the next field an owner keeps</source>
        <translation>Behåll ändringen och redigera nästa fält som ägaren ansvarar för</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab eller Shift+Tab</translation>
    </message>
    <message>
        <source>In the find bar (Ctrl+F)</source>
        <translation>I sökfältet (Ctrl+F)</translation>
    </message>
    <message>
        <source>The next or the previous match</source>
        <translation>Nästa eller föregående träff</translation>
    </message>
    <message>
        <source>Enter or Shift+Enter</source>
        <translation>Retur eller Skift+Retur</translation>
    </message>
    <message>
        <source>Close the find bar, back to the map</source>
        <translation>Stäng sökfältet, tillbaka till kartan</translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation>Menykommandon</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>About JourneyMapper</source>
        <translation>Om JourneyMapper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Design customer-journey maps: micro-journeys, crossroads, owners, and a PDF for leadership.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMapper {0}&lt;/h3&gt;&lt;p&gt;Skapa kundresekartor: mikroresor, vägskäl, ägare och en PDF till ledningen.&lt;/p&gt;&lt;p&gt;Fri programvara under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Byggt med</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved.

Save them before closing?</source>
        <translation>”{0}” har ändringar som inte har sparats.

Vill du spara dem innan du stänger?</translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message>
        <source>No open friction points</source>
        <translation>Inga öppna friktionspunkter</translation>
    </message>
    <message>
        <source>One open friction point</source>
        <translation>En öppen friktionspunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n open friction points</source>
        <translation>
            <numerusform>%n öppen friktionspunkt</numerusform>
            <numerusform>%n öppna friktionspunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLock</name>
    <message>
        <source>another copy</source>
        <translation>en annan kopia</translation>
    </message>
    <message>
        <source>on “{0}”, process {1}</source>
        <translation>på ”{0}”, process {1}</translation>
    </message>
    <message>
        <source>Map Already Open</source>
        <translation>Kartan är redan öppen</translation>
    </message>
    <message>
        <source>“{0}” is open for editing in another copy of JourneyMapper ({1}). Two copies saving the same file overwrite each other&apos;s work.

Open it read-only? You can still make changes and save them under another name. Open it for editing only if that copy is gone (its computer crashed).</source>
        <translation>”{0}” är öppen för redigering i en annan kopia av JourneyMapper ({1}). Två kopior som sparar samma fil skriver över varandras arbete.

Vill du öppna den skrivskyddad? Du kan ändå göra ändringar och spara dem under ett annat namn. Öppna den för redigering bara om den andra kopian inte längre finns (datorn kraschade).</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>Open for &amp;Editing Anyway</source>
        <translation>Öppna för &amp;redigering ändå</translation>
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
        <translation>Tilldela ägare</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Återställ osparade kartor</translation>
    </message>
    <message>
        <source>JourneyMapper did not close properly last time. These maps had unsaved changes and were saved automatically. Tick the ones to reopen:</source>
        <translation>JourneyMapper avslutades inte korrekt förra gången. De här kartorna hade osparade ändringar och sparades automatiskt. Kryssa för dem du vill öppna igen:</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Namnlös karta</translation>
    </message>
    <message>
        <source>never saved to a file</source>
        <translation>aldrig sparad till en fil</translation>
    </message>
    <message>
        <source>{0} — {1}
autosaved {2}</source>
        <translation>{0} — {1}
sparad automatiskt {2}</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <source>Discard Unsaved Maps?</source>
        <translation>Förkasta osparade kartor?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the autosaved copies of %n map(s)? Their unsaved changes will be lost.</source>
        <translation>
            <numerusform>Vill du ta bort den automatiskt sparade kopian av %n karta? Dess osparade ändringar går förlorade.</numerusform>
            <numerusform>Vill du ta bort de automatiskt sparade kopiorna av %n kartor? Deras osparade ändringar går förlorade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateChooserDialog</name>
    <message>
        <source>New Journey Map</source>
        <translation>Ny kundresekarta</translation>
    </message>
    <message>
        <source>Start from an empty stage model or from a sample map:</source>
        <translation>Börja från en tom fasmodell eller från en exempelkarta:</translation>
    </message>
    <message>
        <source>Empty maps</source>
        <translation>Tomma kartor</translation>
    </message>
    <message>
        <source>Sample maps</source>
        <translation>Exempelkartor</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Pause or resume the timer</source>
        <translation>Pausa eller återuppta timern</translation>
    </message>
    <message>
        <source>Back to the whole length</source>
        <translation>Tillbaka till hela tiden</translation>
    </message>
    <message>
        <source>Put the timer away</source>
        <translation>Ta bort timern</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>Minutes, or minutes and seconds such as 7:30:</source>
        <translation>Minuter, eller minuter och sekunder som 7:30:</translation>
    </message>
    <message>
        <source>Start the Timer</source>
        <translation>Starta timern</translation>
    </message>
    <message>
        <source>“{0}” is not a length of time. Minutes, or minutes and seconds such as 7:30:</source>
        <translation>”{0}” är ingen tidslängd. Minuter, eller minuter och sekunder som 7:30:</translation>
    </message>
</context>
<context>
    <name>VoteOverlay</name>
    <message>
        <source>Scan the code or type the address on your phone:</source>
        <translation>Skanna koden eller skriv adressen i din telefon:</translation>
    </message>
    <message>
        <source>Votes are entered on this computer.</source>
        <translation>Rösterna förs in på den här datorn.</translation>
    </message>
    <message>
        <source>+ and − on a selected step add or take back a vote here.</source>
        <translation>+ och − på ett valt steg ger eller tar tillbaka en röst här.</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translation>Dölj koden</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 röst</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n röst</numerusform>
            <numerusform>%n röster</numerusform>
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
        <translation>{0} från {1}</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Visa koden</translation>
    </message>
</context>
<context>
    <name>VoteRoundDialog</name>
    <message>
        <source>Start Dot Voting</source>
        <translation>Starta prickröstning</translation>
    </message>
    <message>
        <source>Which friction points matter most?</source>
        <translation>Vilka friktionspunkter betyder mest?</translation>
    </message>
    <message>
        <source>The map&apos;s unresolved crossroads ({0})</source>
        <translation>Kartans olösta vägskäl ({0})</translation>
    </message>
    <message>
        <source>The selected steps ({0})</source>
        <translation>De valda stegen ({0})</translation>
    </message>
    <message>
        <source>A person may put several votes on one step</source>
        <translation>En person får ge flera röster till ett steg</translation>
    </message>
    <message>
        <source>{0} — this computer only</source>
        <translation>{0} — bara den här datorn</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No network: enter the votes on this computer</source>
        <translation>Inget nätverk: för in rösterna på den här datorn</translation>
    </message>
    <message>
        <source>Phones on the chosen network open the voting page from the QR code shown on the map. Only the steps&apos; names are shown to them; nothing else of the map, and no one&apos;s name, leaves this computer. The page closes with the round.</source>
        <translation>Telefoner i det valda nätverket öppnar röstningssidan från QR-koden som visas på kartan. De ser bara stegens namn; inget annat från kartan, och ingens namn, lämnar den här datorn. Sidan stängs när omgången avslutas.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>Rösta om</translation>
    </message>
    <message>
        <source>&amp;Votes per person</source>
        <translation>R&amp;öster per person</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <source>&amp;Start Voting</source>
        <translation>&amp;Starta röstningen</translation>
    </message>
</context>
<context>
    <name>VotingRoom</name>
    <message>
        <source>Start &amp;Dot Voting…</source>
        <translation>Starta pri&amp;ckröstning …</translation>
    </message>
    <message>
        <source>Let the room vote on the crossroads from their phones (or enter votes here)</source>
        <translation>Låt rummet rösta om vägskälen från sina telefoner (eller för in röster här)</translation>
    </message>
    <message>
        <source>Close Voting &amp;Round</source>
        <translation>&amp;Avsluta röstningsomgången</translation>
    </message>
    <message>
        <source>End the vote and keep the result in the map</source>
        <translation>Avsluta röstningen och spara resultatet i kartan</translation>
    </message>
    <message>
        <source>Start Dot Voting</source>
        <translation>Starta prickröstning</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: add crossroads to the map, or select the steps the room should vote on.</source>
        <translation>Det finns inget att rösta om ännu: lägg till vägskäl i kartan eller välj de steg som rummet ska rösta om.</translation>
    </message>
    <message>
        <source>A round can put at most {0} steps to the vote ({1} were chosen): select the steps the room should vote on.</source>
        <translation>En omgång kan ställa högst {0} steg till omröstning ({1} valdes): välj de steg som rummet ska rösta om.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>Cannot Start Dot Voting</source>
        <translation>Kan inte starta prickröstning</translation>
    </message>
    <message>
        <source>The voting page could not be offered on {0}: {1}. Choose another network, or enter the votes on this computer.</source>
        <translation>Röstningssidan kunde inte erbjudas på {0}: {1}. Välj ett annat nätverk eller för in rösterna på den här datorn.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <source>Dot voting is open on {0}.</source>
        <translation>Prickröstningen är öppen på {0}.</translation>
    </message>
    <message>
        <source>The voting round closed without votes; nothing was stored.</source>
        <translation>Röstningsomgången avslutades utan röster; inget sparades.</translation>
    </message>
    <message>
        <source>Store Voting Round “{0}”</source>
        <translation>Spara röstningsomgången ”{0}”</translation>
    </message>
    <message>
        <source>Voting round stored: {0} votes from {1} people.</source>
        <translation>Röstningsomgången är sparad: {0} röster från {1} personer.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>Weakest link of {journey}: {step} — {reason}.</source>
        <translation>Svagaste länken i {journey}: {step} — {reason}.</translation>
    </message>
    <message>
        <source>Weakest link of {journey}: {count} steps tie, each hurting {hurt} on the 1–5 scale: {steps}.</source>
        <translation>Svagaste länken i {journey}: {count} steg delar platsen, vart och ett gör ont {hurt} på skalan 1–5: {steps}.</translation>
    </message>
    <message>
        <source>{step} — {reason}</source>
        <translation>{step} — {reason}</translation>
    </message>
    <message>
        <source>Friction at {step}: severity {severity}, {status}{share}.</source>
        <translation>Friktion vid {step}: allvarlighetsgrad {severity}, {status}{share}.</translation>
    </message>
    <message>
        <source>{journey} has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>{journey} har {total} vägar från ingång till utfall; de första {shown} har analyserats.</translation>
    </message>
    <message>
        <source>{journey}: {entry} → {outcome} ({outcome_kind}) in {steps}: {details}.</source>
        <translation>{journey}: {entry} → {outcome} ({outcome_kind}) på {steps}: {details}.</translation>
    </message>
    <message>
        <source>{journey}: one more path ends in a complaint or churn.</source>
        <translation>{journey}: ytterligare en väg slutar i ett klagomål eller kundbortfall.</translation>
    </message>
    <message>
        <source>{journey}: {count} more paths end in a complaint or churn.</source>
        <translation>{journey}: ytterligare {count} vägar slutar i ett klagomål eller kundbortfall.</translation>
    </message>
    <message>
        <source>The map has {total} paths from entry to outcome; the first {shown} are analysed.</source>
        <translation>Kartan har {total} vägar från ingång till utfall; de första {shown} har analyserats.</translation>
    </message>
    <message>
        <source>{step} ({word}) has no owner.</source>
        <translation>{step} ({word}) har ingen ägare.</translation>
    </message>
    <message>
        <source>Hand-off from {source_owner} to {target_owner}: {source} → {target}.</source>
        <translation>Överlämning från {source_owner} till {target_owner}: {source} → {target}.</translation>
    </message>
    <message>
        <source>The map has no arrows yet: join the steps to see paths, dead ends and odds.</source>
        <translation>Kartan har inga pilar ännu: koppla ihop stegen för att se vägar, återvändsgränder och sannolikheter.</translation>
    </message>
    <message>
        <source>No entry leads to {step}.</source>
        <translation>Ingen ingång leder till {step}.</translation>
    </message>
    <message>
        <source>Repurchase loop through {steps}: customers come back, which is fine.</source>
        <translation>Återköpsslinga genom {steps}: kunderna kommer tillbaka, och det är bra.</translation>
    </message>
    <message>
        <source>Loop through {steps}: customers can go round in circles.</source>
        <translation>Slinga genom {steps}: kunderna kan gå runt i cirklar.</translation>
    </message>
    <message>
        <source>Of the customers entering {journey} at {entry}: {odds}.</source>
        <translation>Av kunderna som går in i {journey} vid {entry}: {odds}.</translation>
    </message>
    <message>
        <source>Of the customers entering {journey} at {entry}: {odds}. {upstream}</source>
        <translation>Av kunderna som går in i {journey} vid {entry}: {odds}. {upstream}</translation>
    </message>
    <message>
        <source>Owners&apos; share of the map&apos;s {count} touchpoints and crossroads: {shares}.</source>
        <translation>Ägarnas andel av kartans {count} kontaktpunkter och vägskäl: {shares}.</translation>
    </message>
    <message>
        <source>{journey} ends at {step} with no outcome drawn: draw where the customers go next (an outcome, or the next micro-journey).</source>
        <translation>{journey} slutar vid {step} utan att något utfall är ritat: rita vart kunderna går sedan (ett utfall eller nästa mikroresa).</translation>
    </message>
    <message>
        <source>Bottleneck: {share} of the map&apos;s paths from an entry to an outcome ({count} of {total}) pass through {step}.</source>
        <translation>Flaskhals: {share} av kartans vägar från en ingång till ett utfall ({count} av {total}) går genom {step}.</translation>
    </message>
    <message>
        <source>Stage {stage} has no touchpoints.</source>
        <translation>Fasen {stage} har inga kontaktpunkter.</translation>
    </message>
    <message>
        <source>The shares out of {step} add up to {total}, not 100 %.</source>
        <translation>Andelarna ut från {step} blir sammanlagt {total}, inte 100 %.</translation>
    </message>
    <message>
        <source>No shares on the {count} arrows out of {step}: what happens after it is unknown.</source>
        <translation>Inga andelar på de {count} pilarna ut från {step}: vad som händer sedan är okänt.</translation>
    </message>
    <message>
        <source>1 of the {count} arrows out of {step} has no share.</source>
        <translation>1 av de {count} pilarna ut från {step} saknar andel.</translation>
    </message>
    <message>
        <source>{missing} of the {count} arrows out of {step} have no share.</source>
        <translation>{missing} av de {count} pilarna ut från {step} saknar andel.</translation>
    </message>
    <message>
        <source>No touchpoint in {stage} has a feedback instrument: {steps}.</source>
        <translation>Ingen kontaktpunkt i {stage} har ett feedbackinstrument: {steps}.</translation>
    </message>
    <message>
        <source>1 of the {count} touchpoints in {stage} has no feedback instrument: {steps}.</source>
        <translation>1 av de {count} kontaktpunkterna i {stage} saknar feedbackinstrument: {steps}.</translation>
    </message>
    <message>
        <source>{missing} of the {count} touchpoints in {stage} have no feedback instrument: {steps}.</source>
        <translation>{missing} av de {count} kontaktpunkterna i {stage} saknar feedbackinstrument: {steps}.</translation>
    </message>
    <message>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the provider, weak for the customer.</source>
        <translation>Två par glasögon vid {step}: kunderna ger {customer}, företaget {provider} — bra för leverantören, svagt för kunden.</translation>
    </message>
    <message>
        <source>Two pairs of glasses at {step}: customers rate it {customer}, the company {provider} — fine for the customer, a missed chance for the provider.</source>
        <translation>Två par glasögon vid {step}: kunderna ger {customer}, företaget {provider} — bra för kunden, en missad chans för leverantören.</translation>
    </message>
    <message>
        <source>Drop? In {stage} the company spends effort{effort} on {activities}, but the customer meets no touchpoint there.</source>
        <translation>Prioritera bort? I {stage} lägger företaget insats{effort} på {activities}, men kunden möter ingen kontaktpunkt där.</translation>
    </message>
    <message>
        <source>No company activities are marked in {stages}: the gap analysis has no data there (mark the touchpoints or notes the company works on as company activities).</source>
        <translation>Inga aktiviteter i företaget är markerade i {stages}: gapanalysen har inga data där (markera de kontaktpunkter eller anteckningar företaget arbetar med som aktiviteter i företaget).</translation>
    </message>
    <message>
        <source>No company activities are marked on the map: the gap analysis has no data (mark the touchpoints or notes the company works on as company activities).</source>
        <translation>Inga aktiviteter i företaget är markerade på kartan: gapanalysen har inga data (markera de kontaktpunkter eller anteckningar företaget arbetar med som aktiviteter i företaget).</translation>
    </message>
    <message>
        <source>The effort on the note {note} ({effort}) is not added to {stage}: touchpoints of {journey} there already carry effort ({touchpoint_effort}), and the map cannot tell whether it is the same work. Put the effort on the touchpoints it belongs to, or keep the note where no touchpoint carries effort.</source>
        <translation>Insatsen på anteckningen {note} ({effort}) läggs inte till i {stage}: kontaktpunkter i {journey} där har redan insats ({touchpoint_effort}), och kartan kan inte se om det är samma arbete. Lägg insatsen på de kontaktpunkter den hör till, eller ha anteckningen där inga kontaktpunkter har insats.</translation>
    </message>
    <message>
        <source>{outcome} says {stated} of the customers end there, but the branch shares give {computed}.</source>
        <translation>{outcome} säger att {stated} av kunderna hamnar där, men andelarna i förgreningarna ger {computed}.</translation>
    </message>
    <message>
        <source>Invest? In {stage} nobody backs {steps}: no company activity, no owner.</source>
        <translation>Investera? I {stage} är det ingen som stöttar {steps}: ingen aktivitet i företaget, ingen ägare.</translation>
    </message>
    <message>
        <source>Overdue since {due}: {action} at {step} ({who}).</source>
        <translation>Försenad sedan {due}: {action} vid {step} ({who}).</translation>
    </message>
    <message>
        <source>No due date: {action} at {step} ({who}).</source>
        <translation>Inget slutdatum: {action} vid {step} ({who}).</translation>
    </message>
    <message>
        <source>Due {due}: {action} at {step} ({who}).</source>
        <translation>Klart senast {due}: {action} vid {step} ({who}).</translation>
    </message>
    <message>
        <source>lowest customer rating ({rating})</source>
        <translation>lägsta kundbedömning ({rating})</translation>
    </message>
    <message>
        <source>highest severity ({severity}, {status})</source>
        <translation>högsta allvarlighetsgrad ({severity}, {status})</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>lojal</translation>
    </message>
    <message>
        <source>repurchase</source>
        <translation>återköp</translation>
    </message>
    <message>
        <source>recommend</source>
        <translation>rekommenderar</translation>
    </message>
    <message>
        <source>complain</source>
        <translation>klagar</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>kundbortfall</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>kontaktpunkt</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>vägskäl</translation>
    </message>
    <message>
        <source>an untitled micro-journey</source>
        <translation>en namnlös mikroresa</translation>
    </message>
    <message>
        <source>an untitled stage</source>
        <translation>en namnlös fas</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>an unnamed owner</source>
        <translation>en namnlös ägare</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} och {more} till</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>”{text}”</translation>
    </message>
    <message>
        <source>‘{name}’</source>
        <translation>”{name}”</translation>
    </message>
    <message>
        <source>, {share} of the customers who reach it take the bad branch</source>
        <translation>, {share} av kunderna som når dit tar den dåliga grenen</translation>
    </message>
    <message>
        <source>, {share} of the customers who reach it take the bad branch ({bases})</source>
        <translation>, {share} av kunderna som når dit tar den dåliga grenen ({bases})</translation>
    </message>
    <message>
        <source>{share} reach a step with no outcome drawn after it</source>
        <translation>{share} når ett steg utan något utfall ritat efter sig</translation>
    </message>
    <message>
        <source>{share} reach {step}, where {journey} ends with no outcome drawn</source>
        <translation>{share} når {step}, där {journey} slutar utan att något utfall är ritat</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>för många</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>inga steg</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 steg</translation>
    </message>
    <message>
        <source>{title} ({day}): {votes} from {people} on {steps}.</source>
        <translation>{title} ({day}): {votes} från {people} på {steps}.</translation>
    </message>
    <message>
        <source>{title}: {votes} from {people} on {steps}.</source>
        <translation>{title}: {votes} från {people} på {steps}.</translation>
    </message>
    <message>
        <source>{rank}. {step}: {votes} ({share} of the votes).</source>
        <translation>{rank}. {step}: {votes} ({share} av rösterna).</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>one vote</source>
        <translation>en röst</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} röster</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>en person</translation>
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
        <translation>”{label}” (inte längre på kartan)</translation>
    </message>
    <message>
        <source>an untitled step</source>
        <translation>ett steg utan namn</translation>
    </message>
    <message>
        <source>no hand-offs</source>
        <translation>inga överlämningar</translation>
    </message>
    <message>
        <source>1 hand-off</source>
        <translation>1 överlämning</translation>
    </message>
    <message>
        <source>{count} hand-offs</source>
        <translation>{count} överlämningar</translation>
    </message>
    <message>
        <source>{share} of the customers</source>
        <translation>{share} av kunderna</translation>
    </message>
    <message>
        <source>{share} of the customers entering {journey}</source>
        <translation>{share} av kunderna som går in i {journey}</translation>
    </message>
    <message>
        <source>{share} of the customers entering {journey} ({upstream})</source>
        <translation>{share} av kunderna som går in i {journey} ({upstream})</translation>
    </message>
    <message>
        <source>{share} of all customers entering {journey}</source>
        <translation>{share} av alla kunder som går in i {journey}</translation>
    </message>
    <message>
        <source>an unknown share of all customers entering {journey} (a share is missing on the way)</source>
        <translation>en okänd andel av alla kunder som går in i {journey} (en andel saknas på vägen)</translation>
    </message>
    <message>
        <source>everyone entering {journeys} reaches it</source>
        <translation>alla som går in i {journeys} når dit</translation>
    </message>
    <message>
        <source>{journey} at {entry}</source>
        <translation>{journey} vid {entry}</translation>
    </message>
    <message>
        <source>Of all customers entering {journey}, {reach} get here: {odds}.</source>
        <translation>Av alla kunder som går in i {journey} når {reach} hit: {odds}.</translation>
    </message>
    <message>
        <source>How many of all customers entering {journey} get here is unknown: a share is missing on the way.</source>
        <translation>Hur många av alla kunder som går in i {journey} som når hit är okänt: en andel saknas på vägen.</translation>
    </message>
    <message>
        <source>worst severity {severity}</source>
        <translation>högsta allvarlighetsgrad {severity}</translation>
    </message>
    <message>
        <source>lowest rating {rating}</source>
        <translation>lägsta bedömning {rating}</translation>
    </message>
    <message>
        <source>{share} {outcome}</source>
        <translation>{share} {outcome}</translation>
    </message>
    <message>
        <source>{share} unknown (a share is missing)</source>
        <translation>{share} okänt (en andel saknas)</translation>
    </message>
    <message>
        <source>{share} go round a loop</source>
        <translation>{share} går runt i en slinga</translation>
    </message>
    <message>
        <source>{share} unaccounted for (shares below 100 %)</source>
        <translation>{share} oförklarat (andelarna är under 100 %)</translation>
    </message>
    <message>
        <source>no outcome reached</source>
        <translation>inget utfall nås</translation>
    </message>
    <message>
        <source>{owner} {share}</source>
        <translation>{owner} {share}</translation>
    </message>
    <message>
        <source> (effort {effort})</source>
        <translation> (insats {effort})</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälptexten och avsluta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument saknas: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt %(type)s-värde: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>förväntade ett argument</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Feeling</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>utreds</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>förbättras</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>löst</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Annons</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
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
        <translation>Sms</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
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
        <translation>Självservice</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt besök</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>mycket dålig</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>dålig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bra</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>mycket bra</translation>
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
        <translation>vägskäl:</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>utfall:</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>anteckningar:</translation>
    </message>
    <message>
        <source>stages:</source>
        <translation>faser:</translation>
    </message>
    <message>
        <source>micro-journeys:</source>
        <translation>mikroresor:</translation>
    </message>
    <message>
        <source>arrows:</source>
        <translation>pilar:</translation>
    </message>
    <message>
        <source>owners:</source>
        <translation>ägare:</translation>
    </message>
    <message>
        <source>journey owner:</source>
        <translation>kundresans ägare:</translation>
    </message>
    <message>
        <source>{file}: OK — {title}</source>
        <translation>{file}: OK — {title}</translation>
    </message>
    <message>
        <source>{file} already exists; use --force to replace it.</source>
        <translation>{file} finns redan; använd --force för att ersätta den.</translation>
    </message>
    <message>
        <source>Wrote {file} from the template “{template}”.</source>
        <translation>Skrev {file} från mallen ”{template}”.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Kan inte skriva {file}: {reason}</translation>
    </message>
    <message>
        <source>The analysis report is not available in this version.</source>
        <translation>Analysrapporten finns inte i den här versionen.</translation>
    </message>
    <message>
        <source>Cannot export to “{file}”: JourneyMapper writes a .pdf (the leadership PDF), a .png or an .svg (the map as a picture). Name one of those.</source>
        <translation>Kan inte exportera till ”{file}”: JourneyMapper skriver en .pdf (PDF-filen till ledningen), en .png eller en .svg (kartan som bild). Ange en av dem.</translation>
    </message>
    <message>
        <source>--scale and --large-print are for pictures (.png, .svg); the PDF has its own layout. Leave them out, or name a .png or .svg after -o.</source>
        <translation>--scale och --large-print gäller bilder (.png, .svg); PDF-filen har sin egen layout. Utelämna dem, eller ange en .png eller .svg efter -o.</translation>
    </message>
    <message>
        <source>PDF export is not available in this version.</source>
        <translation>PDF-export är inte tillgänglig i den här versionen.</translation>
    </message>
    <message>
        <source>Without a command, the program opens its window on the files given, or on a sample
map. `journeymapper COMMAND --help` tells more about a command. Every command takes
--language en, nb, da or sv (the default: the language chosen in the window, else
the system&apos;s).</source>
        <translation>Utan ett kommando öppnar programmet sitt fönster med de angivna filerna eller med en
exempelkarta. `journeymapper COMMAND --help` berättar mer om ett kommando. Alla kommandon
tar --language en, nb, da eller sv (standard: språket som valts i fönstret, annars
systemets).</translation>
    </message>
    <message>
        <source>the language of the messages (and of the PDF or the picture): en, nb, da or sv; by default the language chosen in the window, else the system&apos;s</source>
        <translation>språket i meddelandena (och i PDF-filen eller bilden): en, nb, da eller sv; som standard språket som valts i fönstret, annars systemets</translation>
    </message>
    <message>
        <source>unknown paper size “{size}”: choose one of {sizes}, or leave it out and give --poster for the whole map on one sheet</source>
        <translation>okänd pappersstorlek ”{size}”: välj en av {sizes}, eller utelämna den och ange --poster för hela kartan på ett ark</translation>
    </message>
    <message>
        <source>Design customer-journey maps: micro-journeys, crossroads and their owners.</source>
        <translation>Skapa kundresekartor: mikroresor, vägskäl och deras ägare.</translation>
    </message>
    <message>
        <source>show the version number and stop</source>
        <translation>visa versionsnumret och avsluta</translation>
    </message>
    <message>
        <source>list the built-in templates, one a line, name first</source>
        <translation>lista de inbyggda mallarna, en per rad, namnet först</translation>
    </message>
    <message>
        <source>write a new map from a template</source>
        <translation>skriv en ny karta från en mall</translation>
    </message>
    <message>
        <source>template name (see &apos;templates&apos;)</source>
        <translation>mallens namn (se &apos;templates&apos;)</translation>
    </message>
    <message>
        <source>the .jmap file to write</source>
        <translation>.jmap-filen som ska skrivas</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>ersätt filen om den finns</translation>
    </message>
    <message>
        <source>validate a map and print a summary</source>
        <translation>kontrollera en karta och skriv ut en sammanfattning</translation>
    </message>
    <message>
        <source>print the analysis findings</source>
        <translation>skriv ut analysens fynd</translation>
    </message>
    <message>
        <source>the findings as JSON</source>
        <translation>fynden som JSON</translation>
    </message>
    <message>
        <source>export the leadership PDF, or the map as a PNG or SVG</source>
        <translation>exportera PDF-filen till ledningen, eller kartan som PNG eller SVG</translation>
    </message>
    <message>
        <source>the file to write: .pdf (the default), .png or .svg</source>
        <translation>filen som ska skrivas: .pdf (standard), .png eller .svg</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>STORLEK</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper: A4 (the default), A3, A2, A1, A0 or letter</source>
        <translation>PDF:ens papper: A4 (standard), A3, A2, A1, A0 eller letter</translation>
    </message>
    <message>
        <source>the map alone on one sheet for the wall: the smallest of A3, A2, A1 and A0 on which all its words print at 6 pt or larger</source>
        <translation>kartan ensam på ett ark för väggen: det minsta av A3, A2, A1 och A0 där alla ord skrivs ut med 6 pt eller större</translation>
    </message>
    <message>
        <source>auto (the default): the one that prints the map on fewer pages</source>
        <translation>auto (standard): den som skriver ut kartan på minst antal sidor</translation>
    </message>
    <message>
        <source>a picture in large print, as View › Large Print shows it</source>
        <translation>en bild med stor stil, så som Visa › Stor stil visar den</translation>
    </message>
    <message>
        <source>a PNG&apos;s resolution in per cent, 100 to 400 (default 100: the size on screen)</source>
        <translation>en PNG-bilds upplösning i procent, 100 till 400 (standard 100: storleken på skärmen)</translation>
    </message>
    <message>
        <source>--scale sets a PNG&apos;s resolution; “{file}” is an SVG, drawn in lines that stay sharp at any size. Leave out --scale.</source>
        <translation>--scale anger en PNG-bilds upplösning; ”{file}” är en SVG, ritad med linjer som förblir skarpa i alla storlekar. Utelämna --scale.</translation>
    </message>
    <message>
        <source>--scale {scale} is out of range: give a percentage from {least} to {most} (100 draws the map at its size on screen, 200 twice as sharp).</source>
        <translation>--scale {scale} ligger utanför intervallet: ange en procentsats från {least} till {most} (100 ritar kartan i storleken på skärmen, 200 dubbelt så skarpt).</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: name the picture file in it, for example {example}.</source>
        <translation>”{folder}” är en mapp: ange bildfilens namn i den, till exempel {example}.</translation>
    </message>
    <message>
        <source>“{file}” is the map being exported: writing the picture there would destroy it. Name a {kind} file instead.</source>
        <translation>”{file}” är kartan som exporteras: att skriva bilden där skulle förstöra den. Ange en {kind}-fil i stället.</translation>
    </message>
    <message>
        <source>“{file}” is a journey map: writing the picture there would destroy it. Name a {kind} file instead.</source>
        <translation>”{file}” är en kundresekarta: att skriva bilden där skulle förstöra den. Ange en {kind}-fil i stället.</translation>
    </message>
    <message>
        <source>Wrote {file} ({width} × {height} pixels).</source>
        <translation>Skrev {file} ({width} × {height} pixlar).</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Skrev {file}.</translation>
    </message>
    <message>
        <source>Cannot export {file}: {reason}</source>
        <translation>Kan inte exportera {file}: {reason}</translation>
    </message>
    <message>
        <source>No output file given: name the PDF after -o, for example -o map.pdf.</source>
        <translation>Ingen utdatafil angiven: ange PDF-filen efter -o, till exempel -o karta.pdf.</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: name the PDF file in it, for example {example}.</source>
        <translation>”{folder}” är en mapp: ange PDF-filens namn i den, till exempel {example}.</translation>
    </message>
    <message>
        <source>“{file}” is the map being exported: writing the PDF there would destroy it. Name a .pdf file instead.</source>
        <translation>”{file}” är kartan som exporteras: att skriva PDF-filen där skulle förstöra den. Ange en .pdf-fil i stället.</translation>
    </message>
    <message>
        <source>“{file}” is a journey map: writing the PDF there would destroy it. Name a .pdf file instead.</source>
        <translation>”{file}” är en kundresekarta: att skriva PDF-filen där skulle förstöra den. Ange en .pdf-fil i stället.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Varning: {message}</translation>
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
        <translation>Leverantören: {0} ({1})</translation>
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
        <translation>Företagets aktivitet, insats {0}</translation>
    </message>
    <message>
        <source>Opportunity: {0}</source>
        <translation>Möjlighet: {0}</translation>
    </message>
    <message>
        <source>Severity {0}, {1}</source>
        <translation>Allvarlighetsgrad {0}, {1}</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Underlag: {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Åtgärd: {0}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Klart senast {0}</translation>
    </message>
    <message>
        <source>{0}; stated on the map: {1} of the customers entering this micro-journey</source>
        <translation>{0}; angivet på kartan: {1} av kunderna som går in i denna mikroresa</translation>
    </message>
    <message>
        <source>{0}; by the branch shares: {1}</source>
        <translation>{0}; enligt andelarna i förgreningarna: {1}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Utfall: {0}</translation>
    </message>
    <message>
        <source>✓ good</source>
        <translation>✓ bra</translation>
    </message>
    <message>
        <source>✗ bad</source>
        <translation>✗ dålig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>{0} of those who reach this step</source>
        <translation>{0} av dem som når detta steg</translation>
    </message>
    <message>
        <source>Weakest link, a tie of {0} steps: {1}.</source>
        <translation>Svagaste länken, {0} steg delar platsen: {1}.</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}.</source>
        <translation>Svagaste länken: {0} — {1}.</translation>
    </message>
    <message>
        <source>No steps in this micro-journey yet.</source>
        <translation>Inga steg i den här mikroresan ännu.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Leder till</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source> (company activity)</source>
        <translation> (företagets aktivitet)</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(tom anteckning)</translation>
    </message>
    <message>
        <source>Touchpoint, stripe = owner</source>
        <translation>Kontaktpunkt, rand = ägare</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen ägare</translation>
    </message>
    <message>
        <source>good outcome</source>
        <translation>bra utfall</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>kundbortfall</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flöde</translation>
    </message>
    <message>
        <source>good branch</source>
        <translation>bra gren</translation>
    </message>
    <message>
        <source>bad branch</source>
        <translation>dålig gren</translation>
    </message>
    <message>
        <source>neutral branch</source>
        <translation>neutral gren</translation>
    </message>
    <message>
        <source>% on an arrow: of those at its start · on an outcome: stated</source>
        <translation>% på en pil: av dem vid starten · på ett utfall: angivet</translation>
    </message>
    <message>
        <source>Owners: </source>
        <translation>Ägare: </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>namnlös</translation>
    </message>
    <message>
        <source>+ {0} more (see the ownership matrix)</source>
        <translation>+ {0} till (se ägarskapsmatrisen)</translation>
    </message>
    <message>
        <source>none named yet</source>
        <translation>ingen namngiven ännu</translation>
    </message>
    <message>
        <source>Crossroads, severity</source>
        <translation>Vägskäl, allvarlighetsgrad</translation>
    </message>
    <message>
        <source>customer rating</source>
        <translation>kundens bedömning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>feeling curve, −2 … +2 (tinted half = it hurts)</source>
        <translation>känslokurva, −2 … +2 (färgad halva = det gör ont)</translation>
    </message>
    <message>
        <source>Unnamed stage</source>
        <translation>Namnlös fas</translation>
    </message>
    <message>
        <source>Unnamed micro-journey</source>
        <translation>Namnlös mikroresa</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (forts.)</translation>
    </message>
    <message>
        <source> (continues)</source>
        <translation> (fortsätter)</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Hela kartan</translation>
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
        <translation>Mikroresor ↓</translation>
    </message>
    <message>
        <source>Part {0} · page {1}</source>
        <translation>Del {0} · sida {1}</translation>
    </message>
    <message>
        <source>Journey owner: {0}</source>
        <translation>Kundresans ägare: {0}</translation>
    </message>
    <message>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {0} pages</source>
        <translation>Hela kartan i en överblick; den skrivs ut läsbart i {0} delar på de följande {0} sidorna</translation>
    </message>
    <message>
        <source>The whole map at a glance; it is printed readably in {0} parts on the next {1} pages</source>
        <translation>Hela kartan i en överblick; den skrivs ut läsbart i {0} delar på de följande {1} sidorna</translation>
    </message>
    <message>
        <source>stage {0}</source>
        <translation>fas {0}</translation>
    </message>
    <message>
        <source>stages {0}–{1}</source>
        <translation>faserna {0}–{1}</translation>
    </message>
    <message>
        <source>Part {0} of {1}: {2}</source>
        <translation>Del {0} av {1}: {2}</translation>
    </message>
    <message>
        <source>Where this page sits</source>
        <translation>Här är den här sidan</translation>
    </message>
    <message>
        <source>part {0} of {1}</source>
        <translation>del {0} av {1}</translation>
    </message>
    <message>
        <source>parts {0}–{1} of {2}</source>
        <translation>delarna {0}–{1} av {2}</translation>
    </message>
    <message>
        <source>page {0} of </source>
        <translation>sida {0} av </translation>
    </message>
    <message>
        <source>{0} stages, {1} micro-journeys, {2} touchpoints, {3} crossroads</source>
        <translation>{0} faser, {1} mikroresor, {2} kontaktpunkter, {3} vägskäl</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>inte namngiven</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Kundresekarta</translation>
    </message>
    <message>
        <source>Customer-journey map: {0}</source>
        <translation>Kundresekarta: {0}</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>kundresa</translation>
    </message>
    <message>
        <source>journey map</source>
        <translation>kundresekarta</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>vägskäl</translation>
    </message>
    <message>
        <source>en</source>
        <translation>sv</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>The whole map at a glance</source>
        <translation>Hela kartan i en överblick</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>liggande</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>stående</translation>
    </message>
    <message>
        <source>The whole map is on one {0} sheet ({1}); print it at full size.</source>
        <translation>Hela kartan ryms på ett {0}-ark ({1}); skriv ut den i full storlek.</translation>
    </message>
    <message>
        <source>The map is too big for one {0} sheet at a readable size; it is printed on {1} {0} sheets ({2}).</source>
        <translation>Kartan är för stor för ett {0}-ark i läsbar storlek; den skrivs ut på {1} {0}-ark ({2}).</translation>
    </message>
    <message>
        <source>The PDF shows “�” for a character that no installed font has: {1} ({2}). Install a font that has it and export again.</source>
        <translation>PDF:en visar ”�” för ett tecken som inget installerat typsnitt har: {1} ({2}). Installera ett typsnitt som har det och exportera igen.</translation>
    </message>
    <message>
        <source>The PDF shows “�” for {0} characters that no installed font has: {1} ({2}). Install a font that has them (for Chinese, Japanese or Korean: fonts-noto-cjk) and export again.</source>
        <translation>PDF:en visar ”�” för {0} tecken som inget installerat typsnitt har: {1} ({2}). Installera ett typsnitt som har dem (för kinesiska, japanska eller koreanska: fonts-noto-cjk) och exportera igen.</translation>
    </message>
    <message>
        <source>Friction register</source>
        <translation>Friktionsregister</translation>
    </message>
    <message>
        <source>There are no crossroads on this map yet.</source>
        <translation>Det finns inga vägskäl på den här kartan ännu.</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Allv.</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Vägskäl</translation>
    </message>
    <message>
        <source>The room&apos;s priorities</source>
        <translation>Rummets prioriteringar</translation>
    </message>
    <message>
        <source>What the workshop itself voted most urgent, by dot voting: each person had a few votes to put on the points that matter most to them. The latest round comes first.</source>
        <translation>Det som workshoppen själv röstade fram som mest brådskande, med prickröstning: varje person hade några röster att ge till de punkter som betyder mest för dem. Den senaste omgången kommer först.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>{0} votes from {1} people</source>
        <translation>{0} röster från {1} personer</translation>
    </message>
    <message>
        <source>{0} per person</source>
        <translation>{0} per person</translation>
    </message>
    <message>
        <source>, several on one step allowed</source>
        <translation>, flera på ett steg tillåtna</translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation>inte längre på kartan</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(steg utan namn)</translation>
    </message>
    <message>
        <source>Every crossroads on the map, worst first (unresolved before resolved, then severity, then the share taking the bad branch). Bad branch: the share of the customers who reach the crossroads that take its bad branches, then, where it differs, the same customers as a share of all who enter the micro-journey. Actions past their due date stand out on a tinted row.</source>
        <translation>Varje vägskäl på kartan, det värsta först (olösta före lösta, sedan allvarlighet, sedan andelen som tar den dåliga grenen). Dålig gren: andelen av kunderna som når vägskälet som tar dess dåliga grenar, och där det är ett annat tal, samma kunder som andel av alla som går in i mikroresan. Åtgärder som passerat sitt slutdatum står på en färgad rad.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bad branch</source>
        <translation>Dålig gren</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Ownership matrix</source>
        <translation>Ägarskapsmatris</translation>
    </message>
    <message>
        <source>Touchpoints (▭) and open crossroads (◆) each owner holds in each stage. A row of blanks is an owner with nothing on this map; the last row, nobody, is the work no one owns.</source>
        <translation>Kontaktpunkter (▭) och öppna vägskäl (◆) som varje ägare har i varje fas. En tom rad är en ägare utan något på den här kartan; den sista raden, ingen, är arbetet som ingen äger.</translation>
    </message>
    <message>
        <source>The map has no stages yet.</source>
        <translation>Kartan har inga faser ännu.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>The story on one page</source>
        <translation>Historien på en sida</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Sammanfattning för ledningen</translation>
    </message>
    <message>
        <source>journey owner {0}</source>
        <translation>kundresans ägare: {0}</translation>
    </message>
    <message>
        <source>Micro-journeys</source>
        <translation>Mikroresor</translation>
    </message>
    <message>
        <source>The map has no micro-journeys yet.</source>
        <translation>Kartan har inga mikroresor ännu.</translation>
    </message>
    <message>
        <source>{0} · company</source>
        <translation>{0} · företaget</translation>
    </message>
    <message>
        <source>company activity</source>
        <translation>företagets aktivitet</translation>
    </message>
    <message>
        <source>unnamed owner</source>
        <translation>namnlös ägare</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>… and {0} more — see {1}.</source>
        <translation>… och {0} till — se {1}.</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>micro-journeys</source>
        <translation>mikroresor</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>kontaktpunkter</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>unowned steps</source>
        <translation>steg utan ägare</translation>
    </message>
    <message>
        <source>hand-offs</source>
        <translation>överlämningar</translation>
    </message>
    <message>
        <source>overdue actions</source>
        <translation>försenade åtgärder</translation>
    </message>
    <message>
        <source>At crossroads</source>
        <translation>Vid vägskäl</translation>
    </message>
    <message>
        <source>{0} friction point not yet resolved</source>
        <translation>{0} friktionspunkt ännu inte löst</translation>
    </message>
    <message>
        <source>{0} friction points not yet resolved</source>
        <translation>{0} friktionspunkter ännu inte lösta</translation>
    </message>
    <message>
        <source>{0} micro-journey</source>
        <translation>{0} mikroresa</translation>
    </message>
    <message>
        <source>{0} micro-journeys</source>
        <translation>{0} mikroresor</translation>
    </message>
    <message>
        <source>{0} overdue action</source>
        <translation>{0} försenad åtgärd</translation>
    </message>
    <message>
        <source>{0} overdue actions</source>
        <translation>{0} försenade åtgärder</translation>
    </message>
    <message>
        <source>{0} unowned step</source>
        <translation>{0} steg utan ägare</translation>
    </message>
    <message>
        <source>{0} unowned steps</source>
        <translation>{0} steg utan ägare</translation>
    </message>
    <message>
        <source>… and {0} more step</source>
        <translation>… och {0} steg till</translation>
    </message>
    <message>
        <source>… and {0} more steps</source>
        <translation>… och {0} steg till</translation>
    </message>
    <message>
        <source>… and {0} more micro-journey: see the micro-journey sections.</source>
        <translation>… och {0} mikroresa till: se avsnitten om mikroresorna.</translation>
    </message>
    <message>
        <source>… and {0} more micro-journeys: see the micro-journey sections.</source>
        <translation>… och {0} mikroresor till: se avsnitten om mikroresorna.</translation>
    </message>
    <message>
        <source>… and {0} more on page 2.</source>
        <translation>… och {0} till på sidan 2.</translation>
    </message>
    <message>
        <source>The one friction point not yet resolved</source>
        <translation>Den enda friktionspunkten som ännu inte är löst</translation>
    </message>
    <message>
        <source>The {0} friction points not yet resolved</source>
        <translation>De {0} friktionspunkter som ännu inte är lösta</translation>
    </message>
    <message>
        <source>The {0} worst of {1} friction points not yet resolved</source>
        <translation>De {0} värsta av {1} friktionspunkter som ännu inte är lösta</translation>
    </message>
    <message>
        <source>no steps joined by arrows yet: nothing to measure.</source>
        <translation>inga steg är förbundna med pilar ännu: inget att mäta.</translation>
    </message>
    <message>
        <source>{0} of the customers who start it are lost: {1}.</source>
        <translation>{0} av kunderna som börjar på den går förlorade: {1}.</translation>
    </message>
    <message>
        <source>no customers are lost here.</source>
        <translation>inga kunder går förlorade här.</translation>
    </message>
    <message>
        <source>Where {0} of them go is not known: a fork has no branch shares.</source>
        <translation>Vart {0} av dem tar vägen är okänt: ett vägskäl saknar andelar på grenarna.</translation>
    </message>
    <message>
        <source>Going on: {0}.</source>
        <translation>Går vidare: {0}.</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}; owner {2}.</source>
        <translation>Svagaste länk: {0} — {1}; ägare {2}.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>ingen ägare ännu</translation>
    </message>
    <message>
        <source>Weakest link: {0} — {1}; {2}.</source>
        <translation>Svagaste länk: {0} — {1}; {2}.</translation>
    </message>
    <message>
        <source>Where customers are lost</source>
        <translation>Var kunderna går förlorade</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>förlorade</translation>
    </message>
    <message>
        <source>Every crossroads on the map is resolved: nothing turns customers away that is not dealt with.</source>
        <translation>Alla vägskäl på kartan är lösta: inget som vänder bort kunder står utan åtgärd.</translation>
    </message>
    <message>
        <source>No crossroads on the map yet: no friction point has been marked.</source>
        <translation>Inga vägskäl på kartan ännu: inga friktionspunkter är markerade.</translation>
    </message>
    <message>
        <source>The worst friction points</source>
        <translation>De värsta friktionspunkterna</translation>
    </message>
    <message>
        <source>Friction point</source>
        <translation>Friktionspunkt</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Ingen åtgärd ännu</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>no steps yet.</source>
        <translation>inga steg ännu.</translation>
    </message>
    <message>
        <source>The steps of each micro-journey, in order</source>
        <translation>Stegen i varje mikroresa, i ordning</translation>
    </message>
    <message>
        <source>◆ a crossroads (its severity); the whole map follows from page {0}.</source>
        <translation>◆ ett vägskäl (dess allvarlighetsgrad); hela kartan följer från sidan {0}.</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kartan</translation>
    </message>
    <message>
        <source>The whole map follows from page {0}.</source>
        <translation>Hela kartan följer från sidan {0}.</translation>
    </message>
    <message>
        <source>the friction register</source>
        <translation>friktionsregistret</translation>
    </message>
    <message>
        <source>the micro-journey sections</source>
        <translation>avsnitten om mikroresorna</translation>
    </message>
    <message>
        <source>Unowned touchpoints and crossroads ({0})</source>
        <translation>Kontaktpunkter och vägskäl utan ägare ({0})</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>micro-journey</source>
        <translation>mikroresa</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>kontaktpunkt</translation>
    </message>
    <message>
        <source>crossroads not yet resolved</source>
        <translation>vägskäl ännu inte lösta</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>unowned step</source>
        <translation>steg utan ägare</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>överlämning</translation>
    </message>
    <message>
        <source>overdue action</source>
        <translation>försenad åtgärd</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>av {0}</translation>
    </message>
    <message>
        <source>The next friction point not yet resolved</source>
        <translation>Nästa friktionspunkt som ännu inte är löst</translation>
    </message>
    <message>
        <source>The next {0} friction points not yet resolved</source>
        <translation>De nästa {0} friktionspunkterna som ännu inte är lösta</translation>
    </message>
    <message>
        <source>Next actions at the other friction points</source>
        <translation>Nästa åtgärder vid de andra friktionspunkterna</translation>
    </message>
    <message>
        <source>the ownership matrix</source>
        <translation>ägarskapsmatrisen</translation>
    </message>
    <message>
        <source>Every touchpoint and crossroads has an owner.</source>
        <translation>Alla kontaktpunkter och vägskäl har en ägare.</translation>
    </message>
    <message>
        <source>Hand-offs between owners ({0})</source>
        <translation>Överlämningar mellan ägare ({0})</translation>
    </message>
    <message>
        <source>No hand-offs: each journey stays with one owner.</source>
        <translation>Inga överlämningar: varje resa stannar hos en ägare.</translation>
    </message>
    <message>
        <source>Every friction point not yet resolved, with its action, is on page 1.</source>
        <translation>Alla friktionspunkter som ännu inte är lösta står med sina åtgärder på sidan 1.</translation>
    </message>
    <message>
        <source>unnamed stage</source>
        <translation>namnlös fas</translation>
    </message>
    <message>
        <source>unnamed micro-journey</source>
        <translation>namnlös mikroresa</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (fortsättning)</translation>
    </message>
    <message>
        <source>The page is too small to print the map readably; choose a larger paper size.</source>
        <translation>Sidan är för liten för att skriva ut kartan läsbart; välj ett större pappersformat.</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>lojal</translation>
    </message>
    <message>
        <source>repurchase</source>
        <translation>återköp</translation>
    </message>
    <message>
        <source>recommend</source>
        <translation>rekommenderar</translation>
    </message>
    <message>
        <source>complain</source>
        <translation>klagar</translation>
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
        <translation>enkät</translation>
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
        <translation>en okänd andel av alla som går in i ‘{0}’</translation>
    </message>
    <message>
        <source>{0} of all entering ‘{1}’</source>
        <translation>{0} av alla som går in i ‘{1}’</translation>
    </message>
    <message>
        <source>{0} of those entering ‘{1}’</source>
        <translation>{0} av dem som går in i ‘{1}’</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>Cannot write “{file}”: {reason}</source>
        <translation>Kan inte skriva ”{file}”: {reason}</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>filen är skrivskyddad</translation>
    </message>
    <message>
        <source>“{file}” is read-only; save it under another name</source>
        <translation>”{file}” är skrivskyddad; spara den under ett annat namn</translation>
    </message>
    <message>
        <source>the symbolic link leads round in a loop</source>
        <translation>den symboliska länken går runt i en slinga</translation>
    </message>
    <message>
        <source>Cannot open “{file}” at {where}: {problem}</source>
        <translation>Kan inte öppna ”{file}” vid {where}: {problem}</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {problem}</source>
        <translation>Kan inte öppna ”{file}”: {problem}</translation>
    </message>
    <message>
        <source>this map has {count} steps and notes; JourneyMapper opens maps of up to {limit} steps and notes</source>
        <translation>den här kartan har {count} steg och anteckningar; JourneyMapper öppnar kartor med upp till {limit} steg och anteckningar</translation>
    </message>
    <message>
        <source>this map has {count} arrows; JourneyMapper opens maps of up to {limit} arrows</source>
        <translation>den här kartan har {count} pilar; JourneyMapper öppnar kartor med upp till {limit} pilar</translation>
    </message>
    <message>
        <source>this map has {count} stages; JourneyMapper opens maps of up to {limit} stages</source>
        <translation>den här kartan har {count} faser; JourneyMapper öppnar kartor med upp till {limit} faser</translation>
    </message>
    <message>
        <source>this map has {count} micro-journeys; JourneyMapper opens maps of up to {limit} micro-journeys</source>
        <translation>den här kartan har {count} mikroresor; JourneyMapper öppnar kartor med upp till {limit} mikroresor</translation>
    </message>
    <message>
        <source>this map has {count} owners; JourneyMapper opens maps of up to {limit} owners</source>
        <translation>den här kartan har {count} ägare; JourneyMapper öppnar kartor med upp till {limit} ägare</translation>
    </message>
    <message>
        <source>this map has {count} voting rounds; JourneyMapper opens maps of up to {limit} voting rounds</source>
        <translation>den här kartan har {count} omröstningsomgångar; JourneyMapper öppnar kartor med upp till {limit} omröstningsomgångar</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>hela filen</translation>
    </message>
    <message>
        <source> (in the touchpoint “{name}”)</source>
        <translation> (i kontaktpunkten ”{name}”)</translation>
    </message>
    <message>
        <source> (in the crossroads “{name}”)</source>
        <translation> (i vägskälet ”{name}”)</translation>
    </message>
    <message>
        <source> (in the outcome “{name}”)</source>
        <translation> (i utfallet ”{name}”)</translation>
    </message>
    <message>
        <source> (in the note “{name}”)</source>
        <translation> (i anteckningen ”{name}”)</translation>
    </message>
    <message>
        <source> (in the step “{name}”)</source>
        <translation> (i steget ”{name}”)</translation>
    </message>
    <message>
        <source> (in the stage “{name}”)</source>
        <translation> (i fasen ”{name}”)</translation>
    </message>
    <message>
        <source> (in the micro-journey “{name}”)</source>
        <translation> (i mikroresan ”{name}”)</translation>
    </message>
    <message>
        <source> (in the owner “{name}”)</source>
        <translation> (hos ägaren ”{name}”)</translation>
    </message>
    <message>
        <source> (in the arrow “{name}”)</source>
        <translation> (i pilen ”{name}”)</translation>
    </message>
    <message>
        <source> (in the voting round “{name}”)</source>
        <translation> (i röstningsomgången ”{name}”)</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Värdet måste vara en giltig text</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Värdet måste vara ett giltigt heltal</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Värdet måste vara ett giltigt heltal, men talet har decimaler</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Värdet måste vara ett giltigt tal</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Värdet måste vara true eller false</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>Värdet måste vara ett ändligt tal</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Värdet måste vara en giltig lista</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>Värdet måste vara ett giltigt objekt</translation>
    </message>
    <message>
        <source>Input should be a valid date</source>
        <translation>Värdet måste vara ett giltigt datum</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>Värdet måste vara {expected}</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Värdet måste vara större än eller lika med {ge}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Värdet måste vara mindre än eller lika med {le}</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>Värdet måste vara större än {gt}</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>Värdet måste vara mindre än {lt}</translation>
    </message>
    <message>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation>Texten måste följa mönstret &apos;{pattern}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n character(s)</source>
        <translation>
            <numerusform>Texten får ha högst %n tecken</numerusform>
            <numerusform>Texten får ha högst %n tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n character(s)</source>
        <translation>
            <numerusform>Texten måste ha minst %n tecken</numerusform>
            <numerusform>Texten måste ha minst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>the field “{name}” is missing</source>
        <translation>fältet ”{name}” saknas</translation>
    </message>
    <message>
        <source>“{name}” is not a field JourneyMapper knows</source>
        <translation>”{name}” är inte ett fält som JourneyMapper känner till</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of step; expected touchpoint, crossroads, outcome or note</source>
        <translation>”{kind}” är inte en typ av steg; förväntade touchpoint, crossroads, outcome eller note</translation>
    </message>
    <message>
        <source>the step has no “kind”; it must say which kind of step it is: touchpoint, crossroads, outcome or note</source>
        <translation>steget har ingen ”kind”; den måste ange vilken typ av steg det är: touchpoint, crossroads, outcome eller note</translation>
    </message>
    <message>
        <source>{problem} (found {value})</source>
        <translation>{problem} (hittade {value})</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more problem(s)</source>
        <translation>
            <numerusform>; och %n problem till</numerusform>
            <numerusform>; och %n problem till</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB, too large to be a journey map</source>
        <translation>filen är större än {size} MB, för stor för att vara en kundresekarta</translation>
    </message>
    <message>
        <source>the file holds {values} values, more than a journey map of its size or of {steps} steps does (at most {limit})</source>
        <translation>filen innehåller {values} värden, fler än en kundresekarta av den storleken eller med {steps} steg har (högst {limit})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (is it a journey map?)</source>
        <translation>filen är inte UTF-8-text (är det en kundresekarta?)</translation>
    </message>
    <message>
        <source>byte {offset}</source>
        <translation>byte {offset}</translation>
    </message>
    <message>
        <source>it holds a number too long to read ({detail})</source>
        <translation>den innehåller ett tal som är för långt för att läsas ({detail})</translation>
    </message>
    <message>
        <source>it holds a number with thousands of digits</source>
        <translation>den innehåller ett tal med tusentals siffror</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in the same object; JourneyMapper cannot tell which one is meant</source>
        <translation>nyckeln ”{key}” förekommer två gånger i samma objekt; JourneyMapper kan inte avgöra vilken som avses</translation>
    </message>
    <message>
        <source>{value} is not a number JourneyMapper can use (JSON has no NaN or infinity)</source>
        <translation>{value} är inte ett tal som JourneyMapper kan använda (JSON har varken NaN eller oändlighet)</translation>
    </message>
    <message>
        <source>the text holds half of a UTF-16 character pair (a lone \uD800–\uDFFF escape), which cannot be saved</source>
        <translation>texten innehåller ena halvan av ett UTF-16-teckenpar (en ensam \uD800–\uDFFF-escape), som inte kan sparas</translation>
    </message>
    <message>
        <source>the data is nested too deeply to be a journey map</source>
        <translation>datan är nästlad för djupt för att vara en kundresekarta</translation>
    </message>
    <message>
        <source>the map ends before this place and something else follows it (two files joined, or text added after the map)</source>
        <translation>kartan slutar före det här stället och något annat följer efter (två filer ihopslagna, eller text tillagd efter kartan)</translation>
    </message>
    <message>
        <source>the file ends too early: it was cut off, perhaps by a failed copy or save</source>
        <translation>filen tar slut för tidigt: den har klippts av, kanske av en misslyckad kopiering eller sparning</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>den är inte giltig JSON ({detail})</translation>
    </message>
    <message>
        <source>this is not a JourneyMapper map (the “format” field is not “journeymapper”)</source>
        <translation>det här är inte en JourneyMapper-karta (fältet ”format” är inte ”journeymapper”)</translation>
    </message>
    <message>
        <source>the file has no valid version number</source>
        <translation>filen har inget giltigt versionsnummer</translation>
    </message>
    <message>
        <source>it was made by a newer JourneyMapper (file version {version}; this program reads up to version {supported}). Update JourneyMapper to open it.</source>
        <translation>den skapades av en nyare JourneyMapper (filversion {version}; det här programmet läser upp till version {supported}). Uppdatera JourneyMapper för att öppna den.</translation>
    </message>
    <message>
        <source>the version {version} file could not be upgraded: {detail}</source>
        <translation>filen i version {version} kunde inte uppgraderas: {detail}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>det här är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>this is {kind}, not a file; JourneyMapper opens only regular files</source>
        <translation>det här är {kind}, inte en fil; JourneyMapper öppnar bara vanliga filer</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>du har inte behörighet att läsa den</translation>
    </message>
    <message>
        <source>it could not be read ({detail})</source>
        <translation>den kunde inte läsas ({detail})</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file</source>
        <translation>{path} är {kind}, inte en fil</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>ett namngivet rör (FIFO)</translation>
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
        <translation>inte en vanlig fil</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av sökvägen är inte en mapp</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>den finns redan</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>disken kunde inte läsas eller skrivas (in/ut-fel)</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>din diskkvot är förbrukad</translation>
    </message>
    <message>
        <source>There is no template called “{name}”. The templates are: {names}.</source>
        <translation>Det finns ingen mall som heter ”{name}”. Mallarna är: {names}.</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kan inte läsas ({detail})</translation>
    </message>
    <message>
        <source>the autosave file is damaged</source>
        <translation>den automatiskt sparade filen är skadad</translation>
    </message>
    <message>
        <source>this is not a JourneyMapper autosave</source>
        <translation>det här är inte en automatiskt sparad fil från JourneyMapper</translation>
    </message>
    <message>
        <source>the autosave was made by another version</source>
        <translation>den automatiskt sparade filen skapades av en annan version</translation>
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
        <translation>Lägg till &amp;kontaktpunkt</translation>
    </message>
    <message>
        <source>an untitled touchpoint</source>
        <translation>en namnlös kontaktpunkt</translation>
    </message>
    <message>
        <source>(untitled touchpoint)</source>
        <translation>(namnlös kontaktpunkt)</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Vägskäl</translation>
    </message>
    <message>
        <source>crossroads</source>
        <translation>vägskäl</translation>
    </message>
    <message>
        <source>Add &amp;Crossroads</source>
        <translation>Lägg till &amp;vägskäl</translation>
    </message>
    <message>
        <source>an untitled crossroads</source>
        <translation>ett namnlöst vägskäl</translation>
    </message>
    <message>
        <source>(untitled crossroads)</source>
        <translation>(namnlöst vägskäl)</translation>
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
        <translation>Lägg till &amp;utfall</translation>
    </message>
    <message>
        <source>an untitled outcome</source>
        <translation>ett namnlöst utfall</translation>
    </message>
    <message>
        <source>(untitled outcome)</source>
        <translation>(namnlöst utfall)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Lägg till &amp;anteckning</translation>
    </message>
    <message>
        <source>an untitled note</source>
        <translation>en namnlös anteckning</translation>
    </message>
    <message>
        <source>(untitled note)</source>
        <translation>(namnlös anteckning)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>JourneyMapper cannot open its window: no display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen.</source>
        <translation>JourneyMapper kan inte öppna sitt fönster: ingen skärm hittades (DISPLAY och WAYLAND_DISPLAY är inte satta). Starta programmet från en skrivbordssession, eller sätt QT_QPA_PLATFORM=offscreen för att köra det utan skärm.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>There is no stage with id {id}.</source>
        <translation>Det finns ingen fas med id {id}.</translation>
    </message>
    <message>
        <source>There is no micro-journey with id {id}.</source>
        <translation>Det finns ingen mikroresa med id {id}.</translation>
    </message>
    <message>
        <source>There is no owner with id {id}.</source>
        <translation>Det finns ingen ägare med id {id}.</translation>
    </message>
    <message>
        <source>A stage with id {id} is already on the map.</source>
        <translation>En fas med id {id} finns redan på kartan.</translation>
    </message>
    <message>
        <source>A micro-journey with id {id} is already on the map.</source>
        <translation>En mikroresa med id {id} finns redan på kartan.</translation>
    </message>
    <message>
        <source>An owner with id {id} is already on the map.</source>
        <translation>En ägare med id {id} finns redan på kartan.</translation>
    </message>
    <message>
        <source>A stage&apos;s id cannot change.</source>
        <translation>Id:t för en fas kan inte ändras.</translation>
    </message>
    <message>
        <source>A micro-journey&apos;s id cannot change.</source>
        <translation>Id:t för en mikroresa kan inte ändras.</translation>
    </message>
    <message>
        <source>An owner&apos;s id cannot change.</source>
        <translation>Id:t för en ägare kan inte ändras.</translation>
    </message>
    <message>
        <source>‘{name}’</source>
        <translation>”{name}”</translation>
    </message>
    <message>
        <source>There is no step with id {id}.</source>
        <translation>Det finns inget steg med id {id}.</translation>
    </message>
    <message>
        <source>There is no arrow with id {id}.</source>
        <translation>Det finns ingen pil med id {id}.</translation>
    </message>
    <message>
        <source>An owner cannot be merged into itself.</source>
        <translation>En ägare kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <source>There is no owner with id {id} to hand the items to.</source>
        <translation>Det finns ingen ägare med id {id} som kan ta över objekten.</translation>
    </message>
    <message>
        <source>A step&apos;s {field} cannot change.</source>
        <translation>Fältet {field} i ett steg kan inte ändras.</translation>
    </message>
    <message>
        <source>Step {name} is placed in a stage that does not exist.</source>
        <translation>Steget {name} är placerat i en fas som inte finns.</translation>
    </message>
    <message>
        <source>Step {name} is placed in a micro-journey that does not exist.</source>
        <translation>Steget {name} är placerat i en mikroresa som inte finns.</translation>
    </message>
    <message>
        <source>Step {name} names an owner that does not exist.</source>
        <translation>Steget {name} hänvisar till en ägare som inte finns.</translation>
    </message>
    <message>
        <source>An arrow&apos;s {field} cannot change; draw a new arrow instead.</source>
        <translation>Fältet {field} i en pil kan inte ändras; rita en ny pil i stället.</translation>
    </message>
    <message>
        <source>The arrow&apos;s start step does not exist.</source>
        <translation>Steget som pilen börjar i finns inte.</translation>
    </message>
    <message>
        <source>The arrow&apos;s end step does not exist.</source>
        <translation>Steget som pilen slutar i finns inte.</translation>
    </message>
    <message>
        <source>An arrow cannot lead from a step back to itself.</source>
        <translation>En pil kan inte gå från ett steg tillbaka till sig självt.</translation>
    </message>
    <message>
        <source>Notes annotate the map; they cannot be joined by arrows.</source>
        <translation>Anteckningar kommenterar kartan; de kan inte kopplas ihop med pilar.</translation>
    </message>
    <message>
        <source>An arrow with id {id} is already on the map.</source>
        <translation>En pil med id {id} finns redan på kartan.</translation>
    </message>
    <message>
        <source>There is already an arrow from {source} to {target}.</source>
        <translation>Det går redan en pil från {source} till {target}.</translation>
    </message>
    <message numerus="yes">
        <source>The stage {name} still holds %n step(s). Move or delete them first, or choose another column to move them to.</source>
        <translation>
            <numerusform>Fasen {name} innehåller fortfarande %n steg. Flytta eller ta bort det först, eller välj en annan kolumn att flytta det till.</numerusform>
            <numerusform>Fasen {name} innehåller fortfarande %n steg. Flytta eller ta bort dem först, eller välj en annan kolumn att flytta dem till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The micro-journey {name} still holds %n step(s). Move or delete them first, or choose another lane to move them to.</source>
        <translation>
            <numerusform>Mikroresan {name} innehåller fortfarande %n steg. Flytta eller ta bort det först, eller välj en annan rad att flytta det till.</numerusform>
            <numerusform>Mikroresan {name} innehåller fortfarande %n steg. Flytta eller ta bort dem först, eller välj en annan rad att flytta dem till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a different column to move the steps to.</source>
        <translation>Välj en annan kolumn att flytta stegen till.</translation>
    </message>
    <message>
        <source>Choose a different lane to move the steps to.</source>
        <translation>Välj en annan rad att flytta stegen till.</translation>
    </message>
    <message>
        <source>Only a crossroads has branches; this arrow must be a flow.</source>
        <translation>Bara ett vägskäl har förgreningar; den här pilen måste vara ett flöde.</translation>
    </message>
    <message>
        <source>Arrows out of a crossroads are branches.</source>
        <translation>Pilar ut från ett vägskäl är förgreningar.</translation>
    </message>
    <message>
        <source>Only touchpoints, crossroads, outcomes and notes can be added.</source>
        <translation>Bara kontaktpunkter, vägskäl, utfall och anteckningar kan läggas till.</translation>
    </message>
    <message>
        <source>A step with id {id} is already on the map.</source>
        <translation>Ett steg med id {id} finns redan på kartan.</translation>
    </message>
    <message>
        <source>The journey owner must be one of the map&apos;s owners.</source>
        <translation>Kundresans ägare måste vara en av kartans ägare.</translation>
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
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroresa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Förbättringsåtgärd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Weakest links</source>
        <translation>Svagaste länkar</translation>
    </message>
    <message>
        <source>The room&apos;s priorities</source>
        <translation>Rummets prioriteringar</translation>
    </message>
    <message>
        <source>Paths to churn</source>
        <translation>Vägar till kundbortfall</translation>
    </message>
    <message>
        <source>Unowned steps</source>
        <translation>Steg utan ägare</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Överlämningar</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Branch shares</source>
        <translation>Andelar i förgreningar</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Two pairs of glasses</source>
        <translation>Två par glasögon</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Gapanalys</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Nästa åtgärder</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>himmelsblå</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>blågrön</translation>
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
        <translation>cinnoberröd</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>rödlila</translation>
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
        <translation>Reklam</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
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
        <translation>Sms</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Recensionssajt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
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
        <translation>Självservice</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt besök</translation>
    </message>
    <message>
        <source>The product itself</source>
        <translation>Själva produkten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>No feedback collected</source>
        <translation>Ingen feedback insamlad</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Satisfaction score (CSAT)</source>
        <translation>Nöjdhet (CSAT)</translation>
    </message>
    <message>
        <source>Effort score (CES)</source>
        <translation>Kundansträngning (CES)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Användningsdata</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Utreds</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Förbättras</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Lojal</translation>
    </message>
    <message>
        <source>Buys again</source>
        <translation>Köper igen</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Rekommenderar</translation>
    </message>
    <message>
        <source>Complains</source>
        <translation>Klagar</translation>
    </message>
    <message>
        <source>Leaves (churn)</source>
        <translation>Lämnar (kundbortfall)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Good ✓</source>
        <translation>Bra ✓</translation>
    </message>
    <message>
        <source>Bad ✗</source>
        <translation>Dålig ✗</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flöde</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Förgrening</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>mycket dålig</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>dålig</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bra</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>mycket bra</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Customer&apos;s rating</source>
        <translation>Kundens bedömning</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>drop</source>
        <translation>prioritera bort</translation>
    </message>
    <message>
        <source>invest</source>
        <translation>investera</translation>
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
        <translation>inga data</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) from entry to outcome</source>
        <translation>
            <numerusform>%n väg från ingång till utfall</numerusform>
            <numerusform>%n vägar från ingång till utfall</numerusform>
        </translation>
    </message>
    <message>
        <source>too many</source>
        <translation>för många</translation>
    </message>
    <message>
        <source>{total} paths from entry to outcome (the first {shown} analysed)</source>
        <translation>{total} vägar från ingång till utfall (de första {shown} har analyserats)</translation>
    </message>
    <message>
        <source>a tie of {count} steps, each hurting {hurt} of 5: {steps}</source>
        <translation>delad plats mellan {count} steg, vart och ett med smärta {hurt} av 5: {steps}</translation>
    </message>
    <message>
        <source>{journey} at {step}</source>
        <translation>{journey} vid {step}</translation>
    </message>
    <message>
        <source>of all customers entering {journey}</source>
        <translation>av alla kunder som går in i {journey}</translation>
    </message>
    <message>
        <source>of the customers entering {journey}</source>
        <translation>av kunderna som går in i {journey}</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>en okänd andel</translation>
    </message>
    <message>
        <source>{step} (reached by {shares})</source>
        <translation>{step} (nås av {shares})</translation>
    </message>
    <message>
        <source>MICRO-JOURNEYS</source>
        <translation>MIKRORESOR</translation>
    </message>
    <message>
        <source>Weakest link of the whole map: {step}</source>
        <translation>Svagaste länken i hela kartan: {step}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>entries:</source>
        <translation>ingångar:</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>utfall:</translation>
    </message>
    <message>
        <source>paths:</source>
        <translation>vägar:</translation>
    </message>
    <message>
        <source>weakest link:</source>
        <translation>svagaste länk:</translation>
    </message>
    <message>
        <source>(Weakest link: the step that hurts most, a rated touchpoint 3 − its rating, an unresolved crossroads its severity, on one 1–5 scale; steps that hurt alike are a tie.)</source>
        <translation>(Svagaste länken: steget som gör mest ont – en betygsatt kontaktpunkt 3 − betyget, ett olöst vägskäl allvarlighetsgraden, på en skala från 1 till 5; steg som gör lika ont delar plats.)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>OWNER × STAGE (touchpoints and open crossroads)</source>
        <translation>ÄGARE × FAS (kontaktpunkter och öppna vägskäl)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Effort %</source>
        <translation>Insats %</translation>
    </message>
    <message>
        <source>of it notes</source>
        <translation>varav anteckningar</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Inte tillagt</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Unbacked</source>
        <translation>Utan stöd</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>GAP ANALYSIS AND FEEDBACK PER STAGE</source>
        <translation>GAPANALYS OCH FEEDBACK PER FAS</translation>
    </message>
    <message>
        <source>Effort: the company activities&apos; effort, each hour counted once. A note&apos;s effort counts only where no touchpoint of its stage and micro-journey carries effort; beside such touchpoints it is not added.</source>
        <translation>Insats: insatsen i företagets aktiviteter, varje timme räknad en gång. Insatsen i en anteckning räknas bara där inga kontaktpunkter i samma fas och mikroresa har insats; bredvid sådana kontaktpunkter läggs den inte till.</translation>
    </message>
    <message>
        <source>Effort %: of the map&apos;s counted effort. Feedback: of the stage&apos;s touchpoints, those with a feedback instrument.</source>
        <translation>Insats %: av kartans räknade insats. Återkoppling: av fasens kontaktpunkter, de som har ett återkopplingsverktyg.</translation>
    </message>
    <message>
        <source>Verdict no data: the stage has touchpoints but no company activity is marked there.</source>
        <translation>Bedömning inga data: fasen har kontaktpunkter, men ingen aktivitet i företaget är markerad där.</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Namnlös karta</translation>
    </message>
    <message>
        <source>JourneyMapper analysis — {title}</source>
        <translation>JourneyMapper-analys — {title}</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Fil: {file}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Findings: {problems}, {warnings}, {notes}.   Marks: ✗ problem  ! warning  · note</source>
        <translation>Fynd: {problems}, {warnings}, {notes}.   Markeringar: ✗ problem  ! varning  · anmärkning</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anmärkning</numerusform>
            <numerusform>%n anmärkningar</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the map is empty or has nothing to improve.</source>
        <translation>Inga fynd: kartan är tom eller har inget att förbättra.</translation>
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
        <translation>Före, under och efter köpet.</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Före köpet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under köpet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter köpet</translation>
    </message>
    <message>
        <source>Five stages</source>
        <translation>Fem faser</translation>
    </message>
    <message>
        <source>Awareness, evaluation, purchase, use, repurchase and recommendation.</source>
        <translation>Medvetenhet, utvärdering, köp, användning, nytt köp och rekommendation.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Medvetenhet</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Användning</translation>
    </message>
    <message>
        <source>Repurchase and recommendation</source>
        <translation>Nytt köp och rekommendation</translation>
    </message>
    <message>
        <source>Seven stages (B2B)</source>
        <translation>Sju faser (B2B)</translation>
    </message>
    <message>
        <source>The seven phases of a business purchase.</source>
        <translation>De sju faserna i ett företagsköp.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Utlösare</translation>
    </message>
    <message>
        <source>First interest</source>
        <translation>Första intresse</translation>
    </message>
    <message>
        <source>Active evaluation</source>
        <translation>Aktiv utvärdering</translation>
    </message>
    <message>
        <source>Purchase decision</source>
        <translation>Köpbeslut</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundupplevelse</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Lojalitet</translation>
    </message>
    <message>
        <source>Micro-journey</source>
        <translation>Mikroresa</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <source>Cannot Open Map</source>
        <translation>Det går inte att öppna kartan</translation>
    </message>
    <message>
        <source>A new map from the template “{0}”. Save asks where to keep it.</source>
        <translation>En ny karta från mallen ”{0}”. Spara frågar var den ska sparas.</translation>
    </message>
    <message>
        <source>Cannot Recover Map</source>
        <translation>Det går inte att återställa kartan</translation>
    </message>
    <message>
        <source>Recovered from the autosave of {0}. Save to keep it.</source>
        <translation>Återställd från den automatiska sparningen kl. {0}. Spara för att behålla den.</translation>
    </message>
</context>
</TS>
