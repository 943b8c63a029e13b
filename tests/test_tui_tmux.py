"""Drive the real ``annotate tui`` in a detached tmux session on the seed pair (skipped without tmux or ../shared)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

WIDTH, HEIGHT = 160, 45


def _command() -> list[str]:
    # Textual trusts COLUMNS/LINES over the pty size, and a test runner may export them: drop them.
    script = Path(sys.executable).with_name("annotate")
    run = [str(script)] if script.exists() else [sys.executable, "-m", "annotate.cli"]
    return ["env", "-u", "COLUMNS", "-u", "LINES", *run]


@pytest.fixture
def tmux() -> Iterator[Callable[..., str]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    name = f"annotate-test-{os.getpid()}-{time.monotonic_ns()}"

    def run(*args: str) -> str:
        out = subprocess.run(["tmux", *args], check=True, capture_output=True, text=True, timeout=20)
        return out.stdout

    run.session = name  # type: ignore[attr-defined]
    try:
        yield run
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, check=False)


def _wait(capture: Callable[[], str], ok: Callable[[str], bool], timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    screen = capture()
    while not ok(screen):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out; screen was:\n{screen}")
        time.sleep(0.1)
        screen = capture()
    return screen


def test_real_terminal_session(tmux: Callable[..., str], shared: Path) -> None:
    seed = shared / "seed"
    cmd = shlex.join([*_command(), "tui", str(seed / "original-2016-reconstructed.txt"), str(seed / "republished-2017.txt")])
    session = tmux.session  # type: ignore[attr-defined]
    tmux("new-session", "-d", "-s", session, "-x", str(WIDTH), "-y", str(HEIGHT),
         f"{cmd}; echo ANNOTATE-EXIT=$?; sleep 30")

    def capture() -> str:
        return tmux("capture-pane", "-p", "-t", session)

    screen = _wait(capture, lambda s: "ORIGINAL" in s and "REPUBLISHED" in s and "7 annotations" in s)
    lines = screen.splitlines()
    # The names give way (with …) before the dates do (issue 14, item 7).
    assert "original-2016-" in screen and "republished-2017.txt" in screen
    assert "2016-07-05 (marker)" in screen and "2017-07-05 (inferred)" in screen
    # Both columns: rows with text on each side of the divider.
    body = [ln for ln in lines[2:-1] if "\u2502" in ln]
    assert any(ln.split("\u2502")[1].strip() for ln in body)
    assert "2017-07-05" in screen and "2016-07-05" in screen
    assert "Traceback" not in screen

    tmux("send-keys", "-t", session, "n")
    screen = _wait(capture, lambda s: "[1/9]" in s)
    first = next(ln for ln in screen.splitlines() if "\u25b6" in ln)
    tmux("send-keys", "-t", session, "n")
    screen = _wait(capture, lambda s: "[2/9]" in s)
    second = next(ln for ln in screen.splitlines() if "\u25b6" in ln)
    assert first != second and "republication marker" in second
    tmux("send-keys", "-t", session, "a")
    screen = _wait(capture, lambda s: "[3/9]" in s)
    current = next(ln for ln in screen.splitlines() if "\u25b6" in ln)
    assert "annotation n1" in current and "2017-07-05" in current

    tmux("send-keys", "-t", session, "q")
    screen = _wait(capture, lambda s: "ANNOTATE-EXIT=" in s)
    assert "ANNOTATE-EXIT=0" in screen
    assert "Traceback" not in screen


def test_real_terminal_missing_file(tmux: Callable[..., str], tmp_path: Path) -> None:
    cmd = shlex.join([*_command(), "tui", str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt")])
    session = tmux.session  # type: ignore[attr-defined]
    tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "10", f"{cmd}; echo ANNOTATE-EXIT=$?; sleep 30")
    screen = _wait(lambda: tmux("capture-pane", "-p", "-t", session), lambda s: "ANNOTATE-EXIT=" in s)
    assert "annotate: error:" in screen and "no such file" in screen
    assert "ANNOTATE-EXIT=3" in screen
    assert "Traceback" not in screen


def test_real_terminal_80x24(tmux: Callable[..., str], samples: Path) -> None:
    """Issue 14, item 7: at 80×24 both dates and roles show (in either view), the summary is one
    line, the panel is out of the way, and the footer keeps ``? Help``."""
    pair = samples / "updates"
    cmd = shlex.join([*_command(), "tui", str(pair / "original.md"), str(pair / "revised.md")])
    session = tmux.session  # type: ignore[attr-defined]
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", f"{cmd}; echo ANNOTATE-EXIT=$?; sleep 30")

    def capture() -> str:
        return tmux("capture-pane", "-p", "-t", session)

    def head_ok(s: str) -> bool:
        return all(w in s for w in ("ORIGINAL", "REPUBLISHED", "2021-07-13 (dateline)", "2021-07-15 (dateline)"))

    # (the whole first screen: header, columns and the footer, which may be drawn a frame later)
    screen = _wait(capture, lambda s: head_ok(s) and "4 annotations" in s and "? Help" in s)
    lines = [line for line in screen.splitlines() if line.strip()]
    assert "! 1 silent edit" in lines[0] and "1 move (1 silent)" in lines[0]
    assert "? Help" in lines[-1] and "palette" in lines[-1]
    assert "All changes" not in screen  # no panel at this width
    tmux("send-keys", "-t", session, "n")
    screen = _wait(capture, lambda s: "[1/8]" in s.splitlines()[0])
    tmux("send-keys", "-t", session, "i")  # side by side: the dates go under the names
    screen = _wait(capture, lambda s: head_ok(s) and "\u2502" in s.splitlines()[1])
    assert "\u2502" in screen.splitlines()[2] and "(dateline)" in screen.splitlines()[2]
    tmux("send-keys", "-t", session, "?")
    screen = _wait(capture, lambda s: "next / previous change" in s)
    tmux("send-keys", "-t", session, "Escape")
    _wait(capture, lambda s: "next / previous change" not in s)
    tmux("send-keys", "-t", session, "q")
    screen = _wait(capture, lambda s: "ANNOTATE-EXIT=" in s)
    assert "ANNOTATE-EXIT=0" in screen and "Traceback" not in screen
