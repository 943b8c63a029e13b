"""Annotations, framing and dates of a republished version read on its own.

``find_annotations`` is what ``annotate notes`` prints; ``strip_annotations``
rebuilds the original by removing the notes, the republication marker and the
framing text. The date logic here is shared with ``annotate.compare``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotate.candidate import Candidate
from annotate.dates import (
    EITHER,
    YEARLESS,
    FoundDate,
    day_first,
    day_first_language,
    find_dates,
    find_yearless,
    iso_day,
    resolve_year,
    truncate,
)
from annotate.detect import candidates
from annotate.framing import Framing, find_framing
from annotate.labels import CALLOUT_NAMES
from annotate.model import Annotation, DateInfo, Document, Frame, Notes, Precision
from annotate.relative_dates import find_relative, same_day, shift
from annotate.segment import sentence_spans

_ORIGINAL_CUE = re.compile(r"\b(?:article|piece|post|essay|column|story|wrote|written|published|posted)\b", re.IGNORECASE)


def original_date(doc: Document | None, revised: Document, framing: Framing) -> DateInfo | None:
    """The original's date: its own (option, metadata, dateline), else the marker's, else the
    date of its last update (the version compared is the one of that date)."""
    if doc is not None and doc.date is not None:
        return doc.date
    if framing.marker is not None and framing.marker_dates:
        p = revised.passages[framing.marker]
        found = framing.marker_dates[0]
        return DateInfo(found.value, found.precision, "marker", revised.text[p.start : p.end].strip())
    if doc is not None and doc.updated is not None:
        return doc.updated  # no date of its own but its last update's ("last_reviewed_on: 2023-04-17")
    return None


def revised_date(revised: Document, framing: Framing, original: DateInfo | None) -> DateInfo | None:
    """The republication's date: its own (last update first), else inferred from the framing.
    An update's date before the original's is a stale field copied from another post
    ("last_modified_at: 2026-01-18" on a post of 2026-04-19), never the revision's."""
    if revised.updated is not None and (original is None or revised.updated.value >= original.value[: len(revised.updated.value)]):
        return revised.updated
    if revised.date is not None:
        return revised.date
    if original is None or original.precision != "day":
        return None
    text = revised.text
    for k in framing.passages:
        p = revised.passages[k]
        for rel in find_relative(text, p.start, p.end):
            sentence = next(
                ((s, e) for s, e in sentence_spans(text, p.start, p.end) if s <= rel.start < e), (p.start, p.end)
            )
            if not _ORIGINAL_CUE.search(text, sentence[0], sentence[1]):
                continue
            value = shift(original.value, rel.amount, rel.unit)
            if value is None:
                continue
            precision: Precision = "day" if rel.exact or rel.unit in ("day", "week") else (
                "month" if rel.unit == "month" else "year"
            )
            begin = max(sentence[0], rel.start - 60)
            if begin > sentence[0]:
                # Start the quotation at a word.
                space = text.find(" ", begin, rel.start)
                begin = space + 1 if space >= 0 else begin
            snippet = text[begin : rel.end].strip()
            dots = "\u2026" if begin > sentence[0] else ""
            evidence = f"{dots}{snippet}; first published {original.value}"
            return DateInfo(truncate(value, precision), precision, "inferred", evidence)
    return None


def date_for(
    candidate: Candidate, doc: Document, republished: DateInfo | None, original: DateInfo | None = None,
    that_day: DateInfo | None = None,
) -> DateInfo | None:
    """When a note was added: written in its label (a year-less date takes its year from
    the original's date, else the republication's), else the republication's date.
    ``that_day``: the revision's own date where it repeats the original's (no republication
    date then): a note stamped with a time of day alone was written on it."""
    if candidate.label_date is not None:
        f = candidate.label_date
        after = doc.text[f.end : f.end + 1]
        evidence = doc.text[candidate.start : min(candidate.end, f.end + (after in ")]:"))].strip()
        if not candidate.start <= f.start < candidate.end:  # (a numbered marker dated by its list's line: that line)
            evidence = doc.text[doc.text.rfind("\n", 0, f.start) + 1 : doc.text.find("\n", f.end) % (len(doc.text) + 1)].strip()
        if (day := day_first(f.value)) is not None and day_first_language(doc.text):
            f = f._replace(value=day)  # ("04/12/2020" on an Italian page)
        written = _written(f, evidence, original, republished)
        if written is None and original is None and republished is None and f.value.startswith((YEARLESS, EITHER)):
            # no date of the document's own: the date above the note ("May 30, 2011" heading the
            # news item an "Update May 31/June 1:" closes) gives its year
            above = find_dates(doc.text, max(0, candidate.start - _ABOVE_REACH), candidate.start)
            days = [d for d in above if d.precision == "day"]
            if days:
                written = _written(f, evidence, DateInfo(days[-1].value, "day", "dateline", ""), None)
        if written is not None:
            return _new_year(written, original)
    said = (
        _opening_date(candidate, doc, original) or _writing_date(candidate, doc, original) or _said_date(candidate, doc, original)
        or _signed_date(candidate, doc, original, republished)
    )
    if said is not None:
        return said
    if republished is None and that_day is not None and candidate.label is not None and _stamped_time(doc.text, candidate.start):
        return DateInfo(that_day.value, that_day.precision, "document", that_day.evidence)  # "Updated at 11:38 AM ET"
    if original is not None and original.precision == "day" and same_day(doc.text, candidate.start, min(candidate.end, candidate.start + 200)):
        return DateInfo(original.value, "day", "inferred", doc.text[candidate.start : candidate.start + 80].strip())  # "Two hours after I posted this, …"
    linked = _linked_post(candidate, doc, original)
    if republished is None or (linked is not None and linked.value > republished.value):
        return linked
    if (later := _done_after(candidate, doc, republished)) is not None:
        return later
    basis = "inferred" if republished.basis == "inferred" else "document"
    return DateInfo(republished.value, republished.precision, basis, republished.evidence)


_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?[ \t]?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|\b\d{1,2}:\d\d\b")
"""A time of day ("11:38 AM", "3 p.m.", "21:07")."""


def _stamped_time(text: str, start: int) -> bool:
    """Whether the label of the note at ``start`` holds a time of day (and, as it has no date
    of its own, nothing more): "Updated at 11:38 AM ET to include …", "**Update, 3 p.m.:** …"."""
    head = text[start : start + 60].split("\n", 1)[0]
    # (a time in the note's body, "Update: At 3 p.m. the police …", "Update — the office now opens at 9:30 am", is no stamp)
    cut = min((at for at in (head.find(": "), head.find(" \u2014"), head.find(" \u2013"), head.find(" - ")) if at > 0), default=40)
    return _CLOCK_TIME.search(head, 0, min(cut, 40)) is not None


_LATER_POST = re.compile(r"\b(?:follow[- ]?up|sequel|part\s+(?:2|two|ii)|(?:new|next|second)\s+(?:blog\s+)?(?:post|article|piece))\b", re.IGNORECASE)
"""A note announcing a later post as it comes out ("there's now a follow up post", "a new post
covers …"); not one telling of a post written some time before ("we wrote a whole post", which
may be weeks older than the note: no date then)."""
_DATED_ADDRESS = re.compile(r"https?://[^\s<>()\[\]]{1,300}?/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)[/-]")
"""A post's address holding its day ("https://matklad.github.io/2020/01/04/mutexes-…")."""


def _linked_post(candidate: Candidate, doc: Document, original: DateInfo | None) -> DateInfo | None:
    """The day of the later post a note announces and links to, read from its address, when
    it is after the original's date: the note cannot be older than that post, and is written
    when it comes out ("EDIT: there's now a follow up post …:\n\nhttps://…/2020/01/04/…")."""
    text, stop = doc.text, min(candidate.end, candidate.start + 2_000)
    if original is None or _LATER_POST.search(text, candidate.start, stop) is None:
        return None
    found = (iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _DATED_ADDRESS.finditer(text, candidate.start, stop))
    days = [d for d in found if d is not None and d > original.value[:10]]  # (a real day: not ".../2021/02/30/...")
    return DateInfo(max(days), "day", "inferred", f"the later post it links to, {max(days)}") if days else None


def _new_year(written: DateInfo, original: DateInfo | None) -> DateInfo:
    """``written``, a year on when it is a January or February day before the original's date
    and a year on is not: the old year written in a new year's first weeks ("Update 30 Jan
    2022" on a post of December 2022), as people do."""
    value = written.value
    if original is None or written.precision != "day" or value >= original.value[:10] or value[5:7] not in ("01", "02"):
        return written
    later = f"{int(value[:4]) + 1:04d}{value[4:]}"
    return replace(written, value=later) if original.value[:10] <= later and later[5:] != "02-29" else written


def _done_after(candidate: Candidate, doc: Document, republished: DateInfo) -> DateInfo | None:
    """The latest day a note says a thing was done on, when it is after the document's own date
    (a stale "lastmod: 2019-11-07" over "… deprecated since October 24th, 2020"): the note cannot
    be older than what it reports."""
    text, stop = doc.text, min(candidate.end, candidate.start + 2_000)
    found = [
        f for f in find_dates(text, candidate.start, stop)
        if f.precision == "day" and f.value > republished.value and _DONE_ON.search(text, max(candidate.start, f.start - 30), f.start)
        and not _TO_COME.search(text, max(candidate.start, f.start - 40), f.start)
    ]
    return _written(max(found, key=lambda d: d.value), text[candidate.start : stop].strip(), None, None) if found else None


_ABOVE_REACH = 2_000
"""How far above a note a year-less label's date looks for a full date, when the document has none."""
_SAID_REACH = 160
"""How far into a short note its own date is looked for."""
_ON_DATE = re.compile(
    r"\b(?:on|as\s+of|since|dal|dall[ao]|desde(?:\s+el)?|depuis(?:\s+le)?|seit(?:\s+dem)?|sinds)(?:\s+the\s+\w+\s+of)?\s+$"
    r"|\b(?:was|were)\s+(?!written\b|published\b|posted\b|created\b|first\b)[a-z]{3,20}(?:ed|en)\s+in\s+$",
    re.IGNORECASE,
)
"""What stands right before a date the note says something happened on ("occurred on
2023-06-16", "merged on the morning of May 28", "was deprecated in July 2020"; "since" in Italian,
Spanish, French, German, Dutch: "dal 28 ottobre 2020 è stata rimossa …"); not a date in
a link's address or an event's name ("The October 20, 2022 Meeting has been cancelled"), nor
when the text was written ("This post was written in 2019 …")."""


_OPENING = re.compile(r"[(\[（【]?[ \t]{0,2}(?:[*_]{1,2}[ \t]{0,2})?")
"""What may stand before a note's opening date: its bracket, its emphasis."""
_AFTER_OPENING = re.compile(r"(?:[ \t]{1,2}\d{1,2}:\d\d(?::\d\d)?)?[*_]{0,2}[ \t]{0,2}(?:[:：]|[\u2014\u2013]|-{1,2}[ \t])")
"""What closes a note's opening date (its time of day may follow it): a colon or a dash, as a label's."""


def _opening_date(candidate: Candidate, doc: Document, original: DateInfo | None) -> DateInfo | None:
    """The date a note with no label opens with, written as a label is ("(2016/04/01: 7.4.1639
    から 7.4.1645 でも不具合が残っていた…)", "[June 3, 2021 — the company has since …]"); never
    one before the original's date."""
    if candidate.label is not None:
        return None
    text = doc.text
    at = _OPENING.match(text, candidate.start, candidate.end)
    begin = at.end() if at else candidate.start
    found = [f for f in find_dates(text, begin, min(candidate.end, begin + 40)) if f.start == begin]
    closed = _AFTER_OPENING.match(text, found[0].end, candidate.end) if found else None
    if closed is None:
        return None
    return _not_before(_written(found[0], text[candidate.start : closed.end()].strip(), original, None), original)


_DONE_ON = re.compile(
    r"\b[a-z]{2,20}(?:ed|en)\s+(?:on|since)(?:\s+the\s+\w+\s+of)?\s+$|\b(?:updated|revised|corrected|amended|edited|modified),?\s+$|\bas\s+of\s+$", re.IGNORECASE
)
"""A thing done on a day ("issued on", "deprecated since"), or a state as of a day ("the situation as of
November, 2025"), as a notice with no label or a callout says it; the
text's own revision dated ("(Version 1.0, updated 9 July 2025)")."""
_CALLOUTS = CALLOUT_NAMES | {"important", "warning", "caution", "attention", "disclaimer", "tip", "hint"}
"""A callout box's words: such a box speaks of its subject, and a day it names is that subject's."""
_TO_COME = re.compile(r"\b(?:will|shall|going\s+to|scheduled|planned|due|expected)\b", re.IGNORECASE)
"""A thing to come ("will be released on", "is scheduled on"): its day is not the notice's."""
_FIRST = re.compile(r"\b(?:originally|initially|first)\b[^.\n]{0,30}$", re.IGNORECASE)
"""A thing first done ("was originally released on 2023-07-31"): the subject's day, not the notice's."""


def _said_date(candidate: Candidate, doc: Document, original: DateInfo | None) -> DateInfo | None:
    """A date the note's words give when its label gives none: the first full (or year-less)
    date a short note says something happened on ("_Edit: It was merged on the morning of May
    28!_", "_Note: this occurred on 2023-06-16!_", a notice with no label at all: "**See
    [supplemental direction v2](#…) issued on April 13, 2021 for the latest.**"), never one
    before the original's date."""
    if candidate.end - candidate.start > 2 * _SAID_REACH:
        return None
    stop = min(candidate.end, candidate.start + _SAID_REACH)
    text = doc.text
    # (with no label, or a callout's — "Important", "Warning" — only a thing done: "issued on April
    # 13", not "resumes on 14 Oct 2025": a callout speaks of its subject; never a thing to come,
    # "will be held on June 14", whatever the label)
    labelled = candidate.label is not None and candidate.label.lower() not in _CALLOUTS
    said_on = _ON_DATE if labelled else _DONE_ON
    reach = min(candidate.end, stop + 40)  # (a date opening before the reach's end, read whole)
    found = [
        f for f in find_dates(text, candidate.start, reach) + find_yearless(text, candidate.start, reach)
        if f.start < stop and said_on.search(text, max(candidate.start, f.start - 30), f.start)
        and not _TO_COME.search(text, max(candidate.start, f.start - 40), f.start) and not _FIRST.search(text, max(candidate.start, f.start - 40), f.start)
    ]
    if not found:
        return None
    return _not_before(_written(min(found, key=lambda d: d.start), text[candidate.start : stop].strip(), original, None), original)


_WRITING = re.compile(
    r"\b(?:at\s+the\s+time\s+(?:I|we)\s+(?:write|wrote|am\s+writing|are\s+writing)\s+this|at\s+the\s+time\s+of\s+(?:this\s+)?writing"
    r"|as\s+(?:I|we)\s+write\s+this|as\s+of\s+(?:this\s+)?writing|at\s+the\s+time\s+of\s+this\s+(?:update|edit|note))[ \t]{0,2}[,(\[]?[ \t]{0,2}",
    re.IGNORECASE,
)
"""The note's own moment, named as its writer's ("at the time I write this (2025-01-17)", "as of this
writing, 3 May 2021"): the date right after it is the note's."""


def _writing_date(candidate: Candidate, doc: Document, original: DateInfo | None) -> DateInfo | None:
    """The date a note gives its own writing, anywhere in its first lines ("Since I wrote this post,
    I have been made aware … at the time I write this (2025-01-17), …")."""
    text = doc.text
    stop = min(candidate.end, candidate.start + 3 * _SAID_REACH)
    if text.find("writ", candidate.start, stop) < 0 and text.find("time of this", candidate.start, stop) < 0:
        return None
    for m in _WRITING.finditer(text, candidate.start, stop):
        found = find_dates(text, m.end(), min(candidate.end, m.end() + 40))
        if found and found[0].start == m.end() and found[0].precision == "day":
            return _not_before(_written(found[0], text[candidate.start : stop].strip(), original, None), original)
    return None


def _not_before(said: DateInfo | None, original: DateInfo | None) -> DateInfo | None:
    """``said``, unless it is before the original's date (then it dates what the note speaks
    of, not the note)."""
    if said is None or (original is not None and said.value < original.value[: len(said.value)]):
        return None
    return said


_SIGNED_END = re.compile(
    r"(?:(?<=[.!?])[*_]{0,2}\s{1,3}[(\[]\s{0,2}|(?<=[。！？])[*_]{0,2}\s{0,3}[(\[（]\s{0,2}|[\u2014\u2013]\s{0,2}|\s-{1,2}\s{1,2})[*_]{0,2}(?P<date>[^()\[\]*_\n]{6,40}?)[*_]{0,2}\s{0,2}[)\]]?[.*_\s]{0,6}"
    r"(?:\n[ \t]{0,3}\{:[^\n]{1,80}\}[ \t]*)?$"
)
"""A date signing a note at its end ("… on a different server. (March 15, 2023)", "… — 2023-03-15",
"… [*Sept. 4, 2020*]" over the box's kramdown class line). A bracket signs only after the
note's last stop: "… next meetup in Berlin (March 15, 2030)." dates the meetup, not the note."""


def _signed_date(
    candidate: Candidate, doc: Document, original: DateInfo | None, republished: DateInfo | None
) -> DateInfo | None:
    """The full date that closes a labelled note, in brackets or after a dash, as a writer
    signs an afterthought; never one before the original's date nor after the date the page's
    metadata gives it (a date to come is an event's; a byline's "updated" stamp may be stale)."""
    text = doc.text
    m = _SIGNED_END.search(text, max(candidate.start, candidate.end - 60), candidate.end)
    if m is None or (candidate.label is None and text[m.start() - 1 : m.start()] not in ("。", "！", "？")):
        return None  # (a notice with no label signs it after a Japanese stop: "本サービスは終了しました。(2021-06-17)"; "… extended. (March 15)" dates the event)
    found = find_dates(text, m.start("date"), m.end("date"))
    if len(found) != 1 or (found[0].start, found[0].end) != (m.start("date"), m.end("date")) or found[0].precision != "day":
        return None
    if original is not None and found[0].value < original.value[:10]:
        return None
    if republished is not None and republished.basis == "metadata" and found[0].value[: len(republished.value[:10])] > republished.value[:10]:
        return None
    return DateInfo(found[0].value, "day", "explicit", text[m.start() : candidate.end].strip())


def _written(f: FoundDate, evidence: str, original: DateInfo | None, republished: DateInfo | None) -> DateInfo | None:
    """The date ``f`` written in a note, a year-less one given its year from the original's
    date, else the republication's (``None`` when neither gives one)."""
    if not f.value.startswith((YEARLESS, EITHER)):
        return DateInfo(f.value, f.precision, "explicit", evidence)
    value = resolve_year(f.value, original.value if original else None, republished.value if republished else None)
    if value is None and len(f.value) > 10:
        return DateInfo(f.value[11:15], "year", "explicit", evidence)  # ("2/11/2020" read neither way: its year)
    return DateInfo(value, "day", "explicit", evidence) if value is not None else None


def make_annotation(
    n: int, c: Candidate, doc: Document, republished: DateInfo | None, original: DateInfo | None = None,
    that_day: DateInfo | None = None,
) -> Annotation:
    """The ``n``-th annotation (from 1) for candidate ``c``; ``that_day``: see ``date_for``."""
    return Annotation(
        id=f"n{n}", kind=c.kind, start=c.start, end=c.end, text=doc.text[c.start : c.end],
        paragraphs=c.paragraphs, label=c.label, date=date_for(c, doc, republished, original, that_day),
    )


def frames_of(doc: Document, framing: Framing, passages: tuple[int, ...] | None = None) -> tuple[Frame, ...]:
    """``Frame`` values for the framing passages (or the given subset), runs joined."""
    chosen = framing.passages if passages is None else passages
    frames: list[Frame] = []
    for k in chosen:
        p = doc.passages[k]
        is_marker = k == framing.marker
        prev = frames[-1] if frames else None
        if prev is not None and not prev.marker and not is_marker and k - 1 in chosen and k - 1 != framing.marker:
            frames[-1] = Frame(prev.start, p.end, False)
        else:
            frames.append(Frame(p.start, p.end, is_marker))
    return tuple(frames)


def find_annotations(document: Document) -> Notes:
    """Annotations, framing and dates of a republished ``document`` read alone."""
    chosen = candidates(document)
    framing = find_framing(document, frozenset(k for c in chosen for k in c.paragraphs))
    orig = original_date(None, document, framing)
    rep = revised_date(document, framing, orig)
    annotations = tuple(make_annotation(n, c, document, rep, orig) for n, c in enumerate(chosen, 1))
    return Notes(document, annotations, frames_of(document, framing), rep, orig)


def strip_annotations(document: Document) -> str:
    """The original rebuilt from a republished ``document``: notes and framing removed."""
    notes = find_annotations(document)
    text = document.text
    cuts: list[tuple[int, int]] = [(f.start, f.end) for f in notes.frames]
    for a in notes.annotations:
        start, end = a.start, a.end
        if a.kind == "inline":
            if start == 0 or text[start - 1] == "\n":
                while end < len(text) and text[end] in " \t":
                    end += 1  # a note opening its paragraph: the next word starts the paragraph
            else:
                while start > 0 and text[start - 1] in " \t":
                    start -= 1
        cuts.append((start, end))
    cuts.sort()
    parts: list[str] = []
    pos = 0
    for s, e in cuts:
        if s > pos:
            parts.append(text[pos:s])
        pos = max(pos, e)
    parts.append(text[pos:])
    out = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", "".join(parts))
    return out.strip() + "\n"
