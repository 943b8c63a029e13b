"""A readable report of a document's history, for a terminal or a file.

Why this exists: ``annotate history`` must tell an editor at a glance what happened across
many versions, gravest first: the versions with their dates and counts, then the notes
that were taken back and the edits made after a note said the article was final, then
every note with the version that added it, then each step's silent edits. Article text
goes through ``annotate.render.text.visible``: control characters are never sent raw.
"""

from __future__ import annotations

import os

from annotate.history_model import History, HistoryNote, Stealth, Version
from annotate.model import Change, DateInfo
from annotate.render.text import visible


def _one_line(text: str, limit: int | None) -> str:
    flat = visible(" ".join(text.split()))
    return flat if limit is None or len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _date(d: DateInfo | None) -> str:
    return "no date" if d is None else f"{d.value} ({d.basis})"


def _name(v: Version, full_paths: bool) -> str:
    source = v.source if full_paths or v.source.startswith("<") else os.path.basename(v.source) or v.source
    return visible(source).replace("\n", "\\n")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _change(c: Change, limit: int | None, pad: int = 9) -> str:
    old = f"“{_one_line(c.original.text, limit)}”" if c.original else ""
    new = f"“{_one_line(c.revised.text, limit)}”" if c.revised else ""
    if c.kind == "edit":
        return f"{c.kind:<{pad}} {old} → {new}"
    return f"{c.kind:<{pad}} {old if c.kind == 'deletion' else new or old}"


def _span(n: HistoryNote) -> str:
    where = f"v{n.first + 1}"
    return where if n.removed is None else f"{where}–v{n.removed}, removed in v{n.removed + 1}"


def _stealth(s: Stealth, h: History, limit: int | None) -> list[str]:
    note = h.note(s.note)
    if s.kind == "removed_note":
        what = "correction" if s.correction else "note"
        how = "silently" if s.silent else "disclosed by a note"
        when = f" on {note.date.value}" if note.date else ""
        return [f"  v{s.version + 1}  removed {what} {note.id} (added in v{note.first + 1}{when}), {how}:",
                f"        “{_one_line(note.last_text, limit)}”"]
    line = f"  v{s.version + 1}  after {note.id} (v{note.first + 1}) said the article was final: "
    return [line + (_change(s.change, limit, 0) if s.change else "")]


def render_history_text(h: History, *, limit: int | None = None, full_paths: bool = False) -> str:
    """The report as plain text; ``limit`` cuts quoted text to that many characters.

    >>> from annotate.history import history
    >>> print(render_history_text(history(["It was 5 km.", "It was 7 km.\\n\\n[Update, 6 July 2017: corrected.]"])), end="")
    ... # doctest: +NORMALIZE_WHITESPACE
    History: 2 versions, 1 note, 0 stealth edits, 1 silent edit
    <BLANKLINE>
    Versions
      v1  no date  <string>
      v2  no date  <string>  +1 note, 1 silent edit
    <BLANKLINE>
    Stealth edits: none
    <BLANKLINE>
    Notes
      h1  v2  2017-07-06 (explicit)  [Update, 6 July 2017: corrected.]
    <BLANKLINE>
    Silent edits by step
      v1 → v2
        edit      “5” → “7”
    """
    silent = sum(s.summary.silent_edits for s in h.steps)
    title = h.latest.document.title
    head = f"History{' of ' + _one_line(title, 100) if title else ''}: {_plural(len(h.versions), 'version')}, "
    out = [head + f"{_plural(len(h.notes), 'note')}, {_plural(len(h.stealth), 'stealth edit')}, "
           f"{_plural(silent, 'silent edit')}", "", "Versions"]
    for v in h.versions:
        counts: list[str] = []
        if v.index:
            step = h.steps[v.index - 1]
            counts += [f"+{_plural(len(step.added), 'note')}"] if step.added else []
            counts += [f"-{_plural(len(step.removed), 'note')}"] if step.removed else []
            counts += [_plural(step.summary.silent_edits, "silent edit")] if step.summary.silent_edits else []
            counts += [] if step.changes else ["no change"]
        tail = f"  {', '.join(counts)}" if counts else ""
        out.append(f"  v{v.index + 1}  {_date(v.date)}  {_name(v, full_paths)}{tail}")
    for heading, lines in (("Skipped versions", h.skipped), ("Warnings", h.warnings)):
        if lines:
            out += ["", heading, *(f"  {_one_line(line, None)}" for line in lines)]
    out.append("")
    if h.stealth:
        out.append("Stealth edits (removed notes, edits after a “final” note)")
        for s in h.stealth:
            out.extend(_stealth(s, h, limit))
    else:
        out.append("Stealth edits: none")
    out += ["", "Notes" if h.notes else "Notes: none"]
    for n in h.notes:
        out.append(f"  {n.id}  {_span(n)}  {_date(n.date)}  {_one_line(n.text, limit)}")
    out += ["", "Silent edits by step" if silent else "Silent edits: none"]
    for step in h.steps:
        quiet = [c for c in step.changes if c.silent]
        if quiet:
            out.append(f"  v{step.before + 1} → v{step.after + 1}")
            out.extend(f"    {_change(c, limit)}" for c in quiet)
    return "\n".join(out) + "\n"
