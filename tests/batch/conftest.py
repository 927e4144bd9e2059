"""Fixtures for the batch tests (the helpers live in ``audit_corpus.py``)."""

from __future__ import annotations

import pytest
from audit_corpus import FAKE

from unspin.batch import work


@pytest.fixture
def fake_analysis(monkeypatch: pytest.MonkeyPatch) -> work.Analyser:
    """The stand-in analysis instead of ``unspin.api``, for work done in this process."""
    monkeypatch.setattr(work, "analyser", lambda: FAKE)
    return FAKE
