"""Entries and labels: each change as the side panel lists it, and the lines named above a section.

An ``Entry`` is one change of the ``Comparison`` (or, for a republished version
read alone, one annotation or frame) placed in the section that shows it; the
panel, the ``n``/``a``/``s`` keys and the labels above sections all read entries,
so the wording of a change is decided once, here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from annotate.model import Comparison, DateInfo, Notes
from annotate.render import in_front_matter
from annotate.render.text import visible
from tui.roles import LABEL_CHANGE, LABEL_FRAME, LABEL_MOVE, LABEL_NOTE, LABEL_SILENT, Doc
from tui.sections import LEFT_KINDS, RIGHT_KINDS, Label, Section


@dataclass(frozen=True)
class Entry:
    """One change (or, for a document alone, one annotation or frame) as the side panel lists it."""

    index: int
    kind: str
    """``annotation``, ``addition``, ``deletion``, ``edit``, ``move`` or ``frame``."""
    silent: bool
    title: str
    date: DateInfo | None
    snippet: str
    section: int
    doc: Doc
    offset: int
    other_section: int | None = None
    """For moves: the section where the passage was."""
    paragraph: int | None = None
    """1-based paragraph number in ``doc``."""
    disclosed_by: tuple[str, ...] = ()
    """Ids of the annotations that disclose this change."""
    disclosure: str | None = None
    """How a note discloses it (``Change.disclosure``); ``None`` for a silent change, and for one
    that is not silent because it touches only dates, punctuation or markup."""

    def matches(self, kind: str | None) -> bool:
        """True when the entry passes the panel filter ``kind`` (``None``: all)."""
        if kind is None:
            return True
        if kind == "silent":
            return self.silent
        return self.kind == kind


def _snippet(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "\u2026"
    return visible(flat)


def _locate(starts: list[int], ends: list[int], ids: list[int], pos: int) -> int | None:
    """The section holding ``pos`` (or the first one after it)."""
    if not starts:
        return None
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and ends[k] > pos:
        return ids[k]
    k = min(max(k + 1, 0), len(ids) - 1)
    return ids[k]


def _index(sections: list[Section], doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """The source ranges of ``doc`` that sections show, in order, and the section of each."""
    if doc == "a":
        rows = sorted((s.a[0], s.a[1], i) for i, s in enumerate(sections) if s.a is not None and s.kind in LEFT_KINDS)
    else:
        rows = sorted((s.b[0], s.b[1], i) for i, s in enumerate(sections) if s.b is not None and s.kind in RIGHT_KINDS)
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def comparison_entries(c: Comparison, sections: list[Section], markers: list[tuple[int, int]]) -> list[Entry]:
    """An entry for every change of ``c``, in the section that shows where it starts."""
    idx_a, idx_b = _index(sections, "a"), _index(sections, "b")
    move_from = {s.move: i for i, s in enumerate(sections) if s.kind == "move_from" and s.move is not None}
    notes_by_id = {n.id: n for n in c.annotations}
    entries: list[Entry] = []
    for ch in c.changes:
        if ch.revised is not None:
            doc: Doc = "b"
            offset = ch.revised.start
            sec = _locate(*idx_b, offset)
        elif ch.original is not None:
            doc, offset = "a", ch.original.start
            sec = _locate(*idx_a, offset)
        else:  # pragma: no cover - a change always has a side
            continue
        if sec is None:  # pragma: no cover
            continue
        date: DateInfo | None = None
        other: int | None = None
        if ch.kind == "annotation" and ch.annotation in notes_by_id:
            note = notes_by_id[ch.annotation]
            title = f"annotation {note.id}"
            if in_front_matter(c, note):
                title += " (front matter)"  # (no section shows its text: its label does, after its date)
            date = note.date
        elif ch.kind == "move":
            title = f"move {ch.move}" if ch.move is not None else "move"
            other = move_from.get(ch.move) if ch.move is not None else None
        elif ch.kind == "frame":
            marker = ch.revised is not None and any(s <= ch.revised.start < e for s, e in markers)
            title = "republication marker" if marker else "framing"
        else:
            title = ch.kind
        rng = ch.revised if ch.revised is not None else ch.original
        assert rng is not None
        snippet = _snippet(rng.text)
        if ch.kind == "edit" and ch.original is not None and ch.revised is not None:
            snippet = f"{_snippet(ch.original.text, 40)} \u2192 {_snippet(ch.revised.text, 40)}"
        para = sections[sec].b_para if doc == "b" else sections[sec].a_para
        entries.append(
            Entry(len(entries), ch.kind, ch.silent, title, date, snippet, sec, doc, offset, other,
                  None if para is None else para + 1, ch.disclosed_by, ch.disclosure)
        )
    return entries


def notes_entries(n: Notes, sections: list[Section]) -> list[Entry]:
    """An entry for every frame and annotation of a document read alone (one section per passage)."""
    doc = n.document
    starts = [p.start for p in doc.passages]
    ends = [p.end for p in doc.passages]
    ids = list(range(len(sections)))
    found: list[tuple[int, str, str, DateInfo | None, str]] = []
    for f in n.frames:
        found.append((f.start, "frame", "republication marker" if f.marker else "framing", None,
                      doc.text[f.start : f.end]))
    for x in n.annotations:
        found.append((x.start, "annotation", f"annotation {x.id}", x.date, x.text))
    found.sort(key=lambda t: t[0])
    entries: list[Entry] = []
    for start, kind, title, date, text in found:
        sec = _locate(starts, ends, ids, start)
        if sec is None:
            continue
        entries.append(Entry(len(entries), kind, False, title, date, _snippet(text), sec, "b", start, None, sec + 1))
    return entries


def attach_labels(sections: list[Section], entries: list[Entry]) -> None:
    """Give each section its entries and the labels that name them (a move is named at both ends)."""
    grouped: dict[int, list[Entry]] = {}
    for e in entries:
        grouped.setdefault(e.section, []).append(e)
        sections[e.section].entries.append(e.index)
        if e.other_section is not None:
            sections[e.other_section].entries.append(e.index)
            to = sections[e.section].b_para
            where = f"republished \u00b6 {to + 1}" if to is not None else "the republished version"
            sections[e.other_section].labels.append(
                Label(f"\u2192 {e.title}{' (SILENT)' if e.silent else ''}: moved from here to {where}", LABEL_MOVE, e.index)
            )
    for sec, group in grouped.items():
        labels = sections[sec].labels
        plain: list[Entry] = []
        for e in group:
            if e.kind == "annotation":
                date = f"added {e.date.value} ({e.date.basis})" if e.date else "date unknown"
                said = f": {e.snippet}" if e.title.endswith("(front matter)") else ""
                labels.append(Label(f"* {e.title} \u00b7 {date}{said}", LABEL_NOTE, e.index))
            elif e.kind == "frame":
                labels.append(Label(f"~ {e.title}: new text around the reposted body", LABEL_FRAME, e.index))
            elif e.kind == "move":
                came = sections[sec].a_para
                where = f"original \u00b6 {came + 1}" if came is not None else "elsewhere"
                if e.silent:
                    labels.append(Label(f"!! SILENT {e.title}: moved here from {where}", LABEL_SILENT, e.index))
                else:
                    labels.append(Label(f"\u2190 {e.title}: moved here from {where}", LABEL_MOVE, e.index))
            else:
                plain.append(e)
        silent = [e for e in plain if e.silent]
        told = [e for e in plain if not e.silent and e.disclosure is not None]
        minor = [e for e in plain if not e.silent and e.disclosure is None]
        if silent:
            kinds = ", ".join(dict.fromkeys(e.kind for e in silent))
            n = len(silent)
            labels.append(Label(f"!! SILENT: {n} undisclosed change{'s' * (n != 1)} ({kinds})", LABEL_SILENT,
                                silent[0].index))
        if told:
            kinds = ", ".join(dict.fromkeys(e.kind for e in told))
            n = len(told)
            labels.append(Label(f"\u00b1 {n} disclosed change{'s' * (n != 1)} ({kinds})", LABEL_CHANGE, told[0].index))
        if minor:  # not silent, yet no note discloses it: dates, punctuation or markup alone
            kinds = ", ".join(dict.fromkeys(e.kind for e in minor))
            n = len(minor)
            labels.append(Label(f"\u00b1 {n} change{'s' * (n != 1)} of dates, punctuation or markup only ({kinds})",
                                LABEL_CHANGE, minor[0].index))
