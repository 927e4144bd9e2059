"""The audit report: every number in the HTML equals SQL over the database; the page is
self-contained; the tables export; and a chart renders in headless Chromium."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from unspin.batch.store import RunCounts, Store
from unspin.cli import cli
from unspin.report.html_report import write_html_report

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

T1 = "Officers rescued 12 women in a raid on a spa. Nothing was said about what came next."
T2 = "A human trafficking bust: police rescued 5 women and arrested four people."
T3 = "Police arrested three people at two massage businesses on prostitution charges."
T5 = "Officers Rescued 12 Women, the department said, after a sting."
# (doc_id, outlet, year, relevant, text)
DOCS = [
    ("d1", "Carrow Post", 2019, True, T1),
    ("d2", "Carrow Post", 2020, True, T2),
    ("d3", "Dunmore Daily", 2020, True, T3),
    ("d4", "Dunmore Daily", 2020, False, None),
    ("d5", None, None, True, T5),
    ("d6", "<b>Odd & Co</b>", 2021, False, None),
]
# (doc_id, idx, rule, text)
FINDINGS = [
    ("d1", 0, "rescue-frame", "Officers rescued 12 women"),
    ("d2", 0, "trafficking-conflation", "human trafficking bust"),
    ("d2", 1, "rescue-frame", "police rescued 5 women"),
    ("d5", 0, "rescue-frame", "Officers Rescued 12 Women"),
]
MISSING = ["d1", "d5", "d3"]  # d3 is no rescue story, so it does not count
# doc_id -> claimed_rescued, arrested, charged_trafficking, immigration_actions
LEDGERS = {
    "d1": (12, 2, None, None),
    "d2": (5, 4, 1, 3),
    "d3": (None, 3, None, None),
    "d5": (12, None, None, 0),
}


def _count(v: int | None) -> dict[str, Any]:
    return {"value": v, "evidence": []}


def build_db(path: Path) -> Path:
    store = Store(path)
    run_id = store.begin_run("0.1.0", "rules-x", ["corpus"], "inline", 1)
    documents = [
        (
            d,
            None,
            f"c.jsonl:{i}",
            None,
            outlet,
            dt.date(year, 3, 1) if year else None,
            year,
            None,
            f"https://example.org/{d}",
            f"Title {d}",
            "en",
            80,
            rel,
            text,
            "rules-x",
        )
        for i, (d, outlet, year, rel, text) in enumerate(DOCS, 1)
    ]
    findings = []
    for d, idx, rule, phrase in FINDINGS:
        text = next(t for doc, *_, t in DOCS if doc == d)
        start = text.index(phrase)
        findings.append(
            (
                d,
                idx,
                rule,
                "error",
                start,
                start + len(phrase),
                phrase,
                "why",
                ["instead"],
                "Officers",
                "police",
                False,
                0.9,
            )
        )
    ledgers = []
    for d, (rescued, arrested, trafficking, immigration) in LEDGERS.items():
        ledgers.append(
            (
                d,
                None,
                ["police"],
                [],
                rescued,
                arrested,
                trafficking,
                None,
                None,
                None,
                None,
                immigration,
                [],
                None,
                None,
                False,
                "summary",
                json.dumps({}),
            )
        )
    store.write(
        run_id,
        {
            "documents": documents,
            "findings": findings,
            "document_findings": [(d, "missing-outcome", "warning", "no outcome") for d in MISSING],
            "ledgers": ledgers,
            "harms": [
                (
                    "d3",
                    0,
                    "raid-arrest-charge",
                    "state violence",
                    "Police",
                    "police",
                    0,
                    6,
                    "Police",
                    "s",
                )
            ],
            "errors": [("c.jsonl:9", "read", "not valid JSON")],
        },
        (),
        RunCounts(items=7, analysed=6, relevant=4, errors=1),
    )
    store.finish_run(run_id, "finished", RunCounts(items=7, analysed=6, relevant=4, errors=1))
    store.close()
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Any]:
    tmp = tmp_path_factory.mktemp("report")
    db = build_db(tmp / "a.duckdb")
    out = tmp / "report.html"
    write_html_report(db, out)
    return db, out, lxml_html.fromstring(out.read_text(encoding="utf-8"))


def table(page: Any, table_id: str) -> dict[str, list[float]]:
    """First cell's text -> the data-value of every numeric cell of the row."""
    rows = {}
    for tr in page.get_element_by_id(table_id).iter("tr"):
        cells = tr.findall("td")
        if cells:
            rows[cells[0].text_content()] = [
                float(c.get("data-value")) for c in cells if c.get("data-value")
            ]
    return rows


def sql(db: Path, query: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(query).fetchall()


def test_html_report_by_outlet_and_year_match_sql(report: tuple[Path, Path, Any]) -> None:
    db, _, page = report
    for table_id, group in (
        ("t-outlets", "coalesce(d.outlet, '(outlet not given)')"),
        ("t-years", "coalesce(CAST(d.year AS VARCHAR), '(no date)')"),
    ):
        expected = {
            label: [docs, rel, n, 1000 * n / rel if rel else 0.0]
            for label, docs, rel, n in sql(
                db,
                f"""
                SELECT {group} AS g, count(DISTINCT d.doc_id), count(DISTINCT d.doc_id) FILTER (d.relevant),
                       count(f.doc_id) FILTER (d.relevant)
                FROM documents d LEFT JOIN findings f ON f.doc_id = d.doc_id GROUP BY g""",
            )
        }
        assert table(page, table_id) == expected, table_id
    assert table(page, "t-outlets")["Carrow Post"] == [2, 2, 3, 1500.0]
    assert table(page, "t-outlets")["<b>Odd & Co</b>"] == [1, 0, 0, 0.0]  # escaped, shown as text


def test_html_report_rules_ledger_and_missing_outcome_match_sql(
    report: tuple[Path, Path, Any],
) -> None:
    db, _, page = report
    assert table(page, "t-rules") == {
        r: [n, docs]
        for r, n, docs in sql(
            db, "SELECT rule, count(*), count(DISTINCT doc_id) FROM findings GROUP BY rule"
        )
    }
    ledger = table(page, "t-ledger")
    assert ledger["all outlets"] == list(
        sql(
            db,
            """
        SELECT count(*), coalesce(sum(claimed_rescued), 0), coalesce(sum(arrested), 0),
               coalesce(sum(charged_trafficking), 0), coalesce(sum(immigration_actions), 0) FROM ledgers""",
        )[0]
    )
    assert ledger["Carrow Post"] == [2, 17, 6, 1, 3]
    assert ledger["(outlet not given)"] == [1, 12, 0, 0, 0]
    rescue = {
        r
        for (r,) in sql(
            db,
            "SELECT doc_id FROM findings WHERE rule = 'rescue-frame' UNION "
            "SELECT doc_id FROM ledgers WHERE claimed_rescued IS NOT NULL",
        )
    }
    missing = rescue & {
        r for (r,) in sql(db, "SELECT doc_id FROM document_findings WHERE rule = 'missing-outcome'")
    }
    assert table(page, "t-missing-outcome") == {
        "rescue stories": [len(rescue)],
        "with missing-outcome": [len(missing)],
        "share": [len(missing) / len(rescue)],
    }
    assert (len(rescue), len(missing)) == (3, 2)
    cards = {
        c.get("id"): float(c.find_class("value")[0].get("data-value"))
        for c in page.find_class("card")
    }
    assert cards == {
        "card-relevant": 4,
        "card-per-thousand": 1000.0,
        "card-missing-outcome": pytest.approx(200 / 3),
        "card-claimed-rescued": 29,
        "card-arrested": 9,
        "card-charged-trafficking": 1,
        "card-immigration": 3,
    }


def test_html_report_phrases_link_to_examples(report: tuple[Path, Path, Any]) -> None:
    _, _, page = report
    rows = page.get_element_by_id("t-phrases").findall(".//tbody/tr")
    phrases = [(r.findall("td")[0].text_content(), r.findall("td")[2].text_content()) for r in rows]
    assert phrases == [
        ("officers rescued 12 women", "2"),
        ("human trafficking bust", "1"),
        ("police rescued 5 women", "1"),
    ]
    first_links = [a.get("href") for a in rows[0].iter("a")]
    assert len(first_links) == 2
    for href in first_links:
        target = page.get_element_by_id(href[1:])
        assert target.find_class("example") or "example" in target.get("class")
        assert target.find(".//mark").text.lower() == "officers rescued 12 women"


def test_html_report_is_self_contained(report: tuple[Path, Path, Any]) -> None:
    _, out, page = report
    source = out.read_text(encoding="utf-8")
    assert "<script" not in source and "<link" not in source and "@import" not in source
    assert not page.xpath("//*[@src]")
    external = [a.get("href") for a in page.iter("a") if not a.get("href", "").startswith("#")]
    assert external and all(
        h.startswith("https://example.org/") for h in external
    )  # only "original" links
    assert "&lt;b&gt;Odd &amp; Co&lt;/b&gt;" in source
    assert len(page.xpath("//svg")) == 6


def test_html_report_of_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    out = tmp_path / "r.html"
    write_html_report(db, out)
    page = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    assert table(page, "t-missing-outcome")["share"] == [0.0]
    assert "No ledgers in this database" in out.read_text(encoding="utf-8")


def test_html_report_cli_exports_csv_and_parquet(
    report: tuple[Path, Path, Any], tmp_path: Path
) -> None:
    db, _, _ = report
    result = CliRunner().invoke(
        cli,
        [
            "report",
            str(db),
            "--html",
            str(tmp_path / "r.html"),
            "--csv",
            str(tmp_path / "csv"),
            "--parquet",
            str(tmp_path / "pq"),
        ],
    )
    assert result.exit_code == 0, result.output
    for table_name in (
        "documents",
        "findings",
        "document_findings",
        "ledgers",
        "harms",
        "errors",
        "runs",
    ):
        (expected,) = sql(db, f"SELECT count(*) FROM {table_name}")[0]
        for reader, path in (
            ("read_csv", tmp_path / "csv" / f"{table_name}.csv"),
            ("read_parquet", tmp_path / "pq" / f"{table_name}.parquet"),
        ):
            with duckdb.connect() as con:
                assert con.execute(f"SELECT count(*) FROM {reader}('{path}')").fetchone() == (
                    expected,
                )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.duckdb", "--html", "r.html"], "unspin: missing.duckdb: no such database\n"),
        (["not-a-db.duckdb", "--html", "r.html"], "unspin: not-a-db.duckdb: not an audit database"),
    ],
)
def test_html_report_cli_errors_name_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "not-a-db.duckdb").write_text("hello")
    result = CliRunner().invoke(cli, ["report", *args])
    assert result.exit_code == 2
    assert result.output.startswith(message)


@pytest.mark.skipif(
    shutil.which(CHROMIUM) is None and not os.environ.get("CI"),
    reason="needs Debian's chromium at /usr/bin/chromium (on CI it must be there)",
)
def test_html_report_chart_renders_in_chromium(report: tuple[Path, Path, Any]) -> None:
    from playwright.sync_api import sync_playwright

    _, out, _ = report
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-chart-outlets.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            page.goto(out.as_uri())
            chart = page.locator("#chart-outlets svg")
            chart.screenshot(path=str(shot))
            bars = page.locator("#chart-outlets rect.bar")
            widths = [bars.nth(i).bounding_box()["width"] for i in range(bars.count())]
            page.screenshot(path=str(ARTIFACTS / "report-page.png"), full_page=True)
        finally:
            browser.close()
    # Carrow Post 1,500 then (outlet not given) 1,000 then Dunmore Daily 0 per 1,000 relevant
    assert len(widths) == 3
    assert widths[0] > widths[1] > widths[2] == 0
    assert widths[1] / widths[0] == pytest.approx(1000 / 1500, rel=0.02)
    assert shot.stat().st_size > 2000
