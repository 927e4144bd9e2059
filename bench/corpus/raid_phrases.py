"""Sentence templates for raid stories and police press releases (written for this benchmark).

Slots are filled by ``bench.corpus.raid``; ``[a|b]`` picks one alternative. Lists are grouped by
the part of the story they belong to.
"""

from __future__ import annotations

RESCUE_VERBS = ("rescued", "freed", "saved", "liberated", "recovered")
RESCUE_PHRASES = (
    "rescued",
    "freed",
    "saved",
    "liberated",
    "recovered",
    "removed from the premises",
    "pulled from the businesses",
    "safeguarded",
    "taken to a safe place",
    "identified as victims",
)
LABELS = (
    "human trafficking bust",
    "sex trafficking sting",
    "trafficking operation",
    "human trafficking investigation",
    "sex trafficking crackdown",
    "trafficking raid",
)
LABEL_ADJ = ("human trafficking", "sex trafficking", "trafficking")
SLAVERY = ("modern-day slavery", "modern slavery", "sex slavery", "a trafficking ring")
OPERATIONS = (
    "Northern Gate",
    "Lantern",
    "Safe Passage",
    "Clean Sweep",
    "Red Door",
    "Harbour Light",
    "Open Hand",
    "Silver Shield",
    "Cross Current",
    "Daybreak",
    "Blue Heron",
    "Keystone",
)
BUSINESSES = (
    ("massage {parlour}s", "massage {parlour}"),
    ("spas", "spa"),
    ("massage businesses", "massage business"),
    ("apartments", "apartment"),
    ("body-rub studios", "body-rub studio"),
    ("escort agencies", "escort agency"),
    ("brothels", "brothel"),
    ("nail salons", "nail salon"),
)
CHARGES = {
    "prostitution": (
        "promoting prostitution",
        "keeping a common bawdy house",
        "operating a brothel",
        "controlling prostitution for gain",
        "procuring",
        "living on the avails of prostitution",
        "advertising sexual services",
        "soliciting",
        "engaging in prostitution",
        "running an unlicensed brothel",
    ),
    "laundering": ("money laundering", "possession of proceeds of crime", "laundering proceeds"),
    "immigration": (
        "immigration offences",
        "working in breach of visa conditions",
        "harbouring people without status",
        "employing people without work permits",
    ),
    "trafficking": (
        "human trafficking",
        "trafficking in persons",
        "sex trafficking by force",
        "trafficking a minor",
    ),
}
OUTCOMES = (
    (
        "{immig_n} of the women were handed over to {immig} and [held in immigration detention|"
        "placed in removal proceedings]"
    ),
    "{immig_n} of the women were later given removal orders by {immig}",
    "{immig_n} women were deported within weeks of the raid, according to {immig}",
    "{immig} confirmed that {immig_n} of the women had their visas cancelled",
    "the women were questioned by {immig_short} officers at the scene and {immig_n} were detained",
    "{immig_n} of the women were issued with tickets for prostitution offences and released",
)

LEDE_FRAMED = (
    (
        "{Police_full} {rescued} {women} women during a {label} at {businesses} {business} across "
        "{city} on {day}, [officials|authorities] said."
    ),
    (
        "{women} women were {rescued} and {arrested} people arrested in a {label} targeting "
        "{business} in {city}, police announced {day}."
    ),
    (
        "A {label} led by {agency} has {rescued} {women} women from what officers called "
        "{slavery} operating out of {businesses} {business} in {city}."
    ),
    (
        "{Police_full} say {women} women were {rescued_phrase} after a months-long "
        "{label_adj} investigation into {business} on {street} in {city}."
    ),
    (
        "Detectives [smashed|broke up|dismantled] what they described as {slavery} in {city} this "
        "week, {rescuing} {women} women from {businesses} {business}."
    ),
)
LEDE_ACCURATE = (
    (
        "{Police_full} arrested {arrested} people and detained {women} women during raids on "
        "{businesses} {business} in {city} on {day}."
    ),
    (
        "Police in {city} raided {businesses} {business} on {day}, arresting {arrested} people on "
        "{charges} charges and taking {women} women into custody."
    ),
    (
        "{women} women who worked at {business} in {city} were detained and questioned after "
        "officers from {agency} searched {businesses} premises on {day}."
    ),
)
LEDE_RELEASE = (
    (
        "{Police_full} announces the successful conclusion of {op}, a {label_adj} investigation that "
        "resulted in {arrested} arrests and {women} victims {rescued_word}."
    ),
    (
        "On {day}, officers from {agency} executed search warrants at {businesses} {business} as "
        "part of {op}. {women} victims were {rescued_phrase} and {arrested} suspects were taken into "
        "custody."
    ),
)

OPERATION = (
    (
        "The raids were the culmination of a {months}-month investigation that involved {agency} "
        "and {partner}."
    ),
    (
        "Officers in plain clothes had visited the {business} several times before the search "
        "warrants were executed early on {day} morning."
    ),
    (
        "Investigators said they began watching the premises after complaints from neighbours about "
        "late-night traffic and cars parked along {street}."
    ),
    "About {officers} officers took part in the operation, which was code-named {op}.",
    "{partner_cap} and {immig} assisted with the searches, police said.",
    (
        "The {business} advertised on classified websites and had been open for at least "
        "{years} years, according to business licence records."
    ),
    (
        "Police seized {cash} in cash, {phones} mobile phones and ledgers they said recorded "
        "payments from customers."
    ),
    "Officers also froze {accounts} bank accounts linked to the owners of the businesses.",
    (
        "Search warrants were executed simultaneously at the {business} and at {homes} homes in "
        "the suburbs, where investigators said the owners lived."
    ),
    (
        "The operation followed a tip from a customer who told police that one of the women "
        "appeared frightened, a detective said."
    ),
)
ARRESTS = (
    "{arrested_cap} people were arrested and charged with {charges}.",
    "Those arrested face charges including {charges}, court records show.",
    (
        "Police said {charged} people, including the owner of the {business_one}, were charged "
        "with {charges}."
    ),
    "{clients_cap} men were also cited as customers, police said.",
    (
        "No one has been charged with trafficking, a spokesperson for the prosecutor's office "
        "confirmed."
    ),
    (
        "The owner, a {owner_age}-year-old {city} resident, was charged with {charges} and released "
        "on bail."
    ),
    "Prosecutors said more charges could follow as the investigation continues.",
)
ARRESTS_TRAFFICKING = (
    "A {owner_age}-year-old man was charged with {trafficking_charge} and remains in custody.",
    (
        "Prosecutors filed a charge of {trafficking_charge} against the alleged organiser, who "
        "police said used threats to keep two of the women working."
    ),
)
CAPTIVITY = (
    (
        "Police said the women lived at the {business} and slept on massage tables after their "
        "shifts."
    ),
    "Investigators said the women were kept inside the {business_one} and rarely went out.",
    "The women were held in cramped rooms at the back of the {business_one}, officers said.",
    "According to police, the women were locked in at night and had their meals delivered.",
    "Detectives said some of the women were forced to live at the premises.",
)
MOVEMENT = (
    "Police believe the women were brought from {origin} on tourist visas.",
    (
        "Investigators said the women had been lured to {country_name} with promises of work in "
        "restaurants and salons."
    ),
    (
        "Officers said the women were smuggled into the country and moved between cities every few "
        "weeks."
    ),
    (
        "The women, most of them from {origin}, had been shipped from one {business_one} to another, "
        "police said."
    ),
)
EXPLOITATION = (
    "Police said the women were controlled by handlers who took most of their earnings.",
    "The women worked for a pimp who kept their passports, according to the police account.",
    "Detectives described the owners as traffickers who exploited vulnerable women.",
)
TROPE = (
    "Police said the businesses were linked to {origin_adj} organised crime.",
    "Officers described a network run by foreign gangs with tentacles reaching to {origin}.",
    "Investigators said the ring was part of a crime syndicate based in {origin}.",
)
SAVIOUR = (
    "The chief praised the officers as heroes who had given the women their lives back.",
    "Officials said the operation was victim-centred and not about enforcement.",
    (
        "{charity} said its volunteers were waiting with blankets and care packages when the "
        "women were brought out."
    ),
)
POLICE_QUOTES = (
    "These women were treated as commodities, and today we gave them a way out.",
    "Human trafficking is happening in every community, including this one.",
    "Our priority was the safety of the victims from the moment we went through the door.",
    "This is modern-day slavery, and we will not tolerate it in our city.",
    "We want anyone who is being exploited to know that help is available.",
    "This investigation shows what can be achieved when agencies work together.",
    "The girls we met today were terrified and had nowhere else to turn.",
    "Nobody should be bought and sold, and we will keep going after those responsible.",
)
POLICE_QUOTES_NEUTRAL = (
    "We executed the warrants without incident and the investigation is ongoing.",
    "The charges laid so far relate to the operation of the businesses.",
    "We are not in a position to say whether anyone was forced to work.",
)
WORKER_QUOTES = (
    "Nobody was keeping me there. I sent money home every month and I chose my shifts.",
    "The police took my savings and my phone. They said they were helping us.",
    "I was not rescued. I was arrested, and now I do not know if I can stay.",
    "I came here to work. The worst part of the job was the fear of a raid like this one.",
    "My manager was not kind, but the police were worse. They laughed at us.",
    "I lived above the shop because rent in this city is impossible.",
)
WORKER_SPEAKERS = (
    "a worker who gave her first name as {worker}",
    "{worker}, who said she had worked at the {business_one} for {worker_years} years",
    (
        "a {worker_age}-year-old woman from {origin} who asked that only her first name, {worker}, "
        "be used"
    ),
)
ADVOCATE_QUOTES = (
    (
        "Calling this a rescue hides what happened: women were arrested, their money was seized and "
        "immigration officers were called."
    ),
    "Every time there is a raid, the women we work with lose their income and their housing.",
    "If police wanted to help, they would not arrive with immigration officers.",
    "Workers who have a real complaint against a boss now have even less reason to trust police.",
)
CHARITY_QUOTES = (
    "These survivors deserve our compassion and a chance at a new life.",
    "We stand ready to walk alongside every victim freed from this darkness.",
    "Trafficking thrives in the shadows, and tonight the light came in.",
)
ACCURATE = (
    "None of the charges laid in the operation relate to trafficking or forced labour.",
    "Police did not say whether any of the women had reported being forced to work.",
    (
        "Court records show that the charges against the owners concern the running of the "
        "businesses, not coercion of the workers."
    ),
    "Several of the women were released without charge after questioning, a spokesperson said.",
    (
        "Lawyers for two of the women said their clients had valid work permits and were never "
        "accused of any offence."
    ),
)
BACKGROUND = (
    (
        "The {business_one} sat between a dry cleaner and a dental office in a strip mall on "
        "{street}."
    ),
    (
        "Neighbours said the shop had opened about {years} years ago and was always quiet during "
        "the day."
    ),
    (
        "The city council has debated tighter licensing rules for massage businesses three times "
        "in the past decade."
    ),
    (
        "Under the current bylaw, body-rub studios must renew their licences every year and keep "
        "records of staff."
    ),
    "{law}",
    (
        "Researchers who study policing have questioned how often such operations lead to "
        "trafficking convictions."
    ),
    (
        "A similar operation in the region {prior} years ago led to dozens of arrests, most of them "
        "of customers."
    ),
    (
        "The investigation began after an officer noticed advertisements listing the same phone "
        "number for several businesses."
    ),
    (
        "Police did not say how many of the women spoke English or whether interpreters were "
        "present during questioning."
    ),
    "Local business owners on {street} said they had noticed nothing unusual.",
    (
        "Legal aid lawyers said they had been contacted by several of the women in the days after "
        "the searches."
    ),
    (
        "The premises were boarded up on {day} afternoon and a notice from the city was taped to "
        "the door."
    ),
    (
        "The landlord of the building said he had no idea what went on inside and would cooperate "
        "with investigators."
    ),
    (
        "Advocates say raids often push work into less visible places where it is harder to seek "
        "help."
    ),
    (
        "{outlet_ref} asked {agency} how many of the women had been offered services; a "
        "spokesperson did not respond by deadline."
    ),
    "A spokesperson for the mayor said the city supported the police operation.",
    (
        "Figures released last year show that most people charged in similar operations faced "
        "prostitution-related offences."
    ),
    (
        "The women were taken to a community centre where social workers and officers interviewed "
        "them over several hours."
    ),
    (
        "Some of the women had been working in {country_name} for more than a decade, according to "
        "a lawyer familiar with the case."
    ),
    (
        "Records show the company that owned the businesses was registered to an accountant's "
        "office across town."
    ),
    (
        "The businesses charged customers between {price_low} and {price_high} an hour, "
        "according to online listings that have since been removed."
    ),
    "Police declined to release the names of the women.",
    "A councillor who represents the area said the raids showed that enforcement was working.",
    "Defence lawyers said they would contest the charges and described the evidence as thin.",
    (
        "Support workers said the women were anxious about their families at home, who relied on "
        "the money they sent."
    ),
    "The investigation relied in part on undercover officers posing as customers.",
    "{support_group} said it had set up a hotline for workers affected by the raids.",
    "Police said they would not comment further while the case is before the courts.",
    (
        "The case is one of several in the province and the state over the past year to draw "
        "attention to the regulation of massage businesses."
    ),
    (
        "A neighbour who runs a bakery nearby said the women sometimes came in for coffee and "
        "seemed friendly."
    ),
)
COURT = (
    "The accused are scheduled to appear in {city} court on {court_day}.",
    "A first court appearance has been set for next month.",
    "The case returns to court in {court_month}.",
)
CLOSING_RELEASE = (
    "Anyone with information about human trafficking is asked to call the tip line.",
    "The investigation is ongoing and further arrests are anticipated.",
    "If you suspect someone is a victim of trafficking, contact police immediately.",
)
LAWS = {
    "us": "Under state law, promoting prostitution is a felony, while selling sex is a "
    "misdemeanour that can lead to immigration consequences for non-citizens.",
    "ca": "Since 2014, temporary residents in Canada have been barred from working for massage, "
    "escort or erotic dance businesses, a rule that can lead to removal orders.",
    "uk": "In England and Wales, selling sex is not itself illegal, but running a brothel and "
    "controlling prostitution for gain are offences.",
    "au": "Sex work rules differ from state to state in Australia, and visa conditions can bar "
    "temporary visitors from working in the industry.",
}
