"""Word-level diff with diff-match-patch."""

from __future__ import annotations

from annotate.diff import diff_words


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
