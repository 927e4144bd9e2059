"""The cheap scan: what it finds, and which documents never reach the parser."""

from __future__ import annotations

import pytest

from unspin.analyse import prefilter


def test_prefilter_acronym_agency_is_not_a_hazard() -> None:
    found = prefilter.scan("ICE agents detained four workers.")
    assert [h.phrase for h in found.context["state"]] == ["ice", "agents"]
    assert found.context["hazards"] == []


def test_prefilter_lower_case_ice_is_a_hazard_not_an_agency() -> None:
    found = prefilter.scan("Two skaters fell through the ice on the lake.")
    assert found.context["state"] == []
    assert {h.phrase for h in found.context["hazards"]} == {"ice", "lake"}


@pytest.mark.parametrize(("text", "relevant"), [
    ("Police raided three massage parlours and arrested six people.", True),
    ("Officers said 12 women were rescued from the brothel.", True),
    ("Firefighters rescued two tenants from the burning building.", False),
    ("The council approved a rescue package for the steelworks.", False),
    ("Three men were charged with drug trafficking after the raid.", False),
    ("", False),
])
def test_prefilter_is_relevant(text: str, relevant: bool) -> None:
    assert prefilter.is_relevant(text) is relevant


@pytest.mark.parametrize(("text", "fires"), [
    ("Police rescued 26 women from the spa.", True),
    ("Lifeguards rescued a swimmer at the beach; police closed the road.", False),
    ("The mayor said the vote saved the city from cuts.", False),
    ("Three illegal immigrants were found at the house.", True),
    ("He was charged with cocaine trafficking.", False),
])
def test_prefilter_could_fire(text: str, fires: bool) -> None:
    found = prefilter.scan(text)
    assert any(prefilter.could_fire(h, r, found) for h in found.triggers for r in h.tags) is fires
