"""The twentieth session's rules, each on its own example with a guard beside it: the misses of
sets 58 and 59 (a labelled note going on into "On which note: …", a pointer's stock phrase, a
line break above a note, a footnote's label renumbered, a reST directive dated by its argument)."""

from __future__ import annotations

import pytest
from test_session17_rules import _silent

import annotate

_BASE = [
    "# A post about bridges",
    "The bridge will close on Monday for repairs lasting two weeks, the council said.",
    "Officials said traffic would be diverted through the town centre during the works.",
    "Residents have complained about the noise from the site for months now.",
]


def _post(*paragraphs: str, at: int = 4) -> tuple[str, str]:
    """The base post, and the same with ``paragraphs`` put in before its paragraph ``at``."""
    a = "\n\n".join(_BASE) + "\n"
    b = "\n\n".join([*_BASE[:at], *paragraphs, *_BASE[at:]]) + "\n"
    return a, b


def test_a_labelled_note_goes_on_into_a_paragraph_that_refers_back() -> None:
    # "**Update, evening of 2021/08/28:** …" then "On which note: …" (a new paragraph that is
    # not one going on stays the author's: tests/test_session9_reading.py's counter-examples)
    a, b = _post(
        "**Update, evening of 2021/08/28:** a reader wrote to say the works will run a week longer.",
        "On which note: the council has since published its own timetable for the works.",
        "[^1]: The timetable is on the council's site.",
    )
    c = annotate.compare(a, b, fmt="markdown")
    (note,) = c.annotations
    assert note.text.startswith("**Update") and note.text.endswith("timetable for the works.")
    assert note.date is not None and note.date.value == "2021-08-28"


def test_a_paragraph_after_a_note_in_the_middle_stays_its_own() -> None:
    # old text follows: the new paragraph may be the writer's, not the note's
    a, b = _post(
        "**Update, 28 August 2021:** a reader wrote to say the works will run a week longer.",
        "Shops on the high street will open an hour later during the works.",
        at=3,
    )
    c = annotate.compare(a, b, fmt="markdown")
    (note,) = c.annotations
    assert note.text.endswith("a week longer.")
    assert [x[:9] for x in _silent(c)] == [" -> Shops"]


def test_a_note_at_the_end_takes_no_heading_after_it() -> None:
    a, b = _post(
        "**Update, 28 August 2021:** a reader wrote to say the works will run a week longer.",
        "## Getting there",
        "Take the ferry while the bridge is closed.",
    )
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert note.text.endswith("a week longer.")


def test_a_pointers_stock_phrase_names_no_deleted_section() -> None:
    # the rename notice and the deleted mission share "Foundation" and "for more information": no naming
    original = (
        "# The Bridge Foundation\n\nThe Bridge Foundation keeps the town's bridges. The Bridge Foundation "
        "was founded in 1990.\n\n## Our mission\n\nWe repair and paint bridges, and we train engineers for the "
        "Foundation. For more information, see our vision statement.\n\n## Contact\n\nWrite to the office.\n"
    )
    revised = (
        "# The Bridge Foundation\n\nThe Bridge Foundation is now the River Trust. For more information about "
        "our expanded vision, visit the Trust's site.\n\nThe Bridge Foundation keeps the town's bridges. The "
        "Bridge Foundation was founded in 1990.\n\n## Contact\n\nWrite to the office.\n"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert len(c.annotations) == 1
    assert any("mission" in x.split(" -> ")[0] for x in _silent(c))


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />"])
def test_a_line_break_alone_above_a_note(br: str) -> None:
    # "<br>\n{% callout %}<strong><em>Update:</em></strong> …": spacing, then the note
    a, b = _post(f"{br}\n{{% callout %}}<strong><em>Update:</em></strong> The stable release is now out!{{% endcallout %}}", at=1)
    c = annotate.compare(a, b, fmt="markdown")
    (note,) = c.annotations
    assert note.label == "Update" and not _silent(c)


def test_a_line_break_above_plain_text_is_no_note() -> None:
    a, b = _post("<br>\nShops on the high street will open an hour later.", at=1)
    c = annotate.compare(a, b, fmt="markdown")
    assert not c.annotations and _silent(c)


def test_a_footnotes_label_renumbered_is_no_edit() -> None:
    # a footnote put in before another: "[^1]" becomes "[^2]", which Markdown numbers by order anyway
    a = "A seed must be large[^1].\n\nKeep one generator.\n\n[^1]: Or random.\n"
    b = "A seed must be large[^2].\n\nKeep one generator[^1].\n\n[^1]: For tests, any seed.\n\n[^2]: Or random.\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert _silent(c) == [" -> [^1]: For tests, any seed."]  # (the new footnote, not the renumbering)
    # guard: a footnote's words changed stay an edit
    c = annotate.compare(a, a.replace("Or random.", "Or chosen at random."), fmt="markdown")
    assert _silent(c)


@pytest.mark.parametrize(
    ("directive", "date"),
    [
        (".. deprecated:: 2024-11", "2024-11"),
        (".. versionchanged:: 2024-11-05", "2024-11-05"),
        (".. note:: The 2019-03-04 release fixed it.", None),  # an admonition's body, not its argument
        (".. deprecated:: 3.2 (2019-10-14)", None),  # a version with its release's day
        (".. deprecated:: 3.2", None),  # a version, not a date
        (".. deprecated:: 2024.1", None),  # a calendar version
    ],
)
def test_a_rest_directive_dated_by_its_argument(directive: str, date: str | None) -> None:
    base = ["A page about bridges\n====================", "The bridge closes on Monday.", "Traffic goes through town."]
    a = "\n\n".join(base) + "\n"
    b = "\n\n".join([*base[:2], f"{directive}\n   The bridge API has been retired.", *base[2:]]) + "\n"
    (note,) = annotate.compare(a, b, fmt="text").annotations
    assert (note.date.value if note.date else None) == date


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("**Update due to technical issues**\nDay 1 had technical issues with the event page.", None),
        ("**Update on the venue**\nThe venue has changed to the town hall.", None),
        ("**Update on the venue.** The venue has changed to the town hall.", None),
        ("**Update due to rain:** The venue has changed to the town hall.", None),
    ],
)
def test_an_update_titled_in_bold_with_what_it_is_about(paragraph: str, date: str | None) -> None:
    a, b = _post(paragraph)
    c = annotate.compare(a, b, fmt="markdown")
    (note,) = c.annotations
    assert note.label == "Update" and note.text == paragraph and not _silent(c)


@pytest.mark.parametrize(
    "paragraph",
    [
        "**Update on the venue** was postponed by the council until June.",  # bold words in a sentence
        "**Updates for the new year** are planned by the council.",
    ],
)
def test_bold_words_going_on_in_a_sentence_are_no_title(paragraph: str) -> None:
    a, b = _post(paragraph)
    assert not annotate.compare(a, b, fmt="markdown").annotations


_PAGE = (
    "<html><head><title>Bridge</title></head><body><article><h1>Bridge closes</h1>"
    "<p>The bridge will close on Monday for repairs lasting two weeks.</p>{}"
    "<p>Officials said traffic would be diverted through the town centre.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("block", "date"),
    [
        ("<p><strong>Update</strong> The venue has changed to the town hall.</p>", None),
        ("<p><b>Update (5 May 2021)</b><br>The venue has changed to the town hall.</p>", "2021-05-05"),
        ("<p><strong>Update due to technical issues</strong>\nDay 1 had technical issues with the event page.</p>", None),
    ],
)
def test_an_html_label_in_bold_without_a_colon(block: str, date: str | None) -> None:
    # the page's text keeps no "**": the bold run opening the paragraph is its title
    c = annotate.compare(_PAGE.format(""), _PAGE.format(block), fmt="html")
    (note,) = c.annotations
    assert note.label == "Update" and (note.date.value if note.date else None) == date and not _silent(c)


@pytest.mark.parametrize(
    "block",
    [
        "<p><strong>Updates to the timetable</strong> were published by the council.</p>",  # a sentence in bold going on
        "<p><strong>Update your browser</strong> to see the new timetable.</p>",
        "<p>The council said <strong>Update</strong> The venue has changed.</p>",  # bold inside, not opening
    ],
)
def test_html_bold_that_is_no_title(block: str) -> None:
    c = annotate.compare(_PAGE.format(""), _PAGE.format(block), fmt="html")
    assert not c.annotations and _silent(c)


_ADOC = ["= Spinlocks\n\nIntro text about locks.", "The body says locks are slow on every machine."]


def test_a_note_showing_an_address_takes_its_remark_after_it() -> None:
    # "EDIT: you might also like this one:\n\nhttps://…\n\nLooks like we have some contention here!"
    note = "EDIT: If you enjoyed this post, you might also like this one:\n\nhttps://example.org/2019/12/30/measuring-mutexes/\n\nLooks like we have some contention here!"
    a = "\n\n".join(_ADOC) + "\n"
    b = "\n\n".join([*_ADOC, note]) + "\n"
    (found,) = annotate.compare(a, b, fmt="text").annotations
    assert found.text == note


def test_a_note_announcing_a_later_post_takes_its_day_from_the_posts_address() -> None:
    # the note cannot be older than the post it links to, and is written when that post comes out
    original = "---\ndate: 2020-01-02\n---\n\n# Spinlocks\n\nLocks are slow on every machine.\n"
    note = "EDIT: there's now a follow up post, where we actually benchmark spinlocks:\n\nhttps://example.github.io/2020/01/04/mutexes-are-faster.html"
    (found,) = annotate.compare(original, original + "\n" + note + "\n", fmt="markdown").annotations
    assert found.date is not None and (found.date.value, found.date.basis) == ("2020-01-04", "inferred")
    # guard: a link to an older post, or a note announcing no post, gives no date
    older = note.replace("2020/01/04", "2019/12/30")
    assert annotate.compare(original, original + "\n" + older + "\n", fmt="markdown").annotations[0].date is None
    other = "EDIT: the benchmark code is here:\n\nhttps://example.github.io/2020/01/04/bench.html"
    assert annotate.compare(original, original + "\n" + other + "\n", fmt="markdown").annotations[0].date is None
    told = "> EDIT: we did this and we wrote a whole [post](https://example.org/blog/2020/01/27/removing-it) to explain it."
    assert annotate.compare(original, original + "\n" + told + "\n", fmt="markdown").annotations[0].date is None  # (written some time before the note)


def test_an_asciidoc_role_put_on_old_words_is_no_silent_addition() -> None:
    # "[.line-through]##At worst, …##": the old words struck, as the note beside them says
    a = "\n\n".join(_ADOC) + "\n"
    b = a.replace("locks are slow on every machine.", "[.line-through]##locks are slow on every machine.## (EDIT: this is wrong, see the comments)")
    c = annotate.compare(a, b, fmt="text")
    assert len(c.annotations) == 1 and not _silent(c)


@pytest.mark.parametrize(
    ("block", "date"),
    [
        ("<p>After 12 consecutive years of meetings in town, we\u2019ve decided to cancel the 2020 bridge festival.</p>", None),
        ("<p>We have made the difficult decision to postpone the bridge festival.</p>", None),
        ('<div class="note"><p>Apache Bridge 1.5.3 is an archived release, and was originally released on 2023-07-31.</p></div>', None),
        ("<p>This release is archived. The latest release is 1.5.5.</p>", None),
    ],
)
def test_a_status_put_at_a_pages_top(block: str, date: str | None) -> None:
    # an event cancelled by its organisers, a release archived; a day it was first released is not the notice's
    page = "<html><head><title>Bridge</title></head><body><article><h1>Bridge festival</h1>{}<p>The festival brings music to the old bridge.</p><p>Tickets are sold at the gate.</p></article></body></html>"
    c = annotate.compare(page.format(""), page.format(block), fmt="html")
    (note,) = c.annotations
    assert (note.date.value if note.date else None) == date and not _silent(c)


@pytest.mark.parametrize(
    "block",
    [
        "<p>We had a long talk about it, and we decided to cancel the picnic.</p>",  # a story's decision, far from a notice's form
        "<p>In the end we decided to postpone our decision on the bridge until the spring.</p>",
    ],
)
def test_a_decision_told_in_a_story_is_no_status(block: str) -> None:
    page = "<html><head><title>Bridge</title></head><body><article><h1>Bridge festival</h1>{}<p>The festival brings music to the old bridge.</p><p>Tickets are sold at the gate.</p></article></body></html>"
    assert not annotate.compare(page.format(""), page.format(block), fmt="html").annotations


def test_an_html_note_ending_with_a_colon_takes_its_list() -> None:
    block = "<p><strong>Update:</strong> the council now requires one of two things:</p><ul><li>a ticket bought online</li><li>a resident's pass</li></ul>"
    c = annotate.compare(_PAGE.format(""), _PAGE.format(block), fmt="html")
    (note,) = c.annotations
    assert note.text.endswith("a resident's pass") and not _silent(c)


@pytest.mark.parametrize(
    "paragraph",
    ["> Updated at 11:38 AM ET to include another map based on feedback from readers.", "Updated at 3:45 p.m. ET to include a statement from the mayor."],
)
def test_a_news_stamp_of_the_hour_updated(paragraph: str) -> None:
    a, b = _post(paragraph, at=1)
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert note.text == paragraph


def test_updated_at_the_same_time_is_prose() -> None:
    a, b = _post("Updated at the same time as the bridge, the roads were resurfaced.", at=1)
    assert not annotate.compare(a, b, fmt="markdown").annotations


@pytest.mark.parametrize(
    ("label", "value"),
    [("Update (5/25/18, 6:05 a.m.):", "2018-05-25"), ("Update 25/11/18:", "2018-11-25"), ("Update 5/11/18:", None), ("Update 2.4.10:", None)],
)
def test_a_labels_date_with_its_year_in_two_digits(label: str, value: str | None) -> None:
    original = "---\ndate: 2018-05-01\n---\n\n# Assignment 3\n\nThe zip file holds the starter code.\n"
    (note,) = annotate.compare(original, original + f"\n**{label} The zip file was replaced.**\n", fmt="markdown").annotations
    assert (note.date.value if note.date else None) == value


def test_an_update_field_older_than_the_post_is_not_the_revisions_date() -> None:
    # "last_modified_at: 2026-01-18" copied onto a post of 2026-04-19: never a note's date
    original = "---\ndate: 2026-04-19\n---\n\n# Cuts by state\n\nThe map shows cuts by state.\n"
    revised = original.replace("date: 2026-04-19\n", "date: 2026-04-19\nlast_modified_at: 2026-01-18 11:35:00\n") + "\nUpdate: some readers asked for a normalised map, so here it is.\n"
    (note,) = annotate.compare(original, revised, fmt="markdown").annotations
    assert note.date is None or note.date.value >= "2026-04-19"


def test_a_participle_label_in_capitals_and_bold() -> None:
    # "**UPDATED** The council …": a label; "**Updated** the docs …" is a changelog's verb
    a, b = _post("**UPDATED** The council approved the plan on Monday.", at=1)
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert note.label == "UPDATED"
    a, b = _post("**Updated** the docs for the new release.", at=1)
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_words_moved_inside_a_sentence_are_a_change() -> None:
    # "to easily interpolate a value into a string" -> "to interpolate a value into a string easily":
    # a deletion and an addition of the same few words inside a line were dropped as no change
    c = annotate.compare("One two three four five six.", "One three four five six two.", fmt="text")
    assert [(ch.kind, ch.original.text if ch.original else ch.revised.text if ch.revised else "") for ch in c.changes] == [
        ("deletion", "two"), ("addition", "two"),
    ]
    a = "# T\n\nThe server offers an action to easily interpolate a value into a string.\n\nMore text.\n"
    b = a.replace("to easily interpolate a value into a string.", "to interpolate a value into a string easily.")
    assert len(_silent(annotate.compare(a, b, fmt="markdown"))) == 2


def test_a_front_matter_above_an_asciidoc_post_is_metadata() -> None:
    # Jekyll's and Hugo's AsciiDoc and reST posts open with YAML front matter: no passage of the text
    original = "---\nlayout: post\ndate: 2021-03-28\n---\n\n= Modules\n\nThe module system confuses beginners.\n"
    revised = original.replace("date: 2021-03-28\n", "date: 2021-03-28\ntags: [Tutorial]\n")
    c = annotate.compare(original, revised, fmt="text")
    assert not _silent(c) and c.original_date is not None and c.original_date.value == "2021-03-28"
    doc = annotate.read_document("---\n\nA story begins.\n\n---\n\nBody.\n", fmt="text")
    assert len(doc.passages) == 4  # (rules around prose: no mapping, no front matter)


@pytest.mark.parametrize(
    ("paragraph", "label", "date"),
    [
        ("（2017年9月30日修正: チャンネル名を実態に合わせて修正しました）", "修正", "2017-09-30"),
        ("# 2022/09/18 重大な追記\n\n管理委員会は解散しました。", "追記", "2022-09-18"),
    ],
)
def test_japanese_dated_corrections_and_addenda(paragraph: str, label: str, date: str) -> None:
    a, b = _post(paragraph, at=4)
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert note.label == label and note.date is not None and note.date.value == date


def test_japanese_prose_opening_with_a_fix_is_no_note() -> None:
    a, b = _post("修正版のリリースは来週です。", at=4)
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_a_pages_own_address_dates_it_when_nothing_else_does() -> None:
    # a built blog page whose only date is a tag's text and its permalink ("/blog/2023/11/30/…")
    page = (
        '<html><head><title>Floats</title><meta property="og:url" content="/blog/2023/11/30/embedding-floats/"></head>'
        '<body><article><h1>Floats</h1><p>Work is now underway on floats.</p></article></body></html>'
    )
    doc = annotate.read_document(page, fmt="html")
    assert doc.date is not None and doc.date.value == "2023-11-30"
    dated = page.replace("<title>", '<meta property="article:published_time" content="2023-12-01"><title>')
    assert annotate.read_document(dated, fmt="html").date.value == "2023-12-01"  # type: ignore[union-attr]
    undated = page.replace("/blog/2023/11/30/", "/blog/embedding/")
    assert annotate.read_document(undated, fmt="html").date is None


# --- the session's review: each case its finding's input ---------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "When the rain started, we had to cancel the site visit and return to the office.",
        "In the end, we decided to postpone the vote until the report is ready.",
        "Windows XP is an unsupported version now, and the council still runs it on its traffic computers.",
        "Updated at 10 am every weekday, the council's feed lists all votes.",
    ],
)
def test_prose_the_review_found_read_as_a_note(paragraph: str) -> None:
    a, b = _post(paragraph, at=2)
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_a_note_between_rules_atop_a_plain_text_is_a_note_not_front_matter() -> None:
    body = "The council approved two lanes for the bridge.\n\nWorks start in May.\n\nTraffic will be diverted.\n"
    revised = "---\nUpdate: this article was revised on 5 May 2021 to correct the cost.\n---\n\n" + body
    (note,) = annotate.compare(body, revised, fmt="text").annotations
    assert note.label == "Update" and note.date is not None and note.date.value == "2021-05-05"


def test_a_regular_expressions_class_in_code_is_no_footnote() -> None:
    a = "Use the pattern `[^0-9]` to match.\n\nMore.\n"
    assert _silent(annotate.compare(a, a.replace("0-9", "a-z"), fmt="markdown"))


def test_a_citation_moved_to_another_footnote_is_an_edit() -> None:
    a = "A[^1] and B[^2].\n\n[^1]: One.\n\n[^2]: Two.\n"
    assert _silent(annotate.compare(a, a.replace("A[^1]", "A[^2]"), fmt="markdown"))


def test_no_impossible_day_from_a_linked_posts_address() -> None:
    original = "---\ndate: 2020-01-02\n---\n\n# Spinlocks\n\nLocks are slow.\n"
    note = "Update: there is now a follow-up post, https://example.com/2021/02/30/x/"
    assert annotate.compare(original, original + "\n" + note + "\n", fmt="markdown").annotations[0].date is None


def test_bold_runs_in_a_long_html_paragraph_read_once() -> None:
    # (each closing bold once re-read the whole paragraph before it: 1 MB of "<b>x</b> text" took minutes)
    page = "<html><body><article><p>" + "".join(f"<b>word{i}</b> and text " for i in range(3000)) + "</p></article></body></html>"
    doc = annotate.read_document(page, fmt="html")
    assert [s.kind for s in doc.inline] == ["strong"]  # (only the run that opens the block)


def test_an_image_moved_in_a_templated_address_is_no_edit() -> None:
    # '![chart]({{ "/assets/chart.png" }})' -> '({{ "/assets/images/posts/chart.png" }})': the same picture
    a = 'Intro text.\n\n![Per-pod services]({{ "/assets/2019-04-23-per-pod-services.png" }})\n\nMore text.\n'
    c = annotate.compare(a, a.replace("/assets/", "/assets/images/posts/"), fmt="markdown")
    assert not _silent(c)
    other = annotate.compare(a, a.replace("per-pod-services.png", "node-ports.png"), fmt="markdown")
    assert _silent(other)  # (another picture)
