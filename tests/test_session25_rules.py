"""Rules of the twenty-fifth round, each from how people write (held-out sets), with guards.

Each case names the source that taught it; the guards are what the rule must leave alone.
"""

from __future__ import annotations

import pytest

import annotate

TIP = "---\ntitle: Tip\n---\n\nBy Sam\n\nAt Google we use string views as parameters.\n\nA second paragraph, long enough.\n"


def _compare(a: str, b: str, fmt: str = "markdown") -> annotate.Comparison:
    return annotate.compare(a, b, fmt=fmt)


def _notes(a: str, b: str, fmt: str = "markdown") -> list[str]:
    return [n.text for n in _compare(a, b, fmt).annotations]


@pytest.mark.parametrize("stamp", ["Updated 2023-05-08", "Updated May 8, 2023", "Last updated February 3, 2021", "Updated 2023-05-08."])
def test_a_participle_and_its_day_alone_is_a_stamp_that_covers_the_edits(stamp: str) -> None:
    # (Abseil's tips: "Updated 2023-05-08" put under the byline when the tip was rewritten)
    b = TIP.replace("By Sam\n\n", f"By Sam\n\n{stamp}\n\nQuicklink: [abseil.io/tips/93](https://abseil.io/tips/93)\n\n").replace("string views", "views")
    c = _compare(TIP, b)
    assert [n.text for n in c.annotations] == [stamp]
    assert c.annotations[0].date is not None and c.annotations[0].date.value[:4] in ("2021", "2023")
    assert [ch.silent for ch in c.changes if ch.kind != "annotation"] == [False, False]


def test_a_noun_label_and_its_day_alone_still_heads_the_paragraph_below() -> None:
    b = TIP.replace("By Sam\n\n", "By Sam\n\nUpdate 2023-05-08\n\nThe servers moved to a new region.\n\n")
    assert _notes(TIP, b) == ["Update 2023-05-08\n\nThe servers moved to a new region."]


def test_a_bold_participle_title_still_heads_the_paragraph_below() -> None:
    # (Flux's blog: "**Updated on 2021-10-08**" over the news, as its judge read it)
    b = TIP.replace("By Sam\n\n", "By Sam\n\n**Updated on 2021-10-08**\n\nThe server-side reconciliation has been released.\n\n")
    assert _notes(TIP, b) == ["**Updated on 2021-10-08**\n\nThe server-side reconciliation has been released."]


@pytest.mark.parametrize("line", ["Update 2020", "Note 2023-05-08", "Updated the servers on 2023-05-08 for speed"])
def test_a_year_alone_a_weak_word_or_a_sentence_is_no_stamp_line(line: str) -> None:
    b = TIP.replace("By Sam\n\n", f"By Sam\n\n{line}\n\n")
    assert line not in _notes(TIP, b)


POST = "---\ntitle: Boosts\ndate: 2024-09-01\n---\n\nIntro to the post.\n\nNasal sprays are a thing people use.\n\nA third paragraph, long enough.\n"


def test_an_inline_list_inside_a_bracketed_note_does_not_end_it() -> None:
    # (ncase's blog: "(Update: … My two main mental models: 1) FDA errs …. Or 2) FDA's just unreliable. …)")
    note = "(Update: Why do I trust the list? My two models: 1) they err on caution. Or 2) they are just unreliable. Either way, fine.)"
    b = POST.replace("people use.", f"people use. {note}")
    assert _notes(POST, b) == [note]


def test_a_footnote_defined_under_a_note_is_not_the_notes() -> None:
    # (ncase's blog: "(**edit Sep 2, 2024:** … disavowed.[^swh] …)" over "[^swh]: See citation 3 …"; its judge read them apart)
    note = "(**edit Sep 2, 2024:** Thank you to a reader for corrections on this section![^swh])"
    b = POST.replace("people use.\n\n", f"people use.\n\n{note}\n\n[^swh]: See citation 3 of the wiki page.\n\n")
    assert _notes(POST, b) == [note]


def test_undated_notes_take_the_day_of_an_update_stamp_put_in_with_them() -> None:
    # (ncase's blog: "*(updated Oct 5, 2024. Updated sections marked in parentheses.)*" over "(Update: …)" notes)
    a = POST.replace("Nasal sprays", "## Sprays\n\nNasal sprays")
    b = a.replace("Nasal sprays", "*(updated Oct 5, 2024. Updated sections marked in parentheses.)*\n\nNasal sprays").replace(
        "people use.", "people use. (Update: I still use them daily, and they work.)"
    )
    c = _compare(a, b)
    assert [(n.text[:12], n.date.value if n.date else None) for n in c.annotations] == [("*(updated Oc", "2024-10-05"), ("(Update: I s", "2024-10-05")]
    assert c.revised_date is not None and c.revised_date.value == "2024-10-05"


def test_a_year_less_stamp_gives_no_revision_day() -> None:
    b = POST.replace("people use.", "people use. (Updated May 15: a reader wrote in.) (Update: I still use them.)")
    c = _compare(POST, b)
    assert c.revised_date is None or c.revised_date.value[:4].isdigit()


@pytest.mark.parametrize(("name", "fmt"), [("README.rst", "text"), ("guide.adoc", "text"), ("notes.org", "text"), ("post.mdx", "markdown")])
def test_plain_text_markups_are_read_as_text_by_their_extension(name: str, fmt: str) -> None:
    # (google-auth-library-python's README.rst, its ":**NOTE**: **…**" and "- " lines, was guessed as Markdown)
    from annotate.read import sniff

    assert sniff(name, "**Note**: a.\n\n- one\n- two\n\n[x](http://e.org)\n", None) == (fmt, None)


README = "# Tool\n\nTool is a small library for parsing things.\n\n## Usage\n\nCall parse on a string.\n"


@pytest.mark.parametrize(
    "notice",
    [
        "This KEP has been replaced by [KEP 2433](https://x.org/1). It will be fully removed in Kubernetes 1.22.",  # (Kubernetes enhancements)
        "This KEP has been withdrawn.",
        "This project has been superseded by Foo.",
    ],
)
def test_a_thing_said_replaced_or_withdrawn_is_a_notice(notice: str) -> None:
    assert _notes(README, README + f"\n{notice}\n") == [notice]


@pytest.mark.parametrize("prose", ["This step is replaced by a loop in the code below.", "This value was replaced by zero."])
def test_a_thing_replaced_in_the_present_is_no_notice(prose: str) -> None:
    assert _notes(README, README + f"\n{prose}\n") == []


def test_a_status_heading_anywhere_over_its_notice_is_the_notes() -> None:
    # (KEP-536: "## Status" put in over "This KEP has been replaced by …", far down the proposal)
    body = "".join(f"## Part {i}\n\nText of part {i} goes on here.\n\n" for i in range(20))
    a = README + "\n" + body
    b = a + "## Status\n\nThis KEP has been replaced by KEP 2433. It will be removed in 1.22.\n"
    assert _notes(a, b) == ["## Status\n\nThis KEP has been replaced by KEP 2433. It will be removed in 1.22."]


def test_a_new_entry_of_the_implementation_history_is_a_note_that_dates_the_revision() -> None:
    # (KEP-5978: "- **2026-06-16**: KEP withdrawn …" under "## Implementation History", and an undated "**NOTE:** …" above)
    a = README + "\n## Implementation History\n\n- **2026-06-02**: Initial KEP drafted.\n\n## Drawbacks\n\nNone known.\n"
    b = a.replace("# Tool\n\n", "# Tool\n\n**NOTE:** This KEP was withdrawn in favor of an out-of-tree controller.\n\n").replace(
        "drafted.\n", "drafted.\n- **2026-06-16**: KEP withdrawn in favor of an out-of-tree controller.\n"
    )
    c = _compare(a, b)
    assert [(n.text[:12], n.date.value if n.date else None) for n in c.annotations] == [("**NOTE:** Th", "2026-06-16"), ("- **2026-06-", "2026-06-16")]


def test_a_lower_case_package_no_longer_actively_maintained_heads_the_page() -> None:
    # (spring-native's README.adoc: "# spring-native is no longer actively maintained by VMware, Inc.")
    a = ":toc:\n\nSpring Native compiles Spring applications to native executables.\n\nIt uses GraalVM.\n"
    b = ":toc:\n\n# spring-native is no longer actively maintained by VMware, Inc.\n\nSpring Native compiles Spring applications to native executables.\n\nIt uses GraalVM.\n"
    assert _notes(a, b, "text") == ["# spring-native is no longer actively maintained by VMware, Inc."]


def test_a_liquid_include_dated_by_its_attribute_is_a_note_alone() -> None:
    # (Kamarada's Jekyll site: '{% include update.html date="27/12/2020" message="…" %}' over the text it comments)
    note = '{% include update.html date="27/12/2020" message="This section did not exist in the first version." %}'
    b = POST.replace("Nasal sprays", f"{note}\n\nNasal sprays")
    c = _compare(POST, b)
    assert [(n.text, n.date.value if n.date else None) for n in c.annotations] == [(note, "2020-12-27")]


def test_a_byline_of_a_name_a_comma_and_a_day_dates_the_post() -> None:
    # (BiAPoL's blog: "[Mara Lampert](../readme), January 26th, 2023" under the title; a signed stamp put in under it)
    a = "# Getting started\n[Mara Lampert](../readme), January 26th, 2023\n\nThis post explains things.\n\nMore text here.\n"
    b = a.replace("2023\n\n", "2023\n\nupdated by [Stefan Hahmann](../../sh/readme), December 18th, 2023\n\nA new paragraph.\n\n")
    c = _compare(a, b)
    assert c.original_date is not None and c.original_date.value == "2023-01-26"
    assert [(n.text, n.date.value if n.date else None) for n in c.annotations] == [("updated by [Stefan Hahmann](../../sh/readme), December 18th, 2023", "2023-12-18")]


@pytest.mark.parametrize("line", ["The Big Event, January 26th, 2023, was great fun for all", "Mara, January 26th, 2023"])
def test_a_sentence_or_a_single_name_before_a_day_is_no_byline(line: str) -> None:
    from annotate.read.dateline import is_dateline

    assert not is_dateline(line)


TLDR = "# atom\n\n> A cross-platform pluggable text editor.\n> Plugins are managed by `apm`.\n> More information: <https://atom.io/>.\n\n- Open a file or directory:\n\n`atom {{path/to/file_or_directory}}`\n"


@pytest.mark.parametrize(
    "line",
    [
        "> Nota: Atom è stato dismesso e non è più mantenuto attivamente. Usa `zed` invece.",  # (tldr-pages, Italian)
        "> Uwaga: Atom został wycofany i nie jest już aktywnie rozwijany.",  # (Polish)
        "> Note: Atom has been discontinued and is no longer actively maintained.",
    ],
)
def test_a_note_put_as_a_quoted_line_among_quoted_lines_is_that_line(line: str) -> None:
    b = TLDR.replace("> Plugins are managed by `apm`.\n", f"> Plugins are managed by `apm`.\n{line}\n")
    assert _notes(TLDR, b) == [line]


@pytest.mark.parametrize(
    "notice",
    [
        "Some of the sections below may be slightly outdated due to recent updates in React 16+.",  # (Vue's comparison page)
        "下列部分章节会略微有些过时，因为最近 React 16+ 的发布，我们计划在不久的将来重写这部分内容。",  # (its Chinese translation)
        "Некоторые из приведённых ниже разделов могут быть немного устаревшими из-за недавних обновлений в React 16+.",  # (Russian)
    ],
)
def test_sections_said_out_of_date_are_a_notice(notice: str) -> None:
    a = "# Comparison\n\nThis page compares Vue with other frameworks.\n\n## React\n\nReact and Vue share many traits.\n"
    b = a.replace("other frameworks.\n\n", f"other frameworks.\n\n{notice}\n\n")
    assert _notes(a, b) == [notice]


def test_sections_described_are_no_notice() -> None:
    a = "# Comparison\n\nThis page compares Vue with other frameworks.\n\n## React\n\nReact and Vue share many traits.\n"
    b = a.replace("other frameworks.\n\n", "other frameworks.\n\nThe sections below may be read in any order.\n\n")
    assert _notes(a, b) == []


def test_a_day_in_eight_figures_dates_a_label() -> None:
    # (Apache Accumulo's news: "UPDATE (20161202): This change was reverted prior to release.")
    from annotate.openings import label_at

    t = "UPDATE (20161202): This change was reverted prior to release."
    found = label_at(t, 0, len(t))
    assert found is not None and found[1] is not None and found[1].value == "2016-12-02"
    t = "Update (build 20161302): x"  # (no month 13: no day)
    found = label_at(t, 0, len(t))
    assert found is not None and found[1] is None


@pytest.mark.parametrize(
    ("note", "general"),
    [
        ("updated by [Stefan Hahmann](../../x/readme), December 18th, 2023", True),  # (BiAPoL's blog: a signed stamp covers the post's edits)
        ("Updated by Ann Lee on 3 May 2021", True),
        ("Updated by the team, to add a table of results", False),
    ],
)
def test_a_signed_update_stamp_is_a_general_notice(note: str, general: bool) -> None:
    from annotate.notices import general_notice

    assert general_notice(note) is general


def test_an_undated_note_put_in_with_a_dated_one_takes_its_day_inferred() -> None:
    # (cloud.gov's blog: "Update 2021-12-27: …" and "_NB_: An earlier version of the post labeled …" put in together)
    b = POST.replace("people use.", "people use.\n\nUpdate 2024-10-05: the trial ended.\n\n_NB_: An earlier version of the post named the wrong spray.")
    c = _compare(POST, b)
    assert [(n.text[:10], n.date.value if n.date else None, n.date.basis if n.date else None) for n in c.annotations] == [
        ("Update 202", "2024-10-05", "explicit"), ("_NB_: An e", "2024-10-05", "inferred")
    ]
    assert c.revised_date is None  # (the notes' day, not the page's own date)


def _listing(lines: list[str]) -> str:
    numbers = "\n".join(str(i) for i in range(1, len(lines) + 1))
    code = "\n".join(lines)
    return (
        "<html><body><h1>Networking</h1><p>The structures are used for network input and output.</p>"
        f'<div class="highlight-c"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>{numbers}</pre></div></td>'
        f'<td class="code"><div class="highlight"><pre>{code}</pre></div></td></tr></table></div>'
        "<p>The server then listens for connections.</p></body></html>"
    )


def test_a_code_listings_line_numbers_are_not_read() -> None:
    # (uvbook's Sphinx pages: a line added to a listing renumbers Pygments' column, "19 20" → "… 29")
    a = _listing(["int main() {", "  run();", "}"])
    b = _listing(["int main() {", "  setup();", "  run();", "}"])
    c = _compare(a, b, "html")
    assert [(ch.kind, ch.revised.text if ch.revised else "") for ch in c.changes] == [("addition", "setup();")]


def test_an_original_with_no_date_takes_its_logs_last_entry() -> None:
    # (KEP-5978: "## Implementation History" over "- **2026-06-02**: Initial KEP drafted …", no other date)
    a = README + "\n## Implementation History\n\n- **2026-05-20**: Idea discussed.\n- **2026-06-02**: Initial KEP drafted.\n\n## Drawbacks\n\nNone known.\n"
    c = _compare(a, a.replace("None known.", "None known yet."))
    assert c.original_date is not None and c.original_date.value == "2026-06-02"


@pytest.mark.parametrize(
    ("added", "note"),
    [
        ("## End-of-Life notice\n\nAs of March 31, 2018, the 1.x branch is end-of-life (EOL).\n\n", "## End-of-Life notice\n\nAs of March 31, 2018, the 1.x branch is end-of-life (EOL)."),  # (RxJava)
        ("## Project Status: On Maintenance\n\nRibbon has parts replaced by other solutions over time.\n\n", "## Project Status: On Maintenance\n\nRibbon has parts replaced by other solutions over time."),  # (Netflix's Ribbon)
        ("## This repo is retired. Please see [autopush-rs](https://x.org/a).\n\n", "## This repo is retired. Please see [autopush-rs](https://x.org/a)."),  # (Mozilla's autopush)
        ("As of Platform API 0.12, stacks are deprecated in favor of target data.\n\n", "As of Platform API 0.12, stacks are deprecated in favor of target data."),  # (Buildpacks' docs)
    ],
)
def test_a_pages_state_in_more_forms_is_a_notice(added: str, note: str) -> None:
    b = README.replace("# Tool\n\n", f"# Tool\n\n{added}")
    assert _notes(README, b) == [note]


@pytest.mark.parametrize("added", ["## Project status: active\n\nWe ship monthly.\n\n", "As of version 2, stacks are easier to use.\n\n"])
def test_a_page_described_as_alive_is_no_notice(added: str) -> None:
    assert _notes(README, README.replace("# Tool\n\n", f"# Tool\n\n{added}")) == []


def test_the_end_of_life_notice_is_dated_by_its_bodys_day() -> None:
    b = README.replace("# Tool\n\n", "# Tool\n\n## End-of-Life notice\n\nAs of March 31, 2018, the 1.x branch is end-of-life.\n\n")
    c = _compare(README, b)
    assert [n.date.value if n.date else None for n in c.annotations] == ["2018-03-31"]


def test_a_bold_status_line_takes_what_it_tells_under_it() -> None:
    # (hyper's README.rst: "**This project is no longer maintained!**" over "Please use an alternative …")
    a = "Hyper: HTTP/2 Client\n====================\n\nHyper is a client.\n\nIt speaks HTTP/2.\n"
    b = a.replace("\n\nHyper is a client.", "\n\n**This project is no longer maintained!**\n\nPlease use an alternative, such as HTTPX.\n\n----\n\nHyper is a client.")
    assert _notes(a, b, "text") == ["**This project is no longer maintained!**\n\nPlease use an alternative, such as HTTPX."]


def test_a_status_title_underlined_heads_the_page() -> None:
    # (django-browserid's README.rst: "Persona is Shutting Down\n====" over what it means)
    a = "django-browserid\n================\n\nA library for Django.\n\nIt logs people in.\n"
    b = "Persona is Shutting Down\n========================\nMozilla has announced that Persona will shut down.\n\n" + a
    assert _notes(a, b, "text") == ["Persona is Shutting Down\n========================\nMozilla has announced that Persona will shut down."]


def test_a_pointer_under_a_notice_takes_the_list_it_introduces() -> None:
    b = README.replace("# Tool\n\n", "# Tool\n\nThis library is deprecated.\n\nFor more information, see\n* [the migration guide](/m)\n* [the new API](/n)\n\n")
    assert _notes(README, b) == ["This library is deprecated.\n\nFor more information, see\n* [the migration guide](/m)\n* [the new API](/n)"]


def test_a_label_dated_day_first_with_a_two_figure_year_is_read_but_never_guessed() -> None:
    # (Apache Kudu's blog: "07/11/17 Update: As of Kudu 0.10.0, …": July or November, or 2007; no guess)
    a = "---\ntitle: YCSB\ndate: 2016-04-26\n---\n\nWe ran benchmarks.\n\n## Conclusions\n\nKudu is fast.\n"
    b = a.replace("Kudu is fast.", "Kudu is fast.\n\n07/11/17 Update: As of Kudu 0.10.0, the default configuration was changed.")
    c = _compare(a, b)
    assert [(n.text[:16], n.date.value if n.date else None) for n in c.annotations] == [("07/11/17 Update:", None)]
    b = a.replace("Kudu is fast.", "Kudu is fast.\n\n07/25/17 Update: As of Kudu 0.10.0, the default configuration was changed.")
    assert [n.date.value if n.date else None for n in _compare(a, b).annotations] == ["2017-07-25"]


@pytest.mark.parametrize(("name", "day"), [("blog/2022-11-20-go-redis-kvrocks/index.md", "2022-11-20"), ("blog/2022-11-20-go-redis/other.md", None)])
def test_a_post_kept_as_a_dated_folder_takes_its_day(name: str, day: str | None) -> None:
    # (Kvrocks' Docusaurus blog: a post is a folder named by its day, its text the folder's index.md)
    from annotate.read import read_document

    doc = read_document("# Go-redis\n\nText.\n", fmt="markdown", name=name)
    assert (doc.date.value if doc.date else None) == day


def test_first_issued_is_a_dateline() -> None:
    # (OpenSSL's bylaws: "First issued 13th February 2017")
    from annotate.read.dateline import is_dateline

    assert is_dateline("First issued 13th February 2017")


@pytest.mark.parametrize("note", ["【2022/04/26 追記】 Twitter で知ったのですが、短い書き方もあります。", "（2022/04/26 追記） Twitter で知ったのですが、短い書き方もあります。"])
def test_a_day_then_its_label_in_full_width_brackets_is_a_dated_note(note: str) -> None:
    # (seaoak's Hexo blog: "【2022/Apr/26 追記】 …", a day and "追記" (addendum) in lenticular brackets)
    a = "---\ntitle: Docker\ndate: 2022-04-25\n---\n\nDocker を導入しました。\n\n設定は簡単です。\n"
    b = a.replace("設定は簡単です。", f"設定は簡単です。\n\n{note}")
    c = _compare(a, b)
    assert [(n.text, n.date.value if n.date else None) for n in c.annotations] == [(note, "2022-04-26")]


KO = "# useFunnel\n\n퍼널 컨트롤러입니다.\n\n## 목차\n\n- 설치\n"


def test_an_end_of_support_notice_in_korean_takes_its_sub_sections() -> None:
    # (Toss' READMEs: "## 지원 종료 안내" (end-of-support notice) over "… 더 이상 지원되지 않습니다" and "### 추천 조치 사항:")
    notice = "## 지원 종료 안내\n\n`@toss/use-funnel`은 더 이상 지원되지 않습니다.\n\n### 추천 조치 사항:\n\n- 새 문서를 참고해 주세요."
    b = KO.replace("## 목차", f"{notice}\n\n## 목차")
    assert _notes(KO, b) == [notice]


@pytest.mark.parametrize("sentence", ["`@toss/hangul`은 더 이상 지원되지 않습니다.", "このライブラリはもうメンテナンスされていません。", "本项目已不再维护。"])
def test_a_thing_no_longer_supported_in_korean_japanese_chinese_is_a_notice(sentence: str) -> None:
    b = KO.replace("퍼널 컨트롤러입니다.\n\n", f"퍼널 컨트롤러입니다.\n\n{sentence}\n\n")
    assert _notes(KO, b) == [sentence]


def test_a_title_level_status_heading_stops_at_the_pages_next_section() -> None:
    # (Hystrix's README: "# Hystrix Status" over its state, then "## Introduction", the page's own)
    a = "# Hystrix\n\n## Introduction\n\nHystrix is a library.\n"
    b = a.replace("## Introduction", "# Hystrix Status\n\nHystrix is no longer in active development.\n\n## Introduction")
    assert _notes(a, b) == ["# Hystrix Status\n\nHystrix is no longer in active development."]


# --- guards from the round's review (each reported a false note, date or extent before its mend)

FILLER = "".join(f"Paragraph number {i} talks about ordinary things.\n\n" for i in range(20))
POLICY = "# Privacy Policy\n\nWe collect data.\n\n" + FILLER + "## Contact\n\nEmail us.\n"


@pytest.mark.parametrize(
    "section",
    [
        "## Withdrawal\n\nYou may withdraw your consent at any time. After that we will no longer process your data.",
        "## Retirement notice\n\nEmployees must give 90 days' notice before retiring.",
        "## Maintenance notice\n\nOur offices are cleaned each Friday evening.",
        "## Shutdown notice\n\nWhen a VM is preempted, Compute Engine sends a shutdown notice 30 seconds before it stops.",
        "## Account status: inactive\n\nAn account with no login for two years is marked inactive.",
        "## Bextra\n\nThis drug has been withdrawn from the market after safety concerns.",
        "## 制限\n\nファイルのアップロードは現在サポートされていません。",
        "## Browsers\n\nInternet Explorer는 더 이상 지원되지 않습니다.",
        "## 浏览器兼容性\n\n新版本不再支持 IE 浏览器，请使用 Chrome 或 Edge。",
        "## The 2010s\n\nSince the 2010s, many mainframe systems are no longer supported by their vendors.",
        "## Upgrading to 2.0\n\nAs of version 2.0, the following options are deprecated: `--foo`, `--bar`.",
        "## Server is shutting down unexpectedly\n\nCheck the power supply and the kernel log.",
    ],
)
def test_sections_about_their_subject_are_no_notices(section: str) -> None:
    assert _notes(POLICY, POLICY.replace("## Contact", f"{section}\n\n## Contact")) == []


def test_a_bold_status_line_takes_no_description_of_the_project_under_it() -> None:
    a = "# foolib\n\nA parser.\n\n## Install\n\npip install foolib\n"
    b = a.replace("A parser.", "**This project is no longer maintained!**\n\nfoolib is a fast, streaming parser for foo files.\n\nIt has no dependencies.")
    assert _notes(a, b) == ["**This project is no longer maintained!**"]


def test_a_status_section_stops_at_the_old_text_under_it() -> None:
    a = "# foolib\n\nA parser.\n\n## Install\n\npip install foolib\n"
    b = a.replace("# foolib\n\n", "# foolib\n\n## End-of-Life notice\n\nfoolib receives no fixes.\n\nPlease migrate before upgrading Python.\n\n")
    assert _notes(a, b) == ["## End-of-Life notice\n\nfoolib receives no fixes.\n\nPlease migrate before upgrading Python."]


def test_a_bracket_is_not_read_past_by_a_list_after_it() -> None:
    a = "# Prices\n\nPrices rose last year. Reasons: 1) rent, 2) food. See also note a) below.\n\nMore text here.\n"
    b = a.replace("Prices rose last", "Prices rose (update: see table 1) last")
    assert _notes(a, b) == ["(update: see table 1)"]


def test_planned_days_in_a_timeline_and_future_news_date_nothing() -> None:
    a = "---\ndate: 2026-01-10\n---\n\n# Meetup\n\nWe meet monthly.\n\n## News\n\n- **2026-01-20**: Talk slides from January are online\n"
    b = a.replace("We meet monthly.", "We meet monthly.\n\nUpdate: from March we meet at the public library instead.").replace(
        "online\n", "online\n- **2026-12-03**: Next meetup, with a talk on async traits\n"
    )
    c = _compare(a, b)
    assert c.revised_date is None and all(n.date is None for n in c.annotations if n.text.startswith("Update"))


def test_a_future_deadline_in_a_notice_dates_no_other_note() -> None:
    a = "# Using the v1 API\n\nThe v1 API lets you list orders.\n\nCall `GET /orders` with your token.\n\nResponses are JSON.\n"
    b = a.replace("# Using the v1 API\n\n", "# Using the v1 API\n\nNote: the token format changed.\n\n") + "\nDeprecation notice (2027-01-01): the v1 API will be removed on this day.\n"
    c = _compare(a, b)
    assert [n.date for n in c.annotations if n.text.startswith("Note")] == [None]


@pytest.mark.parametrize("line", ["Passports issued before 1 March 2020 remain valid until they expire.", "Independence Day, July 4, 2026"])
def test_lines_naming_a_day_are_no_datelines(line: str) -> None:
    from annotate.read.dateline import is_dateline

    assert not is_dateline(line)


EVENT = "# Workshop 2025\n\nThe workshop runs online.\n\n## Dates\n\n- Submission deadline: May 5\n- Notification: June 1\n\nWe look forward to your papers.\n"


@pytest.mark.parametrize(
    "notice",
    [
        "- The direct submission deadline has been extended to **August 19**, AoE time!",  # (BlackboxNLP's call)
        "Registration for the CF Workshop 2025 is now closed.",  # (the CF conventions' workshop page)
        "We've extended the deadline to July 14.",
        "**DEADLINE EXTENDED**",  # (IWPT's call)
        "The public comment period has been extended by 7 days.",
        "Submissions are now closed.",
    ],
)
def test_a_notice_of_an_events_change_is_a_note(notice: str) -> None:
    b = EVENT.replace("We look forward", f"{notice}\n\nWe look forward")
    assert _notes(EVENT, b) == [notice]


@pytest.mark.parametrize(
    "prose",
    [
        "The bridge has been closed since Monday.",
        "The date of the vote was set by the council.",
        "Our survey has been a great success so far.",
        "The session on testing has been recorded and is online.",
        "The event was held in Berlin last year.",
        "The class has been moved to the utils module.",
    ],
)
def test_other_sentences_of_change_are_no_event_notices(prose: str) -> None:
    assert _notes(EVENT, EVENT.replace("We look forward", f"{prose}\n\nWe look forward")) == []


@pytest.mark.parametrize("notice", ["These docs are old and won't be updated.", "> Esses documentos são antigos e não serão atualizados. Vá para react.dev."])
def test_old_documentation_left_as_it_is_is_a_notice(notice: str) -> None:
    # (React's legacy pages, and their Portuguese translation)
    a = "# Handling Events\n\nHandling events with React elements is very similar.\n\n## Syntax\n\nReact events are named using camelCase.\n"
    b = a.replace("# Handling Events\n\n", f"# Handling Events\n\n{notice}\n\n")
    assert _notes(a, b) == [notice]


@pytest.mark.parametrize(("sentence", "notice"), [("This page is kept for reference.", True), ("This page is kept for historical purposes.", True), ("This page is kept up to date by volunteers.", False)])
def test_a_page_kept_for_reference_is_a_notice(sentence: str, notice: bool) -> None:
    # (the CF conventions' workshop page: "This page is kept for reference. The CF Workshop 2025 took place online, …")
    b = README.replace("# Tool\n\n", f"# Tool\n\n{sentence}\n\n")
    assert _notes(README, b) == ([sentence] if notice else [])


def test_this_repository_not_maintained_in_japanese_is_a_notice() -> None:
    # (iwate-pu's COVID-19 site: "# このリポジトリはメンテナンスされていません / This repository is OBSOLETE!")
    b = KO.replace("퍼널 컨트롤러입니다.\n\n", "퍼널 컨트롤러입니다.\n\nこのリポジトリはメンテナンスされていません。\n\n")
    assert _notes(KO, b) == ["このリポジトリはメンテナンスされていません。"]
    c = KO.replace("퍼널 컨트롤러입니다.\n\n", "퍼널 컨트롤러입니다.\n\nこの機能は Windows ではサポートされていません。\n\n")
    assert _notes(KO, c) == []  # (a feature's, not the repository's)


def test_a_box_saying_the_project_is_in_bugfix_only_mode_reports_a_change() -> None:
    from annotate.labels import BOX_REPORT

    assert BOX_REPORT.match("Please note that characteristic is in a bugfix-only mode.")
    assert BOX_REPORT.match("Please note that the v1 client is now in maintenance mode.")
    assert not BOX_REPORT.match("Please note that the client retries three times.")
