"""Write results safely: atomically, never over an input, ``-`` for stdout.

Output is UTF-8. Characters UTF-8 cannot hold (lone surrogates, only possible
from strings passed to the library) are written as ``\\udcxx`` escapes, never
as a crash half-way through a file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterable

from annotate.errors import OutputError
from annotate.model import Comparison, Document


def same_file(a: str, b: str) -> bool:
    """True when paths ``a`` and ``b`` name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.abspath(a) == os.path.abspath(b)


def encodable(data: str) -> str:
    """``data`` with lone surrogates replaced by ``\\udcxx`` escapes, so it encodes as UTF-8.

    >>> encodable("caf\\udce9")
    'caf\\\\udce9'
    """
    if data.isascii():
        return data
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        return data.encode("utf-8", "backslashreplace").decode("utf-8")
    return data


def _write_stdout(data: str) -> None:
    try:
        sys.stdout.write(data)
    except UnicodeEncodeError:
        # A terminal or pipe declared with a narrower encoding: annotate's output is UTF-8.
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(data.encode(sys.stdout.encoding or "ascii", "backslashreplace").decode(
                sys.stdout.encoding or "ascii"))
        else:
            sys.stdout.flush()
            buffer.write(data.encode("utf-8"))
    sys.stdout.flush()


def named(doc: Document, full: bool = False) -> Document:
    """``doc`` with its ``source`` shortened to the file name unless ``full``: a report
    shared with readers must not publish the editor's folders."""
    if full or doc.source in ("-", "") or doc.source.startswith("<"):
        return doc
    from dataclasses import replace

    return replace(doc, source=os.path.basename(doc.source) or doc.source)


def shown(c: Comparison, full: bool = False) -> Comparison:
    """``c`` with both documents named as a report should show them (see ``named``)."""
    if full:
        return c
    from dataclasses import replace

    return replace(c, original=named(c.original), revised=named(c.revised))


def report_beside(revised: str | None, suffix: str = ".annotate.html") -> str:
    """A new file name for a report next to the revised input (the current folder for
    stdin): ``NAME.annotate.html``, or ``NAME.annotate-2.html``… — never an existing file.

    >>> report_beside("-")
    'stdin.annotate.html'
    """
    folder, name = (".", "stdin") if revised in (None, "-") else os.path.split(revised)
    stem = os.path.splitext(name)[0] or "report"
    base, ext = os.path.splitext(suffix)
    for n in range(1, 1000):
        name = f"{stem}{base}{'' if n == 1 else f'-{n}'}{ext}"
        candidate = name if folder in ("", ".") else os.path.join(folder, name)
        if not os.path.lexists(candidate):
            return candidate
    raise OutputError("no free report name next to the revised input: choose one")


def _is_stdin_source(path: str) -> bool:
    """True when ``path`` is the regular file this process's stdin reads
    (``annotate compare a - -o b.txt < b.txt``)."""
    try:
        here, there = os.fstat(0), os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(here.st_mode) and (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _write_special(path: str, st: os.stat_result, data: str) -> None:
    """Write to a device or FIFO as it is (``/dev/null``, ``/dev/stdout``, a terminal, a
    pipe): never replaced by a regular file. A FIFO nobody reads is refused, not waited on."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    if stat.S_ISFIFO(st.st_mode):
        flags |= os.O_NONBLOCK
    if stat.S_ISSOCK(st.st_mode):
        raise OutputError(f"{path}: is a socket, not a file to write")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == 6:  # ENXIO: a FIFO with no reader
            raise OutputError(f"{path}: a FIFO with no reader; nothing written") from None
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        if stat.S_ISFIFO(st.st_mode):
            os.set_blocking(fd, True)
        view = memoryview(data.encode("utf-8"))
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    finally:
        os.close(fd)


def _mode_for(path: str) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)  # no other way to read it: set and restore at once
    os.umask(umask)
    return umask


_SLICE = 1 << 20
"""Characters encoded and written at a time."""


def write_output(path: str | None, data: str | Iterable[str], *, inputs: tuple[str, ...] = ()) -> None:
    """Write ``data`` (a text, or a text in pieces, which may be made as they are asked for) to
    ``path`` (``None`` or ``-``: stdout) atomically.

    Refuses to write over any of ``inputs``. A failed write leaves no partial file, and a
    failure while the pieces are made writes nothing to stdout.
    """
    pieces: Iterable[str] = [data] if isinstance(data, str) else data
    if path is None or path == "-":
        pieces = list(pieces)  # (all made before any is written)
        for piece in pieces:
            _write_stdout(encodable(piece))
        return
    if not path or "\x00" in path:
        raise OutputError(f"{path!r}: not a usable output path")
    for src in inputs:
        if src != "-" and same_file(path, src):
            raise OutputError(f"refusing to overwrite input file {path}")
        if src == "-" and _is_stdin_source(path):
            raise OutputError(f"refusing to overwrite {path}: it is what stdin reads")
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        _write_special(path, st, encodable("".join(pieces)))
        return
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise OutputError(f"{path}: is a directory")
    if not os.path.isdir(directory):
        raise OutputError(f"{path}: directory {directory} does not exist")
    try:
        import tempfile  # here: writing to stdout never needs it

        fd, tmp = tempfile.mkstemp(prefix=".annotate-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        # mkstemp makes the file private (0600); a report is meant to be shared, so give it
        # the mode a plain open() would: 0666 less the umask (or keep an existing file's mode).
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            # In slices: a large report is never held twice more as bytes (lone surrogates
            # written as escapes, as ``encodable`` does).
            for piece in pieces:
                for k in range(0, len(piece), _SLICE):
                    fh.write(piece[k : k + _SLICE].encode("utf-8", "backslashreplace"))
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
