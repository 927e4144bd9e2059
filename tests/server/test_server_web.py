"""The web page in a real browser: Playwright driving Debian's Chromium against the live server.

Screenshots land in ``test-artifacts/`` (desktop and phone width).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

import unspin.api

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
    shutil.which(CHROMIUM) is None and not os.environ.get("CI"),
    reason="Debian chromium is not installed (.ci/run installs it; on CI it must be there)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base_url) else None)
    page.goto(base_url)
    yield page
    context.close()
    assert outside == [], "the page asked for something outside this machine's server"


def wait_until(page: Page, expression: str, timeout: float = 30.0) -> None:
    """Poll ``expression`` from Python: the page's CSP forbids wait_for_function's eval."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        time.sleep(0.05)


def check_story(page: Page) -> None:
    page.fill("#text", STORY)
    page.click("#check")
    page.wait_for_selector("#marked mark.finding")
    wait_until(page, "!document.querySelector('#check').disabled")


def test_web_check_highlights_and_applies_a_suggestion(page: Page) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    assert "Nothing leaves this machine." in page.inner_text("#privacy")
    check_story(page)
    mark = page.locator('#marked mark.finding[data-rule="rescue-frame"]')
    assert mark.count() == 1
    assert "sev-error" in mark.get_attribute("class")
    assert mark.evaluate("m => m.firstChild.textContent") == "Police rescued 26 women"
    mark.hover()
    card = mark.locator(".card")
    assert card.is_visible()
    assert "detain" in card.inner_text()
    assert page.locator("#findings li").count() >= 1
    if hasattr(unspin.api, "ledger"):
        page.wait_for_selector("#summary-box:not([hidden])")
        assert page.inner_text("#summary").strip()
        assert page.locator("table.ledger tr").count() >= 5
        page.click("#copy")
        wait_until(page, "document.querySelector('#copy-status').textContent === 'Copied.'")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith(page.inner_text("#summary").strip())
        assert "Claimed rescued: 26" in copied
    else:
        assert "Not available" in page.inner_text("#ledger")
    if hasattr(unspin.api, "name_harms"):
        page.wait_for_selector("#harms li")
        assert "raid-arrest-charge" in page.inner_text("#harms")
    mark.hover()  # the card shows while the pointer is on the finding
    page.screenshot(path=str(ARTIFACTS / "serve-page.png"), full_page=True)

    card.locator("button.apply").first.click()
    wait_until(
        page,
        "!document.querySelector('#check').disabled"
        " && !document.querySelector('#marked mark[data-rule=\"rescue-frame\"]')",
    )
    value = page.input_value("#text")
    assert value.startswith("Police detained 26 women in a raid")
    assert value.endswith(STORY[len("Police rescued 26 women") :])
    page.screenshot(path=str(ARTIFACTS / "serve-page-applied.png"), full_page=True)


def test_web_keyboard_only(page: Page) -> None:
    page.focus("#text")
    page.keyboard.type("Officers rescued four women during the raid.")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#marked mark.finding")
    wait_until(page, "!document.querySelector('#check').disabled")
    for _ in range(10):  # Tab forward until a highlighted finding has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.finding')"):
            break
    else:
        pytest.fail("no highlighted finding was reachable with Tab")
    assert page.locator("mark.finding:focus .card").is_visible()
    page.keyboard.press("Tab")  # into the card: the first suggestion
    assert page.evaluate("document.activeElement.classList.contains('apply')")
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('#text').value.startsWith('Officers detained')")


def test_web_phone_width_has_no_sideways_scroll(browser: Browser, base_url: str) -> None:
    context = browser.new_context(
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
