"""What the thirteenth session's reading of real pairs (held-out set 45, and 44's leftovers)
taught, each on the smallest text that shows it: a Markdown link put on words already there
changes no word a reader reads; a document's revision history kept as a bare list; Japanese era
dates; log entries dated on their own line; a web page's box titles; notices dated by what they
say was done."""

from __future__ import annotations

import pytest

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


_DATA = "# CO2 data\n\nThe data set.\n\n## Changelog\n\n{new}- 2023-05-04:\n  - Added temperature variables.\n- 2022-11-11:\n  - Updated CO2 data.\n\n## License\n\nCC BY.\n"


def test_a_changelog_entry_dated_on_its_own_line_takes_the_items_under_it() -> None:
    # (Our World in Data's CO2 README: "- 2023-10-16:\n  - Improved codebook.\n  - Fixed …")
    new = "- 2023-10-16:\n  - Improved codebook.\n  - Fixed issue related to consumption-based emissions.\n"
    c = annotate.compare(_DATA.format(new=""), _DATA.format(new=new), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(new.strip(), "2023-10-16")]
    assert not any(ch.silent for ch in c.changes)


def test_japanese_era_dates_are_read() -> None:
    from annotate.dates import find_dates

    assert [f.value for f in find_dates("平成31年2月27日 改訂、令和元年5月1日、令和２年３月")] == ["2019-02-27", "2019-05-01", "2020-03"]


_ARTICLES = "定款\n====\n\n- 平成25年3月8日 作成\n- 平成25年3月21日 設立\n{new}\n第１章 総則\n===========\n\n第１条 当法人は、一般社団法人{name}と称する。\n\n第２条 当法人は、東京都に置く。\n"


def test_a_revision_history_list_at_the_top_dates_the_document_and_its_new_entries_are_notes() -> None:
    # (PyCon JP's articles of association, reST)
    new = "- 令和2年2月26日 改訂\n- 令和2年3月11日 組織名を変更\n"
    c = annotate.compare(_ARTICLES.format(new="", name="PyCon JP"), _ARTICLES.format(new=new, name="PyCon JP Association"), fmt="text")
    assert c.original.date is not None and c.original.date.value == "2013-03-21"
    assert c.revised.date is not None and c.revised.date.value == "2020-03-11"
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        ("- 令和2年2月26日 改訂", "2020-02-26"), ("- 令和2年3月11日 組織名を変更", "2020-03-11")
    ]
    # a bare "revised" entry announces the revision generally: the name's change is not silent
    assert not any(ch.silent for ch in c.changes)


def test_a_timeline_of_events_is_no_revision_history() -> None:
    doc = "# Our story\n\n- 2019-03-01 Company founded\n- 2020-05-02 Office opened\n{new}\nWe make tools.\n\nMore text here.\n"
    c = annotate.compare(doc.format(new=""), doc.format(new="- 2021-06-01 Product updated\n"), fmt="markdown")
    assert not c.annotations


def test_a_japanese_change_record_heading_is_a_log() -> None:
    doc = "# 行動規範\n\n本文。\n{new}"
    new = "\n## 改変記録\n\n- 2024-08-06 問い合わせ先を追記\n"
    c = annotate.compare(doc.format(new=""), doc.format(new=new), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(new.strip(), "2024-08-06")]


_PAGE = (
    "<html><head><title>Set up</title></head><body><main><h1>SQL warehouse</h1>{box}"
    "<p>The following instructions will help you to set up a connection to the warehouse.</p>"
    "<p>First open the settings page and copy the host name.</p></main></body></html>"
)
_BOX = '<div class="callout callout-important"><div class="callout-title">Important</div><div class="callout-body"><p>{body}</p></div></div>'


def test_a_web_pages_callout_title_alone_heads_a_note_about_the_text() -> None:
    # (the UK Department for Education's analysts' guide, rendered by Quarto)
    body = "Please be aware that the platform is regularly updated and may look different from the guidance on this site."
    c = annotate.compare(_PAGE.format(box=""), _PAGE.format(box=_BOX.format(body=body)), fmt="html")
    assert [a.text for a in c.annotations] == ["Important\n\n" + body]
    # guidance in the same box is no note: it is added content, and a note beside it does not disclose it
    other = "Do not include the / at the end of the URL when you add it to the file."
    c = annotate.compare(_PAGE.format(box=""), _PAGE.format(box=_BOX.format(body=other)), fmt="html")
    assert not c.annotations and any(ch.silent for ch in c.changes)


def test_a_note_shares_no_phrase_with_a_change_by_its_pronouns() -> None:
    # "… the guidance included on this site. If you notice …" does not name "Do not include the / … when you add it"
    note = _BOX.format(body="Please be aware that the platform is regularly updated and may look different from the guidance included on this site. If you notice any discrepancies, tell us.")
    other = _BOX.format(body="Do not include the / at the end of the URL when you add it to the file.")
    c = annotate.compare(_PAGE.format(box=""), _PAGE.format(box=note + "<p>Intro.</p>" + other), fmt="html")
    assert len(c.annotations) == 1
    assert any(ch.silent and ch.revised is not None and "Do not include" in ch.revised.text for ch in c.changes)


def test_a_link_put_on_a_word_in_one_edit_is_no_silent_edit() -> None:
    # (the Dutch NCSC's Log4Shell README: "| scanning |" → "| [scanning](scanning/README.md) |")
    doc = "# Log4Shell\n\n| Folder | Contents |\n|---|---|\n| {x} | Methods and tooling used for scanning |\n\nMore text.\n"
    c = annotate.compare(doc.format(x="scanning"), doc.format(x="[scanning](scanning/README.md)"), fmt="markdown")
    assert c.changes and not any(ch.silent for ch in c.changes)


def test_a_links_address_changed_with_its_disclosed_text_is_disclosed_too() -> None:
    # (CSC's Whisper page: the tool renamed, its link moved, a note naming the new tool)
    doc = "# Whisper\n\nThe version provided is based on [{name}](https://github.com/{repo}).\n\nRun it from the menu.\n{note}"
    note = "\n**Update on 5.5.2025**\n\nThe installer now provides Faster-Whisper-XXL instead of WhisperDO.\n"
    c = annotate.compare(
        doc.format(name="WhisperDO", repo="nicholasgcotton/WhisperDO", note=""),
        doc.format(name="Faster-Whisper-XXL", repo="Purfview/whisper-standalone-win", note=note),
        fmt="markdown",
    )
    assert len(c.annotations) == 1 and not any(ch.silent for ch in c.changes)


def test_a_japanese_log_entry_names_the_section_it_added() -> None:
    # (PyCon JP's code of conduct: "2024-08-06 問い合わせ先を追記" over a new "## 問い合わせ先")
    doc = "# 行動規範\n\n本文です。\n{new}"
    new = "\n## 問い合わせ先\n\n窓口のアドレスです。\n\n## 改変記録\n\n- 2024-08-06 問い合わせ先を追記\n"
    c = annotate.compare(doc.format(new=""), doc.format(new=new), fmt="markdown")
    assert len(c.annotations) == 1 and not any(ch.silent for ch in c.changes)


def test_a_paragraph_going_on_from_an_update_is_the_updates() -> None:
    # (John Blischak's AppVeyor post: "Update: And if you need …" then "And if you find yourself …:")
    doc = "# Debugging\n\nConnect with Remote Desktop.\n\n{new}## Summary\n\nThat is all.\n"
    new = "Update: And if you need more tools, you can install RStudio.\n\nAnd if you find yourself doing this often, you can automate it with this script:\n\n```\nInvoke-WebRequest rstudio.exe\n```\n\n"
    c = annotate.compare(doc.format(new=""), doc.format(new=new), fmt="markdown")
    assert [a.text for a in c.annotations] == [new.strip()] and not any(ch.silent for ch in c.changes)


def test_a_shortcode_box_reporting_a_deprecation_is_a_note() -> None:
    # (Hugo's shortcode docs: "{{% note %}}\nThe `instagram`-shortcode refers an endpoint … that's deprecated since …")
    doc = "# Shortcodes\n\n### instagram\n\n{{{{< instagram BWNjjyYFxVx >}}}}\n\n{new}### param\n\nGets a value.\n"
    box = "{{% note %}}\nThe `instagram` shortcode refers to an endpoint that's deprecated since October 24th, 2020.\n{{% /note %}}"
    c = annotate.compare(doc.format(new=""), doc.format(new=box + "\n\n"), fmt="markdown")
    assert [a.text for a in c.annotations] == [box]


def test_a_front_matter_yaml_cannot_parse_still_gives_its_dates() -> None:
    # (Hugo's docs: "weight: 35\t#rem" stops PyYAML; Hugo reads on)
    doc = "---\ntitle: Shortcodes\ndate: 2017-02-01\nweight: 35\t#rem\ntoc: true\n---\n\nText.\n"
    c = annotate.compare(doc, doc, fmt="markdown")
    assert c.original.date is not None and c.original.date.value == "2017-02-01"
    assert c.original.title == "Shortcodes"


def test_a_footnotes_link_back_is_no_word_of_it() -> None:
    page = '<html><body><main><p>Text.<a href="#fn1" class="footnote-ref"><sup>1</sup></a></p><ol><li id="fn1"><p>{}<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></main></body></html>'
    new = "Update: it has to be github.com."
    c = annotate.compare(page.format("A footnote."), page.format("A footnote. " + new), fmt="html")
    assert [a.text for a in c.annotations] == [new]


def test_a_web_pages_dated_box_title_takes_its_items() -> None:
    # (John Blischak's WSL post: "<p><strong>Updates (2022-11-04)</strong></p><ul><li>…</li><li>…</li></ul>")
    page = "<html><body><main><h1>R on WSL</h1>{box}<h2>Introduction</h2><p>The Windows Subsystem for Linux is impressive.</p></main></body></html>"
    box = "<p><strong>Updates (2022-11-04)</strong></p><ul><li><p>This post is now a few years old.</p></li><li><p>You can upgrade to WSL2.</p></li></ul>"
    c = annotate.compare(page.format(box=""), page.format(box=box), fmt="html")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        ("Updates (2022-11-04)\n\nThis post is now a few years old.\n\nYou can upgrade to WSL2.", "2022-11-04")
    ]


def test_a_markdown_titles_emphasis_is_not_shown_as_marks() -> None:
    # (Our World in Data's README: "# Data on CO2 … by *Our World in Data*")
    doc = "# Data on CO2 by *Our World in Data* and `owid`\n\nText.\n"
    c = annotate.compare(doc, doc, fmt="markdown")
    assert c.original.title == "Data on CO2 by Our World in Data and owid"


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("**April 3, 2022: the vote count in this story has been corrected.**", "2022-04-03"),
        ("(2022/04/03 10:00: 投票結果を追記しました。)", "2022-04-03"),
    ],
)
def test_a_note_opening_with_its_day_written_out_or_its_time_is_dated(note: str, want: str) -> None:
    # (the review of this session: a bold note whose date is several words; a time after the date)
    doc = "# The vote\n\n{top}Published April 1, 2022\n\nThe council met today.\n\nIt discussed the budget.\n\nMore text.\n"
    c = annotate.compare(doc.format(top=""), doc.format(top=note + "\n\n"), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, want)]


def test_a_japanese_label_dated_by_its_era_is_dated() -> None:
    # (the review of this session: "（令和元年5月7日追記：…）" was undated while "（2019年5月7日追記：…）" was dated)
    doc = "# お知らせ\n\n本文です。\n\n連絡先は下記です。\n{new}"
    note = "（令和元年5月7日追記：連絡先を変更しました。）"
    c = annotate.compare(doc.format(new=""), doc.format(new="\n" + note + "\n"), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2019-05-07")]
