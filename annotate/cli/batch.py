"""``annotate batch``: compare every pair of a manifest or of two folders (see ``docs/batch.md``).

A thin click shell over ``annotate.batch`` (imported only when the command runs,
so that other commands start fast). Registered on the main group by ``annotate.cli``.
A progress bar is drawn on a terminal only (stderr); a summary line closes the run.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO, TYPE_CHECKING

import click

from annotate.cli.common import MAX_SIZE, Seconds, worker_range
from annotate.errors import InputError

if TYPE_CHECKING:
    from annotate.batch import BatchSummary


class Progress:
    """A one-line progress display on a terminal: pairs done, rate, ETA (redrawn at most 10 times a second)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.last = 0.0
        self.drawn = False

    def __call__(self, summary: BatchSummary, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and summary.done < total:
            return
        self.last = now
        rate = summary.done / summary.seconds if summary.seconds > 0 else 0.0
        eta = (total - summary.done) / rate if rate > 0 else 0.0
        width = 24
        filled = width * summary.done // total if total else width
        errors = f"  {summary.errors} errors" if summary.errors else ""
        m, s = divmod(int(eta), 60)
        h, m = divmod(m, 60)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {summary.done}/{total} pairs  "
                          f"{rate:.1f}/s  ETA {h}:{m:02d}:{s:02d}{errors}\x1b[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _check_output(output: str, inputs: list[str]) -> None:
    """The results file must be a regular file (or new), and none of the inputs: not the
    manifest, not any pair's original or revised file (appending there would corrupt it)."""
    import stat

    from annotate.output import same_file

    try:
        st = os.stat(output)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(f"{output}: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{output}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{output}: not a regular file (a FIFO or device cannot hold resumable results)")
    for src in inputs:
        if same_file(output, src):
            raise InputError(f"refusing to write over input {output}")


def _open_locked(path: str) -> IO[str]:
    """``path`` opened for appending, with an exclusive lock: two batches never write one file."""
    try:
        fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    try:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:  # pragma: no cover - not on POSIX
        pass
    except OSError:
        fh.close()
        raise InputError(f"{path}: another annotate batch is writing to it") from None
    return fh


def _window(jobs: int | None, scheduler: str | None) -> int:
    """Pairs in flight: enough to keep every worker busy, few enough to bound memory."""
    if jobs is None and scheduler not in (None, "local"):
        return 512  # a remote cluster of unknown size
    return max(16, 8 * (jobs or os.cpu_count() or 1))


@click.command("batch")
@click.argument("sources", nargs=-1, required=True, type=str)
@click.option("-o", "--output", required=True, type=str,
              help="JSONL results file: appended to, ids already in it are skipped (- for stdout, no resume).")
@click.option("-j", "--jobs", type=worker_range(), default=None,
              help="Worker processes (default: all cores); with a remote scheduler it only sizes the pairs in flight.")
@click.option("--timeout", type=Seconds(), default=None, metavar="SECONDS",
              help="Time limit for one pair; a pair past it is recorded as an error (default: none).")
@click.option("--scheduler", type=str, default=None, metavar="tcp://HOST:PORT|local",
              help="Run on Dask distributed (needs the cluster extra): a scheduler address, or local "
                   "for a local cluster of --jobs workers.")
@click.option("--chunk", type=click.IntRange(1, 1_000_000), default=None, metavar="N",
              help="Pairs per task (default 1 on the local pool, 8 on Dask, where each task costs more).")
@click.option("--from", "fmt", type=click.Choice(["text", "markdown", "html"]), default=None,
              help="Input format of every file (default: from each file's extension).")
@click.option("--select", metavar="XPATH", default=None, help="HTML only: XPath of the element holding the article body.")
@click.option("--max-size", type=MAX_SIZE, default=None, metavar="BYTES",
              help="Largest input accepted (default 50 MiB).")
@click.option("--html-dir", type=str, default=None, metavar="DIR",
              help="Also write one HTML report per compared pair into DIR (named after its id).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def batch_cmd(
    sources: tuple[str, ...], output: str, jobs: int | None, timeout: float | None, scheduler: str | None,
    chunk: int | None, fmt: str | None, select: str | None, max_size: int | None, html_dir: str | None, quiet: bool,
) -> None:
    """Compare many version pairs and write one JSON line per pair.

    SOURCES is a JSONL manifest of {"id", "original", "revised"} objects (paths relative to
    the manifest's folder; optional "original_date", "revised_date"), or two folders
    DIR_A DIR_B whose files are paired by name. Each line of the output is the JSON
    comparison plus "id", or {"id", "error", "exit_code"} for a pair that failed.

    Exit status: 0 when every pair was compared, else the largest exit code of the
    error records (3 input rejected, 4 limit or timeout, 5 internal error).
    """
    # Imported here: `annotate compare` must not pay for multiprocessing at start-up.
    from annotate.batch import BatchSummary, PairOptions, executor, run_batch
    from annotate.manifest import done_ids, pair_directories, read_manifest

    if len(sources) == 1:
        if os.path.isdir(sources[0]):
            raise click.UsageError("give a manifest file, or two folders DIR_A DIR_B")
        pairs = read_manifest(sources[0])
    elif len(sources) == 2:
        pairs = pair_directories(sources[0], sources[1])
    else:
        raise click.UsageError("give a manifest file, or two folders DIR_A DIR_B")
    if html_dir is not None:
        try:
            os.makedirs(html_dir, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{html_dir}: {exc.strerror}") from None
        html_dir = os.path.abspath(html_dir)
    options = PairOptions(timeout=timeout or None, fmt=fmt, select=select, max_bytes=max_size, html_dir=html_dir)
    to_stdout = output == "-"
    if not to_stdout:
        _check_output(output, [*sources, *(p.original for p in pairs), *(p.revised for p in pairs)])
    out: IO[str] = sys.stdout if to_stdout else _open_locked(output)
    skip = set() if to_stdout else done_ids(output)
    progress = Progress(sys.stderr) if not quiet and sys.stderr.isatty() else None
    try:
        todo = sum(1 for p in pairs if p.id not in skip)
        if todo:
            if scheduler is None:  # no more local workers than pairs to compare
                jobs = min(jobs or os.cpu_count() or 1, todo)
            with executor(jobs, scheduler) as pool:
                summary = run_batch(pairs, out, pool, options=options, skip=skip, window=_window(jobs, scheduler),
                                    chunk=chunk or (1 if scheduler is None else 8), progress=progress)
        else:
            summary = BatchSummary(pairs=len(pairs), skipped=len(pairs))
    finally:
        if progress is not None:
            progress.close()
        if not to_stdout:
            out.close()
    if not quiet:
        click.echo(f"annotate batch: {summary.line()}", err=True)
    if summary.exit_code:
        sys.exit(summary.exit_code)
