"""Settings for a check, and their loader from ``unspin.toml`` or ``pyproject.toml``.

::

    # unspin.toml (top-level keys)        # pyproject.toml
    select = ["rescue-frame"]             [tool.unspin]
    ignore = ["passive-victim"]           ignore = ["passive-victim"]
    severity = "warning"                  # error | warning | info: exit 1 at or above
    max-bytes = 10485760                  # inputs larger than this are refused
    [per-file-ignores]                    [tool.unspin.per-file-ignores]
    "quotes/*.md" = ["rescue-frame"]      "quotes/*.md" = ["*"]

Without an explicit file, the first directory from ``start`` upwards holding an
``unspin.toml``, or a ``pyproject.toml`` with a ``[tool.unspin]`` table, wins.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unspin.errors import ConfigError
from unspin.model import Severity

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
CONFIG_NAMES = ("unspin.toml", "pyproject.toml")
KEYS = ("select", "ignore", "severity", "per-file-ignores", "max-bytes")
ALL_RULES = "*"


@dataclass(frozen=True)
class Config:
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: Severity = Severity.WARNING
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    source: str | None = field(default=None, compare=False)
    # Directory of the config file: per-file-ignores globs also match paths relative to it.
    root: str | None = field(default=None, compare=False)

    def enabled(self, rule: str, path: str | None = None) -> bool:
        if self.select is not None and rule not in self.select:
            return False
        if rule in self.ignore:
            return False
        if path is not None:
            for pattern, rules in self.per_file_ignores:
                if self._matches(pattern, path) and (rule in rules or ALL_RULES in rules):
                    return False
        return True

    def _matches(self, pattern: str, path: str) -> bool:
        """The path as given, relative to the config's directory, or (for a bare
        pattern without ``/``) its file name."""
        candidates = [path]
        if self.root is not None and path not in ("-", "<stdin>"):
            relative = os.path.relpath(os.path.abspath(path), self.root)
            candidates.append(relative.replace(os.sep, "/"))
        if "/" not in pattern:
            candidates.append(os.path.basename(path))
        return any(fnmatch.fnmatch(candidate, pattern) for candidate in candidates)


def _did_you_mean(word: str, options: Collection[str]) -> str:
    import difflib  # only needed on the error path

    close = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _rule_ids(
    value: Any, where: str, known: Collection[str], source: str, *, star: bool = False
) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(source, f"{where} must be a list of rule ids")
    for item in value:
        if item not in known and not (star and item == ALL_RULES):
            raise ConfigError(
                source, f"unknown rule id {item!r} in {where}{_did_you_mean(item, known)}"
            )
    return frozenset(value)


def config_from_table(
    table: Mapping[str, Any], *, known_rules: Collection[str], source: str, root: str | None
) -> Config:
    """Validate the settings table of a config file and build the Config."""
    for key in table:
        if key not in KEYS:
            raise ConfigError(source, f"unknown key {key!r}{_did_you_mean(key, KEYS)}")
    select = None
    if "select" in table:
        select = _rule_ids(table["select"], "select", known_rules, source)
    ignore = _rule_ids(table.get("ignore", []), "ignore", known_rules, source)
    severity = Severity.WARNING
    if "severity" in table:
        value = table["severity"]
        if not isinstance(value, str) or value not in ("error", "warning", "info"):
            raise ConfigError(source, "severity must be one of error, warning, info")
        severity = Severity.parse(value)
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(source, "per-file-ignores must be a table of glob = [rule ids]")
    per_file_ignores = tuple(
        (glob, _rule_ids(ids, f"per-file-ignores {glob!r}", known_rules, source, star=True))
        for glob, ids in per_file.items()
    )
    max_bytes = table.get("max-bytes", DEFAULT_MAX_BYTES)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes <= 0:
        raise ConfigError(source, "max-bytes must be a positive whole number of bytes")
    return Config(
        select=select,
        ignore=ignore,
        severity=severity,
        per_file_ignores=per_file_ignores,
        max_bytes=max_bytes,
        source=source,
        root=root,
    )


def _read_toml(path: Path) -> dict[str, Any]:
    source = str(path)
    try:
        with open(path, "rb") as stream:
            return tomllib.load(stream)
    except FileNotFoundError:
        raise ConfigError(source, "no such file") from None
    except PermissionError:
        raise ConfigError(source, "permission denied") from None
    except IsADirectoryError:
        raise ConfigError(source, "is a directory") from None
    except OSError as exc:
        raise ConfigError(source, (exc.strerror or type(exc).__name__).lower()) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, f"invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(source, "invalid TOML: not UTF-8 text") from None


def _unspin_table(data: dict[str, Any], source: str) -> dict[str, Any] | None:
    tool = data.get("tool")
    if not isinstance(tool, dict) or "unspin" not in tool:
        return None
    table = tool["unspin"]
    if not isinstance(table, dict):
        raise ConfigError(source, "[tool.unspin] must be a table")
    return table


def _settings(path: Path) -> dict[str, Any] | None:
    """The settings table of a config file; None for a pyproject.toml without one."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        return _unspin_table(data, str(path))
    return data


def _build(path: Path, table: dict[str, Any], known_rules: Collection[str]) -> Config:
    root = str(path.resolve().parent)
    return config_from_table(table, known_rules=known_rules, source=str(path), root=root)


def _mentions_unspin(path: Path) -> bool:
    """Cheap test before parsing a pyproject.toml found by the search."""
    try:
        return b"unspin" in path.read_bytes()
    except OSError:
        return True  # let the real read report it


def find_config(start: Path) -> Path | None:
    """The config file that applies in ``start``: nearest unspin.toml or pyproject.toml
    mentioning unspin, searching upwards."""
    directory = start.resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / "unspin.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _mentions_unspin(candidate):
            return candidate
    return None


def load_config(
    path: Path | None, *, known_rules: Collection[str], start: Path | None = None
) -> Config:
    """Load ``path``, or search from ``start`` (default: the current directory) upwards.

    Defaults when nothing is found. Any problem raises ConfigError naming the file.
    """
    if path is not None:
        path = Path(path)
        table = _settings(path)
        if table is None:
            raise ConfigError(str(path), "no [tool.unspin] table")
        return _build(path, table, known_rules)
    directory = start if start is not None else Path.cwd()
    while True:
        found = find_config(directory)
        if found is None:
            return Config()
        table = _settings(found)
        if table is not None:
            return _build(found, table, known_rules)
        if found.parent.parent == found.parent:
            return Config()
        directory = found.parent.parent  # a pyproject.toml that mentions unspin elsewhere
