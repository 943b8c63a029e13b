"""Notices of a change in force from a day: "From 10 April 2026, teaching accounts can no longer
log in from off campus.", "Ab dem 1. Mai 2025 …", "从2026年4月10日起，…".

Why a module of its own: such a paragraph names no label and no state; its day, opening it, is
what makes it a notice when it is put at a page's top or a section's (``unlabelled.notice_slot``),
and a day before the original's makes it the story's (``told_before``).
"""

from __future__ import annotations

import re

from annotate.dates import FoundDate, find_dates
from annotate.model import DateInfo, Document
from annotate.status import notice_slot
from annotate.unlabelled import Marked

FROM_DAY = re.compile(
    r"(?:>[ \t]?)?(?:[*_]{1,3})?(?:(?P<en>From|Starting|Beginning|Effective|As\s+of|Ab|Seit|[ÀA]\s+partir\s+du|Depuis\s+le|A\s+partir\s+del?|Desde\s+el|"
    r"Vanaf|Met\s+ingang\s+van|A\s+partir\s+de)\s+(?:on\s+|dem\s+|the\s+)?|(?P<zh>[从自]))",
    re.IGNORECASE,
)
"""What opens a notice of a change in force from a day ("From 10 April 2026, …", "Ab dem 1. Mai
2025 …", "Vanaf 1 mei 2025 …", "从2026年4月10日起，…")."""
_ON_DAY = re.compile(r"(?:>[ \t]?)?(?:[*_]{1,3})?On[ \t]+(?:the[ \t]+)?")
"""A notice's day as a story's opens ("On 01/15/2021 …"): a notice only when it tells of an end of support (``_SUPPORT_ENDS``)."""
_SUPPORT_ENDS = re.compile(
    r"\b(?:will[ \t]+(?:be[ \t]+(?:dropped|removed|discontinued|retired|shut[ \t]+down|sunset|deprecated)|no[ \t]+longer[ \t]+be[ \t]+(?:supported|maintained|available)"
    r"|(?:reach|hit)[ \t]+(?:its[ \t]+)?end[ \t-]+of[ \t-]+(?:life|support))|(?:is|are)[ \t]+(?:now[ \t]+)?deprecated)\b",
    re.IGNORECASE,
)
"""Words telling that something's support is ending, from now on ("support will be dropped on
07/15/2021"; not a story's "On March 3, 2015 Python 2.6 reached end of life")."""
_AFTER_DAY = re.compile(r"[ \t]{0,2}(?:,|\uff0c|起|开始|以后|以後)|[ \t]{1,2}(?=[^\W\d_])")
"""What closes that day: a comma, Chinese "on" ("起", "开始"), or a word ("Ab dem 1. Mai 2025 ist …")."""
_SPAN_ON = re.compile(r"[ \t,]{0,2}(?:to|until|till|through|bis|tot|jusqu|hasta|–|-)\b", re.IGNORECASE)
"""What after that day makes it a span's start ("From March 2019 to June 2021, …")."""


def effective_paragraph(doc: Document, k: int) -> Marked | None:
    """A paragraph near a page's top opening with the day from which something changes ("From 10
    April 2026, teaching accounts can no longer log in from off campus.", "从2026年4月10日起，…"):
    put into an old page, it is a notice of that change, dated by its day (the page's readers are
    told what changes when). A year alone ("From 2019 to 2021, I …") is no such day."""
    if not notice_slot(doc, k):
        return None
    text, p = doc.text, doc.passages[k]
    lead = FROM_DAY.match(text, p.start, min(p.end, p.start + 40))
    if lead is None and _ON_DAY.match(text, p.start, p.end) and _SUPPORT_ENDS.search(text, p.start, min(p.end, p.start + 300)):
        lead = _ON_DAY.match(text, p.start, p.end)  # "On 01/15/2021 deprecation for Python 2.7 was announced and support will be dropped …"
    if lead is None or p.end - p.start > 300 + 200 * (lead.group(0).strip(" >*_").lower()[:2] in ("on", "as")):
        return None  # ("As of January 2020 ProtonVPN has undergone an independent audit …": a standpoint's day, its news told at length)
    found = find_dates(text, lead.end(), min(p.end, lead.end() + 40))
    if not found or found[0].start != lead.end() or found[0].precision == "year" or _AFTER_DAY.match(text, found[0].end, p.end) is None:
        return None
    if _SPAN_ON.match(text, found[0].end, p.end) is not None:
        return None  # ("From March 2019 to June 2021, I was …": a span of time, a story's)
    return "labelled", text[p.start : found[0].end].strip(" \t>*_"), found[0]


def told_before(label: str | None, day: FoundDate | None, original: DateInfo | None) -> bool:
    """Whether a "From DATE, …" notice (its label and day, ``effective_paragraph``), or an "In
    March 2015, we started …" (``label_forms.DATED_CHANGE``), speaks of a day before the original
    was published: what the page tells of ("From 1 April 2026, the cap rose …" in a story of May),
    not a notice put in since."""
    return label is not None and day is not None and original is not None and (FROM_DAY.match(label) is not None or label.startswith("In ")) and (
        day.value < original.value[: len(day.value)]
    )

