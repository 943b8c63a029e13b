"""Dates a box's markup carries rather than its text: a change directive's argument (".. deprecated::
2024-11"), a tag's ``title`` attribute ('<aside class="note" title="Toevoeging 18 april 2025">'), a
template tag's ``date`` attribute ('{% include update.html date="27/12/2020" … %}').

Why a module of its own: ``annotate.openings`` reads a box's kind as a note's label; these read
the date its markup gives the note, each from one kind of markup.
"""

from __future__ import annotations

import re

from annotate.dates import FoundDate, find_dates
from annotate.labeldates import date_in, datey
from annotate.labels import LABEL_WORD


def argument_date(text: str, start: int, limit: int) -> FoundDate | None:
    """The date a change directive's argument is, from ``start`` (after its "::") to its line's
    end, when it is nothing but a date (".. deprecated:: 2024-11"); none for a version
    (".. deprecated:: 3.2") or a version with its day (".. deprecated:: 3.2 (2019-10-14)": the
    release's, not the note's). An admonition's text after "::" is its body, never dated here."""
    end = text.find("\n", start, limit)
    end = limit if end < 0 else end
    found = find_dates(text, start, end)
    whole = text[start:end].strip(" \t()")
    return found[0] if len(found) == 1 and text[found[0].start : found[0].end] == whole else None


_TITLE_ATTR = re.compile(r"(?<![\w-])title=[\"']([^\"'<>\n]{1,80})[\"']")


def title_date(text: str, at: int, stop: int) -> FoundDate | None:
    """The date the title attribute of the tag around ``at`` (before ``stop``) gives, the title
    its label and date or its date alone (ReSpec's '<aside class="note" title="Toevoeging 18 april
    2025">'; not title="Before 1 January 2024", a deadline)."""
    tag_end = text.find(">", at, stop)
    if tag_end < 0 or (t := _TITLE_ATTR.search(text, text.rfind("<", 0, at), tag_end)) is None:
        return None
    start = t.start(1) + (word.end() if (word := LABEL_WORD.match(t.group(1))) is not None else 0)
    return date_in(text, start, t.end(1)) if datey(text, start, t.end(1)) else None


_DATE_ATTR = re.compile(r"(?<![\w-])(?:date|updated|update_date)[ \t]{0,2}=[ \t]{0,2}[\"']([^\"'<>\n]{4,40})[\"']")


def attribute_date(text: str, start: int, end: int) -> FoundDate | None:
    """The day a template tag's or component's ``date`` attribute in ``text[start:end]`` gives
    ('{% include update.html date="27/12/2020" message="…" %}', Kamarada's Jekyll site;
    '<Update date="2024-03-01">'), the attribute its date alone."""
    m = _DATE_ATTR.search(text, start, end)
    return date_in(text, m.start(1), m.end(1)) if m is not None and datey(text, m.start(1), m.end(1)) else None
