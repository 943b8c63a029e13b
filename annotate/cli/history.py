"""``annotate history``: a document's whole history from its versions (see ``docs/history.md``).

A thin click shell over ``annotate.history`` (and ``annotate.versions`` for ``--git``):
read every version, compare neighbours once each, render the history as text or JSON and
write it atomically with ``annotate.output.write_output``. Registered on the main group
by ``annotate.cli``, whose group turns library errors into one line and an exit code.
This module never imports ``annotate.cli`` (that would be a cycle).
"""

from __future__ import annotations

import sys

import click

from annotate.cli.common import Seconds, compare_options, input_path, jobs_option, paths_option, reading_options
from annotate.errors import InputError


@click.command("history")
@click.argument("sources", nargs=-1, type=str)
@click.option("--git", "git_path", type=str, default=None, metavar="PATH",
              help="Every committed version of the file PATH in its git repository (renames followed), dated by commit.")
@click.option("--as-given", is_flag=True,
              help="Keep the versions in the order given (default: by their dates, else the files' modification times).")
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format (json: the annotate.history contract of docs/json.md).")
@click.option("-o", "--output", type=str, default=None, metavar="FILE",
              help="Write to this file (default stdout; - for stdout). Never over an input; written atomically.")
@click.option("--full/--short", "full", default=None,
              help="text: quote notes and changes whole, or cut (default: cut on a terminal, whole otherwise).")
@click.option("--timeout", type=Seconds(), default=None, metavar="SECONDS",
              help="Time limit for one passage diff (default 20; 0: none). A reached limit is reported.")
@paths_option
@jobs_option
@reading_options
def history_cmd(
    sources: tuple[str, ...], git_path: str | None, as_given: bool, out_format: str, output: str | None,
    full: bool | None, timeout: float | None, full_paths: bool, jobs: int | None,
    fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None,
) -> None:
    """Trace every note of a document to the version that added it (and the one that removed it).

    SOURCE… are the versions (paths), put in time order by their own dates (a byline, HTML
    metadata), else by file modification time, unless --as-given. With --git PATH, the
    versions are every commit of that file instead. The report lists the versions, then
    removed notes and edits made after a note said the article was final ("stealth edits"),
    then every note with its origin version and date, then each step's silent edits.
    """
    from annotate.history import history
    from annotate.output import write_output

    if git_path is not None and sources:
        raise click.UsageError("give version files, or --git PATH, not both")
    if git_path is None and not sources:
        raise click.UsageError("give the versions (two files or more), or --git PATH")
    if sources.count("-") > 1:
        raise click.UsageError("only one version can be read from stdin")
    options = compare_options(timeout, max_size, max_depth, jobs)
    if git_path is not None:
        from annotate.versions import git_versions

        snapshots, skipped = git_versions(git_path, max_bytes=options.max_bytes)
        if not snapshots:
            raise InputError(f"{git_path}: no committed version can be read ({'; '.join(skipped)})")
        result = history(snapshots, as_given=True, skipped=skipped, fmt=fmt, select=select, options=options)
        inputs: tuple[str, ...] = (git_path,)
    else:
        result = history([input_path(s) for s in sources], as_given=as_given, fmt=fmt, select=select, options=options)
        inputs = sources
    if out_format == "json":
        from annotate.render.history_json import render_history_json

        data = render_history_json(result)
    else:
        from annotate.render.history_text import render_history_text

        if full is None:
            full = output not in (None, "-") or not sys.stdout.isatty()
        data = render_history_text(result, limit=None if full else 160, full_paths=full_paths)
    write_output(output, data, inputs=inputs)
