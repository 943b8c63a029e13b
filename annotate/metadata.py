"""Front matter differences: metadata, and a silent edit when a field readers see changed.

Why this exists: a post's front matter (``translator:`` added, ``lastmod`` moved on, a tag
renamed) is data about the article, kept out of the compared text by the reader; a fact-
checker still wants to see what changed there, apart from the article. Some fields are
not data but what the page shows above the article — its headline and byline: a title
rewritten or an author added with no note saying so is a silent edit like any other (a
quietly changed headline is the best known kind).

>>> from annotate.read import read_document
>>> a = read_document("---\\ntitle: Bridge\\ntags: [a]\\n---\\n\\nBody.", fmt="markdown")
>>> b = read_document("---\\ntitle: Bridge\\ntags: [a, b]\\ntranslator: Ann\\n---\\n\\nBody.", fmt="markdown")
>>> metadata_changes(a, b)
(MetadataChange(key='tags', original='a', revised='a, b', silent=False, disclosed_by=()), MetadataChange(key='translator', original=None, revised='Ann', silent=False, disclosed_by=()))
>>> c = read_document("---\\ntitle: Bridge closed\\ntags: [a]\\n---\\n\\nBody.", fmt="markdown")
>>> metadata_changes(a, c)[0].silent
True
"""

from __future__ import annotations

import difflib
import re

from annotate.dates import find_dates, parse_iso
from annotate.labels import UPDATE_LABEL
from annotate.model import Annotation, Document, MetadataChange
from annotate.naming import STOP
from annotate.notices import general_notice

VISIBLE = {
    "title": "title", "subtitle": "title", "headline": "title", "linktitle": "title",
    "author": "author", "authors": "author", "byline": "author", "maintainer": "author", "maintainers": "author",
}
"""Fields a page shows above its article (its headline, its byline), by what a note calls them."""
_FIELD_WORDS = {
    "title": re.compile(r"\b(?:title|headline|heading|subtitle)s?\b", re.IGNORECASE),
    "author": re.compile(r"\b(?:author|authors|co-?authors?|byline|credits?|contributors?)\b", re.IGNORECASE),
    "date": re.compile(r"\b(?:dated?|dates|publication\s+date|back-?dated|re-?dated)\b", re.IGNORECASE),
}
"""How a note names such a field ("we changed the headline", "added a co-author")."""
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+", re.UNICODE)
"""A word, or a number with its dots ("13.2.1": a note names the release, not "13", "2", "1")."""


def _names(token: str, note: str) -> bool:
    """True when the (lowercased) ``note`` writes ``token``: as a word when it is short, as
    part of one ("beta" in "1.8.0-beta2") when it has four letters or more."""
    if len(token) >= 4:
        return token in note
    return re.search(rf"(?<![^\W_]){re.escape(token)}(?![^\W_])", note) is not None


def metadata_changes(a: Document, b: Document, annotations: tuple[Annotation, ...] = ()) -> tuple[MetadataChange, ...]:
    """The fields of ``b``'s metadata that differ from ``a``'s: changed and added in ``b``'s
    order, then removed in ``a``'s order; a field readers see (``VISIBLE``) is silent unless
    a note names every changed run of its words, names the field in reporting a change, or
    announces edits in general."""
    old = dict(a.metadata)
    new = dict(b.metadata)
    out = [_judged(k, old.get(k), v, annotations) for k, v in b.metadata if old.get(k) != v]
    out += [_judged(k, v, None, annotations) for k, v in a.metadata if k not in new]
    told: set[str | None] = set()
    for k, m in enumerate(out):
        if m.silent and m.key.strip().lower() in _PUBLISHED:
            if (day := _day(m.revised or "")) in told:  # ("date" and "publishdate" moved alike: one change, told once)
                out[k] = m._replace(silent=False)
            told.add(day)
    return tuple(out)


_PUBLISHED = frozenset(["date", "published", "pubdate", "publishdate", "publish_date", "published_at", "created"])
"""Fields holding the date a page shows as its publication's."""


def _judged(key: str, was: str | None, now: str | None, annotations: tuple[Annotation, ...]) -> MetadataChange:
    kind = VISIBLE.get(key.strip().lower())
    if kind is None and key.strip().lower() in _PUBLISHED and was and now and (moved := _moved(now, was)) is not None:
        # the day readers see the page was published on: moved back ("2021-10-18" → "2021-08-20"),
        # or on with no note saying why; moved on beside a new note, the page republished with it
        updates = tuple(x.id for x in annotations if x.label and UPDATE_LABEL.fullmatch(x.label))
        if moved > 0 and updates:
            return MetadataChange(key, was, now, False, updates)
        kind = "date"
    if kind is None:
        return MetadataChange(key, was, now)
    old = [t.lower() for t in _TOKEN.findall(was or "")]
    new = [t.lower() for t in _TOKEN.findall(now or "")]
    runs = [
        (old[i1:i2], new[j1:j2])
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        if op != "equal"
    ]
    if not runs or (kind == "author" and written_out(was or "", now or "")):
        return MetadataChange(key, was, now)  # case, spacing or punctuation alone; a name written out ("Jane" → "Jane Doe")
    general = [x.id for x in annotations if general_notice(x.text)]
    field_named = [x.id for x in annotations if _FIELD_WORDS[kind].search(x.text)]
    if field_named or general:
        return MetadataChange(key, was, now, False, tuple(field_named or general))
    if kind == "date":
        return MetadataChange(key, was, now, True)  # (a date's figures are no words a note names: "08" is in any note)
    texts = [(x.id, x.text.lower()) for x in annotations]
    naming: set[str] = set()
    for was_run, now_run in runs:
        # a note names a run by its old words or by its new ones, short words aside ("beta"
        # is named by a note on "1.8.0-beta2"); (words, not letters, for the shortest)
        sides = [[t for t in side if len(t) >= 3 and t not in STOP] for side in (was_run, now_run) if side]
        by = [n for n, note in texts if any(all(_names(t, note) for t in side) for side in sides)]
        if not by:
            return MetadataChange(key, was, now, True)
        naming.update(by)
    return MetadataChange(key, was, now, False, tuple(sorted(naming, key=[x.id for x in annotations].index)))


_PEOPLE = re.compile(r"[,;&]|\band\b")


def written_out(was: str, now: str) -> bool:
    """Whether a byline names the same people written out or shortened: each name's words are
    in order the other's, an initial standing for a word ("Jane" → "Jane Doe", "J. Doe" →
    "Jane Doe", "Jane Doe" → "Jane Q. Doe"); not a name replaced, a co-author added ("Jane" →
    "Jane, Bob"), nor a word put in a name ("Global Team" → "Global Leadership Team").

    >>> written_out("Jane", "Jane Doe"), written_out("J. Doe", "Jane Doe"), written_out("Jane", "Jane Doe, Bob Roe"), written_out("Jane Doe", "John Doe")
    (True, True, False, False)
    >>> written_out("Jane Doe", "Jane Q. Doe"), written_out("Global Team", "Global Leadership Team")
    (True, False)
    """
    old = [p for p in _PEOPLE.split(was.strip("[]'\" ")) if p.strip("'\" ")]
    new = [p for p in _PEOPLE.split(now.strip("[]'\" ")) if p.strip("'\" ")]
    if not old or len(old) != len(new):
        return False
    for a, b in zip(old, new, strict=True):
        short, long = sorted(([t.lower() for t in _TOKEN.findall(a)], [t.lower() for t in _TOKEN.findall(b)]), key=len)
        if not short:
            return False
        at = [next((i for i, w in enumerate(long) if w == t or (len(t) == 1 and w.startswith(t)) or (len(w) == 1 and t.startswith(w))), -1) for t in short]
        if -1 in at or at != sorted(at) or any(len(long[i]) > 1 for i in range(at[0] + 1, at[-1]) if i not in at):
            return False  # (a word put between the old ones is no name written out: "Global Team" → "Global Leadership Team")
    return True


def _moved(now: str, was: str) -> int | None:
    """1 when the publication date ``was`` moved on to ``now``, -1 when back, ``None`` when it is
    the same day (written otherwise: "2021-08-20" → "2021-08-20T12:00:00Z") or no date."""
    a, b = _day(now), _day(was)
    if a is None or b is None or a == b:
        return None
    return 1 if a > b else -1


def _day(value: str) -> str | None:
    """The day a front matter date names ("2021-03-03T10:00:00Z", "March 3, 2021"), ISO."""
    found = parse_iso(value.strip().strip("'\"")) or next(iter(find_dates(value)), None)
    return found.value if found is not None else None

