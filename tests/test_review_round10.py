"""What the review of the tenth session's rules found them doing wrong, each on the smallest
text that showed it: emphasis read as a legend's mark, a link to another source read as a
moved address, a date to come read as a note's own, a version number read as a date."""

from __future__ import annotations

import pytest

import annotate
from annotate.dates import find_dates

_TOP = "# A post\n\nIntro paragraph about the results and what they mean for everyone.\n\n"
_END = "\n\nThe end of the post, with nothing new in it.\n"


def _silent(original: str, revised: str, fmt: str = "markdown") -> list[str]:
    c = annotate.compare(original, revised, fmt=fmt)
    return [ch.revised.text for ch in c.changes if ch.silent and ch.revised is not None]


@pytest.mark.parametrize(
    "line",
    [
        "*Hamlet* was revised many times, and the incorrect quarto is well known.",
        "**Paris** has changed a lot since the Olympics came to town.",
        "*Nota bene*, the incorrect figure in the census is well known among scholars.",
    ],
)
def test_emphasis_opening_a_paragraph_is_no_legend(line: str) -> None:
    # a legend's mark is a single "*" glued to its word that closes nothing
    c = annotate.compare(_TOP + "The body." + _END, _TOP + "The body.\n\n" + line + _END, fmt="markdown")
    assert not c.annotations
    assert [ch.revised.text for ch in c.changes if ch.silent and ch.revised] == [line]


@pytest.mark.parametrize(("old", "new"), [("*a great success*", "*a total failure*"), ("**ten million**", "**two million**")])
def test_an_edit_in_emphasis_is_not_a_value_the_legend_marks(old: str, new: str) -> None:
    table = "Scores: A {a}, B 30."
    original = _TOP + f"The mayor said it was {old} for everyone.\n\n" + table.format(a="40") + _END
    revised = _TOP + f"The mayor said it was {new} for everyone.\n\n" + table.format(a="47*") + "\n\n*denotes updated totals." + _END
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["*denotes updated totals."]
    edits = {ch.revised.text: ch.silent for ch in c.changes if ch.kind == "edit" and ch.revised}
    assert edits.pop("47*") is False  # the marked value: disclosed by its legend
    assert list(edits.values()) == [True]  # the words in emphasis: silent


def test_an_admonition_box_keeps_its_body_under_an_inner_title() -> None:
    # Asciidoctor's admonition: a title element closed on its own line, then the body, then
    # the box's own "</div>": the body is inside the box, the box is one note
    box = '<div class="admonitionblock note">\n<div class="title">Update</div>\nWe moved the servers to Berlin in May.\n</div>'
    original = _TOP + "We run three servers in Paris." + _END
    revised = _TOP + "We run three servers in Berlin.\n\n" + box + _END
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [box]
    assert not _silent(original, revised)


def test_a_box_titled_by_a_label_with_its_text_on_the_same_line_is_a_note() -> None:
    box = '<div class="sidebarblock"><div class="content"><div class="title">Update</div> We moved the servers to Berlin in May. </div></div>'
    original = _TOP + "We run three servers in Paris." + _END
    c = annotate.compare(original, _TOP + "We run three servers in Berlin.\n\n" + box + _END, fmt="markdown")
    assert [a.label for a in c.annotations] == ["Update"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("[the study](https://doi.org/10.1000/abc123)", "[the study](https://doi.org/10.1000/xyz999)"),
        ("[the talk](https://www.youtube.com/watch?v=AAAAAAA)", "[the talk](https://www.youtube.com/watch?v=BBBBBBB)"),
        ("[contact us](mailto:alice@example.com)", "[contact us](mailto:bob@example.net)"),
        ("[call us](tel:+15550001)", "[call us](tel:+15559999)"),
        ("[donate](https://paypal.me/alice)", "[donate](https://paypal.me/mallory)"),
        ("[the study](/papers/2019-study.pdf)", "[the study](/papers/2021-retraction.pdf)"),
        ('<a href="https://github.com/alice/tool">the tool</a>', '<a href="https://github.com/mallory/tool">the tool</a>'),
    ],
)
def test_a_link_to_another_source_on_the_same_site_is_an_edit(old: str, new: str) -> None:
    original = _TOP + f"As shown in {old}, the effect is large." + _END
    revised = _TOP + f"As shown in {new}, the effect is large." + _END
    assert _silent(original, revised)  # (one edit, or two where the word diff splits the address)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("[the spec](/docs/reference/sdk)", "[the spec](/docs/specs/otel/sdk)"),
        ("[the spec](http://example.com/docs/sdk)", "[the spec](https://example.com/docs/sdk)"),
        ("[the spec](https://example.com/docs/sdk/)", "[the spec](https://example.com/docs/sdk/index.html)"),
        ("[the flag](https://docs.example.org/reference.html#flag--a)", "[the flag](https://docs.example.org/reference.html#flag--b)"),
        ("[flag](https://docs.example.org/v/user-manual.html#flag--a)", "[flag](https://docs.example.org/v/reference.html#flag--a)"),
        ("[many](https://github.com/nim/Nim/graphs/contributors?to=2019-06-03)", "[many](https://github.com/nim/Nim/graphs/contributors?to=2019-06-06)"),
    ],
)
def test_a_page_moved_within_its_site_keeping_its_name_is_no_edit(old: str, new: str) -> None:
    original = _TOP + f"As shown in {old}, the effect is large." + _END
    revised = _TOP + f"As shown in {new}, the effect is large." + _END
    assert _silent(original, revised) == []


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_raised_digits_in_a_text_are_exponents_not_footnote_marks(fmt: str) -> None:
    original = _TOP + "The population was about 10⁶ at the time." + _END
    revised = _TOP + "The population was about 10⁹ at the time." + _END
    assert _silent(original, revised, fmt) == ["10⁹"]


def test_a_footnote_renumbered_in_html_is_no_edit() -> None:
    def page(n: int, extra: str) -> str:
        return (
            f"<html><body><article><p>Intro paragraph about the results.</p>{extra}"
            f'<p>A masochist<a href="#fn{n}" class="footnote-ref"><sup>{n}</sup></a> would say so.</p>'
            "<p>The end of the page.</p></article></body></html>"
        )

    c = annotate.compare(page(11, '<p>Another<a href="#fn10"><sup>10</sup></a> note.</p>'), page(10, ""), fmt="html")
    assert not [ch for ch in c.changes if ch.silent and ch.kind == "edit"]


def test_a_new_case_is_disclosed_by_the_word_written_whole_not_inside_another() -> None:
    original = _TOP + "We used go for the server." + _END
    revised = _TOP + "We used Go for the server.\n\nUpdate: Google shut the service down." + _END
    assert _silent(original, revised) == ["Go"]
    revised = _TOP + "We used Go for the server.\n\nCorrection: the language is called Go." + _END
    assert _silent(original, revised) == []


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Update: our next meetup will be held in Berlin (March 15, 2030).", None),  # an event's date, to come
        ("Update: registration closes soon (deadline: 2024-05-01).", None),
        ("Update: we moved to a different server. (March 15, 2024)", "2024-03-15"),  # signed after the stop
        ("Note: the venue is the one we used for the founding meeting — 2024-02-01", "2024-02-01"),
    ],
)
def test_a_date_in_brackets_signs_a_note_only_after_its_last_stop(note: str, date: str | None) -> None:
    original = "---\ndate: 2024-01-10\n---\n\nIntro paragraph about our meetups.\n\nThe end.\n"
    c = annotate.compare(original, original.replace("The end.", note + "\n\nThe end."), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, date)]


def test_a_signed_date_after_the_documents_update_date_is_an_events() -> None:
    original = "---\ndate: 2024-01-10\n---\n\nIntro paragraph about our meetups.\n\nThe end.\n"
    note = "Update: the next meetup moves to Berlin. (March 15, 2030)"
    revised = original.replace("date: 2024-01-10", "date: 2024-01-10\nupdated: 2024-02-01").replace("The end.", note + "\n\nThe end.")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2024-02-01"]


def test_dotted_dates_and_version_numbers() -> None:
    def values(text: str) -> list[str]:
        return [d.value for d in find_dates(text)]

    # dotted dates are day first, always: "07.05.2017" is 7 May, so "07.25.2017" and a version
    # "11.14.2023" are no dates (one reading for every dotted date, not one per value)
    assert values("on 07.05.2017 we met") == ["2017-05-07"]
    assert values("on 07.25.2017 we met") == []
    assert values("Release 11.14.2023") == []
    assert values("Stand: 01.03.2024.") == ["2024-03-01"]
    assert values("release 1.2.2024.5") == []
    assert values("version 3.10.1.2024") == []
    assert values("version 1.13.2024") == []
    assert values("a 1/2000 chance at 1/2000 s") == []  # (a month over its year is written with two digits: "09/2023")


def test_section_added_under_an_old_heading_is_the_bracket_alone() -> None:
    original = "# Post\n\nIntro paragraph about the study.\n\n## Bonus 1\n\nThe first bonus is cheap.\n\n## End\n\nThe end.\n"
    revised = original.replace(
        "The first bonus is cheap.", "[*Section added on 2020-08-27*.] The first bonus is expensive.\n\nAnother new paragraph."
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["[*Section added on 2020-08-27*.]"]
    assert any("Another new paragraph." in t for t in _silent(original, revised))


def test_original_text_over_a_quoted_poem_is_no_republication_marker() -> None:
    original = "# Poem\n\nIntro paragraph about the translation.\n\n## Translation\n\nThe sun rises over the hill.\n\nThe end.\n"
    revised = original.replace("## Translation", "## Original text\n\nLe soleil se lève sur la colline.\n\n## Translation")
    c = annotate.compare(original, revised, fmt="markdown")
    assert not [ch for ch in c.changes if ch.kind == "frame"]
    assert _silent(original, revised) == ["## Original text\n\nLe soleil se lève sur la colline."]


def test_original_post_under_an_update_still_frames_the_old_text() -> None:
    original = "# News\n\nWe launched the service today for everyone.\n\nMore about the launch here.\n"
    revised = original.replace(
        "We launched", "**Update 2024-02-01:** the service is now closed.\n\n## Original post\n\nWe launched"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [ch.revised.text for ch in c.changes if ch.kind == "frame" and ch.revised] == ["## Original post"]
