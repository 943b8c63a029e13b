"""Reading: bytes from a file, stdin or a string → a ``Document`` (text and passages).

The rooms: ``decode`` (bytes to text, files and stdin within limits), ``frontmatter``
(fenced YAML/TOML/JSON front matter), ``headers`` (metadata written as lines: e-mail style,
field lists, a header under the title), ``markdown`` (blocks and title),
``html`` (article extraction through lxml), ``dateline`` (the document's own dates).
This module picks the format — from the file extension unless given (``text``,
``markdown`` or ``html``), else guessed from the content — and puts the parts together.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from annotate.dates import iso_day, parse_iso
from annotate.errors import InputError
from annotate.model import DateInfo, Document
from annotate.read.dateline import dateline, foot_stamp
from annotate.read.decode import (
    DEFAULT_MAX_BYTES,
    InputPath,
    decode,
    load,
    normalise_newlines,
    printable_name,
    read_bytes,
)
from annotate.read.frontmatter import PUBLISHED_KEYS, UPDATED_KEYS, FrontMatter, field_items, front_matter, nikola
from annotate.read.headers import bullet_header, header_block, header_fields, header_under_title, metadata_lines
from annotate.read.markdown import markdown_blocks, markdown_title, parse, structure
from annotate.read.markdown_inline import inline_spans
from annotate.read.mdx_meta import mdx_export

if TYPE_CHECKING:
    from annotate.read.html import Page

from annotate.lines import line_paragraphs
from annotate.org import org_meta, org_spans
from annotate.segment import MAX_TINY_PASSAGES, check_passage_count, make_passages, paragraph_spans

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_DEPTH", "FORMATS", "InputPath", "dateline", "decode", "format_for",
    "normalise_newlines", "printable_name", "read_bytes", "read_document", "read_text", "sniff",
]

FORMATS = ("text", "markdown", "html")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    # (plain-text markups read as text, which knows their headings, comments and boxes: never
    # guessed as Markdown from the "**" and "- " they share with it)
    ".rst": "text", ".rest": "text", ".adoc": "text", ".asciidoc": "text", ".asc": "text", ".org": "text",
    ".mdx": "markdown", ".mkd": "markdown", ".mdown": "markdown", ".mkdn": "markdown",
}
DEFAULT_MAX_DEPTH = 256
"""Deepest HTML element nesting accepted (``<html>`` is depth 1); ``max_depth``
(``--max-depth``) lowers it. It is also the most lxml's parser reads without
``huge_tree``, which annotate never turns on (see ``annotate.read.html``)."""

Source = "str | os.PathLike[str] | bytes | Document"


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
    text, label, encoding, warnings = load(source, name, max_bytes)
    kind, guessed = sniff(label, text, fmt)
    if guessed:
        warnings = (*warnings, guessed)
    if kind == "html":
        page, meta = _html_page(text, select, label, max_depth)
        # Metadata first (front matter, meta tags, JSON-LD, <time>), then a dateline on the page.
        published, updated = dateline(page.text, page.spans)
        doc = Document(
            text=page.text, passages=make_passages(page.text, page.spans), source=label,
            format="html", title=(meta and meta.title) or page.title,
            date=(meta and meta.date) or page.date or published,
            updated=(meta and meta.updated) or page.updated or (updated if page.date is None else None), encoding=encoding,
            warnings=warnings + page.warnings + ((meta.warning,) if meta and meta.warning else ()),
            metadata=field_items(meta.fields) if meta else (), structure=page.structure, inline=page.inline,
        )
    else:
        if select is not None:
            raise InputError("--select only applies to HTML input")
        breaks = text.count("\n\n")
        if breaks > MAX_TINY_PASSAGES:  # refused before any span is made (memory)
            check_passage_count(breaks, len(text) - 2 * breaks, label)
        # (a reST post read as text may open with Nikola's ".. date: …" lines)
        # (and an AsciiDoc or reST post of a static site, Jekyll's or Hugo's, its YAML front matter: a mapping only)
        meta = (front_matter(text) or mdx_export(text)) if kind == "markdown" else (nikola(text) or org_meta(text) or _mapped(front_matter(text))) if kind == "text" else None
        body = meta.end if meta is not None else 0
        spans = [(s + body, e + body) for s, e in paragraph_spans(text[body:])] if body else paragraph_spans(text)
        if meta is None and kind == "markdown":
            if spans and (meta := bullet_header(text, *spans[0]) or metadata_lines(text, *spans[0])) is not None:
                spans = spans[1:]  # "- Start Date: 2015-02-25" opening an RFC, Pelican's "date: …": metadata
        elif meta is None and kind == "text":
            if spans and (meta := header_block(text, *spans[0])) is not None:
                spans = spans[1:]  # an e-mail style header: metadata, not article text
            elif (under := header_under_title(text, spans)) is not None:
                meta, k = under  # a dated header under the title (reST fields)
                spans = spans[:k] + spans[k + 1 :]
            elif (fielded := header_fields(text, spans)) is not None:
                meta, lo, hi = fielded  # a header of one "key: value" per paragraph, under the title
                spans = spans[:lo] + spans[hi:]
        if kind == "text":
            spans = org_spans(text, line_paragraphs(text, spans))  # (an Org heading over its text: a passage of its own)
        parsed = parse(text, body) if kind == "markdown" else None
        if parsed is not None:
            spans = markdown_blocks(text, spans, parsed)
        published, updated = dateline(text, spans)
        passages = make_passages(text, spans)
        kinds = structure(text, [(p.start, p.end) for p in passages], parsed) if parsed is not None else ()
        title = markdown_title(text, [(p.start, p.end) for p in passages], kinds) if parsed is not None else None
        if meta is not None:
            # The front matter is metadata, not article text: no passage covers it, and its
            # title and dates come before anything guessed from the body.
            title = meta.title or title
            if meta.date is not None and updated is not None and updated.value < meta.date.value:
                updated = None  # (a body's "Last updated" older than the front matter's date is stale)
            published, updated = meta.date or published, meta.updated or updated
            if meta.date is not None and updated is None and (stamp := foot_stamp(text, spans)) is not None and stamp.value >= meta.date.value:
                updated = stamp  # front matter's date, the page's "Last updated …" line (a later one)
            if meta.warning:
                warnings = (*warnings, meta.warning)
        doc = Document(
            text=text, passages=passages, source=label, format=kind,
            title=title, date=published, updated=updated, encoding=encoding, warnings=warnings,
            structure=kinds, inline=inline_spans(text, parsed) if parsed is not None else (),
            metadata=field_items(meta.fields) if meta is not None else (),
        )
    if doc.date is None and (named := _FILE_DATE.match(os.path.basename(label)) or _PATH_DATE.search(label) or _BUNDLE_DATE.search(label)) is not None:
        doc = replace(doc, date=_file_date(named))
    return _with_date(doc, date)


_FILE_DATE = re.compile(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)[-_.]")
"""A file named by its date, as Jekyll posts are (``2016-01-26-segwit-benefits.md``), or
compactly (``20230829_schedule-for-td-agent-4-eol.md``)."""
_PATH_DATE = re.compile(r"(?:^|[/\\])((?:19|20)\d\d)[/\\](\d{1,2})[/\\](\d{1,2})[/\\][^/\\]+$")
"""A file in folders named by its date (``2011/2/6/automatic-semicolon-insertion.rst``)."""
_BUNDLE_DATE = re.compile(r"(?:^|[/\\])((?:19|20)\d\d)-(\d\d)-(\d\d)[-_][^/\\]{1,200}[/\\]index(?:\.[a-z]{2}(?:[-_][A-Za-z]{2})?)?\.[A-Za-z]{1,10}$")
"""A post kept as a folder named by its date, its text the folder's index (Docusaurus' and Hugo's
page bundles: ``blog/2022-11-20-go-redis-kvrocks-opentelemetry/index.md``, a language's too: ``index.ru.md``)."""


def _file_date(m: re.Match[str]) -> DateInfo | None:
    value = iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return DateInfo(value, "day", "filename", m.string) if value is not None else None


_FRONT_KEYS = frozenset(["title", "layout", "author", "authors", "tags", "categories", "category", "draft", "slug", "permalink", "description",
                         "summary", "weight", "type", "aliases", "redirect_from", "keywords", "toc", "template", "lang", "series", *PUBLISHED_KEYS, *UPDATED_KEYS,
                         ]) - {"update", "edited", "revised", "withdrawn"}  # (label words: "Update: this article was revised …")
"""Keys a static site's front matter holds: a plain text's block between rules is front matter
only with one of them ("---\nUpdate: this article was revised …\n---" is a note, not metadata)."""


def _mapped(meta: FrontMatter | None) -> FrontMatter | None:
    """``meta`` when it parsed into fields a site's front matter holds (``_FRONT_KEYS``): a plain
    text opening with a rule around prose, or around a note, has none."""
    return meta if meta is not None and any(str(k).lower() in _FRONT_KEYS for k in meta.fields) else None


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
    text, label, _, _ = load(source, None, max_bytes)
    if sniff(label, text, fmt)[0] == "html":
        return _html_page(text, select, label, max_depth)[0].text
    return text


def _with_date(doc: Document, date: str | None) -> Document:
    if date is None:
        return doc
    found = parse_iso(date)
    if found is None or found.end != len(date) or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date.strip()):
        raise InputError(f"date {date!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return replace(doc, date=DateInfo(found.value, found.precision, "option", date))


