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
