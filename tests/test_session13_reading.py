"""What the thirteenth session's reading of real pairs taught, each on the smallest text that
shows it: a Markdown link put on words already there changes no word a reader reads."""

from __future__ import annotations

import annotate

_MEMO = "# Directive\n\nAgencies follow {memo}, issued in 2020, and publish a policy.\n\nOther text.\n"


def test_a_link_put_on_words_already_there_is_no_silent_edit() -> None:
    # (CISA's directive: "M-20-32," → "[M-20-32](https://…/M-20-32.pdf),")
    c = annotate.compare(_MEMO.format(memo="M-20-32"), _MEMO.format(memo="[M-20-32](https://www.whitehouse.gov/m-20-32.pdf)"), fmt="markdown")
    assert c.changes and not any(ch.silent for ch in c.changes)
    # and taken off again
    c = annotate.compare(_MEMO.format(memo='[M-20-32](https://example.gov/m.pdf "the memo")'), _MEMO.format(memo="M-20-32"), fmt="markdown")
    assert c.changes and not any(ch.silent for ch in c.changes)
    # a reference link as well
    c = annotate.compare(_MEMO.format(memo="the memo"), _MEMO.format(memo="[the memo][m2032]"), fmt="markdown")
    assert not any(ch.silent for ch in c.changes)


def test_a_link_with_new_words_or_an_image_is_still_an_edit() -> None:
    # new words inside the link: those words are silent
    c = annotate.compare(_MEMO.format(memo="M-20-32"), _MEMO.format(memo="[memo M-20-32](https://example.gov/m.pdf)"), fmt="markdown")
    assert any(ch.silent and ch.revised is not None and "memo" in ch.revised.text for ch in c.changes)
    # words turned into an image: a picture where there was text
    c = annotate.compare(_MEMO.format(memo="the chart"), _MEMO.format(memo="![the chart](chart.png)"), fmt="markdown")
    assert any(ch.silent for ch in c.changes)
    # a plain text has no link syntax: "](…)" there is text
    c = annotate.compare(_MEMO.format(memo="M-20-32"), _MEMO.format(memo="[M-20-32](see below)"), fmt="text")
    assert any(ch.silent for ch in c.changes)


_DIRECTIVE = "---\ntitle: Emergency Directive 21-02\ndate: 2021-03-03\n---\n\n{top}# Emergency Directive 21-02\n\nAgencies shall disconnect the servers.\n"


def test_an_unlabelled_notice_gives_the_date_it_says_a_thing_happened_on() -> None:
    # (CISA's directive: bold pointers to its supplements put at the top)
    top = "**See [supplemental direction v2](#sd-v2) issued on April 13, 2021 for the latest.**\n\n"
    c = annotate.compare(_DIRECTIVE.format(top=""), _DIRECTIVE.format(top=top), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(top.strip(), "2021-04-13")]
    # a date before the original's is what the notice speaks of, not when it was put there
    top = "**See the [emergency directive of 2020](#ed-20) issued on March 3, 2020 for background.**\n\n"
    c = annotate.compare(_DIRECTIVE.format(top=""), _DIRECTIVE.format(top=top), fmt="markdown")
    assert all(a.date is None or a.date.value != "2020-03-03" for a in c.annotations)


_PATCH = "---\ntitle: Patch 7.4.1577\ndate: 2016-03-20\n---\n\nUse 7.4.1576 or earlier.\n\n{note}Build it yourself if you must.\n"


def test_a_note_with_no_label_dated_as_a_label_is_dated() -> None:
    # (vim-jp: "(2016/04/01: 7.4.1639 から 7.4.1645 でも不具合が残っていたため、その旨追記しました。)")
    for note, want in (
        ("(2016/04/01: 7.4.1639 から 7.4.1645 でも不具合が残っていたため、その旨追記しました。)", "2016-04-01"),
        ("[June 3, 2016 — the maintainers have since released 7.4.1646.]", "2016-06-03"),
    ):
        c = annotate.compare(_PATCH.format(note=""), _PATCH.format(note=note + "\n\n"), fmt="markdown")
        assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, want)]
    # a date in the middle is not the note's ("[the fix of June 3, 2016 broke it]"), nor one before the original's
    for note in ("[the fix of June 3, 2016 broke builds on Windows]", "(2015/04/01: the first report of this bug.)"):
        c = annotate.compare(_PATCH.format(note=""), _PATCH.format(note=note + "\n\n"), fmt="markdown")
        assert all(a.date is None or a.date.value not in ("2016-06-03", "2015-04-01") for a in c.annotations)


def test_a_chinese_or_japanese_last_updated_stamp_is_the_documents_date() -> None:
    # (the twelfth review's J2: "更新于2022年10月1日" → "更新于2022年10月23日" at the foot was a silent edit)
    for stamp in ("更新于{}", "最終更新日：{}"):
        doc = "# 标题\n\n正文第一段。\n\n第二段。\n\n第三段。\n\n第四段。\n\n" + stamp + "\n"
        c = annotate.compare(doc.format("2022年10月1日"), doc.format("2022年10月23日"), fmt="markdown")
        assert c.revised.date is not None and c.revised.date.value == "2022-10-23"
        assert c.changes and not any(ch.silent for ch in c.changes)
