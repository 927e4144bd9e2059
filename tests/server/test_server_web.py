"""The web page in a real browser: Playwright driving Debian's Chromium against the live server.

Screenshots land in ``test-artifacts/`` (desktop and phone width).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import unspin.api

playwright_sync = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
STORY = (
    "Police rescued 26 women in a raid on three spas on Tuesday, the department said. "
    "Officers arrested six people and charged them with promoting prostitution. "
    "The women were taken to the station for questioning. "
    "No one was charged with trafficking."
)

pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None, reason="Debian chromium is not installed (.ci/run installs it)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_sync.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base_url) else None)
    page.goto(base_url)
    yield page
    context.close()
    assert outside == [], "the page asked for something outside this machine's server"


def check_story(page: object) -> None:
    page.fill("#text", STORY)  # type: ignore[attr-defined]
    page.click("#check")  # type: ignore[attr-defined]
    page.wait_for_selector("#marked mark.finding")  # type: ignore[attr-defined]
    page.wait_for_function("!document.querySelector('#check').disabled")  # type: ignore[attr-defined]


def test_web_check_highlights_and_applies_a_suggestion(page: object) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    assert "Nothing leaves this machine." in page.inner_text("#privacy")  # type: ignore[attr-defined]
    check_story(page)
    mark = page.locator('#marked mark.finding[data-rule="rescue-frame"]')  # type: ignore[attr-defined]
    assert mark.count() == 1
    assert "sev-error" in mark.get_attribute("class")
    assert mark.evaluate("m => m.firstChild.textContent") == "Police rescued 26 women"
    mark.hover()
    card = mark.locator(".card")
    assert card.is_visible()
    assert "detain" in card.inner_text()
    assert page.locator("#findings li").count() >= 1  # type: ignore[attr-defined]
    if hasattr(unspin.api, "ledger"):
        page.wait_for_selector("#summary-box:not([hidden])")  # type: ignore[attr-defined]
        assert page.inner_text("#summary").strip()  # type: ignore[attr-defined]
        assert page.locator("table.ledger tr").count() >= 5  # type: ignore[attr-defined]
    else:
        assert "Not available" in page.inner_text("#ledger")  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "serve-page.png"), full_page=True)  # type: ignore[attr-defined]

    card.locator("button.apply").first.click()
    page.wait_for_function(  # type: ignore[attr-defined]
        "!document.querySelector('#check').disabled"
        " && !document.querySelector('#marked mark[data-rule=\"rescue-frame\"]')"
    )
    value = page.input_value("#text")  # type: ignore[attr-defined]
    assert value.startswith("Police detained 26 women in a raid")
    assert value.endswith(STORY[len("Police rescued 26 women") :])
    page.screenshot(path=str(ARTIFACTS / "serve-page-applied.png"), full_page=True)  # type: ignore[attr-defined]


def test_web_keyboard_only(page: object) -> None:
    page.focus("#text")  # type: ignore[attr-defined]
    page.keyboard.type("Officers rescued four women during the raid.")  # type: ignore[attr-defined]
    page.keyboard.press("Control+Enter")  # type: ignore[attr-defined]
    page.wait_for_selector("#marked mark.finding")  # type: ignore[attr-defined]
    page.wait_for_function("!document.querySelector('#check').disabled")  # type: ignore[attr-defined]
    for _ in range(10):  # Tab forward until a highlighted finding has the focus
        page.keyboard.press("Tab")  # type: ignore[attr-defined]
        if page.evaluate("document.activeElement.matches('mark.finding')"):  # type: ignore[attr-defined]
            break
    else:
        pytest.fail("no highlighted finding was reachable with Tab")
    assert page.locator("mark.finding:focus .card").is_visible()  # type: ignore[attr-defined]
    page.keyboard.press("Tab")  # into the card: the first suggestion  # type: ignore[attr-defined]
    assert page.evaluate("document.activeElement.classList.contains('apply')")  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelector('#text').value.startsWith('Officers detained')"
    )


def test_web_phone_width_has_no_sideways_scroll(browser: object, base_url: str) -> None:
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    page.goto(base_url)
    check_story(page)
    page.locator("mark.finding").first.focus()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    page.screenshot(path=str(ARTIFACTS / "serve-page-phone.png"), full_page=True)
    context.close()
