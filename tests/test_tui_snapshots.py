"""SVG snapshots of the TUI at fixed sizes (pytest-textual-snapshot; update with --snapshot-update)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import tui_fixture

import annotate
from tui.app import AnnotateApp

ORIGINAL, REVISED = tui_fixture.ORIGINAL, tui_fixture.REVISED


def _waiting(*keys: str) -> Any:
    async def run_before(pilot: Any) -> None:
        app = pilot.app
        for _ in range(2000):
            if app.ready:
                break
            await asyncio.sleep(0.01)
        assert app.ready
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
        await pilot.pause()

    return run_before


def _app(original: str | None, revised: str, **kwargs: Any) -> AnnotateApp:
    a = annotate.read_document(original) if original is not None else None
    return AnnotateApp(a, annotate.read_document(revised), **kwargs)


def test_seed_pair_side_by_side(snap_compare: Any, shared: Path) -> None:
    seed = shared / "seed"
    app = AnnotateApp.for_paths(str(seed / "original-2016-reconstructed.txt"), str(seed / "republished-2017.txt"))
    assert snap_compare(app, terminal_size=(160, 45), run_before=_waiting("a"))


def test_every_kind_side_by_side_light(snap_compare: Any) -> None:
    app = _app(ORIGINAL, REVISED, dark=False)
    assert snap_compare(app, terminal_size=(150, 48), run_before=_waiting("n"))


def test_inline_view_folded(snap_compare: Any) -> None:
    app = _app(ORIGINAL, REVISED, mode="inline", fold=True)
    assert snap_compare(app, terminal_size=(120, 40), run_before=_waiting("s", "s"))


def test_narrow_terminal(snap_compare: Any) -> None:
    app = _app(ORIGINAL, REVISED)
    assert snap_compare(app, terminal_size=(72, 30), run_before=_waiting("a"))


def test_markdown_pair_side_by_side(snap_compare: Any, samples: Path) -> None:
    """Markdown shown readably: syntax faint, headings bold, the byline italic, the link underlined."""
    pair = samples / "updates"
    app = AnnotateApp.for_paths(str(pair / "original.md"), str(pair / "revised.md"))
    assert snap_compare(app, terminal_size=(160, 45), run_before=_waiting())


def test_markdown_inline_light(snap_compare: Any) -> None:
    """Light theme, inline view: code, link, strike-through and syntax inside changed words."""
    from test_tui_markdown import ORIGINAL_MD, REVISED_MD

    a = annotate.read_document(ORIGINAL_MD, fmt="markdown")
    b = annotate.read_document(REVISED_MD, fmt="markdown")
    app = AnnotateApp(a, b, dark=False, mode="inline")
    assert snap_compare(app, terminal_size=(100, 20), run_before=_waiting())
