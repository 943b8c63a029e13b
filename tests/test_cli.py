"""The click shell: commands, formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main

ORIGINAL = "The harbour plan costs 12 million pounds.\n\nThe mayor spoke.\n\nThe end.\n"
REVISED = (
    "New intro for the repost.\n\nThis article was first published by The Gazette on 3 March 2019\n\n"
    "The harbour plan costs 15 million pounds.\n\n(Since then the plan was approved.)\n\nThe mayor spoke.\n\nThe end.\n"
)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "original.txt", tmp_path / "revised.txt"
    a.write_text(ORIGINAL)
    b.write_text(REVISED)
    return str(a), str(b)


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_compare_text(pair: tuple[str, str]) -> None:
    code, out, _ = run("compare", *pair)
    assert code == 0
    assert "1 annotation, 1 silent edit" in out
    assert "SILENT edit" in out
    assert "\x1b[" not in out  # not a terminal: no colour


def test_compare_json_contract(pair: tuple[str, str]) -> None:
    code, out, _ = run("compare", *pair, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["format"], data["version"]) == ("annotate.comparison", 1)
    assert data["original"]["date"] == "2019-03-03"
    assert data["summary"] == {
        "annotations": 1, "silent_edits": 1, "additions": 0, "deletions": 0, "edits": 1, "moves": 0, "frames": 2,
        "silent_moves": 0, "disclosed": 0, "cosmetic": 0, "silent_metadata": 0,
    }
    [note] = data["annotations"]
    assert set(note) >= {"id", "kind", "text", "start", "end", "paragraphs", "date", "date_precision", "date_basis", "date_evidence"}
    revised_text = Path(pair[1]).read_text()
    assert revised_text[note["start"] : note["end"]] == note["text"] == "(Since then the plan was approved.)"
    for ch in data["changes"]:
        assert set(ch) >= {"kind", "silent", "annotation", "original", "revised"}


def test_exit_code_flag(pair: tuple[str, str]) -> None:
    assert run("compare", *pair, "--exit-code")[0] == 1
    assert run("compare", pair[0], pair[0], "--exit-code")[0] == 0


def test_notes_and_strip(pair: tuple[str, str]) -> None:
    code, out, _ = run("notes", pair[1], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [a["text"] for a in data["annotations"]] == ["(Since then the plan was approved.)"]
    code, out, _ = run("strip", pair[1])
    assert code == 0
    assert out == "The harbour plan costs 15 million pounds.\n\nThe mayor spoke.\n\nThe end.\n"


def test_text_command_prints_what_offsets_refer_to(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><body><nav>x</nav><p>One <b>two</b>.</p><p>Three.</p></body></html>")
    code, out, _ = run("text", str(page))
    assert (code, out) == (0, "One two.\n\nThree.\n")


def test_stdin(pair: tuple[str, str]) -> None:
    code, out, _ = run("compare", pair[0], "-", "--format", "json", input=REVISED)
    assert code == 0 and json.loads(out)["summary"]["annotations"] == 1
    assert run("compare", "-", "-")[0] == 2


@pytest.mark.parametrize(
    ("make", "code", "message"),
    [
        (lambda d: str(d / "missing.txt"), 3, "no such file"),
        (lambda d: str(d), 3, "is a directory"),
        (lambda d: _write(d / "bin.png", b"\x89PNG\r\n\x1a\n\x00\x00"), 3, "binary"),
        (lambda d: _write(d / "bad.txt", b"\xff\xfe\x00\xd8"), 3, "invalid UTF-16"),
        (lambda d: _write(d / "empty.html", b"<html><body><nav>menu</nav></body></html>"), 3, "no body text"),
        (lambda d: _write(d / "blank.html", b"  "), 3, "empty HTML"),
    ],
)
def test_bad_input_is_one_line_and_exit_code(tmp_path: Path, pair: tuple[str, str], make: object, code: int, message: str) -> None:
    bad = make(tmp_path)  # type: ignore[operator]
    got, out, err = run("compare", pair[0], bad)
    assert got == code
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err + out


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_output_file_atomic_and_never_over_an_input(pair: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert run("compare", *pair, "--format", "json", "-o", str(out))[0] == 0
    assert json.loads(out.read_text())["version"] == 1
    code, _, err = run("compare", *pair, "-o", pair[1])
    assert code == 3 and "refusing to overwrite" in err
    assert Path(pair[1]).read_text() == REVISED
    assert not list(tmp_path.glob(".annotate-*"))


def test_usage_error_exit_2(pair: tuple[str, str]) -> None:
    assert run("compare", pair[0])[0] == 2
    assert run("compare", *pair, "--format", "yaml")[0] == 2


def test_library_never_imports_click_or_textual() -> None:
    code = (
        "import sys, annotate; annotate.compare('a b', 'a c'); annotate.find_annotations('x');"
        "print(sorted(m for m in ('click', 'textual', 'rich', 'tui') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_console_script_runs(pair: tuple[str, str]) -> None:
    out = subprocess.run([sys.executable, "-m", "annotate", "compare", *pair, "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out)["summary"]["silent_edits"] == 1


def test_empty_and_whitespace_files_compare_correctly(tmp_path: Path, pair: tuple[str, str]) -> None:
    empty = _write(tmp_path / "empty.txt", b"")
    blank = _write(tmp_path / "blank.txt", b" \n\n \t\n")
    code, out, _ = run("compare", empty, pair[0], "--format", "json")
    assert code == 0
    assert [c["kind"] for c in json.loads(out)["changes"]] == ["addition"]
    code, out, _ = run("compare", empty, blank, "--format", "json")
    assert code == 0 and json.loads(out)["changes"] == []


def test_reports_get_ordinary_file_modes(pair: tuple[str, str], tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "report.json"
    assert run("compare", *pair, "--format", "json", "-o", str(out))[0] == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    out.chmod(0o640)
    assert run("compare", *pair, "--format", "json", "-o", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_file_name_with_newline_stays_on_one_header_line(tmp_path: Path) -> None:
    odd = tmp_path / "evil\nname\x1b[31m.txt"
    odd.write_text(ORIGINAL)
    code, out, _ = run("compare", str(odd), str(odd))
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("original: ") and "evil\\nname\\x1b[31m.txt" in first
    assert "\x1b" not in out


def test_text_report_follows_the_terminal_width_and_wraps_at_words(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    body = "The harbour board met on Monday to discuss the dredging contract and the new ferry timetable. " * 3
    a.write_text(body + "\n\nEnd.\n", encoding="utf-8")
    b.write_text(body + "\n\n(Update: the harbour board approved the contract on Tuesday after a long debate about costs.)\n\nEnd.\n", encoding="utf-8")
    for columns in (60, 80, 120):
        result = CliRunner().invoke(main, ["compare", str(a), str(b), "--no-color"], env={"COLUMNS": str(columns)})
        assert result.exit_code == 0, result.output
        lines = result.output.splitlines()
        assert max(len(line) for line in lines if line.startswith("  + ")) <= columns
        words = set(body.split()) | set(["(Update:", "the", "harbour", "board", "approved", "the", "contract", "on", "Tuesday", "after", "a", "long", "debate", "about", "costs.)"])
        for line in lines:
            if line.startswith("  + "):
                assert all(w in words for w in line[4:].split()), line  # no word broken across lines


def test_long_notes_are_whole_with_full_and_when_piped(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    note = "(Update: " + "the council has since voted again on the plan " * 30 + "and approved it.)"
    a.write_text("Body.\n\nEnd.\n", encoding="utf-8")
    b.write_text(f"Body.\n\n{note}\n\nEnd.\n", encoding="utf-8")
    piped = CliRunner().invoke(main, ["notes", str(b)])
    assert piped.exit_code == 0 and "approved it.)" in piped.output and "\u2026" not in piped.output
    short = CliRunner().invoke(main, ["compare", str(a), str(b), "--short"])
    assert short.exit_code == 0 and "\u2026" in short.output and "approved it.)" not in short.output
    full = CliRunner().invoke(main, ["compare", str(a), str(b), "--full"])
    assert "approved it.)" in full.output
    refused = CliRunner().invoke(main, ["compare", str(a), str(b), "--full", "--format", "json"])
    assert refused.exit_code == 2


def test_a_frame_keeps_its_title_apart_from_its_body() -> None:
    from annotate.render.text import _quote

    quoted = _quote("Marlow Bay's buses, a year on\n\nThe first buses ran last May.", "  ~ ", 80, None)
    assert quoted == "  ~ Marlow Bay's buses, a year on\n  ~\n  ~ The first buses ran last May.\n"


def test_usage_errors_are_one_line() -> None:
    result = CliRunner().invoke(main, ["compare", "--bogus"], prog_name="annotate")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == ["annotate: error: No such option '--bogus'. Did you mean '--jobs'? (try 'annotate compare --help')"]


def test_output_onto_a_device_writes_through_and_never_replaces_it(tmp_path: Path) -> None:
    import stat as stat_module

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One.\n\nTwo.\n", encoding="utf-8")
    b.write_text("One.\n\nTwo, changed.\n", encoding="utf-8")
    before = os.stat("/dev/null")
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    after = os.stat("/dev/null")
    assert stat_module.S_ISCHR(after.st_mode) and after.st_mode == before.st_mode


def test_output_onto_stdins_source_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One.\n\nTwo.\n", encoding="utf-8")
    b.write_text("One.\n\nTwo, changed.\n", encoding="utf-8")
    with b.open("rb") as stdin:
        proc = subprocess.run(
            [sys.executable, "-m", "annotate", "compare", str(a), "-", "-o", str(b)],
            stdin=stdin, capture_output=True, text=True, check=False,
        )
    assert proc.returncode != 0 and "stdin reads" in proc.stderr
    assert b.read_text(encoding="utf-8") == "One.\n\nTwo, changed.\n"


def test_an_html_report_on_a_terminal_goes_to_a_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotate.cli.html import report_path

    revised = tmp_path / "story.md"
    revised.write_text("x", encoding="utf-8")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    first = report_path(None, "html", str(revised))
    assert first == str(tmp_path / "story.annotate.html")
    Path(first).write_text("taken", encoding="utf-8")
    assert report_path(None, "html", str(revised)) == str(tmp_path / "story.annotate-2.html")
    assert report_path("-", "html", str(revised)) == "-"
    assert report_path(None, "json", str(revised)) is None
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert report_path(None, "html", str(revised)) is None


@pytest.mark.parametrize(
    ("redirect", "args", "code"),
    [
        (">&-", ["compare", "A", "B"], 3),  # no stdout for the report: an I/O error, not a traceback
        (">&- 2>&-", ["compare", "A", "B"], 3),
        ("2>&- >/dev/null", ["compare", "A", "B"], 0),  # no stderr: success still exits 0
        ("2>&- >/dev/null", ["compare", "A", "missing.md"], 3),  # and a missing file still 3
        (">&-", ["compare", "A", "B", "-o", "OUT"], 0),  # stdout not needed
        (">&-", ["notes", "B"], 3),
    ],
)
def test_closed_standard_streams(tmp_path: Path, redirect: str, args: list[str], code: int) -> None:
    samples = Path(__file__).resolve().parent.parent / "samples" / "updates"
    names = {"A": str(samples / "original.md"), "B": str(samples / "revised.md"), "OUT": str(tmp_path / "out.txt")}
    argv = " ".join(names.get(a, a) for a in args)
    proc = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -c "from annotate.cli import run; run()" {argv} {redirect}'],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "A", "B", "--max-size", "9223372036854775807"],
        ["compare", "A", "B", "--timeout", "nan"],
        ["compare", "A", "B", "--timeout", "1e300"],
        ["compare", "A", "B", "--timeout", "inf"],
        ["compare", "A", "B", "--jobs", "100000"],
        ["batch", "MANIFEST", "-o", "-", "--timeout", "nan"],
        ["batch", "MANIFEST", "-o", "-", "--jobs", "100000"],
    ],
)
def test_options_have_real_ranges(args: list[str]) -> None:
    samples = Path(__file__).resolve().parent.parent / "samples"
    names = {"A": str(samples / "updates" / "original.md"), "B": str(samples / "updates" / "revised.md"),
             "MANIFEST": str(samples / "pairs.jsonl")}
    result = CliRunner().invoke(main, [names.get(a, a) for a in args], prog_name="annotate")
    assert result.exit_code == 2, result.output
    assert result.output.startswith("annotate: error: Invalid value for")


def test_format_controls_and_zero_width_characters_are_shown_not_sent() -> None:
    from annotate.render.text import visible

    raw = "a\u200bb\u061cc\u206ad\ufff9e\ufeff\ufffe"
    assert visible(raw) == "a\\u200bb\\u061cc\\u206ad\\ufff9e\\ufeff\\ufffe"
