"""The day of a revision, read from what it put in, when the document says none of its own.

Why a module of its own: a page that gives no date of its own still tells when it changed, by
what the revision put in — an entry added to the front matter's log of updates
(``frontlog``), an update stamp or a dated entry of the page's own history put in the text, or,
inferred, the day another new note writes — and its original tells its version's day by its
log's last entry. ``annotate.compare`` asks these in turn; each day is never before the
original's.
"""

from __future__ import annotations

import re

from annotate.candidate import Candidate
from annotate.dates import FoundDate
from annotate.labels import CHANGE_STEMS, SECTION_TITLE, UPDATE_LABEL
from annotate.logs import log_entry
from annotate.model import DateInfo, Document


def newest_entry(notes: list[Candidate], doc: Document, original: DateInfo | None = None) -> DateInfo | None:
    """The day of the newest of the front matter log's new entries (``new_log_notes``): the
    revision's date when the document gives no other ("updates:\n  - date: 2026-04-19" on a
    post of that day, its "Updated at 11:38 AM ET" and "Update: …" undated). Never an entry
    before the ``original``'s day (an old entry reworded, or one filled in late)."""
    newest = _newest([c for c in notes if c.label_date is not None and _not_before(c.label_date, original)])
    if newest is None:
        return None
    entry = " ".join(doc.text[newest.start : newest.end].split())
    return DateInfo(newest.value, newest.precision, "metadata", entry[:200] or newest.value)


_STAMP_LABELS = frozenset(["updated", "last updated", "edited", "last edited"])
"""A note's label that says the page was updated on its day ("(updated Oct 5, 2024. …)")."""
_DAY_ALONE = re.compile(r"[\W_]{0,8}\d[\W\d_]{0,30}")
"""A label that is a day in figures and nothing else: an entry of the page's own history ("- **2026-06-16**: …")."""
_TELLS_CHANGE = re.compile(CHANGE_STEMS.pattern + r"|withdr[ae]wn|retired|archived|accepted|rejected|merged|initial|drafted|created", re.IGNORECASE)
"""An entry of the page's own history telling a change of the page ("KEP withdrawn in favor of …")."""
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
"""A day with its year (not a year-less "Updated May 15", read later against the document's dates)."""


def stamp_day(notes: list[Candidate], doc: Document, original: DateInfo | None) -> DateInfo | None:
    """The revision's own day, read from the notes it put in, when the document gives no other, so
    the notes it put in undated take it: the newest update stamp among them ("*(updated Oct 5, 2024.
    Updated sections marked in parentheses.)*" over "(Update: Why do I trust …)") or entry put into
    the page's own history ("- **2026-06-16**: KEP withdrawn …"). Never a day before the ``original``'s."""
    stamps = [
        c for c in _dated(notes, original) if c.label is not None and (
            c.label.lower() in _STAMP_LABELS or (_DAY_ALONE.fullmatch(c.label) is not None and _TELLS_CHANGE.search(doc.text, c.start, c.end) is not None)
        )
    ]  # (a history's entry telling a change, "KEP withdrawn"; not a news list's "- **2026-12-03**: Next meetup")
    newest = _newest(stamps)
    return DateInfo(newest.value, "day", "dateline", " ".join(doc.text[newest.start : newest.end].split()) or newest.value) if newest else None


def companion_day(notes: list[Candidate], doc: Document, original: DateInfo | None) -> DateInfo | None:
    """The newest day a note the revision put in writes ("Update 2021-12-27: …"), inferred as the day of
    the notes put in undated with it ("_NB_: An earlier version of the post …", cloud.gov's): the
    revision's notes' day when neither the document nor a stamp gives one (not the page's own date).
    Only an update's or a correction's day: a "Deprecation notice (2027-01-01)" dates an event to come."""
    newest = _newest([c for c in _dated(notes, original) if c.label is not None and UPDATE_LABEL.fullmatch(c.label) is not None])
    return DateInfo(newest.value, "day", "inferred", "the day of a note put in with it: " + " ".join(doc.text[newest.start : newest.end].split())) if newest else None


def _dated(notes: list[Candidate], original: DateInfo | None) -> list[Candidate]:
    """The notes that write a day with its year, not before the ``original``'s."""
    return [c for c in notes if c.label_date is not None and _FULL_DAY.fullmatch(c.label_date.value) is not None and _not_before(c.label_date, original)]


def _not_before(day: FoundDate, original: DateInfo | None) -> bool:
    """Whether ``day`` is not before the ``original``'s (compared at the shorter precision)."""
    return original is None or day.value >= original.value[: len(day.value)]


def _newest(notes: list[Candidate]) -> FoundDate | None:
    return max((c.label_date for c in notes if c.label_date is not None), key=lambda f: f.value, default=None)


def newest_logged_day(doc: Document) -> DateInfo | None:
    """The newest day among the dated entries of the page's own log ("## Implementation History"
    over "- **2026-06-02**: Initial KEP drafted"): the day of the version a page with no other date
    is, its last change logged."""
    newest: FoundDate | None = None
    history = False  # (under a heading of the page's own history: not "## Timeline", a plan's days to come)
    for k in range(len(doc.passages)):
        if doc.structure and doc.structure[k].kind == "heading":
            history = SECTION_TITLE.fullmatch(doc.text[doc.passages[k].start : doc.passages[k].end].strip(" \t#*_:")) is not None
        entry = log_entry(doc, k) if history and doc.structure[k].kind == "list_item" else None
        day = entry[2] if entry is not None else None
        if day is not None and day.precision == "day" and day.value[:4].isdigit() and (newest is None or day.value > newest.value):
            newest = day
    return DateInfo(newest.value, "day", "dateline", " ".join(doc.text[newest.start : newest.end].split())) if newest else None
