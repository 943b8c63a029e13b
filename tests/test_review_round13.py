"""What the review of the thirteenth session's rules found them doing wrong (/work/review13 at
the time), each on the smallest text that showed it: corrections of "can"/"may" lost to stop
words, a bill's timeline read as the page's revision history, "Important"/"Update" paragraphs
over guidance read as notes, a link's respelling excusing its new address, a notice dated by an
event to come, "次回更新日" read as the page's date, Japanese log entries without a colon."""

from __future__ import annotations

import pytest

import annotate

_POLICY = "# Refund policy\n\nPublished March 1, 2022\n\n{body}\n\nContact support for help.\n{note}"


@pytest.mark.parametrize(
    ("old", "new", "note"),
    [
        ("Members can vote in the election.", "Members cannot vote in the election.",
         "Correction (March 3, 2022): members cannot vote in the election, not can vote as first stated."),
        ("Patients may stop taking the drug.", "Patients must not stop taking the drug.",
         "Correction, March 3, 2022: this article wrongly said patients may stop taking the drug; they must not."),
    ],
)
def test_a_correction_naming_a_modal_or_a_negation_discloses_it(old: str, new: str, note: str) -> None:
    c = annotate.compare(_POLICY.format(body=old, note=""), _POLICY.format(body=new, note="\n" + note + "\n"), fmt="markdown")
    assert len(c.annotations) == 1 and not any(ch.silent for ch in c.changes)


_BILL = (
    "# The Clean Air Bill: a timeline\n\nThe bill has had a long road.\n\nCampaigners say the current draft is {w} than the first.\n\n"
    "The minister defended the changes.\n\n- 3 March 2020: Bill introduced\n- 5 June 2020: Bill amended in committee\n"
    "- 1 July 2020: Bill adopted by the lower house\n{new}"
)


def test_a_timeline_of_a_bill_is_no_revision_history_of_the_page() -> None:
    c = annotate.compare(_BILL.format(w="weaker", new=""), _BILL.format(w="stronger", new="- 9 September 2020: Bill amended by the Senate\n"), fmt="markdown")
    assert not c.annotations and c.original.date is None
    assert any(ch.silent and ch.original is not None and ch.original.text == "weaker" for ch in c.changes)


def test_minutes_decisions_are_no_revision_history() -> None:
    doc = "# Meeting minutes\n\n- 2024-01-10 Budget revised by the board\n- 2024-02-14 Plan adopted\n{new}\nAttendees: A, B, C.\n\nNext meeting in May.\n"
    c = annotate.compare(doc.format(new=""), doc.format(new="- 2024-03-20 Bylaws amended\n"), fmt="markdown")
    assert not c.annotations and c.original.date is None


_PAGE = "<html><head><title>Guide</title></head><body><main><h1>Installing the app</h1>{box}<p>Download the installer from the releases page.</p><p>Run it and follow the steps.</p></main></body></html>"


@pytest.mark.parametrize(
    "box",
    [
        "<p><strong>Important</strong></p><p>Save your work before you close the page.</p>",
        '<div class="note"><p>Note</p><p>You need admin rights since the installer writes to Program Files.</p></div>',
        "<p>Update</p><p>Tap Settings, then General, then Software Update to install the latest version.</p>",
        "<p>Warning</p><p>Do not run the installer as root; use sudo instead.</p>",
    ],
)
def test_a_label_word_paragraph_over_guidance_is_no_note(box: str) -> None:
    c = annotate.compare(_PAGE.format(box=""), _PAGE.format(box=box), fmt="html")
    assert not c.annotations and any(ch.silent for ch in c.changes)


def test_a_respelled_links_new_address_stays_silent() -> None:
    doc = "# Backups\n\nWe recommend [{n}](https://{a}) for backups.\n\nRun it daily.\n{note}"
    c = annotate.compare(
        doc.format(n="Restic", a="restic.net", note=""),
        doc.format(n="restic", a="restic-downloads.example.ru", note="\nUpdate, April 2, 2022: fixed the spelling of restic.\n"),
        fmt="markdown",
    )
    assert any(ch.silent and ch.revised is not None and "example.ru" in ch.revised.text for ch in c.changes)


@pytest.mark.parametrize(
    "notice",
    ["**The final vote will be held on June 14, 2022; this post will be updated.**", "*Registration closes on December 31, 2022. See the signup page.*"],
)
def test_a_notice_is_not_dated_by_an_event_to_come(notice: str) -> None:
    doc = "# The vote\n\nPublished April 1, 2022\n\n{top}The council met today.\n\nIt discussed the budget.\n"
    c = annotate.compare(doc.format(top=""), doc.format(top=notice + "\n\n"), fmt="markdown")
    assert all(a.date is None or a.date.value not in ("2022-06-14", "2022-12-31") for a in c.annotations)


def test_a_next_update_date_is_no_stamp_of_the_page() -> None:
    doc = "# 会員規約\n\n会員の皆様へ\n\n第一段落です。\n\n第二段落です。\n\n第三段落です。\n\n次回更新日：{}\n"
    c = annotate.compare(doc.format("2024年4月1日"), doc.format("2025年4月1日"), fmt="markdown")
    assert c.original.date is None and any(ch.silent for ch in c.changes)


def test_a_markdown_revision_history_gives_its_latest_entry() -> None:
    doc = "# Acceptable Use Policy\n\n- 1 January 2019: adopted\n- 1 June 2020: amended\n- 1 June 2021: amended\n{new}\nUsers must not share accounts.\n\nBreaches are reported.\n"
    c = annotate.compare(doc.format(new=""), doc.format(new="- 1 March 2023: amended\n"), fmt="markdown")
    assert (c.original.date.value if c.original.date else None, c.revised.date.value if c.revised.date else None) == ("2021-06-01", "2023-03-01")


@pytest.mark.parametrize("title", ["更新履歴", "變更記錄", "修訂記錄", "改版履歴", "변경 사항"])
def test_a_cjk_log_entry_written_without_a_colon_is_an_entry(title: str) -> None:
    doc = f"# 製品マニュアル\n\n本文。\n\n## {title}\n\n- 2024-01-10 v1.0\n{{new}}\n## 仕様\n\n重さ 2kg。\n"
    c = annotate.compare(doc.format(new=""), doc.format(new="- 2024/05/01 仕様を追記\n"), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [("- 2024/05/01 仕様を追記", "2024-05-01")]
