"""The reader's short cut through markdown-it's inline stage (``read.markdown._inline``: a run
of plain text made text tokens directly) gives exactly the tokens the full inline parser gives."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from annotate.read.markdown import _parser

_HERE = Path(__file__).parent


def _full() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin)


def _dump(tokens: Any) -> list[Any]:
    out: list[Any] = []
    for t in tokens:
        out.append((t.type, t.content, t.map, t.markup, t.tag, t.info, t.level, t.nesting, t.block, t.hidden, sorted((t.attrs or {}).items())))
        if t.children:
            out.append(_dump(t.children))
    return out


def test_random_texts_read_the_same() -> None:
    pieces = ["a", "b", " ", "  ", "\t", "\n", "x y", ".", "-", ":", "#", "1.", ">", "=", "+", "|", "  \n", " \n ",
              "\t\n", "\n\n", "é", "\u00a0", "\u3000", "$", "%", "*", "_", "[", "]", "`", "<", "&", "~", "!", "^", "\\"]
    rng = random.Random(11)
    full, ours = _full(), _parser()
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        assert _dump(ours.parse(text)) == _dump(full.parse(text)), repr(text)


def test_the_corpus_reads_the_same() -> None:
    full, ours = _full(), _parser()
    files = sorted((_HERE / "corpus").rglob("*.md"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert _dump(ours.parse(text)) == _dump(full.parse(text)), f.name
