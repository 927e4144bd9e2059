"""Raid stories: framed news reports, accurate reports and police press releases (~800 words)."""

from __future__ import annotations

import random
from datetime import date

from bench.corpus import filler
from bench.corpus import outlets as o
from bench.corpus import raid_phrases as p
from bench.corpus.layout import Story, fill_to_length, join_list
from bench.corpus.text import Writer, approx, in_words, number

ORIGIN_ADJ = {
    "China": "Chinese",
    "South Korea": "Korean",
    "Thailand": "Thai",
    "Vietnam": "Vietnamese",
    "Romania": "Romanian",
    "Brazil": "Brazilian",
    "the Philippines": "Filipino",
    "Mexico": "Mexican",
    "Ukraine": "Ukrainian",
    "Nigeria": "Nigerian",
    "Malaysia": "Malaysian",
    "Colombia": "Colombian",
}
COUNTRY_NAMES = {"us": "the United States", "ca": "Canada", "uk": "Britain", "au": "Australia"}
CURRENCY = {"us": "$", "ca": "$", "uk": "\u00a3", "au": "$"}
VARIANTS = ("framed", "accurate", "release")
VARIANT_WEIGHTS = (70, 18, 12)

TITLES = {
    "framed": (
        "{women_d} women {rescued} in {city} {label}",
        "Police [rescue|free|save] {women_d} women from {city} {business}",
        "{Slavery} ring [busted|smashed] at {city} {business}",
        "{arrested_d} arrested, {women_d} {rescued} in {label_adj} sting",
        "Inside the {city} {business} where police say {women_d} women were held",
        "{women_d} [victims|girls] {rescued} as {label_adj} ring [busted|broken up]",
    ),
    "accurate": (
        "{arrested_d} charged after police raid {city} {business}",
        "{women_d} women detained in {city} massage raids",
        "Police raids on {city} {business} end in {arrested_d} arrests",
        "Women taken in {city} raids face [deportation|removal orders]",
    ),
    "release": (
        "{op} results in {arrested_d} arrests",
        "Police conclude {label_adj} investigation in {city}",
        "News release: {op}",
    ),
}


def raid_story(rng: random.Random, outlet: o.Outlet, day: date, words: int) -> tuple[str, str]:
    """Return (title, body) of one raid story of about ``words`` words."""
    slots, trafficking_charge = _slots(rng, outlet, day)
    w = Writer(rng, outlet, slots)
    variant = rng.choices(VARIANTS, weights=VARIANT_WEIGHTS)[0]
    story = Story()
    if variant == "accurate":
        _accurate(w, story, trafficking_charge)
    elif variant == "release":
        _release(w, story)
    else:
        _framed(w, story, trafficking_charge)
    fill_to_length(w, story, filler.RAID, words, first=p.BACKGROUND)
    if outlet.dateline:
        story.dateline(f"{slots['city'].upper()} ({outlet.name}) \u2014 ")
    return w.pick(TITLES[variant]), story.text()


def _framed(w: Writer, story: Story, trafficking_charge: bool) -> None:
    rng = w.rng
    story.add(w.pick(p.LEDE_FRAMED))
    middle: list[list[str]] = [
        _sentences(w, list(p.OPERATION), 2),
        _arrests(w, trafficking_charge),
        [_police_quote(w, p.POLICE_QUOTES, first=True)],
    ]
    optional = (
        (0.6, p.CAPTIVITY),
        (0.5, p.MOVEMENT),
        (0.35, p.EXPLOITATION),
        (0.25, p.TROPE),
        (0.3, p.SAVIOUR),
    )
    for chance, pool in optional:
        if rng.random() < chance:
            middle.append(_sentences(w, list(pool), rng.randint(1, 2)))
    if rng.random() < 0.3:
        middle.append([w.quote(rng.choice(p.CHARITY_QUOTES), "{charity_person}")])
    if rng.random() < 0.55:
        middle.append([w.pick(p.OUTCOMES) + "."])
    if rng.random() < 0.4:
        middle.append([w.quote(rng.choice(p.WORKER_QUOTES), rng.choice(p.WORKER_SPEAKERS))])
    if rng.random() < 0.45:
        middle.append([w.quote(rng.choice(p.ADVOCATE_QUOTES), "{advocate}")])
    if rng.random() < 0.5:
        middle.append([_police_quote(w, p.POLICE_QUOTES, first=False)])
    rng.shuffle(middle[1:])
    for block in middle:
        story.add(*block)
    if rng.random() < 0.7:
        story.add_tail(w.pick(p.COURT))


def _accurate(w: Writer, story: Story, trafficking_charge: bool) -> None:
    rng = w.rng
    story.add(w.pick(p.LEDE_ACCURATE))
    story.add(*_sentences(w, list(p.OPERATION), 2))
    story.add(*_arrests(w, trafficking_charge))
    story.add(*_sentences(w, list(p.ACCURATE), 2))
    story.add(w.pick(p.OUTCOMES) + ".")
    if rng.random() < 0.6:
        story.add(w.quote(rng.choice(p.WORKER_QUOTES), rng.choice(p.WORKER_SPEAKERS)))
    if rng.random() < 0.6:
        story.add(w.quote(rng.choice(p.ADVOCATE_QUOTES), "{advocate}"))
    story.add(_police_quote(w, p.POLICE_QUOTES_NEUTRAL, first=True))
    story.add_tail(w.pick(p.COURT))


def _release(w: Writer, story: Story) -> None:
    rng = w.rng
    story.add(w.pick(p.LEDE_RELEASE))
    story.add(*_sentences(w, list(p.OPERATION), 3))
    story.add(*_arrests(w, False))
    story.add(_police_quote(w, p.POLICE_QUOTES, first=True))
    for chance, pool in ((0.4, p.CAPTIVITY), (0.4, p.MOVEMENT), (0.3, p.SAVIOUR)):
        if rng.random() < chance:
            story.add(*_sentences(w, list(pool), 1))
    if rng.random() < 0.5:
        story.add(w.quote(rng.choice(p.CHARITY_QUOTES), "{charity_person}"))
    story.add(_police_quote(w, p.POLICE_QUOTES, first=False))
    story.add_tail(*_sentences(w, list(p.CLOSING_RELEASE), 2))


def _arrests(w: Writer, trafficking_charge: bool) -> list[str]:
    out = _sentences(w, list(p.ARRESTS), 2)
    if trafficking_charge:
        out = [s for s in out if "trafficking" not in s] + [w.pick(p.ARRESTS_TRAFFICKING)]
    return out


def _police_quote(w: Writer, quotes: tuple[str, ...], first: bool) -> str:
    speaker = (
        "{officer_rank} {officer_name}[ of {agency}|, a spokesperson for {agency}]"
        if first
        else "{officer_surname}"
    )
    return w.quote(w.rng.choice(quotes), speaker)


def _sentences(w: Writer, pool: list[str], k: int) -> list[str]:
    return [s for s in (w.draw(pool) for _ in range(k)) if s is not None]


def _slots(rng: random.Random, outlet: o.Outlet, day: date) -> tuple[dict[str, str], bool]:
    c, style = outlet.country, outlet.numbers
    city = rng.choice(o.CITIES[c])
    lead, partner = rng.sample(o.POLICE[c], 2)
    parlour = "parlor" if c == "us" else "parlour"
    plural, single = (b.format(parlour=parlour) for b in rng.choice(p.BUSINESSES))
    n_women = rng.randint(3, 40)
    n_arrested = rng.randint(1, 15)
    n_charged = rng.randint(1, n_arrested)
    origin = rng.choice(o.ORIGINS)
    kinds = ["prostitution"]
    kinds += [
        k for k, chance in (("laundering", 0.5), ("immigration", 0.3)) if rng.random() < chance
    ]
    charges = [rng.choice(p.CHARGES[k]) for k in kinds]
    trafficking_charge = rng.random() < 0.15
    imm_full, imm_short, _ = o.IMMIGRATION[c]
    money = CURRENCY[c]
    officer_first, officer_last = rng.choice(o.FIRST_NAMES), rng.choice(o.SURNAMES)
    adv_first, adv_last = rng.choice(o.FIRST_NAMES), rng.choice(o.SURNAMES)
    slots = {
        "city": city,
        "street": rng.choice(o.STREETS),
        "agency": lead[0].format(city=city),
        "Police_full": lead[0].format(city=city),
        "police": lead[1],
        "partner": partner[0].format(city=city),
        "partner_cap": partner[0].format(city=city),
        "immig": imm_full,
        "immig_short": imm_short,
        "business": plural,
        "business_one": single,
        "parlour": parlour,
        "women": approx(n_women, style, rng),
        "women_d": str(n_women),
        "arrested": number(n_arrested, style),
        "arrested_cap": in_words(n_arrested),
        "arrested_d": str(n_arrested),
        "charged": number(n_charged, style),
        "clients_cap": in_words(rng.randint(2, 60)),
        "immig_n": number(rng.randint(1, n_women), style),
        "businesses": number(rng.randint(2, 12), style),
        "label": rng.choice(p.LABELS),
        "label_adj": rng.choice(p.LABEL_ADJ),
        "slavery": rng.choice(p.SLAVERY),
        "Slavery": rng.choice(p.SLAVERY).capitalize(),
        "rescued": rng.choice(p.RESCUE_VERBS),
        "rescued_phrase": rng.choice(p.RESCUE_PHRASES),
        "rescuing": rng.choice(("rescuing", "freeing", "saving", "liberating")),
        "rescued_word": rng.choice(p.RESCUE_VERBS),
        "charges": join_list(charges),
        "trafficking_charge": rng.choice(p.CHARGES["trafficking"]),
        "op": "Operation " + rng.choice(p.OPERATIONS),
        "day": day.strftime("%A"),
        "court_day": _later(day, rng).strftime("%B %-d"),
        "court_month": _later(day, rng).strftime("%B"),
        "months": str(rng.randint(3, 18)),
        "officers": str(rng.randrange(20, 200, 5)),
        "years": number(rng.randint(2, 9), style),
        "prior": number(rng.randint(2, 8), style),
        "cash": f"{money}{rng.randrange(5_000, 250_000, 100):,}",
        "price_low": f"{money}{rng.randrange(60, 120, 10)}",
        "price_high": f"{money}{rng.randrange(140, 300, 20)}",
        "phones": number(rng.randint(5, 40), style),
        "accounts": number(rng.randint(2, 12), style),
        "homes": number(rng.randint(2, 5), style),
        "owner_age": str(rng.randint(32, 64)),
        "origin": origin,
        "origin_adj": ORIGIN_ADJ[origin],
        "country_name": COUNTRY_NAMES[c],
        "worker": rng.choice(o.WORKER_NAMES),
        "worker_age": str(rng.randint(24, 52)),
        "worker_years": number(rng.randint(2, 12), style),
        "officer_rank": rng.choice(o.RANKS[c]),
        "officer_name": f"{officer_first} {officer_last}",
        "officer_surname": officer_last,
        "advocate": f"{adv_first} {adv_last}, "
        f"{rng.choice(('an organiser', 'a spokesperson', 'a coordinator'))} with "
        f"{rng.choice(o.SUPPORT_GROUPS)}",
        "support_group": rng.choice(o.SUPPORT_GROUPS),
        "charity": rng.choice(o.CHARITIES),
        "charity_person": f"{rng.choice(o.FIRST_NAMES)} {rng.choice(o.SURNAMES)} of "
        f"{rng.choice(o.CHARITIES)}",
        "law": p.LAWS[c],
        "money": money,
        "outlet_ref": _outlet_ref(outlet.name),
    }
    return slots, trafficking_charge


def _later(day: date, rng: random.Random) -> date:
    return date.fromordinal(day.toordinal() + rng.randint(20, 90))


def _outlet_ref(name: str) -> str:
    return name if name.startswith("The ") else f"the {name}"
