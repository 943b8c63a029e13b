"""Renderers: a ``Comparison`` → text in one output format, found by name in one registry.

Why this exists: one place names every output format, as Pygments' formatter registry
does. The CLI takes its ``--format`` choices from ``FORMATS``; adding a format is one
module with a ``render_*`` function and one entry here. Renderers only read the
``Comparison`` (and the shared row model of ``annotate.render.layout``); none diffs again.
Each is imported when first used, so a command pays only for the format it writes.

>>> from annotate.compare import compare
>>> c = compare("It was 5 km.", "It was 7 km.")
>>> sorted(FORMATS) == ["criticmarkup", "html", "json", "tei", "text"]
True
>>> render(c, "criticmarkup")
'It was {~~5~>7~~}{>>undisclosed edit<<} km.\\n'
>>> for_filename("report.HTML").name
'html'
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from annotate.model import Annotation, Comparison

XML_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
"""Characters an XML report (HTML, TEI) never holds raw — controls XML forbids, bidi overrides,
lone surrogates, non-characters: each renderer shows them as visible escapes."""


@dataclass(frozen=True)
class Format:
    """One output format of a comparison."""

    name: str
    """The ``--format`` value."""
    description: str
    """One line for help texts."""
    extensions: tuple[str, ...]
    """File extensions (lower case, with the dot) that name this format."""
    target: str
    """``module:function`` of the renderer: ``function(comparison, **options) -> str``."""
    options: frozenset[str] = frozenset()
    """Keyword options the renderer takes."""
    document: bool = False
    """A standalone document for a file (what ``annotate html --format`` offers)."""

    def renderer(self) -> Callable[..., str]:
        """The render function (imported on first use)."""
        module, function = self._module()
        return cast(Callable[..., str], getattr(module, function))

    def parts_renderer(self) -> Callable[..., Iterable[str]] | None:
        """The function beside the renderer that gives its text in pieces (``<function>_parts``),
        if the renderer has one."""
        module, function = self._module()
        return cast("Callable[..., Iterable[str]] | None", getattr(module, function + "_parts", None))

    def _module(self) -> tuple[object, str]:
        """The renderer's module (imported on first use) and the function's name."""
        module, _, function = self.target.partition(":")
        return importlib.import_module(module), function


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "a plain-text report for the terminal", (".txt",), "annotate.render.text:render_text",
               frozenset({"color", "width", "limit"})),
        Format("json", "the versioned JSON record (docs/json.md)", (".json",), "annotate.render.json:comparison_text"),
        Format("html", "the self-contained HTML report (docs/html.md)", (".html", ".htm"),
               "annotate.render.html:render_html", frozenset({"view", "context"}), document=True),
        Format("criticmarkup", "the republished text in CriticMarkup", (".critic", ".cm"),
               "annotate.render.criticmarkup:render_criticmarkup", document=True),
        Format("tei", "TEI XML, parallel segmentation of both witnesses", (".tei", ".xml"),
               "annotate.render.tei:render_tei", document=True),
    )
}
"""Every output format by name, in the order help texts list them."""


def render(c: Comparison, name: str, **options: Any) -> str:
    """``c`` rendered in format ``name`` with the renderer's keyword ``options``.

    Raises ``ValueError`` for an unknown format or an option the format does not take.
    """
    return _format(name, options).renderer()(c, **options)


def render_parts(c: Comparison, name: str, **options: Any) -> Iterable[str]:
    """``render``'s text in pieces that join to it: a renderer that can give its text in
    pieces (a ``<function>_parts`` beside it) spares the copy of a large report, and may give
    them as it makes them (the HTML report: written while it is made, never held whole)."""
    fmt = _format(name, options)
    parts = fmt.parts_renderer()
    return [fmt.renderer()(c, **options)] if parts is None else parts(c, **options)


def _format(name: str, options: dict[str, Any]) -> Format:
    fmt = FORMATS.get(name)
    if fmt is None:
        raise ValueError(f"unknown format {name!r} (choose {', '.join(FORMATS)})")
    unknown = sorted(set(options) - fmt.options)
    if unknown:
        raise ValueError(f"format {name!r} takes no option {', '.join(unknown)}")
    return fmt


def for_filename(path: str) -> Format | None:
    """The format a file name's extension names, or ``None``."""
    ext = os.path.splitext(path)[1].lower()
    return next((f for f in FORMATS.values() if ext in f.extensions), None)


def in_front_matter(c: Comparison, a: Annotation) -> bool:
    """Whether note ``a`` stands before the revised version's first passage: an entry of its front
    matter's list of updates (``annotate.frontlog``), which no row of the layout holds."""
    return a.end <= (c.revised.passages[0].start if c.revised.passages else len(c.revised.text))


def front_notes(c: Comparison) -> list[int]:
    """Indices of the notes in the front matter (``in_front_matter``)."""
    return [k for k, a in enumerate(c.annotations) if in_front_matter(c, a)]
