"""Write results safely: atomically, never over an input, ``-`` for stdout."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile

from annotate.errors import InputError


def same_file(a: str, b: str) -> bool:
    """True when paths ``a`` and ``b`` name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def write_output(path: str | None, data: str, *, inputs: tuple[str, ...] = ()) -> None:
    """Write ``data`` to ``path`` (``None`` or ``-``: stdout) atomically.

    Refuses to write over any of ``inputs``. A failed write leaves no partial file.
    """
    if path is None or path == "-":
        sys.stdout.write(data)
        sys.stdout.flush()
        return
    for src in inputs:
        if src != "-" and same_file(path, src):
            raise InputError(f"refusing to overwrite input file {path}")
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    if not os.path.isdir(directory):
        raise InputError(f"{path}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".annotate-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
