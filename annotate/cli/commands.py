"""The commands ``compare``, ``notes``, ``strip`` and ``text``: read, call the library once, render.

Why this exists: the group (``annotate.cli``) owns error handling and start-up; each
command here is a thin shell over one library call. Output formats come from the
registry in ``annotate.render``; ``annotate html`` (``annotate.cli.html``) is an alias
of ``compare --format html`` and shares ``compare_and_write``.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from annotate.cli.common import (
    CONTEXT,
    Seconds,
    compare_options,
    input_path,
    jobs_option,
    paths_option,
    reading_options,
)
from annotate.errors import EXIT_DIFFERENCES
from annotate.render import FORMATS


def _width(output: str | None) -> int:
    """Columns of the text report: the terminal's (or ``COLUMNS``) on stdout, else 100."""
    if output not in (None, "-"):
        return 100
    import shutil

    return max(40, min(200, shutil.get_terminal_size((100, 24)).columns))


def _limit(full: bool | None, output: str | None) -> int | None:
    """Characters of quoted text shown before an ellipsis: cut on a terminal, whole in a
    file or a pipe, unless ``--full``/``--short`` says."""
    if full is None:
        full = output not in (None, "-") or not sys.stdout.isatty()
    return None if full else 600


def _color(option: bool | None) -> bool:
    if option is not None:
        return option
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@click.command("compare")
@click.argument("original", type=str)
@click.argument("revised", type=str)
@click.option("--format", "out_format", type=click.Choice(list(FORMATS)), default="text",
              show_default=True, help="Output format (html: the report of 'annotate html').")
@click.option("--view", type=click.Choice(["side", "inline"]), default=None,
              help="html only: the view the page opens in (default side).")
@click.option("--full/--short", "full", default=None,
              help="text: show long notes and changes whole, or cut (default: cut on a terminal, whole otherwise).")
@paths_option
@click.option("--context", type=CONTEXT, default=None, metavar="N",
              help="html only: unchanged paragraphs shown around each change before the rest fold (default 2).")
@click.option("-o", "--output", type=str, default=None, help="Write to this file (default stdout; - for stdout).")
@click.option("--original-date", metavar="YYYY-MM-DD", default=None, help="The original's date, if known.")
@click.option("--revised-date", metavar="YYYY-MM-DD", default=None, help="The republication's date, if known.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal, unless NO_COLOR).")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the versions differ, like diff.")
@click.option("--timeout", type=Seconds(), default=None, metavar="SECONDS",
              help="Time limit for one passage diff (default 20; 0: none). A reached limit is reported.")
@jobs_option
@reading_options
def compare_cmd(
    original: str, revised: str, out_format: str, view: str | None, full: bool | None, full_paths: bool,
    context: int | None, output: str | None, original_date: str | None,
    revised_date: str | None, color: bool | None, exit_code: bool, timeout: float | None, jobs: int | None,
    fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None,
) -> None:
    """Compare ORIGINAL with its republished version REVISED (paths; - for stdin)."""
    if view is not None and out_format != "html":
        raise click.UsageError("--view applies to --format html only")
    if full is not None and out_format != "text":
        raise click.UsageError("--full/--short apply to the text report only")
    options: dict[str, object] = {}
    if out_format == "text":
        options = {"color": _color(color) and output in (None, "-"), "width": _width(output), "limit": _limit(full, output)}
    compare_and_write(
        original, revised, out_format, options, output=output, view=view, context=context, full_paths=full_paths,
        original_date=original_date, revised_date=revised_date, exit_code=exit_code, timeout=timeout, jobs=jobs,
        fmt=fmt, select=select, max_size=max_size, max_depth=max_depth,
    )


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector off while one comparison is built and rendered: the
    result is large and acyclic, so the collector only costs time there (about 10% on a
    5 MB pair). It is on again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compare_and_write(
    original: str, revised: str, out_format: str, options: dict[str, object], *, output: str | None,
    view: str | None, context: int | None, full_paths: bool, original_date: str | None, revised_date: str | None,
    exit_code: bool, timeout: float | None, jobs: int | None, fmt: str | None, select: str | None,
    max_size: int | None, max_depth: int | None,
) -> None:
    """Compare, render in ``out_format`` (``options`` for its renderer) and write: the body
    of ``annotate compare`` and of its alias ``annotate html``."""
    from annotate.cli.html import report_path, told
    from annotate.compare import compare
    from annotate.output import shown, write_output
    from annotate.render import render_parts

    if original == "-" and revised == "-":
        raise click.UsageError("only one input can be read from stdin")
    if out_format == "html":
        from annotate.render.html import DEFAULT_CONTEXT

        options = {"view": view or "side", "context": DEFAULT_CONTEXT if context is None else context}
    with _without_cyclic_gc():
        result = compare(
            input_path(original), input_path(revised), fmt=fmt, select=select,
            original_date=original_date, revised_date=revised_date,
            options=compare_options(timeout, max_size, max_depth, jobs),
        )
        # (JSON is data: the paths as given)
        data = render_parts(shown(result, full_paths or out_format == "json"), out_format, **options)
        target = report_path(output, out_format, revised)
        write_output(target, data, inputs=(original, revised))  # (the HTML page is made as it is written)
    told(output, target)
    if exit_code and result.changes:
        sys.exit(EXIT_DIFFERENCES)


@click.command("notes")
@click.argument("revised", type=str)
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=str, default=None, help="Write to this file (default stdout).")
@click.option("--revised-date", metavar="YYYY-MM-DD", default=None, help="The republication's date, if known.")
@click.option("--color/--no-color", default=None, help="Colour the report.")
@click.option("--full/--short", "full", default=None,
              help="text: show long notes whole, or cut (default: cut on a terminal, whole otherwise).")
@paths_option
@reading_options
def notes_cmd(
    revised: str, out_format: str, output: str | None, revised_date: str | None, color: bool | None, full: bool | None,
    full_paths: bool,
    fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None,
) -> None:
    """List the annotations (and their dates) of a republished version read alone."""
    from annotate.notes import find_annotations
    from annotate.output import write_output
    from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, read_document

    doc = read_document(input_path(revised), fmt=fmt, select=select, date=revised_date,
                        max_bytes=max_size or DEFAULT_MAX_BYTES, max_depth=max_depth or DEFAULT_MAX_DEPTH)
    from annotate.output import named

    notes = find_annotations(named(doc, full_paths))
    if out_format == "json":
        from annotate.render.json import dumps, notes_json

        data = dumps(notes_json(notes))
    else:
        from annotate.render.text import notes_tokens, render_tokens

        data = render_tokens(
            notes_tokens(notes, width=_width(output), limit=_limit(full, output)), color=_color(color) and output in (None, "-")
        )
    write_output(output, data, inputs=(revised,))


@click.command("strip")
@click.argument("revised", type=str)
@click.option("-o", "--output", type=str, default=None, help="Write to this file (default stdout).")
@reading_options
def strip_cmd(
    revised: str, output: str | None, fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None,
) -> None:
    """Print the original rebuilt from a republished version (notes and framing removed)."""
    from annotate.notes import strip_annotations
    from annotate.output import write_output
    from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, read_document

    doc = read_document(input_path(revised), fmt=fmt, select=select, max_bytes=max_size or DEFAULT_MAX_BYTES,
                        max_depth=max_depth or DEFAULT_MAX_DEPTH)
    write_output(output, strip_annotations(doc), inputs=(revised,))


@click.command("text")
@click.argument("file", type=str)
@reading_options
def text_cmd(file: str, fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None) -> None:
    """Print the plain text annotate compares (all offsets refer to it)."""
    from annotate.output import write_output
    from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, read_document

    doc = read_document(input_path(file), fmt=fmt, select=select, max_bytes=max_size or DEFAULT_MAX_BYTES,
                        max_depth=max_depth or DEFAULT_MAX_DEPTH)
    write_output(None, doc.text if doc.text.endswith("\n") else doc.text + "\n")
