"""Config: unspin.toml and [tool.unspin], discovery upwards, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspin.config import DEFAULT_MAX_BYTES, Config, find_config, load_config
from unspin.errors import ConfigError
from unspin.model import Severity

RULES = frozenset({"rescue-frame", "passive-victim", "trafficking-conflation", "missing-outcome"})


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _load(path: Path) -> Config:
    return load_config(path, known_rules=RULES)


# unspin.toml body -> Config fields
VALID = [
    ("", Config()),
    ('select = ["rescue-frame"]', Config(select=frozenset({"rescue-frame"}))),
    ("select = []", Config(select=frozenset())),
    (
        'ignore = ["passive-victim", "missing-outcome"]',
        Config(ignore=frozenset({"passive-victim", "missing-outcome"})),
    ),
    ('severity = "error"', Config(severity=Severity.ERROR)),
    ('severity = "info"', Config(severity=Severity.INFO)),
    ("max-bytes = 1024", Config(max_bytes=1024)),
    (
        '[per-file-ignores]\n"quotes/*.md" = ["rescue-frame"]\n"drafts/*" = ["*"]',
        Config(
            per_file_ignores=(
                ("quotes/*.md", frozenset({"rescue-frame"})),
                ("drafts/*", frozenset({"*"})),
            )
        ),
    ),
]


@pytest.mark.parametrize(("body", "expected"), VALID)
def test_config_reads_unspin_toml(tmp_path: Path, body: str, expected: Config) -> None:
    path = _write(tmp_path / "unspin.toml", body)
    config = _load(path)
    assert config == expected
    assert config.source == str(path)
    assert config.root == str(tmp_path.resolve())


def test_config_defaults() -> None:
    config = Config()
    assert (config.select, config.ignore, config.severity, config.max_bytes) == (
        None,
        frozenset(),
        Severity.WARNING,
        DEFAULT_MAX_BYTES,
    )


# unspin.toml body -> exact one-line reason
INVALID = [
    (
        'select = ["rescue-frames"]',
        "unknown rule id 'rescue-frames' in select (did you mean 'rescue-frame'?)",
    ),
    ('ignore = ["nothing-like-it"]', "unknown rule id 'nothing-like-it' in ignore"),
    ('select = "rescue-frame"', "select must be a list of rule ids"),
    ("ignore = [1, 2]", "ignore must be a list of rule ids"),
    ('select = ["*"]', "unknown rule id '*' in select"),
    ('severity = "fatal"', "severity must be one of error, warning, info"),
    ('severity = "ERROR"', "severity must be one of error, warning, info"),
    ("severity = 3", "severity must be one of error, warning, info"),
    ('per-file-ignores = ["a"]', "per-file-ignores must be a table of glob = [rule ids]"),
    (
        '[per-file-ignores]\n"a/*" = ["pasive-victim"]',
        "unknown rule id 'pasive-victim' in per-file-ignores 'a/*' (did you mean 'passive-victim'?)",
    ),
    (
        '[per-file-ignores]\n"a/*" = "rescue-frame"',
        "per-file-ignores 'a/*' must be a list of rule ids",
    ),
    ("max-bytes = 0", "max-bytes must be a positive whole number of bytes"),
    ("max-bytes = -5", "max-bytes must be a positive whole number of bytes"),
    ("max-bytes = 1.5", "max-bytes must be a positive whole number of bytes"),
    ('max-bytes = "10MB"', "max-bytes must be a positive whole number of bytes"),
    ("max-bytes = true", "max-bytes must be a positive whole number of bytes"),
    ("max_bytes = 10", "unknown key 'max_bytes' (did you mean 'max-bytes'?)"),
    ("colour = true", "unknown key 'colour'"),
    ("[tool.unspin]\nselect = []", "unknown key 'tool'"),
]


@pytest.mark.parametrize(("body", "reason"), INVALID)
def test_config_errors_name_the_file_and_key(tmp_path: Path, body: str, reason: str) -> None:
    path = _write(tmp_path / "unspin.toml", body)
    with pytest.raises(ConfigError) as caught:
        _load(path)
    assert (caught.value.source, caught.value.reason) == (str(path), reason)
    assert "\n" not in caught.value.one_line()
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("body", ["select = [", "select = 1\nselect = 2", "= 3", "[a]\n[a]"])
def test_config_invalid_toml_reports_tomllib_message(tmp_path: Path, body: str) -> None:
    path = _write(tmp_path / "unspin.toml", body)
    with pytest.raises(ConfigError) as caught:
        _load(path)
    assert caught.value.reason.startswith("invalid TOML: ")
    assert "(at " in caught.value.reason  # tomllib names the place; its wording varies


def test_config_file_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match="nope.toml: no such file$"):
        _load(missing)
    with pytest.raises(ConfigError, match=": is a directory$"):
        _load(tmp_path)
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"select = ['\xff']")
    with pytest.raises(ConfigError, match=r"bin\.toml: invalid TOML: not UTF-8 text$"):
        _load(binary)


def test_config_explicit_pyproject(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.unspin]\nignore = ["passive-victim"]\n'
        '[tool.unspin.per-file-ignores]\n"q/*" = ["*"]\n',
    )
    config = _load(path)
    assert config.ignore == frozenset({"passive-victim"})
    assert config.per_file_ignores == (("q/*", frozenset({"*"})),)


# pyproject.toml body -> reason when given explicitly
PYPROJECT_INVALID = [
    ('[project]\nname = "x"', "no [tool.unspin] table"),
    ('[tool]\nunspin = "on"', "[tool.unspin] must be a table"),
    ("[tool.unspin]\nselect = ['rescue-frame', 'oops']", "unknown rule id 'oops' in select"),
    (
        "[tool.unspin\n",
        "invalid TOML: Expected ']' at the end of a table declaration (at line 1, column 13)",
    ),
]


@pytest.mark.parametrize(("body", "reason"), PYPROJECT_INVALID)
def test_config_explicit_pyproject_errors(tmp_path: Path, body: str, reason: str) -> None:
    path = _write(tmp_path / "pyproject.toml", body)
    with pytest.raises(ConfigError) as caught:
        _load(path)
    assert (caught.value.source, caught.value.reason) == (str(path), reason)


def test_config_search_finds_nearest_upwards(tmp_path: Path) -> None:
    project = tmp_path / "project"
    deep = project / "a" / "b"
    deep.mkdir(parents=True)
    _write(project / "unspin.toml", 'severity = "error"')
    config = load_config(None, known_rules=RULES, start=deep)
    assert config.severity == Severity.ERROR
    assert config.source == str((project / "unspin.toml").resolve())


def test_config_search_unspin_toml_wins_over_pyproject(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.unspin]\nseverity = "info"')
    _write(tmp_path / "unspin.toml", 'severity = "error"')
    assert load_config(None, known_rules=RULES, start=tmp_path).severity == Severity.ERROR


def test_config_search_skips_pyproject_without_table(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.unspin]\nseverity = "info"')
    plain = _write(tmp_path / "plain" / "pyproject.toml", '[project]\nname = "notes"\n')
    broken = _write(tmp_path / "broken" / "pyproject.toml", "not toml at all [[[")
    named = _write(tmp_path / "named" / "pyproject.toml", '[project]\nname = "unspin-notes"\n')
    root = (tmp_path / "pyproject.toml").resolve()
    # never parsed: they do not mention unspin
    assert find_config(plain.parent) == root
    assert find_config(broken.parent) == root
    # parsed, has no [tool.unspin]: the search goes on upwards
    assert find_config(named.parent) == named.resolve()
    for start in (plain.parent, broken.parent, named.parent):
        config = load_config(None, known_rules=RULES, start=start)
        assert (config.severity, config.source) == (Severity.INFO, str(root))


def test_config_search_reports_broken_unspin_config(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.unspin\nselect = []")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(None, known_rules=RULES, start=tmp_path)


def test_config_search_without_any_file_gives_defaults(tmp_path: Path) -> None:
    if find_config(tmp_path) is not None:
        pytest.skip("a config file exists above the temporary directory")
    assert load_config(None, known_rules=RULES, start=tmp_path) == Config()


def test_config_search_defaults_to_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "unspin.toml", "max-bytes = 99")
    monkeypatch.chdir(tmp_path)
    assert load_config(None, known_rules=RULES).max_bytes == 99


# (rule, path) -> enabled, for one config
ENABLED = [
    ("rescue-frame", None, True),
    ("passive-victim", None, False),  # ignored
    ("missing-outcome", None, False),  # not selected
    ("rescue-frame", "quotes/a.md", False),
    ("trafficking-conflation", "quotes/a.md", True),
    ("rescue-frame", "drafts/x/y.txt", False),
    ("trafficking-conflation", "drafts/x/y.txt", False),
    ("rescue-frame", "stories/a.md", True),
    ("rescue-frame", "deep/dir/README.md", False),  # bare pattern matches the file name
    ("rescue-frame", "<stdin>", True),
]


@pytest.mark.parametrize(("rule", "path", "enabled"), ENABLED)
def test_config_enabled(tmp_path: Path, rule: str, path: str | None, enabled: bool) -> None:
    config_path = _write(
        tmp_path / "unspin.toml",
        'select = ["rescue-frame", "passive-victim", "trafficking-conflation"]\n'
        'ignore = ["passive-victim"]\n'
        '[per-file-ignores]\n"quotes/*.md" = ["rescue-frame"]\n"drafts/*" = ["*"]\n'
        '"README.md" = ["rescue-frame"]\n',
    )
    assert _load(config_path).enabled(rule, path) is enabled


def test_config_per_file_ignores_relative_to_config_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _load(_write(tmp_path / "unspin.toml", '[per-file-ignores]\n"quotes/*" = ["*"]'))
    (tmp_path / "quotes").mkdir()
    monkeypatch.chdir(tmp_path / "quotes")
    assert not config.enabled("rescue-frame", "a.md")  # seen from the config: quotes/a.md
    assert not config.enabled("rescue-frame", str(tmp_path / "quotes" / "b.md"))
    assert config.enabled("rescue-frame", str(tmp_path / "other" / "b.md"))
    assert config.enabled("rescue-frame", "<stdin>")
