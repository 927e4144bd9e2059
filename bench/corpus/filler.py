"""Background sentences that pad general news to length, each with many alternatives.

Every template combines several ``[a|b|c]`` groups and ``<a-b>`` numbers, so a template drawn twice
in one article almost never gives the same sentence twice (written for this benchmark).
"""

from __future__ import annotations

_WHO = (
    "[Residents|Local business owners|Community groups|Several councillors|Opposition members|"
    "Parents at a nearby school|Tenants' advocates|Commuters]"
)
_TOPIC = "[the plan|the decision|the proposal|the announcement|the change|the new policy]"

CIVIC = (
    (
        f"{_WHO} [said|told {{outlet_ref}}|argued] that {_TOPIC} [had come too late|did not go "
        "far enough|was a step in the right direction|would need more money|left too many questions "
        "unanswered|had been rushed]."
    ),
    (
        "The [report|review|study|survey] [found|showed|suggested] that [<10-60> per cent of|about "
        "<2-8> in ten|most] [households|residents|small businesses|commuters|renters] [in {city}|"
        "across the region|in the area] [were worried about|had been affected by|supported changes "
        "to] [rents|the cost of living|transport|local services|road safety]."
    ),
    (
        "[A public meeting|An information session|A consultation] [is planned|will be held|has been "
        "scheduled] [for next month|on {month} <2-28>|later this year] at [the community centre|the "
        "town hall|a local library|the civic centre]."
    ),
    (
        "[Officials|A spokesperson|The department|The minister's office] said [more details|a full "
        "timetable|the final figures|cost estimates] would be [released|published|made public] [in "
        "the coming weeks|next month|before the end of the year|after the next meeting]."
    ),
    (
        "The [figures|numbers|latest data] [come|were published] <2-9> years after [a similar review|"
        "the last census|a previous report] [found|showed] [a smaller increase|little change|the "
        "opposite trend]."
    ),
    (
        "[The issue|The question|Funding] has been [a recurring theme|a point of friction|a talking "
        "point] [in local politics|at council meetings|among residents] [for years|since <1998-2015>|"
        "over the past decade]."
    ),
    (
        "[In a statement|In a written response|On social media], [the mayor|the premier|the council "
        "leader|the local member] [said|wrote] that [residents deserved better|work would start "
        "soon|the budget was balanced|the numbers were being checked]."
    ),
    (
        "[About|Nearly|More than] <20-400> people [attended|signed up for|wrote to] [the meeting|the "
        "consultation|a petition|the council], [organisers said|according to the clerk|officials "
        "said]."
    ),
    (
        "[Economists|Analysts|Planners] [cautioned|warned|noted] that [the figures|the forecasts|the "
        "estimates] could [change|be revised|shift] [if interest rates rise|after the next "
        "budget|as more data comes in]."
    ),
    (
        "The [council|province|state|government] [set aside|approved|promised] [{money}<2-90> "
        "million|{money}<100-900> thousand] for [road repairs|the project|a pilot scheme|new "
        "housing|the review] [last year|this spring|in its latest budget]."
    ),
    (
        "[It is not clear|Nobody has said|Officials would not say] [how|when|whether] [the change|the "
        "money|the review] will [reach|affect|help] [people in rural areas|smaller towns|renters|"
        "older residents]."
    ),
    (
        "[A similar|A comparable|An earlier] [scheme|plan|debate] in [a neighbouring city|another "
        "province|the capital] [ended|stalled|was abandoned|went ahead] [after <2-9> months|last "
        "year|in <2009-2022>]."
    ),
)

SPORT = (
    (
        "[Tickets|Season passes|Family tickets] for the [next home game|cup tie|derby] [are on sale|"
        "went on sale|sold out] [now|this week|within hours], the club said."
    ),
    (
        "[The academy|The youth side|The reserve team] has [produced|promoted|given debuts to] <2-6> "
        "[first-team players|young players|local players] [this season|in two years|since <2015-2023>]."
    ),
    (
        "[Attendance|Average crowds|Season-ticket sales] [rose|climbed|grew] [by <5-30> per cent|to "
        "<9-40> thousand] [this season|last year|after the club cut prices]."
    ),
    (
        "[The league|The federation|Organisers] will [review|change|look again at] [the fixture list|"
        "kick-off times|the rules on substitutions] [after several postponements|next season|at its "
        "summer meeting]."
    ),
    (
        "[Both sides|The two teams|The players] [have|will have] [a week|<4-9> days|a short break] "
        "[to recover|to rest|before the next round]."
    ),
    (
        "[Supporters|Fans|The travelling supporters] [sang|kept singing|stayed] [throughout the second "
        "half|until the final whistle|long after the game] [despite the rain|in the cold|in good "
        "voice]."
    ),
    (
        "[The coach|The manager|The assistant coach] [said|admitted|told reporters] the [squad|team|"
        "side] [needed|lacked|would work on] [more pace|better finishing|fresher legs|a settled back "
        "line]."
    ),
    (
        "[The club|The board|The owners] [confirmed|announced|said] that [the new stand|the training "
        "ground|the pitch upgrade] [will be ready|is on schedule|has been delayed] [next season|by "
        "spring|until <2024-2028>]."
    ),
)

EMERGENCY = (
    (
        "[Emergency services|Crews|Rescuers] [thanked|praised] [members of the public|neighbours|a "
        "passer-by] who [called for help quickly|raised the alarm|stayed at the scene]."
    ),
    (
        "[The area|The street|The road] was [busy|closed|crowded] [with onlookers|to traffic|with "
        "emergency vehicles] for [much of the afternoon|several hours|most of the night]."
    ),
    (
        "[Officials|The service|The department] said a [full review|debrief|report] of the "
        "[response|operation|incident] would [follow|be published|be shared] [in the coming weeks|"
        "next month|with the council]."
    ),
    (
        "[Paramedics|Ambulance crews|Medics] [assessed|treated|checked] <2-9> people [at the scene|on "
        "site|nearby], and [no one|one person|two people] [needed hospital care|was taken to "
        "hospital]."
    ),
    (
        "[A fundraising page|An appeal|A collection] [set up|organised|started] for those affected "
        "[had raised|reached|passed] {money}<2-90> thousand [by {day} night|within a day|by the "
        "weekend]."
    ),
    (
        "[Volunteers|Neighbours|A local cafe] [brought|handed out|offered] [food|hot drinks|blankets] "
        "[to the crews|to those waiting|throughout the night]."
    ),
    (
        "[It was|That made it] the [busiest|longest|most difficult] [day|night|week] of the year for "
        "[emergency services|the volunteers|the crews] [in the region|in {city}|on this stretch of "
        "coast], [officials said|a spokesperson said]."
    ),
    (
        "[The incident|The rescue|The event] has [renewed|prompted|revived] calls for [more funding|"
        "better warning signs|more training|new equipment] for [volunteer services|the crews|rural "
        "stations]."
    ),
    (
        "[Residents|Visitors|Drivers] were [urged|asked|reminded] to [follow official updates|check "
        "the forecast|stay away from the area|carry a charged phone] [for the next few days|before "
        "setting out|at all times]."
    ),
)

RAID = (
    (
        "[Neighbours|People who work nearby|Shop owners on {street}] [said|told {outlet_ref}] they "
        "[had noticed nothing unusual|rarely saw anyone go in|had assumed it was an ordinary "
        "massage business|were surprised by the number of officers]."
    ),
    (
        "[Lawyers|A legal aid lawyer|Duty counsel] [representing|acting for|advising] <2-9> of the "
        "women [said|told reporters] [their clients had not been told why they were held|they had "
        "not yet seen the evidence|the women were worried about their visas|questioning went on "
        "late into the night]."
    ),
    (
        "[Police|A spokesperson|The department] [did not say|would not say|declined to say] "
        "[whether interpreters were present|how long the women were held|where the women were "
        "taken|whether any of the women had asked for help]."
    ),
    (
        "[Court records|Licence records|Company filings] [show|indicate] that the [business|premises|"
        "company] [had been licensed since <2003-2019>|changed hands <2-4> times|was registered to "
        "an address in another city|had passed <2-6> inspections]."
    ),
    (
        "[Advocates|Outreach workers|Researchers] [say|argue|have long said] that [raids|operations "
        "like this one|police crackdowns] [push work underground|make workers less likely to report "
        "violence|rarely lead to trafficking convictions|cost workers their savings]."
    ),
    (
        "[The operation|The investigation|The case] [cost|took|involved] [an estimated "
        "{money}<40-400> thousand|more than <300-2000> officer hours|<3-9> agencies], [records "
        "obtained by {outlet_ref} show|according to figures released later|a spokesperson said]."
    ),
    (
        "[A similar|An earlier|A comparable] [raid|operation|sweep] in [the region|a neighbouring "
        "city|the same district] [in <2006-2022>|<2-9> years ago] [led to|ended with|produced] "
        "[dozens of arrests of customers|no trafficking charges|a handful of convictions for "
        "running a brothel]."
    ),
    (
        "[Support workers|Outreach staff|Volunteers] [said|reported] that [several|some|<2-6>] of "
        "the women [had children at home|sent most of their earnings to family|had worked in the "
        "industry for years|spoke little English]."
    ),
)
