"""Rules of the twenty-fourth round, each from how people write (held-out set 74), with guards.

Each case names the source that taught it; the guards are what the rule must leave alone.
"""

from __future__ import annotations

import pytest

import annotate
from annotate.labeldates import as_of_date
from annotate.read import read_document

README = "# Tool\n\nTool is a small library for parsing things.\n\n## Usage\n\nCall parse on a string.\n"


def _compare(a: str, b: str, fmt: str = "markdown") -> annotate.Comparison:
    return annotate.compare(a, b, fmt=fmt)


def _notes(a: str, b: str, fmt: str = "markdown") -> list[str]:
    return [n.text for n in _compare(a, b, fmt).annotations]


@pytest.mark.parametrize(
    "notice",
    [
        "Dieses Dokument ist **nicht mehr aktuell**. Es beschreibt die ursprüngliche Berechnung.",  # (Corona-Warn-App's documentation)
        "Cette page n'est plus à jour. Voir la nouvelle documentation.",
        "Esta página está desactualizada. Consulte la nueva guía.",
        "Deze pagina is verouderd. Zie de nieuwe handleiding.",
        "Este documento está desatualizado. Veja a nova versão.",
        "This addon has been discontinued.",  # (privacytools.io)
        "Dit project wordt niet meer onderhouden.",  # (forms the review found missed)
        "Dieses Dokument ist möglicherweise veraltet.",
        "Esta página puede estar desactualizada.",
        "Este projeto não está mais sendo mantido.",
        "Dieses Repository wird nicht mehr aktiv gepflegt.",
    ],
)
def test_a_page_said_out_of_date_in_other_languages_is_a_notice(notice: str) -> None:
    b = README.replace("# Tool\n\n", f"# Tool\n\n{notice}\n\n")
    assert _notes(README, b) == [notice]


@pytest.mark.parametrize(
    "prose",
    [
        "Dieses Dokument ist lang und beschreibt die Berechnung.",
        "Cette page est courte.",
        "Deze pagina is nieuw voor ons team.",
        "Este repositorio está archivado en Zenodo con el DOI 10.5281/zenodo.1.",  # (the review's: deposited, not out of date)
        "Ce dépôt est archivé sur Software Heritage pour la préservation à long terme.",
        "Dokument veraltet? Melde dich bei uns.",
        "Dit artikel is verouderd geraakt door de nieuwe wet, schreef de rechter.",
    ],
)
def test_a_page_described_in_other_languages_is_no_notice(prose: str) -> None:
    assert _notes(README, README.replace("# Tool\n\n", f"# Tool\n\n{prose}\n\n")) == []


def test_a_heading_naming_a_thing_deprecated_takes_its_section() -> None:
    # (TypeScript-Handbook: "# TypeScript-Handbook Repo Deprecated" over where it moved, at the page's top)
    b = "# TypeScript-Handbook Repo Deprecated\n\nThe handbook has moved into the new website repo.\n\n" + README
    assert _notes(README, b) == ["# TypeScript-Handbook Repo Deprecated\n\nThe handbook has moved into the new website repo."]
    # further down, a section's subject (the review's); a changelog's "### Deprecated" names no thing
    body = "".join(f"## Part {i}\n\nText of part {i}.\n\n" for i in range(5))
    for section in ("## Endpoints Deprecated\n\nThe `/v1/parse` endpoint returns 410.", "## Funds Withdrawn\n\nA withdrawal removes money."):
        assert _notes(README + body, README + body + section + "\n") == []
    log = "# Changelog\n\n## 1.0\n\n### Added\n\n- parse\n"
    assert _notes(log, log + "\n### Deprecated\n\n- the old parser\n") == []


def test_a_status_of_this_document_section_says_its_state() -> None:
    # (Microsoft Edge's explainers: "## Status of this Document" over "* This document status: **ARCHIVED**")
    section = "## Status of this Document\n\nThis document is kept as an archive.\n\n* This document status: **ARCHIVED**"
    assert _notes(README, README.replace("## Usage", f"{section}\n\n## Usage")) == [section]
    w3c = "## Status of This Document\n\nThis is a draft. It may be updated, replaced or obsoleted by other documents at any time."
    assert _notes(README, README.replace("## Usage", f"{w3c}\n\n## Usage")) == []  # (the review's: W3C boilerplate)


def test_a_status_heading_stops_at_a_spacer() -> None:
    # (Corona-Warn-App: "## WICHTIG! - DOKUMENT ZURÜCKGEZOGEN" over a bold line, then "<br /><br />" and "---")
    head = "## WICHTIG! - DOKUMENT ZURÜCKGEZOGEN\n\n**Der Inhalt dieses Dokuments wird nicht weiter gepflegt.**"
    b = README.replace("# Tool\n\n", f"# Tool\n\n{head}\n\n<br /><br />\n\n---\n\n")
    assert _notes(README, b) == [head]


def test_a_bold_title_line_takes_the_paragraph_under_it() -> None:
    # (Vuex's README: "**Pinia is now the new default**" over what it tells, to the "---" under it)
    title, body = "**Pinia is now the new default**", "The official state management library for Vue has changed to Pinia."
    b = README.replace("# Tool\n\n", f"# Tool\n\n{title}\n\n{body}\n\n---\n\n")
    assert _notes(README, b) == [f"{title}\n\n{body}"]
    # a bold sentence keeps to itself ("**Editor's note: This story has been updated with comment from Acme.**")
    note = "**Editor's note: This story has been updated with comment from Acme.**"
    b = README.replace("# Tool\n\n", f"# Tool\n\n{note}\n\nAcme has cut 200 jobs, a spokesperson said.\n\n")
    assert _notes(README, b) == [note]


def test_a_bold_sentence_or_bold_lines_one_under_another_keep_to_themselves() -> None:
    # (a CISA directive: two "**See … issued on …**" lines, each a note; a French post's bold advice over a new italic note)
    two = "**See direction v2 issued on April 13, 2021 for the latest.**\n\n**See direction v1 issued on March 31, 2021.**"
    b = README.replace("# Tool\n\n", f"# Tool\n\n{two}\n\n")
    assert _notes(README, b) == two.split("\n\n")
    body = "".join(f"Paragraph {i} of the post, with its words.\n\n" for i in range(8))
    a = f"# Post\n\n{body}**Prenez garde à ce que vous publiez sur internet.**\n"
    note = "*Pour des raisons de clarté, je me suis permis quelques approximations.*"
    assert _notes(a, f"{a}\n{note}\n") == [note]


@pytest.mark.parametrize(
    "body, day",
    [
        ("As of late 2015 most mobile browsers no longer have a 300ms delay.", "2015"),  # (FastClick's README)
        ("As of some time on 18 November 2020, an unexpected change has caused problems.", "2020-11-18"),  # (TimelineJS)
        ("On April 7, 2026, the latest tag will point to version 3.", None),  # (Docker's InfluxDB page: an event to come)
        ("On April 7, 2026, the latest tag pointed to version 3.", "2026-04-07"),
        ("As of the end of March 2021, the service is closed.", "2021-03"),
    ],
)
def test_the_day_a_note_opens_with(body: str, day: str | None) -> None:
    found = as_of_date(body, 0, len(body))
    assert (found.value if found else None) == day


def test_a_long_as_of_paragraph_at_a_sections_top_is_a_note() -> None:
    # (privacytools.io: "As of January 2020 ProtonVPN has undergone an independent audit …", 500 characters)
    long = "As of January 2020 ProtonVPN has undergone an independent audit by SEC Consult. " + "SEC Consult found some issues, all fixed. " * 9
    a = "# VPN\n\n## Audited\n\nProtonVPN is a strong contender.\n\n## Other\n\nMore here.\n"
    notes = _compare(a, a.replace("## Audited\n\n", f"## Audited\n\n{long.strip()}\n\n")).annotations
    assert [(n.label, n.date.value if n.date else None) for n in notes] == [("As of January 2020", "2020-01")]


@pytest.mark.parametrize(
    "section",
    ["## Notice\n\nCopyright 2020 Acme Inc. Licensed under the Apache License.", "### Notice\n\nNormal but significant conditions."],
)
def test_a_notice_heading_alone_is_no_label(section: str) -> None:
    # (a legal notice, a log level: "Notice" is a label only with its colon, as before)
    assert _notes(README, README.replace("## Usage", f"{section}\n\n## Usage")) == []


def test_a_respec_box_is_dated_by_its_title() -> None:
    # (Logius' Digikoppeling standard: '<aside class="note" title="Toevoeging 18 april 2025">')
    box = '<aside class="note" title="Toevoeging 18 april 2025">\nOmdat FSC als nieuwe standaard is toegevoegd, beoordeelt het Forum dit.\n</aside>'
    notes = _compare(README, README.replace("## Usage", f"{box}\n\n## Usage")).annotations
    assert len(notes) == 1 and notes[0].date is not None and notes[0].date.value == "2025-04-18"
    box = '<aside class="note" title="Before 1 January 2024">\nRenew your key before then, or it stops working.\n</aside>'  # (a deadline)
    assert [n.date for n in _compare(README, README.replace("## Usage", f"{box}\n\n## Usage")).annotations] == [None]


def test_a_stamp_sentence_put_at_a_paragraphs_end_is_a_note() -> None:
    # (College Scorecard: "… through 2015. This data was last updated on <strong>March 2nd, 2016</strong>.")
    a = "<h1>Data</h1><p>The files include data from 1996 through 2015 for all institutions.</p><p>Download: 124 MB.</p>"
    b = a.replace("institutions.</p>", "institutions. This data was last updated on <strong>March 2nd, 2016</strong>.</p>").replace("124", "155")
    c = _compare(a, b, fmt="html")
    assert [(n.text, n.date.value if n.date else None) for n in c.annotations] == [("This data was last updated on March 2nd, 2016.", "2016-03-02")]
    assert not any(ch.silent for ch in c.changes)  # (a stamp tells of an update: a general notice)
    for sentence in (
        "The data was collected on March 2nd, 2016.",
        "It was last updated on June 4, 2012, according to FEMA records.",  # (a story's: the review's)
        "The federal dataset was last updated on March 3, 2019, and shows losses.",
    ):
        same = a.replace("institutions.</p>", f"institutions. {sentence}</p>")
        assert _compare(a, same, fmt="html").annotations == ()


def test_a_bold_update_field_at_a_pages_foot_is_its_authors() -> None:
    # (Write the Docs: "**Last Updated: March 3, 2020**" at a post's foot, in reST)
    body = "".join(f"Paragraph {i} of the post, with some words.\n\n" for i in range(12))
    a = "Title\n=====\n\n" + body
    assert _notes(a, a + "**Last Updated: March 3, 2020**\n", fmt="text") == ["**Last Updated: March 3, 2020**"]
    assert _notes(a, a + "Last update: March 3, 2020\n", fmt="text") == []  # (a site's, as before)
    assert _notes(a, a + "* Last modified: 2020-03-03\n", fmt="text") == []  # (a footer's list, a site's)


def test_an_ablog_post_directive_dates_the_post() -> None:
    # (Write the Docs: ".. post:: March 3, 2020" over ":tags: …")
    doc = read_document(".. post:: March 3, 2020\n   :tags: portland-2020, covid-19\n\nTitle\n=====\n\nHello.\n", fmt="text")
    assert doc.date is not None and doc.date.value == "2020-03-03"
    assert doc.text[doc.passages[0].start : doc.passages[0].end] == "Title\n====="
    doc = read_document(".. post::\n\nTitle\n=====\n\nHello.\n", fmt="text")
    assert doc.date is None


def test_a_byline_under_an_html_headline_dates_the_page() -> None:
    # (Anthony Shaw's blog, the Clean Blog theme: '<h1>…</h1><hr class="small"><span class="subheading">by Anthony Shaw, April 12, 2024</span>')
    page = (
        '<html><body><header><div class="site-heading"><h1>Using Aspire</h1><hr class="small">'
        '<span class="subheading">by Anthony Shaw, April 12, 2024</span></div></header>'
        "<article><p>Some text about the dashboard.</p><p>More text.</p></article></body></html>"
    )
    doc = read_document(page, fmt="html")
    assert doc.date is not None and doc.date.value == "2024-04-12"
    for first in (
        "<p>The company was founded by Jane Doe on March 3, 1998.</p>",  # (the review's: a first paragraph is no byline)
        "<p>Submissions are due by June 30, 2024.</p>",
        "<script>var by = 'by me on March 3, 2020';</script>",
    ):
        doc = read_document(f"<html><body><h1>Our history</h1>{first}<p>More text here.</p></body></html>", fmt="html")
        assert doc.date is None, first


def test_a_change_logs_new_dated_section_is_a_note() -> None:
    # (College Scorecard's change log: a new "<h3>January 2017</h3>" section under its "Change Log")
    def page(sections: list[str]) -> str:
        body = "".join(f"<h3>{s}</h3><p>In {s}, the Department updated the data for {s}.</p><ul><li>Item for {s}</li></ul>" for s in sections)
        return f"<html><body><h1>Change Log</h1><p>This page describes the changes made to the data.</p>{body}</body></html>"

    old = ["September 2016", "March 2016", "February 2016", "January 2016"]
    c = _compare(page(old), page(["January 2017", *old]), fmt="html")
    assert [(n.label, n.date.value if n.date else None) for n in c.annotations] == [("January 2017", "2017-01")]


# The second round (held-out set 75):


def test_a_quoted_dated_label_alone_takes_the_paragraph_under_it() -> None:
    # (a Chinese post: "> 更新：2023 年 08 月 10 日" quoted alone, its body under the quote; one under another)
    notes = "> 更新：2023 年 08 月 10 日\n\n升级到了新的版本。\n\n> 更新：2023 年 08 月 07 日\n\n又升级了一次。\n\n"
    c = _compare(README, README.replace("## Usage", notes + "## Usage"))
    assert [(n.text, n.date.value if n.date else None) for n in c.annotations] == [
        ("> 更新：2023 年 08 月 10 日\n\n升级到了新的版本。", "2023-08-10"),
        ("> 更新：2023 年 08 月 07 日\n\n又升级了一次。", "2023-08-07"),
    ]
    # (a quote holding a label without its day stays as before: "> Note: …" is the quote)
    assert _notes(README, README.replace("## Usage", "> Note: see the wiki.\n\nThe wiki lists the options.\n\n## Usage")) == ["> Note: see the wiki."]


def test_a_quoted_paragraph_opening_with_its_day_in_chinese_is_a_note() -> None:
    # (UnoCSS study notes: "> 2023年08月15日 我后来……" and "> 2023年08月18日：……" put into a post)
    a = "# 图标\n\n这是一篇关于图标的文章。\n\n## 用法\n\n直接使用即可。\n"
    b = a.replace("## 用法", "> 2023年08月15日 我后来发现了一个很好的解决方案。\n\n> 2023年08月18日：我也尝试了，非常好用。\n\n## 用法")
    assert [(n.date.value if n.date else None) for n in _compare(a, b).annotations] == ["2023-08-15", "2023-08-18"]
    for line in ("2024年3月1日 起新规正式实施。", "2024年3月1日 から新しい規則が施行されます。"):  # (the day a sentence's subject: the review's)
        assert _notes(a, a.replace("## 用法", f"{line}\n\n## 用法")) == []


def test_an_obsidian_callouts_title_is_its_label() -> None:
    # (Benjamin Hodgson's blog: "> [!note] Update\n> On .NET Core, there is an officially-supported API …")
    box = "> [!note] Update\n> On .NET Core, there is an officially-supported API to do this."
    assert _notes(README, README.replace("## Usage", f"{box}\n\n## Usage")) == [box]
    box = "> [!note] Update\n> 2021-12-09: It turns out the API moved."  # (its day on the line under it: the review's)
    assert [n.date.value if n.date else None for n in _compare(README, README.replace("## Usage", f"{box}\n\n## Usage")).annotations] == ["2021-12-09"]


def test_an_mcss_note_shade_is_a_note_box() -> None:
    # (Magnum's site, m.css: ".. note-info::" is ".. note::" in a colour)
    from annotate.openings import label_at

    for t in (".. note-info:: To be precise, as a reader pointed out, it is slower.", ".. note-success:: Content care: Jun 15, 2022"):
        found = label_at(t, 0, len(t))
        assert found is not None and found[0] == "note"
    t = ".. notebook:: x"
    assert label_at(t, 0, len(t)) is None


@pytest.mark.parametrize(
    "line, label, day",
    [
        ("**2025.05.14 Notice:** European Economic Area and Switzerland added to the list.", "Notice", "2025-05-14"),  # (Prossimo's bounty)
    ],
)
def test_a_day_or_a_topic_before_the_label(line: str, label: str, day: str) -> None:
    from annotate.openings import label_at

    found = label_at(line, 0, len(line))
    assert found is not None and (found[0], found[1].value if found[1] else None) == (label, day)


@pytest.mark.parametrize(
    "line",
    ["2025-05-14 Note: we went hiking.", "## Project Update", "## Windows Update March 12, 2024", "## PyCharm Update 2024.1"],  # (the review's: products)
)
def test_no_label_without_emphasis_a_heading_or_a_day(line: str) -> None:
    from annotate.openings import label_at

    assert label_at(line, 0, len(line)) is None


def test_an_update_after_struck_words_that_grew() -> None:
    # (Benjamin Hodgson: "this Friday" → "~~this Friday, the 20th of July~~ **Update**: we've decided to move it …")
    a = "# Stream\n\nWe will live-stream some programming this Friday. We're going to add Span support.\n\nMore.\n"
    b = a.replace("this Friday.", "~~this Friday, the 20th of July~~ **Update**: we've decided to move it to next **Tuesday, the 24th**, at 2PM BST.")
    assert _notes(a, b) == ["**Update**: we've decided to move it to next **Tuesday, the 24th**, at 2PM BST."]
    # a note striking its own words keeps its label (the review's)
    b = a.replace("this Friday.", "this Friday. **Update (2024-01-02):** ~~We will add Span~~ We will add Memory instead.")
    assert [n.label for n in _compare(a, b).annotations] == ["Update"]


def test_a_since_participle_in_brackets_is_a_note_in_a_links_text_too() -> None:
    # (LLNL: "[UnifyCR (since renamed as UnifyFS)](https://github.com/LLNL/UnifyFS)")
    a = "# Unify\n\nThe first file system, [UnifyCR](https://github.com/LLNL/UnifyCR), is on GitHub. The team works on more.\n\nMore.\n"
    b = a.replace("[UnifyCR](https://github.com/LLNL/UnifyCR)", "[UnifyCR (since renamed as UnifyFS)](https://github.com/LLNL/UnifyFS)")
    assert _notes(a, b) == ["(since renamed as UnifyFS)"]
    assert _notes(a, a.replace("UnifyCR,", "UnifyCR (since 2019),")) == []  # (a year is no later standpoint)
    assert _notes(a, a.replace("UnifyCR,", "UnifyCR (since closed issues are hidden, search them too),")) == []  # ("since": because)


@pytest.mark.parametrize(
    "notice",
    [
        "[![Project Status: Unsupported – The project has reached a stable, usable state but the author(s) have ceased all work on it.]"
        "(https://www.repostatus.org/badges/latest/unsupported.svg)](https://www.repostatus.org/#unsupported)",  # (detox's README)
        "# detox is unmaintained and incompatible with tox > 3.6",
    ],
)
def test_a_project_said_unmaintained_at_its_readmes_top(notice: str) -> None:
    assert _notes(README, f"{notice}\n\n{README}")[0].startswith(notice)
    both = f"{notice}\n\n# tool is unmaintained\n\nUse the new tool instead." if notice.startswith("[") else None
    if both is not None:  # (notices one under another are one: the badge over the heading and its text)
        assert _notes(README, f"{both}\n\n{README}") == [both]
    row = "[![Build](https://x.org/b.svg)](https://x.org/ci) [![Project Status: Inactive – stopped.](https://www.repostatus.org/badges/latest/inactive.svg)](https://www.repostatus.org/#inactive)"
    assert len(_notes(README, f"{row}\n\n{README}")) == 1  # (in a row of badges: the review's)
    active = "[![Project Status: Active – The project is being actively developed.](https://www.repostatus.org/badges/latest/active.svg)](https://www.repostatus.org/#active)"
    assert _notes(README, f"{active}\n\n{README}") == []


# The third round (held-out set 76):


def test_a_heading_marked_end_of_update_closes_the_note() -> None:
    # (Micronaut's blog: "###### UPDATE 05/29/2020" … "###### END UPDATE")
    note = "###### UPDATE 05/29/2020\n\nA community member pointed out that the configurations differed.\n\n###### END UPDATE"
    assert _notes(README, README.replace("## Usage", f"{note}\n\n## Usage")) == [note]


def test_a_self_closing_component_ending_a_section_is_no_part_of_its_note() -> None:
    # (Cilium's blog: "## Edit: 2026 updates" … then "<BlogAuthor {...authors.OndrejBlazek} />" at the post's foot)
    a = "# LB\n\nWe built a load balancer.\n\n## Results\n\nIt is fast.\n"
    note = "## Edit: 2026 updates\n\nShortly after this post we finished backend weights."
    assert _notes(a, f"{a}\n{note}\n\n<BlogAuthor {{...authors.OndrejBlazek}} />\n") == [note]


def test_deprecated_in_capitals_before_a_hyphen() -> None:
    # (Google's apitools: "**DEPRECATED - Please see alternatives below**"; a changelog's item stays none)
    from annotate.openings import label_at

    t = "**DEPRECATED - Please see alternatives below**"
    assert label_at(t, 0, len(t)) is not None
    t = "- DEPRECATED - the --bar flag."
    assert label_at(t, 0, len(t)) is None


def test_a_created_at_key_dates_the_page() -> None:
    # (GitHub's developer site, Nanoc: "created_at: 2012-9-5")
    doc = read_document("---\ntitle: Upcoming Changes\ncreated_at: 2012-9-5\n---\n\nWe recently changed the API.\n", fmt="markdown")
    assert doc.date is not None and doc.date.value == "2012-09-05"


def test_an_empty_anchor_renamed_is_no_edit() -> None:
    # (Logius' standard: '<a name="f1"></a><sup>1</sup>' → '<span id="f1"></span><sup>1</sup>')
    a = '# Standard\n\nThe rule applies.<sup>[1](#f1)</sup>\n\n<a name="f1"></a><sup>1</sup>: *The duty follows the comply-or-explain rule.*\n'
    c = _compare(a, a.replace('<a name="f1"></a>', '<span id="f1"></span>'))
    assert c.changes and not any(ch.silent for ch in c.changes)
    c = _compare(a, a.replace('<a name="f1"></a>', '<a name="f1">see</a>'))  # (a word put in it is read)
    assert any(ch.silent for ch in c.changes)


def test_a_rest_comment_is_never_shown() -> None:
    # (Docutils' docs: ".. Emacs settings" and "   Local Variables: …   mode: rst" put at a page's foot)
    a = "Stylesheets\n===========\n\nThe HTML writer uses stylesheets.\n\nMore text here.\n"
    assert not any(ch.silent for ch in _compare(a, a + "\n..\f Emacs settings\n\n   Local Variables:\n   mode: rst\n   End:\n", fmt="text").changes)
    assert any(ch.silent for ch in _compare(a, a + "\n.. note:: The writer changed.\n", fmt="text").changes) or _notes(a, a + "\n.. note:: The writer changed.\n", fmt="text")
    assert any(ch.silent for ch in _compare(a, a + "\n.. include:: ../header.txt\n", fmt="text").changes)  # (a directive that puts text in)


def test_a_directive_under_a_comment_line_is_still_read() -> None:
    # (UiT's HPC docs: ".. Getting help section" over ".. toctree::", its entry "help/hpc-cafe" renamed: shown as a menu entry)
    a = "HPC\n===\n\nWelcome.\n\n.. Getting help section\n.. toctree::\n   :maxdepth: 1\n\n   help/hpc-cafe\n"
    c = _compare(a, a.replace("help/hpc-cafe", "help/hpc-qa-sessions"), fmt="text")
    assert any(ch.silent for ch in c.changes)
