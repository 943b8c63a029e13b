"""The two lines above the text: the summary of the comparison and the titles of the columns.

Both are rebuilt from the model whenever it, the current change, the view mode
or the width changes; they are ``Text`` with explicit styles, since file names
and titles are input and must never be read as markup. Both fit their width
without losing what a reader needs: the summary drops zero counts and then
shortens its words, and a column title shortens the document's title, then its
file name (with ``…``), and moves the date to a line of its own before a date
or a role ("ORIGINAL", "REPUBLISHED") is ever cut.
"""

from __future__ import annotations

import os

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text

from annotate.model import Comparison, DateInfo, Document
from annotate.render.text import visible
from tui.entries import Entry
from tui.model import DocModel
from tui.roles import Mode

SEP = " \u00b7 "


def name(doc: Document) -> str:
    """The file name of ``doc`` as shown (control characters made visible)."""
    return visible(os.path.basename(doc.source) or doc.source)


def _date(d: DateInfo | None) -> str:
    return "date unknown" if d is None else f"{d.value} ({d.basis})"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def shorten(s: str, width: int) -> str:
    """``s`` in at most ``width`` cells, its middle replaced by ``…`` when too long (a file's
    beginning and its end, the extension, both stay readable)."""
    if cell_len(s) <= width:
        return s
    if width <= 1:
        return "\u2026"[:width]
    tail_w = (width - 1) // 2
    tail = ""
    for ch in reversed(s):
        if cell_len(ch + tail) > tail_w:
            break
        tail = ch + tail
    head = set_cell_size(s, width - 1 - cell_len(tail)).rstrip()
    return head + "\u2026" + tail


def _summary_parts(c: Comparison, words: int) -> list[tuple[str, int, str]]:
    """``(text, count, kind)`` of each count in long (``words`` 0), shorter (1) or shortest (2,
    the gutter marks) words; ``kind``: ``note`` and ``silent`` show even when zero."""
    s = c.summary  # each change counted once, as the text and HTML reports count them
    silent, silent_moves = s.silent_not_moves, s.silent_moves
    moved = f" ({silent_moves} silent)" if silent_moves else ""
    # silent front matter changes (a title, an author) are not rows of the text: named here
    fields = ", ".join(visible(m.key) for m in c.metadata_changes if m.silent)
    front = (f" (front matter: {fields})", f" ({fields})", "")[words] if fields else ""
    counts = (s.annotations, silent, s.additions, s.deletions, s.edits, s.moves, s.frames)
    texts = (
        (_plural(s.annotations, "annotation"), f"! {_plural(silent, 'silent edit')}{front}", _plural(s.additions, "addition"),
         _plural(s.deletions, "deletion"), _plural(s.edits, "edit"), _plural(s.moves, "move") + moved,
         f"{s.frames} framing"),
        (_plural(s.annotations, "note"), f"! {silent} silent{front}", f"{s.additions} added", f"{s.deletions} deleted",
         f"{s.edits} edited", f"{s.moves} moved{moved}", f"{s.frames} framing"),
        (_plural(s.annotations, "note"), f"! {silent} silent", f"+{s.additions}", f"-{s.deletions}",
         f"\u00b1{s.edits}", f"\u2192{s.moves}{moved}", f"~{s.frames}"),
    )[words]
    return [(t, n, k) for t, n, k in zip(texts, counts, ("note", "silent", "", "", "", "", ""), strict=True)]


def _counts(c: Comparison, silent_style: Style, tail: int, width: int | None) -> tuple[Text, bool]:
    """The counts of ``c`` fitted to ``width`` less ``tail`` cells; and whether the badge still fits."""
    text = Text()
    for words, drop_zero in ((0, False), (0, True), (1, True), (2, True)):
        parts = [(t, n, k) for t, n, k in _summary_parts(c, words) if n or k or not drop_zero]
        text = Text()
        for i, (t, n, kind) in enumerate(parts):
            if i:
                text.append(SEP)
            style: Style | str = "bold" if kind == "note" else silent_style if kind == "silent" and n else ""
            text.append(t, style=style)
        if c.limits:
            text.append(f"{SEP}{_plural(len(c.limits), 'limit')} reached", style="bold yellow")
        if width is None or cell_len(text.plain) + tail + 11 <= width:
            return text, True
        if cell_len(text.plain) + tail + 1 <= width:
            return text, False
    return text, False


def summary_text(
    model: DocModel | None, comparing: bool, current: Entry | None, silent: Style, width: int | None = None
) -> Text:
    """The summary line: counts of each kind of change and the position of ``current``.

    ``comparing``: two documents (not one read alone); ``silent``: the style of the silent-edit
    count; ``width``: the cells to fit (zero counts are left out, then words shortened; the
    position ``[k/N]`` always shows).
    """
    position = f"  [{current.index + 1}/{len(model.entries)}]" if model is not None and current is not None else ""
    body = Text()
    badge = True
    if model is None:
        body.append("comparing\u2026" if comparing else "reading the notes\u2026", style="italic")
    elif model.comparison is not None:
        body, badge = _counts(model.comparison, silent, cell_len(position), width)
    elif model.notes is not None:
        n = model.notes
        body.append(_plural(len(n.annotations), "annotation"), style="bold")
        body.append(f"{SEP}{len(n.frames)} framing")
        rest = f"{SEP}republished version alone (no original to compare)"
        if width is None or cell_len(body.plain + rest + position) + 11 <= width:
            body.append(rest)
    t = Text()
    if badge:
        t.append(" annotate ", style="bold reverse")
    t.append(" ")
    t.append_text(body)
    if position:
        t.append(position, style="bold")
    return t


def _part(label: str, name_: str, title: str, date: str) -> Text:
    part = Text()
    part.append(f"{label} ", style="bold reverse")
    part.append(f" {name_}", style="bold")
    if title:
        part.append(f" \u2014 {title}")
    if date:
        part.append(f"{SEP}{date}", style="italic")
    return part


def _fit_names(label: str, name_: str, title: str, room: int) -> tuple[str, str] | None:
    """``(name, title)`` in ``room`` cells after the role: the title shortened (or left out) first,
    then the name; ``None`` when not even a short name fits."""
    room -= cell_len(label) + 2
    if cell_len(name_) + (cell_len(title) + 3 if title else 0) <= room:
        return name_, title
    if title and room - cell_len(name_) - 3 >= 8:
        return name_, set_cell_size(title, room - cell_len(name_) - 4).rstrip() + "\u2026"
    if room >= min(cell_len(name_), 8):
        return shorten(name_, room), ""
    return None


def doc_lines(
    label: str, doc: Document, date: DateInfo | None, width: int, extra: str = "", *, two: bool = False
) -> list[Text]:
    """The title of one document in ``width`` cells: one line when its role, a name and its date
    fit (and not ``two``), else two (the date, with ``extra`` after it, on the second); a date is
    never cut."""
    when = _date(date) + extra
    title = visible(doc.title) if doc.title else ""
    fitted = None if two else _fit_names(label, name(doc), title, width - cell_len(SEP + when))
    if fitted is not None:
        return [_part(label, *fitted, when)]
    first = _fit_names(label, name(doc), title, width) or (shorten(name(doc), max(1, width - len(label) - 2)), "")
    line = _part(label, *first, "")
    line.truncate(width, overflow="ellipsis")  # only when not even the role fits
    return [line, Text(f"  {when}", style="italic")]


def colhead_text(
    model: DocModel | None, a: Document | None, b: Document, mode: Mode, width: int,
    labels: tuple[str, str] = ("ORIGINAL", "REPUBLISHED"),
) -> Text:
    """The titles above the text: each document's role (``labels``: ``v3``, ``v4`` in a history),
    name, title and date, over its column in ``side`` mode, one under the other in the inline view."""
    left_label, right_label = labels
    rev_date = model.comparison.revised_date if model and model.comparison else b.date
    orig_date = model.comparison.original_date if model and model.comparison else (a.date if a is not None else None)
    if model is not None and model.notes is not None:
        rev_date = model.notes.date
        orig_date = model.notes.original_date
    if a is None:
        extra = f"{SEP}first published {_date(orig_date)}" if orig_date is not None else ""
        return Text("\n").join(doc_lines(right_label, b, rev_date, width, extra))
    if mode == "side":
        left_w = (width - 1) // 2
        right_w = max(1, width - left_w - 1)
        left = doc_lines(left_label, a, orig_date, left_w)
        right = doc_lines(right_label, b, rev_date, right_w)
        if len(left) != len(right):  # one column needs two lines: both put their dates on the second
            left = doc_lines(left_label, a, orig_date, left_w, two=True)
            right = doc_lines(right_label, b, rev_date, right_w, two=True)
        lines = []
        for lt, rt in zip(left, right, strict=True):
            lt.truncate(left_w, overflow="ellipsis", pad=True)
            lines.append(Text.assemble(lt, "\u2502", rt))
        return Text("\n").join(lines)
    hint = "  (inline: -deleted +inserted)"
    one = Text.assemble(*doc_lines(left_label, a, orig_date, 10**6), "  \u2192  ",
                        *doc_lines(right_label, b, rev_date, 10**6))
    if cell_len(one.plain) <= width:
        if cell_len(one.plain + hint) <= width:
            one.append(hint, style="dim")
        return one
    lines = doc_lines(left_label, a, orig_date, width) + doc_lines(right_label, b, rev_date, width)
    if cell_len(lines[-1].plain + hint) <= width:
        lines[-1].append(hint, style="dim")
    return Text("\n").join(lines)
