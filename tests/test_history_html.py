"""The HTML timeline of a history (``annotate history --format html``): structure, safety, the CLI.

The sample history (samples/history/) must show, in this order: the stealth edits (the
silently removed correction first), the timeline of five versions, every note with the
version that added it (and removed it), the latest text passage by passage coloured by
its origin, and each step's changes with the silent ones flagged. Hostile text in notes,
titles and version names must only ever be text, and the page must hold only the
renderer's own markup (``htmlcheck.check_allowlist``).
"""

from __future__ import annotations

import re
from pathlib import Path

import htmlcheck
import pytest
from click.testing import CliRunner
from lxml import html as lhtml

from annotate.cli import main
from annotate.history import history
from annotate.read import read_document
from annotate.render.html.history import render_history_html

H = htmlcheck
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "history"
VERSIONS = [SAMPLE / f"v{i}.md" for i in range(1, 6)]


def cls(name: str) -> str:
    result: str = H.has_class(name)
    return result


def text(node: lhtml.HtmlElement) -> str:
    return " ".join(str(node.xpath("string(.)")).split())


@pytest.fixture(scope="module")
def sample() -> lhtml.HtmlElement:
    return H.check_allowlist(render_history_html(history(VERSIONS)))


def test_sections_come_gravest_first(sample: lhtml.HtmlElement) -> None:
    sections = [s.get("class").split()[1] for s in sample.xpath(f"//main/section[{cls('hsec')}]")]
    assert sections == ["h-stealth", "h-timeline", "h-notes", "h-blame", "h-steps"]
    counts = [text(li) for li in sample.xpath(f"//ul[{cls('counts')}]/li")]
    assert counts == ["5 versions", "5 notes", "1 removed note", "3 stealth edits", "3 silent edits"]
    assert text(sample.xpath("//h1")[0]) == "Harbour ferry suspended after crack found in hull"


def test_stealth_edits_list_the_removed_correction_first(sample: lhtml.HtmlElement) -> None:
    items = sample.xpath(f"//li[{cls('stealth')}]")
    assert [i.get("id") for i in items] == ["f1", "f2", "f3"]
    first = text(items[0])
    assert first.startswith("removed correction in v5 silent note h3, added in v3 on 2023-03-08")
    assert "Correction: An earlier version of this article said" in first
    assert items[0].xpath(".//a/@href") == ["#r5", "#n3", "#r3"]
    assert all("edit after “final”" in text(i) and "h5 (v4) said the article was final" in text(i) for i in items[1:])
    assert [i.xpath(f"string(.//del[{cls('edit')}])") for i in items[1:]] == [
        "900", "Nobody wanted to be in this position"]
    assert all("silent" in i.get("class").split() for i in items)


def test_timeline_has_every_version_with_its_date_and_counts(sample: lhtml.HtmlElement) -> None:
    items = sample.xpath(f"//ol[{cls('timeline')}]/li")
    assert [i.get("id") for i in items] == ["r1", "r2", "r3", "r4", "r5"]
    assert [i.xpath(f"string(.//span[{cls('tl-date')}])") for i in items] == [
        f"2023-03-{d} (dateline)" for d in ("06", "07", "08", "10", "14")]
    assert [i.xpath(f"string(.//span[{cls('tl-source')}])") for i in items] == [f"v{k}.md" for k in range(1, 6)]
    facts = [text(i.xpath(f".//p[{cls('tl-facts')}]")[0]) for i in items]
    assert facts == [
        "0 notes · the first version known",
        "1 note · added h1 · 2 changes from v1",
        "3 notes · added h2, h3 · 4 changes from v2",
        "5 notes · added h4, h5 · 3 changes from v3",
        "4 notes · removed h3 · 4 changes from v4, 3 silent",
    ]
    assert items[4].xpath(".//a/@href") == ["#n3", "#c4"]


def test_every_note_says_which_version_added_and_removed_it(sample: lhtml.HtmlElement) -> None:
    notes = sample.xpath(f"//li[{cls('hnote')}]")
    assert [n.get("id") for n in notes] == ["n1", "n2", "n3", "n4", "n5"]
    badges = [[text(b) for b in n.xpath(f".//a[{cls('badge')}]")] for n in notes]
    assert badges == [["added in v2"], ["added in v3"], ["added in v3", "removed in v5 silently"], ["added in v4"],
                      ["added in v4"]]
    assert notes[2].xpath(f".//a[{cls('badge')}]/@href") == ["#r3", "#r5"]
    assert "gone" in notes[2].get("class").split() and "correction" in notes[2].get("class").split()
    assert [n.xpath(f"string(.//span[{cls('hn-date')}])") for n in notes] == [
        "2023-03-07", "2023-03-08", "2023-03-08", "2023-03-10", "2023-03-10"]
    assert text(notes[4].xpath(f".//p[{cls('hn-text')}]")[0]).startswith("Editor’s note: This is the final version")


def test_latest_text_is_marked_by_origin_with_a_legend(sample: lhtml.HtmlElement) -> None:
    h = history(VERSIONS)
    passages = sample.xpath(f"//div[{cls('blame')}]/div[{cls('bl')}]")
    assert len(passages) == len(h.blame)
    for node, origin in zip(passages, h.blame, strict=True):
        assert f"vc{origin.first}" in node.get("class").split()
        assert node.xpath(f"string(p[{cls('bl-text')}])") == h.latest.document.text[origin.start : origin.end]
        tags = node.xpath(f"span[{cls('bl-tag')}]/a/@href")
        assert tags == ([f"#r{origin.first + 1}"] if origin.first == origin.changed
                        else [f"#r{origin.first + 1}", f"#r{origin.changed + 1}"])
    legend = [text(li) for li in sample.xpath(f"//ul[{cls('blame-legend')}]/li")]
    assert legend[0].startswith("v1 2023-03-06 · ") and len(legend) == 5
    found = [re.search(r"(\d+) passages?$", x) for x in legend]
    assert sum(int(m.group(1)) for m in found if m) == len(h.blame)


def test_each_step_lists_its_changes_silent_ones_flagged(sample: lhtml.HtmlElement) -> None:
    h = history(VERSIONS)
    steps = sample.xpath(f"//section[{cls('hstep')}]")
    assert [s.get("id") for s in steps] == ["c1", "c2", "c3", "c4"]
    for node, step in zip(steps, h.steps, strict=True):
        assert len(node.xpath(f".//li[{cls('hchange')}]")) == len(step.changes)
        assert len(node.xpath(f".//li[{cls('hchange')} and {cls('silent')}]")) == sum(c.silent for c in step.changes)
    last = steps[3]
    assert text(last.xpath("h3")[0]) == "v4 → v5 4 changes, 3 silent"
    silent = [text(li) for li in last.xpath(f".//li[{cls('silent')}]")]
    assert any(s.startswith("edit silent The ferry carries about 900 1,200 passengers") for s in silent)
    assert any(s.startswith("deletion silent Correction: An earlier version") for s in silent)


def test_output_is_deterministic() -> None:
    assert render_history_html(history(VERSIONS)) == render_history_html(history(VERSIONS))


@pytest.mark.parametrize("payload", H.HOSTILE)
def test_hostile_text_is_only_ever_text(payload: str) -> None:
    one = f"# {payload} title\n\nThe bridge cost 12 million.\n\n{payload} removed later.\n\nClosing."
    two = (f"# {payload} title\n\nThe bridge cost 14 million {payload}.\n\n"
           f"Correction: {payload} was wrong.\n\n{payload} removed later.\n\nClosing.")
    three = f"# {payload} title\n\nThe bridge cost 15 million.\n\nClosing.\n\n[Update: {payload} in a note.]"
    docs = [read_document(t, name=f"<script>alert({k})</script>\n{payload}.md", fmt="markdown")
            for k, t in enumerate((one, two, three))]
    h = history(docs, dates=["2020-01-01", "2020-01-02", "2020-01-03"])
    page = render_history_html(h, full_paths=True)
    root = H.check_allowlist(page)
    body = root.xpath("string(//body)")
    assert "<script>alert(0)</script>" in body and "</script><script>" not in page.replace("</script>\n", "", 1)
    assert root.xpath("//img | //iframe | //svg | //*[@onclick] | //*[@onerror] | //*[@style]") == []
    assert any(payload.split()[0] in t or "\\x" in t or "\\u" in t for t in root.xpath("//li//text()"))
    assert [n.get("id") for n in root.xpath(f"//li[{cls('hnote')}]")] == [f"n{k + 1}" for k in range(len(h.notes))]


def test_a_note_script_tag_is_escaped_in_the_markup() -> None:
    h = history(["It rained.", "It rained.\n\n[Update, 6 July 2017: <script>alert(1)</script> stopped.]"])
    page = render_history_html(h)
    H.check_allowlist(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; stopped.]" in page
    assert page.count("<script") == 1


def test_one_version_and_no_notes_still_render() -> None:
    root = H.check_allowlist(render_history_html(history(["Only one version."])))
    assert [text(p) for p in root.xpath(f"//p[{cls('empty')}]")] == [
        "None: no note was removed, and nothing changed after a note said the article was final.",
        "No version has a note.", "One version only: nothing to compare."]


def test_cli_writes_the_html_timeline(tmp_path: Path) -> None:
    target = tmp_path / "h.html"
    result = CliRunner().invoke(main, ["history", *map(str, VERSIONS), "--format", "html", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    page = target.read_text(encoding="utf-8")
    assert page == render_history_html(history(VERSIONS))
    H.check_allowlist(page)


def test_step_reports_are_written_beside_the_timeline_and_linked(tmp_path: Path) -> None:
    """Issue 15: each step's side-by-side diff one click away from the timeline."""
    out = tmp_path / "ferry.html"
    result = CliRunner().invoke(main, ["history", *map(str, VERSIONS), "--format", "html", "-o", str(out),
                                       "--step-reports"])
    assert result.exit_code == 0, result.output
    names = [f"ferry.v{k}-v{k + 1}.html" for k in range(1, 5)]
    assert sorted(p.name for p in tmp_path.glob("ferry.v*.html")) == names
    root = H.check_allowlist(out.read_text(encoding="utf-8"))
    assert root.xpath("//a[contains(@class, 'step-report')]/@href") == names
    step = H.check_allowlist((tmp_path / names[-1]).read_text(encoding="utf-8"))
    assert step.xpath("//div[contains(@class, 'cell')]")  # a side-by-side comparison page
    bad = CliRunner().invoke(main, ["history", *map(str, VERSIONS), "--step-reports"])
    assert bad.exit_code == 2 and "--step-reports needs --format html and -o FILE" in bad.output
