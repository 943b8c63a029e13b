"""The HTML report: golden files, structure (XPath), safety with hostile inputs, the CLI."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import sys
from pathlib import Path

import htmlcheck
import pytest
from click.testing import CliRunner
from lxml import html as lhtml

import annotate
from annotate.cli import main
from annotate.output import shown as report_names
from annotate.read import read_document
from annotate.render.html import render_html, render_html_parts
from annotate.render.html.assets import CSS, SCRIPT, Spool, content_security_policy
from annotate.render.html.page import Page

H = htmlcheck
UPDATE = os.environ.get("ANNOTATE_UPDATE_GOLDEN") == "1"


def golden(name: str, text: str) -> None:
    """Compare ``text`` with ``tests/golden/NAME`` (rewrite it with ANNOTATE_UPDATE_GOLDEN=1)."""
    path = H.GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    if not path.exists():
        pytest.fail(f"golden file {path} is missing: run with ANNOTATE_UPDATE_GOLDEN=1 and review it")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from its golden file (ANNOTATE_UPDATE_GOLDEN=1 rewrites it; review the diff)"


def cls(name: str) -> str:
    result: str = H.has_class(name)
    return result


# Golden files -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(H.SAMPLE_PAIRS))
def test_sample_report_matches_golden(name: str) -> None:
    if not (H.SAMPLES / name).is_dir():
        pytest.skip(f"samples/{name} is not there")
    page = render_html(H.sample(name))
    H.check_allowlist(page)
    golden(f"{name}.html", page)


def test_demo_reports_match_golden() -> None:
    c = H.demo()
    golden("demo.html", render_html(c))
    golden("demo-inline-context0.html", render_html(c, view="inline", context=0))


# The seed pair (../shared) ----------------------------------------------------------------


def test_seed_report_structure(shared: Path) -> None:
    root = H.check_allowlist(render_html(H.seed()))
    notes = root.xpath(f"//ins[{cls('annotation')}]")
    assert len(notes) == 7
    assert all(n.get("datetime", "").startswith("2017-07") for n in notes)
    assert [n.get("id") for n in notes] == [f"n{k}" for k in range(1, 8)]
    assert all(n.xpath(f"./span[{cls('badge')}]") for n in notes)
    assert "added 2017-07-05" in notes[0].xpath("string(./span)")
    assert "inferred from" in notes[0].xpath("string(./span)")
    assert root.xpath(f"//*[{cls('silent')}]") == []
    assert root.xpath(f"string(//li[{cls('c-silent')}])").strip() == "0 undisclosed edits"
    frames = root.xpath(f"//*[{cls('frame')} and @id]")
    assert [f.get("id") for f in frames] == ["f1", "f2"]
    assert "The summit meeting between Chinese President Xi Jinping" in frames[0].text_content()
    assert "Framing" in frames[0].text_content()
    assert "first published by The Duran" in " ".join(frames[1].text_content().split())
    assert "Republication marker" in frames[1].text_content()
    # Each annotation is listed in the panel, linking to it.
    assert root.xpath("//aside//a/@href")[:7] == [f"#n{k}" for k in range(1, 8)]


# Structure --------------------------------------------------------------------------------


def test_demo_marks_edits_moves_and_notes() -> None:
    c = H.demo()
    root = H.check_allowlist(render_html(c))
    assert len(root.xpath(f"//ins[{cls('annotation')}]")) == 2
    assert root.xpath(f"//ins[{cls('annotation')}]/@datetime") == ["2018-03-03", "2018-03-05"]
    silent_ins = root.xpath(f"//ins[{cls('silent')}]")
    assert [e.text for e in silent_ins] == ["twenty", "2020"]
    assert [e.text for e in root.xpath(f"//div[{cls('a')}]//del[{cls('silent')}]")] == [
        "eighteen", "for their forbearance", "2019"
    ]
    counts = {li.get("class").split()[1]: li.xpath("string(b)") for li in root.xpath(f"//li[{cls('count')}]")}
    # Each change once: the silent move counts under moves, not also under undisclosed edits.
    assert counts == {"c-note": "2", "c-silent": "3", "c-move": "1", "c-other": "0", "c-frame": "0"}
    moved_to = root.xpath(f"//div[{cls('k-move_to')}]")[0]
    moved_from = root.xpath(f"//div[{cls('k-move_from')}]")[0]
    assert moved_to.xpath(".//a/@href")[0] == "#" + moved_from.get("id")
    assert moved_from.xpath(".//a/@href")[0] == "#" + moved_to.get("id")
    # Every change of the comparison is listed and reachable.
    listed = root.xpath("//aside//li/a/@href")
    assert len(listed) == len(c.changes)
    # Each row with changes links to the next one without JavaScript.
    steps = root.xpath(f"//span[{cls('step')}]/a[@aria-label='next change']/@href")
    assert steps and all(root.xpath(f"//*[@id='{h[1:]}']") for h in steps)


def test_view_switch_and_initial_view() -> None:
    c = H.demo()
    side = lhtml.document_fromstring(render_html(c))
    inline = lhtml.document_fromstring(render_html(c, view="inline"))
    assert side.xpath("//input[@checked]/@id") == ["view-side"]
    assert inline.xpath("//input[@checked]/@id") == ["view-inline"]
    assert side.xpath("//label/@for") == ["view-side", "view-inline"]
    # Removed text is in the revised column too (as a ghost), so the inline view reads as a redline.
    ghosts = side.xpath(f"//div[{cls('b')}]//del[{cls('ghost')}]")
    assert [g.text for g in ghosts] == ["eighteen", " for their forbearance", "2019"]


def test_unchanged_runs_fold_with_context() -> None:
    filler = "\n\n".join(f"Paragraph {k} says nothing new about the harbour." for k in range(20))
    a = filler + "\n\nThe bridge cost 12 million.\n\n" + filler.replace("Paragraph", "Closing")
    b = filler + "\n\nThe bridge cost 14 million.\n\n" + filler.replace("Paragraph", "Closing")
    c = annotate.compare(a, b)
    for context, shown in ((0, 0), (2, 4), (5, 10)):
        root = lhtml.document_fromstring(render_html(c, context=context))
        folds = root.xpath(f"//details[{cls('fold')}]")
        assert len(folds) == 2
        visible = root.xpath(f"//main/div[{cls('row')} and {cls('eq')}]")
        assert len(visible) == shown
        summaries = [f.xpath("string(summary)") for f in folds]
        assert summaries[0].startswith(f"{20 - shown // 2} unchanged paragraphs")
    root = lhtml.document_fromstring(render_html(c, context=100))
    assert root.xpath(f"//details[{cls('fold')}]") == []


def test_identical_inputs_say_so_and_fold_everything() -> None:
    text = "\n\n".join(f"Paragraph {k}." for k in range(6))
    root = H.check_allowlist(render_html(annotate.compare(text, text)))
    assert "No differences" in root.xpath(f"string(//p[{cls('nodiff')}])")
    assert len(root.xpath(f"//details[{cls('fold')}]//div[{cls('row')}]")) == 6


def test_empty_inputs_render() -> None:
    H.check_allowlist(render_html(annotate.compare("", "")))
    H.check_allowlist(render_html(annotate.compare("", "Something new. (Update, 3 May 2020: new.)")))


def test_output_is_deterministic_and_ids_come_from_positions() -> None:
    c = H.demo()
    first = render_html(c)
    assert render_html(H.demo()) == first
    ids = re.findall(r' id="([^"]+)"', first)
    assert all(re.fullmatch(r"[rcnf][0-9]+|view-side|view-inline|top|main", i) for i in ids)


def test_csp_allows_exactly_the_pages_own_style_and_script() -> None:
    root = lhtml.document_fromstring(render_html(H.demo()))
    csp = root.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert csp == content_security_policy()
    for source, directive in ((CSS, "style-src"), (SCRIPT, "script-src")):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}';" in csp
    assert "default-src 'none'" in csp and "unsafe" not in csp
    # The meta tag comes before the style and the script it governs.
    head = [el.tag for el in root.xpath("//head/*")]
    assert head.index("meta") < head.index("style")
    assert CSS.isascii() and SCRIPT.isascii() and "</" not in CSS and "</" not in SCRIPT
    assert not root.xpath("//*[@style or @src or @onclick or @onload]")


# Safety -----------------------------------------------------------------------------------

HOSTILE = H.HOSTILE


@pytest.mark.parametrize("payload", HOSTILE)
@pytest.mark.parametrize("view", ["side", "inline"])
def test_hostile_text_is_only_ever_text(payload: str, view: str) -> None:
    a = f"Opening paragraph.\n\nThe bridge cost 12 million.\n\n{payload} removed.\n\nClosing."
    b = (
        f"Opening paragraph.\n\nThe bridge cost 14 million {payload}.\n\n"
        f"(Update, 3 March 2018: {payload} in a note.)\n\nClosing.\n\n{payload}"
    )
    c = annotate.compare_documents(
        read_document(a, name=f"<script>alert('name')</script>\n{payload}.txt"),
        read_document(b, name="evil\n\"'><svg onload=alert(1)>.txt"),
    )
    root = H.check_allowlist(render_html(c, view=view))
    body = root.xpath("string(//body)")
    # The payload is shown, as text, with characters XML cannot hold made visible.
    shown = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]",
                   lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                   payload)
    assert shown.split()[0] in body
    assert "<script>alert('name')</script>" in body


def test_control_characters_are_shown_not_dropped() -> None:
    c = annotate.compare("A plain line.", "A plain \x00 line \x1b[2J with \ud800 and \x0b.")
    root = H.check_allowlist(render_html(c))
    shown = root.xpath(f"//span[{cls('ctl')}]/text()")
    assert {"\\x00", "\\x1b", "\\ud800", "\\x0b"} <= set(shown)


def test_html_input_markup_never_reaches_the_page() -> None:
    evil = (
        "<html><head><title>T<script>alert(1)</script></title></head><body><article>"
        "<p onclick='alert(1)'>First <a href='javascript:alert(2)'>link</a> paragraph.</p>"
        "<p><img src=x onerror=alert(3)>Second <iframe src='//evil'></iframe>paragraph.</p>"
        "<p>(Update, 2 May 2020: <b style='x'>bold</b> note.)</p></article></body></html>"
    )
    plain = "<html><body><article><p>First link paragraph.</p><p>Second paragraph.</p></article></body></html>"
    c = annotate.compare_documents(read_document(plain, fmt="html"), read_document(evil, fmt="html"))
    root = H.check_allowlist(render_html(c))
    assert root.xpath("//img | //iframe | //*[@onclick] | //*[@onerror]") == []


# CLI --------------------------------------------------------------------------------------


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(H.DEMO_A, encoding="utf-8")
    b.write_text(H.DEMO_B, encoding="utf-8")
    return a, b


def test_cli_html_writes_the_report(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["html", str(a), str(b), "-o", str(out), "--view", "inline", "--context", "0"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    root = H.check_allowlist(page)
    assert root.xpath("//input[@checked]/@id") == ["view-inline"]
    # The report names the inputs by file name (a shared report must not publish folders).
    assert page == render_html(report_names(annotate.compare(a, b)), view="inline", context=0)
    assert str(tmp_path) not in page and "a.txt" in page
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".annotate-")] == []
    full = tmp_path / "full.html"
    CliRunner().invoke(main, ["html", str(a), str(b), "-o", str(full), "--full-paths"])
    assert str(a) in full.read_text(encoding="utf-8")


def test_cli_html_stdout_and_exit_code(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    result = CliRunner().invoke(main, ["html", str(a), str(b), "-o", "-", "--exit-code"])
    assert result.exit_code == 1
    assert result.output.startswith("<!DOCTYPE html>")
    result = CliRunner().invoke(main, ["html", str(a), str(a)])
    assert result.exit_code == 0 and "No differences" in result.output


def test_cli_html_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    result = CliRunner().invoke(main, ["html", str(a), str(b), "-o", str(b)])
    assert result.exit_code == 3
    assert "refusing to overwrite" in result.output
    assert b.read_text(encoding="utf-8") == H.DEMO_B


def test_cli_html_failure_leaves_the_old_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _pair(tmp_path)
    out = tmp_path / "report.html"
    out.write_text("old report", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("renderer broke")

    monkeypatch.setattr("annotate.render.html.render_html", broken)
    monkeypatch.setattr("annotate.render.html.render_html_parts", broken)  # what the CLI calls
    result = CliRunner().invoke(main, ["html", str(a), str(b), "-o", str(out)])
    assert result.exit_code == 5 and "renderer broke" in result.output
    assert out.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "report.html"]


def test_cli_html_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["html", str(tmp_path / "nope.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 3
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("fmt", "start"), [("html", "<!DOCTYPE html>"), ("criticmarkup", "The Harbour"),
                                            ("tei", "<?xml version='1.0' encoding='UTF-8'?>")])
def test_compare_format_choices(tmp_path: Path, fmt: str, start: str) -> None:
    a, b = _pair(tmp_path)
    view = ["--view", "inline"] if fmt == "html" else []
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", fmt, *view, "--context", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(start)
    if fmt != "html":  # --view is refused where it cannot apply, never silently ignored
        refused = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", fmt, "--view", "inline"])
        assert refused.exit_code == 2 and "--view applies to --format html only" in refused.output
    if fmt == "html":
        assert lhtml.document_fromstring(result.output).xpath("//input[@checked]/@id") == ["view-inline"]


def test_html_command_formats(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    result = CliRunner().invoke(main, ["html", str(a), str(b), "--format", "criticmarkup"])
    assert result.exit_code == 0 and "{~~eighteen~>twenty~~}" in result.output


def test_cli_module_imports_cleanly() -> None:
    # annotate.cli.html never imports annotate.cli, so either can be imported first.
    assert "annotate.cli" in sys.modules
    import annotate.cli.html as mod

    assert mod.html_cmd.name == "html"
    assert main.get_command(None, "html") is mod.html_cmd  # type: ignore[arg-type]


def test_same_bytes_across_hash_seeds(tmp_path: Path) -> None:
    import subprocess

    a, b = _pair(tmp_path)
    script = (
        "import sys, annotate; from annotate.render.html import render_html; "
        "sys.stdout.write(render_html(annotate.compare(annotate.read_document(sys.argv[1]), annotate.read_document(sys.argv[2]))))"
    )
    pages = {
        subprocess.run([sys.executable, "-c", script, str(a), str(b)], capture_output=True, check=True, timeout=120,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("0", "12345")
    }
    assert len(pages) == 1


def test_notes_and_the_changes_they_disclose_link_both_ways() -> None:
    samples = Path(__file__).resolve().parent.parent / "samples" / "updates"
    c = annotate.compare(samples / "original.md", samples / "revised.md")
    root = lhtml.document_fromstring(render_html(c))
    edit = next(i for i, ch in enumerate(c.changes) if ch.kind == "edit" and ch.disclosed_by)
    note = int(c.changes[edit].disclosed_by[0].removeprefix("n"))
    disclosed = root.xpath("//nav//p[@class='disclosed']")
    assert any(a.get("href") == f"#n{note}" for p in disclosed for a in p.xpath(".//a"))
    discloses = root.xpath(f"//nav//li[a[@href='#n{note}']]/p[@class='discloses']//a/@href")
    assert discloses and all(root.xpath(f"//*[@id='{h[1:]}']") for h in discloses)


def test_text_report_says_which_note_discloses_a_change() -> None:
    from annotate.render.text import render_text

    samples = Path(__file__).resolve().parent.parent / "samples" / "updates"
    text = render_text(annotate.compare(samples / "original.md", samples / "revised.md"), limit=None)
    assert "edit (disclosed by n4)" in text and "discloses 1 change" in text


def test_a_moved_paragraph_says_where_it_came_from_in_the_inline_view_too() -> None:
    samples = Path(__file__).resolve().parent.parent / "samples" / "updates"
    root = lhtml.document_fromstring(render_html(annotate.compare(samples / "original.md", samples / "revised.md"), view="inline"))
    labels = root.xpath(f"//div[{cls('k-move_to')}]/div[{cls('b')}]/a[{cls('in-b')}]")
    assert labels and labels[0].text.startswith("moved here from paragraph")
    target = labels[0].get("href")[1:]
    assert root.xpath(f"//div[@id='{target}'][{cls('k-move_from')}]")


def test_markdown_is_shown_formatted_not_as_source() -> None:
    """Issue 11: the report of a Markdown pair shows headings, emphasis and links rendered."""
    samples = Path(__file__).resolve().parent.parent / "samples" / "updates"
    page = render_html(annotate.compare(samples / "original.md", samples / "revised.md"))
    root = H.check_allowlist(page)
    blocks = root.xpath("//div[" + H.has_class("cell") + "]//p")
    texts = ["".join(p.itertext()) for p in blocks]
    assert texts and not any(t.lstrip().startswith("#") for t in texts)
    body = "\n".join(texts)
    assert "**" not in body and "](" not in body
    assert root.xpath("//p[" + H.has_class("md-h1") + "]") and root.xpath("//p[" + H.has_class("md-h2") + "]")
    assert root.xpath("//div[" + H.has_class("cell") + "]//em")
    [target] = {t.text for t in root.xpath("//span[" + H.has_class("md-target") + "]")}
    assert target == " (https://www.wexcombe.gov.uk/committees/transport)"


def test_a_change_of_markup_alone_stays_visible() -> None:
    page = render_html(annotate.compare("Some *word* here.\n\nEnd.", "Some **word** here.\n\nEnd.", fmt="markdown"))
    root = H.check_allowlist(page)
    assert root.xpath("//div[" + H.has_class("cell") + " and " + H.has_class("b") + "]//ins/strong[.='word']")
    assert root.xpath("//div[" + H.has_class("cell") + " and " + H.has_class("a") + "]//del/em[.='word']")


def test_on_a_phone_the_index_comes_first_folded_and_key_hints_hide_without_a_keyboard() -> None:
    """Issue 14 item 14: the index is before the article (folded by the script on narrow
    screens, a summary says what it holds), and key hints hide on touch-only devices."""
    samples = Path(__file__).resolve().parent.parent / "samples" / "updates"
    page = render_html(annotate.compare(samples / "original.md", samples / "revised.md"))
    root = H.check_allowlist(page)
    layout = root.xpath("//div[" + H.has_class("layout") + "]")[0]
    children = [c.tag for c in layout]
    assert children.index("aside") < children.index("main")
    [toggle] = root.xpath("//aside//details[@open]/summary")
    assert toggle.text == "Index \u00b7 4 annotations \u00b7 1 undisclosed edit"
    assert "@media (hover:none) and (pointer:coarse){.keys{display:none}}" in CSS
    phone = CSS[CSS.index("@media (max-width:720px)") :]
    assert ".panel{order:2" not in phone and ".index-toggle{display:list-item" in phone
    assert 'matchMedia("(max-width:720px)")' in SCRIPT and "d.open = false" in SCRIPT


def test_a_long_report_written_in_pieces_is_the_same_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The main column is serialized a few hundred rows at a time (never one whole tree) and
    the CLI writes the page in pieces: the file is byte for byte ``render_html``'s page."""
    paras = [f"Paragraph {k} tells of the harbour, the \u2018crane\u2019 and cargo number {k}." for k in range(900)]
    edited = [p.replace("cargo", "freight") if k % 3 == 0 else p for k, p in enumerate(paras)]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join(paras), encoding="utf-8")
    b.write_text("\n\n".join(edited), encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["html", str(a), str(b), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    c = report_names(annotate.compare(a, b))
    page = render_html(c)
    assert out.read_bytes() == page.encode("utf-8")
    assert "annotate-spool" not in page
    # The same page built as one tree (the column serialized once, at its end):
    flush = Spool.flush
    monkeypatch.setattr(Spool, "flush", lambda self, force=False: flush(self, True) if force else None)
    assert render_html(c) == page
    monkeypatch.undo()
    # Given as it is made: the page around the column first, then the column in pieces.
    made: list[int] = []
    row = Page.row
    monkeypatch.setattr(Page, "row", lambda self, *args, **kw: (made.append(1), row(self, *args, **kw))[1])
    parts = iter(render_html_parts(c))
    first = next(parts)
    assert "<main" in first and 'id="c1"' not in first and first.endswith('aria-label="Comparison">')
    assert not made  # (no row made yet)
    second = next(parts)
    assert 0 < len(made) < 900
    rest = list(parts)
    assert len(rest) > 2 and first + second + "".join(rest) == page
    doc = lhtml.fromstring(page.encode("utf-8"))
    shown = doc.xpath("//main//*[starts-with(@id, 'c')]")
    assert len({e.get("id") for e in shown}) >= 300


def test_a_failure_while_the_page_is_written_leaves_the_old_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page is made as it is written: a renderer failing half way leaves no partial file,
    the old report as it was, and the same one-line error and exit code."""
    paras = [f"Paragraph {k} tells of the harbour and cargo number {k}." for k in range(900)]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join(paras), encoding="utf-8")
    b.write_text("\n\n".join(p.replace("cargo", "freight") if k % 3 == 0 else p for k, p in enumerate(paras)),
                 encoding="utf-8")
    out = tmp_path / "report.html"
    out.write_text("old report", encoding="utf-8")
    made: list[int] = []
    row = Page.row

    def breaks_later(self: Page, *args: object, **kw: object) -> None:
        made.append(1)
        if len(made) > 400:
            raise RuntimeError("renderer broke")
        row(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Page, "row", breaks_later)
    for target in (["-o", str(out)], []):
        result = CliRunner().invoke(main, ["html", str(a), str(b), "-j", "1", *target])
        assert result.exit_code == 5 and "renderer broke" in result.output
        assert "<main" not in result.output  # (to stdout: nothing of the page)
        made.clear()
    assert out.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "report.html"]
