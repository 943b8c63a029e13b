"""``annotate history``: a document's whole history from its versions (see ``docs/history.md``).

A thin click shell over ``annotate.history`` (``annotate.versions`` for ``--git``,
``annotate.web`` for URLs and ``--wayback``): read every version, compare neighbours once
each, render the history as text, JSON or an HTML timeline and write it atomically with
``annotate.output.write_output``. Nothing is fetched unless a URL or ``--wayback`` is given. Registered on the main group
by ``annotate.cli``, whose group turns library errors into one line and an exit code.
This module never imports ``annotate.cli`` (that would be a cycle).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import click

from annotate.cli.common import Seconds, compare_options, input_path, jobs_option, paths_option, reading_options
from annotate.errors import InputError

if TYPE_CHECKING:
    from annotate.compare import Options
    from annotate.history import HistorySource
    from annotate.history_model import History


@click.command("history")
@click.argument("sources", nargs=-1, type=str)
@click.option("--git", "git_path", type=str, default=None, metavar="PATH",
              help="Every committed version of the file PATH in its git repository (renames followed), dated by commit.")
@click.option("--wayback", "wayback", type=str, default=None, metavar="URL",
              help="The Wayback Machine's snapshots of URL (listed with its CDX API, fetched raw, cached).")
@click.option("--since", type=str, default=None, metavar="DATE",
              help="--wayback: snapshots from this date on (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", type=str, default=None, metavar="DATE",
              help="--wayback: snapshots up to this date (inclusive).")
@click.option("--limit", type=click.IntRange(1, 1000), default=None, metavar="N",
              help="--wayback: at most N snapshots, evenly spread (the first and the last kept).")
@click.option("--no-cache", is_flag=True,
              help="Fetch pages anew: neither read nor write the cache (~/.cache/annotate, or $XDG_CACHE_HOME).")
@click.option("--as-given", is_flag=True,
              help="Keep the versions in the order given (default: by their dates, else the files' modification times).")
@click.option("--format", "out_format", type=click.Choice(["text", "json", "html"]), default="text", show_default=True,
              help="Output format (json: the annotate.history contract of docs/json.md; html: a self-contained timeline).")
@click.option("--step-reports", is_flag=True,
              help="With --format html and -o FILE: also write each step's side-by-side report beside FILE "
                   "(FILE-STEM.v1-v2.html…), linked from the timeline.")
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
    sources: tuple[str, ...], git_path: str | None, wayback: str | None, since: str | None, until: str | None,
    limit: int | None, no_cache: bool, as_given: bool, step_reports: bool, out_format: str, output: str | None,
    full: bool | None, timeout: float | None, full_paths: bool, jobs: int | None,
    fmt: str | None, select: str | None, max_size: int | None, max_depth: int | None,
) -> None:
    """Trace every note of a document to the version that added it (and the one that removed it).

    SOURCE… are the versions (paths, or http:// and https:// addresses, fetched and cached),
    put in time order by their own dates (a byline, HTML metadata), else by file modification
    time, unless --as-given. With --git PATH, the versions are every commit of that file; with
    --wayback URL, the Wayback Machine's snapshots of the page. The report lists the versions,
    then removed notes and edits made after a note said the article was final ("stealth
    edits"), then every note with its origin version and date, then each step's silent edits.
    """
    from annotate.history import history
    from annotate.output import write_output

    check_sources(sources, git_path, wayback, (since, until, limit))
    if step_reports and (out_format != "html" or output in (None, "-")):
        raise click.UsageError("--step-reports needs --format html and -o FILE (the reports go beside it)")
    options = compare_options(timeout, max_size, max_depth, jobs)
    inputs: tuple[str, ...] = tuple(s for s in sources if not _is_url(s))
    if git_path is not None:
        from annotate.versions import git_versions

        snapshots, skipped = git_versions(git_path, max_bytes=options.max_bytes)
        if not snapshots:
            raise InputError(f"{git_path}: no committed version can be read ({'; '.join(skipped)})")
        result = history(snapshots, as_given=True, skipped=skipped, fmt=fmt, select=select, options=options)
        inputs = (git_path,)
    elif wayback is not None:
        from annotate.fetch import Fetcher
        from annotate.web import Reading, wayback_versions

        with Fetcher(cache=not no_cache, max_bytes=options.max_bytes) as fetcher:
            found, skipped = wayback_versions(wayback, fetcher, since=since, until=until, limit=limit,
                                              reading=Reading(fmt, select, options.max_bytes, options.max_depth))
        result = history(found, as_given=True, skipped=skipped, options=options)
    else:
        result = history(read_versions(sources, no_cache, fmt, select, options), as_given=as_given, fmt=fmt,
                         select=select, options=options)
    if out_format == "json":
        from annotate.render.history_json import render_history_json

        data = render_history_json(result)
    elif out_format == "html":
        from annotate.render.html.history import render_history_html

        names = _write_step_reports(result, output, full_paths, options, inputs) if step_reports and output else []
        data = render_history_html(result, full_paths=full_paths, step_reports=names)
    else:
        from annotate.render.history_text import render_history_text

        if full is None:
            full = output not in (None, "-") or not sys.stdout.isatty()
        data = render_history_text(result, limit=None if full else 160, full_paths=full_paths)
    write_output(output, data, inputs=inputs)


def _write_step_reports(
    result: History, output: str, full_paths: bool, options: Options, inputs: tuple[str, ...]
) -> list[str]:
    """Each step's side-by-side report written beside ``output``; their file names, in step order."""
    from annotate.compare import compare_documents
    from annotate.output import shown, write_output
    from annotate.render.html import render_html

    folder, base = os.path.split(output)
    stem = base[: -len(".html")] if base.lower().endswith(".html") else base
    names: list[str] = []
    for step in result.steps:
        a, b = result.versions[step.before].document, result.versions[step.after].document
        name = f"{stem}.v{step.before + 1}-v{step.after + 1}.html"
        page = render_html(shown(compare_documents(a, b, options), full_paths))
        write_output(os.path.join(folder, name), page, inputs=(*inputs, output))
        names.append(name)
    return names


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def check_sources(sources: tuple[str, ...], git_path: str | None, wayback: str | None,
                   wayback_options: tuple[str | None, str | None, int | None]) -> None:
    """Usage errors: exactly one kind of source, and the --wayback options only with it."""
    if sum(bool(x) for x in (sources, git_path is not None, wayback is not None)) > 1:
        raise click.UsageError("give one kind of source (version files or URLs, --git PATH, --wayback URL), not both")
    if git_path is None and wayback is None and not sources:
        raise click.UsageError("give the versions (two files or URLs or more), --git PATH or --wayback URL")
    if sources.count("-") > 1:
        raise click.UsageError("only one version can be read from stdin")
    if wayback is None and any(x is not None for x in wayback_options):
        raise click.UsageError("--since, --until and --limit apply to --wayback only")
    if wayback is not None and not _is_url(wayback):
        raise click.UsageError(f"--wayback needs an http:// or https:// address, not {wayback!r}")
    for value in wayback_options[:2]:
        if value is not None:
            from annotate.web import cdx_day

            try:
                cdx_day(value)
            except InputError as exc:
                raise click.UsageError(str(exc)) from None


def read_versions(sources: tuple[str, ...], no_cache: bool, fmt: str | None, select: str | None,
              options: Options) -> list[HistorySource]:
    """The versions named on the command line: paths are read by ``history``; addresses are
    fetched here (one at a time, cached), nothing else touches the network."""
    if not any(_is_url(s) for s in sources):
        return [input_path(s) for s in sources]
    from annotate.fetch import Fetcher
    from annotate.web import Reading, url_version

    reading = Reading(fmt, select, options.max_bytes, options.max_depth)
    with Fetcher(cache=not no_cache, max_bytes=options.max_bytes) as fetcher:
        return [url_version(s, fetcher, reading) if _is_url(s) else input_path(s) for s in sources]
