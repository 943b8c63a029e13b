"""The ``annotate`` command: a thin click shell over the library.

Every command reads its inputs, calls the library once and renders the result.
Library errors become one line on stderr and a documented exit code:
0 ok, 1 differences found (only with ``--exit-code``), 2 usage, 3 input
rejected, 4 limit reached, 5 internal error. Never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
from collections.abc import Sequence
from typing import Any

import click

from annotate.errors import EXIT_INTERRUPTED, exit_status


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
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # The reader went away (e.g. `| head`): nothing more to say.
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115
            sys.exit(0)
        except (Exception, KeyboardInterrupt) as exc:
            code, message = exit_status(exc)  # the one error policy (annotate.errors)
            _fail(message, code)


def _fail(message: str, code: int) -> None:
    click.echo(f"annotate: error: {_one_line(message)}", err=True)
    sys.exit(code)


def _one_line(message: str) -> str:
    from annotate.render.text import visible

    return visible(" ".join(message.split()))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="annotate", prog_name="annotate")
def main() -> None:
    """Compare an article with its republished version: find every dated
    annotation the republisher added, and every change they did not disclose."""


from annotate.cli.commands import compare_cmd, notes_cmd, strip_cmd, text_cmd  # noqa: E402

for _command in (compare_cmd, notes_cmd, strip_cmd, text_cmd):
    main.add_command(_command)

from annotate.cli.batch import batch_cmd  # noqa: E402

main.add_command(batch_cmd)

from annotate.cli.tui import tui_cmd  # noqa: E402

main.add_command(tui_cmd)

from annotate.cli.html import html_cmd  # noqa: E402

main.add_command(html_cmd)

from annotate.cli.history import history_cmd  # noqa: E402

main.add_command(history_cmd)

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
    from annotate import _interrupted_at_start

    if signal.getsignal(signal.SIGINT) is _interrupted_at_start:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # (loaded: interrupts are errors.py's again)
    _mend_closed_streams()
    if sys.argv[1:2] and sys.argv[1] in _FAST_EXIT:
        try:
            main(prog_name="annotate")
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
    main(prog_name="annotate")

