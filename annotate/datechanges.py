"""A page's own dates moving on: a dateline's or a "last updated" stamp's date, a copyright
line's years, is no edit of content; a date in the text is.

Why a module of its own: ``annotate.cosmetic`` sets aside changes nobody would call an edit;
telling a page's own date (its byline, its stamp, where a link points) from a date its text
states ("the board will meet on 4 December" → "30 January": an edit a fact-checker wants)
takes a reading of where the date stands, kept here.
"""

from __future__ import annotations

import re

from annotate.addresses import in_address
from annotate.dates import find_dates, find_yearless
from annotate.model import Change, Document, Range
from annotate.months import CLOCK, MONTHS, STAMP_WORDS, WEEKDAY
from annotate.read.dateline import at_page_edge, is_dateline, is_stamp, updated_at
from annotate.sections import inner_heading
from annotate.segment import passage_index

_DATE_WORDS = re.compile(rf"(?:\W|\b(?:{STAMP_WORDS}|utc|gmt|bst|cest|cet|[ecmp][sd]t|{WEEKDAY}|\d{{1,2}}[:.h]\d\d)\b)*", re.IGNORECASE)


_DATES_ONLY_MAX = 400
"""Longest side of a change that ``_dates_only`` reads: a byline's dates and times are far shorter."""


def dates_only(c: Change) -> bool:
    """True when both sides of ``c`` hold nothing but dates, times and the words of a dateline."""
    found = False
    for r in (c.original, c.revised):
        if r is None:
            continue
        text = r.text
        if len(text) > _DATES_ONLY_MAX:
            return False
        if is_stamp(text, 0, len(text)):
            found = True  # ("This page was last reviewed on 7 January 2026" added: the page's date)
            continue
        dates = find_dates(text)
        if not dates:
            if text.strip():
                return False
            continue
        found = True
        for d in reversed(dates):
            text = text[: d.start] + " " + text[d.end :]
        if not _DATE_WORDS.fullmatch(text.replace("_", " ")):  # (in emphasis too: "_Last edited: 15 March 2021_")
            return False
    return found


def in_stamp(doc: Document | None, r: Range | None) -> bool:
    """Whether ``r`` lies in a page's dateline or stamp (a short passage among its first or last
    that ``is_dateline`` or ``is_stamp`` reads; a byline replaced whole, "Posted 5 July 2016" →
    "Posted 18 August 2017") or in a link's address: a date in the text ("meet on 4 December" →
    "30 January"), a table's or a list's, is content."""
    if doc is None or r is None or in_address(doc, r):
        return True  # (or a date in a link's address: "…/demography/2023-03-31/…", where a link points)
    k = passage_index(doc.passages, r.start)
    if k >= len(doc.passages) or not at_page_edge(k, len(doc.passages)) or inner_heading(doc, r):
        return False
    p = doc.passages[k]
    line = doc.text[p.start : p.end]
    head, at = doc.text[p.start : r.end], r.start - p.start + len(r.text) - len(r.text.lstrip("*_ "))
    if updated_at(head, at) or ((day := find_dates(doc.text, r.start, r.end)) and updated_at(head, day[0].start - p.start)):
        return True  # ("It was last updated on **May 26, 2021**." closing an opening paragraph; "Last edited: 15 March 2021" added)
    whole = (p.start, p.end) == (r.start, r.end) and (not doc.structure or doc.structure[k].kind == "paragraph")
    # a stamp, or a dateline whose date here is no publication's ("Posted on: …", the page's own date)
    return (whole or p.end - p.start <= 160) and (is_stamp(doc.text, p.start, p.end) or (is_dateline(line) and _published(doc, r) is None))


def _published(doc: Document, r: Range) -> str | None:
    """The publication date (ISO) a dateline gives where ``r`` lies: a date of the line no update
    word stands before ("Posted on: Thu 04 December 2025 by pmc", "13 December 2019"), else ``None``."""
    k = passage_index(doc.passages, r.start)
    if k >= len(doc.passages) or not at_page_edge(k, len(doc.passages)):
        return None
    p = doc.passages[k]
    line = doc.text[p.start : p.end]
    if p.end - p.start > 160 or not is_dateline(line) or is_stamp(doc.text, p.start, p.end):
        return None
    at, to = r.start - p.start, r.end - p.start
    return next((d.value for d in find_dates(line) if d.start < to and at < d.end and not updated_at(line, d.start) and not _stamp_line(line, d.start)), None)


def _stamp_line(line: str, at: int) -> bool:
    """Whether the line of ``line`` holding offset ``at`` is a stamp of its own ("Güncelleme: 12.03.2021 14:37" under "Published: …")."""
    lo, hi = line.rfind("\n", 0, at) + 1, line.find("\n", at)
    return is_stamp(line, lo, len(line) if hi < 0 else hi)


def publication_moved_on(c: Change, a: Document | None, b: Document | None) -> bool:
    """Whether ``c`` moves a dateline's publication date on ("Posted on: 4 December 2025" → "30
    January 2026"): beside a new note, the page republished with it (the front matter's date
    is judged so too, ``annotate.metadata``)."""
    if a is None or b is None:
        return False
    if c.kind in ("addition", "deletion"):  # (a byline replaced whole: "Posted 5 July 2016" → "Posted 18 August 2017")
        doc, r = (b, c.revised) if c.revised is not None else (a, c.original)
        return r is not None and _published(doc, r) is not None and a.date is not None and b.date is not None and b.date.value > a.date.value
    if c.kind != "edit" or c.original is None or c.revised is None:
        return False
    was, now = _published(a, c.original), _published(b, c.revised)
    return was is not None and now is not None and now > was


_WORDS = re.compile(r"\w+")
_STAMP_WORD = re.compile(
    rf"\d+|{WEEKDAY}|am|pm|{'|'.join(MONTHS)}|utc|gmt|bst|cet|cest|eet|eest|[ecmp][sd]t|ist|jst|aest|aedt", re.IGNORECASE
)
"""A word of a date stamp: digits, a weekday or month name, am/pm, a time zone."""


def _in_dateline_date(doc: Document, start: int, end: int) -> bool:
    """True when ``[start, end)`` lies inside a date of a dateline passage of ``doc``, or is
    nothing but date and time words of it ("Mon, 12" → "Tue, 13", "18:48:07" → "13:51:00"
    in "This notice last updated: Tue, 13 Aug 2013 13:51:00 UTC"); never a figure of the line
    that is no date's or time's ("Donations stand at £12,400 as of 3 March 2021")."""
    if end - start > 60:
        return False  # (a date, and its time, are shorter: most edits are not read further)
    k = passage_index(doc.passages, start)
    if k >= len(doc.passages) or not at_page_edge(k, len(doc.passages)):
        return False  # (a document's dateline stands at its top or its foot; "## 15/09/2022" over a log's entry is the entry's)
    p = doc.passages[k]
    if not (p.start <= start and end <= p.end) or p.end - p.start > 160:
        return False  # (``is_dateline`` takes no longer line either)
    line = doc.text[p.start : p.end]
    if not is_dateline(line):
        return False
    dates = [d for d in find_dates(line) if updated_at(line, d.start)]  # (a publication's date moved is an edit: "Posted on: …")
    if all(_STAMP_WORD.fullmatch(w) for w in _WORDS.findall(doc.text[start:end])):  # (its figures a date's or a time's)
        held = [(d.start, d.end) for d in dates] + [m.span() for m in CLOCK.finditer(line)]
        return all(any(s0 <= i < e0 for s0, e0 in held) for i in range(start - p.start, end - p.start) if line[i].isdigit())
    return any(d.start <= start - p.start and end - p.start <= d.end for d in dates)


def dateline_date(a: Document, b: Document, c: Change) -> bool:
    """True for an edit of a byline's date alone ("updated 7 March" → "updated 8 March"): the
    word diff keeps only the digits that changed, which are no date by themselves."""
    return (c.kind == "edit" and c.original is not None and c.revised is not None
            and _in_dateline_date(a, c.original.start, c.original.end) and _in_dateline_date(b, c.revised.start, c.revised.end))


DATES_NOTE = re.compile(r"\b(?:dates?|dated|rescheduled|postponed|brought\s+forward)\b", re.IGNORECASE)
"""What a note reporting a change says was changed when it is a date ("gave the wrong date for
the budget vote", "the event was rescheduled")."""


_YEAR_NOTE = re.compile(r"\b(?:dates?|dated|years?)\b", re.IGNORECASE)
"""What a note reporting a change says was changed when it is a year."""
_YEAR = re.compile(r"(?:1[5-9]|20|21)\d\d")
"""A year as a text writes it alone."""


def text_date(text: str, r: Range | None) -> str | None:
    """The date (ISO) written in ``text`` that ``r`` lies inside ("12" of "12 April 2021"), or ``None``."""
    if r is None or r.end - r.start > 40 or not (any(ch.isdigit() for ch in r.text) or r.text.strip()[:3].lower() in MONTHS):
        return None  # (a cheap test first: most edits hold no figure nor month)
    lo, hi = max(0, r.start - 40), min(len(text), r.end + 40)
    return next((d.value for d in find_dates(text[lo:hi]) if lo + d.start <= r.start and r.end <= lo + d.end), None)


def date_disclosers(c: Change, original: str, revised: str, notes: list[str], reporting: list[int]) -> list[int]:
    """The notes (indices) that disclose ``c``, an edit inside a date of the text: a reporting
    note saying a date changed ("gave the wrong date for the vote", "postponed"), or any note
    writing the old or the new day ("… on 11 March 2020, not 12 March")."""
    if c.kind != "edit" or c.original is None or c.revised is None:
        return []
    if _YEAR.fullmatch(c.original.text.strip()) and _YEAR.fullmatch(c.revised.text.strip()):
        # a year changed ("built in 1968" → "1962"): a reporting note saying a year or a date was wrong
        return [n for n in reporting if _YEAR_NOTE.search(notes[n])]
    if (old := text_date(original, c.original)) is None or (new := text_date(revised, c.revised)) is None:
        return []
    days = {old, new, old[5:], new[5:]}  # (a day written without its year: "not 12 March")
    return [n for n, note in enumerate(notes) if (n in reporting and DATES_NOTE.search(note)) or any(
        d.value in days or d.value.replace("XXXX-", "") in days for d in find_dates(note) + find_yearless(note)
    )]


_COPYRIGHT = re.compile(r"[ \t*_>#-]{0,6}(?:©|&copy;|\(c\)|copyright\b)[^\n]{0,200}", re.IGNORECASE)  # ("© 2001–10 Mark Pilgrim")


def copyright_years(c: Change, a: Document, b: Document) -> bool:
    """Whether ``c`` changes only a number in a copyright line among a page's last passages, or adds a year to it."""
    def line_of(doc: Document, r: Range | None) -> bool:
        if r is None or not r.text.strip(" -\u2013\u2014,").isdigit():
            return False
        k = passage_index(doc.passages, r.start)
        if k >= len(doc.passages) or k < len(doc.passages) - 3:
            return False
        p = doc.passages[k]
        lo, hi = doc.text.rfind("\n", p.start, r.start) + 1 or p.start, doc.text.find("\n", r.end, p.end)
        return _COPYRIGHT.fullmatch(doc.text, lo, p.end if hi < 0 else hi) is not None
    return (c.kind == "addition" or line_of(a, c.original)) and line_of(b, c.revised)
