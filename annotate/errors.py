"""The library's exception root, so callers can catch everything annotate raises.

``None`` means "not found"; an exception means the input is broken or a limit
was reached. Each error carries the exit code the CLI uses for it; the codes
are listed in ``docs/limits.md``:

====  =====================================================================
code  meaning
====  =====================================================================
0     success (with ``--exit-code``: and the versions do not differ)
1     the versions differ (only with ``--exit-code``, like ``diff``)
2     usage error (bad option or argument)
3     an input or output was rejected (``InputError``, ``OutputError``)
4     a limit was reached (``LimitError``): size, HTML depth, time
5     internal error (a bug: please report it)
6     a network fetch failed (``NetworkError``): unreachable, timed out, HTTP error
130   interrupted (Ctrl-C)
====  =====================================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_DIFFERENCES = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_LIMIT = 4
EXIT_INTERNAL = 5
EXIT_NETWORK = 6
EXIT_INTERRUPTED = 130


class AnnotateError(Exception):
    """Root of every error annotate raises on purpose."""

    exit_code = EXIT_INTERNAL


class InputError(AnnotateError):
    """An input cannot be read or is not a text (missing, binary, undecodable…)."""

    exit_code = EXIT_INPUT


class OutputError(AnnotateError):
    """The output cannot be written where asked (over an input, unwritable folder…)."""

    exit_code = EXIT_INPUT


class LimitError(AnnotateError):
    """An input exceeds a stated limit (size, nesting depth, time)."""

    exit_code = EXIT_LIMIT


class NetworkError(AnnotateError):
    """A page could not be fetched (unreachable host, timeout, HTTP error, too many redirects)."""

    exit_code = EXIT_NETWORK


def exit_status(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one-line message for ``exc``: the one error policy that the
    CLI, ``annotate batch`` and the TUI share.

    >>> exit_status(LimitError("input is 60 MiB, over the 50 MiB limit"))
    (4, 'input is 60 MiB, over the 50 MiB limit')
    >>> exit_status(FileNotFoundError(2, "No such file or directory"))
    (3, 'input/output error: No such file or directory')
    >>> exit_status(KeyError("x"))
    (5, "internal error (a bug, please report it): KeyError: 'x'")
    """
    if isinstance(exc, AnnotateError):
        return exc.exit_code, _one_line(str(exc))
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED, "interrupted"
    if isinstance(exc, OSError):
        # Not a bug: the disk is full, a device failed, stdout was closed...
        return EXIT_INPUT, _one_line(f"input/output error: {exc.strerror or exc}")
    if isinstance(exc, RecursionError):
        return EXIT_LIMIT, "input nested too deeply to process (a limit of this tool; please report the input)"
    if isinstance(exc, MemoryError):
        return EXIT_LIMIT, "out of memory on this input (see --max-size)"
    return EXIT_INTERNAL, _one_line(f"internal error (a bug, please report it): {type(exc).__name__}: {exc}")


def _one_line(message: str) -> str:
    return " ".join(message.split())
