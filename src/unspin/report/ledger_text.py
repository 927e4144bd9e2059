"""Text for people from ``unspin ledger`` and ``unspin name``: a short aligned table, then the
plain sentences, ready to paste into a reply."""

from __future__ import annotations

import textwrap

from unspin.model import CHARGE_KINDS, Count, Flag, HarmsResult, LedgerResult, Mention, Stated

NOT_STATED = "not stated"
WIDTH = 88


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text[: limit - 1]}…”" if len(text) > limit else f"“{text}”"


def _count(value: Count | Flag | Stated) -> tuple[str, str]:
    if value.value is None:
        shown = NOT_STATED
    elif isinstance(value.value, bool):
        shown = "yes" if value.value else "no"
    else:
        shown = str(value.value)
    evidence = " · ".join(_quote(e.text) for e in value.evidence[:2])
    return shown, evidence


def _items(items: tuple[Mention, ...]) -> tuple[str, str]:
    return ("; ".join(m.text for m in items) if items else NOT_STATED), ""


def ledger_rows(ledger: LedgerResult) -> list[tuple[str, str, str]]:
    """(label, value, evidence) for each ledger field, charges and convictions by kind."""
    rows: list[tuple[str, str, str]] = [
        ("operation", *_count(ledger.operation)),
        ("agencies", *_items(ledger.agencies)),
        ("places", *_items(ledger.places)),
        ("date", *_count(ledger.date)),
        ("claimed rescued", *_count(ledger.claimed_rescued)),
        ("arrested", *_count(ledger.arrested)),
    ]
    for group, counts in (("charged", ledger.charged), ("convicted", ledger.convictions)):
        stated = [k for k in CHARGE_KINDS if counts[k].value is not None or counts[k].evidence]
        if not stated:
            rows.append((group, NOT_STATED, ""))
        for kind in stated:
            rows.append((f"{group}: {kind}", *_count(counts[kind])))
    rows += [
        ("immigration actions", *_count(ledger.immigration_actions)),
        ("seized", *_items(ledger.seized)),
        ("outcome for the “rescued”", *_count(ledger.outcome_reported)),
    ]
    return rows


def render_ledger(ledger: LedgerResult, source: str) -> str:
    rows = ledger_rows(ledger)
    label_width = max(len(r[0]) for r in rows)
    value_width = min(max(len(r[1]) for r in rows), 40)
    lines = [f"Ledger: {source}", ""]
    for label, value, evidence in rows:
        line = f"  {label:<{label_width}}  {value:<{value_width}}"
        if evidence:
            line += f"  {evidence}"
        lines.append(line.rstrip())
    lines += ["", "Summary:", ""]
    lines += textwrap.wrap(ledger.summary, WIDTH, initial_indent="  ", subsequent_indent="  ",
                           break_on_hyphens=False)
    return "\n".join(lines) + "\n"


def render_harms(result: HarmsResult, source: str) -> str:
    if not result.harms:
        return f"{source}: no harm is described in this text.\n"
    rows = [
        (h.harm, f"{h.actor.text or '(not named)'} [{h.actor.type}]", _quote(h.evidence.text))
        for h in result.harms
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    lines = [f"Harms: {source}", ""]
    for harm, who, evidence in rows:
        lines.append(f"  {harm:<{widths[0]}}  {who:<{widths[1]}}  {evidence}".rstrip())
    lines.append("")
    for h in result.harms:
        lines += textwrap.wrap(h.sentence, WIDTH, initial_indent="  ", subsequent_indent="    ",
                               break_on_hyphens=False)
    return "\n".join(lines) + "\n"
