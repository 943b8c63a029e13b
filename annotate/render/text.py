"""A readable report of a comparison, as a stream of typed tokens (Pygments style).

``report_tokens`` yields ``(token type, text)`` pairs; ``render_text`` joins them
(plain) or formats them with Pygments for a terminal (colour). Article text is
passed through ``visible`` first, so control characters and bidi overrides in
an input are shown as ``\\x1b``-style escapes, never sent to the terminal.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

from pygments.token import Comment, Generic, Keyword, Name, Number, Text, _TokenType

from annotate.labels import DISCLOSURE, LABEL_WORDS
from annotate.model import Annotation, Change, Comparison, DateInfo, Document, Notes
from annotate.render import in_front_matter
from annotate.segment import passage_index

_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff"
    r"\ud800-\udfff]"
)
"""Characters never sent raw: controls, bidi and other format controls (U+061C, U+200E/F,
U+202A–202E, U+2066–2069, U+206A–206F, U+FFF9–FFFB), zero-width characters (U+200B–200D,
U+2060, U+FEFF — invisible, so a change made of them is shown), non-characters and lone
surrogates."""
TokenStream = Iterator[tuple[_TokenType, str]]


def visible(text: str) -> str:
    """``text`` with control characters, bidi controls and lone surrogates made visible.

    >>> visible("a\\x1b[31mred\\u202e")
    'a\\\\x1b[31mred\\\\u202e'
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def _one_line(text: str) -> str:
    """``visible`` text that also keeps to one line (a file name may hold newlines)."""
    return visible(text).replace("\n", "\\n").replace("\t", "\\t")


def _date(d: DateInfo | None) -> str:
    return "no date" if d is None else f"{d.value} ({d.basis})"


def _doc_line(label: str, doc: Document, date: DateInfo | None) -> TokenStream:
    yield Generic.Heading, f"{label}: "
    yield Name.Label, _one_line(doc.source)
    if doc.title:
        yield Text, f" \u2014 {_one_line(doc.title)}"
    yield Number, f"  [{_date(date)}]"
    yield Text, "\n"
    for w in doc.warnings:
        yield Generic.Error, f"  warning: {visible(w)}\n"


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _quote(text: str, prefix: str, width: int, limit: int | None) -> str:
    """``text`` quoted under ``prefix``, wrapped at word boundaries to ``width`` columns,
    its paragraphs kept apart, cut with an ellipsis past ``limit`` characters (``None``:
    whole)."""
    flat = _PARAGRAPH_BREAK.sub("\n\n", text.strip())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1] + "\u2026"
    out: list[str] = []
    for k, para in enumerate(flat.split("\n\n")):
        if k:
            out.append(prefix.rstrip() + "\n")
        lines = textwrap.wrap(
            visible(" ".join(para.split())), width=max(20, width - len(prefix)),
            break_long_words=False, break_on_hyphens=False,
        ) or [""]
        out.extend(prefix + line + "\n" for line in lines)
    return "".join(out)


def _annotation(a: Annotation, width: int, limit: int | None, discloses: int = 0, front: bool = False) -> TokenStream:
    yield Keyword, f"annotation {a.id}"
    yield Text, f" ({a.kind}{', ' + visible(a.label) if a.label else ''}), "
    # (a note of the front matter's list of updates stands before the first paragraph)
    yield Text, "front matter" if front else f"paragraph{'s' if len(a.paragraphs) > 1 else ''} " + ", ".join(str(k + 1) for k in a.paragraphs)
    yield Number, f"  added {_date(a.date)}"
    if discloses:
        yield Comment, f"  discloses {discloses} change{'s' * (discloses != 1)}"
    yield Text, "\n"
    if a.date is not None and a.date.basis != "explicit":
        yield Generic.Subheading, _quote(f"evidence: {a.date.evidence}", "    ", width, 160)
    yield Generic.Inserted, _quote(a.text, "  + ", width, limit)


def _para(doc: Document, pos: int) -> int:
    """1-based number of the passage holding (or following) offset ``pos``."""
    return min(passage_index(doc.passages, pos), len(doc.passages) - 1) + 1 if doc.passages else 1


def _context(doc: Document, start: int, end: int, marked: str, reach: int = 60) -> str:
    """``marked`` set in ``reach`` characters of its passage on each side, on one line."""
    k = _para(doc, start) - 1
    p = doc.passages[k] if doc.passages else None
    lo = max(p.start if p else 0, start - reach)
    hi = min(p.end if p else len(doc.text), end + reach)
    # Whole words only at the cut ends.
    if p and lo > p.start and (cut := doc.text.find(" ", lo, start)) >= 0:
        lo = cut + 1
    if p and hi < p.end and (cut := doc.text.rfind(" ", end, hi)) >= 0:
        hi = cut
    before = ("\u2026" if p and lo > p.start else "") + doc.text[lo:start]
    after = doc.text[end:hi] + ("\u2026" if p and hi < p.end else "")
    return visible(" ".join(before.split(" ")).replace("\n", " ") + marked + after.replace("\n", " "))


def _change(
    c: Change, comparison: Comparison, annotations: dict[str, Annotation], width: int, limit: int | None
) -> TokenStream:
    if c.kind == "annotation" and c.annotation:
        discloses = sum(1 for ch in comparison.changes if c.annotation in ch.disclosed_by)
        note = annotations[c.annotation]
        yield from _annotation(note, width, limit, discloses, front=in_front_matter(comparison, note))
        return
    if c.kind == "frame":
        yield Generic.Subheading, "frame (new text around the reposted body)\n"
        if c.revised:
            yield Generic.Subheading, _quote(c.revised.text, "  ~ ", width, 200)
        return
    a, b = comparison.original, comparison.revised
    if c.silent:
        yield Generic.Error, "SILENT "
    yield Keyword, c.kind
    if c.disclosure is not None:
        by = ", ".join(c.disclosed_by)
        yield Comment, {"specific": f" (disclosed by {by})", "general": f" (covered by {by}: a general notice)",
                        "visible": " (shown in the text: struck through or marked)"}.get(c.disclosure, "")
    where = []
    if c.original:
        where.append(f"original \u00b6{_para(a, c.original.start)} [{c.original.start}:{c.original.end}]")
    if c.revised:
        where.append(f"revised \u00b6{_para(b, c.revised.start)} [{c.revised.start}:{c.revised.end}]")
    yield Text, "  " + " \u2192 ".join(where) + "\n"
    if c.kind == "move" and c.original and c.revised and " ".join(c.original.text.split()) == " ".join(c.revised.text.split()):
        yield Text, "  (moved unchanged)\n"
        yield Generic.Subheading, _quote(c.revised.text, "  ~ ", width, limit)
        return
    if c.original:
        yield Generic.Deleted, _quote(c.original.text, "  - ", width, limit)
    if c.revised:
        yield Generic.Inserted, _quote(c.revised.text, "  + ", width, limit)
    small = all(r is None or len(r.text) <= 200 for r in (c.original, c.revised))
    if c.kind != "move" and small:
        old = f"[-{c.original.text}-]" if c.original else ""
        new = f"{{+{c.revised.text}+}}" if c.revised else ""
        if c.revised:
            line = _context(b, c.revised.start, c.revised.end, old + new)
        else:
            assert c.original is not None
            line = _context(a, c.original.start, c.original.end, old)
        yield Comment, _quote(line, "    in: ", width, 10 * width)


def report_tokens(c: Comparison, *, width: int = 100, limit: int | None = 600) -> TokenStream:
    """The report for ``c`` as typed tokens, wrapped to ``width`` columns; quoted text is cut
    past ``limit`` characters (``None``: shown whole)."""
    yield from _doc_line("original", c.original, c.original_date)
    yield from _doc_line("revised ", c.revised, c.revised_date)
    s = c.summary
    # Each change counted once: silent moves are told among the moves, not also as silent edits.
    silent = s.silent_not_moves
    moves = f"{s.moves} move{'s' * (s.moves != 1)}" + (f" ({s.silent_moves} silent)" if s.silent_moves else "")
    yield Generic.Strong, (
        f"{s.annotations} annotation{'s' * (s.annotations != 1)}, {silent} silent edit{'s' * (silent != 1)}, "
        f"{s.additions} addition{'s' * (s.additions != 1)}, {s.deletions} deletion{'s' * (s.deletions != 1)}, "
        f"{s.edits} edit{'s' * (s.edits != 1)}, {moves}, {s.frames} framing\n"
    )
    for msg in c.limits:
        yield Generic.Error, f"limit reached: {visible(msg)}\n"
    for m in c.metadata_changes:
        was = "(new)" if m.original is None else _one_line(m.original)
        now = "(removed)" if m.revised is None else _one_line(m.revised)
        if m.silent:
            yield Generic.Error, "SILENT "
        yield (Generic.Error if m.silent else Comment), f"metadata {_one_line(m.key)}: {was} \u2192 {now}"
        yield Comment, (f"  (disclosed by {', '.join(m.disclosed_by)})\n" if m.disclosed_by else "\n")
    if not c.changes and not c.metadata_changes:
        yield Text, "\nNo differences.\n"
    by_id = {a.id: a for a in c.annotations}
    for ch in c.changes:
        yield Text, "\n"
        yield from _change(ch, c, by_id, width, limit)


def notes_tokens(n: Notes, *, width: int = 100, limit: int | None = 600) -> TokenStream:
    """The ``annotate notes`` report as typed tokens."""
    yield from _doc_line("document", n.document, n.date)
    if n.original_date is not None:
        yield Generic.Heading, "original: "
        yield Number, f"{_date(n.original_date)}\n"
    yield Generic.Strong, f"{len(n.annotations)} annotation{'s' * (len(n.annotations) != 1)}\n"
    for f in n.frames:
        yield Text, "\n"
        yield Generic.Subheading, "republication marker\n" if f.marker else "frame (new text around the reposted body)\n"
        yield Generic.Subheading, _quote(n.document.text[f.start : f.end], "  ~ ", width, 200)
    for a in n.annotations:
        yield Text, "\n"
        yield from _annotation(a, width, limit)


_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NOTE_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}(?:-\d{{2}})?\b|\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS} \d{{4}}\b|\b{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b"
)
_DISCLOSURE_WORDS = DISCLOSURE.pattern.removeprefix("(?:[*_]{1,3})?")
_NOTE_MARKER = re.compile(
    rf"(?<![^\W_]|['\u2019-])(?-i:(?=[A-Z]))(?:{LABEL_WORDS})(?![\w'\u2019-])|(?<![^\W_])(?:{_DISCLOSURE_WORDS})",
    re.IGNORECASE,
)
"""A note label or a disclosure sentence's opening (the one vocabulary of
``annotate.labels``), a label capitalised as labels are; emphasis around it is fine."""


_MD_SYNTAX = re.compile(
    r"\*\*|__|~~|`+|\[(?=[^\[\]\n]{1,200}\]\()|\]\((?:[^()\s]|\([^()\s]*\)){1,300}\)|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])"
    r"|(?m:^[ \t]{0,3}#{1,6}(?=[ \t]))|(?m:^[ \t]{0,3}>+)"
)
"""Markdown syntax in quoted text (``**``, `` ` ``, ``](url)``, a heading's ``#``, a quote's
``>``): coloured dim, so that a Markdown post reads as text; the characters stay."""


def note_tokens(ttype: _TokenType, text: str) -> TokenStream:
    """``text`` of type ``ttype`` with the dates (``Number``), note labels (``Keyword``) and
    Markdown syntax (``Comment``, dim) in it picked out.

    A small lexer for colour only: joining the values gives ``text`` back unchanged.

    >>> [(str(t), v) for t, v in note_tokens(Generic.Inserted, "(Update, 5 July 2017: fixed)")]
    [('Token.Generic.Inserted', '('), ('Token.Keyword', 'Update'), ('Token.Generic.Inserted', ', '), ('Token.Literal.Number', '5 July 2017'), ('Token.Generic.Inserted', ': fixed)')]
    """
    found = sorted(
        [(m.start(), m.end(), Number) for m in _NOTE_DATE.finditer(text)]
        + [(m.start(), m.end(), Keyword) for m in _NOTE_MARKER.finditer(text)]
        + [(m.start(), m.end(), Comment) for m in _MD_SYNTAX.finditer(text)]
    )
    pos = 0
    for start, end, kind in found:
        if start < pos:
            continue
        if start > pos:
            yield ttype, text[pos:start]
        yield kind, text[start:end]
        pos = end
    if pos < len(text):
        yield ttype, text[pos:]


def _highlighted(stream: TokenStream) -> TokenStream:
    for ttype, text in stream:
        if ttype in (Generic.Inserted, Generic.Subheading, Generic.Deleted):
            yield from note_tokens(ttype, text)
        else:
            yield ttype, text


def render_tokens(stream: TokenStream, *, color: bool) -> str:
    """Join a token stream: plain text, or ANSI colour through Pygments (dates and note labels picked out)."""
    if not color:
        return "".join(text for _, text in stream)
    from pygments import format as pygments_format
    from pygments.formatters import TerminalFormatter

    return str(pygments_format(list(_highlighted(stream)), TerminalFormatter()))


def render_text(c: Comparison, *, color: bool = False, width: int = 100, limit: int | None = 600) -> str:
    """The readable report for ``c``."""
    return render_tokens(report_tokens(c, width=width, limit=limit), color=color)
