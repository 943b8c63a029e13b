"""The ``annotate tui`` command: open the Textual review app (imported lazily, only here).

The files are read before the app starts, so a missing or unreadable file is a
one-line message and an exit code, never a traceback or a half-drawn screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotate.errors import AnnotateError


def _fail(message: str, code: int) -> None:
    from annotate.render.text import visible

    click.echo(f"annotate: error: {visible(' '.join(message.split()))}", err=True)
    sys.exit(code)


@click.command("tui")
@click.argument("files", nargs=-1, required=True, metavar="[ORIGINAL] REVISED")
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
    files: tuple[str, ...], original_date: str | None, revised_date: str | None, inline: bool | None, fold: bool,
    theme: str | None, export_path: str | None, timeout: float | None, fmt: str | None, select: str | None,
    max_size: int | None,
) -> None:
    """Review REVISED against ORIGINAL in the terminal (or REVISED alone: its annotations).

    Two aligned columns (or an inline view), the annotations with their dates,
    silent edits and moves marked; n/p next/previous change, a annotation,
    s silent edit, / search, i inline, f fold, e HTML report, ? help, q quit.
    """
    if len(files) > 2:
        raise click.UsageError("give ORIGINAL REVISED, or REVISED alone")
    if "-" in files:
        raise click.UsageError("the TUI reads files, not stdin (the terminal is its input)")
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
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
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
