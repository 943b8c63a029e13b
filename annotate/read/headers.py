"""Headers written as lines at the top of a text, not as fenced front matter.

Why this exists: many documents carry their metadata as plain lines rather than a YAML or
TOML block: an e-mail style header ("PEP: 9", "Created: 14-Aug-2001"), reStructuredText
fields, AsciiDoc attributes, a Markdown list of fields opening an RFC ("- Start Date: …"),
Pelican's "date: …" lines, or a header a few short lines under the title (a POD document's
"=head1 VERSION" block). Read as article text, their date bumps looked like silent edits and
the document's own dates were lost; here each shape is recognised and returned as
``FrontMatter`` so the reader treats it as metadata.
"""

from __future__ import annotations

import re
from typing import Any

from annotate.dates import find_dates, parse_iso
from annotate.model import DateInfo
from annotate.read.frontmatter import FrontMatter, from_fields

_HEADER_LINE = re.compile(r"(?::[A-Za-z][A-Za-z0-9 _-]{0,30}|[A-Z][A-Za-z0-9-]{0,30}(?: [A-Za-z][A-Za-z0-9-]{0,20})?):(?:[ \t]|$)")
"""A header line: "Created: 14-Aug-2001", "Last Modified: 24 Sep 2004" (a key of two words), or a
reStructuredText field (":Created: 2018-03-06")."""
HEADER_PUBLISHED = ("created", "date", "published", "posted", "sent")
HEADER_UPDATED = ("last-modified", "updated", "modified", "last-updated", "revised")
"""Header keys of a text's dates; a longer key with a part "date" or "updated" counts too
(AsciiDoc's ":page-post-date:", ":page-updated:")."""
_DATED_KEY = re.compile(r"\b(?:date|modified|updated|published|created|revised|posted)\b")
"""A key of two words must name a date ("Last Modified", "Start Date")."""
_REVISION_LINE = re.compile(r"v?\d[\w.-]{0,20},[ \t]|\d{4}-\d\d-\d\d")
"""An AsciiDoc revision line under the author line: "v2.9, 2019-10-01: …", or a date alone."""
_ASCIIDOC_TITLE = re.compile(r"=[ \t]{1,4}\S")
"""An AsciiDoc document title ("= Tightening security"), its attributes on the lines below."""
_ABLOG_POST = re.compile(r"\.\.[ \t]{1,4}post::[ \t]*\S[^\n]{0,40}$")
"""ABlog's directive opening a Sphinx blog post (".. post:: March 3, 2020"), its ":tags: …" options under it: the post's day."""
_ASCIIDOC_DIRECTIVES = ("ifdef::", "ifndef::", "ifeval::", "endif::", "include::", "//")
"""Lines an AsciiDoc header may hold among its attributes that set none of its dates: the
preprocessor's conditionals and includes, and comments."""


def header_block(text: str, start: int, end: int, indented: bool = False) -> FrontMatter | None:
    """An e-mail style header at the top of a plain text ("PEP: 9", "Title: …",
    "Created: 14-Aug-2001"; continuation lines indented): its dates and title, as front
    matter. At least three ``Key: value`` lines, and nothing else but continuations.

    >>> t = "PEP: 9\\nTitle: Sample\\nCreated: 14-Aug-2001\\nPost-History:\\n\\nBody."
    >>> h = header_block(t, 0, t.index("\\n\\n")); (h.title, h.date.value)
    ('Sample', '2001-08-14')
    """
    fields: dict[str, Any] = {}
    key = None
    line_start = text.rfind("\n", 0, start) + 1 if indented else start
    lines = text[line_start if text[line_start:start].isspace() else start : end].split("\n")
    if len(lines) > 4 and lines[0].strip().lower() == "<pre>" and lines[-1].strip().lower() == "</pre>":
        pad = len(lines[1]) - len(lines[1].lstrip(" "))  # preformatted, indented: "<pre>\n  BIP: 38\n  Created: …"
        lines = [line[pad:] if line[:pad].isspace() else line for line in lines[1:-1]]
    indent = lines[0][: len(lines[0]) - len(lines[0].lstrip(" \t"))]
    if indented and indent and all(line.startswith(indent) for line in lines):
        lines = [line[len(indent) :] for line in lines]  # indented as a block: "  Maintainer: …\n  Date: 2 Oct 2001"
    if _ABLOG_POST.match(lines[0]):
        fields["date"] = lines[0].partition("::")[2].strip()  # (ABlog's ".. post:: March 3, 2020" over its options)
        lines = [line.strip() for line in lines[1:]]
        if not all(line.startswith(":") for line in lines):
            return None
    if lines and _ASCIIDOC_TITLE.match(lines[0]) and (len(lines) > 3 or (len(lines) > 1 and lines[1].startswith(":"))):
        fields["title"] = lines.pop(0)[1:].strip()  # "= Title" over its ":page-post-date: …" attributes
        if not lines[0].startswith(":"):
            fields["author"] = lines.pop(0).strip()  # the author line ("Paul King")
            if lines and _REVISION_LINE.match(lines[0]):
                revision = lines.pop(0)  # the revision line ("v2.9, 2019-10-01: Fall incarnation")
                fields["revdate"] = revision.partition(",")[2].partition(":")[0].strip() if "," in revision else revision.strip()
    for line in lines:
        if "title" in fields and line.startswith(_ASCIIDOC_DIRECTIVES):
            continue  # ("ifdef::basebackend-docbook[:doctype: book]" among an AsciiDoc header's attributes)
        if _HEADER_LINE.match(line):
            key, _, value = line[1:].partition(":") if line.startswith(":") else line.partition(":")
            key = key.lower().replace(" ", "-")  # ("Last Modified" is "last-modified")
            if "-" in key and not _DATED_KEY.search(key) and " " in line.partition(":")[0]:
                return None  # "Cook time: 20 minutes": two words that name no date are prose
            fields[key] = value.strip()
        elif key is not None and line[:1] in (" ", "\t"):
            fields[key] = (fields[key] + " " + line.strip()).strip()
        else:
            return None
    # (fewer than three lines only as reST or AsciiDoc fields, ":date: 2021-02-10" under a
    # title, and dated: "Key: value" lines of plain text are prose as often)
    fielded = all(line.startswith(":") for line in lines if not line[:1].isspace()) or "title" in fields
    if len(fields) < (1 if fielded else 3):
        return None

    def dated(keys: tuple[str, ...], part: str) -> DateInfo | None:
        named = [k for k in keys if fields.get(k)] + [
            k for k in fields if k not in keys and fields[k] and part in re.split(r"[-_]", k)  # ":page-post-date:"
        ]
        return next((d for k in named if (d := _written_date(k, fields[k])) is not None), None)

    title = fields.get("title") or fields.get("subject")
    revised_on = _written_date("revdate", fields["revdate"]) if fields.get("revdate") else None
    # (AsciiDoc's ":revdate:" dates the revision at hand: the document's own date when no other
    # key gives one, its update date after any key named so, ":page-updated:")
    published = dated(HEADER_PUBLISHED, "date") or revised_on
    updated = dated(HEADER_UPDATED, "updated") or revised_on
    if len(fields) < 3 and published is None and updated is None:
        return None
    return FrontMatter(end, fields, title or None, published, updated, None)


_BULLET_FIELD = re.compile(r"[-*][ \t]{1,4}([A-Z][A-Za-z0-9 _#.-]{0,30}):[ \t]{0,4}([^\n]{0,300})")


def bullet_header(text: str, start: int, end: int) -> FrontMatter | None:
    """A Markdown document's header written as a list of fields opening it ("- Feature Name:
    const_fn", "- Start Date: 2015-02-25", "- RFC PR: …", as Rust's RFCs are): at least three
    ``Key: value`` items and nothing else, one of them dated.

    >>> t = "- Feature Name: const_fn\\n- Start Date: 2015-02-25\\n- RFC PR: #911\\n\\n# Summary"
    >>> bullet_header(t, 0, t.index("\\n\\n")).date.value
    '2015-02-25'
    """
    fields: dict[str, Any] = {}
    for line in text[start:end].split("\n"):
        m = _BULLET_FIELD.fullmatch(line.rstrip())
        if m is None:
            return None
        fields[m.group(1).lower()] = m.group(2).strip()
    if len(fields) < 3:
        return None
    date = next(
        (d for k, v in fields.items() if "date" in re.split(r"[-_ ]", k) and (d := _written_date(k, v)) is not None), None
    )
    return FrontMatter(end, fields, None, date, None, None) if date is not None else None


_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,30}):[ \t]+(\S[^\n]{0,300})")


def header_fields(text: str, spans: list[tuple[int, int]]) -> tuple[FrontMatter, int, int] | None:
    """A header written as one ``key: value`` line per paragraph near the top of a plain
    text ("authors: …", "date-created: 2014 January 22", "date-last-revised: …", under
    the title): its dates, as front matter, with the range of spans it fills. At least
    three such paragraphs in a row, starting among the first three, one of them dated.

    >>> t = "My Plan\\n-------\\n\\nauthors: A. B.\\n\\ndate-created: 2014 January 22\\n\\nstatus: Accepted\\n\\nBody."
    >>> from annotate.segment import paragraph_spans
    >>> h, lo, hi = header_fields(t, paragraph_spans(t)); (h.date.value, lo, hi)
    ('2014-01-22', 1, 4)
    """
    def field(k: int) -> tuple[str, str] | None:
        s, e = spans[k]
        m = _FIELD.fullmatch(text, s, e)
        return (m.group(1).lower().replace("_", "-"), m.group(2).strip()) if m else None

    for lo in range(min(3, len(spans))):
        hi = lo
        fields: dict[str, Any] = {}
        while hi < len(spans) and (kv := field(hi)) is not None:
            fields.setdefault(*kv)
            hi += 1
        if hi - lo < 3:
            continue

        def dated(kind: tuple[str, ...], fields: dict[str, Any] = fields) -> DateInfo | None:
            return next((
                d for k, v in fields.items()
                if (any(w in k for w in kind) or (kind is _CREATED and k == "date")) and (d := _written_date(k, v)) is not None
            ), None)

        published, updated = dated(_CREATED), dated(_REVISED)
        if published is None and updated is None:
            return None
        return FrontMatter(spans[hi - 1][1], fields, None, published, updated, None), lo, hi
    return None


def _written_date(key: str, value: str) -> DateInfo | None:
    """The first date written in a header field's ``value``, as the document's metadata (a
    timestamp too: "2023-07-17T23:24:56+00:00")."""
    if (stamp := parse_iso(value)) is not None and stamp.precision != "year":
        return DateInfo(stamp.value, stamp.precision, "metadata", f"{key}: {value}")
    found = find_dates(value)
    return DateInfo(found[0].value, found[0].precision, "metadata", f"{key}: {value}") if found else None


_CREATED = ("created", "published", "posted")
_REVISED = ("revised", "updated", "modified")


_META_LINE = re.compile(r"([A-Za-z][\w-]{0,30}):[ \t]+(\S[^\n]{0,500})")
"""A metadata line of Pelican or MultiMarkdown ("date: 2016-03-03 18:47")."""


def metadata_lines(text: str, start: int, end: int) -> FrontMatter | None:
    """Metadata opening a Markdown file without front matter fences, one ``key: value`` per
    line (Pelican, MultiMarkdown: "title: …\ndate: 2016-03-03 18:47\nmodified: …"): at least
    two lines, one of them its title or date, and nothing else in the paragraph."""
    fields: dict[str, str] = {}
    for line in text[start:end].split("\n"):
        if (m := _META_LINE.fullmatch(line.rstrip())) is None:
            return None
        fields[m.group(1).lower()] = m.group(2)
    if len(fields) < 2 or ("title" not in fields and "date" not in fields):
        return None
    meta = from_fields(end, fields)
    return meta if meta.date is not None or meta.updated is not None else None  # ("Date: Saturday, June 3\nTime: 7pm" is text)


def header_under_title(text: str, spans: list[tuple[int, int]]) -> tuple[FrontMatter, int] | None:
    """A dated header block in the second or third paragraph (under a title, and a reST
    target such as ``.. _NEP47:``), or further down under short lines only (a POD document's
    "=head1 TITLE", its title, "=head1 AUTHOR", the author, "=head1 VERSION", then the
    indented "Maintainer: …", "Date: 2 Oct 2001", "Last Modified: 24 Sep 2004"), with its index.

    >>> t = "=head1 TITLE\\n\\nA3\\n\\n=head1 VERSION\\n\\n  Date: 2 Oct 2001\\n  Last Modified: 24 Sep 2004\\n  Version: 2\\n\\nText."
    >>> from annotate.segment import paragraph_spans
    >>> meta, k = header_under_title(t, paragraph_spans(t)); (meta.date.value, meta.updated.value, k)
    ('2001-10-02', '2004-09-24', 3)
    """
    for k in range(1, min(len(spans) - 1, _HEADER_DEPTH + 1)):
        if k > 2 and any(e - s > _HEADER_ABOVE or text.count("\n", s, e) > 1 for s, e in spans[:k]):
            return None  # prose above it: a header block further down is part of the text
        meta = header_block(text, *spans[k], indented=_POD_HEAD.match(text, *spans[k - 1]) is not None)
        if meta is not None and (meta.date or meta.updated):
            return meta, k
    return None


_POD_HEAD = re.compile(r"=head[1-4][ \t]")
"""A POD heading ("=head1 VERSION"), over the indented block that is the document's header."""
_HEADER_DEPTH = 8
"""How many paragraphs down a header block is looked for."""
_HEADER_ABOVE = 100
"""Longest paragraph (characters, at most two lines) above a header deeper than the third:
a title, a heading, an author's name."""
