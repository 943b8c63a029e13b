"""A document's whole history (issue 15): ``annotate.history``, ``--git``, ``annotate history``.

The sample history (samples/history/, see samples/README.md) is checked exactly: each note
traced to the version that added it and its date, the silently removed correction and the
edits made after the "final" note flagged. A git repository built here (a rename, a binary
revision) must give the same notes and dates as comparing its versions pairwise.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import annotate
from annotate.cli import main
from annotate.history import history
from annotate.versions import git_versions

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "history"
VERSIONS = [SAMPLE / f"v{i}.md" for i in range(1, 6)]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_sample_notes_are_traced_to_their_version_and_date() -> None:
    h = history([VERSIONS[i] for i in (2, 0, 4, 1, 3)])  # any order: the bylines' dates decide
    assert [(v.source, v.date.value if v.date else None) for v in h.versions] == [
        (str(p), d) for p, d in zip(VERSIONS, ["2023-03-06", "2023-03-07", "2023-03-08", "2023-03-10", "2023-03-14"],
                                    strict=True)
    ]
    facts = [(n.id, n.label, n.first, n.removed, n.date.value if n.date else None, n.date.basis if n.date else None)
             for n in h.notes]
    assert facts == [
        ("h1", "Update", 1, None, "2023-03-07", "explicit"),
        ("h2", "Update 2", 2, None, "2023-03-08", "explicit"),
        ("h3", "Correction", 2, 4, "2023-03-08", "version"),  # no written date: its version's
        ("h4", "Update", 3, None, "2023-03-10", "version"),  # the undated update
        ("h5", "Editor’s note", 3, None, "2023-03-10", "version"),
    ]
    assert [n.absent_on for n in h.notes] == ["2023-03-06", "2023-03-07", "2023-03-07", "2023-03-08", "2023-03-08"]
    assert [(n.correction, n.final) for n in h.notes] == [(False, False)] * 2 + [(True, False), (False, False),
                                                                                 (False, True)]
    assert h.note("h3").text.startswith("Correction: An earlier version") and h.note("h3").removal_silent
    assert [v.notes for v in h.versions] == [(), ("h1",), ("h1", "h2", "h3"), ("h1", "h2", "h3", "h4", "h5"),
                                             ("h1", "h2", "h4", "h5")]
    assert [(s.added, s.removed) for s in h.steps] == [(("h1",), ()), (("h2", "h3"), ()), (("h4", "h5"), ()),
                                                       ((), ("h3",))]


def test_sample_stealth_edits_the_removed_correction_first() -> None:
    h = history(VERSIONS)
    removed, *after = h.stealth
    assert (removed.kind, removed.version, removed.note, removed.correction, removed.silent) == (
        "removed_note", 4, "h3", True, True)
    assert removed.change is not None and removed.change.kind == "deletion"
    assert removed.change.original is not None and removed.change.original.text == h.note("h3").text
    # Edits after the "final" note: the figure put back and the quote rewritten; the byline's
    # date moving on ("10" → "14") and the correction's removal (already listed) are not repeated.
    assert [(s.kind, s.version, s.note, s.change.original.text, s.change.revised.text)  # type: ignore[union-attr]
            for s in after] == [
        ("after_final", 4, "h5", "900", "1,200"),
        ("after_final", 4, "h5", "Nobody wanted to be in this position", "We saw this coming and planned for it"),
    ]


def test_steps_are_the_pairwise_comparisons() -> None:
    h = history(VERSIONS)
    for step in h.steps:
        pair = annotate.compare(VERSIONS[step.before], VERSIONS[step.after])
        assert step.changes == pair.changes and step.summary == pair.summary
        assert [h.note(n).text for n in step.added] == [a.text for a in pair.annotations]


def test_blame_of_the_latest_version() -> None:
    h = history(VERSIONS)
    text = h.latest.document.text

    def origin(opening: str) -> tuple[int, int]:
        (found,) = [(o.first, o.changed) for o in h.blame if text.startswith(opening, o.start)]
        return found

    assert origin("Update: The council has agreed") == (3, 3)
    assert origin("Update 2 (8 March 2023): The su") == (2, 2)
    assert origin("The passenger ferry between Wex") == (0, 0)
    assert origin("The ferry carries about 1,200 p") == (0, 4)  # edited in v3 and again in v5
    assert origin("Councillor Ruth Amadi, the coun") == (0, 4)
    assert [o.passage for o in h.blame] == list(range(len(h.latest.document.passages)))


def test_a_moved_note_is_not_removed_and_an_undated_history_keeps_its_order() -> None:
    base = "The ferry runs every hour.\n\nIt is the only link to the island."
    note = "[Update: the ferry now runs every half hour.]"
    h = history([base, f"{note}\n\n{base}", f"{base}\n\n{note}"])
    assert [(n.first, n.removed) for n in h.notes] == [(1, None)]
    assert h.stealth == () and h.warnings == ()


def test_files_without_dates_are_ordered_by_modification_time(tmp_path: Path) -> None:
    texts = ["It was 5 km.", "It was 5 km.\n\n(Update: it is 6 km now.)", "It was 7 km.\n\n(Update: it is 6 km now.)"]
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"{'cab'[i]}.txt"
        p.write_text(text)
        os.utime(p, (1_600_000_000 + 86_400 * i, 1_600_000_000 + 86_400 * i))
        paths.append(p)
    h = history(sorted(paths))  # a, b, c by name; c, a, b by time
    assert [Path(v.source).name for v in h.versions] == ["c.txt", "a.txt", "b.txt"]
    assert [(v.date.value, v.date.basis) for v in h.versions if v.date] == [
        ("2020-09-13", "mtime"), ("2020-09-14", "mtime"), ("2020-09-15", "mtime")]
    assert [(n.first, n.date.value, n.date.basis) for n in h.notes if n.date] == [(1, "2020-09-14", "version")]
    given = history(sorted(paths), as_given=True)
    assert [Path(v.source).name for v in given.versions] == ["a.txt", "b.txt", "c.txt"]


# --- git ---------------------------------------------------------------------------------

SPEECH = [
    "Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in "
    "Liberty, and dedicated to the proposition that all men are created equal.",
    "Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so "
    "dedicated, can long endure. We are met on a great battle-field of that war.",
    "We have come to dedicate a portion of that field, as a final resting place for those who here gave their "
    "lives that that nation might live. It is altogether fitting and proper that we should do this.",
    "The world will little note, nor long remember what we say here, but it can never forget what they did here.",
]
UPDATE = "Update (20 November 1863): The text above follows the copy the speaker gave to his secretary."
NOTE = "[Editor's note: the crowd was estimated at fifteen thousand.]"
CORRECTION = "Correction: An earlier version of this page said the address lasted ten minutes; it lasted two."


def _git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    if date:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose speech.txt becomes address.txt, with a binary revision in between."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    body = "\n\n".join(SPEECH)
    commits = [
        ("speech.txt", body, "2023-11-19T12:00:00+00:00"),
        ("speech.txt", f"{body}\n\n{UPDATE}", "2023-11-20T09:00:00+00:00"),
        ("address.txt", f"{body}\n\n{UPDATE}", "2023-11-21T09:00:00+00:00"),  # the rename
        ("address.txt", f"{SPEECH[0]}\n\n{NOTE}\n\n" + "\n\n".join(SPEECH[1:]) + f"\n\n{UPDATE}\n\n{CORRECTION}",
         "2023-11-23T10:00:00+00:00"),
        ("address.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "2023-11-24T10:00:00+00:00"),
        ("address.txt", f"{SPEECH[0]}\n\n{NOTE}\n\n" + "\n\n".join(SPEECH[1:]).replace("great civil", "terrible civil")
         + f"\n\n{UPDATE}", "2023-11-27T10:00:00+00:00"),
    ]
    current = None
    for n, (name, content, date) in enumerate(commits):
        if current is not None and name != current:
            _git(repo, "mv", current, name)
        path = repo / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        _git(repo, "add", name)
        _git(repo, "commit", "-q", "-m", f"version {n + 1}", date=date)
        current = name
    return repo / "address.txt"


def test_git_versions_follow_the_rename_and_skip_the_binary_revision(repo: Path) -> None:
    snapshots, skipped = git_versions(str(repo))
    assert [(s.name.split("@")[0], s.date.value if s.date else None) for s in snapshots] == [
        ("speech.txt", "2023-11-19"), ("speech.txt", "2023-11-20"), ("address.txt", "2023-11-21"),
        ("address.txt", "2023-11-23"), ("address.txt", "2023-11-27")]
    assert len(skipped) == 1 and skipped[0].startswith("address.txt@") and "binary" in skipped[0]
    assert all(s.revision and len(s.revision) == 40 and s.name.endswith("@" + s.revision[:7]) for s in snapshots)


def test_git_history_gives_the_notes_and_dates_of_the_pairwise_comparisons(repo: Path) -> None:
    code, out, err = run("history", "--git", str(repo), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    snapshots, _ = git_versions(str(repo))
    assert [v["source"] for v in data["versions"]] == [s.name for s in snapshots]
    assert data["skipped"] and "binary" in data["skipped"][0]
    expected = []
    for k in range(1, len(snapshots)):
        before, after = snapshots[k - 1], snapshots[k]
        assert after.date is not None
        pair = annotate.compare(before.data, after.data, revised_date=after.date.value)
        expected += [(k, a.text, a.date.value if a.date else None) for a in pair.annotations]
    got = [(n["first"], n["text"], n["date"]) for n in data["notes"]]
    assert got == expected
    assert [(n["text"][:12], n["date_basis"], n["removed"]) for n in data["notes"]] == [
        ("Update (20 N", "explicit", None), ("[Editor's no", "version", None), ("Correction: ", "version", 4)]
    assert [(s["kind"], s["version"], s["correction"]) for s in data["stealth"]] == [("removed_note", 4, True)]


def test_git_merge_is_one_version_and_the_latest_is_the_merged_text(tmp_path: Path) -> None:
    repo = tmp_path / "m"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    text = repo / "a.txt"
    text.write_text("\n\n".join(SPEECH[:3]))
    _git(repo, "add", "a.txt")
    _git(repo, "commit", "-q", "-m", "one", date="2023-11-19T12:00:00+00:00")
    _git(repo, "checkout", "-q", "-b", "side")
    text.write_text("\n\n".join(SPEECH[:3]).replace("great civil", "terrible civil"))
    _git(repo, "commit", "-q", "-am", "side", date="2023-11-20T12:00:00+00:00")
    _git(repo, "checkout", "-q", "main")
    text.write_text("\n\n".join(SPEECH[:3]) + f"\n\n{UPDATE}")
    _git(repo, "commit", "-q", "-am", "main", date="2023-11-21T12:00:00+00:00")
    _git(repo, "merge", "-q", "--no-edit", "side", date="2023-11-22T12:00:00+00:00")
    h = history(git_versions(str(text))[0], as_given=True)
    assert [v.date.value for v in h.versions if v.date] == ["2023-11-19", "2023-11-21", "2023-11-22"]
    assert h.latest.document.text == text.read_text()  # the merged text, side's edit included
    assert [(n.first, n.date.value if n.date else None) for n in h.notes] == [(1, "1863-11-20")]


# --- the command -------------------------------------------------------------------------


def test_cli_text_report() -> None:
    code, out, _ = run("history", *map(str, VERSIONS))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("History of Harbour ferry suspended after crack found in hull: 5 versions, 5 notes, "
                        "3 stealth edits, 3 silent edits")  # (byline dates moving on are not silent)
    assert "  v5  2023-03-14 (dateline)  v5.md  -1 note, 3 silent edits" in lines
    stealth = lines.index("Stealth edits (removed notes, edits after a “final” note)")
    assert lines[stealth + 1] == "  v5  removed correction h3 (added in v3 on 2023-03-08), silently:"
    assert lines.index("Notes") > stealth and lines.index("Silent edits by step") > lines.index("Notes")
    assert any(line.startswith("  h3  v3–v4, removed in v5  2023-03-08 (version)  Correction:") for line in lines)


def test_cli_json_report_and_output_file(tmp_path: Path) -> None:
    target = tmp_path / "history.json"
    code, out, _ = run("history", *map(str, VERSIONS), "--format", "json", "-o", str(target))
    assert code == 0 and out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("annotate.history", 1)
    assert data["summary"] == {"versions": 5, "notes": 5, "removed_notes": 1, "stealth_edits": 3, "silent_edits": 3}
    assert [b["first"] for b in data["blame"]][:5] == [0, 0, 3, 2, 1]
    assert data["steps"][3]["removed"] == ["h3"] and data["versions"][4]["notes"] == ["h1", "h2", "h4", "h5"]
    again = CliRunner().invoke(main, ["history", *map(str, VERSIONS), "--format", "json"]).stdout
    assert again == target.read_text(encoding="utf-8")  # deterministic


@pytest.mark.parametrize(("args", "code", "message"), [
    ((), 2, "give the versions"),
    (("a.md", "--git", "b.md"), 2, "not both"),
    (("missing-1.md", "missing-2.md"), 3, "missing-1.md"),
])
def test_cli_errors_are_one_line(args: tuple[str, ...], code: int, message: str) -> None:
    got, _, err = run("history", *args)
    assert got == code and message in err and err.count("\n") == 1 and err.startswith("annotate: error: ")


def test_cli_git_outside_a_repository(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.")
    got, _, err = run("history", "--git", str(tmp_path / "a.txt"))
    assert got == 3 and "not in a git repository" in err


def test_batch_manifest_takes_history_entries(tmp_path: Path) -> None:
    """Issue 15: a batch manifest line {"id", "versions": [...]} gives one annotate.history record."""
    import shutil

    from click.testing import CliRunner

    from annotate.cli import main

    for v in VERSIONS:
        shutil.copy(v, tmp_path / v.name)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"id": "ferry", "versions": [v.name for v in VERSIONS]}) + "\n"
        + json.dumps({"id": "bad", "versions": ["v1.md"]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 3 and "'versions' must list two or more paths" in result.output
    manifest.write_text(json.dumps({"id": "ferry", "versions": [v.name for v in VERSIONS]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "ferry" and record["format"] == "annotate.history"
    assert record["summary"]["removed_notes"] == 1 and record["summary"]["versions"] == 5


def test_word_blame_traces_each_word_of_the_latest_version() -> None:
    """Issue 15 (blame "where cheap"): each stretch of the latest text carries the version its
    words first appeared in; the stretches cover the text in order."""
    h = annotate.history(VERSIONS)
    latest = h.latest.document.text
    words = h.words
    assert words and words[0][0] == 0 and all(a[1] <= b[0] for a, b in itertools.pairwise(words))
    by_text = {latest[s:e]: v for s, e, v in words}
    where = latest.index("1,200")  # v5 put the uncorrected figure back
    assert next(v for s, e, v in words if s <= where < e) == 4
    first_line = latest.index("Harbour ferry")
    assert next(v for s, e, v in words if s <= first_line < e) == 0
    assert any(v == 3 for v in by_text.values())  # v4's additions
