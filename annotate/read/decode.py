"""Bytes to text: decoding, newlines, and reading files and stdin within limits.

Why this exists: every reader starts here, whatever the format. Decoding: UTF-8 (with or
without BOM), UTF-16 or UTF-32 with BOM, UTF-16 without BOM when the bytes plainly are,
then a reported cp1252 fallback; binary data (NUL bytes or characters, or mostly
control characters) is refused. Newlines become ``\\n`` (CRLF, CR, U+2028; U+2029
becomes a paragraph break). Directories, FIFOs, devices and oversize files are refused
before they are read.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import unicodedata

from annotate.errors import InputError, LimitError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest input accepted by default (50 MiB); ``max_bytes`` (``--max-size``) changes it."""

def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """``(text, encoding, warnings)`` for ``data``; raises ``InputError`` for binary data.

    >>> decode("caf\u00e9".encode("utf-16"))[:2]
    ('caf\u00e9', 'utf-16')
    >>> decode(b"\\x93quoted\\x94")[1:]
    ('cp1252', ('not valid UTF-8: decoded as cp1252',))
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _text(_checked(data[3:], "utf-8", "UTF-8")), "utf-8-sig", ()
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _text(_checked(data, "utf-32", "UTF-32")), "utf-32", ()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _text(_checked(data, "utf-16", "UTF-16")), "utf-16", ()
    guess = _utf16_without_bom(data)
    if guess:
        return _text(_checked(data, guess, "UTF-16")), guess, ("no byte-order mark: read as " + guess.upper(),)
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes), not a text")
    try:
        return _text(data.decode("utf-8")), "utf-8", ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode: not UTF-8, UTF-16 or cp1252 (byte {exc.start})") from None
    if _looks_binary(text):
        raise InputError("binary data, not a text")
    return text, "cp1252", ("not valid UTF-8: decoded as cp1252",)


def _text(text: str) -> str:
    """``text`` unless it is plainly binary data that happened to decode."""
    if "\x00" in text:
        raise InputError("binary data (NUL characters), not a text")
    if _looks_binary(text):
        raise InputError("binary data (mostly control characters), not a text")
    return text


def _checked(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {name} at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when ``data`` plainly is UTF-16 without a byte-order mark: Latin
    text (every other byte NUL), or any script (Cyrillic, Greek, CJK) whose NULs — the high
    bytes of its ASCII spaces, digits and punctuation — all stand on one side, and which
    decodes to text (letters, digits, spaces, punctuation) in that byte order."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    # (two NULs at least: "\xc3\x9a\x00<" is "Ú", a stray NUL and "<" in UTF-8, not two UTF-16 characters)
    if odd.count(0) > max(1, 0.4 * len(odd)) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > max(1, 0.4 * len(even)) and odd.count(0) == 0:
        return "utf-16-be"
    nul_even, nul_odd = even.count(0), odd.count(0)
    if nul_even + nul_odd < max(4, len(sample) // 100):
        return None  # a stray NUL or two: not the spaces and punctuation of a UTF-16 text
    try:
        as_utf8 = sample.decode("utf-8")
    except UnicodeDecodeError:
        as_utf8 = None
    if as_utf8 is not None and sum(1 for ch in as_utf8 if ch < " " and ch not in "\x00\t\n\r") < len(as_utf8) // 10:
        return None  # UTF-8 text with some NULs (Cyrillic in UTF-16 reads as UTF-8 full of control bytes)
    # Any script: the NULs are the high bytes of ASCII spaces, digits and punctuation, so
    # they all stand on one side; binary data has them on both.
    if nul_odd >= 0.95 * (nul_even + nul_odd) and _text_score(sample, "utf-16-le") >= 0.9:
        return "utf-16-le"
    if nul_even >= 0.95 * (nul_even + nul_odd) and _text_score(sample, "utf-16-be") >= 0.9:
        return "utf-16-be"
    return None


def _text_score(sample: bytes, encoding: str) -> float:
    """Share of the characters of ``sample`` decoded as ``encoding`` that are letters,
    digits, spaces, punctuation or symbols (0 when it does not decode)."""
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return 0.0
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isalnum() or ch.isspace() or unicodedata.category(ch)[0] in "PS")
    return good / len(text)


_CONTROLS = [chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v\x1b"]


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(map(sample.count, _CONTROLS))
    return controls > max(8, len(sample) // 100)


_NEWLINES = re.compile(r"\r\n?|\u2028|\x85")


def normalise_newlines(text: str) -> str:
    """CRLF, CR, NEL and U+2028 become ``\\n``; U+2029 becomes a blank line."""
    if "\r" in text or "\u2028" in text or "\x85" in text:  # a plain search is far cheaper than a regex pass
        text = _NEWLINES.sub("\n", text)
    return text.replace("\u2029", "\n\n") if "\u2029" in text else text


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path`` (``-`` for stdin), refusing directories, FIFOs and oversize files."""
    if path == "-":
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except (OSError, ValueError, AttributeError) as exc:
            raise InputError(f"-: cannot read stdin ({exc})") from None
    else:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror or exc}") from None
        except ValueError:
            raise InputError(f"{path!r}: not a usable file name") from None
        _check_stat(path, st, max_bytes)
        try:
            # Non-blocking, so a file swapped for a FIFO after the check cannot hang the read.
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                         | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror or exc}") from None
        try:
            _check_stat(path, os.fstat(fd), max_bytes)
            with os.fdopen(fd, "rb", closefd=False) as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror or exc}") from None
        finally:
            os.close(fd)
    if len(data) > max_bytes:
        raise LimitError(f"{path}: input is over the {max_bytes}-byte limit (--max-size)")
    return data


def _decode(data: bytes, label: str) -> tuple[str, str, tuple[str, ...]]:
    try:
        return decode(data)
    except InputError as exc:
        raise InputError(f"{label}: {exc}") from None


def _check_stat(path: str, st: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file (a FIFO, device or socket is not read)")
    if st.st_size > max_bytes:
        raise LimitError(f"{path}: {st.st_size} bytes is over the {max_bytes}-byte limit (--max-size)")


def printable_name(name: str) -> str:
    """A file name fit for a report: undecodable bytes (``surrogateescape``) become ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


class InputPath(os.PathLike[str]):
    """A file named on the command line: always read as a path (``-``: stdin), never as
    literal text, like ``pathlib.Path`` but without the cost of importing pathlib.

    >>> os.fspath(InputPath("article.md"))
    'article.md'
    """

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path

    def __repr__(self) -> str:
        return f"InputPath({self.path!r})"


def load(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview, name: str | None, max_bytes: int
) -> tuple[str, str, str, tuple[str, ...]]:
    """``(text with newlines normalised, label, encoding, warnings)`` of a source."""
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    if isinstance(source, (bytes, bytearray, memoryview)):
        label = name or "<bytes>"
        text, encoding, warnings = _decode(bytes(source), label)
    elif isinstance(source, os.PathLike):
        label = name or printable_name(os.fspath(source))
        text, encoding, warnings = _decode(read_bytes(os.fspath(source), max_bytes), label)
    else:
        label = name or "<string>"
        text = source
    if len(text) > max_bytes:
        raise LimitError(f"{label}: input is over the {max_bytes}-byte limit (--max-size)")
    return normalise_newlines(text), label, encoding, warnings
