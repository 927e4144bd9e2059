"""Imported by the forkserver of the local worker processes: its import loads the language
pipeline, the rules and the lexicons once, so every worker forked from that server starts
warm and shares those pages instead of loading its own copy (about 2 s and 150 MB each).

This module exists for that import alone; nothing else imports it.
"""

from __future__ import annotations

from unspin.batch.work import analyser

_SAMPLE = "Officers rescued 12 women in a raid on two spas; four people were arrested."


def _warm() -> None:
    tools = analyser()
    try:
        tools.check(_SAMPLE)
        for optional in (tools.ledger, tools.name_harms):
            if optional is not None:
                optional(_SAMPLE)
    except Exception:  # noqa: BLE001 - a worker meets (and records) the same error per document
        return


_warm()
