"""Fictional outlets, places, agencies and names for the synthetic corpus.

Every name here is invented for the benchmark; any likeness to a real outlet is accidental.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outlet:
    """A news outlet: how it writes and where its pages live."""

    name: str
    host: str
    country: str  # "us" | "ca" | "uk" | "au"
    numbers: str  # "ap" (one..nine in words), "digits", "words" (words up to ninety-nine)
    curly: bool  # curly or straight quotation marks
    dateline: bool  # wire style: "CITY (Outlet) -- " before the first paragraph
    tabloid: bool  # louder headlines and labels


OUTLETS: tuple[Outlet, ...] = (
    Outlet("The Harbour Courier", "www.harbourcourier.com", "us", "ap", True, True, False),
    Outlet("Midvale Daily Record", "www.midvalerecord.com", "us", "ap", False, False, False),
    Outlet("Lakeshore Sentinel", "lakeshoresentinel.com", "us", "digits", False, False, True),
    Outlet("Tri-County Ledger", "www.tricountyledger.com", "us", "ap", True, False, False),
    Outlet("Pacific Wire Service", "www.pacificwire.net", "us", "ap", False, True, False),
    Outlet("Northern Gazette", "www.northerngazette.ca", "ca", "ap", True, False, False),
    Outlet("Prairie Morning Post", "prairiemorningpost.ca", "ca", "words", True, False, False),
    Outlet("Capital Observer", "www.capitalobserver.ca", "ca", "digits", False, True, False),
    Outlet(
        "The Westminster Chronicle",
        "www.westminsterchronicle.co.uk",
        "uk",
        "words",
        True,
        False,
        False,
    ),
    Outlet("Daily Beacon", "www.dailybeacon.co.uk", "uk", "digits", False, False, True),
    Outlet(
        "Midlands Evening Star", "www.eveningstar-midlands.co.uk", "uk", "ap", True, False, False
    ),
    Outlet(
        "Southern Cross Herald", "www.southerncrossherald.com.au", "au", "ap", True, False, False
    ),
    Outlet("Harbourside Times", "harboursidetimes.com.au", "au", "digits", False, True, True),
)

CITIES: dict[str, tuple[str, ...]] = {
    "us": (
        "Seattle",
        "Houston",
        "Sacramento",
        "Tampa",
        "Columbus",
        "Denver",
        "Portland",
        "Albany",
        "Phoenix",
        "Raleigh",
        "Spokane",
        "Orlando",
        "Omaha",
        "Boise",
    ),
    "ca": (
        "Ottawa",
        "Toronto",
        "Vancouver",
        "Calgary",
        "Winnipeg",
        "Halifax",
        "Surrey",
        "Hamilton",
        "Richmond",
        "Edmonton",
        "Kitchener",
    ),
    "uk": (
        "London",
        "Leeds",
        "Bristol",
        "Manchester",
        "Cardiff",
        "Nottingham",
        "Glasgow",
        "Leicester",
        "Sheffield",
        "Coventry",
        "Brighton",
    ),
    "au": (
        "Sydney",
        "Melbourne",
        "Brisbane",
        "Perth",
        "Adelaide",
        "Canberra",
        "Hobart",
        "Darwin",
        "Geelong",
        "Newcastle",
    ),
}

STREETS: tuple[str, ...] = (
    "Aurora Avenue",
    "King Street",
    "Main Street",
    "Harbour Road",
    "Elm Street",
    "Station Road",
    "Victoria Parade",
    "Commercial Drive",
    "Pine Street",
    "Bridge Street",
    "Mill Lane",
    "Queen Street",
    "Lakeview Boulevard",
    "Market Street",
    "Church Road",
    "Highland Avenue",
)

# Enforcement agencies that run raids: (full name, short name used after first mention).
POLICE: dict[str, tuple[tuple[str, str], ...]] = {
    "us": (
        ("the {city} Police Department", "police"),
        ("the county sheriff's office", "deputies"),
        ("the FBI", "FBI agents"),
        ("Homeland Security Investigations", "HSI agents"),
        ("a regional vice task force", "the task force"),
        ("the state attorney general's office", "investigators"),
    ),
    "ca": (
        ("the {city} Police Service", "police"),
        ("the RCMP", "Mounties"),
        ("the Ontario Provincial Police", "provincial police"),
        ("a joint forces human trafficking unit", "the unit"),
        ("the {city} police vice squad", "vice officers"),
    ),
    "uk": (
        ("the Metropolitan Police", "officers"),
        ("the local constabulary", "police"),
        ("the National Crime Agency", "NCA officers"),
        ("a specialist modern slavery unit", "detectives"),
        ("the regional organised crime unit", "officers"),
    ),
    "au": (
        ("the Australian Federal Police", "AFP officers"),
        ("state police", "police"),
        ("the {city} vice squad", "detectives"),
        ("a multi-agency strike force", "the strike force"),
    ),
}

IMMIGRATION: dict[str, tuple[str, ...]] = {
    "us": ("Immigration and Customs Enforcement", "ICE", "federal immigration officers"),
    "ca": ("the Canada Border Services Agency", "CBSA", "border services officers"),
    "uk": ("Immigration Enforcement", "Border Force", "Home Office immigration officers"),
    "au": ("the Australian Border Force", "Border Force", "immigration officials"),
}

RANKS: dict[str, tuple[str, ...]] = {
    "us": ("Sgt.", "Lt.", "Detective", "Capt.", "Special Agent in Charge", "Sheriff", "Chief"),
    "ca": ("Staff Sgt.", "Insp.", "Det.", "Supt.", "Cpl.", "Chief"),
    "uk": (
        "Detective Inspector",
        "Detective Chief Inspector",
        "Superintendent",
        "Detective Sergeant",
        "Chief Constable",
    ),
    "au": ("Detective Inspector", "Superintendent", "Commander", "Detective Sergeant"),
}

FIRST_NAMES: tuple[str, ...] = (
    "Mark",
    "Linda",
    "David",
    "Karen",
    "Paul",
    "Susan",
    "Brian",
    "Angela",
    "Graham",
    "Fiona",
    "Tom",
    "Rachel",
    "Kevin",
    "Priya",
    "Omar",
    "Helen",
    "Luis",
    "Dana",
    "Simon",
    "Megan",
    "Patrick",
    "Nadia",
    "Gordon",
    "Teresa",
    "Wayne",
    "Joanne",
    "Raj",
    "Carmen",
    "Neil",
    "Beth",
)
SURNAMES: tuple[str, ...] = (
    "Hollis",
    "Brennan",
    "Okafor",
    "Delgado",
    "Whitcombe",
    "Nakamura",
    "Fraser",
    "Kowalski",
    "Barrett",
    "Lindqvist",
    "Moreau",
    "Patel",
    "Ashworth",
    "Grieve",
    "Castillo",
    "MacLeod",
    "Harrow",
    "Osei",
    "Tremblay",
    "Vickers",
    "Quinlan",
    "Sato",
    "Ferreira",
    "Dunmore",
)
# First names that workers quoted in raid stories give; deliberately varied origins.
WORKER_NAMES: tuple[str, ...] = (
    "Lin",
    "Mei",
    "Ana",
    "Jia",
    "Soo-jin",
    "Ioana",
    "Carla",
    "Nok",
    "Yan",
    "Maria",
    "Elena",
    "Hana",
    "Ruth",
    "Thuy",
    "Bianca",
    "Min",
    "Grace",
    "Lucia",
    "Ada",
    "Vera",
)
ORIGINS: tuple[str, ...] = (
    "China",
    "South Korea",
    "Thailand",
    "Vietnam",
    "Romania",
    "Brazil",
    "the Philippines",
    "Mexico",
    "Ukraine",
    "Nigeria",
    "Malaysia",
    "Colombia",
)
SUPPORT_GROUPS: tuple[str, ...] = (
    "the Migrant Workers Advice Line",
    "Safe Shift Collective",
    "the Night Workers' Union",
    "Open Door Outreach",
    "Lantern Sex Worker Alliance",
    "the Harbour Legal Clinic",
)
CHARITIES: tuple[str, ...] = (
    "Hope Harbour Ministries",
    "the Freedom Light Foundation",
    "Safe Haven Network",
    "the Restore Her Trust",
)
