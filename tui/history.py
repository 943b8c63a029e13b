"""History mode of the TUI: a document's versions, one neighbouring pair at a time.

``annotate tui V1 V2 V3 …`` (or ``--git PATH``) opens ``HistoryApp`` on the library's
``History`` (``annotate.history``). It shows the comparison of versions k and k+1 with
every widget of the two-version app (the same ``DocModel``, panel, keys and search),
starting with the latest step; ``<``/``>`` step to the older/newer pair, and ``o`` on a
note (or on the change that removed one) opens the step that added that note, with the
note selected. Each pair is compared (``annotate.compare.compare_documents`` on the
versions' documents) only when first shown, in a worker thread, and kept.

Kept apart from ``tui.app`` so that the two-version app stays exactly as it was: this
subclass only adds bindings, a line naming the step, and the stepping.
"""

from __future__ import annotations

import gc
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.widgets import Static

from annotate.compare import Options
from annotate.errors import exit_status
from annotate.history_model import History, HistoryNote
from annotate.model import Change, Comparison
from annotate.render.text import visible
from tui.app import AnnotateApp
from tui.entries import Entry
from tui.header import SEP, colhead_text
from tui.model import DocModel, build_model, kept
from tui.roles import Mode
from tui.rows import Rows

STEP_HELP = "older / newer pair of neighbouring versions (history)"
ORIGIN_HELP = "on a note (or its removal): open the step that added it, the note selected"


def version_label(history: History, index: int) -> str:
    """``v3 (2023-03-08)``: a version as the step line names it."""
    d = history.versions[index].date
    return f"v{index + 1}" + (f" ({d.value})" if d is not None else "")


def step_text(history: History, k: int, width: int | None = None) -> Text:
    """The line naming step ``k``: ``v3 → v4 of 5 · 2023-03-08 → 2023-03-10``, the notes it added
    and removed, and the keys that step (left out when ``width`` is too small)."""
    a, b = history.versions[k], history.versions[k + 1]
    t = Text()
    t.append(" history ", style="bold reverse")
    t.append(f" v{k + 1} \u2192 v{k + 2} of {len(history.versions)}", style="bold")
    if a.date is not None or b.date is not None:
        t.append(f", {a.date.value if a.date else '?'} \u2192 {b.date.value if b.date else '?'}")
    step = history.steps[k]
    if step.added:
        t.append(f"{SEP}added {', '.join(step.added)}")
    for nid in step.removed:
        n = history.note(nid)
        how = "silently" if n.removal_silent else "disclosed"
        t.append(f"{SEP}removed {nid}{' (correction)' if n.correction else ''}, {how}",
                 style="bold" if n.removal_silent else "")
    hint = "   < older \u00b7 > newer \u00b7 o note's origin"
    if width is None or len(t.plain) + len(hint) <= width:
        t.append(hint, style="dim")
    return t


def entry_change(c: Comparison, e: Entry) -> Change | None:
    """The change of ``c`` that entry ``e`` lists."""
    if 0 <= e.index < len(c.changes):
        ch = c.changes[e.index]
        rng = ch.revised if e.doc == "b" else ch.original
        if ch.kind == e.kind and rng is not None and rng.start == e.offset:
            return ch
    for ch in c.changes:
        rng = ch.revised if e.doc == "b" else ch.original
        if ch.kind == e.kind and rng is not None and rng.start == e.offset:
            return ch
    return None


def _span(text: str, note: HistoryNote) -> tuple[int, int] | None:
    """Where ``note`` stands in ``text`` (its last wording, else its first), if it does."""
    for wording in (note.last_text, note.text):
        at = text.find(wording) if wording else -1
        if at >= 0:
            return at, at + len(wording)
    return None


def entry_note(history: History, k: int, c: Comparison, e: Entry) -> str | None:
    """The id of the history's note that entry ``e`` of step ``k`` shows (a note added, edited or
    removed there), or ``None`` when the change touches no note."""
    ch = entry_change(c, e)
    if ch is None:
        return None
    best: tuple[int, str | None] = (0, None)
    for rng, index in ((ch.revised, k + 1), (ch.original, k)):
        if rng is None:
            continue
        version = history.versions[index]
        for nid in version.notes:
            span = _span(version.document.text, history.note(nid))
            if span is not None:
                overlap = min(rng.end, span[1]) - max(rng.start, span[0])
                if overlap > best[0]:
                    best = (overlap, nid)
    return best[1]


class HistoryApp(AnnotateApp):
    """Step through a document's history, one neighbouring pair of versions at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *AnnotateApp.BINDINGS,
        Binding("less_than_sign", "previous_step", "Older", tooltip=STEP_HELP),
        Binding("greater_than_sign", "next_step", "Newer", tooltip=STEP_HELP),
        Binding("o", "open_origin", "Origin", tooltip=ORIGIN_HELP),
    ]

    HELP_NOTE = (
        "History: one neighbouring pair of versions at a time (the line at the top names it and the notes\n"
        "it added or removed); the left column is the older version. < and > step to the older and newer\n"
        "pair; o on a note, or on the change that removed one, opens the step that added it."
    )

    CSS = """
    #step {
        height: 1;
        background: $primary 35%;
    }
    """

    def __init__(
        self, history: History, *, options: Options | None = None, mode: Mode | None = None, fold: bool = False,
        dark: bool | None = None, export_path: str | None = None,
    ) -> None:
        if not history.steps:
            raise ValueError("a history with one version has no step to show")
        self.history = history
        self.step = len(history.steps) - 1
        """The step shown: the comparison of versions ``step`` and ``step + 1``."""
        a, b = history.versions[self.step], history.versions[self.step + 1]
        super().__init__(a.document, b.document, options=options, mode=mode, fold=fold, dark=dark,
                         export_path=export_path, paths=(a.source, b.source))
        self.models: dict[int, DocModel] = {}
        """The steps compared so far (each pair is compared once, when first shown)."""
        self._select: str | None = None
        """A note to select once the step being loaded is shown (``o``)."""
        self._told = False

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield Static(step_text(self.history, self.step), id="step")
        yield from super().compose()

    def _update_step_line(self) -> None:
        self.query_one("#step", Static).update(step_text(self.history, self.step, self.size.width))

    def _update_colhead(self) -> None:
        view = self.view
        labels = (f"v{self.step + 1}", f"v{self.step + 2}")
        text = colhead_text(self.model, self.original, self.revised, view.mode, max(1, view.content_width()),
                            labels=labels)
        self.query_one("#colhead", Static).update(text)

    def refresh_header(self) -> None:
        super().refresh_header()
        self._update_step_line()

    def on_resize(self, event: Resize) -> None:
        super().on_resize(event)
        self.call_after_refresh(self.refresh_header)  # once the app's size is the new one

    # ----------------------------------------------------------------- stepping

    def _start(self) -> None:
        self.show_step(self.step)

    def show_step(self, k: int) -> None:
        """Show step ``k`` (versions ``k`` and ``k + 1``), comparing the pair if not done yet."""
        versions = self.history.versions
        self.step = k
        self.original, self.revised = versions[k].document, versions[k + 1].document
        self.paths = (versions[k].source, versions[k + 1].source)
        self.current_entry = None
        self.ready = False
        self.model = None
        self.refresh_header()
        self._update_colhead()
        self._compare_step(k, self.view.mode, self.view.fold)

    @work(thread=True, group="step")
    def _compare_step(self, k: int, mode: Mode, fold: bool) -> None:
        """Compare the pair of step ``k`` (once: then it is kept) and lay it out, off the event loop."""
        gc.freeze()  # the app and the documents, kept while it runs (see ``tui.model.kept``)
        try:
            from annotate.compare import compare_documents

            versions = self.history.versions
            model = self.models.get(k)
            if model is None:
                comparison = compare_documents(versions[k].document, versions[k + 1].document, self.options)
                with kept():
                    model = build_model(comparison)
            width = self.view.content_width()
            with kept():
                rows = model.first_layout(width, mode, fold=fold, height=self.size.height) if width > 1 else None
        except Exception as exc:  # one line and annotate's exit code, never a traceback
            code, message = exit_status(exc)
            self.call_from_thread(self._fail, message, code)
            return
        self.call_from_thread(self._step_loaded, k, model, rows)

    def _step_loaded(self, k: int, model: DocModel, rows: Rows | None) -> None:
        c = model.comparison
        new = k not in self.models
        self.models[k] = model
        for msg in c.limits if c is not None and new else ():
            self.notify(visible(msg), title=f"limit reached (v{k + 1} \u2192 v{k + 2})", severity="warning",
                        timeout=10, markup=False)
        if k == self.step:
            self._install(model, rows)

    def _install(self, model: DocModel, rows: Rows | None) -> None:
        self.query("#loading").remove()
        self.model = model
        view = self.view
        rows = rows if rows is not None and rows.mode == view.mode and rows.fold == view.fold else None
        view.set_model(model, rows)
        view.scroll_to(y=0, animate=False, immediate=True)
        self.panel.set_entries(model.entries)
        self.ready = True
        self.refresh_header()
        self._update_colhead()
        if not self._told:
            self._told = True
            for msg in (*self.history.warnings, *(f"skipped: {s}" for s in self.history.skipped)):
                self.notify(visible(msg), severity="warning", timeout=8, markup=False)
        if self._select is not None:
            nid, self._select = self._select, None
            self._select_note(nid)

    def action_previous_step(self) -> None:
        """Show the older neighbouring pair."""
        if self.step == 0:
            self.notify("This is the first step (v1 \u2192 v2).", timeout=3)
            return
        self.show_step(self.step - 1)

    def action_next_step(self) -> None:
        """Show the newer neighbouring pair."""
        if self.step >= len(self.history.steps) - 1:
            n = len(self.history.versions)
            self.notify(f"This is the latest step (v{n - 1} \u2192 v{n}).", timeout=3)
            return
        self.show_step(self.step + 1)

    # ----------------------------------------------------------------- a note's origin

    def note_entry(self, model: DocModel, k: int, nid: str) -> Entry | None:
        """The entry of step ``k`` that shows note ``nid`` (its annotation first)."""
        c = model.comparison
        if c is None:
            return None
        found = [e for e in model.entries if entry_note(self.history, k, c, e) == nid]
        found.sort(key=lambda e: e.kind != "annotation")
        return found[0] if found else None

    def _select_note(self, nid: str) -> None:
        if self.model is None:
            return
        entry = self.note_entry(self.model, self.step, nid)
        if entry is None:
            self.notify(f"{nid} is not among the changes of this step.", timeout=4)
            return
        self.go_to_entry(entry)

    def action_open_origin(self) -> None:
        """Open the step that added the note under the current entry, with the note selected."""
        e, model = self.current_entry, self.model
        if not self.ready or model is None or model.comparison is None:
            return
        nid = entry_note(self.history, self.step, model.comparison, e) if e is not None else None
        if nid is None:
            self.notify("Go to a note first (a / n): o opens the step that added it.", timeout=4)
            return
        note = self.history.note(nid)
        when = f" on {note.date.value} ({note.date.basis})" if note.date is not None else ""
        if note.first == 0:
            self.notify(f"{nid} was already in v1, the first version known{when}.", timeout=5)
            return
        target = note.first - 1
        self.notify(f"{nid} was added in v{note.first + 1}{when}.", timeout=5, markup=False)
        if target == self.step:
            self._select_note(nid)
            return
        self._select = nid
        self.show_step(target)
