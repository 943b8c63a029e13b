"""The ``annotate tui`` command: open the Textual review app (imported lazily, only here).

The files are read before the app starts, so a missing or unreadable file is a
one-line message and an exit code, never a traceback or a half-drawn screen.
With three versions or more, ``--git PATH``, ``--wayback URL`` or addresses, the
sources are those of ``annotate history`` (its helpers read them) and the app steps
through the history (``tui.history.HistoryApp``); two files are compared as always.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import click

from annotate.errors import AnnotateError, InputError

if TYPE_CHECKING:
    from annotate.compare import Options
    from annotate.history_model import History


def _fail(message: str, code: int) -> None:
    from annotate.render.text import visible

    click.echo(f"annotate: error: {visible(' '.join(message.split()))}", err=True)
    sys.exit(code)


@click.command("tui")
@click.argument("files", nargs=-1, metavar="[ORIGINAL] REVISED | V1 V2 V3…")
@click.option("--git", "git_path", type=str, default=None, metavar="PATH",
              help="Step through every committed version of the file PATH (as annotate history --git).")
@click.option("--wayback", "wayback", type=str, default=None, metavar="URL",
              help="Step through the Wayback Machine's snapshots of URL (as annotate history --wayback).")
@click.option("--since", type=str, default=None, metavar="DATE", help="--wayback: snapshots from this date on.")
@click.option("--until", type=str, default=None, metavar="DATE", help="--wayback: snapshots up to this date.")
@click.option("--limit", type=click.IntRange(1, 1000), default=None, metavar="N",
              help="--wayback: at most N snapshots, evenly spread.")
@click.option("--no-cache", is_flag=True, help="Fetch pages anew (addresses and --wayback).")
@click.option("--as-given", is_flag=True,
              help="Three versions or more: keep the order given (default: by their dates).")
@click.option("--original-date", metavar="YYYY-MM-DD", default=None, help="The original's date, if known.")
@click.option("--revised-date", metavar="YYYY-MM-DD", default=None, help="The republication's date, if known.")
@click.option("--inline/--side", "inline", default=None,
              help="Start in the inline view or side by side (default: side by side from 100 columns).")
@click.option("--fold", is_flag=True, help="Start with unchanged passages folded.")
@click.option("--theme", type=click.Choice(["dark", "light"]), default=None, help="Colour theme (default dark).")
@click.option("--export", "export_path", metavar="PATH", default=None,
              help="Where the e key writes the HTML report (default REVISED-NAME.annotate.html here).")
@click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Time limit for one passage diff (default 20; 0: none).")
@click.option("--from", "fmt", type=click.Choice(["text", "markdown", "html"]), default=None,
              help="Input format (default: from the file extension).")
@click.option("--select", metavar="XPATH", default=None, help="HTML only: XPath of the element holding the article body.")
@click.option("--max-size", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help="Largest input accepted (default 50 MiB).")
def tui_cmd(
    files: tuple[str, ...], git_path: str | None, wayback: str | None, since: str | None, until: str | None,
    limit: int | None, no_cache: bool, as_given: bool, original_date: str | None, revised_date: str | None, inline: bool | None, fold: bool,
    theme: str | None, export_path: str | None, timeout: float | None, fmt: str | None, select: str | None,
    max_size: int | None,
) -> None:
    """Review REVISED against ORIGINAL in the terminal (or REVISED alone: its annotations).

    Two aligned columns (or an inline view), the annotations with their dates,
    silent edits and moves marked; n/p next/previous change, a annotation,
    s silent edit, / search, i inline, f fold, e HTML report, ? help, q quit.
    With three versions or more (or --git PATH, --wayback URL, addresses), a document's
    history, one neighbouring pair at a time: < / > older / newer pair, o a note's origin.
    """
    if "-" in files:
        raise click.UsageError("the TUI reads files, not stdin (the terminal is its input)")
    if git_path is not None or wayback is not None or len(files) > 2 or any(_is_url(f) for f in files):
        if original_date is not None or revised_date is not None:
            raise click.UsageError("--original-date and --revised-date apply to two files, not to a history")
        _history_app(files, git_path, wayback, (since, until, limit), no_cache, as_given, inline, fold, theme,
                     export_path, timeout, fmt, select, max_size)
        return
    if not files:
        raise click.UsageError("give ORIGINAL REVISED, REVISED alone, three versions or more, or --git PATH")
    if any(x is not None for x in (since, until, limit)) or no_cache or as_given:
        raise click.UsageError("--since, --until, --limit, --no-cache and --as-given apply to a history")
    try:
        from annotate.compare import Options
        from annotate.read import DEFAULT_MAX_BYTES, read_document

        limit = max_size or DEFAULT_MAX_BYTES
        options = Options(max_bytes=limit) if timeout is None else Options(diff_timeout=timeout, max_bytes=limit)
        revised = read_document(Path(files[-1]), fmt=fmt, select=select, date=revised_date, max_bytes=limit)
        original = (
            read_document(Path(files[0]), fmt=fmt, select=select, date=original_date, max_bytes=limit)
            if len(files) == 2 else None
        )
    except AnnotateError as exc:
        _fail(str(exc), exc.exit_code)
        return
    if not _is_terminal():
        raise click.UsageError("annotate tui needs a terminal (use annotate compare for a report)")
    from tui.app import AnnotateApp

    app = AnnotateApp(
        original, revised, paths=(files[0] if len(files) == 2 else None, files[-1]), options=options, mode=None if inline is None else ("inline" if inline else "side"),
        fold=fold, dark=None if theme is None else theme == "dark", export_path=export_path,
    )
    app.run()
    if app.failure is not None:
        _fail(*app.failure)
    if app.return_code:
        sys.exit(app.return_code)


def _is_terminal() -> bool:
    """True when the app can run: both stdin and stdout are a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _history_app(
    files: tuple[str, ...], git_path: str | None, wayback: str | None,
    wayback_options: tuple[str | None, str | None, int | None], no_cache: bool, as_given: bool,
    inline: bool | None, fold: bool, theme: str | None, export_path: str | None, timeout: float | None,
    fmt: str | None, select: str | None, max_size: int | None,
) -> None:
    """Read every version (as ``annotate history`` does), then step through them in the app."""
    from annotate.cli.common import compare_options
    from annotate.cli.history import check_sources

    check_sources(files, git_path, wayback, wayback_options)
    if not _is_terminal():  # asked before reading: a history may mean many files, or fetching pages
        raise click.UsageError("annotate tui needs a terminal (use annotate history for a report)")
    options = compare_options(timeout, max_size, None, 1)  # one process: the app compares in a thread
    try:
        found = _read_history(files, git_path, wayback, wayback_options, no_cache, as_given, fmt, select, options)
    except AnnotateError as exc:
        _fail(str(exc), exc.exit_code)
        return
    from tui.app import AnnotateApp
    from tui.history import HistoryApp

    mode: Literal["inline", "side"] | None = None if inline is None else ("inline" if inline else "side")
    dark = None if theme is None else theme == "dark"
    app: AnnotateApp
    if len(found.versions) == 1:  # nothing to step through: the one version, read alone
        only = found.versions[0]
        app = AnnotateApp(None, only.document, paths=(None, only.source), options=options, mode=mode, fold=fold,
                          dark=dark, export_path=export_path)
    else:
        app = HistoryApp(found, options=options, mode=mode, fold=fold, dark=dark, export_path=export_path)
    app.run()
    if app.failure is not None:
        _fail(*app.failure)
    if app.return_code:
        sys.exit(app.return_code)


def _read_history(
    files: tuple[str, ...], git_path: str | None, wayback: str | None,
    wayback_options: tuple[str | None, str | None, int | None], no_cache: bool, as_given: bool,
    fmt: str | None, select: str | None, options: Options,
) -> History:
    """The history of the sources given (``annotate.history``, the sources of ``annotate history``)."""
    from annotate.cli.history import read_versions
    from annotate.history import history

    if git_path is not None:
        from annotate.versions import git_versions

        snapshots, skipped = git_versions(git_path, max_bytes=options.max_bytes)
        if not snapshots:
            raise InputError(f"{git_path}: no committed version can be read ({'; '.join(skipped)})")
        return history(snapshots, as_given=True, skipped=skipped, fmt=fmt, select=select, options=options)
    if wayback is not None:
        from annotate.fetch import Fetcher
        from annotate.web import Reading, wayback_versions

        since, until, limit = wayback_options
        with Fetcher(cache=not no_cache, max_bytes=options.max_bytes) as fetcher:
            versions, skipped = wayback_versions(wayback, fetcher, since=since, until=until, limit=limit,
                                                 reading=Reading(fmt, select, options.max_bytes, options.max_depth))
        return history(versions, as_given=True, skipped=skipped, options=options)
    return history(read_versions(files, no_cache, fmt, select, options), as_given=as_given, fmt=fmt, select=select,
                   options=options)
