"""The TUI on a document's history (``tui.history.HistoryApp``, ``annotate tui V1 V2 V3…``), driven with Pilot."""

from __future__ import annotations

import asyncio
import functools
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from textual.widgets import Static

import annotate
from annotate.cli import main
from annotate.history import history
from annotate.history_model import History
from annotate.read import InputPath
from tui.app import AnnotateApp
from tui.help import HelpScreen
from tui.history import HistoryApp, entry_note, step_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "history"
VERSIONS = [SAMPLES / f"v{i}.md" for i in range(1, 6)]


@functools.cache
def sample() -> History:
    return history([InputPath(str(p)) for p in VERSIONS])


def sync(fn: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))

    return run


async def settled(app: HistoryApp, pilot: Any, step: int | None = None) -> None:
    """Wait until the app shows a step (``step``, when given) and the screen has caught up."""
    for _ in range(1000):
        if app.ready and (step is None or app.step == step):
            break
        await asyncio.sleep(0.01)
    assert app.ready and (step is None or app.step == step)
    await pilot.pause()


def step_line(app: HistoryApp) -> str:
    return str(app.query_one("#step", Static).render())


def note_entry_index(app: HistoryApp, nid: str) -> int:
    assert app.model is not None and app.model.comparison is not None
    found = [e for e in app.model.entries if entry_note(app.history, app.step, app.model.comparison, e) == nid]
    assert found, nid
    return found[0].index


@sync
async def test_opens_on_the_latest_step_with_its_changes() -> None:
    h = sample()
    app = HistoryApp(h)
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(app, pilot, 3)
        assert app.model is not None and app.model.comparison is not None
        c = app.model.comparison
        assert [(ch.kind, ch.silent) for ch in c.changes] == [(ch.kind, ch.silent) for ch in h.steps[3].changes]
        assert sum(e.silent for e in app.model.entries) == 3
        line = step_line(app)
        assert "v4 \u2192 v5 of 5, 2023-03-10 \u2192 2023-03-14" in line
        assert "removed h3 (correction), silently" in line
        colhead = str(app.query_one("#colhead", Static).render())
        assert colhead.startswith("v4 ") and "\u2502v5 " in colhead and "v5.md" in colhead
        assert app.original is h.versions[3].document and app.revised is h.versions[4].document
        assert app.paths == (str(VERSIONS[3]), str(VERSIONS[4]))


@sync
async def test_step_keys_move_between_pairs_and_compare_each_once(monkeypatch: pytest.MonkeyPatch) -> None:
    module = sys.modules["annotate.compare"]  # the package's ``compare`` attribute is the function
    calls: list[tuple[str, str]] = []
    real = module.compare_documents

    def counting(a: annotate.Document, b: annotate.Document, options: annotate.Options) -> annotate.Comparison:
        calls.append((a.source, b.source))
        return real(a, b, options)

    monkeypatch.setattr(module, "compare_documents", counting)
    app = HistoryApp(sample())
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(app, pilot, 3)
        await pilot.press("less_than_sign")
        await settled(app, pilot, 2)
        assert "v3 \u2192 v4 of 5, 2023-03-08 \u2192 2023-03-10" in step_line(app)
        assert "added h4, h5" in step_line(app)
        assert app.model is not None and [e.kind for e in app.model.entries].count("annotation") == 2
        await pilot.press("less_than_sign", "less_than_sign")
        await settled(app, pilot, 0)
        assert "v1 \u2192 v2 of 5" in step_line(app)
        await pilot.press("less_than_sign")  # the first step: it stays, and says so
        await pilot.pause()
        assert app.step == 0
        await pilot.press("greater_than_sign", "greater_than_sign", "greater_than_sign")
        await settled(app, pilot, 3)
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert app.step == 3
        assert "v4 \u2192 v5 of 5" in step_line(app)
    assert sorted(calls) == sorted(set(calls)) and len(calls) == 4  # each pair compared once


@sync
async def test_o_on_a_removed_note_opens_the_step_that_added_it() -> None:
    app = HistoryApp(sample())
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(app, pilot, 3)
        assert app.model is not None
        removal = app.model.entries[note_entry_index(app, "h3")]
        assert removal.kind == "deletion" and removal.silent
        app.go_to_entry(removal)
        await pilot.press("o")
        await settled(app, pilot, 1)  # h3 was added in v3: the step v2 → v3
        assert "v2 \u2192 v3 of 5" in step_line(app) and "added h2, h3" in step_line(app)
        cur = app.current_entry
        assert cur is not None and cur.kind == "annotation" and "Correction" in cur.snippet
        assert app.view.current == cur.section
        assert "[" in str(app.query_one("#header", Static).render())  # the position [k/N] shows


@sync
async def test_o_on_an_added_note_and_on_other_changes() -> None:
    app = HistoryApp(sample())
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(app, pilot, 3)
        await pilot.press("less_than_sign")
        await settled(app, pilot, 2)
        assert app.model is not None
        h4 = app.model.entries[note_entry_index(app, "h4")]
        app.go_to_entry(h4)
        await pilot.press("o")  # added in this very step: it stays, the note selected
        await settled(app, pilot, 2)
        assert app.current_entry == h4
        byline = next(e for e in app.model.entries if e.kind == "edit")
        app.go_to_entry(byline)
        await pilot.press("o")  # not a note: a message, nothing moves
        await pilot.pause()
        assert app.step == 2 and app.current_entry == byline
        await pilot.press("greater_than_sign")
        await settled(app, pilot, 3)
        assert app.current_entry is None  # a new step starts with no change chosen
        await pilot.press("o")
        await pilot.pause()
        assert app.step == 3


@sync
async def test_o_on_a_note_of_the_first_version_stays() -> None:
    h = history(["Intro.\n\n[Update: first.]", "Intro, edited.\n\n[Update: first.]\n\n[Update 2: second.]",
                 "Intro, edited again.\n\n[Update 2: second.]"], dates=["2020-01-01", "2020-01-02", "2020-01-03"])
    assert [(n.id, n.first, n.removed) for n in h.notes] == [("h1", 0, 2), ("h2", 1, None)]
    app = HistoryApp(h)
    async with app.run_test(size=(120, 30)) as pilot:
        await settled(app, pilot, 1)
        assert app.model is not None and app.model.comparison is not None
        gone = app.model.entries[note_entry_index(app, "h1")]
        app.go_to_entry(gone)
        await pilot.press("o")
        await pilot.pause()
        assert app.step == 1 and app.current_entry == gone


@sync
async def test_help_lists_the_history_keys() -> None:
    app = HistoryApp(sample())
    async with app.run_test(size=(140, 45)) as pilot:
        await settled(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
    lines = text.splitlines()
    assert f"  {'< / >':<24}older / newer pair of neighbouring versions (history)" in lines
    assert any(line.startswith(f"  {'o':<24}on a note") for line in lines)
    assert f"  {'n / p':<24}next / previous change" in lines  # the two-version keys are all there too
    assert "History: one neighbouring pair" in text


@sync
async def test_footer_shows_the_step_keys_when_they_fit() -> None:
    from textual.widgets._footer import FooterKey

    app = HistoryApp(sample())
    async with app.run_test(size=(200, 45)) as pilot:
        await settled(app, pilot)
        actions = {k.action for k in app.query(FooterKey)}
        assert {"previous_step", "next_step", "open_origin", "help"} <= actions
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        await pilot.pause()
        actions = {k.action for k in app.query(FooterKey)}
        assert "help" in actions and "open_origin" not in actions


@sync
async def test_two_versions_have_no_history_keys() -> None:
    app = AnnotateApp(annotate.read_document("One.\n\nTwo."), annotate.read_document("One.\n\nTwo, edited."))
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(500):
            if app.ready:
                break
            await asyncio.sleep(0.01)
        await pilot.pause()
        assert not app.query("#step")
        await pilot.press("less_than_sign", "o")
        await pilot.pause()
        assert app.ready and app.return_code is None
    assert not {"previous_step", "next_step", "open_origin"} & {
        getattr(b, "action", None) for b in AnnotateApp.BINDINGS
    }


def test_step_text_fits_the_width() -> None:
    h = sample()
    assert "< older" in step_text(h, 3, 160).plain
    assert "< older" not in step_text(h, 3, 60).plain
    assert step_text(h, 0).plain.startswith(" history  v1 \u2192 v2 of 5, 2023-03-06 \u2192 2023-03-07")


def test_cli_history_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    paths = [str(p) for p in VERSIONS]
    result = runner.invoke(main, ["tui", *paths])  # CliRunner is not a terminal: refused before reading
    assert result.exit_code == 2 and "needs a terminal" in result.output
    assert runner.invoke(main, ["tui", "a", "b", "c"]).exit_code == 2
    ran: list[object] = []
    monkeypatch.setattr("annotate.cli.tui._is_terminal", lambda: True)
    monkeypatch.setattr(HistoryApp, "run", lambda self, **kw: ran.append(self))
    monkeypatch.setattr(AnnotateApp, "run", lambda self, **kw: ran.append(self))
    assert runner.invoke(main, ["tui", *reversed(paths)]).exit_code == 0  # put in order by their dates
    app = ran.pop()
    assert isinstance(app, HistoryApp) and app.step == 3 and app.paths == (paths[3], paths[4])
    assert runner.invoke(main, ["tui", "--as-given", *reversed(paths)]).exit_code == 0
    app = ran.pop()
    assert isinstance(app, HistoryApp) and app.paths == (paths[1], paths[0])
    missing = runner.invoke(main, ["tui", *paths[:2], str(tmp_path / "missing.md")])
    assert missing.exit_code == 3 and missing.output.startswith("annotate: error:")
    assert len(missing.output.strip().splitlines()) == 1 and "Traceback" not in missing.output
    assert runner.invoke(main, ["tui", "--git", str(tmp_path / "x.md")]).exit_code == 3
    assert not ran
    assert runner.invoke(main, ["tui", *paths[:2], "--as-given"]).exit_code == 2  # two files: a comparison
    assert runner.invoke(main, ["tui", *paths, "--original-date", "2020-01-01"]).exit_code == 2
    assert runner.invoke(main, ["tui", *paths, "--since", "2020"]).exit_code == 2
    assert runner.invoke(main, ["tui", "--git", paths[0], paths[1]]).exit_code == 2
    assert runner.invoke(main, ["tui"]).exit_code == 2


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


@sync
async def test_git_history_steps(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    from annotate.cli.tui import _read_history
    from annotate.compare import Options

    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    article = repo / "story.md"
    for i, p in enumerate(VERSIONS[:3]):
        article.write_bytes(p.read_bytes())
        _git(repo, "add", "story.md")
        _git(repo, "commit", "-q", "-m", f"v{i + 1}", "--date", f"2023-03-0{6 + i}T12:00:00")
    h = _read_history((), str(article), None, (None, None, None), False, False, None, None, Options())
    assert len(h.versions) == 3 and h.versions[-1].source.startswith("story.md@")
    app = HistoryApp(h)
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(app, pilot, 1)
        assert "v2 \u2192 v3 of 3" in step_line(app)
        await pilot.press("less_than_sign")
        await settled(app, pilot, 0)
        assert "v1 \u2192 v2 of 3" in step_line(app)


def test_real_terminal_history(tmp_path: Path) -> None:
    """``annotate tui v1…v5`` in tmux (160×45): the latest step, then ``<``, then ``o`` on nothing."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    script = Path(sys.executable).with_name("annotate")
    run = [str(script)] if script.exists() else [sys.executable, "-m", "annotate.cli"]
    cmd = shlex.join(["env", "-u", "COLUMNS", "-u", "LINES", *run, "tui", *map(str, VERSIONS)])
    session = f"annotate-history-{os.getpid()}-{time.monotonic_ns()}"

    def tmux(*args: str) -> str:
        return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True, timeout=20).stdout

    def wait(ok: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + 20
        screen = tmux("capture-pane", "-p", "-t", session)
        while not ok(screen):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; screen was:\n{screen}")
            time.sleep(0.1)
            screen = tmux("capture-pane", "-p", "-t", session)
        return screen

    tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "45", f"{cmd}; echo ANNOTATE-EXIT=$?; sleep 30")
    try:
        screen = wait(lambda s: "v4 \u2192 v5 of 5" in s and "silent edit" in s)
        assert "removed h3 (correction), silently" in screen
        tmux("send-keys", "-t", session, "<")
        screen = wait(lambda s: "v3 \u2192 v4 of 5" in s and "2 annotations" in s)
        tmux("send-keys", "-t", session, "q")
        wait(lambda s: "ANNOTATE-EXIT=0" in s)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)


def test_cli_one_committed_version_opens_it_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "story.md").write_bytes(VERSIONS[2].read_bytes())
    _git(repo, "add", "story.md")
    _git(repo, "commit", "-q", "-m", "only")
    ran: list[AnnotateApp] = []
    monkeypatch.setattr("annotate.cli.tui._is_terminal", lambda: True)
    monkeypatch.setattr(AnnotateApp, "run", lambda self, **kw: ran.append(self))
    assert CliRunner().invoke(main, ["tui", "--git", str(repo / "story.md")]).exit_code == 0
    (app,) = ran
    assert not isinstance(app, HistoryApp) and app.original is None and app.revised.text
