"""``annotate html``: write the self-contained HTML report (see ``docs/html.md``).

A thin click shell: read both files, call ``annotate.compare`` once, render with
``annotate.render.html`` and write atomically with ``annotate.output.write_output``
(never over an input; ``-o -`` or no ``-o`` for stdout). Registered on the main
group by ``annotate.cli``, whose group turns library errors into exit codes.
This module never imports ``annotate.cli`` (that would be a cycle).
"""

from __future__ import annotations

import sys

import click

from annotate.cli.common import (
    CONTEXT,
    Seconds,
    jobs_option,
    paths_option,
    reading_options,
)
from annotate.render import FORMATS as ALL_FORMATS

FORMATS = tuple(name for name, f in ALL_FORMATS.items() if f.document)
"""The ``--format`` values of ``annotate html``: the formats that are documents for a file."""


def report_path(output: str | None, out_format: str, revised: str) -> str | None:
    """Where an HTML report goes when no ``-o`` was given: on a terminal (36 KB of markup
    is no use there), a new file next to the revised input, ``NAME.annotate.html`` (or
    ``NAME.annotate-2.html``… never over an existing file); elsewhere stdout."""
    if output is not None or out_format != "html" or not sys.stdout.isatty():
        return output
    from annotate.output import report_beside

    return report_beside(revised)


def told(path: str | None, default: str | None) -> None:
    """Say where a report chosen by ``report_path`` went."""
    if default is not None and path is None:
        click.echo(f"annotate: report written to {default} (-o FILE to choose, -o - for stdout)", err=True)


@click.command("html")
@click.argument("original", type=str)
@click.argument("revised", type=str)
@click.option("-o", "--output", type=str, default=None, metavar="FILE",
              help="Write the report here (- for stdout; default: stdout, or on a terminal a new NAME.annotate.html "
                   "next to the revised input). Never over an input; written atomically.")
@click.option("--view", type=click.Choice(["side", "inline"]), default="side", show_default=True,
              help="The view the page opens in (the page can switch).")
@click.option("--context", type=CONTEXT, default=None, metavar="N",
              help="Unchanged paragraphs shown around each change before the rest fold (default 2).")
@click.option("--format", "out_format", type=click.Choice(FORMATS), default="html", show_default=True,
              help="html, or the same comparison as CriticMarkup or TEI.")
@click.option("--original-date", metavar="YYYY-MM-DD", default=None, help="The original's date, if known.")
@click.option("--revised-date", metavar="YYYY-MM-DD", default=None, help="The republication's date, if known.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the versions differ, like diff.")
@click.option("--timeout", type=Seconds(), default=None, metavar="SECONDS",
              help="Time limit for one passage diff (default 20; 0: none). A reached limit is reported.")
@reading_options
@jobs_option
@paths_option
def html_cmd(
    original: str, revised: str, output: str | None, view: str, context: int | None, out_format: str,
    original_date: str | None, revised_date: str | None, exit_code: bool, timeout: float | None, full_paths: bool,
    fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None, jobs: int | None,
) -> None:
    """Write the HTML report comparing ORIGINAL with its republished version REVISED (paths; - for stdin)."""
    from annotate.cli.commands import compare_and_write

    compare_and_write(
        original, revised, out_format, {}, output=output, view=view, context=context, full_paths=full_paths,
        original_date=original_date, revised_date=revised_date, exit_code=exit_code, timeout=timeout, jobs=jobs,
        fmt=fmt, select=select, max_size=max_size, max_depth=max_depth,
    )
