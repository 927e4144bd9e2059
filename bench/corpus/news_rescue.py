"""General news where "rescued", "freed", "recovered" or "trafficking" are used innocently.

Fires, floods, sea, mountain and cave rescues, animals, bail, stolen cars and drug-trafficking
cases: the traps a context-aware checker must pass (written for this benchmark).
"""

from __future__ import annotations

from bench.corpus.layout import Topic

FIRE = Topic(
    section="local",
    titles=(
        "Firefighters rescue {people} from {city} apartment blaze",
        "Family rescued from burning home on {street}",
        "Crews battle warehouse fire overnight",
    ),
    ledes=(
        (
            "Firefighters rescued {people} people from a burning apartment building on {street} in "
            "{city} early on {day}, {fire_service} said."
        ),
        (
            "A family of {family} was rescued from the upstairs bedrooms of their home on {street} "
            "after a fire started in the kitchen late on {day}."
        ),
    ),
    body=(
        "Crews used a ladder truck to reach residents trapped on the third floor.",
        "Two people were taken to hospital with smoke inhalation and are expected to recover.",
        "A firefighter carried a child down the stairs wrapped in a wet blanket.",
        "The cause of the fire is under investigation, but it is not considered suspicious.",
        "Neighbours said they heard smoke alarms and banged on doors to wake people.",
        "The building's residents have been put up in a hotel by the Red Cross.",
        (
            "Police officers who arrived first helped firefighters rescue an elderly man from the "
            "ground floor."
        ),
        "It took {crews} crews more than two hours to bring the blaze under control.",
        "The fire service reminded residents to test their smoke alarms every month.",
        "A cat was also saved and reunited with its owners.",
    ),
    quotes=(
        "The crews did a remarkable job getting everyone out in the time they had.",
        "We lost everything, but we are alive, and that is what counts.",
    ),
    speakers=("{fire_chief} {person}", "resident {person2}"),
    filler="emergency",
)

FLOOD = Topic(
    section="local",
    titles=(
        "Dozens rescued as floodwaters rise in {city}",
        "Soldiers and volunteers help evacuate flooded suburbs",
        "Driver rescued from car swept off flooded road",
    ),
    ledes=(
        (
            "Emergency crews rescued {people} people from homes and cars in {city} on {day} as the "
            "{river} burst its banks after days of heavy rain."
        ),
        (
            "A driver was rescued from the roof of her car after it was swept off a flooded road "
            "near {city} on {day}."
        ),
    ),
    body=(
        "Rescuers in boats went street by street checking on residents who had stayed behind.",
        "{flood_service} said it had received more than {calls} calls for help overnight.",
        "Evacuation centres were opened at two schools and a sports hall.",
        "The river peaked at {river_m} metres on {day} afternoon, the highest level in decades.",
        "Soldiers were deployed to fill sandbags and help with evacuations.",
        "Police closed several roads and urged drivers never to enter floodwater.",
        "Power was cut to about {homes} homes as a precaution.",
        "Farmers moved livestock to higher ground as the water spread across the fields.",
        "Volunteers freed a dog trapped under a fence as water rose in a backyard.",
        "The clean-up is expected to take weeks.",
    ),
    quotes=(
        "If it is flooded, forget it. Do not drive into water of any depth.",
        "The water came up so fast that we only had time to grab the children.",
    ),
    speakers=("{person}, a spokesperson for {flood_service}", "resident {person2}"),
    filler="emergency",
)

SEA = Topic(
    section="local",
    titles=(
        "{coast_guard} rescues {people} fishermen after boat sinks",
        "Swimmers rescued from rip current at {beach}",
        "Lifeboat crew saves kayaker off {beach}",
    ),
    ledes=(
        (
            "{coast_guard} rescued {people} fishermen from a life raft on {day} after their boat "
            "sank in rough seas about {km} kilometres off the coast."
        ),
        (
            "Lifeguards at {beach} rescued {people} swimmers caught in a rip current on {day} "
            "afternoon."
        ),
        (
            "A volunteer lifeboat crew saved a kayaker who had been in the water for more than an "
            "hour off {beach} on {day}."
        ),
    ),
    body=(
        "A helicopter winched the crew to safety and flew them to hospital.",
        "The fishermen were wearing life jackets, which officials said saved their lives.",
        "The vessel sent a distress call shortly before it went down.",
        "Lifeguards put up red flags after the rescue and closed part of the beach.",
        "The kayaker was treated for hypothermia and released the same day.",
        "Waves of up to {waves} metres were reported in the area.",
        "The search area covered more than {area} square kilometres.",
        "Authorities urged boaters to check the forecast before heading out.",
        "It was the third rescue at the beach this month.",
        "A passing cargo ship helped guide rescuers to the raft.",
    ),
    quotes=(
        "They did everything right: they had life jackets, a radio and a beacon.",
        "I was getting tired and I could not get back in, and then the boat appeared.",
    ),
    speakers=("{person}, a search and rescue coordinator", "{person2}, who was rescued"),
    filler="emergency",
)

MOUNTAIN = Topic(
    section="local",
    titles=(
        "Hikers rescued from {mountain} after night in the cold",
        "Climber airlifted from {mountain} with leg injury",
        "Cavers freed after 30 hours underground",
    ),
    ledes=(
        (
            "{people} hikers were rescued from {mountain} on {day} after spending the night on a "
            "ledge when fog rolled in."
        ),
        (
            "A mountain rescue team brought an injured climber down from {mountain} on {day} after "
            "a fall of about {fall} metres."
        ),
        (
            "Two cavers were freed on {day} after being trapped for more than a day by rising water "
            "in a cave near {city}."
        ),
    ),
    body=(
        "The hikers had called for help from a mobile phone with little battery left.",
        "Volunteers from the local mountain rescue team reached them at first light.",
        "A helicopter crew airlifted the climber to hospital in {city}.",
        "Divers pumped water out of a narrow passage so the cavers could crawl through.",
        "The pair were cold and hungry but otherwise unhurt, rescuers said.",
        "The trail is popular but can be dangerous when the weather turns.",
        "The rescue involved more than {rescuers} volunteers and took about nine hours.",
        "Park rangers said the group had not registered their route before setting out.",
        "Rescuers warned walkers to carry warm clothing even in summer.",
    ),
    quotes=(
        "Conditions up there change fast, and they did the right thing by staying put.",
        "We had food for one day, and by the second morning we were worried.",
    ),
    speakers=("rescue team leader {person}", "{person2}, one of those rescued"),
    filler="emergency",
)

ANIMALS = Topic(
    section="local",
    titles=(
        "{animals} rescued from neglected property",
        "Rescue dog finds new home after two years in shelter",
        "Duckling family saved from storm drain",
    ),
    ledes=(
        (
            "{animal_group} rescued {pets} dogs and cats from a property near {city} on {day} after "
            "neighbours reported animals without food or water."
        ),
        "A rescue dog who spent two years at a shelter in {city} has finally found a family.",
        "Firefighters freed a family of ducklings from a storm drain on {street} on {day}.",
    ),
    body=(
        "The animals were taken to a shelter and examined by vets.",
        "Most were underweight but are expected to recover fully.",
        "The shelter is asking for donations of blankets and food.",
        "The owner could face charges of animal cruelty, {animal_group} said.",
        "The dog, a seven-year-old greyhound cross, was rescued from a racing kennel.",
        "The mother duck waited nearby until the last of her ducklings was lifted out.",
        "Adoption fees have been waived for older animals this month.",
        "Volunteers walk the dogs twice a day and socialise the cats.",
    ),
    quotes=(
        "Every one of these animals deserves a second chance, and most of them will get one.",
        "She was nervous at first, but now she sleeps on the sofa every night.",
    ),
    speakers=("{person} of {animal_group}", "new owner {person2}"),
    filler="emergency",
)

BAIL = Topic(
    section="courts",
    titles=(
        "Man freed on bail after {city} assault charge",
        "Protesters released from custody without charge",
        "Councillor freed on bail pending trial",
    ),
    ledes=(
        (
            "A {age}-year-old man charged with assault after a fight outside a {city} bar was freed "
            "on bail on {day}."
        ),
        (
            "Eleven protesters arrested at a climate demonstration in {city} were released from "
            "custody without charge on {day}."
        ),
    ),
    body=(
        "The judge set bail at {bail} and ordered him to stay away from the bar.",
        "He must report to police twice a week and surrender his passport.",
        "Lawyers for the protesters said the arrests were unnecessary.",
        "Police said the protesters had blocked a main road for about two hours.",
        "The case will return to court next month.",
        "Prosecutors did not oppose bail.",
        "The victim was treated in hospital for a broken nose.",
        "Supporters gathered outside the police station until the last person was freed.",
    ),
    quotes=(
        "My client will defend the charge and is glad to be home with his family.",
        "Peaceful protest is not a crime, and today's decision reflects that.",
    ),
    speakers=("defence lawyer {person}", "{person2}, an organiser of the protest"),
    filler="civic",
)

CARS = Topic(
    section="crime",
    titles=(
        "Police recover {cars} stolen cars in {city} chop shop raid",
        "Stolen vintage car recovered after ten years",
        "Officers recover stolen tools worth {money_k} thousand",
    ),
    ledes=(
        (
            "Police recovered {cars} stolen cars and arrested {arrests} people in a raid on a "
            "garage in {city} on {day}."
        ),
        (
            "A vintage sports car stolen from a collector ten years ago has been recovered by "
            "police in {city}."
        ),
        (
            "Officers recovered stolen power tools worth about {money_k} thousand from a storage "
            "unit on {street} on {day}."
        ),
    ),
    body=(
        "Investigators said the cars were being stripped for parts and shipped overseas.",
        "The arrested men face charges of possessing stolen property.",
        "Police have started returning the vehicles to their owners.",
        "The garage had been under surveillance for several weeks.",
        "Officers found number plates, keys and tools used to bypass alarms.",
        "Car thefts in the city rose by {percent} per cent last year.",
        "Owners are urged to use steering locks and park in well-lit areas.",
        "The collector said he had given up hope of seeing the car again.",
    ),
    quotes=(
        "This was an organised operation, and we have shut it down.",
        "I never thought I would see it again, and it is in better shape than I expected.",
    ),
    speakers=("Detective {person} of the {city} police", "owner {person2}"),
    filler="civic",
)

DRUGS = Topic(
    section="crime",
    titles=(
        "{drug_kg} kg of {drug} seized in drug trafficking bust",
        "{arrests} charged after {city} drug trafficking investigation",
        "Police raid dismantles {drug} trafficking network",
    ),
    ledes=(
        (
            "Police seized {drug_kg} kilograms of {drug} and arrested {arrests} people in a drug "
            "trafficking bust in {city} on {day}."
        ),
        (
            "{arrests} people have been charged with drug trafficking after an {months}-month "
            "investigation into a network selling {drug} across {city}."
        ),
    ),
    body=(
        "Officers also seized cash, scales and {guns} firearms.",
        "The drugs have an estimated street value of {money_m} million.",
        "Search warrants were executed at {homes} homes and a storage unit.",
        (
            "The accused face charges of trafficking a controlled substance and possession of "
            "proceeds of crime."
        ),
        "Police said the network used couriers to move drugs between cities.",
        "The investigation began after a traffic stop turned up a large amount of cash.",
        "Customs officers helped trace shipments arriving through the port.",
        "The accused are due in court next month.",
        "Police said the seizure was one of the largest in the region this year.",
    ),
    quotes=(
        "These drugs will not reach our streets, and those charged will answer for it in court.",
        "Drug trafficking fuels violence in our neighbourhoods.",
    ),
    speakers=("Superintendent {person}", "{person2}, a police spokesperson"),
    filler="civic",
)

EMERGENCY_FILLER = (
    "Emergency services thanked members of the public who called for help quickly.",
    "The area was busy with onlookers for much of the afternoon.",
    "Officials said a full review of the response would follow.",
    "The local radio station broadcast updates throughout the day.",
    "Paramedics assessed several people at the scene.",
    "Residents were urged to follow official channels for updates.",
    "A fundraising page set up for those affected had raised {money_k} thousand by {day} night.",
    "The council said it would help those affected find temporary accommodation.",
    "Volunteers brought food and hot drinks to the crews.",
    "It was the busiest day of the year for emergency services in the region.",
    "Officials said the outcome could have been much worse.",
    "The incident has renewed calls for more funding for volunteer services.",
)
