"""CriticMarkup and TEI renderings: golden files, round trips to the texts, hostile input."""

from __future__ import annotations

import os
import re
from pathlib import Path

import htmlcheck
import pytest
from lxml import etree

import annotate
from annotate.model import Comparison
from annotate.render.criticmarkup import render_criticmarkup
from annotate.render.tei import TEI_NS, render_tei
from annotate.render.text import visible

H = htmlcheck
NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def golden(name: str, text: str) -> None:
    path = H.GOLDEN / name
    if os.environ.get("ANNOTATE_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    if not path.exists():
        pytest.fail(f"golden file {path} is missing: run with ANNOTATE_UPDATE_GOLDEN=1 and review it")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def comparisons() -> list[tuple[str, Comparison]]:
    out = [("demo", H.demo())]
    out += [(name, H.sample(name)) for name in sorted(H.SAMPLE_PAIRS) if (H.SAMPLES / name).is_dir()]
    return out


# CriticMarkup -------------------------------------------------------------------------------


def accept(marked: str) -> str:
    """Accept every change: the republished text back."""
    marked = re.sub(r"\{>>.*?<<\}", "", marked, flags=re.DOTALL)
    marked = re.sub(r"\{--.*?--\}", "", marked, flags=re.DOTALL)
    marked = re.sub(r"\{~~.*?~>(.*?)~~\}", r"\1", marked, flags=re.DOTALL)
    return re.sub(r"\{\+\+(.*?)\+\+\}", r"\1", marked, flags=re.DOTALL)


def reject(marked: str) -> str:
    """Reject every change: the original text back (moved passages at their old place)."""
    marked = re.sub(r"\{>>.*?<<\}", "", marked, flags=re.DOTALL)
    marked = re.sub(r"\{\+\+.*?\+\+\}", "", marked, flags=re.DOTALL)
    marked = re.sub(r"\{~~(.*?)~>.*?~~\}", r"\1", marked, flags=re.DOTALL)
    return re.sub(r"\{--(.*?)--\}", r"\1", marked, flags=re.DOTALL)


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(("name", "c"), comparisons(), ids=lambda v: v if isinstance(v, str) else "")
def test_criticmarkup_golden_and_round_trip(name: str, c: Comparison) -> None:
    marked = render_criticmarkup(c)
    golden(f"{name}.critic.md", marked)
    revised = "\n\n".join(visible(c.revised.passage_text(p)) for p in c.revised.passages)
    assert words(accept(marked)) == words(revised)
    # Rejecting every change gives back the original's words (unchanged runs show the revised spelling of
    # whitespace, quotes and dashes, and a moved passage is also shown where it went).
    original = "\n\n".join(visible(c.original.passage_text(p)) for p in c.original.passages)
    assert set(re.findall(r"\w+", original)) <= set(re.findall(r"\w+", reject(marked)))


def test_criticmarkup_marks_notes_edits_and_moves() -> None:
    marked = render_criticmarkup(H.demo())
    assert "{~~eighteen~>twenty~~}{>>undisclosed edit<<}" in marked
    assert "{-- for their forbearance--}{>>undisclosed deletion<<}" in marked
    assert (
        "{++[Update, 3 March 2018: the final bill was 15.2 million euros.]++}"
        "{>>annotation 1, added 2018-03-03 (written in the note)<<}"
    ) in marked
    assert "{>>moved here from original paragraph 8<<}{>>undisclosed move<<}A ceremony" in marked
    assert "{--A ceremony attended by about 300 people marked the reopening.--}{>>moved to paragraph 7<<}" in marked


def test_criticmarkup_seed(shared: Path) -> None:
    marked = render_criticmarkup(H.seed())
    comments = re.findall(r"\{>>annotation (\d+), added (\S+) \(inferred\)<<\}", marked)
    assert [(int(n), d) for n, d in comments] == [(k, "2017-07-05") for k in range(1, 8)]
    assert "undisclosed" not in marked
    assert marked.count("{>>framing: new text around the reposted article<<}") == 1
    assert marked.count("{>>republication marker<<}") == 1


def test_criticmarkup_shows_control_characters() -> None:
    marked = render_criticmarkup(annotate.compare("A line.", "A \x1b[31m line \x00 \u202e."))
    assert "\\x1b" in marked and "\\x00" in marked and "\\u202e" in marked
    assert not re.search(r"[\x00-\x08\x0b-\x1f\u202e]", marked)


# TEI ----------------------------------------------------------------------------------------


def reading(el: etree._Element, wit: str) -> str:
    """The text of ``el`` as witness ``wit`` reads it."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == f"{{{TEI_NS}}}rdg":
            if child.get("wit") == wit:
                parts.append(reading(child, wit))
        else:
            parts.append(reading(child, wit))
        parts.append(child.tail or "")
    return "".join(parts)


@pytest.mark.parametrize(("name", "c"), comparisons(), ids=lambda v: v if isinstance(v, str) else "")
def test_tei_golden_and_readings(name: str, c: Comparison) -> None:
    tei = render_tei(c)
    golden(f"{name}.tei.xml", tei)
    root = etree.fromstring(tei.encode("utf-8"))
    assert root.tag == f"{{{TEI_NS}}}TEI"
    assert root.xpath("//t:variantEncoding/@method", namespaces=NS) == ["parallel-segmentation"]
    assert [w.get(XML_ID) for w in root.xpath("//t:witness", namespaces=NS)] == ["a", "b"]
    assert set(root.xpath("//t:rdg/@wit", namespaces=NS)) <= {"#a", "#b"}
    # The #b reading of each numbered paragraph is that revised passage.
    for p in root.xpath("//t:body/t:p[@n]", namespaces=NS):
        passage = c.revised.passages[int(p.get("n")) - 1]
        assert words(reading(p, "#b")) == words(c.revised.passage_text(passage))
    notes = root.xpath("//t:note[@type='update'][@xml:id]", namespaces=NS)
    assert [n.get(XML_ID) for n in notes] == [f"n{k}" for k in range(1, len(c.annotations) + 1)]
    assert [n.get("when") for n in notes] == [a.date.value if a.date else None for a in c.annotations]
    silent = root.xpath("//t:app[@subtype='undisclosed']", namespaces=NS)
    assert len(silent) == c.summary.silent_edits


def test_tei_seed(shared: Path) -> None:
    root = etree.fromstring(render_tei(H.seed()).encode("utf-8"))
    notes = root.xpath("//t:note[@type='update'][@xml:id]", namespaces=NS)
    assert len(notes) == 7
    assert all(n.get("when").startswith("2017-07") for n in notes)
    assert root.xpath("//t:app[@subtype='undisclosed']", namespaces=NS) == []
    assert len(root.xpath("//t:app[@type='framing']", namespaces=NS)) >= 2
    assert root.xpath("//t:witness[@xml:id='a']//t:date/@when", namespaces=NS) == ["2016-07-05"]


@pytest.mark.parametrize("payload", H.HOSTILE)
def test_tei_hostile_text_stays_text(payload: str) -> None:
    c = annotate.compare_documents(
        annotate.read_document(f"Start.\n\nOld {payload} text.", name=f"<x>{payload}"),
        annotate.read_document(f"Start.\n\nNew {payload} text.\n\n(Update, 1 May 2020: {payload}.)", name="b"),
    )
    tei = render_tei(c)
    root = etree.fromstring(tei.encode("utf-8"))
    allowed = {f"{{{TEI_NS}}}{t}" for t in (
        "TEI", "teiHeader", "fileDesc", "titleStmt", "title", "publicationStmt", "p", "sourceDesc", "listWit", "witness",
        "bibl", "idno", "date", "encodingDesc", "variantEncoding", "text", "body", "app", "rdg", "note", "c",
    )}
    for el in root.iter():
        assert isinstance(el.tag, str) and el.tag in allowed, el.tag
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", tei)
    assert "script" not in "".join(root.xpath("//@*"))


# The coloured text format -----------------------------------------------------------------


def test_text_colour_picks_out_dates_and_note_labels() -> None:
    from annotate.render.text import note_tokens, render_text

    c = H.demo()
    plain = render_text(c)
    coloured = render_text(c, color=True)
    assert "\x1b[" not in plain
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain
    assert re.search(r"\x1b\[[0-9;]*m3 March 2018\x1b\[", coloured)
    assert re.search(r"\x1b\[[0-9;]*mCorrection\x1b\[", coloured)
    text = "[Editor's note, July 5, 2017 and 2017-07-06: UPDATE 2 (Update: x)]"
    from pygments.token import Generic, Keyword, Number

    tokens = list(note_tokens(Generic.Inserted, text))
    assert "".join(v for _, v in tokens) == text
    assert [v for t, v in tokens if t is Number] == ["July 5, 2017", "2017-07-06"]
    assert [v for t, v in tokens if t is Keyword] == ["Editor's note", "UPDATE", "Update"]


def test_cli_text_is_plain_when_piped_or_no_color(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from annotate.cli import main

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(H.DEMO_A, encoding="utf-8")
    b.write_text(H.DEMO_B, encoding="utf-8")
    piped = CliRunner().invoke(main, ["compare", str(a), str(b)])
    assert piped.exit_code == 0 and "\x1b[" not in piped.output
    forced = CliRunner(env={"NO_COLOR": ""}).invoke(main, ["compare", str(a), str(b), "--color"])
    assert "\x1b[" in forced.output
