"""``unspin report``: one self-contained HTML page (inline SVG charts, no scripts, no CDN)
from an audit database, built on the numbers of :mod:`unspin.report.audit_data`.

Every chart is followed by its numbers in a table; each number cell carries the exact value
in ``data-value`` so the page can be checked against SQL over the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape
from importlib import resources
from pathlib import Path
from string import Template

import duckdb

from unspin import __version__
from unspin.errors import InputNotFound, UnspinError
from unspin.report import svg_charts
from unspin.report.audit_data import LEDGER_FIELDS, AuditReport, Example, Rate, collect

SNIPPET = 220  # characters of context on each side of a flagged phrase


def write_html_report(db: Path, out: Path) -> AuditReport:
    """Read ``db`` and write the report to ``out``; returns the numbers it shows."""
    with open_database(db) as con:
        report = collect(con)
    out.write_text(render(report, database=db.name), encoding="utf-8")
    return report


def open_database(db: Path) -> duckdb.DuckDBPyConnection:
    if not db.is_file():
        raise InputNotFound(str(db), "no such database")
    try:
        con = duckdb.connect(str(db), read_only=True)
        con.execute("SELECT count(*) FROM documents JOIN runs ON true LIMIT 1")
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        if "lock" in message.lower():
            raise UnspinError(
                str(db), "in use by another process (is an audit still running?)"
            ) from None
        raise UnspinError(str(db), f"not an audit database ({message})") from None
    return con


def render(report: AuditReport, *, database: str, generated: dt.datetime | None = None) -> str:
    template = Template(
        resources.files("unspin.report").joinpath("audit_template.html").read_text("utf-8")
    )
    o = report.overview
    title = f"Framing audit of {o.documents:,} articles"
    body = "\n".join(
        [
            f"<h1>{escape(title)}</h1>",
            f'<p class="lead">{_lead(report)}</p>',
            _cards(report),
            _rates_section("outlets", "By outlet", report.by_outlet, "Outlet", horizontal=True),
            _rates_section("years", "By year", report.by_year, "Year", horizontal=False),
            _rules_section(report),
            _ledger_section(report),
            _missing_outcome_section(report),
            _phrases_section(report),
            _examples_section(report),
            _method_section(report),
        ]
    )
    return template.substitute(
        title=escape(title),
        body=body,
        version=escape(__version__),
        database=escape(database),
        generated=escape((generated or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")),
    )


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _cell(value: float, shown: str | None = None) -> str:
    return f'<td class="n" data-value="{value!r}">{escape(shown if shown is not None else _num(value))}</td>'


def _table(
    table_id: str,
    head: Sequence[str],
    rows: Iterable[Sequence[str]],
    numeric: Sequence[int] | None = None,
) -> str:
    numeric = range(1, len(head)) if numeric is None else numeric
    cols = "".join(
        f'<th class="n">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>"
        for i, h in enumerate(head)
    )
    body = "".join(f"<tr>{''.join(r)}</tr>" for r in rows)
    return f'<table id="{table_id}"><thead><tr>{cols}</tr></thead><tbody>{body}</tbody></table>'


def _numbers(table: str) -> str:
    return f"<details><summary>The numbers</summary>{table}</details>"


def _lead(report: AuditReport) -> str:
    o = report.overview
    years = f"{o.first_year}–{o.last_year}" if o.first_year else "no dates given"
    skipped = " (the others were scanned and set aside)" if o.relevant < o.documents else ""
    return escape(
        f"{o.relevant:,} of {o.documents:,} articles were about raids, rescue or trafficking"
        f"{skipped}, from {o.outlets:,} outlets, {years}. "
        f"unspin found {o.findings:,} passages that frame a police action as a rescue or call "
        "sex work trafficking, and read each raid story's claims against what it reports happened."
    )


def _cards(report: AuditReport) -> str:
    o = report.overview
    per_thousand = 1000 * o.findings / o.relevant if o.relevant else 0.0
    totals = dict(zip((f for f, _ in LEDGER_FIELDS), report.ledger_overall.totals, strict=True))
    cards = [
        ("relevant", o.relevant, "relevant articles", ""),
        ("per-thousand", per_thousand, "findings per 1,000 relevant articles", ""),
        (
            "missing-outcome",
            100 * report.missing_outcome_share,
            "% of rescue stories never say what happened next",
            "warn",
        ),
        ("claimed-rescued", totals["claimed_rescued"], "people claimed rescued", ""),
        ("arrested", totals["arrested"], "people arrested", ""),
        ("charged-trafficking", totals["charged_trafficking"], "charged with trafficking", "warn"),
        ("immigration", totals["immigration_actions"], "immigration actions", ""),
    ]
    items = "".join(
        f'<div class="card {cls}" id="card-{cid}"><div class="value" data-value="{value!r}">{_num(value)}</div>'
        f'<div class="label">{escape(label)}</div></div>'
        for cid, value, label, cls in cards
    )
    return f'<div class="cards">{items}</div>'


def _rates_section(
    key: str, heading: str, rates: Sequence[Rate], label: str, *, horizontal: bool
) -> str:
    rows = [(r.label, r.per_thousand) for r in rates if r.relevant]
    title = f"Findings per 1,000 relevant articles, {heading.lower()}"
    if horizontal:  # outlets: highest rate first; years stay in order
        rows.sort(key=lambda row: -row[1])
    chart = svg_charts.hbar(rows, title) if horizontal else svg_charts.columns(rows, title)
    table = _table(
        f"t-{key}",
        [label, "articles", "relevant", "findings", "per 1,000 relevant"],
        (
            [
                f"<td>{escape(r.label)}</td>",
                _cell(r.documents),
                _cell(r.relevant),
                _cell(r.findings),
                _cell(r.per_thousand, f"{r.per_thousand:,.1f}"),
            ]
            for r in rates
        ),
    )
    return (
        f'<h2 id="{key}">{escape(title)}</h2>'
        f'<figure id="chart-{key}">{chart}</figure>{_numbers(table)}'
    )


def _rules_section(report: AuditReport) -> str:
    chart = svg_charts.hbar([(r.rule, r.findings) for r in report.rules], "Findings by rule")
    table = _table(
        "t-rules",
        ["rule", "findings", "articles"],
        (
            [f"<td><code>{escape(r.rule)}</code></td>", _cell(r.findings), _cell(r.documents)]
            for r in report.rules
        ),
    )
    return (
        '<h2 id="rules">The rule mix</h2><p class="note">Which kinds of framing were found, '
        f'in relevant articles.</p><figure id="chart-rules">{chart}</figure>{_numbers(table)}'
    )


def _ledger_section(report: AuditReport) -> str:
    names = [name for _, name in LEDGER_FIELDS]
    overall = report.ledger_overall
    chart = svg_charts.hbar(
        list(zip(names, overall.totals, strict=True)),
        "Ledger totals, all outlets",
        colors=svg_charts.PALETTE,
    )
    per_outlet = report.ledger_by_outlet
    grouped = svg_charts.grouped_hbar(
        [t.label for t in per_outlet],
        [(name, [t.totals[i] for t in per_outlet]) for i, name in enumerate(names)],
        "Ledger totals by outlet",
    )
    head = ["outlet", "stories", *names]
    table = _table(
        "t-ledger",
        head,
        (
            [f"<td>{escape(t.label)}</td>", _cell(t.stories), *(_cell(v) for v in t.totals)]
            for t in (overall, *per_outlet)
        ),
    )
    heading = '<h2 id="ledger">Claimed against reported: the ledger</h2>'
    if not overall.stories:
        return (
            heading + '<p class="note">No ledgers in this database (none of the relevant '
            "articles has one, or the audit ran without the ledger).</p>"
        )
    return (
        f'{heading}<p class="note">Summed over {overall.stories:,} raid stories. A story that does '
        "not state a number adds nothing to its column: these are the numbers the coverage gave "
        f'its readers.</p><figure id="chart-ledger">{chart}</figure>'
        f'<figure id="chart-ledger-outlets">{grouped}</figure>{_numbers(table)}'
    )


def _missing_outcome_section(report: AuditReport) -> str:
    chart = svg_charts.share_bar(
        report.missing_outcome,
        report.rescue_stories,
        "Rescue stories that never say what happened next",
        "no outcome reported",
        "outcome reported",
    )
    table = _table(
        "t-missing-outcome",
        ["", "stories"],
        (
            ["<td>rescue stories</td>", _cell(report.rescue_stories)],
            ["<td>with <code>missing-outcome</code></td>", _cell(report.missing_outcome)],
            [
                "<td>share</td>",
                _cell(report.missing_outcome_share, f"{report.missing_outcome_share:.1%}"),
            ],
        ),
    )
    return (
        '<h2 id="missing-outcome">Rescued, and then?</h2>'
        '<p class="note">Stories that call people rescued (or count them as rescued) but report '
        "nothing about charges, detention, deportation or services afterwards.</p>"
        f'<figure id="chart-missing-outcome">{chart}</figure>{_numbers(table)}'
    )


def _example_link(example: Example) -> str:
    label = example.outlet or example.title or example.locator
    return f'<a href="#{example.anchor}">{escape(_short(label, 28))}</a>'


def _phrases_section(report: AuditReport) -> str:
    rows = (
        [
            f"<td>{escape(p.phrase)}</td>",
            f"<td><code>{escape(p.rule)}</code></td>",
            _cell(p.count),
            _cell(p.documents),
            f"<td>{', '.join(_example_link(e) for e in p.examples)}</td>",
        ]
        for p in report.phrases
    )
    table = _table("t-phrases", ["phrase", "rule", "times", "articles", "examples"], rows, (2, 3))
    return (
        '<h2 id="phrases">The most frequent flagged phrases</h2>'
        f'<p class="note">Each links to example articles below.</p>{table}'
    )


def _examples_section(report: AuditReport) -> str:
    seen: set[str] = set()
    blocks = []
    for phrase in report.phrases:
        for e in phrase.examples:
            if e.anchor in seen:
                continue
            seen.add(e.anchor)
            link = f' · <a href="{escape(e.url)}" rel="noreferrer">original</a>' if e.url else ""
            meta = " · ".join(escape(x) for x in (e.outlet, e.published) if x)
            blocks.append(
                f'<div class="example" id="{e.anchor}"><strong>{escape(e.title or e.locator)}</strong>'
                f'<div class="meta">{meta}{link} · <code>{escape(e.locator)}</code></div>'
                f"<p>{_snippet(e)}</p></div>"
            )
    return '<h2 id="examples">Example articles</h2>' + "".join(blocks)


def _snippet(e: Example) -> str:
    if not e.text:
        return ""
    start, end = max(0, e.start - SNIPPET), min(len(e.text), e.end + SNIPPET)
    before = ("…" if start else "") + e.text[start : e.start]
    after = e.text[e.end : end] + ("…" if end < len(e.text) else "")
    return f"{escape(before)}<mark>{escape(e.text[e.start : e.end])}</mark>{escape(after)}"


def _method_section(report: AuditReport) -> str:
    o = report.overview
    return (
        '<h2 id="method">How these numbers were made</h2><p class="note">'
        "An article is <em>relevant</em> when unspin's prefilter finds raid, rescue or trafficking "
        "language in it. <em>Findings per 1,000 relevant articles</em> counts flagged passages in an "
        "outlet's (or year's) relevant articles and divides by their number. A <em>rescue story</em> "
        "has a rescue-frame finding or states a number of people rescued. Ledger numbers are what the "
        "text states; a story that gives no number adds nothing. "
        f"Runs: {o.runs:,}, last finished {escape(o.last_finished or 'never')}, rules "
        f"<code>{escape(o.rules_hash or '-')}</code>. Documents that could not be read: {o.errors:,} "
        "(see the <code>errors</code> table).</p>"
    )


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
