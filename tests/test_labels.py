"""The note vocabulary (``annotate/labels.py``): every label style people write is
detected with its date, never taken for a dateline, and prose is not a label."""

from __future__ import annotations

import pytest

import annotate
from annotate.openings import label_at
from annotate.read import dateline, read_document

LABELS = [
    ("**Update**: the council voted.", "Update", None),
    ("Note added in proof: the works last three weeks, not two.", "Note added in proof", None),  # (a journal's form)
    ("> **Update, August 18, 2025**\n> The road reopened.", "Update", "2025-08-18"),
    ("**Update 2020-06-18**: new figures.", "Update", "2020-06-18"),
    ("*Edit: fixed the link.*", "Edit", None),
    ("Updated — 14 July 2017: the minister resigned.", "Updated", "2017-07-14"),
    ("Update 2 — 18 July 2017: more.", "Update 2", "2017-07-18"),
    ("*Updated on 2023-01-10 at 21:30 UTC to include the new figures.*", "Updated", "2023-01-10"),
    ("This article was updated on 14 July 2017 to add a quote.", "This article was updated", "2017-07-14"),
    ("*This story has been updated.*", "This story has been updated", None),
    ("Update (Oct 2nd 4:00 UTC): fixed.", "Update", "XXXX-10-02"),
    ("Update, Monday 24 July 2017: the vote.", "Update", "2017-07-24"),
    ("Update: Feb 5, 2020: the data.", "Update", "2020-02-05"),
    ("Update Feb. 5 2020: the data.", "Update", "2020-02-05"),
    ("## Update (2013-08-06 9:33 UTC)", "Update", "2013-08-06"),
    ("UPDATE #3: again", "UPDATE #3", None),
    ("Update II: again", "Update II", None),
    ("Editor's note: hello", "Editor's note", None),
    ("Ed. note: hello", "Ed. note", None),
    ("Correction (March 3, 2021): An earlier version said 12.", "Correction", "2021-03-03"),
    ("Erratum: the figure is 15.", "Erratum", None),
    ("Transcriber's note: spelling kept.", "Transcriber's note", None),
    ("Retraction: we withdraw the claim.", "Retraction", None),
    ("Addendum: one more thing.", "Addendum", None),
    ("P.S. I forgot.", "P.S.", None),
    ("_Update, June 2023_:\nThe guidelines moved.", "Update", "2023-06"),
    ("<p><strong>Update for February 12, 2015:</strong> More.</p>", "Update", "2015-02-12"),
    (":::note\n**Note:** This section was updated in June 2019 to reflect V8 v7.7.\n:::", "Note", "2019-06"),
    ("# _(Update 20-June-2023)_ Security releases available", "Update", "2023-06-20"),
    ("Update (2007/04/23): Discussion went on.", "Update", "2007-04-23"),
    ("Note added January 2022: This post was written in 2011.", "Note", "2022-01"),
    ("Author's note, 6 July 2017 \u2014 I was wrong about the bridge.", "Author's note", "2017-07-06"),
    ("Update, 6 July 2017 \u2014 the bridge reopened.", "Update", "2017-07-06"),
]


@pytest.mark.parametrize(("text", "label", "date"), LABELS)
def test_every_label_style_is_detected_with_its_date(text: str, label: str, date: str | None) -> None:
    found = label_at(text, 0, len(text))
    assert found is not None
    assert found[0] == label
    assert (found[1].value if found[1] else None) == date


@pytest.mark.parametrize(("text", "label", "date"), LABELS)
def test_no_label_is_taken_for_a_dateline(text: str, label: str, date: str | None) -> None:
    assert dateline(text, [(0, len(text))]) == (None, None)


@pytest.mark.parametrize(
    "prose",
    ["Notes on the vote are below.", "Updated software is good: yes.", "Update the config: run it.",
     "Revised estimates show growth: 5%.", "Editing is hard: ask anyone.", "Updates to the app are free."],
)
def test_prose_is_not_a_label(prose: str) -> None:
    assert label_at(prose, 0, len(prose)) is None


def test_a_year_less_date_takes_its_year_from_the_original() -> None:
    orig = "By Jo Smith — 5 July 2016\n\nThe bridge closed.\n\nTraffic moved to the ring road."
    c = annotate.compare(orig, orig + "\n\nUPDATE, July 14: the bridge reopened.")
    [a] = c.annotations
    assert a.date is not None and (a.date.value, a.date.basis) == ("2016-07-14", "explicit")
    c = annotate.compare(orig, orig + "\n\nUPDATE, March 2: the bridge reopened.")
    assert c.annotations[0].date is not None and c.annotations[0].date.value == "2017-03-02"


def test_a_heading_update_section_is_one_note() -> None:
    orig = "# Release\n\nThe release is out.\n\n## Details\n\nIt has fixes."
    section = "## Update (2013-08-06 9:33 UTC)\n\nA second build is out.\n\n- it fixes the crash\n- it is faster"
    c = annotate.compare(orig, orig.replace("## Details", section + "\n\n## Details"), fmt="markdown")
    assert [a.text for a in c.annotations] == [section]
    assert c.annotations[0].date is not None and c.annotations[0].date.value == "2013-08-06"
    assert [ch.kind for ch in c.changes] == ["annotation"]


def test_front_matter_is_metadata_with_dates_and_no_silent_edit() -> None:
    orig = "---\ntitle: Bridge\ndate: 2019-03-05\ntags: [a]\n---\n\nThe bridge closed.\n\nIt was old.\n"
    rev = orig.replace("tags: [a]", "tags: [a, b]\nlastmod: 2019-03-07").replace(
        "It was old.", "It was old.\n\n**Update:** it reopened."
    )
    c = annotate.compare(orig, rev, fmt="markdown")
    assert c.original.title == "Bridge"
    assert c.original_date is not None and (c.original_date.value, c.original_date.basis) == ("2019-03-05", "metadata")
    assert [ch.kind for ch in c.changes] == ["annotation"]
    assert c.annotations[0].date is not None and c.annotations[0].date.value == "2019-03-07"
    doc = read_document(rev, fmt="markdown")
    assert all(p.start > rev.index("---\n\n") for p in doc.passages)


def test_front_matter_aliases_are_refused_without_expanding() -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n\nBody."
    doc = read_document(bomb, fmt="markdown")
    assert any("aliases" in w for w in doc.warnings)
    assert [doc.passage_text(p) for p in doc.passages] == ["Body."]


def test_disclosure_names_the_note_and_a_topic_word_is_not_disclosure() -> None:
    body = ["Russian and Chinese leaders met in Moscow.", "They signed a trade pact worth 10 billion.", "Analysts were divided."]
    orig = "\n\n".join(body)
    rev = "\n\n".join([body[0], body[1].replace("10 billion", "12 billion"), "Analysts were sceptical."]) + (
        "\n\n(Update: the Russian side now says the pact is worth 12 billion.)"
    )
    c = annotate.compare(orig, rev)
    edits = {ch.revised.text: ch for ch in c.changes if ch.kind == "edit" and ch.revised}
    assert edits["12"].silent is False and edits["12"].disclosed_by == ("n1",) and edits["12"].disclosure == "specific"
    assert edits["sceptical"].silent is True and edits["sceptical"].disclosed_by == ()


def test_strike_through_is_a_visible_change() -> None:
    c = annotate.compare("The bridge opens in May.\n\nEnd.", "The bridge opens in ~~May~~ June.\n\nEnd.", fmt="markdown")
    assert [ch.disclosure for ch in c.changes if ch.kind != "annotation"] and all(
        not ch.silent for ch in c.changes
    )


@pytest.mark.parametrize(("text", "label", "date"), LABELS)
def test_every_label_is_styled_in_the_text_report(text: str, label: str, date: str | None) -> None:
    """The third use of the one vocabulary: the text report picks the label out (``Keyword``)."""
    from pygments.token import Generic, Keyword

    from annotate.render.text import note_tokens

    styled = [v for t, v in note_tokens(Generic.Inserted, text) if t is Keyword]
    assert styled and label.lower().startswith(styled[0].lower().rstrip(".")[:4]), styled


def test_a_dated_note_before_the_byline_is_a_note_not_the_dateline() -> None:
    """Issue 10's drift: "Author's note, 6 July 2017 — …" was a note *and* the dateline."""
    orig = "By Jo Smith \u2014 5 July 2016\n\nThe bridge closed.\n\nIt was old."
    for note in ("Author's note, 6 July 2017 \u2014 I was wrong about the bridge.", "Update, 6 July 2017 \u2014 it reopened."):
        c = annotate.compare(orig, note + "\n\n" + orig)
        assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2017-07-06")]
        assert c.original_date is not None and c.original_date.value == "2016-07-05"
        assert dateline(note, [(0, len(note))]) == (None, None)


def test_front_matter_differences_are_reported_as_metadata_changes() -> None:
    from annotate.render import render
    from annotate.render.json import comparison_json

    orig = "---\ntitle: Bridge\ndate: 2019-03-05\ntags: [a]\n---\n\nThe bridge closed.\n"
    rev = "---\ntitle: Bridge\ndate: 2019-03-05\ntags: [a, b]\ntranslator: Ann <script>\n---\n\nThe bridge closed.\n"
    c = annotate.compare(orig, rev, fmt="markdown")
    assert c.changes == ()
    assert [(m.key, m.original, m.revised) for m in c.metadata_changes] == [
        ("tags", "a", "a, b"), ("translator", None, "Ann <script>")]
    assert comparison_json(c)["metadata_changes"][1] == {
        "key": "translator", "original": None, "revised": "Ann <script>", "silent": False, "disclosed_by": []}
    text = render(c, "text", color=False, width=100, limit=None)
    assert "metadata tags: a \u2192 a, b" in text and "No differences" not in text
    page = render(c, "html", view="side", context=2)
    assert "Front matter translator: (new) \u2192 Ann &lt;script&gt;" in page


def test_the_text_report_dims_markdown_syntax_in_colour_only() -> None:
    """Issue 11: with colour, the text report shows Markdown syntax dim; without, the text is as written."""
    from annotate.render import render

    orig = "# Bridge\n\nThe bridge *closed* on Monday.\n"
    rev = orig + "\n**Update (5 July 2017):** it [reopened](https://example.org/news).\n"
    c = annotate.compare(orig, rev, fmt="markdown")
    plain = render(c, "text", color=False, width=100, limit=None)
    assert "**Update (5 July 2017):** it [reopened](https://example.org/news)." in plain
    coloured = render(c, "text", color=True, width=100, limit=None)
    assert "\x1b[" in coloured and "](https://example.org/news)" in coloured
    from pygments.token import Comment, Generic

    from annotate.render.text import note_tokens

    dim = [v for t, v in note_tokens(Generic.Inserted, "**Update:** it [reopened](https://x.org).") if t is Comment]
    assert dim == ["**", "**", "[", "](https://x.org)"]


def test_a_note_naming_only_kinds_of_editing_is_a_general_notice() -> None:
    from annotate.notices import general_notice

    assert general_notice("UPDATED 14.01.2016 15:17 UTC+1: editing, spelling+grammar")
    assert general_notice("Edit: typos and formatting")
    assert not general_notice("Update: the vote was moved to May.")
