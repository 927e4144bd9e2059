"""The rules hash: what a stored analysis was made with, so a re-run knows what to skip."""

from __future__ import annotations

import hashlib
from pathlib import Path

import unspin
from unspin import api

RULE_SUFFIXES = (".yml", ".yaml")


def rules_hash() -> str:
    """A digest of the unspin version and every rule and lexicon file shipped with it.

    ``unspin.api.rules_hash()`` is used instead when the API offers one.
    """
    offered = getattr(api, "rules_hash", None)
    if callable(offered):
        return str(offered())
    digest = hashlib.sha256(f"unspin {unspin.__version__}\n".encode())
    root = Path(unspin.__file__).parent / "rules"
    for path in sorted(p for p in root.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
