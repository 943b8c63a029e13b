"""``annotate batch``: manifests, folder pairing, error records, resume, timeouts, local pool vs Dask."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotate.batch import PairOptions, PairTimeout, deadline, executor, run_batch, run_pair
from annotate.cli import main
from annotate.compare import compare
from annotate.manifest import Pair, done_ids, pair_directories, read_manifest
from annotate.render.json import comparison_json

ORIGINAL = "The bridge opened in 1932.\n\nIt carries six lanes of traffic.\n\nTolls were abolished in 1990.\n"
REVISED = (
    "The bridge opened in 1933.\n\nIt carries eight lanes of traffic.\n\n"
    "Update (5 July 2017): a seventh lane was added this spring.\n\nTolls were abolished in 1990.\n"
)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    """Four pairs in ``pairs/``: two good, one binary file, one missing file; paths relative to the manifest."""
    d = tmp_path / "pairs"
    d.mkdir()
    (d / "a1.txt").write_text(ORIGINAL, encoding="utf-8")
    (d / "b1.txt").write_text(REVISED, encoding="utf-8")
    (d / "a2.txt").write_text("One paragraph.\n\nAnother one.\n", encoding="utf-8")
    (d / "b2.txt").write_text("One paragraph.\n\nAnother one.\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    rows = [
        {"id": "good", "original": "a1.txt", "revised": "b1.txt", "original_date": "2016-07-05"},
        {"id": "same", "original": "a2.txt", "revised": "b2.txt"},
        {"id": "binary", "original": "a1.txt", "revised": "binary.txt"},
        {"id": "missing", "original": "a1.txt", "revised": "nowhere.txt"},
    ]
    m = d / "manifest.jsonl"
    m.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return m


def test_manifest_errors_are_records_and_the_rest_is_compared(manifest: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 3, result.output
    records = _by_id(_lines(out))
    assert sorted(records) == ["binary", "good", "missing", "same"]
    assert records["binary"]["exit_code"] == 3 and "binary" in records["binary"]["error"]
    assert records["missing"]["exit_code"] == 3 and "no such file" in records["missing"]["error"]
    assert set(records["binary"]) == {"id", "error", "exit_code"}
    d = manifest.parent
    expected = {"id": "good", **comparison_json(compare(d / "a1.txt", d / "b1.txt", original_date="2016-07-05"))}
    assert records["good"] == json.loads(json.dumps(expected))
    assert next(iter(records["good"])) == "id"
    assert records["good"]["summary"]["annotations"] == 1
    assert records["same"]["summary"]["silent_edits"] == 0
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal
    assert "4 pairs: 2 compared, 2 errors, 1 with silent edits, 1 annotations found" in result.stderr


def test_resume_skips_done_ids(manifest: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    runner.invoke(main, ["batch", str(manifest), "-o", str(out), "--jobs", "1"])
    first = out.read_text(encoding="utf-8")
    again = runner.invoke(main, ["batch", str(manifest), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == first
    assert "4 already done" in again.stderr and again.exit_code == 0
    # A crash mid-batch: one full line kept, the next one torn.
    lines = first.splitlines(keepends=True)
    kept = next(line for line in lines if json.loads(line)["id"] == "good")
    torn = next(line for line in lines if json.loads(line)["id"] != "good")[:20]
    out.write_text(kept + torn, encoding="utf-8")
    assert done_ids(out) == {"good"}
    assert out.read_text(encoding="utf-8") == kept  # the torn line is cut off
    runner.invoke(main, ["batch", str(manifest), "-o", str(out), "--jobs", "2"])
    ids = [r["id"] for r in _lines(out)]
    assert sorted(ids) == ["binary", "good", "missing", "same"]
    assert _by_id(_lines(out)) == _by_id([json.loads(x) for x in lines])


def test_directory_pairing(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for d, text in ((a, ORIGINAL), (b, REVISED)):
        (d / "story.txt").write_text(text, encoding="utf-8")
        (d / "note.md").write_text(text, encoding="utf-8")
        (d / ".hidden").write_text("x", encoding="utf-8")
        (d / "sub").mkdir()
    (a / "only-a.txt").write_text(ORIGINAL, encoding="utf-8")
    pairs = pair_directories(a, b)
    assert [p.id for p in pairs] == ["note.md", "only-a.txt", "story.txt"]
    assert pairs[0] == Pair("note.md", str(a.resolve() / "note.md"), str(b.resolve() / "note.md"))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(a), str(b), "-o", str(out), "--jobs", "1"])
    records = _by_id(_lines(out))
    assert records["story.txt"]["summary"]["annotations"] == 1
    assert records["note.md"]["original"]["format"] == "markdown"
    assert "no such file" in records["only-a.txt"]["error"]
    assert result.exit_code == 3


def test_manifest_problems_stop_before_running(tmp_path: Path) -> None:
    m = tmp_path / "m.jsonl"
    m.write_text('{"id": "x", "original": "a", "revised": "b"}\n{"id": "x", "original": "a", "revised": "c"}\n',
                 encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(m), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 3 and "line 2" in result.stderr and "twice" in result.stderr
    m.write_text('{"id": "x", "original": "a"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(m), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 3 and "'revised'" in result.stderr
    m.write_text("not json\n", encoding="utf-8")
    with pytest.raises(Exception, match="line 1: not JSON"):
        read_manifest(m)
    result = CliRunner().invoke(main, ["batch", str(tmp_path), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2


def test_html_reports(manifest: Path, tmp_path: Path) -> None:
    pytest.importorskip("annotate.render.html")
    reports = tmp_path / "reports"
    out = tmp_path / "out.jsonl"
    CliRunner().invoke(main, ["batch", str(manifest), "-o", str(out), "--html-dir", str(reports), "-q"])
    assert sorted(p.name for p in reports.iterdir()) == ["good.html", "same.html"]
    assert (reports / "good.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_stdout_output(manifest: Path) -> None:
    result = CliRunner().invoke(main, ["batch", str(manifest), "-o", "-", "--jobs", "1", "-q"])
    assert sorted(json.loads(line)["id"] for line in result.stdout.splitlines()) == ["binary", "good", "missing", "same"]
    assert result.stderr == ""


def test_timeout_in_main_thread_and_in_a_thread(manifest: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = manifest.parent
    pair = Pair("slow", str(d / "a1.txt"), str(d / "b1.txt"))
    with ThreadPoolExecutor(1) as pool:  # how Dask workers run tasks
        assert pool.submit(run_pair, pair, PairOptions(timeout=30)).result().error is None

    def stuck(*args: object, **kwargs: object) -> None:
        while True:
            time.sleep(0.001)

    monkeypatch.setattr(sys.modules["annotate.compare"], "compare", stuck)
    r = run_pair(pair, PairOptions(timeout=0.05))
    assert (r.id, r.exit_code, r.error) == ("slow", 4, "timed out after 0.05 s")
    assert json.loads(r.line) == {"id": "slow", "error": "timed out after 0.05 s", "exit_code": 4}
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(run_pair, pair, PairOptions(timeout=0.05)).result().exit_code == 4

    def spin() -> None:
        with deadline(0.05):
            while True:
                time.sleep(0.001)

    with pytest.raises(PairTimeout):
        spin()
    caught: list[BaseException] = []

    def in_thread() -> None:
        try:
            spin()
        except PairTimeout as exc:
            caught.append(exc)

    t = threading.Thread(target=in_thread)
    t.start()
    t.join(5)
    assert len(caught) == 1


def _run(pairs: list[Pair], path: Path, jobs: int, scheduler: str | None, chunk: int = 1) -> dict[str, dict[str, Any]]:
    with path.open("w", encoding="utf-8") as fh, executor(jobs, scheduler) as pool:
        summary = run_batch(pairs, fh, pool, options=PairOptions(timeout=60), chunk=chunk)
    assert summary.done == len(pairs)
    return _by_id(_lines(path))


def test_local_pool_and_dask_local_cluster_agree(manifest: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    pairs = read_manifest(manifest)
    local = _run(pairs, tmp_path / "local.jsonl", 2, None)
    dask = _run(pairs, tmp_path / "dask.jsonl", 2, "local", chunk=3)
    assert local == dask
    assert local["good"]["summary"]["annotations"] == 1 and "error" in local["missing"]


def test_one_batch_per_output_file(manifest: Path, tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    out = tmp_path / "out.jsonl"
    with out.open("a", encoding="utf-8") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(out)])
    assert result.exit_code == 3 and "another annotate batch" in result.stderr
    assert out.read_text(encoding="utf-8") == ""


def test_scheduler_without_the_cluster_extra(manifest: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real = importlib.import_module

    def no_dask(name: str, package: str | None = None) -> Any:
        if name == "distributed":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_dask)
    result = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "local"])
    assert result.exit_code == 2 and "pip install 'annotate[cluster]'" in result.stderr


def test_progress_line() -> None:
    import io

    from annotate.batch import BatchSummary
    from annotate.cli.batch import Progress

    stream = io.StringIO()
    bar = Progress(stream)
    bar(BatchSummary(pairs=10, compared=4, errors=1, seconds=2.0), 10)
    bar.close()
    assert stream.getvalue() == "\r[############............] 5/10 pairs  2.5/s  ETA 0:00:02  1 errors\x1b[K\n"


def test_batch_inputs_outputs_and_names_are_safe(tmp_path: Path) -> None:
    """Issue 13's batch siblings: an undecodable file name, a manifest that is a device or a
    FIFO, -o onto a pair's input, a report over an input, long ids, U+2028 in a manifest."""
    from click.testing import CliRunner

    from annotate.batch import html_name, read_manifest
    from annotate.cli import main
    from annotate.errors import InputError

    a, b = tmp_path / "A", tmp_path / "B"
    a.mkdir()
    b.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (a / name).write_text("One.\n\nTwo.\n", encoding="utf-8")
    (b / name).write_text("One.\n\nTwo, changed.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(a), str(b), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "caf\\xe9.txt"

    with pytest.raises(InputError, match="not a regular file"):
        read_manifest("/dev/zero")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_manifest(fifo)

    story_a, story_b = tmp_path / "story.txt", tmp_path / "story.html"
    story_a.write_text("One.\n\nTwo.\n", encoding="utf-8")
    story_b.write_text("<p>One.</p><p>Two, changed.</p>", encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "story", "original": "story.txt", "revised": "story.html", "x": "a\u2028b"}) + "\n",
                        encoding="utf-8")
    keep = story_b.read_text(encoding="utf-8")
    refused = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(story_b), "-q"])
    assert refused.exit_code == 3 and story_b.read_text(encoding="utf-8") == keep
    results = tmp_path / "r.jsonl"
    ran = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(results), "--html-dir", str(tmp_path), "-q"])
    assert ran.exit_code == 0, ran.output
    assert story_b.read_text(encoding="utf-8") == keep  # the report did not replace an input
    record = json.loads(results.read_text(encoding="utf-8"))
    # The report (story.html) would replace the revised input: refused, the result kept,
    # the failure recorded apart, and a resumed batch tries the pair again.
    assert "changes" in record and "refusing to overwrite input" in record["report_error"]
    from annotate.batch import done_ids

    assert done_ids(results) == set()
    long_a, long_b = "x" * 250 + "a", "x" * 250 + "b"
    assert html_name(long_a) != html_name(long_b)
    assert all(len(html_name(i).encode()) <= 255 for i in (long_a, "é" * 300))
