"""Emacs Org's markup in a plain text: which passages are headings, and which lines a reader
never sees (export settings, a raw HTML line that is only tags).

Why a module of its own: an Org file (a blog kept in Org, a project's pages) is read as plain
text, its words as written; but its "*** Update on 2022-12-19" is a heading as "### …" is in
Markdown, its "#+KEYWORDS: …" line is a setting for the exporter, and "#+HTML: </div>" is
markup. The label reader, the log reader and the judge of cosmetic changes ask these questions
here, for a text that says it is Org ("#+TITLE: …" among its first lines). Reading it, its
keyword lines at the top are its front matter, and a heading is a passage of its own, as Org
writes a section's text on the line right under its heading.
"""

from __future__ import annotations

import re

from annotate.model import Document, Range
from annotate.read.frontmatter import FrontMatter, from_fields

_KEYWORD = re.compile(r"^#\+(?:TITLE|DATE|AUTHOR|OPTIONS|STARTUP|SETUPFILE|LANGUAGE|HTML_HEAD|KEYWORDS|DESCRIPTION)[ \t]*:", re.IGNORECASE | re.MULTILINE)
HEADING = re.compile(r"\*{1,8}[ \t]{1,4}([^\s*][^\n]{0,200})")
"""An Org heading: stars, a space and its title, one line."""
_SETTING = re.compile(
    r"#\+(?:KEYWORDS|DESCRIPTION|SUMMARY|OPTIONS|STARTUP|SETUPFILE|LANGUAGE|HTML_HEAD(?:_EXTRA)?|LATEX(?:_HEADER)?|EXPORT_[A-Z_]{1,30}|FILETAGS|PROPERTY|CREATOR|EMAIL"
    r"|HTML:[ \t]*(?:</?[A-Za-z][^<>\n]{0,200}>[ \t]*)+$)[ \t]*:?[^\n]*",
    re.IGNORECASE,
)
"""A line a reader never sees: an export setting ("#+OPTIONS: ^:{} num:nil", "#+KEYWORDS: …"),
or a raw HTML line of tags alone ("#+HTML: <div class="hint">")."""


def is_org(text: str) -> bool:
    """Whether ``text`` is written in Org: one of its first lines sets "#+TITLE:", "#+DATE:",
    "#+OPTIONS:" or another of Org's document keywords.

    >>> is_org("#+TITLE: Repos\\n#+DATE: 2025-08-27\\n\\n* Intro"), is_org("# Title\\n\\nText")
    (True, False)
    """
    return _KEYWORD.search(text, 0, 4000) is not None


def org_heading(doc: Document, k: int) -> bool:
    """Whether passage ``k`` of a text in Org is a heading: one line of stars and a title."""
    p = doc.passages[k]
    return doc.format == "text" and HEADING.fullmatch(doc.text, p.start, p.end) is not None and is_org(doc.text)


def unseen_line(doc: Document | None, r: Range | None) -> bool:
    """Whether ``r`` (a change's side) lies in a line of an Org text that a reader never sees
    (``_SETTING``): "Version 2.5.9," dropped from "#+KEYWORDS: GnuPG, Version 2.5.9, …".

    >>> from annotate.read import read_document
    >>> d = read_document("#+TITLE: T\\n#+KEYWORDS: a, b\\n\\nText.", fmt="text")
    >>> unseen_line(d, Range(26, 27, "b")), unseen_line(d, Range(29, 34, "Text."))
    (True, False)
    """
    if doc is None or r is None or doc.format != "text":
        return False
    lo = doc.text.rfind("\n", 0, r.start) + 1
    if not doc.text.startswith("#", lo):
        return False
    hi = doc.text.find("\n", lo)
    hi = len(doc.text) if hi < 0 else hi
    return r.end <= hi and _SETTING.fullmatch(doc.text, lo, hi) is not None and is_org(doc.text)


_HEADER = re.compile(r"\n{0,8}(?:#\+[A-Za-z_]{1,40}:[^\n]{0,2000}\n\n{0,4}){1,40}")
_HEADER_LINE = re.compile(r"^#\+([A-Za-z_]{1,40}):[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def org_meta(text: str) -> FrontMatter | None:
    """The keyword lines opening an Org text ("#+TITLE: …", "#+DATE: <2021-02-01 Mon>") as its
    front matter: its title and dates, the lines no passage of its text.

    >>> fm = org_meta("#+TITLE: Bridges\\n#+DATE: <2021-02-01 Mon>\\n\\n* Intro\\n")
    >>> fm.title, fm.date.value, fm.end
    ('Bridges', '2021-02-01', 43)
    """
    if not is_org(text) or (m := _HEADER.match(text)) is None:
        return None
    fields = {k.lower(): v.strip("<>[] ") if k.lower() == "date" else v for k, v in _HEADER_LINE.findall(m.group(0))}
    return from_fields(m.end(), fields)


def org_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each Org heading line a span of its own ("** Update <2021-03-03 Wed>\\nThe
    bridge …" is a heading and its text), for a text in Org; else ``spans``.

    >>> t = "#+TITLE: T\\n\\n** Update\\nIt reopened."
    >>> [t[s:e] for s, e in org_spans(t, [(0, 10), (12, len(t))])]
    ['#+TITLE: T', '** Update', 'It reopened.']
    """
    if not is_org(text):
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if text.find("\n", s, e) < 0:
            out.append((s, e))
            continue
        start = s
        for m in _HEADING_LINE.finditer(text, s, e):
            if m.start() > start:
                out.append((start, m.start() - 1))
            out.append((m.start(), m.end()))
            start = m.end() + 1
        if start < e:
            out.append((start, e))
    return out


_HEADING_LINE = re.compile(rf"^{HEADING.pattern}$", re.MULTILINE)
"""An Org heading's line inside a block (``HEADING``, anchored to its line)."""
