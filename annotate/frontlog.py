"""Update logs kept in a post's front matter: each new entry is a note, dated by its entry.

Why this exists: some sites keep a post's updates as a list in its front matter, which their
template shows as an "Updates" box above or below the post ("updates:\n  - at: 2023-08-12\n
changes: I stopped reading Rickard."; Chris Krycho's site, a science-policy blog's "- date: …
content: …"). The front matter is metadata, never compared as text, so an entry put in was
invisible. Here the entries of both versions are read with the front matter's parser, and each
entry the original did not have becomes a note candidate spanning its lines, dated by its own
date field. Only lists under a key that names a log, of mappings with a date and words.
"""

from __future__ import annotations

import re
from typing import Any

from annotate.candidate import Candidate
from annotate.dates import FoundDate
from annotate.model import DateInfo, Document
from annotate.read.frontmatter import front_matter, item_date

LOG_KEYS = frozenset(["updates", "update", "update_log", "updatelog", "changelog", "changes", "revisions", "corrections", "errata", "edits", "history"])
"""Front matter keys holding a list of a post's updates."""
_DATE_KEYS = ("at", "date", "on", "when", "time", "day", "updated", "published")
_TEXT_KEYS = ("changes", "change", "content", "note", "notes", "text", "description", "summary", "message", "what", "body", "details", "reason", "comment", "md", "markdown")
_ITEM = re.compile(r"^([ \t]*)-[ \t]")


def _entries(value: Any) -> list[tuple[DateInfo | None, str]] | None:
    """``(date, words)`` of each entry of a log's list, or ``None`` when it is no such list."""
    if not isinstance(value, list) or not value or not all(isinstance(x, dict) for x in value):
        return None
    out: list[tuple[DateInfo | None, str]] = []
    for entry in value:
        fields = {str(k).lower(): v for k, v in entry.items()}
        words = next((str(fields[k]).strip() for k in _TEXT_KEYS if isinstance(fields.get(k), str) and str(fields[k]).strip()), None)
        if words is None:
            return None
        out.append((item_date(fields, _DATE_KEYS), " ".join(words.split())))
    return out if any(d is not None for d, _ in out) else None


def _spans(text: str, end: int, key: str, count: int) -> list[tuple[int, int]] | None:
    """Where each of the ``count`` items of the list under top-level ``key`` stands in
    ``text[:end]`` (the front matter), from its "- " to its last line (the first from the key's
    line: "updates:" is its title); ``None`` when the lines do not show that many."""
    m = re.search(rf"^{re.escape(key)}[ \t]*:[ \t]*\n", text[:end], re.MULTILINE)
    if m is None:
        return None
    starts: list[int] = []
    key_line = m.start()
    at, indent, stop = m.end(), None, m.end()
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        line = text[at:line_end]
        item = _ITEM.match(line)
        if line.strip() in ("---", "+++") or (line.strip() and not line[:1].isspace() and item is None):
            break  # (the closing fence, or the next top-level key)
        if item is not None and (indent is None or len(item.group(1)) == indent):
            indent = len(item.group(1))
            starts.append(at + len(item.group(1)))
        if line.strip():
            stop = line_end
        at = line_end + 1
    if len(starts) != count:
        return None
    ends = [*(text.rfind("\n", 0, s) for s in starts[1:]), stop]
    return [(key_line if k == 0 else s, e if e > s else stop) for k, (s, e) in enumerate(zip(starts, ends, strict=True))]


def log(doc: Document) -> list[tuple[int, int, DateInfo | None, str]]:
    """The front matter log of ``doc``: ``(start, end, date, words)`` per entry, in order; the
    first entry's span opens at its key's line ("updates:")."""
    if doc.format not in ("markdown", "text") or not doc.text.startswith(("---", "+++", "\n")):
        return []
    meta = front_matter(doc.text)
    if meta is None:
        return []
    for key, value in meta.fields.items():
        if str(key).lower() in LOG_KEYS and (entries := _entries(value)) is not None:
            spans = _spans(doc.text, meta.end, str(key), len(entries))
            if spans is not None:
                return [(s, e, d, w) for (s, e), (d, w) in zip(spans, entries, strict=True)]
    return []


def new_log_notes(a: Document, b: Document) -> list[Candidate]:
    """A note for each entry of ``b``'s front matter log that ``a``'s does not hold, dated by
    its entry; the first passage is its place in the text."""
    entries = log(b)
    if not entries or not b.passages:
        return []
    old = {(d.value if d else None, w) for _, _, d, w in log(a)}
    return [
        Candidate("labelled", s, e, "update", FoundDate(d.value, d.precision, s, e) if d else None, (0,), False)
        for s, e, d, w in entries if (d.value if d else None, w) not in old
    ]
