"""Ctrl-C while the command line is still loading (its imports take a tenth of a second or
more) ends with the same one line and exit status 130 as once it runs, never a traceback; a
library user's program keeps Python's own handling."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def default_sigint() -> None:
    """Start a child with Ctrl-C at its default, as a terminal gives it: a test run launched in
    the background (``pytest &``, nohup, some CI runners) has SIGINT ignored, which children
    inherit, and then Python (and annotate, rightly) leave it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          preexec_fn=default_sigint)


def test_an_interrupt_while_the_command_loads_is_one_line_and_130() -> None:
    # as the "annotate" script starts: its name in argv[0], the package loading, then the signal
    done = _run(
        "import sys; sys.argv[0] = '/usr/bin/annotate'\n"
        "import annotate, os, signal, time\n"
        "os.kill(os.getpid(), signal.SIGINT); time.sleep(5)"
    )
    assert (done.returncode, done.stderr) == (130, "annotate: error: interrupted\n")


def test_the_command_restores_its_own_handling_once_loaded() -> None:
    done = _run(
        "import sys; sys.argv[0] = '/usr/bin/annotate'\n"
        "import annotate, signal\n"
        "from annotate import cli\n"
        "sys.argv[1:] = ['--version']\n"
        "try:\n    cli.run()\nexcept SystemExit:\n    pass\n"
        "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"
    )
    assert done.stdout.strip().endswith("True"), done.stdout + done.stderr


def test_an_ignored_interrupt_stays_ignored() -> None:
    # started in the background (nohup, "&"): annotate leaves Ctrl-C as its parent set it
    done = subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv[0] = '/usr/bin/annotate'\n"
         "import annotate, signal; print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)"],
        capture_output=True, text=True, timeout=60, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    assert done.stdout.strip() == "True", done.stderr


def test_a_library_user_keeps_pythons_handling() -> None:
    done = _run("import annotate, signal; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)")
    assert done.stdout.strip() == "True"
    import annotate

    assert signal.getsignal(signal.SIGINT) is not annotate._interrupted_at_start  # (this test process too)
