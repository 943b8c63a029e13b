"""Compare many version pairs: a JSONL manifest or two folders, on a process pool or a Dask cluster.

The library side of ``annotate batch`` (see ``docs/batch.md``). Pairs run through a
standard ``concurrent.futures.Executor``: a ``ProcessPoolExecutor`` locally, or the
executor of a ``dask.distributed`` client (``Client.get_executor()``) — the same code
path either way. Each pair gives one JSON line: the comparison contract of
``annotate.render.json.comparison_json`` with ``"id"`` first, or an error record
``{"id", "error", "exit_code"}``. Lines are appended and flushed as results arrive;
ids already present in the output are skipped, so a rerun resumes an interrupted batch.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("The sky is blue.")
>>> _ = (d / "b.txt").write_text("The sky is green.")
>>> r = run_pair(Pair("p1", str(d / "a.txt"), str(d / "b.txt")))
>>> (r.id, r.error, r.silent_edits, r.line[:12])
('p1', None, 1, '{"id": "p1",')
>>> run_pair(Pair("p2", str(d / "a.txt"), str(d / "missing.txt"))).line  # doctest: +ELLIPSIS
'{"id": "p2", "error": "...missing.txt: no such file", "exit_code": 3}'
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib
import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO, Any

from annotate.errors import EXIT_INTERNAL, EXIT_LIMIT, AnnotateError, exit_status
from annotate.manifest import Pair, done_ids, pair_directories, read_manifest
from annotate.model import Comparison

__all__ = [
    "BatchSummary", "Pair", "PairOptions", "PairResult", "PairTimeout", "SchedulerError", "deadline", "done_ids",
    "executor", "html_name", "pair_directories", "read_manifest", "run_batch", "run_pair", "run_pairs",
]
"""The batch API (the manifest readers of ``annotate.manifest`` included)."""

EXIT_TIMEOUT = EXIT_LIMIT


class SchedulerError(AnnotateError):
    """``--scheduler`` cannot be used (the ``cluster`` extra is missing, or the address is wrong)."""

    exit_code = 2


@dataclass(frozen=True)
class PairOptions:
    """How each pair is read and compared."""

    timeout: float | None = None
    """Seconds one pair may take; past it the pair is an error record (``None`` or 0: no limit)."""
    fmt: str | None = None
    """Input format for every file (default: from each file's extension)."""
    select: str | None = None
    """HTML only: XPath of the article body."""
    max_bytes: int | None = None
    """Largest input accepted (default: the library's)."""
    html_dir: str | None = None
    """Write one HTML report per compared pair here, named ``<id>.html``."""


@dataclass(frozen=True)
class PairResult:
    """What a worker sends back for one pair."""

    id: str
    line: str
    """The JSON line to write (no trailing newline)."""
    error: str | None = None
    exit_code: int = 0
    silent_edits: int = 0
    annotations: int = 0


@dataclass
class BatchSummary:
    """Counts for the closing line of a batch."""

    pairs: int = 0
    """Pairs in the manifest or folders."""
    skipped: int = 0
    """Pairs already present in the output (resume)."""
    compared: int = 0
    errors: int = 0
    with_silent_edits: int = 0
    annotations: int = 0
    seconds: float = 0.0
    exit_codes: list[int] = field(default_factory=list)

    @property
    def done(self) -> int:
        """Pairs processed in this run."""
        return self.compared + self.errors

    @property
    def exit_code(self) -> int:
        """0 when every pair was compared, else the largest exit code among the errors."""
        return max(self.exit_codes, default=0)

    def line(self) -> str:
        """The human summary."""
        rate = f", {self.done / self.seconds:.1f} pairs/s" if self.seconds > 0 and self.done else ""
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (f"{self.pairs} pairs{skipped}: {self.compared} compared, {self.errors} errors, "
                f"{self.with_silent_edits} with silent edits, {self.annotations} annotations found "
                f"({self.seconds:.1f} s{rate})")


# ---------------------------------------------------------------- reading pairs


class PairTimeout(BaseException):
    """Raised inside a worker when a pair exceeds its deadline (a BaseException: nothing swallows it)."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``PairTimeout`` in the current thread after ``seconds``.

    In a process's main thread (a process-pool worker) this is ``SIGALRM``; in another
    thread (a Dask worker's task thread) the exception is delivered asynchronously to
    that thread. Either interrupts pure-Python work between two bytecodes.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def _alarm(signum: int, frame: FrameType | None) -> None:
            raise PairTimeout

        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def _fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(PairTimeout))

    timer = threading.Timer(seconds, _fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:
                # Delivered too late to interrupt the pair: make sure it is not raised later.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)


def _error(pair_id: str, message: str, code: int) -> PairResult:
    line = json.dumps({"id": pair_id, "error": message, "exit_code": code}, ensure_ascii=False)
    return PairResult(pair_id, line, message, code)


def run_pair(pair: Pair, options: PairOptions = PairOptions()) -> PairResult:
    """Compare one pair; never raises for a bad pair (an error record comes back instead)."""
    from annotate.compare import Options, compare
    from annotate.render.json import comparison_json

    opts = Options() if options.max_bytes is None else Options(max_bytes=options.max_bytes)
    if pair.versions:
        return _run_history(pair, options, opts)
    try:
        with deadline(options.timeout):
            result = compare(
                Path(pair.original), Path(pair.revised), original_date=pair.original_date,
                revised_date=pair.revised_date, fmt=options.fmt, select=options.select, options=opts,
            )
            record = {"id": pair.id, **comparison_json(result)}
            if options.html_dir:
                # A report that cannot be written does not undo the comparison: the record
                # keeps its result and says why the report is missing ("report_error"), and
                # a resumed batch compares the pair again to write it.
                try:
                    _write_html(result, Path(options.html_dir), pair)
                except AnnotateError as exc:
                    record["report_error"] = " ".join(str(exc).split())
            line = json.dumps(record, ensure_ascii=False)
    except PairTimeout:
        return _error(pair.id, f"timed out after {options.timeout:g} s", EXIT_TIMEOUT)
    except Exception as exc:  # one broken pair must not stop the batch
        code, message = exit_status(exc)
        return _error(pair.id, message, code)
    s = result.summary
    return PairResult(pair.id, line, None, 0, s.silent_edits, s.annotations)


def _run_history(pair: Pair, options: PairOptions, opts: Any) -> PairResult:
    """A history entry: one ``annotate.history`` JSON record (``"id"`` first) for its versions."""
    from annotate.history import history
    from annotate.render.history_json import history_json

    try:
        with deadline(options.timeout):
            h = history([Path(v) for v in pair.versions], fmt=options.fmt, select=options.select, options=opts)
            line = json.dumps({"id": pair.id, **history_json(h)}, ensure_ascii=False)
    except PairTimeout:
        return _error(pair.id, f"timed out after {options.timeout:g} s", EXIT_TIMEOUT)
    except Exception as exc:  # one broken entry must not stop the batch
        code, message = exit_status(exc)
        return _error(pair.id, message, code)
    silent = sum(s.summary.silent_edits for s in h.steps)
    return PairResult(pair.id, line, None, 0, silent, len(h.notes))


def html_name(pair_id: str) -> str:
    """The report file name for ``pair_id``: the id itself when it is a safe file name, else a
    sanitised form plus a short hash (so that two ids never share a report).

    >>> html_name("story-1.txt"), html_name("../a/b")
    ('story-1.txt.html', 'a_b-8b16f741.html')
    """
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in pair_id).strip("._") or "pair"
    if safe != pair_id or len(safe.encode("utf-8")) > 200:
        # Changed or cut: a hash of the whole id keeps two ids from sharing one report, and the
        # name stays within 255 bytes (file systems count bytes, not characters).
        while len(safe.encode("utf-8")) > 180:
            safe = safe[:-1]
        safe += "-" + hashlib.sha1(pair_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return safe + ".html"


def _write_html(result: Comparison, directory: Path, pair: Pair) -> None:
    from annotate.output import shown, write_output
    from annotate.render.html import render_html

    write_output(str(directory / html_name(pair.id)), render_html(shown(result)), inputs=(pair.original, pair.revised))


# ---------------------------------------------------------------- executors and the loop


@contextmanager
def executor(jobs: int | None = None, scheduler: str | None = None) -> Iterator[Executor]:
    """A ``ProcessPoolExecutor`` (``scheduler`` None), or a Dask client's executor.

    ``scheduler`` is ``"local"`` (a ``LocalCluster`` of ``jobs`` single-threaded worker
    processes) or a scheduler address such as ``tcp://host:8786``.
    """
    if scheduler is None:
        pool = ProcessPoolExecutor(max_workers=jobs or os.cpu_count() or 1)
        try:
            yield pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return
    try:
        # Imported as a module object: dask is optional and ships no type information.
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise SchedulerError("--scheduler needs the cluster extra: pip install 'annotate[cluster]'") from None
    cluster = None
    try:
        if scheduler == "local":
            cluster = distributed.LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                   dashboard_address=":0")
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise SchedulerError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_pairs(pairs: Sequence[Pair], options: PairOptions = PairOptions()) -> list[PairResult]:
    """``run_pair`` for each of ``pairs``: one task for several small pairs saves scheduling overhead."""
    return [run_pair(p, options) for p in pairs]


def _outcome(fut: Future[list[PairResult]], chunk: Sequence[Pair]) -> list[PairResult]:
    """The results of a finished task; a task that failed outside ``run_pair`` gives error records.

    A broken process pool (a worker killed, e.g. by the kernel's OOM killer) stops the
    batch instead: the pairs still in flight were not compared, and a rerun resumes them.
    """
    exc = fut.exception()
    if exc is None:
        return fut.result()
    if isinstance(exc, BrokenExecutor):
        raise AnnotateError(f"a worker process died ({exc}); rerun the same command to resume") from None
    message = f"worker failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
    return [_error(p.id, message, EXIT_INTERNAL) for p in chunk]


def _chunks(pairs: Sequence[Pair], size: int) -> Iterator[Sequence[Pair]]:
    for k in range(0, len(pairs), size):
        yield pairs[k : k + size]


def run_batch(
    pairs: Sequence[Pair],
    out: IO[str],
    pool: Executor,
    *,
    options: PairOptions = PairOptions(),
    skip: Iterable[str] = (),
    window: int = 64,
    chunk: int = 1,
    progress: Callable[[BatchSummary, int], None] | None = None,
) -> BatchSummary:
    """Run ``pairs`` (less those whose id is in ``skip``) on ``pool``; write each result line to ``out``.

    Each task runs ``chunk`` pairs, and at most ``window`` tasks are in flight, so memory
    stays bounded for any batch size. Lines are written in completion order and flushed
    one by one. ``progress`` is called with the running summary and the number of pairs
    to do in this run.
    """
    done = set(skip)
    todo = [p for p in pairs if p.id not in done]
    summary = BatchSummary(pairs=len(pairs), skipped=len(pairs) - len(todo))
    began = time.monotonic()
    pending: dict[Future[list[PairResult]], Sequence[Pair]] = {}
    queue = _chunks(todo, max(1, chunk))
    try:
        while True:
            for part in queue:
                pending[pool.submit(run_pairs, part, options)] = part
                if len(pending) >= window:
                    break
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            results = sorted((r for fut in finished for r in _outcome(fut, pending.pop(fut))), key=lambda r: r.id)
            for r in results:
                out.write(r.line + "\n")
                out.flush()
                if r.error is None:
                    summary.compared += 1
                    summary.annotations += r.annotations
                    summary.with_silent_edits += r.silent_edits > 0
                else:
                    summary.errors += 1
                    summary.exit_codes.append(r.exit_code)
            summary.seconds = time.monotonic() - began
            if progress is not None:
                progress(summary, len(todo))
    finally:
        for fut in pending:
            fut.cancel()
        summary.seconds = time.monotonic() - began
    return summary
