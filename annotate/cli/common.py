"""Pieces the ``compare`` and ``html`` commands share: their input options, the way a
command-line argument names a file, and the library ``Options`` built from the values.

Its own module so that ``annotate.cli`` and ``annotate.cli.html`` (which must not import
``annotate.cli``: a cycle) both use one definition.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from annotate.compare import Options

F = TypeVar("F", bound=Callable[..., Any])


MAX_SIZE = click.IntRange(1, 1 << 40)
"""``--max-size``: bytes, up to 1 TiB (past that no machine here could hold the input anyway)."""
CONTEXT = click.IntRange(0, 100_000)
"""``--context``: unchanged paragraphs shown around a change."""


class Seconds(click.FloatRange):
    """A time limit in seconds: finite, from 0 to a week (``nan``/``inf``/``1e300`` are usage errors)."""

    name = "seconds"

    def __init__(self) -> None:
        super().__init__(min=0, max=7 * 24 * 3600)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import math

        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number of seconds.", param, ctx)
        return number


def worker_range() -> click.IntRange:
    """``--jobs``: from 1 to 4 per core (more only waits on the same cores)."""
    return click.IntRange(1, 4 * (os.cpu_count() or 1))


def reading_options(f: F) -> F:
    """``--from``, ``--select``, ``--max-size`` and ``--max-depth``."""
    f = click.option("--from", "fmt", type=click.Choice(["text", "markdown", "html"]), default=None,
                     help="Input format (default: from the file extension).")(f)
    f = click.option("--select", metavar="XPATH", default=None,
                     help="HTML only: XPath of the element holding the article body.")(f)
    f = click.option("--max-size", type=MAX_SIZE, default=None, metavar="BYTES",
                     help="Largest input accepted (default 50 MiB).")(f)
    f = click.option("--max-depth", type=click.IntRange(1, 256), default=None, metavar="N",
                     help="HTML only: deepest element nesting accepted (default and most: 256).")(f)
    return f


def jobs_option(f: F) -> F:
    """``-j/--jobs``: processes for one comparison."""
    return click.option(
        "-j", "--jobs", type=worker_range(), default=None, metavar="N",
        help="Processes for one large comparison (default: 2 when the machine has 2 cores; the result is the same).",
    )(f)


def compare_options(timeout: float | None, max_size: int | None, max_depth: int | None, jobs: int | None) -> Options:
    """The library's ``Options`` from command-line values (``None``: the default)."""
    from annotate.compare import Options
    from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH

    base = Options()
    return Options(
        diff_timeout=base.diff_timeout if timeout is None else timeout,
        max_bytes=max_size or DEFAULT_MAX_BYTES,
        max_depth=max_depth or DEFAULT_MAX_DEPTH,
        workers=min(2, os.cpu_count() or 1) if jobs is None else jobs,
    )


def input_path(arg: str) -> os.PathLike[str]:
    """Command-line inputs are always paths (``-`` is stdin), never literal text."""
    from annotate.read import InputPath

    return InputPath(arg)


def paths_option(f: F) -> F:
    """``--full-paths``: reports name the inputs by file name unless asked."""
    return click.option(
        "--full-paths", is_flag=True,
        help="Name the inputs in the report by the paths given (default: file names only, so a shared "
             "report does not publish your folders).",
    )(f)

