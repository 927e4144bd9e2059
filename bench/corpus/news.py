"""General news stories (500-900 words): civic topics and innocent uses of rescue words."""

from __future__ import annotations

import random
from datetime import date

from bench.corpus import filler
from bench.corpus import news_civic as civic
from bench.corpus import news_rescue as rescue
from bench.corpus import outlets as o
from bench.corpus.layout import Story, Topic, fill_to_length
from bench.corpus.text import Writer, number

# (topic, weight): about 40% of general news uses rescue or trafficking words innocently.
TOPICS: tuple[tuple[Topic, int], ...] = (
    (civic.POLITICS, 16),
    (civic.SPORT, 13),
    (civic.WEATHER, 7),
    (civic.BUSINESS, 13),
    (civic.COURTS, 9),
    (rescue.FIRE, 7),
    (rescue.FLOOD, 5),
    (rescue.SEA, 6),
    (rescue.MOUNTAIN, 4),
    (rescue.ANIMALS, 5),
    (rescue.BAIL, 4),
    (rescue.CARS, 4),
    (rescue.DRUGS, 7),
)
# Filler per family: fixed sentences used at most once, then templates that vary on every use.
FIXED_FILLER = {
    "civic": civic.CIVIC_FILLER,
    "sport": civic.SPORT_FILLER,
    "emergency": rescue.EMERGENCY_FILLER,
}
VARIED_FILLER = {
    "civic": filler.CIVIC,
    "sport": filler.SPORT + filler.CIVIC[:3],
    "emergency": filler.EMERGENCY + filler.CIVIC[:4],
}
FIRE_SERVICE = {
    "us": "the {city} Fire Department",
    "ca": "{city} Fire Rescue Services",
    "uk": "the county fire and rescue service",
    "au": "Fire and Rescue crews",
}
FIRE_CHIEF = {
    "us": "Fire Chief",
    "ca": "Deputy Fire Chief",
    "uk": "Station Commander",
    "au": "Station Officer",
}
COAST_GUARD = {
    "us": "The U.S. Coast Guard",
    "ca": "The Canadian Coast Guard",
    "uk": "HM Coastguard",
    "au": "Marine Rescue volunteers",
}
FLOOD_SERVICE = {
    "us": "the county emergency management office",
    "ca": "the provincial emergency management office",
    "uk": "the fire and rescue service",
    "au": "the State Emergency Service",
}
ANIMAL_GROUP = {
    "us": "the {city} Humane Society",
    "ca": "the {city} SPCA",
    "uk": "the RSPCA",
    "au": "the RSPCA",
}
CURRENCY = {"us": "$", "ca": "$", "uk": "\u00a3", "au": "$"}
TEAMS = (
    "Rovers",
    "City",
    "United",
    "Wanderers",
    "Harbour FC",
    "Athletic",
    "Rangers",
    "Mariners",
    "Falcons",
    "Thunder",
    "Albion",
    "Northern Stars",
)
COMPANIES = (
    "Brightwell",
    "Northgate Foods",
    "Carrick Steel",
    "Alder Retail",
    "Summit Energy",
    "Kestrel Airlines",
    "Halden Homes",
    "Bluewater Telecom",
)
RIVERS = ("the Mill River", "the Ashby River", "the Grey River", "Cedar Creek", "the Lune")
BEACHES = ("Sandy Bay", "Pelican Beach", "North Point", "Gull Cove", "Long Strand")
MOUNTAINS = ("Mount Halden", "Ben Carrow", "Eagle Peak", "the Grey Crags", "Mount Tarn")
DRUGS = ("cocaine", "methamphetamine", "cannabis", "heroin", "fentanyl")


def news_story(rng: random.Random, outlet: o.Outlet, day: date, words: int) -> tuple[str, str, str]:
    """Return (section, title, body) of one general news story of about ``words`` words."""
    topics, weights = zip(*TOPICS)
    topic: Topic = rng.choices(topics, weights=weights)[0]
    w = Writer(rng, outlet, _slots(rng, outlet, day))
    story = Story()
    body = list(topic.body)
    story.add(w.pick(topic.ledes))
    quotes = rng.sample(topic.quotes, k=min(len(topic.quotes), rng.randint(1, 2)))
    for i, words_said in enumerate(quotes):
        for _ in range(rng.randint(1, 2)):
            story.add(*[s for s in (w.draw(body) for _ in range(rng.randint(1, 3))) if s])
        story.add(w.quote(words_said, topic.speakers[i % len(topic.speakers)]))
    first = body + list(FIXED_FILLER[topic.filler])
    fill_to_length(w, story, VARIED_FILLER[topic.filler], words, first=first)
    if outlet.dateline:
        story.dateline(f"{w.slots['city'].upper()} ({outlet.name}) \u2014 ")
    return topic.section, w.pick(topic.titles), story.text()


def _slots(rng: random.Random, outlet: o.Outlet, day: date) -> dict[str, str]:
    c, style = outlet.country, outlet.numbers
    city = rng.choice(o.CITIES[c])
    money = CURRENCY[c]
    team1, team2 = rng.sample(TEAMS, 2)
    score_b = rng.randint(0, 2)

    def person() -> str:
        return f"{rng.choice(o.FIRST_NAMES)} {rng.choice(o.SURNAMES)}"

    return {
        "city": city,
        "outlet_ref": outlet.name if outlet.name.startswith("The ") else f"the {outlet.name}",
        "money": money,
        "month": day.strftime("%B"),
        "street": rng.choice(o.STREETS),
        "day": day.strftime("%A"),
        "person": person(),
        "person2": person(),
        "person3": person(),
        "defendant": person(),
        "minister": f"Housing Minister {person()}",
        "official": f"Mayor {person()}",
        "votes_for": number(rng.randint(7, 12), style),
        "votes_against": number(rng.randint(1, 6), style),
        "money_m": f"{money}{rng.randint(2, 900)}",
        "money_k": f"{money}{rng.randint(5, 400)}",
        "bail": f"{money}{rng.randrange(1_000, 50_000, 500):,}",
        "percent": str(rng.randint(3, 40)),
        "small_percent": str(rng.randint(1, 6)),
        "candidates": number(rng.randint(3, 11), style),
        "buses": number(rng.randint(10, 80), style),
        "team1": team1,
        "team2": team2,
        "score_a": str(score_b + rng.randint(1, 3)),
        "score_b": str(score_b),
        "crowd": f"{rng.randrange(4_000, 60_000, 100):,}",
        "streak": number(rng.randint(3, 12), style),
        "cards": number(rng.randint(2, 8), style),
        "temp": str(rng.randint(33, 44)),
        "rain": str(rng.randrange(40, 200, 10)),
        "wind": str(rng.randrange(60, 130, 10)),
        "company": rng.choice(COMPANIES),
        "jobs": f"{rng.randrange(50, 3_000, 50):,}",
        "cents": str(rng.randint(4, 60)),
        "staff": f"{rng.randrange(500, 20_000, 100):,}",
        "sentence": number(rng.randint(2, 12), style),
        "years_n": number(rng.randint(3, 10), style),
        "weeks": number(rng.randint(2, 9), style),
        "old_year": str(day.year - rng.randint(3, 10)),
        "pages": str(rng.randrange(80, 400, 10)),
        "people": number(rng.randint(2, 30), style),
        "family": number(rng.randint(3, 6), style),
        "fire_service": FIRE_SERVICE[c].format(city=city),
        "fire_chief": FIRE_CHIEF[c],
        "crews": number(rng.randint(4, 20), style),
        "river": rng.choice(RIVERS),
        "calls": f"{rng.randrange(100, 2_000, 10):,}",
        "flood_service": FLOOD_SERVICE[c],
        "river_m": f"{rng.uniform(4, 14):.1f}",
        "homes": f"{rng.randrange(200, 9_000, 100):,}",
        "coast_guard": COAST_GUARD[c],
        "km": str(rng.randint(5, 80)),
        "beach": rng.choice(BEACHES),
        "waves": str(rng.randint(3, 8)),
        "area": f"{rng.randrange(50, 900, 10):,}",
        "mountain": rng.choice(MOUNTAINS),
        "fall": str(rng.randint(5, 40)),
        "rescuers": number(rng.randint(12, 60), style),
        "animals": f"{rng.randint(8, 60)} {rng.choice(('dogs', 'cats', 'horses', 'rabbits'))}",
        "animal_group": ANIMAL_GROUP[c].format(city=city),
        "pets": number(rng.randint(8, 60), style),
        "age": str(rng.randint(19, 60)),
        "cars": number(rng.randint(5, 40), style),
        "arrests": number(rng.randint(2, 14), style),
        "drug": rng.choice(DRUGS),
        "drug_kg": str(rng.randint(5, 400)),
        "months": str(rng.choice((8, 11, 18))),
        "guns": number(rng.randint(1, 9), style),
    }
