"""Hypothesis properties: nothing lost, nothing invented, reflow is no change."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import annotate
from annotate.model import Comparison

WORDS = st.sampled_from(
    ["harbour", "council", "12", "15", "mayor", "\u00e9t\u00e9", "e\u0301te\u0301", "na\u00efve", "\u201cquoted\u201d",
     "it\u2019s", "\u2014", "(aside)", "[x]", "\u6771\u4eac", "\U0001F44D", "\u05e9\u05dc\u05d5\u05dd", "a", "the", "Mr.",
     "U.S.", "\u00a0", "\u200b", "end.", "\u202e", "\x1b[31m", "zero"]
)
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=25).map(" ".join).filter(lambda p: p.strip() != "")
DOC = st.lists(PARAGRAPH, min_size=0, max_size=12)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def rebuilt(c: Comparison) -> tuple[str, str]:
    ops = c.opcodes()
    return (
        "".join(c.original.text[o.a_start : o.a_end] for o in ops),
        "".join(c.revised.text[o.b_start : o.b_end] for o in ops),
    )


@FAST
@given(DOC, DOC)
def test_both_texts_rebuilt_exactly(a: list[str], b: list[str]) -> None:
    c = annotate.compare("\n\n".join(a), "\n\n".join(b))
    assert rebuilt(c) == (c.original.text, c.revised.text)
    for op in c.opcodes():
        assert op.a_start <= op.a_end and op.b_start <= op.b_end


@FAST
@given(DOC, st.randoms(use_true_random=False))
def test_mutations_rebuild_and_changes_point_at_real_text(a: list[str], rnd: object) -> None:
    import random

    r: random.Random = rnd  # type: ignore[assignment]
    b = list(a)
    for _ in range(r.randint(0, 4)):
        action = r.choice(["edit", "insert", "delete", "move"])
        if action == "insert" or not b:
            b.insert(r.randint(0, len(b)), "brand new paragraph about " + r.choice(["tides", "trams", "taxes"]))
        elif action == "delete":
            b.pop(r.randrange(len(b)))
        elif action == "move":
            b.insert(r.randint(0, len(b) - 1), b.pop(r.randrange(len(b))))
        else:
            k = r.randrange(len(b))
            b[k] = b[k] + " changed"
    c = annotate.compare("\n\n".join(a), "\n\n".join(b))
    assert rebuilt(c) == (c.original.text, c.revised.text)
    for ch in c.changes:
        if ch.original:
            assert c.original.text[ch.original.start : ch.original.end] == ch.original.text
        if ch.revised:
            assert c.revised.text[ch.revised.start : ch.revised.end] == ch.revised.text
    if a == b:
        assert c.changes == ()


@FAST
@given(DOC)
def test_self_and_reflowed_copies_have_no_changes(a: list[str]) -> None:
    text = "\n\n".join(a)
    assert annotate.compare(text, text).changes == ()
    # Hard-wrap every line (a space between two visible characters becomes a newline).
    reflowed = "\n\n\n".join(re.sub(r"(?<=\S) (?=\S)", "\n", p) for p in a)
    assert annotate.compare(text, reflowed).changes == ()
    crlf = text.replace("\n", "\r\n").encode("utf-8-sig")
    assert annotate.compare(text, crlf).changes == ()


BODY_PARAS = [
    "The ferry timetable changed twice this spring, confusing commuters on both banks.",
    "Engineers blamed the delay on a shortage of spare parts for the older vessels.",
    "A new boat is due next year, according to the operator's annual report.",
    "Passenger numbers nevertheless rose by a fifth compared with last year.",
    "The island's school now starts later to fit the first morning crossing.",
]


@FAST
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["(", "["]), st.sampled_from(
    ["Update: the timetable settled in June.", "Since then a second boat was ordered.",
     "Editor's note: figures corrected.\n\nA second paragraph of the same note."])), max_size=4, unique_by=lambda t: t[0]))
def test_inserted_notes_are_found_exactly(notes: list[tuple[int, str, str]]) -> None:
    paras = list(BODY_PARAS)
    expected = []
    for pos, opener, body in sorted(notes, reverse=True):
        note = opener + body + (")" if opener == "(" else "]")
        paras.insert(pos, note)
    for _pos, opener, body in sorted(notes):
        expected.append(opener + body + (")" if opener == "(" else "]"))
    original = "\n\n".join(BODY_PARAS)
    revised = "\n\n".join(paras)
    c = annotate.compare(original, revised)
    assert [a.text for a in c.annotations] == expected
    assert [ch.kind for ch in c.changes] == ["annotation"] * len(expected)
    alone = annotate.find_annotations(revised)
    assert [a.text for a in alone.annotations] == expected
    assert " ".join(annotate.strip_annotations(revised).split()) == " ".join(original.split())


MD_WORD = st.sampled_from(["bridge", "council", "voted", "river", "closed", "the", "on", "Monday", "2021", "repairs"])
MD_PARAGRAPH = st.lists(
    st.tuples(MD_WORD, st.sampled_from(["", "", "", "*", "**", "`"])), min_size=1, max_size=20
).map(lambda ws: " ".join(f"{m}{w}{m}" for w, m in ws))


def _reflow(paragraph: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


@FAST
@given(st.lists(MD_PARAGRAPH, min_size=1, max_size=8), st.integers(min_value=12, max_value=90),
       st.integers(min_value=12, max_value=90))
def test_reflowed_and_re_emphasised_markdown_compares_equal(paragraphs: list[str], w1: int, w2: int) -> None:
    """Issue 11: re-wrapping a Markdown file, and writing its emphasis with ``_`` instead of
    ``*``, is no change; both texts still rebuild exactly."""
    a = "# Title\n\n" + "\n\n".join(_reflow(p, w1) for p in paragraphs) + "\n"
    b = "# Title\n\n" + "\n\n".join(_reflow(p.replace("*", "_"), w2) for p in paragraphs) + "\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert c.changes == ()
    assert rebuilt(c) == (c.original.text, c.revised.text)


@given(st.text(alphabet="ab_ _.9\u00e9\u0663\u00b2*\n", max_size=40))
def test_emphasis_underscores_found_from_the_underscores_match_the_pattern(text: str) -> None:
    from annotate.segment import _EMPHASIS_UNDERSCORE, _emphasis_stars

    assert _emphasis_stars(text) == _EMPHASIS_UNDERSCORE.sub(lambda m: "*" * len(m.group()), text)
