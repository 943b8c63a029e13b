"""What the review of the eleventh session's rules found them doing wrong, each on the smallest
text that showed it: prose of other languages read as notes, a legend's mark after a letter
missed, a link to another item hidden, numbers read as dates, a figure's sign ignored."""

from __future__ import annotations

import pytest

import annotate
from annotate.dates import find_dates

_TOP = "# A page\n\nIntro paragraph about the results and what they mean for everyone.\n\n"
_END = "\n\nThe end of the page, with nothing new in it.\n"


def _added(line: str) -> annotate.Comparison:
    return annotate.compare(_TOP + "Body." + _END, _TOP + "Body.\n\n" + line + _END, fmt="markdown")


@pytest.mark.parametrize(
    "line",
    [
        "- Maj 2024: projektet startade.",  # Swedish/Polish May, not "MàJ"
        "## Maj 2023 i Stockholm",  # (a heading of a date alone is a date: "## May 2023" too)
        "- 追加：ダークモード\n- 修正：ログイン時のバグ",  # a changelog's categories
        "- 추가: 다크 모드\n- 수정: 로그인 버그",
        "編集：山田太郎",  # a credit line
        "Korekta: Anna Nowak",
        "Dodatek: 500 zł miesięcznie na dziecko.",
        "Oprava – silnice bude uzavřena do května.",
        "**更新** をクリックします。",  # a button's name in bold
        "## [1.1.0] - 2024-05-01\n\n### Added\n\n- Dark mode.\n\n### Deprecated\n\n- The --fast flag.",
        "- Deprecated: the timeout argument.",
        "## October 2018 Update\n\nThe October 2018 Update for Windows 10 deleted user files.",
        "Edit! Save! Repeat! That is the whole workflow.",
    ],
)
def test_prose_and_changelogs_of_other_kinds_are_no_notes(line: str) -> None:
    c = _added(line)
    assert not c.annotations, [a.text for a in c.annotations]
    assert any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "note",
    ["**追記**\n\n一部の環境で起動しないとの報告があります。", "### August 2024 update!\n\nThe tool bundles it now.", "**UPDATE!** The fix works now."],
)
def test_the_notes_those_rules_were_written_for_still_are(note: str) -> None:
    assert [a.text for a in _added(note).annotations] == [note]


@pytest.mark.parametrize(
    ("old", "new", "legend"),
    [
        ("We had 45 cases.", "We had 47\\* cases.", "\\*Figure corrected on 3 May."),
        ("Said Jon Smyth.", "Said John Smith*.", "*Name corrected on 3 May."),
        ("It cost $45m.", "It cost $47m*.", "*Figure corrected on 3 May."),
        ("We had 45 cases.", "We had 47** cases.", "**Revised on 3 May: the count."),
    ],
)
def test_a_legends_mark_after_a_letter_or_escaped_still_discloses(old: str, new: str, legend: str) -> None:
    c = annotate.compare(_TOP + old + _END, _TOP + new + "\n\n" + legend + _END, fmt="markdown")
    assert [a.text for a in c.annotations] == [legend]
    assert [ch.silent for ch in c.changes if ch.kind == "edit"] == [False]


def test_original_post_under_a_new_introduction_frames_it() -> None:
    original = "# Essay\n\nThe essay's first paragraph, as written years ago.\n\nIts second paragraph.\n"
    revised = original.replace(
        "The essay's", "Ten years on, I am reposting this essay from my old blog, unchanged.\n\n## Original post\n\nThe essay's"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert not [ch for ch in c.changes if ch.silent]
    assert len([ch for ch in c.changes if ch.kind == "frame"]) == 2


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/products/phone-x/specs", "/products/phone-y/specs"),
        ("https://github.com/alice/tool-a/issues/12", "https://github.com/alice/tool-b/issues/12"),
        ("/reports/2019/annual.pdf", "/reports/2020/annual.pdf"),
        ("https://git.example/a/src/a.py#L10", "https://git.example/a/src/b.py#L10"),
        ("/w/index.php?title=Vaccine_safety", "/w/index.php?title=Vaccine_myths"),
        ("https://x.example/search/results?q=covid+deaths", "https://x.example/search/results?q=covid+cases"),
    ],
)
def test_a_link_to_another_item_is_an_edit(old: str, new: str) -> None:
    c = annotate.compare(_TOP + f"See [this]({old}) now." + _END, _TOP + f"See [this]({new}) now." + _END, fmt="markdown")
    assert any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(("old", "new"), [("The dose is > 5 mg daily.", "The dose is < 5 mg daily."), ("Inflation was -2% last year.", "Inflation was 2% last year.")])
def test_the_sign_of_a_figure_is_content(old: str, new: str) -> None:
    assert any(ch.silent for ch in annotate.compare(_TOP + old + _END, _TOP + new + _END, fmt="markdown").changes)


def test_a_list_marker_before_a_number_is_markup() -> None:
    c = annotate.compare(_TOP + "- 2 items\n- 3 items" + _END, _TOP + "* 2 items\n* 3 items" + _END, fmt="markdown")
    assert not any(ch.silent for ch in c.changes)


def test_a_signed_date_beats_a_bylines_stale_update_stamp() -> None:
    original = "# News\n\nBy Ann Lee, 2023-01-10\n\nWe run our own servers in Paris for everyone.\n\nThe end.\n"
    revised = original.replace("By Ann Lee, 2023-01-10", "By Ann Lee, 2023-01-10, updated 2023-02-01").replace(
        "The end.", "Update: we moved everything to a new server. — March 15, 2023\n\nThe end."
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2023-03-15"]


def test_numbers_that_are_no_dates() -> None:
    assert [d.value for d in find_dates("Release 11.14.2023 and a 1/2000 chance at 1/2000 s")] == []


_JP = "---\ntitle: 記事\ndate: 2022-04-01\n---\n\n今日はいい天気です。公園に行きました。\n\n夕方に帰りました。\n"


@pytest.mark.parametrize(
    ("note", "label"),
    [
        ("追記2022/10/23：写真を追加しました。", "追記"),  # the date right after the label, no space
        ("更新于2022年10月23日：添加了照片。", "更新于"),  # Chinese "updated on"
        ("업데이트 (2022. 10. 23.): 사진을 추가했습니다.", "업데이트"),  # Korean dotted date, not a year
    ],
)
def test_notes_of_other_languages_dated_as_written(note: str, label: str) -> None:
    c = annotate.compare(_JP, _JP.replace("\n\n夕方", "\n\n" + note + "\n\n夕方"), fmt="markdown")
    assert [(a.label, a.date and a.date.value) for a in c.annotations] == [(label, "2022-10-23")]


def test_chinese_prose_that_updates_something_is_no_note() -> None:
    c = annotate.compare(_JP, _JP.replace("\n\n夕方", "\n\n更新了软件以后，电脑变快了。\n\n夕方"), fmt="markdown")
    assert not c.annotations


def test_an_events_date_field_is_not_the_pages_date() -> None:
    ev = "# Annual Meetup\n\n| What | Details |\n|------|---------|\n| Date | June 5, 2027 |\n| Place | Berlin |\n\nTalks will be recorded.\n\nBring a friend.\n"
    c = annotate.compare(ev, ev.replace("Bring", "Update: the venue moved to the town hall. (May 2, 2027)\n\nBring"), fmt="markdown")
    assert c.original.date is None
    assert [a.date and a.date.value for a in c.annotations] == ["2027-05-02"]
    page = "# Advisory\n\n| Field | Value |\n|---|---|\n| Date | 31 March 2026 |\n| Severity | high |\n\nText.\n"
    assert annotate.compare(page, page, fmt="markdown").original.date.value == "2026-03-31"  # type: ignore[union-attr]


def test_korean_dotted_date_and_prose_full_stops() -> None:
    assert [d.value for d in find_dates("2022. 10. 23.")] == ["2022-10-23"]
    assert find_dates("In 2019. 5 people came. 3 left.") == []
