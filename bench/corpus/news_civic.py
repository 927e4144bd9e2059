"""General news templates: politics, sport, weather, business, courts (written for this benchmark).

Several use "rescue", "saved" or "freed" in their ordinary senses on purpose.
"""

from __future__ import annotations

from bench.corpus.layout import Topic

POLITICS = Topic(
    section="politics",
    titles=(
        "Council approves {city} transit budget after long debate",
        "{minister} under pressure over housing figures",
        "Voters in {city} head to the polls on {day}",
        "Rescue plan for {city} libraries wins council backing",
    ),
    ledes=(
        (
            "{city} councillors voted {votes_for} to {votes_against} on {day} night to approve a "
            "{money_m} million transit budget after a debate that ran past midnight."
        ),
        (
            "{minister} faced sharp questions on {day} after new figures showed housing starts in "
            "{city} fell by {percent} per cent last year."
        ),
        (
            "Residents of {city} will choose a new mayor on {day}, with {candidates} candidates on "
            "the ballot and turnout expected to be low."
        ),
    ),
    body=(
        (
            "The budget includes money for {buses} new buses and a study of a light rail line to the "
            "airport."
        ),
        "Opposition members said the plan relied on optimistic forecasts of fare revenue.",
        (
            "A rescue plan for the branch libraries, which had been slated for closure, was added "
            "to the budget at the last minute."
        ),
        "The mayor said the vote saved the city from a second round of service cuts.",
        "Several residents spoke during the public comment period, most of them in favour.",
        (
            "Property taxes will rise by {small_percent} per cent under the plan, the first "
            "increase in three years."
        ),
        "The housing minister promised to publish a new strategy before the end of the year.",
        (
            "Critics said the government had missed every housing target it had set since taking "
            "office."
        ),
        "Polling stations open at 7 a.m. and close at 8 p.m., the elections office said.",
        "Candidates have spent most of the campaign talking about road repairs and rents.",
        "The council also approved a new parking policy for the downtown core.",
        "A motion to delay the vote by a month was defeated.",
        "The province has promised matching funds for the transit study.",
        "Members of the public filled the gallery, and some held signs calling for more bike lanes.",
    ),
    quotes=(
        (
            "This budget keeps the buses running and the libraries open, and that is what people "
            "asked us for."
        ),
        "The numbers speak for themselves, and they are not good for families looking for a home.",
        "I knocked on thousands of doors, and people want the basics done well.",
    ),
    speakers=("{official}", "{person}, a councillor who voted against the plan"),
    filler="civic",
)

SPORT = Topic(
    section="sport",
    titles=(
        "{team1} rescue late draw against {team2}",
        "Keeper's penalty save lifts {team1} past {team2}",
        "{team2} coach: 'We let that one slip'",
    ),
    ledes=(
        (
            "{team1} rescued a point in stoppage time on {day}, drawing {score_a}-{score_a} with "
            "{team2} in front of {crowd} fans."
        ),
        (
            "A second-half penalty save from goalkeeper {person} helped {team1} beat {team2} "
            "{score_a}-{score_b} on {day}."
        ),
        "{team2} let a two-goal lead slip away on {day} and lost {score_b}-{score_a} to {team1}.",
    ),
    body=(
        "The home side dominated possession but struggled to create clear chances.",
        "{person} saved a low shot with his legs in the 70th minute to keep the score level.",
        "The equaliser came from a corner that was only half cleared.",
        "The coach made three substitutions at half-time, and the changes paid off.",
        "The result leaves {team1} fourth in the table, two points behind the leaders.",
        "{team2} have now gone {streak} matches without a win.",
        "The referee showed {cards} yellow cards in a scrappy second half.",
        "Fans were delayed getting into the ground after a problem with the turnstiles.",
        "The captain was freed from his defensive duties and pushed further forward.",
        "Injuries have forced the club to field a young side for most of the month.",
        "Next week {team1} travel to face the league leaders.",
        "The striker has scored in each of his last four appearances.",
    ),
    quotes=(
        "We showed character to come back, and a point away from home is not a bad result.",
        "We let that one slip, and we have to be honest with ourselves about why.",
        "The lads never stopped running, and that save changed the whole game.",
    ),
    speakers=("{team1} coach {person2}", "{team2} manager {person3}"),
    filler="sport",
)

WEATHER = Topic(
    section="weather",
    titles=(
        "Heat warning issued for {city} as temperatures climb",
        "Storm to bring heavy rain and strong winds to {city}",
        "Frost and fog expected across the region this week",
    ),
    ledes=(
        (
            "Forecasters issued a heat warning for {city} on {day}, with temperatures expected to "
            "reach {temp} degrees over the next three days."
        ),
        (
            "A storm moving in from the coast is expected to bring up to {rain} millimetres of rain "
            "and gusts of {wind} kilometres an hour to {city} on {day}."
        ),
    ),
    body=(
        "Residents are advised to drink plenty of water and check on elderly neighbours.",
        "Cooling centres will open at libraries and community halls across the city.",
        "Forecasters said the warm spell should break by the weekend.",
        "Power crews have been put on standby in case falling trees bring down lines.",
        "Drivers are asked to allow extra time and to avoid flooded roads.",
        "The weather service said the storm could be the strongest of the season so far.",
        "Farmers said the rain would be welcome after a dry spring.",
        "School sports events scheduled for {day} have been postponed.",
        "The ferry service warned of cancellations if the wind picks up.",
    ),
    quotes=(
        "The main message is simple: stay out of the sun in the middle of the day.",
        (
            "We expect the worst of it overnight, so people should secure anything loose in their "
            "yards."
        ),
    ),
    speakers=("forecaster {person}", "{person} of the regional emergency management office"),
    filler="civic",
)

BUSINESS = Topic(
    section="business",
    titles=(
        "{company} reports {percent} per cent rise in profit",
        "Government rescue package for {company} steelworks",
        "{company} to cut {jobs} jobs as sales slow",
    ),
    ledes=(
        (
            "{company} said on {day} that its annual profit rose {percent} per cent, helped by strong "
            "demand in its home market."
        ),
        (
            "The government announced a rescue package worth {money_m} million on {day} to keep the "
            "{company} steelworks in {city} open."
        ),
        (
            "{company} will cut {jobs} jobs over the next year as it struggles with falling sales, "
            "the company said on {day}."
        ),
    ),
    body=(
        "Shares in the company rose {small_percent} per cent in early trading.",
        "The rescue deal saved about {jobs} jobs, according to the union.",
        "Analysts had expected a smaller increase.",
        "The company said it would open two new stores next year.",
        "The chief executive said higher energy costs were the biggest risk to the outlook.",
        "The union said it would study the details of the package before commenting further.",
        "Sales in the last quarter were lower than in the same period a year earlier.",
        "The board proposed a dividend of {cents} cents a share.",
        "Suppliers in {city} said the decision would affect dozens of smaller firms.",
        "Interest rates remain a concern for retailers, the report said.",
        "The firm employs about {staff} people across the country.",
    ),
    quotes=(
        "We are in a strong position and we expect to keep growing.",
        "This package buys time, but it is not a long-term plan for the plant.",
        "Nobody takes a decision like this lightly.",
    ),
    speakers=("chief executive {person}", "union representative {person2}"),
    filler="civic",
)

COURTS = Topic(
    section="courts",
    titles=(
        "{city} man sentenced for fraud against elderly clients",
        "Jury finds {defendant} guilty of arson",
        "Former accountant jailed over {money_m} million theft",
    ),
    ledes=(
        (
            "A {city} financial adviser was sentenced on {day} to {sentence} years in prison for "
            "defrauding elderly clients of their savings."
        ),
        (
            "A jury found {defendant} guilty on {day} of setting fire to a warehouse he part-owned "
            "in order to claim the insurance."
        ),
        (
            "A former accountant who took {money_m} million from her employer over a decade was "
            "jailed for {sentence} years on {day}."
        ),
    ),
    body=(
        "The judge said the offences were a gross breach of trust.",
        "The court heard that the money was spent on property, cars and holidays.",
        "Defence lawyers had argued for a shorter sentence, citing the defendant's health.",
        "Several victims read statements describing the effect of the losses on their families.",
        "Prosecutors said the scheme ran for at least {years_n} years before it was uncovered.",
        "The defendant showed no emotion as the verdict was read.",
        "A restitution order will be considered at a later hearing.",
        "The trial lasted {weeks} weeks and heard from more than twenty witnesses.",
        "The defendant had been free on bail since his arrest.",
        "An appeal is expected, his lawyer said outside court.",
    ),
    quotes=(
        "Today's sentence reflects the harm done to people who trusted him with everything.",
        "We respect the jury's decision, but we will be reviewing the judgment carefully.",
    ),
    speakers=("Crown prosecutor {person}", "defence lawyer {person2}"),
    filler="civic",
)

CIVIC_FILLER = (
    "The matter is expected to return to the council before the end of the year.",
    "Residents can read the full report on the city's website.",
    "Officials said more details would be released in the coming weeks.",
    "The figures were published in a report released on {day}.",
    "Local business groups have called for a clearer timetable.",
    "Similar debates have taken place in several other cities in recent years.",
    "The announcement drew mixed reactions on social media.",
    "A public meeting on the issue is planned for next month at the community centre.",
    "Opposition members said they would keep pressing for answers.",
    "Community groups said they had not been consulted.",
    "The decision follows months of discussion behind closed doors.",
    "The last comparable figures were published in {old_year}.",
    "It was not immediately clear how the change would affect people in rural areas.",
    "A spokesperson declined to comment on the details.",
    "The report runs to more than {pages} pages and includes dozens of recommendations.",
    "Many residents said they were more worried about the cost of living.",
    "The government has faced criticism on the issue from both sides.",
    "Further updates are expected after the next quarterly review.",
)
SPORT_FILLER = (
    "Tickets for the next home game are on sale now.",
    "The club's academy has produced three first-team players this season.",
    "Attendance has risen this year after the club cut ticket prices.",
    "The league will review the fixture list after several postponements.",
    "Both sides will have a week to recover before their next match.",
    "The club confirmed that its new stand will be ready next season.",
    "Supporters sang throughout the second half despite the rain.",
    "The team's form at home has been the best in the division.",
)
