"""Rules of the ninth session, each on a small text written like the real documents that
taught it (held-out sets 16, 29, 30 and the new sets 35–36)."""

from __future__ import annotations

import annotate
from tests.reading_checks import note_texts

_LOG = (
    "---\ntitle: Kernel patch\n---\n\nThe kernels are in testing.\n\nInstall them with dnf.\n\n"
    "## Changelog\n\n"
    "- **2026-05-01 16:30 UTC** — Updated the kernel update command.\n"
)


def test_a_new_entry_in_the_pages_changelog_is_a_note_dated_by_its_stamp() -> None:
    entry = "- **2026-05-02 21:07 UTC** — Patched kernels released; the title now says so.\n"
    revised = _LOG.replace("## Changelog\n\n", "## Changelog\n\n" + entry + "\n")
    c = annotate.compare(_LOG, revised, fmt="markdown")
    [note] = c.annotations
    assert note.text == entry.strip()
    assert note.date is not None and note.date.value == "2026-05-02"
    assert not [ch for ch in c.changes if ch.silent]


def test_a_timed_entry_under_a_notice_heading_is_a_note() -> None:
    original = (
        "### Notice\n\nThis article is being edited to answer new questions.\n\n"
        "  * 12:05 PST - Feedback from IRC.\n\n---\n\nFirst a disclaimer about the events.\n"
    )
    revised = original.replace("IRC.\n\n", "IRC.\n\n  * 12:17 PST - Correct the musl section.\n\n")
    assert note_texts(original, revised) == ["* 12:17 PST - Correct the musl section."]


def test_a_new_dated_item_in_an_ordinary_list_is_not_a_note() -> None:
    # a schedule or a list of releases is content: only a log of the page's own edits
    # (under "Changelog", "Updates", "Notice"…) makes its new entries notes
    original = "## Schedule\n\n- 14:55 - Opening talk\n- 15:30 - Panel\n\nSee you there.\n"
    revised = original.replace("- 15:30 - Panel\n", "- 15:30 - Panel\n- 16:10 - Closing remarks\n")
    c = annotate.compare(original, revised, fmt="markdown")
    assert not c.annotations
    assert [ch.kind for ch in c.changes if ch.silent] == ["addition"]


def test_a_last_update_stamp_below_a_posts_banner_dates_its_notes() -> None:
    # front matter gives the post's date; the body's new "Last Update" stamp, under imports
    # and a banner, is when this version was revised: the new notes take it
    head = "---\ntitle: Callback refs\ndate: 2022-08-14\n---\n\nimport Aside from 'components/Aside'\n\n"
    body = '<img src="./banner.jpeg" />\n\n- one\n\n- two\n\n<Translations />\n\n'
    prose = "Refs are mutable containers.\n\nThe callback runs on mount.\n"
    original = head + body + prose
    revised = head + body + "**Last Update: 2024-12-08**\n\n" + prose.replace(
        "mount.\n", "mount.\n\n<Aside title=\"Update\">\n\nMy view on this has changed a bit since.\n\n</Aside>\n"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert c.original_date is not None and c.original_date.value == "2022-08-14"
    assert [a.date.value if a.date else None for a in c.annotations] == ["2024-12-08", "2024-12-08"]


def test_an_update_headings_body_opening_with_a_stamp_is_dated_by_it() -> None:
    original = "---\ntitle: Patch ready\ndate: 2026-05-01\n---\n\n## The Announcement\n\nTest the kernels.\n"
    revised = original.replace(
        "## The Announcement",
        "## Update: Patched kernels are now in production\n\n**2026-05-01 21:07 UTC** — They are in the"
        " production repositories now.\n\n## The Announcement",
    )
    [note] = annotate.compare(original, revised, fmt="markdown").annotations
    assert note.date is not None and (note.date.value, note.date.basis) == ("2026-05-01", "explicit")


_NEWS = "# Scala.js 1.0.0-RC1\n\nWe are thrilled to announce the release candidate.\n\nGet it from Maven.\n"


def test_a_new_paragraph_in_bold_from_end_to_end_is_a_note() -> None:
    notice = "**There is a newer release candidate: [1.0.0-RC2](/news/rc2/).**"
    revised = _NEWS.replace("# Scala.js 1.0.0-RC1\n\n", f"# Scala.js 1.0.0-RC1\n\n{notice}\n\n")
    c = annotate.compare(_NEWS, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [notice]
    assert not [ch for ch in c.changes if ch.silent]


def test_bold_titles_questions_and_asides_under_a_title_are_not_notes() -> None:
    for added in (
        "**Revised Schedule**",  # a title
        "**Can you give me an idea of the work you did in the group?**",  # an interview's question
        "**Fun fact: its dev call was the very first I attended with people from everywhere!**",
        "**The steps below install the release candidate on every platform:**",  # a lead-in
    ):
        revised = _NEWS.replace("Get it", f"{added}\n\nGet it")
        c = annotate.compare(_NEWS, revised, fmt="markdown")
        assert not c.annotations, added
        assert [ch.kind for ch in c.changes if ch.silent] == ["addition"], added


def test_an_emphasised_paragraph_reworded_is_an_edit_not_a_note() -> None:
    original = _NEWS.replace("Get it", "*Response to further questions is represented as one voice*\n\nGet it")
    revised = _NEWS.replace("Get it", "*Responses to the following questions represent the former chairs.*\n\nGet it")
    c = annotate.compare(original, revised, fmt="markdown")
    assert not c.annotations
    assert [ch for ch in c.changes if ch.silent]


def test_edited_to_add_is_a_label() -> None:
    original = "The funding was not cut.\n\nMore on the foundation below.\n"
    revised = original + "\nEdited to add: Moskovitz replies that it was not.\n"
    assert note_texts(original, revised) == ["Edited to add: Moskovitz replies that it was not."]


def test_a_new_heading_whose_section_is_a_labelled_note_is_the_notes() -> None:
    original = "# Wake on LAN\n\nThe desktop wakes when it gets a magic packet.\n"
    section = "## Sleep on LAN\n\n**Update on March 27, 2024:** I found sleep-on-lan, so the Sleep button works."
    assert note_texts(original, original + "\n" + section + "\n") == [section]
    # a numbered heading is a section of the document's outline: the note is only its body
    numbered = section.replace("## Sleep on LAN", "### 5.5. Sleep on LAN")
    assert note_texts(original, original + "\n" + numbered + "\n") == [section.split("\n\n")[1]]


def test_a_template_include_above_a_note_opens_no_box() -> None:
    original = "{% include JB/setup %}\n\nI just finished applying to college.\n"
    note = "**NOTE:** A previous version of the post had incorrect math; the correct version is below."
    revised = original.replace("%}\n\n", "%}\n\n" + note + "\n\n")
    assert note_texts(original, revised) == [note]


_TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Waiting for the Go port.</p>&mdash; F (@f) '
    '<a href="https://twitter.com/f/status/1">June 21, 2017</a></blockquote> '
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
)


def test_an_embedded_post_under_a_note_and_the_line_that_brings_it_are_the_notes() -> None:
    original = "Set up WireGuard on the server.\n\nThen on the laptop.\n"
    note = "**UPDATE (April 2020):** You might want to use Tailscale instead."
    added = f"{note}\n\nI will never forget this thread from 2017!\n\n{_TWEET}"
    revised = original.replace("server.\n\n", f"server.\n\n{added}\n\n")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [added]
    assert not [ch for ch in c.changes if ch.silent]


def test_a_paragraph_about_the_page_itself_near_its_top_is_a_note() -> None:
    original = "# Macros\n\nMacros are a new feature.\n\nThey expand at compile time.\n"
    status = "This guide has been written for Scala 2.10.0, and now we're well into the 2.11.x cycle."
    revised = original.replace("# Macros\n\n", f"# Macros\n\n{status}\n\n")
    assert note_texts(original, revised) == [status]
    # a new paragraph about the page's subject is the author's addition
    intro = "This guide covers blackbox and whitebox macros in turn."
    c = annotate.compare(original, original.replace("# Macros\n\n", f"# Macros\n\n{intro}\n\n"), fmt="markdown")
    assert not c.annotations and [ch.kind for ch in c.changes if ch.silent] == ["addition"]


def test_a_page_written_without_head_or_body_tags_keeps_its_article() -> None:
    # lxml leaves an <svg> and everything after it in the head of such a page (Distill's
    # articles): a browser starts the body there, and so does the reader
    page = (
        '<!doctype html>\n<meta charset="utf-8">\n<script src="template.js"></script>\n'
        "<svg><path d='M0 0'/></svg>\n<dt-article>\n<h1>Why Momentum Really Works</h1>\n"
        "<p>We often think of momentum as a means of dampening oscillations.</p>\n</dt-article>\n"
        "<dt-appendix><h3>Acknowledgments</h3><p>Thanks to Shan Carter.</p></dt-appendix>\n"
    )
    doc = annotate.read_document(page, fmt="html")
    assert [doc.passage_text(p) for p in doc.passages] == [
        "Why Momentum Really Works",
        "We often think of momentum as a means of dampening oscillations.",
        "Acknowledgments",
        "Thanks to Shan Carter.",
    ]


def test_a_new_byline_in_italics_is_no_note_and_a_page_read_alone_has_no_unlabelled_notes() -> None:
    byline = "*By Mara Quinn, Transport Correspondent — 13 July 2021, updated 15 July 2021*"
    c = annotate.compare(_NEWS, _NEWS.replace("We are", f"{byline}\n\nWe are"), fmt="markdown")
    assert not c.annotations
    # read alone, a page cannot show which bold paragraph is new: none is taken for a note
    alone = annotate.find_annotations(annotate.read_document(_NEWS.replace("Get it", "**There is a newer release candidate now.**\n\nGet it"), fmt="markdown"))
    assert not alone.annotations


def test_an_asciidoc_admonition_block_is_one_note() -> None:
    original = "Git-tf is a Java project.\n\nIt runs on any computer with a Java runtime.\n"
    for fence in ("====", "----"):
        block = (
            f"[CAUTION]\n{fence}\nGit-tf is End-of-Life (EOL), it will not get any updates.\n"
            f"It is also no longer supported by Microsoft.\n{fence}"
        )
        revised = block + "\n\n" + original
        assert note_texts(original, revised, fmt="text") == [block], fence
    # a title underlined with "=" is still a heading: "Update\n======" takes its section
    doc = annotate.read_document("Update\n======\nThe fix is out.\n\nMore text here.\n", fmt="text")
    assert doc.passage_text(doc.passages[0]).startswith("Update\n======")


def test_a_rest_directive_right_under_a_section_title_is_a_passage_of_its_own() -> None:
    original = "Freezing\n========\n\nbbFreeze\n~~~~~~~~\n\nPyInstaller\n~~~~~~~~~~~\n\nUse it on OS X.\n"
    warning = ".. warning:: bbFreeze will ONLY work in Python 2.x, since it is no longer maintained."
    revised = original.replace("bbFreeze\n~~~~~~~~\n", f"bbFreeze\n~~~~~~~~\n{warning}\n")
    assert note_texts(original, revised, fmt="text") == [warning]


def test_dotted_iso_dates_and_unambiguous_two_digit_years_are_read() -> None:
    from annotate.dates import find_dates

    assert [d.value for d in find_dates("Edit 2024.02.02: an earlier version said so")] == ["2024-02-02"]
    assert [d.value for d in find_dates("The plots were updated on 7/29/26.")] == ["2026-07-29"]
    assert [d.value for d in find_dates("posted 12/31/99")] == ["1999-12-31"]
    # either way round, or a version number: no date (a wrong date is worse than none)
    assert find_dates("Update 06/02/23: love this") == []
    assert find_dates("release 2024.02.02.1 and 1/2/3") == []


def test_a_quoted_note_right_under_a_paragraph_is_a_passage_of_its_own() -> None:
    original = "We shipped preview components (`pip install haystack-ai`).\n\n```python\nfrom haystack.preview import component\n```\n"
    note = "> Update: we released Haystack 2.0-Beta on December 4th 2023, the code in this article has been updated."
    revised = original.replace("haystack-ai`).\n", "haystack-ai`).\n" + note + "\n").replace("haystack.preview import", "haystack import")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [note]
    assert not [ch for ch in c.changes if ch.silent]  # the code's change is the note's ("the code … has been updated")


def test_the_reviews_counter_examples_stay_silent_additions() -> None:
    # (a review of this session's rules tried to break each; every one is an author's addition)
    body = "# Guide\n\nIntro.\n\n" + "".join(f"Step {k}.\n\n" for k in range(1, 21)) + "End.\n"
    cases = [
        (body, body.replace("Intro.", "Intro.\n\n*Python* is great for scripts, and so is *Rust*.")),
        (body, body.replace("Step 10.", "Step 10.\n\n**Always wear a helmet when you ride a bike downhill.**")),
        (body, body.replace("Intro.", "Intro.\n\nThe document is no longer sealed by the court today.")),
        (body, body + "\n## Troubleshooting\n\nNote: if it fails, restart the service.\n"),
    ]
    log = "# Cake\n\nIntro.\n\n## Changes I made\n\n- 1 cup: flour.\n\nEnd.\n"
    cases.append((log, log.replace("- 1 cup: flour.", "- 1 cup: flour.\n- 2 eggs: room temperature.")))
    law = "# Tax\n\nIntro.\n\n## Changes to the tax law\n\n- June 2024: first.\n\nEnd.\n"
    cases.append((law, law.replace("- June 2024: first.", "- June 2024: first.\n- July 2024: second.")))
    for original, revised in cases:
        c = annotate.compare(original, revised, fmt="markdown")
        new_heading = "## Troubleshooting" in revised
        assert [a.text for a in c.annotations] == (["Note: if it fails, restart the service."] if new_heading else []), revised
        assert any(ch.silent for ch in c.changes), revised
    # an image after a note and a new paragraph is the author's; only a social post is brought in
    o = "# R\n\nIntro.\n\nBody.\n"
    r = o.replace("Body.", "Body.\n\nUpdate: we changed the defaults.\n\nHere is a new chart of our revenue.\n\n![rev](rev.png)")
    assert [a.text for a in annotate.compare(o, r, fmt="markdown").annotations] == ["Update: we changed the defaults."]


def test_a_page_with_an_explicit_head_keeps_its_metadata_there() -> None:
    page = (
        '<html><head><meta property="og:title" content="OG title"><svg><symbol id="i"/></svg>'
        '<meta name="date" content="2020-01-02"></head><body><p>Body text of the page.</p></body></html>'
    )
    doc = annotate.read_document(page, fmt="html")
    assert doc.date is not None and doc.date.value == "2020-01-02"
    assert "Body text of the page." in doc.text


def test_two_digit_years_far_from_now_are_no_date() -> None:
    from annotate.dates import find_dates

    assert find_dates("Update 4/20/69: x") == []
