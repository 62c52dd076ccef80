"""Write the built-in templates into resources/templates/ (run after changing them).

    python packaging/make_templates.py

Ids are derived from the template's name, so running it twice gives the same
bytes; tests check that the shipped files are what this script writes.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journeymapper.io import dumps  # noqa: E402
from journeymapper.model import (  # noqa: E402
    Crossroads,
    JourneyDocument,
    MapInfo,
    MicroJourney,
    Note,
    Outcome,
    Owner,
    Stage,
    Touchpoint,
)
from journeymapper.model.geometry import EMOTION_BAND, NODE_SIZE  # noqa: E402

SLOT = 200.0     # horizontal room for one step in a cell
ROW = 112.0      # vertical room for one row of steps
TOP = 24.0
LEFT = 24.0

NAMESPACE = uuid.UUID("6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f")


class Builder:
    def __init__(self, slug: str, title: str, description: str) -> None:
        self.slug = slug
        self.counter = 0
        self.info = dict(title=title, description=description)
        self.stages: list[Stage] = []
        self.journeys: list[MicroJourney] = []
        self.owners: list[Owner] = []
        self.nodes = []
        self.edges = []
        self.slots: dict[tuple, int] = defaultdict(int)
        self.journey_owner = None

    def _id(self) -> str:
        self.counter += 1
        return uuid.uuid5(NAMESPACE, f"{self.slug}/{self.counter}").hex

    def stage(self, name: str) -> str:
        self.stages.append(Stage(id=self._id(), name=name))
        return self.stages[-1].id

    def journey(self, name: str) -> str:
        self.journeys.append(MicroJourney(id=self._id(), name=name))
        return self.journeys[-1].id

    def owner(self, name: str, colour: str, kind: str = "department") -> str:
        self.owners.append(Owner(id=self._id(), name=name, colour=colour, kind=kind))
        return self.owners[-1].id

    def _place(self, cls, label, stage, journey, row, **fields) -> str:
        slot = self.slots[(stage, journey, row)]
        self.slots[(stage, journey, row)] += 1
        w, h = NODE_SIZE[cls.model_fields["kind"].default]
        x = LEFT + slot * SLOT + (SLOT - 40 - w) / 2
        y = TOP + row * ROW + (ROW - 24 - h) / 2
        node = cls(id=self._id(), label=label, stage_id=stage, journey_id=journey,
                   x=x, y=y, **fields)
        self.nodes.append(node)
        return node.id

    def touchpoint(self, label, stage, journey, row=0, **fields):
        return self._place(Touchpoint, label, stage, journey, row, **fields)

    def crossroads(self, label, stage, journey, row=0, **fields):
        return self._place(Crossroads, label, stage, journey, row, **fields)

    def outcome(self, label, stage, journey, row=0, **fields):
        return self._place(Outcome, label, stage, journey, row, **fields)

    def note(self, label, stage, journey, row=0, **fields):
        return self._place(Note, label, stage, journey, row, **fields)

    def flow(self, source, target, **fields):
        self.edges.append((source, target, fields))

    def chain(self, *ids):
        for a, b in zip(ids, ids[1:]):
            self.flow(a, b)

    def build(self) -> JourneyDocument:
        doc = JourneyDocument()
        for stage in self.stages:
            used = max([n for (s, _, _), n in self.slots.items() if s == stage.id], default=1)
            doc.add_stage(stage.with_changes(width=max(240.0, LEFT + used * SLOT)))
        for journey in self.journeys:
            rows = max([r + 1 for (_, j, r) in self.slots if j == journey.id], default=1)
            doc.add_journey(journey.with_changes(height=TOP + rows * ROW + EMOTION_BAND + 8))
        for owner in self.owners:
            doc.add_owner(owner)
        for node in self.nodes:
            doc.add_node(node)
        for source, target, fields in self.edges:
            doc.connect(source, target, id=self._id(), **fields)
        doc.set_info(**MapInfo(journey_owner_id=self.journey_owner, **self.info).model_dump())
        return doc


def empty(slug: str, title: str, description: str, stages: list[str], lane: str) -> Builder:
    b = Builder(slug, title, description)
    for name in stages:
        b.stage(name)
    b.journey(lane)
    return b


def airline() -> Builder:
    b = Builder("sample-airline", "Airline: booking, the flight and lost luggage",
                "Three micro-journeys of one airline customer. Lost luggage starts inside "
                "the flight; hidden fees and a missing bag are where customers leave.")
    plan, before, airport, air, after = (b.stage(n) for n in (
        "Plan and book", "Before departure", "At the airport", "In the air", "After arrival"))
    booking, flight, luggage = (b.journey(n) for n in (
        "Booking the ticket", "The flight", "Lost luggage"))
    digital = b.owner("Digital channels", "#0072B2")
    service = b.owner("Customer service", "#E69F00")
    ground = b.owner("Ground operations", "#009E73")
    cabin = b.owner("Cabin crew", "#CC79A7")
    baggage = b.owner("Baggage services", "#D55E00")
    b.journey_owner = b.owner("Head of customer experience", "#56B4E9", "person")

    search = b.touchpoint("Search flights on the website", plan, booking, channel="website",
                          owner_id=digital, rating=1, feedback="survey", provider_rating=1)
    compare = b.touchpoint("Compare prices on review sites", plan, booking,
                           channel="review_site", rating=0)
    fees = b.crossroads("Are all fees clear before payment?", plan, booking, severity=4,
                        status="investigating", owner_id=digital,
                        evidence="18 % abandon at the payment step (web analytics)",
                        action="Show the full price with every fee on the first result page",
                        due=dt.date(2027, 2, 1))
    pay = b.touchpoint("Pay and receive the e-ticket", before, booking, channel="email",
                       owner_id=digital, rating=1, feedback="csat", kpi="Conversion rate",
                       provider_rating=2, opportunity="Offer seat and bag upgrades")
    abandon = b.outcome("Abandons the booking", plan, booking, row=1, outcome="churn", share=18)
    remind = b.touchpoint("Check-in reminder by SMS", before, booking, channel="sms",
                          owner_id=service, rating=2)
    b.chain(search, compare, fees)
    b.flow(fees, pay, label="Price as expected", sentiment="good", share=82)
    b.flow(fees, abandon, label="Hidden fee at checkout", sentiment="bad", share=18)
    b.flow(pay, remind)

    checkin = b.touchpoint("Online check-in in the app", before, flight, channel="app",
                           owner_id=digital, rating=1)
    security = b.touchpoint("Bag drop and security queue", airport, flight,
                            channel="in_person", owner_id=ground, rating=-1, feedback="ces",
                            kpi="Queue time")
    ontime = b.crossroads("Does the flight leave on time?", airport, flight, severity=3,
                          owner_id=ground, evidence="On-time rate 71 % last quarter",
                          action="Push delay notices to the app 2 h ahead")
    gate = b.touchpoint("Waiting at the gate without information", airport, flight, row=1,
                        channel="in_person", owner_id=service, rating=-2, provider_rating=0)
    complain = b.outcome("Complains on social media", air, flight, row=1, outcome="complain",
                         share=12)
    crew = b.touchpoint("Friendly cabin service", air, flight, channel="in_person",
                        owner_id=cabin, rating=2, provider_rating=1,
                        opportunity="A ‘wow’ moment: greet frequent flyers by name")
    claim = b.touchpoint("Baggage claim", after, flight, channel="in_person",
                         owner_id=ground, rating=0)
    bag = b.crossroads("Did the bag arrive?", after, flight, severity=5, owner_id=baggage,
                       evidence="1 in 120 bags delayed", status="open")
    loyal = b.outcome("Books again", after, flight, outcome="loyal", share=80)
    b.chain(checkin, security, ontime)
    b.flow(ontime, crew, label="On time", sentiment="good", share=71)
    b.flow(ontime, gate, label="Delayed, no information", sentiment="bad", share=29)
    b.flow(gate, complain)
    b.chain(crew, claim, bag)
    b.flow(bag, loyal, label="Bag on the belt", sentiment="good", share=99)

    report = b.touchpoint("Report the missing bag at the desk", after, luggage,
                          channel="in_person", owner_id=baggage, rating=-2, feedback="none")
    track = b.touchpoint("Tracking link by SMS", after, luggage, channel="sms",
                         owner_id=baggage, rating=-1, feedback="ces")
    within = b.crossroads("Is the bag home within 24 hours?", after, luggage, severity=5,
                          status="improving", owner_id=baggage,
                          evidence="Average 52 h in 2026; churn survey names it first",
                          action="Courier to the door and a proactive SMS every 6 hours",
                          due=dt.date(2027, 1, 15))
    voucher = b.touchpoint("Apology and a voucher by e-mail", after, luggage, row=1,
                           channel="email", owner_id=service, rating=1)
    recommend = b.outcome("Tells friends about the good handling", after, luggage, row=1,
                          outcome="recommend", share=40)
    switch = b.outcome("Switches airline", after, luggage, outcome="churn", share=35)
    b.flow(bag, report, label="Bag missing", sentiment="bad", share=1)
    b.chain(report, track, within)
    b.flow(within, voucher, label="Delivered home", sentiment="good", share=65)
    b.flow(within, switch, label="Still missing after 3 days", sentiment="bad", share=35)
    b.flow(voucher, recommend)
    b.note("Hand-off: ground staff to baggage services. Customers say they feel forgotten here.",
           after, luggage, row=1)
    return b


DENTIST_TEXT = {
    "en": dict(
        slug="sample-dentist", title="The dentist: a frightened first-timer becomes loyal",
        description="Coleman’s dentist: every step after the booking reassures the customer "
                    "until they feel valued enough to recommend the clinic.",
        stages=("First contact", "Before the visit", "The visit", "After the visit",
                "Recommendation"),
        lanes=("Getting an appointment", "Treatment and care"),
        owners=("Reception", "Dentist", "Clinic manager"),
        steps=dict(
            call="Calls with toothache", sameday="Can we see them today?",
            slots="Keep two emergency slots every day", elsewhere="Goes to another clinic",
            form="Health form e-mailed in advance", same_day="Same-day appointment",
            next_week="Next week at the earliest", welcome="Personal welcome by name",
            fear="Is the patient still afraid?",
            anxiety="First-timers rate anxiety 4 of 5", explain="Dentist explains each step",
            treat="Treatment", callback="A call after the painkillers wear off",
            talk="The moment they will talk about", private="The dentist’s private number",
            doubt="Buyer’s remorse: was it worth it?",
            letter="Send a short follow-up letter",
            refer="Asked for a referral once they feel valued",
            loyal="Loyal patient who recommends the clinic", nervous="Yes, still nervous",
            calm="Calm", reassured="Reassured"),
    ),
    # Coleman's dentist as the Danish article tells it ("Mist aldrig en kunde igen")
    "da": dict(
        slug="sample-dentist-da", title="Tandlægen: en bange førstegangspatient bliver loyal",
        description="Colemans tandlæge: hvert trin efter bestillingen beroliger patienten, "
                    "indtil han føler sig så værdsat, at han anbefaler klinikken til familie "
                    "og venner.",
        stages=("Første kontakt", "Før besøget", "Besøget", "Efter besøget", "Anbefaling"),
        lanes=("At få en tid", "Behandling og omsorg"),
        owners=("Receptionen", "Tandlægen", "Klinikchefen"),
        steps=dict(
            call="Ringer med en knækket kindtand", sameday="Kan vi tage ham i dag?",
            slots="Hold to akuttider fri hver dag", elsewhere="Går til en anden klinik",
            form="Formularen sendt på e-mail på forhånd", same_day="Tid samme dag",
            next_week="Tidligst i næste uge", welcome="Personlig velkomst ved navn",
            fear="Er patienten stadig bange?",
            anxiety="Førstegangspatienter vurderer deres angst til 4 ud af 5",
            explain="Tandlægen forklarer hvert trin", treat="Behandlingen",
            callback="Et opkald, når de smertestillende piller holder op med at virke",
            talk="Øjeblikket, han vil fortælle andre om",
            private="Tandlægens private nummer",
            doubt="Fortryder han købet?",
            letter="Send et kort opfølgningsbrev",
            refer="Bedt om en anbefaling, når han føler sig værdsat",
            loyal="Loyal patient, der anbefaler klinikken", nervous="Ja, stadig nervøs",
            calm="Rolig", reassured="Beroliget"),
    ),
}


def dentist(lang: str = "en") -> Builder:
    t = DENTIST_TEXT[lang]
    w = t["steps"]
    b = Builder(t["slug"], t["title"], t["description"])
    first, before, visit, after, recommend = (b.stage(n) for n in t["stages"])
    appointment, treatment = (b.journey(n) for n in t["lanes"])
    reception = b.owner(t["owners"][0], "#E69F00")
    dentist_ = b.owner(t["owners"][1], "#0072B2", "person")
    clinic = b.owner(t["owners"][2], "#009E73", "person")
    b.journey_owner = clinic

    call = b.touchpoint(w["call"], first, appointment, channel="phone",
                        owner_id=reception, rating=-1, feedback="none")
    sameday = b.crossroads(w["sameday"], first, appointment, severity=4,
                           owner_id=reception, action=w["slots"], status="resolved")
    elsewhere = b.outcome(w["elsewhere"], first, appointment, row=1, outcome="churn")
    form = b.touchpoint(w["form"], before, appointment, channel="email", owner_id=reception,
                        rating=1)
    b.chain(call, sameday)
    b.flow(sameday, form, label=w["same_day"], sentiment="good", share=90)
    b.flow(sameday, elsewhere, label=w["next_week"], sentiment="bad", share=10)

    welcome = b.touchpoint(w["welcome"], visit, treatment, channel="in_person",
                           owner_id=reception, rating=2, provider_rating=2)
    fear = b.crossroads(w["fear"], visit, treatment, severity=3, owner_id=dentist_,
                        evidence=w["anxiety"])
    explain = b.touchpoint(w["explain"], visit, treatment, row=1, channel="in_person",
                           owner_id=dentist_, rating=1)
    treat = b.touchpoint(w["treat"], visit, treatment, channel="in_person",
                         owner_id=dentist_, rating=0, feedback="csat")
    callback = b.touchpoint(w["callback"], after, treatment, channel="phone",
                            owner_id=dentist_, rating=2, opportunity=w["talk"])
    private = b.touchpoint(w["private"], after, treatment, channel="phone",
                           owner_id=dentist_, rating=2)
    doubt = b.crossroads(w["doubt"], after, treatment, row=1, severity=2, owner_id=clinic,
                         action=w["letter"])
    refer = b.touchpoint(w["refer"], recommend, treatment, channel="in_person",
                         owner_id=clinic, rating=1, feedback="nps")
    loyal = b.outcome(w["loyal"], recommend, treatment, row=1, outcome="recommend")
    b.flow(form, welcome)
    b.flow(welcome, fear)
    b.flow(fear, explain, label=w["nervous"], sentiment="neutral")
    b.flow(fear, treat, label=w["calm"], sentiment="good")
    b.flow(explain, treat)
    b.chain(treat, callback, private, refer, loyal)
    b.flow(callback, doubt)
    b.flow(doubt, private, label=w["reassured"], sentiment="good")
    return b


def bike_shop_sv() -> Builder:
    """The Swedish article ("Förstå hela kundupplevelsen med kundresan"): its five stages,
    the touchpoints it names before, during and after the purchase, feedback collected at
    the important ones, and the loop closed by telling customers what it led to."""
    b = Builder("sample-bike-shop-sv",
                "Cykelbutiken: kontaktpunkter och feedback före, under och efter köpet",
                "En kunds resa från annonsen till nästa köp, i fem etapper. Vid de viktigaste "
                "kontaktpunkterna samlas feedback in – och kunderna får veta vad den ledde "
                "till. Resan är aldrig bättre än sin svagaste länk.")
    aware, evaluate, buy, use, again = (b.stage(n) for n in (
        "Medvetenhet", "Utvärdering", "Köp", "Användning", "Nytt köp och rekommendation"))
    choose, store, service = (b.journey(n) for n in (
        "Välja cykel", "Köpet i butiken", "Service och nästa köp"))
    marketing = b.owner("Marknad", "#E69F00")
    shop = b.owner("Butiken", "#0072B2")
    care = b.owner("Kundtjänst", "#009E73")
    b.journey_owner = b.owner("Kundupplevelsechef", "#CC79A7", "person")

    ad = b.touchpoint("Ser en annons i sociala medier", aware, choose, channel="social",
                      owner_id=marketing, rating=0, feedback="survey", company_activity=True,
                      effort=80)
    reviews = b.touchpoint("Läser recensioner av cykeln", aware, choose, channel="review_site",
                           rating=1)
    site = b.touchpoint("Jämför modeller på webbplatsen", evaluate, choose, channel="website",
                        owner_id=marketing, rating=-1, feedback="survey",
                        kpi="Andel som bokar provtur")
    size = b.crossroads("Hittar kunden rätt storlek?", evaluate, choose,
                        severity=4, owner_id=marketing, status="investigating",
                        evidence="Win/loss-analys: 3 av 10 förlorade affärer nämner "
                                 "storleksguiden",
                        action="Storleksguide med längd och innerbenslängd",
                        due=dt.date(2027, 2, 15))
    rival = b.outcome("Köper hos en konkurrent", evaluate, choose, row=1, outcome="churn")
    b.chain(ad, reviews, site, size)
    b.flow(size, rival, label="Nej, ger upp", sentiment="bad", share=30)

    ride = b.touchpoint("Provcyklar i butiken", buy, store, channel="store", owner_id=shop,
                        rating=2, provider_rating=1)
    extras = b.touchpoint("Säljaren föreslår lås och hjälm", buy, store, channel="sales_rep",
                          owner_id=shop, rating=1, provider_rating=2,
                          opportunity="Tillbehör och service vid köpet")
    pay = b.touchpoint("Betalar i kassan", buy, store, channel="store", owner_id=shop,
                       rating=1)
    survey = b.touchpoint("Sms-enkät efter köpet", buy, store, channel="sms",
                          owner_id=care, rating=1, feedback="csat")
    b.flow(size, ride, label="Ja, bokar en provtur", sentiment="good", share=70)
    b.chain(ride, extras, pay, survey)

    welcome = b.touchpoint("Välkomstmejl med skötselråd", use, service, channel="email",
                           owner_id=care, rating=1)
    invoice = b.touchpoint("Faktura och garantibevis", use, service, channel="invoice",
                           owner_id=shop, rating=0)
    booking = b.crossroads("Går det att boka service?", use, service,
                           severity=5, owner_id=care,
                           evidence="Kundtjänstenkäten: 25 minuters väntetid i telefon",
                           action="Boka service direkt på webbplatsen")
    queue = b.touchpoint("Ringer kundtjänst om en punktering", use, service, row=1,
                         channel="phone", owner_id=care, rating=-2, feedback="csat")
    nps = b.touchpoint("NPS-enkät efter tre månader", again, service, channel="email",
                       owner_id=care, rating=0, feedback="nps")
    loop = b.touchpoint("Nyhetsbrev: så ändrade vi servicebokningen efter er feedback", again,
                        service, channel="email", owner_id=marketing, rating=1)
    loyal = b.outcome("Köper igen och tipsar vänner", again, service,
                      outcome="recommend")
    lost = b.outcome("Lämnar tillbaka cykeln", again, service,
                     row=1, outcome="churn")
    b.flow(survey, welcome)
    b.chain(welcome, invoice, booking)
    b.flow(booking, nps, label="Ja, en tid samma vecka", sentiment="good", share=80)
    b.flow(booking, queue, label="Nej, lång kö i telefon", sentiment="bad", share=20)
    b.flow(queue, lost)
    b.chain(nps, loop, loyal)
    b.note("Stäng feedbackcirkeln: berätta för kunderna vad deras synpunkter ledde till.",
           again, choose)
    return b


PLUMBER_TEXT = {
    "en": dict(
        slug="sample-plumber", title="The plumber: the expectation journey",
        description="The time between the order and the job is a journey of its own: "
                    "clarify expectations, add value, offer an upsell.",
        stages=("Order", "Waiting for the plumber", "The job", "Invoice and after"),
        lanes=("Expectation", "The job itself"),
        owners=("Office", "Plumber", "Owner of the firm"),
        steps=("Books a bathroom repair", "Order confirmation with the date",
               "Message three days ahead with tips", "Offer: clean up yourself for a "
               "cheaper bill", "Does the customer know what will happen?",
               "Customer prepares the bathroom", "Plumber arrives on time",
               "Job done, bathroom tidy", "Clear invoice", "Asks for a review after a week",
               "Books again and recommends", "Surprised by the bill, complains",
               "Knows the plan", "Unsure, calls the office"),
    ),
    "no": dict(
        slug="sample-plumber-no", title="Rørleggeren: forventningsreisen",
        description="Tiden mellom bestilling og oppdrag er en egen kundereise: avklar "
                    "forventninger, tilfør verdi, stimuler mersalg.",
        stages=("Bestilling", "Venter på rørleggeren", "Oppdraget", "Faktura og etterpå"),
        lanes=("Forventning", "Selve oppdraget"),
        owners=("Kontoret", "Rørlegger", "Daglig leder"),
        steps=("Bestiller reparasjon av badet", "Ordrebekreftelse med dato",
               "Melding tre dager før med gode råd", "Tilbud: rydd selv og få lavere "
               "regning", "Vet kunden hva som skal skje?", "Kunden gjør badet klart",
               "Rørleggeren kommer presis", "Jobben er gjort, badet er ryddig",
               "Tydelig faktura", "Ber om omtale etter en uke",
               "Kjøper igjen og anbefaler oss", "Overrasket over regningen, klager",
               "Kjenner planen", "Usikker, ringer kontoret"),
    ),
}


def plumber(lang: str) -> Builder:
    t = PLUMBER_TEXT[lang]
    b = Builder(t["slug"], t["title"], t["description"])
    order, waiting, job, invoice = (b.stage(n) for n in t["stages"])
    expectation, work = (b.journey(n) for n in t["lanes"])
    office = b.owner(t["owners"][0], "#E69F00")
    plumber_ = b.owner(t["owners"][1], "#0072B2", "person")
    b.journey_owner = b.owner(t["owners"][2], "#009E73", "person")
    s = t["steps"]
    book = b.touchpoint(s[0], order, expectation, channel="phone", owner_id=office, rating=0)
    confirm = b.touchpoint(s[1], order, expectation, channel="email", owner_id=office, rating=1)
    tips = b.touchpoint(s[2], waiting, expectation, channel="sms", owner_id=office, rating=2,
                        provider_rating=2, opportunity=s[3])
    know = b.crossroads(s[4], waiting, expectation, severity=3, owner_id=office)
    prepare = b.touchpoint(s[5], waiting, expectation, channel="in_person", rating=1,
                           company_activity=False)
    unsure = b.touchpoint(s[13], waiting, expectation, row=1, channel="phone",
                          owner_id=office, rating=-1)
    b.chain(book, confirm, tips, know)
    b.flow(know, prepare, label=s[12], sentiment="good", share=75)
    b.flow(know, unsure, label=s[13], sentiment="bad", share=25)
    arrive = b.touchpoint(s[6], job, work, channel="in_person", owner_id=plumber_, rating=1)
    done = b.touchpoint(s[7], job, work, channel="in_person", owner_id=plumber_, rating=2)
    bill = b.crossroads(s[8], invoice, work, severity=4, owner_id=office, status="improving",
                        action=s[8], due=dt.date(2027, 3, 1))
    review = b.touchpoint(s[9], invoice, work, channel="email", owner_id=office, rating=1,
                          feedback="nps")
    again = b.outcome(s[10], invoice, work, outcome="recommend")
    angry = b.outcome(s[11], invoice, work, row=1, outcome="complain")
    b.flow(prepare, arrive)
    b.flow(unsure, arrive)
    b.chain(arrive, done, bill)
    b.flow(bill, review, sentiment="good", share=85)
    b.flow(bill, angry, sentiment="bad", share=15)
    b.flow(review, again)
    return b


def b2b() -> Builder:
    b = Builder("sample-b2b-software", "B2B software purchase in seven phases",
                "A business buying software, from inactive to loyal, with the touchpoints "
                "of each phase and the departments that own them.")
    names = ("Inactive", "Trigger", "First interest", "Active evaluation", "Purchase decision",
             "Customer experience", "Loyalty")
    inactive, trigger, interest, evaluation, decision, experience, loyalty = (
        b.stage(n) for n in names)
    find, buy, use = (b.journey(n) for n in (
        "Finding a vendor", "Buying", "Onboarding and support"))
    marketing = b.owner("Marketing", "#E69F00")
    sales = b.owner("Sales", "#0072B2")
    success = b.owner("Customer success", "#009E73")
    support = b.owner("Support", "#CC79A7")
    b.journey_owner = b.owner("Chief customer officer", "#56B4E9", "person")

    conf = b.touchpoint("Conference talk", inactive, find, channel="event", owner_id=marketing,
                        rating=1, feedback="survey", company_activity=True, effort=120)
    article = b.touchpoint("Thought-leadership article", inactive, find, channel="website",
                           owner_id=marketing, rating=0, company_activity=True, effort=60)
    pain = b.touchpoint("A pain point becomes urgent", trigger, find, channel="none")
    search = b.touchpoint("Search and niche blogs", interest, find, channel="website",
                          owner_id=marketing, rating=0)
    site = b.touchpoint("Vendor website", interest, find, channel="website",
                        owner_id=marketing, rating=1, feedback="survey")
    reviews = b.touchpoint("Review portals", evaluation, find, channel="review_site",
                           rating=-1)
    b.chain(conf, article, pain, search, site, reviews)

    demo = b.touchpoint("Demo with the sales team", evaluation, buy, channel="sales_rep",
                        owner_id=sales, rating=1, feedback="survey", kpi="Win rate")
    refs = b.touchpoint("Reports and references", evaluation, buy, channel="letter",
                        owner_id=sales, rating=0)
    price = b.crossroads("Does the offer fit the budget?", decision, buy, severity=4,
                         owner_id=sales, evidence="Win/loss interviews: price named in 40 %",
                         action="Offer a smaller starter package", due=dt.date(2027, 4, 1))
    contract = b.touchpoint("Contract and signature", decision, buy, channel="email",
                            owner_id=sales, rating=0)
    lost = b.outcome("Chooses a competitor", decision, buy, row=1, outcome="churn", share=40)
    b.flow(reviews, demo)
    b.chain(demo, refs, price)
    b.flow(price, contract, label="Within budget", sentiment="good", share=60)
    b.flow(price, lost, label="Too expensive", sentiment="bad", share=40)

    handoff = b.crossroads("Does onboarding know what sales promised?", experience, use,
                           severity=5, owner_id=success, status="investigating",
                           evidence="New customers repeat their requirements 3 times",
                           action="Shared account notes from sales to onboarding",
                           due=dt.date(2027, 1, 31))
    manual = b.touchpoint("Onboarding manuals and training", experience, use, channel="app",
                          owner_id=success, rating=1, feedback="ces")
    videos = b.touchpoint("Training videos", experience, use, channel="website",
                          owner_id=success, rating=1, feedback="none")
    helpdesk = b.touchpoint("Support by phone, e-mail and chat", experience, use, row=1,
                            channel="chat", owner_id=support, rating=-1, feedback="csat")
    kb = b.touchpoint("Self-service knowledge base", loyalty, use, channel="self_service",
                      owner_id=support, rating=0)
    renew = b.outcome("Renews and expands", loyalty, use, outcome="repurchase", share=75)
    leave = b.outcome("Does not renew", loyalty, use, row=1, outcome="churn", share=25)
    b.flow(contract, handoff)
    b.flow(handoff, manual, label="Yes, a smooth start", sentiment="good", share=55)
    b.flow(handoff, helpdesk, label="No: customer starts over", sentiment="bad", share=45)
    b.chain(manual, videos, kb, renew)
    b.flow(helpdesk, leave)
    b.note("Marketing spends 180 hours a year on events that few buyers mention.",
           inactive, find, row=1, company_activity=True, effort=180)
    return b


def all_templates() -> list[Builder]:
    return [
        empty("empty-three-stages", "Three stages", "Before, during and after the purchase.",
              ["Before purchase", "During purchase", "After purchase"], "Micro-journey"),
        empty("empty-five-stages", "Five stages",
              "Awareness, evaluation, purchase, use, repurchase and recommendation.",
              ["Awareness", "Evaluation", "Purchase", "Use", "Repurchase and recommendation"],
              "Micro-journey"),
        empty("empty-seven-stages-b2b", "Seven stages (B2B)",
              "The seven phases of a business purchase.",
              ["Inactive", "Trigger", "First interest", "Active evaluation",
               "Purchase decision", "Customer experience", "Loyalty"], "Micro-journey"),
        airline(), dentist("en"), dentist("da"), plumber("en"), plumber("no"),
        bike_shop_sv(), b2b(),
    ]


def main() -> None:
    out = ROOT / "resources" / "templates"
    out.mkdir(parents=True, exist_ok=True)
    for builder in all_templates():
        (out / f"{builder.slug}.jmap").write_bytes(dumps(builder.build()))
        print(builder.slug)


if __name__ == "__main__":
    main()
