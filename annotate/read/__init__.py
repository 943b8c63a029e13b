"""Turn bytes from a file, stdin or a string into a ``Document``.

Decoding: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, UTF-16 without
BOM when the bytes plainly are, then a reported cp1252 fallback; binary data
(NUL bytes or characters, or mostly control characters) is refused.
Newlines become ``\\n`` (CRLF, CR, U+2028; U+2029 becomes a paragraph break).
The format comes from the file extension unless given: ``text``, ``markdown``
or ``html`` (read through lxml, see ``annotate.read.html``).
"""

from __future__ import annotations

import os
import re
import stat
import sys
import unicodedata
from typing import TYPE_CHECKING

from annotate.dates import find_dates, parse_iso
from annotate.errors import InputError, LimitError
from annotate.labels import DISCLOSURE, NOTE_LINE
from annotate.model import DateInfo, Document
from annotate.read.frontmatter import FrontMatter, front_matter, header_block

if TYPE_CHECKING:
    from annotate.read.html import Page

from annotate.segment import MAX_TINY_PASSAGES, check_passage_count, line_paragraphs, make_passages, paragraph_spans

FORMATS = ("text", "markdown", "html")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest input accepted by default (50 MiB); ``max_bytes`` (``--max-size``) changes it."""
DEFAULT_MAX_DEPTH = 256
"""Deepest HTML element nesting accepted (``<html>`` is depth 1); ``max_depth``
(``--max-depth``) lowers it. It is also the most lxml's parser reads without
``huge_tree``, which annotate never turns on (see ``annotate.read.html``)."""

Source = "str | os.PathLike[str] | bytes | Document"


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
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
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


def format_for(name: str, fmt: str | None) -> str:
    """The format to read ``name`` as: ``fmt`` when given, else from its extension."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r} (choose text, markdown or html)")
        return fmt
    return _EXTENSIONS.get(os.path.splitext(name)[1].lower(), "text")


_HTML_START = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_MD_SIGNS = re.compile(
    r"^(?:#{1,6}[ \t]+\S|```|~~~|[ ]{0,3}[-*+][ \t]+\S|>[ \t]?\S)|\]\([^)\s]{1,300}\)|^\[[^\]\n]{1,100}\]:[ \t]*\S|\*\*\S[^*\n]{0,200}\*\*",
    re.M,
)


def sniff(name: str, text: str, fmt: str | None) -> tuple[str, str | None]:
    """``(format, notice)``: ``format_for`` when ``fmt`` is given or the extension is
    known; for stdin and unknown extensions, a guess from the content (``<!DOCTYPE html``
    or ``<html`` → HTML; front matter or several Markdown constructs → Markdown) with a
    one-line notice saying so.

    >>> sniff("-", "<!DOCTYPE html><p>Hi</p>", None)
    ('html', '-: read as HTML (guessed from its content; --from chooses)')
    >>> sniff("notes", "Plain words.", None)[0], sniff("a.txt", "<html>", None)[0]
    ('text', 'text')
    """
    ext = os.path.splitext(name)[1].lower()
    if fmt is not None or ext in _EXTENSIONS or name.startswith("<"):
        return format_for(name, fmt), None
    head = text[:20_000]
    if _HTML_START.match(head):
        return "html", f"{name}: read as HTML (guessed from its content; --from chooses)"
    if front_matter(head) is not None or len(_MD_SIGNS.findall(head)) >= 3:
        return "markdown", f"{name}: read as Markdown (guessed from its content; --from chooses)"
    return "text", None


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


def read_document(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | Document,
    *,
    fmt: str | None = None,
    select: str | None = None,
    date: str | None = None,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Document:
    """Read ``source`` into a ``Document``.

    ``source`` is a ``Document`` (returned as is, with ``date`` applied), a path
    (``os.PathLike`` only — ``pathlib.Path``, ``InputPath``; ``Path("-")`` reads stdin),
    ``bytes`` (decoded) or any other ``str`` (the text itself).
    ``date`` (ISO) overrides the document's own date. ``max_bytes`` and
    ``max_depth`` (HTML nesting) are limits: past them ``LimitError`` is raised.

    >>> doc = read_document("First paragraph.\\n\\nSecond\\none.")
    >>> [doc.passage_text(p) for p in doc.passages]
    ['First paragraph.', 'Second\\none.']
    """
    if isinstance(source, Document):
        return _with_date(source, date)
    text, label, encoding, warnings = _load(source, name, max_bytes)
    kind, guessed = sniff(label, text, fmt)
    if guessed:
        warnings = (*warnings, guessed)
    if kind == "html":
        page, meta = _html_page(text, select, label, max_depth)
        doc = Document(
            text=page.text, passages=make_passages(page.text, page.spans), source=label,
            format="html", title=(meta and meta.title) or page.title, date=(meta and meta.date) or page.date,
            updated=(meta and meta.updated) or page.updated, encoding=encoding,
            warnings=warnings + page.warnings + ((meta.warning,) if meta and meta.warning else ()),
        )
    else:
        if select is not None:
            raise InputError("--select only applies to HTML input")
        breaks = text.count("\n\n")
        if breaks > MAX_TINY_PASSAGES:  # refused before any span is made (memory)
            check_passage_count(breaks, len(text) - 2 * breaks, label)
        meta = front_matter(text) if kind == "markdown" else None
        body = meta.end if meta is not None else 0
        spans = [(s + body, e + body) for s, e in paragraph_spans(text[body:])] if body else paragraph_spans(text)
        if kind == "text" and spans and (meta := header_block(text, *spans[0])) is not None:
            spans = spans[1:]  # an e-mail style header: metadata, not article text
        if kind == "text":
            spans = line_paragraphs(text, spans)
        if kind == "markdown":
            spans = markdown_blocks(text, spans)
        title = _markdown_title(text, spans) if kind == "markdown" else None
        published, updated = dateline(text, spans)
        if meta is not None:
            # The front matter is metadata, not article text: no passage covers it, and its
            # title and dates come before anything guessed from the body.
            title = meta.title or title
            published, updated = meta.date or published, meta.updated or updated
            if meta.warning:
                warnings = (*warnings, meta.warning)
        doc = Document(
            text=text, passages=make_passages(text, spans), source=label, format=kind,
            title=title, date=published, updated=updated, encoding=encoding, warnings=warnings,
        )
    return _with_date(doc, date)


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


def _load(
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


def _html_page(text: str, select: str | None, label: str, max_depth: int) -> tuple[Page, FrontMatter | None]:
    """The extracted page of HTML ``text`` and its front matter: an HTML post of a static
    site (Jekyll, Hugo) may open with front matter, which is metadata, not page."""
    from annotate.read.html import extract

    meta = front_matter(text)
    page = extract(text[meta.end :] if meta else text, select=select, source_label=label, max_depth=max_depth)
    return page, meta


def read_text(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | Document,
    *,
    fmt: str | None = None,
    select: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> str:
    """``read_document(source, ...).text`` without the passages, dates and title: for
    plain text and Markdown only the decoding, several times cheaper on a long text.

    >>> read_text("One.\\r\\nTwo.")
    'One.\\nTwo.'
    """
    if isinstance(source, Document):
        return source.text
    text, label, _, _ = _load(source, None, max_bytes)
    if sniff(label, text, fmt)[0] == "html":
        return _html_page(text, select, label, max_depth)[0].text
    return text


def _with_date(doc: Document, date: str | None) -> Document:
    if date is None:
        return doc
    found = parse_iso(date)
    if found is None or found.end != len(date) or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date.strip()):
        raise InputError(f"date {date!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    from dataclasses import replace

    return replace(doc, date=DateInfo(found.value, found.precision, "option", date))


_MD_BLOCK_START = re.compile(r"\n(?=[ ]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]))")
_MD_FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~)", re.MULTILINE)


def markdown_blocks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Markdown blocks: blank-line paragraphs, split before headings and list items, with
    fenced code blocks kept whole even across blank lines.

    >>> t = "# Title\\nIntro line.\\n\\n- one\\n- two\\n\\n```\\ncode\\n\\nmore\\n```"
    >>> [t[s:e] for s, e in markdown_blocks(t, paragraph_spans(t))]
    ['# Title', 'Intro line.', '- one', '- two', '```\\ncode\\n\\nmore\\n```']
    """
    merged: list[tuple[int, int]] = []
    open_fence = False
    for s, e in spans:
        if open_fence:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
        if len(_MD_FENCE.findall(text, s, e)) % 2:
            open_fence = not open_fence
    out: list[tuple[int, int]] = []
    for s, e in merged:
        if _MD_FENCE.match(text, s):
            out.append((s, e))
            continue
        pos = s
        for m in _MD_BLOCK_START.finditer(text, s, e):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, e))
    # A heading line followed by text in the same paragraph is its own block too.
    final: list[tuple[int, int]] = []
    for s, e in out:
        nl = text.find("\n", s, e)
        if nl > 0 and re.match(r"[ ]{0,3}#{1,6}[ \t]", text[s:nl]):
            final.extend([(s, nl), (nl + 1, e)])
        else:
            final.append((s, e))
    return [(s, e) for s, e in final if text[s:e].strip()]


def _markdown_title(text: str, spans: list[tuple[int, int]]) -> str | None:
    for s, e in spans[:3]:
        m = re.match(r"#{1,2}\s+(.+)", text[s:e])
        if m:
            return m.group(1).strip()
    return None


_DATELINE_CUE = re.compile(r"^\W{0,3}by\s|published|posted|dated|updated|\u2014|--| - |\|", re.IGNORECASE)
_DATE_ONLY_WORDS = frozenset(
    ["on", "at", "am", "pm", "gmt", "bst", "utc", "est", "edt", "pst", "cet", "cest", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_MARKER_CUE = re.compile(r"first published|originally published|first appeared", re.IGNORECASE)
"""A line that opens an annotation ("Update (5 July 2017): …"), which is not a dateline."""


_UPDATED_CUE = re.compile(r"\b(?:updated|modified|revised|last edited)\b[^0-9a-z]{0,12}(?:on\s+)?$", re.IGNORECASE)


def _only_a_date(line: str, start: int, end: int) -> bool:
    """True for a line that is a date and nothing else ("Tuesday 5 July 2016, 10:00 GMT", "LONDON, July 5, 2016")."""
    rest = re.findall(r"[^\W\d_]+", line[:start] + " " + line[end:])
    return len(rest) <= 4 and all(w.lower() in _DATE_ONLY_WORDS or w.isupper() for w in rest)


def dateline(text: str, spans: list[tuple[int, int]]) -> tuple[DateInfo | None, DateInfo | None]:
    """``(published, updated)`` from a short line near the top.

    >>> dateline(t := "By A. Writer — 13 July 2021, updated 15 July 2021", [(0, len(t))])[1].value
    '2021-07-15'
    """
    for s, e in spans[:4]:
        line_end = text.find("\n", s, e)
        first = text[s : e if line_end < 0 else line_end]
        if len(first) > 160 or _MARKER_CUE.search(first) or NOTE_LINE.match(first) or DISCLOSURE.match(first):
            continue
        found = find_dates(first)
        if found and (_DATELINE_CUE.search(first) or _only_a_date(first, found[0].start, found[0].end)):
            evidence = first.strip()
            published: DateInfo | None = None
            updated: DateInfo | None = None
            for f in found:
                info = DateInfo(f.value, f.precision, "dateline", evidence)
                if _UPDATED_CUE.search(first, max(0, f.start - 30), f.start):
                    updated = updated or info
                else:
                    published = published or info
            return (published or updated), (updated if published else None)
    return None, None
