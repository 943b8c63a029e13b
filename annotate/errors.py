"""The library's exception root, so callers can catch everything annotate raises.

``None`` means "not found"; an exception means the input is broken or a limit
was reached. Each error carries the exit code the CLI uses for it.
"""

from __future__ import annotations


class AnnotateError(Exception):
    """Root of every error annotate raises on purpose."""

    exit_code = 5


class InputError(AnnotateError):
    """An input cannot be read or is not a text (missing, binary, undecodable…)."""

    exit_code = 3


class LimitError(AnnotateError):
    """An input exceeds a stated limit (size, nesting depth, time)."""

    exit_code = 4
