"""Notices of an event's change: a deadline extended, registration closed, a meeting postponed.

Why a module of its own: conference, workshop and course pages tell their readers of a change to
what they announced in a sentence of their own, with no label and no date of the note's: "The
direct submission deadline has been extended to **August 19**, AoE time!", "Registration for the
CF Workshop 2025 is now closed.", "We've extended the deadline to July 14", "**DEADLINE
EXTENDED**". What makes such a sentence a notice is its subject (an event or its paperwork:
deadline, registration, submissions, the conference) and its verb (extended, postponed,
cancelled, closed, now full); put into an old page, it is a note (``annotate.detect`` asks under
comparison only). A story's "The bridge has been closed" is no notice: its subject is no event's.
"""

from __future__ import annotations

import re

from annotate.model import Document
from annotate.unlabelled import Marked

_EVENT = (
    r"(?:deadlines?|registrations?|submissions?|sign[ \t-]?ups?|applications?|call[ \t]+for[ \t]+(?:papers|proposals|participation|talks|speakers|submissions)|"
    r"cfp|conference|workshop|meeting|event|summit|meetup|hackathon|webinar|talks?|lunch|dinner|tutorial|keynote|voting|vote|survey|"
    r"comment[ \t]+period|early[ \t-]bird|ticket[ \t]+sales|tickets|pre-?sale|course|festival|ceremony|sprint|competition|challenge)"
)
"""What an event notice is about: the event or its paperwork (not a program's "session" or "class")."""
_LEAD = r"(?:[ \t]{0,3}(?:[-*+][ \t]{1,4})?(?:>[ \t]?)?[*_]{0,3}(?:<(?:span|strong|b|em|font|mark)\b[^<>\n]{0,120}>[*_]{0,3}){0,3})"
"""A list marker, a quote's mark, emphasis or an inline tag before the notice's first word."""
_CHANGED = (
    r"(?:(?:has|have)[ \t]+(?:now[ \t]+|since[ \t]+|also[ \t]+|unfortunately[ \t]+|sadly[ \t]+)?been[ \t]+(?:extended|postponed|cancell?ed|rescheduled|moved|closed|delayed|reopened|suspended|shortened)"
    r"|(?:is|are)[ \t]+now[ \t]+(?:closed|full|over|sold[ \t]+out|cancell?ed|postponed|online|virtual)"
    r"|(?:was|were)[ \t]+(?:extended|postponed|cancell?ed|rescheduled)|(?:has|have)[ \t]+(?:now[ \t]+)?(?:ended|closed|sold[ \t]+out))\b"
)
_NOTICE = re.compile(
    _LEAD + r"(?:(?:The|Our|This(?:[ \t]+year['\u2019]s)?|All|Your)[ \t]+)?(?:[\w'\u2019&.:-]{1,30}[ \t]+){0,5}?" + _EVENT + r"\b[^.!?\n]{0,60}?[ \t]" + _CHANGED
    # a deadline moved: "The deadline for submitting an abstract has been updated to December 11th!"
    + r"|" + _LEAD + r"(?:(?:The|Our|All|This(?:[ \t]+year['\u2019]s)?)[ \t]+)?(?:[\w'\u2019&.:-]{1,30}[ \t]+){0,3}?deadlines?\b[^.!?\n]{0,60}?[ \t](?:has|have)[ \t]+(?:now[ \t]+)?been[ \t]+(?:updated|changed|moved)[ \t]+to\b"
    # the organisers telling it: "We've extended the deadline to July 14", "We have postponed the meetup"
    + r"|" + _LEAD + r"We(?:['\u2019]ve|[ \t]+have)[ \t]+(?:now[ \t]+)?(?:extended|postponed|cancell?ed|rescheduled|moved|closed|reopened)[ \t]+(?:the|our)[ \t]+(?:[\w'\u2019&.-]{1,30}[ \t]+){0,3}?" + _EVENT + r"\b"
    # a title saying it: "**DEADLINE EXTENDED**", "## Registration closed", "Event cancelled!"
    + r"|" + _LEAD + r"(?:#{1,6}[ \t]+)?[*_]{0,3}" + _EVENT + r"[ \t]+(?:extended|postponed|cancell?ed|closed|rescheduled)[*_ \t!.]{0,8}(?:</[^<>\n]{1,20}>[*_ \t!.]{0,8}){0,3}$",
    re.IGNORECASE,
)


def event_notice(doc: Document, k: int) -> Marked | None:
    """A passage opening with a notice of an event's change (``_NOTICE``): a note, no label, no day
    of its own (the new deadline it names is the event's, not the note's)."""
    p = doc.passages[k]
    if p.end - p.start > 1_500 or (doc.structure and doc.structure[k].kind not in ("paragraph", "list_item", "heading", "html")):
        return None
    line_end = doc.text.find("\n", p.start, p.end)
    return ("bracketed", None, None) if _NOTICE.match(doc.text, p.start, p.end if line_end < 0 else line_end) is not None else None
