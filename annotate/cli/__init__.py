"""The ``annotate`` command: a thin click shell over the library.

Every command reads its inputs, calls the library once and renders the result.
Library errors become one line on stderr and a documented exit code:
0 ok, 1 differences found (only with ``--exit-code``), 2 usage, 3 input
rejected, 4 limit reached, 5 internal error. Never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

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
from annotate.errors import (
    EXIT_DIFFERENCES,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_LIMIT,
    AnnotateError,
)

F = TypeVar("F", bound=Callable[..., Any])


class _Group(click.Group):
    """A group that turns every error into one line and an exit code."""

    def main(
        self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
        standalone_mode: bool = True, **kwargs: Any,
    ) -> Any:
        """Click's ``main``, with its usage errors as one line too ("annotate: error: No such
        option '--bogus' (try 'annotate compare --help')", exit 2) instead of three."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **kwargs)
        try:
            rv = super().main(args, prog_name, complete_var, False, **kwargs)
        except click.UsageError as exc:
            hint = f" (try '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            _fail(exc.format_message() + hint, exc.exit_code)
        except click.ClickException as exc:
            _fail(exc.format_message(), exc.exit_code)
        except click.exceptions.Abort:
            _fail("interrupted", EXIT_INTERRUPTED)
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AnnotateError as exc:
            _fail(str(exc), exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (e.g. `| head`): nothing more to say.
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115
            sys.exit(0)
        except OSError as exc:
            # Not a bug: the disk is full, a device failed, stdout was closed...
            _fail(f"input/output error: {exc.strerror or exc}", EXIT_INPUT)
        except RecursionError:
            _fail("input nested too deeply to process (a limit of this tool; please report the input)", EXIT_LIMIT)
        except MemoryError:
            _fail("out of memory on this input (see --max-size)", EXIT_LIMIT)
        except Exception as exc:
            _fail(f"internal error (a bug, please report it): {type(exc).__name__}: {exc}", EXIT_INTERNAL)


def _fail(message: str, code: int) -> None:
    click.echo(f"annotate: error: {_one_line(message)}", err=True)
    sys.exit(code)


def _one_line(message: str) -> str:
    from annotate.render.text import visible

    return visible(" ".join(message.split()))


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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="annotate", prog_name="annotate")
def main() -> None:
    """Compare an article with its republished version: find every dated
    annotation the republisher added, and every change they did not disclose."""
    # A short-lived command builds one large acyclic result: the cyclic garbage
    # collector only costs time here (about 10% on a 5 MB pair).
    gc.disable()


@main.command("compare")
@click.argument("original", type=str)
@click.argument("revised", type=str)
@click.option("--format", "out_format", type=click.Choice(["text", "json", "html", "criticmarkup", "tei"]), default="text",
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
    from annotate.compare import compare
    from annotate.output import write_output

    if original == "-" and revised == "-":
        raise click.UsageError("only one input can be read from stdin")
    if view is not None and out_format != "html":
        raise click.UsageError("--view applies to --format html only")
    if full is not None and out_format != "text":
        raise click.UsageError("--full/--short apply to the text report only")
    options = compare_options(timeout, max_size, max_depth, jobs)
    result = compare(
        input_path(original), input_path(revised), fmt=fmt, select=select,
        original_date=original_date, revised_date=revised_date, options=options,
    )
    from annotate.output import shown

    result = shown(result, full_paths or out_format == "json")  # (JSON is data: the paths as given)
    if out_format == "json":
        from annotate.render.json import comparison_text

        data = comparison_text(result)
    elif out_format in ("html", "criticmarkup", "tei"):
        from annotate.cli.html import render_format

        data = render_format(result, out_format, view=view or "side", context=context)
    else:
        from annotate.render.text import render_text

        data = render_text(
            result, color=_color(color) and output in (None, "-"), width=_width(output), limit=_limit(full, output)
        )
    from annotate.cli.html import report_path, told

    target = report_path(output, out_format, revised)
    write_output(target, data, inputs=(original, revised))
    told(output, target)
    if exit_code and result.changes:
        sys.exit(EXIT_DIFFERENCES)


@main.command("notes")
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


@main.command("strip")
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


@main.command("text")
@click.argument("file", type=str)
@reading_options
def text_cmd(file: str, fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None) -> None:
    """Print the plain text annotate compares (all offsets refer to it)."""
    from annotate.output import write_output
    from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, read_document

    doc = read_document(input_path(file), fmt=fmt, select=select, max_bytes=max_size or DEFAULT_MAX_BYTES,
                        max_depth=max_depth or DEFAULT_MAX_DEPTH)
    write_output(None, doc.text if doc.text.endswith("\n") else doc.text + "\n")


from annotate.cli.batch import batch_cmd  # noqa: E402

main.add_command(batch_cmd)

from annotate.cli.tui import tui_cmd  # noqa: E402

main.add_command(tui_cmd)

from annotate.cli.html import html_cmd  # noqa: E402

main.add_command(html_cmd)

_FAST_EXIT = frozenset({"compare", "html"})
"""Commands that leave without tearing the interpreter down (see ``run``)."""


class _ClosedStream(io.TextIOBase):
    """Stands for a standard stream that was closed when annotate started (``>&-``):
    writing to it is an I/O error (a one-line error and exit 3), never a traceback."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


def _mend_closed_streams() -> None:
    """Python sets a standard stream that was closed at start-up (``>&-``, ``2>&-``) to
    ``None``: stdout becomes a stream whose writes fail cleanly, stderr a sink (errors
    are then lost, but the exit code still tells)."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:
        sys.stdout = _ClosedStream()


def run() -> None:
    """The ``annotate`` console script: ``main``, then, for ``compare`` and ``html``, a
    direct exit once the output is flushed. Freeing a large comparison's objects one by
    one at interpreter shutdown takes longer than the rest of a small run (about 15 ms
    on a 5 MB pair) and does nothing useful: those commands start no threads and
    register no exit handlers. Other commands (the TUI, batch pools) exit normally."""
    _mend_closed_streams()
    if sys.argv[1:2] and sys.argv[1] in _FAST_EXIT:
        try:
            main()
            code = 0
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:
                print(exc.code, file=sys.stderr)
                code = 1
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to write
                stream.flush()
        os._exit(code)
    main()

