"""Word-level diff with diff-match-patch."""

from __future__ import annotations

import random

import pytest

from annotate.diff import diff_words
from annotate.segment import key


def script(a: str, b: str) -> list[tuple[str, str, str]]:
    r = diff_words(a, 0, len(a), b, 0, len(b))
    return [(op.tag, a[op.a_start : op.a_end], b[op.b_start : op.b_end]) for op in r.ops]


def test_ops_cover_both_texts() -> None:
    a, b = "One two three four five.", "One 2 three four five six."
    r = diff_words(a, 0, len(a), b, 0, len(b))
    assert "".join(a[o.a_start : o.a_end] for o in r.ops) == a
    assert "".join(b[o.b_start : o.b_end] for o in r.ops) == b
    assert not r.timed_out


def test_whitespace_quotes_and_dashes_are_equal() -> None:
    a = "He said \u201cno\u201d \u2014 twice,\nthen left."
    b = 'He  said "no" - twice, then left.'
    assert [t for t, _, _ in script(a, b)] == ["equal"]


def test_words_not_characters() -> None:
    got = [s for s in script("The rate was 12 percent.", "The rate was 15 percent.") if s[0] != "equal"]
    assert got == [("replace", "12", "15")]


def test_semantic_cleanup_merges_fragments() -> None:
    a = "the quick brown fox jumps over the lazy dog"
    b = "a slow red cat walks under a sleepy dog"
    changed = [s for s in script(a, b) if s[0] != "equal"]
    assert len(changed) == 1


def test_timeout_is_reported_not_hidden() -> None:
    a = " ".join(f"w{i}" for i in range(0, 60000, 2))
    b = " ".join(f"w{i}" for i in range(1, 60000, 2))
    r = diff_words(a, 0, len(a), b, 0, len(b), timeout=0.001)
    assert r.timed_out


def test_fast_paths_agree_with_diff_match_patch() -> None:
    """Pure insertions, deletions and replacements without a shared token skip
    diff-match-patch; the script must be what it would have produced."""
    from diff_match_patch import diff_match_patch

    from annotate.diff import _encode, _opcodes
    from annotate.segment import token_seq

    cases = [
        ("The rate was 12 percent.", "The rate was 15 percent."),
        ("A short line.", "A short line, with more."),
        ("Keep this and drop that.", "Keep this."),
        ("alpha beta", "gamma delta"),
        ("", "Only new text."),
    ]
    for a, b in cases:
        fast = diff_words(a, 0, len(a), b, 0, len(b)).ops
        ba, ka = token_seq(a)
        bb, kb = token_seq(b)
        ea, eb = _encode(ka, kb)
        dmp = diff_match_patch()
        diffs = dmp.diff_main(ea, eb, False)
        dmp.diff_cleanupSemantic(diffs)
        slow = [op for op in _opcodes(diffs, ba, bb)]
        assert "".join(a[o.a_start : o.a_end] for o in fast) == a
        assert [(o.tag, a[o.a_start : o.a_end], b[o.b_start : o.b_end]) for o in fast if o.tag != "equal"] == [
            (o.tag, a[o.a_start : o.a_end], b[o.b_start : o.b_end]) for o in slow if o.tag != "equal"
        ], (a, b)


# Long paragraphs: the middle is first matched clause by clause (annotate.diff._anchored).

_VOCAB = (
    "the council voted on a budget for the harbour and river bridge, while the mayor said: "
    "yes; then winter came. A storm! Prices rose? Schools, markets and railways"
).replace(",", " ,").split()


def _paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(_VOCAB) for _ in range(rng.randint(40, 160))).replace(" ,", ",")


def _edited(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(1, 6)):
        k = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.4:
            words[k] = rng.choice(_VOCAB)
        elif roll < 0.7 and len(words) > 3:
            del words[k]
        else:
            words.insert(k, rng.choice(_VOCAB))
    return " ".join(words)


def test_anchored_middles_keep_every_invariant_and_mostly_the_same_script(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clause anchors never break the script (it covers both texts; equal means equal keys)
    and, even on this worst case of a 30-word vocabulary full of repeated clauses, almost
    always give the very script of the plain word diff (on the bench's real prose: always)."""
    import annotate.diff as diff_module

    rng = random.Random(1)
    same = anchored = 0
    for _ in range(400):
        a = _paragraph(rng)
        b = _edited(rng, a)
        got = diff_words(a, 0, len(a), b, 0, len(b))
        assert "".join(a[o.a_start : o.a_end] for o in got.ops) == a
        assert "".join(b[o.b_start : o.b_end] for o in got.ops) == b
        for o in got.ops:
            if o.tag == "equal":
                assert key(a[o.a_start : o.a_end]) == key(b[o.b_start : o.b_end])
        with monkeypatch.context() as m:
            m.setattr(diff_module, "ANCHORED_MIN", 10**9)
            plain = diff_words(a, 0, len(a), b, 0, len(b))
        same += got.ops == plain.ops
        anchored += len(a) >= diff_module.ANCHORED_MIN
    assert anchored >= 200  # the anchored path really ran
    assert same >= 0.97 * 400


def test_anchors_leave_the_edits_around_them_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    import annotate.diff as diff_module

    calls: list[int] = []
    real = diff_module._anchored

    def counting(*args: object) -> bool:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(diff_module, "_anchored", counting)
    middle = "the harbour board met on Tuesday, and the bridge stays open, " * 6
    a = "Alpha reports: " + middle + "as planned by the old council."
    b = "Beta reports: " + middle + "as planned by the new council."
    ops = [o for o in diff_words(a, 0, len(a), b, 0, len(b)).ops if o.tag != "equal"]
    assert calls == [1]
    assert [(o.tag, a[o.a_start : o.a_end], b[o.b_start : o.b_end]) for o in ops] == [
        ("replace", "Alpha", "Beta"), ("replace", "old", "new"),
    ]


def test_a_book_written_as_one_paragraph_is_matched_clause_by_clause_with_its_notes() -> None:
    """Issue 16: one huge passage with notes inside is no longer one quadratic word diff (it
    reached the time limit and came out coarse): equal clauses anchor it, notes stay notes."""
    import random

    import annotate

    rng = random.Random(2)
    words = ["river", "bridge", "council", "voted", "closed", "repairs", "town", "people", "said", "road"]
    clauses = [" ".join(rng.choice(words) for _ in range(8)) + f" {k}," for k in range(6000)]
    original = " ".join(clauses)
    edited = list(clauses)
    for k in range(0, 6000, 3):
        edited[k] = edited[k].replace(",", " indeed,")
    edited[3000] += " [Update, 5 July 2017: the road reopened.]"
    c = annotate.compare(original, " ".join(edited), options=annotate.Options(diff_timeout=5, workers=1))
    assert c.limits == ()
    assert [a.text for a in c.annotations] == ["[Update, 5 July 2017: the road reopened.]"]
    assert sorted(ch.revised.text for ch in c.changes if ch.kind == "addition" and ch.revised) == ["indeed"] * 2000


def test_changes_are_joined_across_little_words() -> None:
    """Issue 16: "prove to me the futility of pride" rewritten reads as one edit, not three
    with "the" and "of" kept as unchanged; content words between edits still split them."""
    a = "He endeavoured to prove to me the futility of pride. I wept."
    b = "He endeavoured to inspire me with courage and the core of my incurable disease. I wept."
    ops = [o for o in diff_words(a, 0, len(a), b, 0, len(b)).ops if o.tag != "equal"]
    assert [(a[o.a_start : o.a_end], b[o.b_start : o.b_end]) for o in ops] == [
        ("prove to me the futility of pride", "inspire me with courage and the core of my incurable disease")
    ]
    a2 = "The cat sat on the old mat today."
    b2 = "The dog sat on the old rug today."
    ops2 = [o for o in diff_words(a2, 0, len(a2), b2, 0, len(b2)).ops if o.tag != "equal"]
    assert [a2[o.a_start : o.a_end] for o in ops2] == ["cat", "mat"]
