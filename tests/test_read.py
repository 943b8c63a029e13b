"""Decoding, newline normalisation, formats and HTML extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import annotate
from annotate.errors import InputError, LimitError
from annotate.read import decode, read_document

TEXT = "Caf\u00e9 \u201cquoted\u201d \u2014 fine.\n\nSecond paragraph."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decodings_give_the_same_text(data: bytes, encoding: str) -> None:
    text, used, _ = decode(data)
    assert text == TEXT
    assert used == encoding


def test_cp1252_fallback_is_reported() -> None:
    text, used, warnings = decode("\u201cSmart\u201d quotes".encode("cp1252"))
    assert text == "\u201cSmart\u201d quotes"
    assert used == "cp1252"
    assert warnings == ("not valid UTF-8: decoded as cp1252",)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", b"abc\x00def\x00ghi", b"\x81\x8d\x8f" * 10])
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError):
        decode(data)


def test_newlines_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"One\r\ntwo\rthree\n\nFour\xe2\x80\xa8five\xe2\x80\xa9Six")
    doc = read_document(path)
    assert doc.text == "One\ntwo\nthree\n\nFour\nfive\n\nSix"
    assert [doc.passage_text(p) for p in doc.passages] == ["One\ntwo\nthree", "Four\nfive", "Six"]


def test_reading_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(Path(tmp_path.as_posix() + "/"))
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    with pytest.raises(LimitError):
        read_document(big, max_bytes=10)


def test_string_source_is_text_and_path_source_is_file(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("From the file.")
    assert read_document(path).text == "From the file."
    # A str is always the text itself, never a file name (a service passing user text must
    # not be made to read /etc/passwd or stdin).
    assert read_document(str(path)).text == str(path)
    assert read_document("-").text == "-"
    assert read_document("Just text.").text == "Just text."
    assert read_document("Just text.").source == "<string>"


def test_date_option_must_be_iso() -> None:
    assert read_document("x", date="2017-07-05").date is not None
    with pytest.raises(InputError):
        read_document("x", date="5 July")


def test_markdown_title_and_dateline(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# The Big Story\n\nPublished 5 July 2017\n\nBody text here.\n")
    doc = read_document(path)
    assert doc.format == "markdown"
    assert doc.title == "The Big Story"
    assert doc.date is not None and (doc.date.value, doc.date.basis) == ("2017-07-05", "dateline")


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Site | The Story</title>
<meta property="article:published_time" content="2021-03-04T09:00:00Z">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-04", "dateModified": "2021-05-06"}</script>
<style>p {color: red}</style><script>alert("x")</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><header><h1>Site name</h1></header>
<div class="cookie"><form><p>We use cookies</p><button>OK</button></form></div>
<article><h1>The Story</h1><p>First <em>para</em>graph
 with  wrapped   text.</p><!-- hidden comment --><blockquote><p>A quote.</p></blockquote>
<ul><li>One item</li><li>Two item</li></ul><aside>Related: other stories</aside></article>
<footer>Copyright</footer></body></html>"""


def test_html_takes_the_article_body(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    doc = read_document(path)
    assert doc.format == "html"
    assert [doc.passage_text(p) for p in doc.passages] == [
        "The Story", "First paragraph with wrapped text.", "A quote.", "One item", "Two item",
    ]
    assert doc.title == "Site | The Story"
    assert doc.date is not None
    assert (doc.date.value, doc.date.basis) == ("2021-03-04", "metadata")


def test_html_select_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    doc = read_document(path, select="//blockquote")
    assert doc.text == "A quote."
    with pytest.raises(InputError, match="matches no element"):
        read_document(path, select="//table")
    with pytest.raises(InputError, match="invalid XPath"):
        read_document(path, select="//[")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>only nav</nav><script>x()</script></body></html>")
    with pytest.raises(InputError, match="no body text"):
        read_document(empty)


def test_html_json_ld_and_time_dates() -> None:
    page = '<html><body><time datetime="2020-02-29">x</time><p>Text.</p></body></html>'
    doc = read_document(page.encode(), fmt="html")
    assert doc.date is not None and doc.date.value == "2020-02-29"
    page = '<html><head><script type="application/ld+json">[{"dateModified": "2020-01-02"}, {"datePublished": "2019-12-31"}]</script></head><body><p>T.</p></body></html>'
    doc = read_document(page.encode(), fmt="html")
    assert doc.date is not None and doc.date.value == "2019-12-31"


def test_html_never_resolves_entities_from_outside() -> None:
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>before &xxe; after</p></body></html>"
    )
    doc = read_document(page.encode(), fmt="html")
    assert "root:" not in doc.text
    assert "before" in doc.text


def test_markdown_blocks_are_passages(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Title\nFirst line of intro.\n\n- item one\n- item two\n1. first\n\n```\ncode\n\n# not a heading\n```\n\nEnd.\n")
    doc = read_document(path)
    assert [doc.passage_text(p) for p in doc.passages] == [
        "# Title", "First line of intro.", "- item one", "- item two", "1. first",
        "```\ncode\n\n# not a heading\n```", "End.",
    ]
    assert doc.title == "Title"
    # The same text read as plain text keeps blank-line paragraphs.
    plain = read_document(path, fmt="text")
    assert len(plain.passages) == 5


def test_read_text_is_the_documents_text() -> None:
    """The helper process reads the original's text alone: it must be the very text."""
    from pathlib import Path

    from annotate.read import read_text

    root = Path(__file__).resolve().parent.parent / "samples"
    files = sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".md", ".html"))
    assert {p.suffix for p in files} == {".txt", ".md", ".html"}
    for path in files:
        assert read_text(path) == read_document(path).text, path
    assert read_text("caf\u00e9\r\n\r\nx") == read_document("caf\u00e9\r\n\r\nx").text
    assert read_text(b"<p>One</p><p>Two</p>", fmt="html") == read_document(b"<p>One</p><p>Two</p>", fmt="html").text


def test_html_on_stdin_is_sniffed(samples: Path) -> None:
    """HTML piped on stdin without --from is read as HTML, with a notice of the guess."""
    from click.testing import CliRunner

    from annotate.cli import main

    original = samples / "html" / "original.html"
    result = CliRunner().invoke(
        main, ["compare", str(original), "-", "--format", "json"], input=original.read_text(encoding="utf-8")
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["changes"] == []
    assert any("read as HTML" in w for w in data["revised"]["warnings"])


def test_markdown_with_front_matter_on_stdin_is_sniffed() -> None:
    from annotate.read import sniff

    post = "---\ntitle: T\ndate: 2020-01-02\n---\n\nBody text."
    assert sniff("-", post, None)[0] == "markdown"
    assert sniff("notes", "# Title\n\n- one\n- two\n\nSee [x](http://e.org).", None)[0] == "markdown"
    assert sniff("-", post, "text") == ("text", None)


@pytest.mark.parametrize(
    "text",
    ["Привет, мир! Это статья о мосте, 2017.", "Καλημέρα κόσμε, αυτό είναι ένα άρθρο.", "今日は 橋についての記事です。 Update: 2017 橋は再開しました。"],
)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_any_script(text: str, encoding: str) -> None:
    decoded, used, warnings = decode(text.encode(encoding))
    assert (decoded, used) == (text, encoding) and warnings


REAL_SHAPED_POST = """---
title: The Alder Street bridge
date: 2021-07-13
lastmod: 2021-07-15
---

# The Alder Street bridge

> **Update, 15 July 2021**: the bridge reopened to buses.

The council [said](https://example.org/council "minutes") the *bearings* were ~~fine~~ corroded.

```python
update = data["Update: not a note"]  # [Editor's note: code, not a note]

print(update)
```

[minutes]: https://example.org/minutes (Update: a link definition, not a note)

| Year | Closures |
|------|----------|
| 2019 | 2 |

- first item
- second item with `code [Update: no]`
"""


def test_a_real_shaped_markdown_post_reads_as_typed_blocks() -> None:
    doc = read_document(REAL_SHAPED_POST, fmt="markdown")
    kinds = [(s.kind, s.level, s.quote) for s in doc.structure]
    assert len(kinds) == len(doc.passages)
    assert kinds == [
        ("heading", 1, 0), ("paragraph", 0, 1), ("paragraph", 0, 0), ("code", 0, 0),
        ("link_definition", 0, 0), ("table", 0, 0), ("list_item", 1, 0), ("list_item", 1, 0),
    ]
    assert doc.title == "The Alder Street bridge"
    assert doc.date is not None and (doc.date.value, doc.date.basis) == ("2021-07-13", "metadata")
    assert doc.updated is not None and doc.updated.value == "2021-07-15"
    assert all(p.start > REAL_SHAPED_POST.index("---\n\n") for p in doc.passages)  # front matter not compared
    styles = {(s.kind, doc.text[s.start : s.end], s.target) for s in doc.inline if s.kind != "markup"}
    assert {("strong", "Update, 15 July 2021", None), ("emphasis", "bearings", None), ("strike", "fine", None),
            ("link", "said", "https://example.org/council"), ("code", "code [Update: no]", None)} <= styles
    marks = {doc.text[s.start : s.end] for s in doc.inline if s.kind == "markup"}
    assert {"# ", "> ", "**", "~~", '](https://example.org/council "minutes")', "```python", "```"} <= marks


def test_code_and_link_definitions_are_never_notes() -> None:
    import annotate

    notes = annotate.find_annotations(read_document(REAL_SHAPED_POST, fmt="markdown"))
    assert [a.text.split(":")[0] for a in notes.annotations] == ["> **Update, 15 July 2021**"]


def test_document_dates_where_real_posts_keep_them(tmp_path: Path) -> None:
    """Front matter with an unpadded ISO date, a written date under another key, a permalink
    holding the date; a Jekyll file name; a byline of a date and its author's name in HTML."""
    cases = {
        "---\ndate: 2024-4-09\n---\n\nBody.": "2024-04-09",
        "---\nannounced: January 13, 2015\n---\n\nBody.": "2015-01-13",
        "---\ntitle: X\npermalink: /en/2016/01/26/segwit-benefits/\n---\n\nBody.": "2016-01-26",
    }
    for text, want in cases.items():
        doc = read_document(text, fmt="markdown")
        assert doc.date is not None and (doc.date.value, doc.date.basis) == (want, "metadata"), text
    post = tmp_path / "2007-11-20-noise.md"
    post.write_text("---\ntitle: Noise\n---\n\nBody text.\n", encoding="utf-8")
    doc = read_document(post)
    assert doc.date is not None and (doc.date.value, doc.date.basis) == ("2007-11-20", "filename")
    page = "<html><body><article><p>08 Sep 2022 Chesnay Schepler</p><p>On September 7th a licence changed.</p></article></body></html>"
    doc = read_document(page.encode(), fmt="html")
    assert doc.date is not None and (doc.date.value, doc.date.basis) == ("2022-09-08", "dateline")
    assert read_document("12 May 2021 the council voted.\n\nMore.").date is None  # prose, not a byline


def test_a_byline_time_after_last_modified_is_the_update_date() -> None:
    """Issue 11: the byline's <time> sets the dates — the one after "Last modified on" the update."""
    page = ('<html><body><article><p class="byline">By Owen Talbot · <time datetime="2022-05-02T07:30:00+01:00">'
            'Mon 2 May 2022</time> · Last modified on <time datetime="2022-05-04T09:10:00+01:00">Wed 4 May 2022'
            '</time></p><p>The lido reopened.</p></article></body></html>')
    doc = read_document(page.encode(), fmt="html")
    assert doc.date is not None and doc.date.value == "2022-05-02"
    assert doc.updated is not None and doc.updated.value == "2022-05-04"


def test_a_header_of_one_field_per_paragraph_under_the_title_gives_the_dates() -> None:
    """"date-created: 2014 January 22" and "date-last-revised: …" paragraphs under a plain
    text's title are its header: its dates, metadata (not passages), compared as metadata."""
    head = "Coordinates Plan\n----------------\n\nauthors: Erik T.\n\ndate-created: 2014 January 22\n\n"
    text = head + "date-last-revised: 2021 February 25\n\nstatus: Accepted\n\nThe body starts here."
    doc = read_document(text, fmt="text")
    assert (doc.date and doc.date.value, doc.updated and doc.updated.value) == ("2014-01-22", "2021-02-25")
    assert [doc.text[p.start : p.end] for p in doc.passages] == ["Coordinates Plan\n----------------", "The body starts here."]
    c = annotate.compare(text, text.replace("2021 February 25", "2024 July 12"), fmt="text")
    assert c.changes == () and [m.key for m in c.metadata_changes] == ["date-last-revised"]


def test_a_last_updated_stamp_at_the_foot_dates_a_page_with_no_dateline() -> None:
    body = "\n\n".join(["Chain fork information", "A long paragraph of body text.", "More.", "And more.", "Still more."])
    doc = read_document(body + "\n\n*This notice last updated: 12 March 2013 02:45 UTC*", fmt="text")
    assert doc.date is not None and (doc.date.value, doc.date.basis) == ("2013-03-12", "dateline")
    assert read_document(body + "\n\nWe met on 12 March 2013.", fmt="text").date is None


def test_restructuredtext_fields_under_the_title_and_rfc2822_front_matter_dates() -> None:
    nep = "=====\nNEP 16\n=====\n\n:Author: N. S.\n:Status: Draft\n:Created: 2018-03-06\n\nAbstract text."
    doc = read_document(nep, fmt="text")
    assert doc.date is not None and doc.date.value == "2018-03-06"
    assert [doc.text[p.start : p.end] for p in doc.passages][-1] == "Abstract text."
    c = annotate.compare(nep, nep.replace(":Status: Draft", ":Status: Withdrawn"), fmt="text")
    assert c.changes == () and [m.key for m in c.metadata_changes] == ["status"]
    post = "---\ntitle: Benchmarks\ndate: Mon, 18 May 2019 09:00:00 +0000\n---\n\nBody."
    md = read_document(post, fmt="markdown")
    assert md.date is not None and md.date.value == "2019-05-18"


def test_restructuredtext_fields_may_have_spaces_in_their_names() -> None:
    dep = "=====\nDEP 10\n=====\n\n:DEP: 0010\n:Implementation Team: J. B.\n:Created: 2018-09-22\n:Last-Modified: 2023-10-21\n\nBody."
    doc = read_document(dep, fmt="text")
    assert (doc.date and doc.date.value, doc.updated and doc.updated.value) == ("2018-09-22", "2023-10-21")


def test_a_page_of_several_posts_reads_them_all_and_a_post_with_teasers_reads_the_post() -> None:
    posts = "".join(f"<article><h2>Release {k}</h2><p>Release {k} brings fixes number {k} to the broker and more.</p></article>" for k in range(3))
    doc = read_document(f"<html><body><main>{posts}</main></body></html>", fmt="html")
    assert all(f"Release {k} brings" in doc.text for k in range(3))
    body = "<p>" + "The long post itself, with many words in it. " * 20 + "</p>"
    teasers = "".join(f"<article><p>Teaser {k}.</p></article>" for k in range(3))
    page = read_document(f"<html><body><div><article>{body}</article>{teasers}</div></body></html>", fmt="html")
    assert "Teaser" not in page.text and "The long post itself" in page.text


def test_front_matter_after_a_blank_line_is_still_front_matter() -> None:
    doc = read_document("\n---\ndate: 2021-05-01\ntitle: Hugo 0.83\n---\n\nBody.", fmt="markdown")
    assert doc.date is not None and doc.date.value == "2021-05-01" and doc.title == "Hugo 0.83"
    assert [doc.text[p.start : p.end] for p in doc.passages] == ["Body."]


def test_a_heading_naming_an_event_date_is_no_dateline_and_nikola_metadata_dates_a_post() -> None:
    post = "# PyOpenSci at AGU\n\nJoin us.\n\n## Ignite Talk: Tuesday Dec 10, 2019 8am in Moscone West - 2010\n\nText."
    assert read_document(post, fmt="markdown").date is None
    dated = "# Notes\n\n## 5 March 2020\n\nText."
    assert read_document(dated, fmt="markdown").date is not None
    nikola = "<!--\n.. title: TensorIterator Internals\n.. slug: internals\n.. date: 2020-04-13 10:39:56 UTC-05:00\n-->\n\nBody text."
    doc = read_document(nikola, fmt="markdown")
    passages = [doc.text[p.start : p.end] for p in doc.passages]
    assert (doc.title, doc.date and doc.date.value, passages) == ("TensorIterator Internals", "2020-04-13", ["Body text."])



def test_an_asciidoc_title_over_its_attributes_gives_the_dates() -> None:
    text = "= Tightening security: Part 3\n:page-layout: single-post\n:page-post-date: February, 14 2022\n:page-post-author: M. V.\n\nBody text."
    doc = read_document(text, fmt="text")
    assert (doc.title, doc.date and doc.date.value) == ("Tightening security: Part 3", "2022-02-14")
    assert [doc.text[p.start : p.end] for p in doc.passages] == ["Body text."]


def test_hugo_json_front_matter_and_a_publication_date_heading_give_the_dates() -> None:
    post = '  {\n    "title": "Patching Perl",\n    "date": "2018-07-23T09:01:37",\n    "draft": false\n  }\n\nBody text.'
    doc = read_document(post, fmt="markdown")
    assert (doc.title, doc.date and doc.date.value, [doc.text[p.start : p.end] for p in doc.passages]) == (
        "Patching Perl", "2018-07-23", ["Body text."])
    assert read_document('{"a": 1, "b": [2]}', fmt="text").date is None  # a JSON file is no post
    bssw = "# ACM REP\n\n**Hero Image:**\n\n- <img src='x.png' />\n\n#### Contributed by A\n\n#### Publication date: June 5, 2023\n\nBody."
    assert read_document(bssw, fmt="markdown").date.value == "2023-06-05"  # type: ignore[union-attr]
