"""Keys, paragraphs, tokens and sentences."""

from __future__ import annotations

from annotate.segment import key, paragraph_spans, sentence_spans, tokens


def test_key_folds_what_reflow_and_reencoding_change() -> None:
    assert key("It\u2019s \u201cfine\u201d \u2014 really") == key("It's  \"fine\"\n- really")
    assert key("caf\u0065\u0301") == key("caf\u00e9")  # NFD vs NFC
    assert key("a\u00a0b\u200bc") == key("a bc")
    assert key("Wait\u2026") == key("Wait...")


def test_key_keeps_words_and_case() -> None:
    assert key("Five people") != key("five people")
    assert key("12 million") != key("15 million")


def test_paragraph_spans_split_on_blank_lines_only() -> None:
    text = "  First line\nwrapped.\n\n\n Second.\n \t\nThird\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First line\nwrapped.", "Second.", "Third"]
    assert paragraph_spans(" \n\n \n") == []


def test_tokens_cover_text_and_merge_whitespace() -> None:
    text = "Hi,  there\u200b you"
    toks = tokens(text)
    assert "".join(text[t.start : t.end] for t in toks) == text
    assert [t.key for t in toks] == ["Hi", ",", " ", "there", " ", "you"]


def test_tokens_keep_graphemes_whole() -> None:
    text = "e\u0301te\u0301 \U0001F44D\U0001F3FD ok"
    pieces = [text[t.start : t.end] for t in tokens(text)]
    assert "e\u0301te\u0301" in pieces
    assert "\U0001F44D\U0001F3FD" in pieces


def test_cjk_is_split_per_character() -> None:
    assert [t.key for t in tokens("\u6771\u4eac\u3067")] == ["\u6771", "\u4eac", "\u3067"]


def test_sentences_do_not_split_at_abbreviations() -> None:
    text = (
        "Mr. Brown arrived on Feb. 5 with Dr. Green. The U.S. team won, ie. again. "
        "It was No. 5 in the list. Prices rose 5 p.c. overall! Was it? Yes."
    )
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Mr. Brown arrived on Feb. 5 with Dr. Green.",
        "The U.S. team won, ie. again.",
        "It was No. 5 in the list.",
        "Prices rose 5 p.c. overall!",
        "Was it?",
        "Yes.",
    ]


def test_one_paragraph_per_line_gives_the_same_changes_as_blank_lines() -> None:
    """A text whose paragraphs are single lines (web extractions, exports, transcripts) is
    read as one passage per line: the same changes as the blank-line layout of that text."""
    from test_parallel import large_pair

    import annotate

    a, b = large_pair(size=60_000, seed=3)

    def lines(t: str) -> str:
        return "\n".join(p.replace("\n", " ") for p in t.split("\n\n"))

    blank = annotate.compare(a, b)
    single = annotate.compare(lines(a), lines(b))
    assert len(single.original.passages) == len(blank.original.passages) > 100

    def facts(c: annotate.Comparison) -> list[tuple[str, bool, str]]:
        return [(ch.kind, ch.silent, " ".join((ch.revised or ch.original).text.split())) for ch in c.changes if ch.revised or ch.original]

    assert facts(single) == facts(blank)
    assert single.limits == ()


def test_wrapped_text_stays_joined_and_layouts_mix() -> None:
    from annotate.read import read_document

    wrapped = (
        "The council met on Monday evening to discuss the future of the\n"
        "bridge, which has been closed since the storm in October, and to\n"
        "hear from residents who live on both sides of the river."
    )
    lines = (
        "The first paragraph of the minutes records who attended the meeting and who sent apologies.\n"
        "The second paragraph records the chair's opening remarks about the storm and the bridge."
    )
    doc = read_document(wrapped + "\n\n" + lines)
    assert [doc.passage_text(p) for p in doc.passages] == [wrapped, *lines.split("\n")]


def test_lines_that_go_on_in_lower_case_are_wrapped_text() -> None:
    """Issue 16 follow-up: hard-wrapped text whose lines happen to end in punctuation is still
    one paragraph when its lines continue in lower case (a PEP's indented bullet); re-wrapping it
    moved a word across two 'paragraphs' and reported it removed and added."""
    from annotate.lines import line_paragraphs
    from annotate.segment import paragraph_spans

    t = ("    * It has been suggested that a special method named .__bytes__()\n"
         "      be added to language to allow objects to be converted into byte\n"
         "      arrays.  This decision is out of scope.")
    assert len(line_paragraphs(t, paragraph_spans(t))) == 1
    lines = ("The first paragraph stands on a line of its own, as exports write them.\n"
             "The second one, too, is written on a single line of its own here.\n"
             "And a third paragraph closes the block on its own line as well.")
    assert len(line_paragraphs(lines, paragraph_spans(lines))) == 3
