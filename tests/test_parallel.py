"""Two-process comparison (``Options.workers``): same result as one process, errors as serial.

The large pair is generated here (a few hundred KB of varied paragraphs with edits,
moves, deletions and inserted notes), big enough to cross ``PARALLEL_BYTES`` so that
both the read and the word diffs really run in a forked child.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate import compare
from annotate._parallel.channel import both, can_fork
from annotate._parallel.wordjobs import PARALLEL_BYTES
from annotate.cli import main
from annotate.compare import Options
from annotate.errors import InputError
from annotate.render.json import comparison_json, dumps

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")

WORDS = ["council", "harbour", "river", "bridge", "winter", "budget", "school", "market", "railway", "station", "museum", "garden", "mayor", "report", "vote", "tax", "road", "police", "court", "hospital", "library", "festival", "storm", "flood", "season", "ferry", "tunnel", "county", "village", "parish", "union", "strike", "wage", "price", "shop", "farm", "field", "mill", "church"]


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 6)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
        words[0] = words[0].capitalize()
        if rng.random() < 0.3:
            words.insert(rng.randint(1, len(words) - 1), f"({rng.choice(WORDS)} {rng.randint(1, 99)})")
        sentences.append(" ".join(words) + rng.choice([".", ".", "!", "?"]))
    return " ".join(sentences)


def large_pair(size: int = 2 * PARALLEL_BYTES, seed: int = 7) -> tuple[str, str]:
    """An original of about ``size`` characters and a revised version with seeded changes."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    while sum(len(p) + 2 for p in paragraphs) < size:
        paragraphs.append(_paragraph(rng))
    revised: list[str] = []
    for n, p in enumerate(paragraphs):
        roll = rng.random()
        if roll < 0.01:
            continue  # deleted
        words = p.split(" ")
        for _ in range(rng.randint(0, 3)):
            k = rng.randrange(len(words))
            words[k] = rng.choice(WORDS)
        revised.append(" ".join(words))
        if n % 40 == 39:
            revised.append(f"(Update, 3 May 2019: the {rng.choice(WORDS)} figures were revised.)")
    for _ in range(5):  # moves
        k = rng.randrange(len(revised))
        revised.insert(rng.randrange(len(revised)), revised.pop(k))
    return "\n\n".join(paragraphs) + "\n", "\n\n".join(revised) + "\n"


@pytest.fixture(scope="module")
def pair_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("parallel")
    a, b = large_pair()
    b += "\nHistory\n=======\n\n- December 2024: Clarified the council figures.\n"  # (a log: a note found
    # only by a scan that knows it compares)
    pa, pb = folder / "original.txt", folder / "revised.txt"
    pa.write_text(a, encoding="utf-8")
    pb.write_text(b, encoding="utf-8")
    return pa, pb


COUNT_FORKS = """
import os
forks = []
real_fork = os.fork
def counting_fork():
    pid = real_fork()
    if pid:
        forks.append(pid)
    return pid
os.fork = counting_fork
"""
"""Prefix of the scripts below: counts the processes the comparison forks."""

FORKING_RUN = COUNT_FORKS + """
import builtins, sys
import annotate.compare
import annotate._parallel.wordjobs
from annotate import compare
from annotate.compare import Options
from annotate.render.json import comparison_json, dumps
module = sys.modules["annotate._parallel.wordjobs"]
parent = os.getpid()
if sys.argv[4] == "die":  # the helper crashes while diffing
    run_plain = module.run_plain
    def dying(*args):
        if os.getpid() != parent:
            os._exit(3)
        return run_plain(*args)
    module.run_plain = dying
elif sys.argv[4] == "stale-notes":  # the helper's scan for notes is of another text
    compare_module = sys.modules["annotate._parallel"]
    compare_module.hash = lambda x: 0 if os.getpid() != parent else builtins.hash(x)
elif sys.argv[4] == "small-pipes":  # 4 KiB pipes, one result per message: both sides write a lot
    sys.modules["annotate._parallel.channel"].PIPE_BYTES = 4096
    module.CHUNK = 1
    module.WordDiffs.early = lambda *args: None  # every job in one large late request
elif sys.argv[4] == "stale":  # the helper reads a different revised text
    module.hash = lambda x: 0 if os.getpid() != parent else builtins.hash(x)
from pathlib import Path
c = compare(Path(sys.argv[1]), Path(sys.argv[2]), options=Options(workers=int(sys.argv[3])))
sys.stdout.write(dumps(comparison_json(c)))
sys.stderr.write(str(len(forks)))
"""


def _run_in_fresh_process(pa: Path, pb: Path, workers: int, mishap: str = "none") -> tuple[str, int]:
    """JSON and number of forks from a clean interpreter (no test's leftover threads)."""
    proc = subprocess.run(
        [sys.executable, "-c", FORKING_RUN, str(pa), str(pb), str(workers), mishap],
        capture_output=True, text=True, check=True,
    )
    return proc.stdout, int(proc.stderr)


@needs_fork
def test_two_workers_give_the_same_comparison_as_one(pair_files: tuple[Path, Path]) -> None:
    pa, pb = pair_files
    assert pa.stat().st_size + pb.stat().st_size >= PARALLEL_BYTES
    serial, serial_forks = _run_in_fresh_process(pa, pb, 1)
    parallel, forks = _run_in_fresh_process(pa, pb, 2)
    assert (serial_forks, forks) == (0, 1)  # one helper scans for notes, then shares the word diffs
    assert parallel == serial
    assert serial == dumps(comparison_json(compare(pa, pb)))
    data = json.loads(parallel)["summary"]
    assert data["annotations"] >= 10 and data["moves"] >= 1 and data["edits"] >= 100
    # (the helper scans as one process does, knowing the original: these need it)
    notes = [n["text"] for n in json.loads(parallel)["annotations"]]
    assert any("- December 2024: Clarified" in n for n in notes)


@needs_fork
@pytest.mark.parametrize("mishap", ["die", "stale", "stale-notes", "small-pipes"])
def test_a_helper_that_fails_changes_nothing(pair_files: tuple[Path, Path], mishap: str) -> None:
    pa, pb = pair_files
    serial, _ = _run_in_fresh_process(pa, pb, 1)
    parallel, forks = _run_in_fresh_process(pa, pb, 2, mishap)
    assert parallel == serial
    # A helper that read another revised text is dropped at once: the word diffs are then
    # shared with a child forked for them.
    assert forks == (2 if mishap == "stale-notes" else 1)


VALUES_RUN = COUNT_FORKS + """
import sys
from annotate import compare
from annotate.compare import Options, compare_documents
from pathlib import Path
one = compare(Path(sys.argv[1]), Path(sys.argv[2]), options=Options(workers=1))
assert forks == []
two = compare(Path(sys.argv[1]), Path(sys.argv[2]), options=Options(workers=2))
assert len(forks) == 1
assert one.original == two.original and one.revised == two.revised
assert one.blocks == two.blocks and one.changes == two.changes and one.annotations == two.annotations
# Documents already read: no helper; the word diffs alone are shared with a child forked for them.
three = compare_documents(one.original, one.revised, Options(workers=2))
assert len(forks) == 2
assert three.blocks == one.blocks and three.changes == one.changes
print("ok")
"""


@needs_fork
def test_two_workers_give_the_same_values(pair_files: tuple[Path, Path]) -> None:
    """Values, not just their JSON: documents, blocks, changes, annotations (in a fresh
    interpreter, where no other test's thread keeps the process from forking)."""
    pa, pb = pair_files
    proc = subprocess.run(
        [sys.executable, "-c", VALUES_RUN, str(pa), str(pb)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and proc.stdout == "ok\n", proc.stderr


def test_small_inputs_and_one_worker_never_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(os, "fork", no_fork, raising=False)
    c = compare("The sky is blue.\n\nIt rained.", "The sky is green.\n\nIt rained.", options=Options(workers=2))
    assert [ch.kind for ch in c.changes] == ["edit"]


def test_without_fork_the_work_runs_here(pair_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    pa, pb = pair_files
    expected = dumps(comparison_json(compare(pa, pb)))

    def failing_fork() -> int:
        raise OSError("fork refused")

    monkeypatch.setattr(os, "fork", failing_fork, raising=False)
    assert dumps(comparison_json(compare(pa, pb, options=Options(workers=2)))) == expected


def test_both_returns_values_in_order() -> None:
    assert both(lambda: [1, 2], lambda: "x") == ([1, 2], "x")
    assert both(lambda: 1, lambda: 2, fork=False) == (1, 2)


def test_both_raises_the_first_error_as_a_serial_run_would() -> None:
    def first_fails() -> int:
        raise InputError("first")

    def second_fails() -> int:
        raise ValueError("second")

    with pytest.raises(InputError, match="first"):
        both(first_fails, lambda: 1)
    with pytest.raises(ValueError, match="second"):
        both(lambda: 1, second_fails)
    with pytest.raises(InputError, match="first"):
        both(first_fails, second_fails)


@needs_fork
def test_a_child_that_dies_is_replaced_by_running_its_part_here() -> None:
    parent = os.getpid()

    def dies_in_child() -> str:
        if os.getpid() != parent:
            os._exit(9)  # a crash in the child: no value comes back
        return "recomputed here"

    assert both(dies_in_child, lambda: "mine") == ("recomputed here", "mine")


def test_no_fork_while_other_threads_run() -> None:
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not can_fork()
        parent = os.getpid()
        assert both(os.getpid, lambda: 0) == (parent, 0)  # ran here
    finally:
        stop.set()
        t.join()


@needs_fork
def test_cli_jobs_option_gives_identical_json(pair_files: tuple[Path, Path]) -> None:
    pa, pb = pair_files
    outputs = []
    for jobs in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "annotate", "compare", str(pa), str(pb), "--format", "json", "--jobs", jobs],
            capture_output=True, text=True, check=True,
        )
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["summary"]["annotations"] >= 10
    result = CliRunner().invoke(main, ["compare", str(pa), str(pb), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.output


@needs_fork
def test_cli_errors_are_the_same_with_two_jobs(tmp_path: Path, pair_files: tuple[Path, Path]) -> None:
    pa, _ = pair_files
    first, second = tmp_path / "first.bin", tmp_path / "second.bin"
    first.write_bytes(b"\x00\x01" * PARALLEL_BYTES)
    second.write_bytes(b"\x00\x02" * PARALLEL_BYTES)
    # Serially the original is read first: with both broken, its error is the one reported.
    for args, named in (([first, pa], "first.bin"), ([pa, second], "second.bin"), ([first, second], "first.bin")):
        for jobs in ("1", "2"):
            proc = subprocess.run(
                [sys.executable, "-m", "annotate", "compare", *map(str, args), "--jobs", jobs],
                capture_output=True, text=True, check=False,
            )
            assert proc.returncode == 3, proc.stderr
            assert proc.stderr.count("\n") == 1 and named in proc.stderr and "binary" in proc.stderr


CROSSING_RUN = """
import sys
from annotate._parallel.channel import Helper
big = b"x" * (3 << 20)
def child(channel):
    channel.send(big)              # fills the 4 KiB reply pipe at once
    got = channel.recv()
    channel.send(len(got))
helper = Helper(child, pipe_bytes=4096)
assert helper.forked
assert helper.tell(b"y" * (3 << 20))  # the parent writes 3 MiB while the child writes 3 MiB
assert helper.ask() == big and helper.ask() == 3 << 20
helper.close()
print("ok")
"""


@needs_fork
def test_two_sides_writing_large_messages_at_once_never_block_each_other() -> None:
    """Each side writes more than both pipes hold before reading: with a protocol where a
    writer only waits on its pipe, both block forever (the deadlock of large inputs)."""
    proc = subprocess.run(
        [sys.executable, "-c", CROSSING_RUN], capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == 0 and proc.stdout == "ok\n", proc.stderr


@needs_fork
def test_a_silent_helper_is_given_up_by_the_watchdog() -> None:
    """A child that never answers is taken as gone after the watchdog's time: no hang."""
    from annotate._parallel.channel import Helper

    parent = os.getpid()

    def silent(channel: object) -> None:
        if os.getpid() != parent:
            import time

            time.sleep(60)

    helper = Helper(silent, watchdog=0.5)
    if not helper.forked:
        pytest.skip("could not fork here (other threads running)")
    assert helper.ask() is None
    assert not helper.forked
