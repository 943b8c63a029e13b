"""Rules of the twenty-third round, each from how people write (held-out set 72), with guards.

Each case names the source that taught it; the guards are what the rule must leave alone.
"""

from __future__ import annotations

import pytest

import annotate
from annotate.read.frontmatter import front_matter

TERMS = "# Terms\n\n{stamp}Intro para one here.\n\nThe price is 5 euros per month.\n\nMore text follows here.\n"


def _compare(a: str, b: str, fmt: str = "markdown") -> annotate.Comparison:
    return annotate.compare(a, b, fmt=fmt)


@pytest.mark.parametrize(
    "old, new",
    [
        ("", "Last updated: 28 June 2026\n\n"),  # put in (terms of sale)
        ("", "Dernière mise à jour : 28 juin 2026\n\n"),  # (wallabag's CGV)
        ("", "Zuletzt aktualisiert: 28.06.2026\n\n"),
        (
            "This statement was prepared on 1 September 2020. It was last updated on 6 October 2021.\n\n",
            "This statement was prepared on 1 September 2020. It was last updated on 22 April 2026.\n\n",
        ),  # (an accessibility statement)
    ],
)
def test_an_update_stamp_put_in_or_said_and_moved_on_is_a_general_note(old: str, new: str) -> None:
    a = TERMS.format(stamp=old)
    b = TERMS.format(stamp=new).replace("5 euros", "7 euros")
    c = _compare(a, b)
    assert [n.text for n in c.annotations] == [new.strip()]
    assert c.annotations[0].date is not None and c.annotations[0].date.value[:4] in ("2021", "2026")
    edits = [ch for ch in c.changes if ch.kind != "annotation"]
    assert [(ch.kind, ch.silent, ch.disclosure) for ch in edits] == [("edit", False, "general")]  # (no "deletion" of the old day)


def test_a_stamp_inside_a_note_passage_is_that_passage() -> None:
    # (a FAQ's table: "**Note:** This table was last updated on **April 26, 2021**." moved on)
    line = "**Note:** This table was last updated on **{day}**.  Follow our issue for news."
    a = f"# FAQ\n\n{line.format(day='April 26, 2021')}\n\n| CA | Planned Revocation Date |\n|---|---|\n| One | May |\n"
    b = f"# FAQ\n\n{line.format(day='June 10, 2021')}\n\n| CA | Revocation Date |\n|---|---|\n| One | May |\n"
    c = _compare(a, b)
    assert [n.text for n in c.annotations] == [line.format(day="June 10, 2021")]
    assert [ch.silent for ch in c.changes if ch.kind != "annotation"] == [False]


@pytest.mark.parametrize(
    "old, new",
    [
        ("This page was last reviewed on 9 November 2023\n\n", "This page was last reviewed on 7 January 2026\n\n"),  # reviewed: no change told
        ("Last updated: 28 June 2026\n\n", "Last updated: 12 June 2025\n\n"),  # moved back: no update
        ("Last updated August 30, 2019\n\n", "Last updated February 3, 2021\n\n"),  # a field moved on: the page's date
        ("It was last updated on 6 October 2021.\n\n", "It was last updated on 2 May 2020.\n\n"),  # a sentence moved back
        ("Last updated: 28 June 2026\n\n", "Last updated: 28 June 2026\n\n"),  # kept
    ],
)
def test_stamps_that_tell_no_update_stay_the_pages_date(old: str, new: str) -> None:
    c = _compare(TERMS.format(stamp=old), TERMS.format(stamp=new).replace("5 euros", "7 euros"))
    assert c.annotations == ()
    assert [ch.silent for ch in c.changes if ch.revised and ch.revised.text == "7"] == [True]


def test_a_stamp_saying_what_changed_names_it() -> None:
    a = TERMS.format(stamp="")
    b = TERMS.format(stamp="Last updated 3 May 2021. We corrected the fee.\n\n").replace("5 euros", "7 euros")
    c = _compare(a, b)
    assert all(ch.disclosure != "general" for ch in c.changes)


def test_the_rest_of_the_article_rewritten_covers_what_follows_only() -> None:
    # (Hypothesis' 2016 article: "*Update, 2026: the rest of this article has been rewritten, …*")
    a = "Fixtures and py.test work.\n\nSecond paragraph says one thing.\n\nThird paragraph says another.\n"
    b = (
        "Fixtures and pytest work.\n\n*Update, 2026: the rest of this article has been rewritten, because the tool changed.*\n\n"
        "Second paragraph says a new thing.\n\nThird paragraph says another.\n"
    )
    c = _compare(a, b)
    found = [(ch.original.text if ch.original else "", ch.silent, ch.disclosure) for ch in c.changes if ch.kind == "edit"]
    assert ("py.test", True, None) in found
    assert any(not silent and how == "general" for _, silent, how in found if _ != "py.test")
    assert [n.text[:9] for n in c.annotations] == ["*Update, "]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Intro.\n\n> Some words here.\n\nText.\n", "Intro.\n\n{% info %}\n> Some words here.\n{% endinfo %}\n\nText.\n"),
        (
            "Intro.\n\n{% info %}\nThe three keywords are in no way the same, and the first one differs.\n{% endinfo %}\n\nText.\n",
            "Intro.\n\n{% callout %}\nThe three keywords are in no way the same, and the first one differs.\n{% endcallout %}\n\nText.\n",
        ),
    ],
)
def test_a_boxes_tags_around_the_same_words_are_no_edit(a: str, b: str) -> None:
    # (Kitty Giraudel's posts: blockquotes turned into "{% info %}" boxes, later renamed "{% callout %}")
    c = _compare(a, b)
    assert [ch for ch in c.changes if ch.silent] == []


def test_a_tag_that_writes_something_stays_an_edit() -> None:
    c = _compare("Intro.\n\n{% toc %}\n\nText here.\n", "Intro.\n\n{% toc %}\n\n{% youtube abc %}\n\nText here.\n")
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("addition", True)]


def test_a_rest_hyperlink_target_is_no_edit() -> None:
    # (gunicorn's design page: ".. _asyncio-workers:" put above a section)
    a = "Design\n======\n\nAsyncIO Workers\n---------------\n\nText here.\n"
    b = "Design\n======\n\n.. _asyncio-workers:\n\nAsyncIO Workers\n---------------\n\nText here.\n"
    c = _compare(a, b, fmt="text")
    assert [ch for ch in c.changes if ch.silent] == []


def test_chinese_compound_update_labels() -> None:
    # (AOSC's wiki: "项目更新：目前所需资金与硬件均已筹集完成，感谢各位的贡献！", a project update)
    a = "# 硬件\n\n我们需要一台服务器。\n"
    b = "# 硬件\n\n项目更新：目前所需资金与硬件均已筹集完成，感谢各位的贡献！\n\n我们需要一台服务器。\n"
    c = _compare(a, b)
    assert [n.label for n in c.annotations] == ["项目更新"]


def test_a_note_dated_by_the_moment_of_its_writing() -> None:
    # (jnsgr.uk: "Since I wrote this post, … at the time I write this (2025-01-17), …")
    a = "---\ndate: 2024-04-20\n---\n\n## Introduction\n\nText here.\n"
    note = (
        "> **Update**: Since I wrote this post, I have been made aware of a particular situation where, at the time I write "
        "this (2025-01-17), the steps described in this article will result in a setup that is still vulnerable. Read more."
    )
    c = _compare(a, a.replace("## Intro", note + "\n\n## Intro"))
    assert [(n.date.value if n.date else None) for n in c.annotations] == ["2025-01-17"]
    assert c.annotations[0].date is not None and c.annotations[0].date.basis == "explicit"


def test_a_date_in_a_long_note_that_is_not_its_writing_stays_unread() -> None:
    a = "---\ndate: 2024-04-20\n---\n\n## Introduction\n\nText here.\n"
    note = "> **Update**: " + "The steps below changed a lot. " * 12 + "The vendor shipped a fix on 2025-01-17."
    c = _compare(a, a.replace("## Intro", note + "\n\n## Intro"))
    assert c.annotations[0].date is None or c.annotations[0].date.value != "2025-01-17"


def test_microsoft_learns_ms_date_is_the_pages_date_month_first() -> None:
    fm = front_matter("---\ntitle: WSL\nms.date: 03/04/2021\nms.topic: article\n---\nBody.\n")
    assert fm is not None and fm.updated is not None and fm.updated.value == "2021-03-04"
    c = _compare("---\ntitle: WSL\nms.date: 09/27/2021\n---\n\nUse Code.\n", "---\ntitle: WSL\nms.date: 01/10/2024\n---\n\nUse VS Code.\n")
    assert c.original_date is not None and c.original_date.value == "2021-09-27"
    assert [ch.silent for ch in c.changes] == [True]  # (the field moving on is no note)


def test_a_field_moved_on_in_a_passage_cut_anew_stays_the_pages_date() -> None:
    # (Mozilla's privacy notice: "Last updated August 30, 2019" under its intro, then
    # "Last updated February 3, 2021" above a new intro, its old passage gone)
    a = "# Privacy\n\nWhen Mozilla receives information from you, our privacy policy applies.\n\nLast updated August 30, 2019\n\nWe publish data.\n"
    b = "# Privacy\n\nLast updated February 3, 2021\n\nThe location service estimates where you are.\n\nWe publish data.\n"
    c = _compare(a, b)
    assert c.annotations == ()
    assert c.revised_date is not None and c.revised_date.value == "2021-02-03"


def test_a_section_added_with_its_day_in_its_heading_is_a_note() -> None:
    # (Kitty Giraudel's "CSS hide-and-seek": "## Undesirable overflows (18/01/2019)" added to a 2016 post)
    a = "---\ndate: 2016-05-03\n---\n\n# Hide and seek\n\n## The snippet\n\nUse clip.\n\n## SEO\n\nIt is fine.\n"
    added = "## Undesirable overflows (18/01/2019)\n\nMultiple overflow-related issues were noticed."
    c = _compare(a, a + "\n" + added + "\n")
    assert [(n.text, n.date.value if n.date else None) for n in c.annotations] == [(added, "2019-01-18")]
    # a section about a day before the post is the story's ("The launch (March 1969)"), and brackets
    # holding more than a day are a title's
    for heading in ("## The launch (16 July 1969)", "## Plans (draft of 18/01/2019)"):
        c = _compare(a, a + "\n" + heading + "\n\nText of it.\n")
        assert c.annotations == ()


def test_a_front_matter_edits_list_with_md_entries() -> None:
    # (Kitty Giraudel's site: "edits:\n  - date: 2019/01/18\n    md: Updated the snippet …"; "md" is
    # that site's key for an entry's Markdown)
    a = "---\ntitle: CSS hide-and-seek\n---\n\nUse clip to hide text.\n"
    b = "---\ntitle: CSS hide-and-seek\nedits:\n  - date: 2019/01/18\n    md: Updated the snippet with the margin property.\n---\n\nUse clip and margin to hide text.\n"
    c = _compare(a, b)
    assert [n.date.value if n.date else None for n in c.annotations] == ["2019-01-18"]


# The review's findings (a helper trying to break this round's rules), each mended:


def test_a_stamp_beside_other_edits_in_its_passage_leaves_them_edits() -> None:
    a = "# T\n\nIntro.\n\nThe fee is 5 euros. It was last updated on 3 May 2021.\n\nEnd.\n"
    c = _compare(a, a.replace("5 euros", "50 euros").replace("2021", "2024"))
    assert [n.text for n in c.annotations] == ["It was last updated on 3 May 2024."]
    assert [(ch.kind, ch.silent, ch.disclosure) for ch in c.changes if ch.kind != "annotation"] == [("edit", False, "general")]
    # a field beside them, moved on, is the page's date: they stay silent
    a = "# T\n\nIntro.\n\nLast updated: 3 May 2021. The fee is 5 euros and you must pay it monthly.\n\nEnd.\n"
    c = _compare(a, a.replace("2021", "2024").replace("5 euros", "50 euros"))
    assert c.annotations == () and [ch.silent for ch in c.changes if ch.revised and ch.revised.text == "50"] == [True]


def test_a_sentence_about_a_subject_last_changed_is_no_stamp() -> None:
    base = "# App\n\nIntro para one here.\n\n{x}The price is 5 euros per month.\n\nMore text follows here.\n"
    c = _compare(base.format(x=""), base.format(x="The law was last amended on 3 May 2024.\n\n").replace("5 euros", "7 euros"))
    assert c.annotations == () and all(ch.silent for ch in c.changes)


def test_a_rest_target_with_an_address_and_a_box_hidden_as_a_comment_are_edits() -> None:
    a = "See the docs_.\n\n.. _docs: https://good.example.org/guide\n\nEnd.\n"
    c = _compare(a, a.replace("good.example.org/guide", "evil.example.com/other"), fmt="text")
    assert c.changes and all(ch.silent for ch in c.changes)
    a = "Intro text.\n\n{% info %}\nPay 5 euros.\n{% endinfo %}\n\nEnd.\n"
    c = _compare(a, a.replace("{% info %}", "{% comment %}").replace("{% endinfo %}", "{% endcomment %}"))
    assert c.changes and all(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "note",
    [
        "*Update 3 May 2024: none of the text below was changed.*",
        "*Editor's note, 3 May 2024: What follows are edited excerpts of the talk.*",
    ],
)
def test_no_notice_of_the_text_below_when_it_says_none_or_describes_it(note: str) -> None:
    a = "# T\n\nFirst para is 5 here.\n\nSecond para says one.\n\n## Other section\n\nThird para says two.\n"
    b = a.replace("5 here.", "7 here.\n\n" + note).replace("one.", "uno.").replace("two.", "dos.")
    c = _compare(a, b)
    assert [ch.silent for ch in c.changes if ch.kind == "edit"] == [True, True, True]


def test_a_general_notice_beside_a_notice_of_the_text_below_stays_general() -> None:
    a = "# T\n\nFirst para is 5 here.\n\nSecond para says one.\n"
    note = "*Update 3 May 2024: This article has been revised. The rest of this article has been rewritten as well.*"
    c = _compare(a, a.replace("5 here.", "7 here.\n\n" + note).replace("one.", "uno."))
    assert [(ch.silent, ch.disclosure) for ch in c.changes if ch.kind == "edit"] == [(False, "general"), (False, "general")]


def test_a_month_as_of_this_writing_is_what_the_note_speaks_of() -> None:
    a = "Intro text here.\n\nMore text.\n"
    c = _compare(a, a + "\nUpdate: as of this writing, March 2019 was the last release of the tool.\n")
    assert [n.date.value if n.date else None for n in c.annotations] != ["2019-03"]


def test_a_stamp_made_more_precise_is_not_moved_on() -> None:
    a = "# T\n\nIntro.\n\nIt was last updated on May 2021.\n\nThe fee is 5.\n"
    c = _compare(a, a.replace("on May 2021", "on 3 May 2021").replace("5.", "7."))
    assert c.annotations == ()


def test_an_update_heading_dated_by_the_line_under_it() -> None:
    # (The Overanalyzed: '<aside class="update">\n\n#### Update: …\n\nMarch 17, 2018\n<!-- {.updatetime} -->')
    a = "# Safari\n\nSafari has no custom style sheets.\n\nMore text here.\n"
    note = '<aside class="update">\n\n#### Update: Safari Had Them Since the Betas\n\nMarch 17, 2018\n<!-- {.updatetime} -->\n\nI got some good feedback.\n\n</aside>'
    c = _compare(a, a.replace("More text", note + "\n\nMore text"))
    assert [n.date.value if n.date else None for n in c.annotations] == ["2018-03-17"]


def test_a_table_of_contents_macro_is_no_note() -> None:
    a = "# Post\n\nIntro text.\n\nBody text.\n"
    c = _compare(a, a.replace("Intro text.", "[[toc]]\n\nIntro text."))
    assert c.annotations == ()


def test_an_emoji_shortcode_inside_the_emphasis_before_a_label() -> None:
    # (Microsoft's engineering playbook: "**:exclamation: NOTICE: The golint library is deprecated and archived.** …")
    from annotate.openings import label_at

    t = "**:exclamation: NOTICE: The golint library is deprecated and archived.** The linter revive is used."
    assert label_at(t, 0, len(t)) is not None and label_at(t, 0, len(t))[0] == "NOTICE"  # type: ignore[index]
    t = "**:smile: Hello** there, NOTICE: nothing."
    assert label_at(t, 0, len(t)) is None


def test_italian_nota_bene_and_importante_labels_and_a_since_date() -> None:
    # (ondata's COVID-19 data READMEs: "**Nota bene**: dal 28 ottobre 2020 è stata rimossa la colonna …")
    a = "# Dati\n\nLa tabella contiene i dati regionali.\n\nAltro testo qui.\n"
    note = "**Nota bene**: dal 28 ottobre 2020 è stata rimossa la colonna `contained_outbreaks`."
    c = _compare(a, a.replace("Altro testo", note + "\n\nAltro testo"))
    assert [(n.label, n.date.value if n.date else None) for n in c.annotations] == [("Nota bene", "2020-10-28")]
    c = _compare(a, a.replace("Altro testo", "# IMPORTANTE\n\nIl 30 ottobre 2020 è stato creato un repository ufficiale.\n\nAltro testo"))
    assert [n.label for n in c.annotations] == ["IMPORTANTE"]
    # in prose, as "Note" and "Important" are, no label
    c = _compare(a, a.replace("Altro testo", "Nota bene che il dato cambia ogni giorno.\n\nAltro testo"))
    assert c.annotations == ()


def test_the_page_subject_said_deprecated_at_its_top_is_a_notice() -> None:
    # (pymdown-extensions' page: "ExtraRawHTML has been deprecated in 6.3." in a warning box)
    a = "# ExtraRawHTML\n\n## Overview\n\nPython Markdown provides an extra extension.\n"
    c = _compare(a, a.replace("## Overview\n\n", "## Overview\n\nExtraRawHTML has been deprecated in 6.3.\n\n"))
    assert [n.text for n in c.annotations] == ["ExtraRawHTML has been deprecated in 6.3."]


def test_a_last_update_field_put_in_at_a_long_pages_foot_is_its_sites() -> None:
    # (MkDocs' revision date, "Last update: December 28, 2019", under a built page: the site's, each build)
    body = "".join(f"Paragraph {i} of the guide, with some words.\n\n" for i in range(12))
    a = "# Guide\n\n" + body
    c = _compare(a, a + "Last update: December 28, 2019\n")
    assert c.annotations == ()
    c = _compare(a, a.replace("# Guide\n\n", "# Guide\n\nLast update: December 28, 2019\n\n"))  # (at its top: the author's)
    assert [n.text for n in c.annotations] == ["Last update: December 28, 2019"]


def test_finnish_note_labels() -> None:
    # (Helsingin Sanomat's data desk: "**HUOM:** kuolemat eivät enää päivity tähän rajapintaan …", "**HOX:** …")
    from annotate.openings import label_at

    for t in ("**HUOM:** kuolemat eivät enää päivity tähän rajapintaan.", "**HOX:** deaths won't update in this endpoint anymore."):
        assert label_at(t, 0, len(t)) is not None
    t = "Huom että tämä on tavallista tekstiä."
    assert label_at(t, 0, len(t)) is None


# The second review's findings, each mended:


def test_a_sentence_stamp_put_in_at_a_pages_foot_is_still_a_note() -> None:
    paragraphs = [f"Paragraph number {i} talks about topic {i} in some detail." for i in range(12)]
    edited = list(paragraphs)
    edited[5] += " Much more now."
    c = _compare("# A\n\n" + "\n\n".join(paragraphs), "# A\n\n" + "\n\n".join([*edited, "This statement was last updated on 22 April 2026."]))
    assert [n.text for n in c.annotations] == ["This statement was last updated on 22 April 2026."]
    assert not any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "line",
    ["Python has been retired from our stack; we now use Go.", "My Grandfather has been retired for twenty years."],
)
def test_a_named_thing_retired_in_prose_is_no_notice(line: str) -> None:
    c = _compare("# Our stack\n\nPython is our main language.\n\nMore.\n", f"# Our stack\n\n{line}\n\nPython is our main language.\n\nMore.\n")
    assert c.annotations == ()


def test_since_in_spanish_and_french_before_a_notes_day() -> None:
    from annotate.notes import _ON_DATE

    assert _ON_DATE.search("Actualización: desde el ") and _ON_DATE.search("Mise à jour : depuis le ")


def test_a_bracketed_note_in_double_brackets_stays_a_note() -> None:
    c = _compare("# T\n\nIntro.\n\nMore text.\n", "# T\n\nIntro.\n\n[[Update: the link was fixed on 3 May 2021.]]\n\nMore text.\n")
    assert [n.text for n in c.annotations] == ["[[Update: the link was fixed on 3 May 2021.]]"]


def test_finnish_labels_without_markup_and_a_schedule_under_an_update_heading() -> None:
    from annotate.openings import label_at

    t = "Huomio: tämä ohje on vanhentunut."
    assert label_at(t, 0, len(t)) is not None
    a = "# Meetups\n\nWe meet monthly.\n\nMore text here.\n"
    note = "### Update: Next meetup\n\nMarch 17, 2018\nDoors open at 10 and talks start at 11.\n\nBring a friend."
    c = _compare(a, a.replace("More text", note + "\n\nMore text"))
    assert all(n.date is None or n.date.basis != "explicit" for n in c.annotations)  # (a schedule's first line is no stamp of the note's)


def test_a_general_notice_discloses_a_move_and_a_topic_word_still_does_not() -> None:
    # (set 72's rewritten terms of sale and accessibility statement: their articles reordered under
    # "Dernière mise à jour …" and "It was last updated on …"; no judge listed such a move as silent)
    paragraphs = [f"Paragraph {i} says something about the {w} here." for i, w in enumerate(["bridge", "river", "school", "market", "museum"])]
    moved = [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[2], paragraphs[4]]
    a = "# T\n\n" + "\n\n".join(paragraphs) + "\n"
    c = _compare(a, "# T\n\n*This article has been updated.*\n\n" + "\n\n".join(moved) + "\n")
    assert [(ch.silent, ch.disclosure) for ch in c.changes if ch.kind == "move"] == [(False, "general")]
    c = _compare(a, "# T\n\n*Update: the market reopened.*\n\n" + "\n\n".join(moved) + "\n")
    assert [ch.silent for ch in c.changes if ch.kind == "move"] == [True]
