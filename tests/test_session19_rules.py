"""The nineteenth session's rules, each on its own example with a guard beside it: note forms
found by probing (a journal's "Note added in proof:", a dated "Heads-up (March 2021):", "Later
that week:", "Shortly after publishing this, …", a status notice about the page's information or
section, a Jekyll include of a note partial) and the misses of set 56."""

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


def _with(paragraph: str) -> annotate.Comparison:
    """The base post, and the same with ``paragraph`` added after its third paragraph."""
    a = "\n\n".join(_BASE) + "\n"
    b = "\n\n".join([*_BASE[:3], paragraph, *_BASE[3:]]) + "\n"
    return annotate.compare(a, b, fmt="markdown")


@pytest.mark.parametrize(
    ("paragraph", "label", "date"),
    [
        ("Note added in proof: the works last three weeks, not two.", "Note added in proof", None),
        ("Note added after publication: the works last three weeks.", "Note added after publication", None),
        ("**Heads-up (March 2021):** the bridge has since reopened.", "Heads-up", "2021-03"),
        ("Later that week: the bridge has since reopened.", "Later that week", None),
        ("Later the same day: the bridge reopened.", "Later the same day", None),
        ("A few days after publishing this, the bridge reopened.", "A few days after publishing this", None),
        ("Shortly after I posted this, the council changed its plans.", "Shortly after I posted this", None),
        ("**This information is out of date.** The bridge has since reopened.", None, None),
        ("> This section is no longer accurate: the bridge reopened in April.", None, None),
        ('{% include warning.html content="The bridge has since reopened, and the works ended a week early." %}', "warning", None),
        ('{% include callout.html content="The bridge has since reopened, a week early." type="info" %}', "callout", None),
    ],
)
def test_a_form_found_by_probing_is_a_note(paragraph: str, label: str | None, date: str | None) -> None:
    c = _with(paragraph)
    (note,) = c.annotations
    assert note.text == paragraph and note.label == label
    assert (note.date.value if note.date else None) == date
    assert not _silent(c)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Later that week the council met again to discuss the closure and its costs.",  # a story's "later", no colon
        "A few days after the closure, traders said business had fallen by half.",  # after an event, not the post
        "Note added to the minutes: the meeting closed at nine.",  # not a note of the text's change
        '{% include image.html file="bridge.jpg" alt="The bridge" %}',  # a partial that is no callout
        "This section describes how traffic will be diverted during the works.",  # a section told, not its status
    ],
)
def test_prose_and_partials_that_look_alike_are_content(paragraph: str) -> None:
    c = _with(paragraph)
    assert not c.annotations


_GUIDE = (
    "# How to install Foo\n\n{note}Foo is a tool for building sites. It runs on Linux and macOS.\n\n"
    "Install it with `pip install foo==1.2`. See the [install guide](https://foo.dev/install) for more.\n\n"
    "Then run `foo init` in an empty folder. It takes about 30 seconds.\n\nThat is all you need.\n"
)


def _guide(note: str, *edits: tuple[str, str]) -> annotate.Comparison:
    """The guide, and the same with ``note`` on its top and ``edits`` made."""
    b = _GUIDE.format(note=note + "\n\n" if note else "")
    for old, new in edits:
        assert old in b
        b = b.replace(old, new)
    return annotate.compare(_GUIDE.format(note=""), b, fmt="markdown")


def test_a_notice_of_fixed_links_covers_an_edit_inside_an_address() -> None:
    c = _guide("**Update:** fixed the broken link to the install guide.", ("https://foo.dev/install", "https://foo.dev/docs/install"))
    assert not _silent(c)
    # guard: without the notice, the link moved to another page is an edit of its own
    assert _silent(_guide("**Update:** Foo 1.3 is out.", ("https://foo.dev/install", "https://foo.dev/docs/install"))) == [" -> docs/"]


def test_an_update_writing_the_word_an_edit_brings_in_discloses_it() -> None:
    c = _guide("**Update:** the install step now uses pipx.", ("pip install", "pipx install"))
    assert not _silent(c)


def test_an_update_writing_a_word_the_page_already_has_does_not() -> None:
    # guard: "sites" is on the page before the edit; the note writing it names no edit bringing it
    c = _guide("**Update:** Foo now builds sites faster.", ("in an empty folder", "in an empty folder with your sites"))
    assert _silent(c) == [" -> with your sites"]


def test_a_whole_figure_with_its_unit_written_by_a_note_is_disclosed() -> None:
    c = _guide("**Update:** The timing was wrong; it is closer to 2 minutes.", ("about 30 seconds", "about 2 minutes"))
    assert not _silent(c)
    # guard: a note about something else names no such edit
    assert _silent(_guide("**Update:** Foo 1.3 is out.", ("about 30 seconds", "about 2 minutes"))) == ["30 seconds -> 2 minutes"]


@pytest.mark.parametrize("note", ["*Updated to Foo 2.0.*", "*Updated for Foo 2.*", "_Revised for Python 3.12._"])
def test_updated_for_a_new_release_is_a_general_notice(note: str) -> None:
    c = _guide(note, ("foo==1.2", "foo==2.0"))
    assert len(c.annotations) == 1 and not _silent(c)


_PAGE = (
    "<html><head><title>Bridge</title></head><body><article><h1>A post about bridges</h1>"
    "<p>The bridge will close on Monday for repairs lasting two weeks, the council said.</p>"
    "<p>Officials said traffic would be diverted through the town centre during the works.</p>{}</article></body></html>"
)


@pytest.mark.parametrize(
    "section",
    [
        "<h2>Update</h2><p>The bridge has since reopened.</p>",
        "<h2>Correction</h2><p>It turns out the works last three weeks, not two.</p>",
        "<h3>Update</h3><p>The council no longer plans to close the bridge.</p>",
    ],
)
def test_an_html_update_heading_alone_over_later_news_on_an_undated_page_is_a_note(section: str) -> None:
    c = annotate.compare(_PAGE.format(""), _PAGE.format(section), fmt="html")
    (note,) = c.annotations
    assert note.text.startswith(("Update\n\n", "Correction\n\n")) and not _silent(c)


def test_an_html_update_heading_over_how_to_update_is_content() -> None:
    # guard: "Update" over instructions is a section on updating
    c = annotate.compare(_PAGE.format(""), _PAGE.format("<h2>Update</h2><p>To update the app, run the installer again.</p>"), fmt="html")
    assert not c.annotations


# Set 56's forms (each written here in a short text of its own)


def test_a_post_header_outside_any_article_keeps_its_byline_date() -> None:
    page = (
        "<html><body><div class='single-post'><header class='single-post-header'><h2>Visualize data</h2>"
        "<p>by <a href='/a/'>Ana</a> on 2019-07-26</p></header><div class='content'><p>This is a post about data and "
        "how to process it well.</p><p>{}</p></div></div><footer>© CC</footer></body></html>"
    )
    c = annotate.compare(page.format("More text."), page.format("More text, now longer."), fmt="html")
    assert c.original_date is not None and c.original_date.value == "2019-07-26"
    # guard: a site's own header (not a post's) stays out of the text
    site = page.replace("single-post-header", "site-header")
    assert annotate.compare(site.format("x"), site.format("y"), fmt="html").original_date is None


_RST = (
    "Guide\n=====\n\nIntro text about the guide and what it covers.\n\n" + "".join(f"Para {n} of the guide, long enough to read.\n\n" for n in range(16))
    + "Backporting\n^^^^^^^^^^^\n\n{}\n\nReverting\n^^^^^^^^^\n\nRevert with the button.\n"
)


def test_a_notice_that_a_section_moved_under_a_text_heading_is_a_note() -> None:
    old = _RST.format("Backport with the bot, which opens the pull request for you.")
    c = annotate.compare(old, _RST.format("This section has moved to :ref:`branch-merge`."), fmt="text")
    (note,) = c.annotations
    assert note.text == "This section has moved to :ref:`branch-merge`."
    # guard: a company moving to a city is news told in prose, not a pointer
    c = annotate.compare(old, _RST.format("The company has moved to Berlin, where it now has an office."), fmt="text")
    assert not c.annotations


def test_an_event_page_told_its_new_date_is_a_note() -> None:
    doc = "# Symposium on data\n\nThe symposium brings groups together.\n\n{}It is held at the Villa.\n"
    new = "> The initial date (2026-05-25) coincides with a holiday. We have now rescheduled the event to June 15-17, 2026.\n\n"
    c = annotate.compare(doc.format(""), doc.format(new), fmt="markdown")
    assert [n.text for n in c.annotations] == [new.strip()]
    c = annotate.compare(doc.format(""), doc.format("The workshop has been postponed to the autumn.\n\n"), fmt="markdown")
    assert len(c.annotations) == 1
    # guard: an event told, not its change
    assert not annotate.compare(doc.format(""), doc.format("The event was held in Berlin last year.\n\n"), fmt="markdown").annotations


_PROPOSAL = "# Proposal: a release process\n\nAuthor: Dave\n\n{}## Abstract\n\nThis proposal sets out a release process.\n\n## Details\n\nTags name releases.\n"


def test_a_proposal_status_line_put_in_is_a_note_and_a_draft_status_is_not() -> None:
    c = annotate.compare(_PROPOSAL.format(""), _PROPOSAL.format("Status: Withdrawn\n\n"), fmt="markdown")
    assert [n.text for n in c.annotations] == ["Status: Withdrawn"]
    assert not annotate.compare(_PROPOSAL.format(""), _PROPOSAL.format("Status: Draft\n\n"), fmt="markdown").annotations


def test_a_status_heading_over_what_became_of_the_document_is_a_note_with_its_body() -> None:
    new = "## Superseded\n\nWe will not be pursuing this approach. It has been replaced by a [new design](x).\n\n"
    c = annotate.compare(_PROPOSAL.format(""), _PROPOSAL.format(new), fmt="markdown")
    (note,) = c.annotations
    assert note.text == new.strip() and note.label == "Superseded"
    # a notice of the document's state reports no edit of its words: an edit elsewhere stays silent
    edited = _PROPOSAL.format(new).replace("Tags name releases.", "Tags name the releases we make.")
    assert _silent(annotate.compare(_PROPOSAL.format(""), edited, fmt="markdown")) == ["releases -> the releases we make"]
    # guard: a how-to section headed by the same word
    how = "## Withdrawal\n\nTo withdraw funds, open the account page and press Withdraw.\n\n"
    assert not annotate.compare(_PROPOSAL.format(""), _PROPOSAL.format(how), fmt="markdown").annotations


def test_a_last_update_field_changed_at_the_top_is_the_pages_date_not_a_note() -> None:
    doc = "# Proposal\n\nAuthor: Robert\n\nLast update: {}\n\n## Body\n\nThe text of the proposal, unchanged.\n"
    c = annotate.compare(doc.format("2019-07-30"), doc.format("2019-10-16"), fmt="markdown")
    assert not c.annotations and c.revised_date is not None and c.revised_date.value == "2019-10-16"


def test_a_byline_of_names_broken_by_hard_breaks_gives_its_last_line_as_the_date() -> None:
    doc = "# Contracts — Draft Design\n\nIan Lance Taylor\\\nRobert Griesemer\\\nJuly 31, 2019\n\n## Abstract\n\n{}\n"
    c = annotate.compare(doc.format("We suggest extending Go."), doc.format("We suggest extending the Go language."), fmt="markdown")
    assert c.original_date is not None and c.original_date.value == "2019-07-31"


def test_a_french_changes_section_is_a_note_and_its_broken_links_notice_covers_link_edits() -> None:
    doc = "# Risques\n\nVoir la [politique](https://exemple.ca/{}) pour les détails du projet.\n\nDu texte sur les risques du projet.\n{}"
    log = "\n## Changements\n\n2020-02-21 : correction de liens brisés\n"
    c = annotate.compare(doc.format("politique%20ancienne", ""), doc.format("politique-nouvelle", log), fmt="markdown")
    (note,) = c.annotations
    assert note.text.startswith("## Changements") and not _silent(c)


def test_rustsec_fenced_toml_gives_the_advisorys_dates_and_stays_text() -> None:
    head = '```toml\n[advisory]\nid = "RUSTSEC-2026-0132"\npackage = "ssdeep"\ndate = "2026-05-02"\n{}\n[versions]\npatched = []\n```\n\n'
    body = "# Potential out-of-bounds write\n\nThe struct has all fields public.\n{}"
    new = head.format('withdrawn = "2026-05-17"') + body.format("\n## Withdrawal\nThis advisory has been withdrawn because the write cannot be triggered.\n")
    c = annotate.compare(head.format("") + body.format(""), new, fmt="markdown")
    assert c.original_date is not None and c.original_date.value == "2026-05-02"
    (note,) = c.annotations
    assert note.date is not None and note.date.value == "2026-05-17"


def test_a_lone_short_passage_respelled_is_one_edit() -> None:
    page = "<html><body><article><h1>Data</h1><p>Counts found in datasets across sampled platforms.</p><h3>{}</h3><p>Sampled documents.</p></article></body></html>"
    c = annotate.compare(page.format("Fickr"), page.format("Flickr"), fmt="html")
    assert [(ch.kind, ch.original.text if ch.original else "", ch.revised.text if ch.revised else "") for ch in c.changes] == [("edit", "Fickr", "Flickr")]


def test_a_style_block_in_markdown_is_never_read() -> None:
    doc = "<style>\ntd.level1 {{\n  padding-left: 10px;\n}}\n{}\n</style>\n\n# Numbers\n\nThe policy has 411 requirements.\n"
    c = annotate.compare(doc.format(""), doc.format("\ntd.level4 {\n  padding-left: 90px;\n}\n"), fmt="markdown")
    assert not _silent(c)
    # guard: the same words shown as code are text a reader reads
    code = "# Numbers\n\n```css\ntd.level1 { padding-left: 10px; }\n"
    assert _silent(annotate.compare(code + "```\n", code + "td.level4 { padding-left: 90px; }\n```\n", fmt="markdown"))


_ORG = (
    "#+TITLE: A post about bridges\n#+DATE: <2021-02-01 Mon>\n\n* Bridges\n\nThe bridge will close on Monday for repairs"
    " lasting two weeks, the council said.\n\nOfficials said traffic would be diverted through the town centre.\n{}\n* Noise\n\n"
    "Residents have complained about the noise.\n"
)


@pytest.mark.parametrize(
    ("block", "label", "date"),
    [
        ("\n** Update <2021-03-03 Wed>\nThe bridge has since reopened.\n", "Update", "2021-03-03"),
        ("\n#+BEGIN_NOTE\nThe bridge has since reopened.\n#+END_NOTE\n", "NOTE", None),
        ("\n#+begin_quote\nUpdate: the bridge has since reopened.\n#+end_quote\n", "Update", None),
    ],
)
def test_org_headings_with_their_text_timestamps_and_blocks(block: str, label: str, date: str | None) -> None:
    c = annotate.compare(_ORG.format(""), _ORG.format(block), fmt="text")
    assert c.original_date is not None and c.original_date.value == "2021-02-01"
    (note,) = c.annotations
    assert note.text == block.strip() and note.label == label and (note.date.value if note.date else None) == date
    assert not _silent(c)


def test_an_org_example_block_is_content() -> None:
    # guard: an example block shows text; it speaks for no one
    c = annotate.compare(_ORG.format(""), _ORG.format("\n#+begin_example\nThe bridge has since reopened.\n#+end_example\n"), fmt="text")
    assert not c.annotations


# Set 57's forms (each written here in a short text of its own)


def test_a_calendar_icons_date_dates_the_page() -> None:
    page = (
        "<html><body><div class='sidebar'><h2><i class='fa fa-calendar'></i> 19 November 2022</h2></div>"
        "<main><h1>ORCID</h1><p>{}</p></main></body></html>"
    )
    c = annotate.compare(page.format("A script pulls my papers."), page.format("A script pulls all my papers."), fmt="html")
    assert c.original_date is not None and c.original_date.value == "2022-11-19"


def test_a_maven_sites_last_published_date_dates_the_page() -> None:
    page = "<html><body><ul><li id='publishDate'>Last Published: 2021-12-13</li></ul><main><h1>Security</h1><p>{}</p></main></body></html>"
    c = annotate.compare(page.format("Upgrade to 2.16."), page.format("Upgrade to 2.17."), fmt="html")
    assert c.original_date is not None and c.original_date.value == "2021-12-13"


def test_a_products_support_ended_is_a_notice() -> None:
    doc = "# AngularJS\n\nA framework for the web.\n\n{}## Learn\n\nStart with the tutorial.\n"
    new = "AngularJS support has officially ended as of January 2022. See what ending support means.\n\n"
    (note,) = annotate.compare(doc.format(""), doc.format(new), fmt="markdown").annotations
    assert note.date is not None and note.date.value == "2022-01"
    # guard: a product's support told as a feature
    assert not annotate.compare(doc.format(""), doc.format("AngularJS support for forms is built in.\n\n"), fmt="markdown").annotations


def test_a_deprecated_heading_with_a_bang_takes_its_section() -> None:
    doc = "{}# request\n\nSimplified HTTP client.\n\n## Install\n\nnpm install request\n"
    new = (
        "# Deprecated!\n\nAs of Feb 11th 2020, request is fully deprecated. No new changes are expected to land.\n\n"
        "For more information about why request is deprecated refer to [this issue](https://x/3142).\n\n"
    )
    (note,) = annotate.compare(doc.format(""), doc.format(new), fmt="markdown").annotations
    assert note.text == new.strip() and note.date is not None and note.date.value == "2020-02-11"


def test_a_note_closed_by_end_of_update_takes_what_lies_between() -> None:
    doc = "# ECS\n\nThe post about entity systems in UI.\n\n{}## Conclusion\n\nWe end here.\n"
    new = "**Update 2018-05-10:** this post got good discussion.\n\nOne reader points to Flutter.\n\n(end of update)\n\n"
    (note,) = annotate.compare(doc.format(""), doc.format(new), fmt="markdown").annotations
    assert note.text == new.strip()


def test_a_pointer_under_a_notice_is_the_notices() -> None:
    doc = "# TSLint\n\n{}An extensible linter.\n\n## Usage\n\nRun it.\n"
    new = ":warning: __TSLint is deprecated.__\n\n> See this issue for more details: [Roadmap](https://x/4534).\n\n"
    (note,) = annotate.compare(doc.format(""), doc.format(new), fmt="markdown").annotations
    assert note.text == new.strip()
    # guard: advice after a notice that points nowhere stays content
    c = annotate.compare(doc.format(""), doc.format(":warning: __TSLint is deprecated.__\n\nUse it with care in big projects.\n\n"), fmt="markdown")
    assert [n.text for n in c.annotations] == [":warning: __TSLint is deprecated.__"]


def test_status_badges_swapped_are_no_edit() -> None:
    doc = "Bleach\n======\n\n{}\n\nBleach is an HTML sanitizing library.\n"
    old = ".. image:: https://travis-ci.org/mozilla/bleach.svg?branch=master\n   :target: https://travis-ci.org/mozilla/bleach"
    new = ".. image:: https://github.com/mozilla/bleach/workflows/Test/badge.svg\n   :target: https://github.com/mozilla/bleach/actions"
    assert not _silent(annotate.compare(doc.format(old), doc.format(new), fmt="text"))
    # guard: a picture of the content changed is an edit
    pic = doc.format(".. image:: https://example.org/diagram-v1.png").replace("v1", "{}")
    assert _silent(annotate.compare(pic.format("v1"), pic.format("v2"), fmt="text"))


_STORY = (
    "# Bridge to close\n\nThe Elm Street bridge will close on Monday for repairs, the council said.\n\n"
    "The bridge carries 12,000 vehicles a day.\n\n{}Residents have complained about the noise for months.\n\n{}"
)


def test_a_note_saying_what_it_added_names_an_addition_by_a_word_new_to_the_page() -> None:
    c = annotate.compare(_STORY.format("", ""), _STORY.format("The mayor said the closure was overdue.\n\n", "**Update 2:** Added a statement from the mayor.\n"), fmt="markdown")
    assert not _silent(c)
    # guards: an addition sharing no new word with it stays silent; so does one beside a note that reports news, not an edit
    c = annotate.compare(_STORY.format("", ""), _STORY.format("Traffic was heavy on Tuesday.\n\n", "**Update 2:** Added a statement from the mayor.\n"), fmt="markdown")
    assert _silent(c) == [" -> Traffic was heavy on Tuesday."]
    c = annotate.compare(_STORY.format("", ""), _STORY.format("The mayor said the closure was overdue.\n\n", "**Update:** The mayor resigned on Friday.\n"), fmt="markdown")
    assert _silent(c) == [" -> The mayor said the closure was overdue."]


# Set 58's forms (each written here in a short text of its own)


def test_an_asciidoc_sidebar_titled_correction_with_blank_lines_is_one_note() -> None:
    doc = "= Goroutines\n\nThreads cost memory.\n\n{}Goroutines are cheap.\n"
    new = ".Correction\n****\nAs pointed out in comments, RSS does not count page tables.\n\nIn particular, 10k threads need 40mb of page tables.\n****\n\n"
    (note,) = annotate.compare(doc.format(""), doc.format(new), fmt="text").annotations
    assert note.text == new.strip() and note.label == "Correction"


def test_a_last_update_line_put_in_covers_the_posts_edits_generally() -> None:
    doc = "# HTTP/2 setup\n\n{}Use CloudFlare to get started.\n\nLetsEncrypt is in beta.\n"
    c = annotate.compare(doc.format(""), doc.format("Last Update: 2017-07-12\n\n").replace("is in beta", "is now public"), fmt="markdown")
    assert [n.text for n in c.annotations] == ["Last Update: 2017-07-12"] and not _silent(c)
    assert [ch.disclosure for ch in c.changes if ch.kind == "edit"] == ["general"]


def test_a_footnote_a_new_note_cites_is_the_notes() -> None:
    doc = "# PageRank\n\nSearch grew from curation.\n\n{}Libraries curate too.\n{}"
    c = annotate.compare(
        doc.format("", ""),
        doc.format("**Update, 2021/08/27:** colleagues pointed me to eigenvectors.[^eig]\n\n", "\n[^eig]: Which you may not remember from algebra.\n"),
        fmt="markdown",
    )
    assert not _silent(c)
    # guard: a footnote no note cites, added with it, stays silent
    c = annotate.compare(
        doc.format("", ""),
        doc.format("**Update, 2021/08/27:** colleagues pointed me to eigenvectors.\n\n", "\n[^anac]: An anachronism, of course.\n"),
        fmt="markdown",
    )
    assert _silent(c) == [" -> [^anac]: An anachronism, of course."]


@pytest.mark.parametrize(
    "notice",
    [
        "jQuery Mobile is no longer supported.\n\nTo read more about the status of the project, see the [announcement](x).",
        "This project is in maintenance-only mode. [Learn more](x).",
        "The jQuery Foundation is now the JS Foundation.\n\nFor more information about our expanded vision, read the [announcement](x).",
    ],
)
def test_a_projects_status_or_new_name_at_the_top_is_a_notice_with_its_pointer(notice: str) -> None:
    doc = "# jQuery\n\n{}jQuery is a fast, small library.\n\n## Download\n\nGet the latest version.\n"
    (note,) = annotate.compare(doc.format(""), doc.format(notice + "\n\n"), fmt="markdown").annotations
    assert note.text == notice


def test_a_things_new_role_told_in_prose_is_content() -> None:
    # guard: "is now the" before a common word, not a name
    doc = "# Elm Street\n\n{}The bridge carries traffic.\n"
    assert not annotate.compare(doc.format(""), doc.format("The Elm Street bridge is now the main route into town.\n\n"), fmt="markdown").annotations


def test_an_update_label_put_before_an_old_paragraph_marks_it_and_discloses_its_edits() -> None:
    base = "# A post about bridges\n\nThe bridge will close on Monday for repairs.\n\nTraffic would go through the town centre.\n"
    marked = base.replace("The bridge will close on Monday", "UPDATE: The bridge will close on Tuesday").replace("town centre", "city centre")
    c = annotate.compare(base, marked, fmt="markdown")
    assert [(n.label, n.text) for n in c.annotations] == [("UPDATE", "UPDATE:")]
    assert _silent(c) == ["town -> city"]  # (the marked paragraph's edit is disclosed; the other one's is not)
    titled = annotate.compare(base, base.replace("# A post", "# UPDATED: A post"), fmt="markdown")
    assert [n.text for n in titled.annotations] == ["UPDATED:"] and not _silent(titled)
    # guard: a weak word put before a paragraph is no such mark
    assert not annotate.compare(base, base.replace("The bridge will", "Note: The bridge will"), fmt="markdown").annotations


def test_a_new_paragraph_over_a_pointer_is_no_note_by_that_alone() -> None:
    # guard (found reading the change): the pointer joins a notice; it makes no paragraph a notice
    doc = "# Foo\n\nFoo is a library.\n\n{}## Usage\n\nRun it.\n"
    new = "Foo can also parse YAML files and TOML files when asked.\n\nSee the [parser docs](x) for more details.\n\n"
    assert not annotate.compare(doc.format(""), doc.format(new), fmt="markdown").annotations
