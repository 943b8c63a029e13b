"""A post's list of updates kept in its front matter ("updates:\n  - at: … changes: …"): each
entry put in is a note dated by its entry, shown by every renderer (annotate/frontlog.py)."""

from __future__ import annotations

import annotate
from annotate.render.criticmarkup import render_criticmarkup
from annotate.render.html import render_html
from annotate.render.tei import render_tei

_HEAD = "---\ntitle: Long and Short\ndate: 2022-09-24\n{log}---\n\nLonger-form writing is often more valuable.\n\nShort posts share knowledge quickly.\n"
_ONE = "updates:\n  - at: 2023-08-12T20:33:00-0600\n    changes: >\n      I stopped reading Rickard.\n"
_TWO = _ONE + "  - at: 2023-09-01\n    changes: Fixed a link.\n"


def test_an_entry_put_into_the_front_matters_log_is_a_dated_note() -> None:
    c = annotate.compare(_HEAD.format(log=""), _HEAD.format(log=_ONE), fmt="markdown")
    (note,) = c.annotations
    assert note.text == _ONE.rstrip("\n")  # (the first entry with its key's line, "updates:")
    assert note.label == "update" and note.date is not None and (note.date.value, note.date.basis) == ("2023-08-12", "explicit")
    assert not [ch for ch in c.changes if ch.silent]


def test_only_the_new_entry_of_a_longer_log_is_a_note() -> None:
    c = annotate.compare(_HEAD.format(log=_ONE), _HEAD.format(log=_TWO), fmt="markdown")
    (note,) = c.annotations
    assert note.text == "- at: 2023-09-01\n    changes: Fixed a link." and note.date is not None and note.date.value == "2023-09-01"


def test_lists_that_are_no_log_stay_metadata() -> None:
    for log in ("updates:\n  - one\n  - two\n", "tags:\n  - at: 2023-08-12\n    changes: x\n", "updates:\n  - changes: no date at all\n"):
        assert not annotate.compare(_HEAD.format(log=""), _HEAD.format(log=log), fmt="markdown").annotations, log


def test_every_renderer_shows_a_front_matter_note() -> None:
    c = annotate.compare(_HEAD.format(log=""), _HEAD.format(log=_ONE), fmt="markdown")
    page = render_html(c)
    assert 'id="n1"' in page and "front matter" in page
    assert render_criticmarkup(c).startswith("{++updates:") and "in the front matter" in render_criticmarkup(c)
    assert 'type="front-matter"' in render_tei(c) and 'xml:id="n1"' in render_tei(c)


def test_the_tui_names_a_front_matter_note_with_its_words() -> None:
    from tui.model import build_model

    c = annotate.compare(_HEAD.format(log=""), _HEAD.format(log=_ONE), fmt="markdown")
    labels = [label.text for s in build_model(c).sections for label in s.labels]
    assert any(t.startswith("* annotation n1 (front matter)") and "I stopped reading Rickard" in t for t in labels), labels
