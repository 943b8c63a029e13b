"""The fifteenth session's review (HTML structure, heading notes, self-links, reading times):
each severe and medium problem it found, on its own example (the reviewer's cases, cut down)."""

from __future__ import annotations

import annotate


def _page(body: str) -> str:
    return (
        "<!doctype html><html><head><title>Why we moved to Postgres</title></head><body>"
        "<header class=\"site\"><nav><a href=\"/\">Home</a></nav></header><main><article><header><h1>Why we moved to Postgres</h1>"
        "<p class=\"meta\">Posted on <time datetime=\"2021-05-03\">May 3, 2021</time> by Ana Ruiz</p></header>"
        f"{body}</article></main></body></html>"
    )


_POST = (
    "<p>Last year our team moved the main database from MySQL to Postgres.</p>"
    "<p>The migration took three months and two engineers.</p>"
    "<h2>What went badly</h2><p>We lost a day of writes during the cut-over.</p>"
    "<p>Two customers noticed, and we refunded them.</p>"
    "<h2>What we would do again</h2><p>Run both databases side by side for a month.</p>"
)


def _silent(c: annotate.Comparison) -> list[str]:
    return [ch.revised.text for ch in c.changes if ch.silent and ch.revised is not None]


def test_an_update_heading_names_no_section_of_the_old_text() -> None:
    # (its own heading's words are not a section it names: the old intro's edit stays silent)
    note = "<h2>Update 5 May 2021</h2><p>We have since added a second replica.</p>"
    b = _POST.replace("<p>Last year", note + "<p>Last year").replace("three months", "five months")
    c = annotate.compare(_page(_POST), _page(b), fmt="html")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-05-05"]
    assert _silent(c) == ["five"]
    md = "# Why\n\nThe migration took three months.\n\n## Later\n\nIt went well.\n"
    c = annotate.compare(md, md.replace("# Why\n\n", "# Why\n\n## Update 5 May 2021\n\nWe have since added a replica.\n\n").replace("three", "five"), fmt="markdown")
    assert _silent(c) == ["five"]


def test_a_self_link_holding_a_headings_words_keeps_them() -> None:
    b = _POST + "<h2 id=\"u\"><a href=\"#u\">Update</a> (5 May 2021)</h2><p>A reader pointed out that the refund took a week.</p>"
    c = annotate.compare(_page(_POST), _page(b), fmt="html")
    assert [(a.label, a.date.value if a.date else None) for a in c.annotations] == [("Update", "2021-05-05")]
    assert not _silent(c)
    log = "<h2 id=\"v2\"><a href=\"#v2\">Version 2.0</a> – 1 May 2021</h2><p>New parser.</p>"
    c = annotate.compare(_page(log), _page(log.replace("2.0", "2.1")), fmt="html")
    assert [ch.kind for ch in c.changes if ch.silent] == ["edit"]


def test_minutes_of_reading_in_the_text_are_content() -> None:
    for text in (
        "The summary is a 10 minute read and worth it.",
        "Los alumnos dedican 20 minutos de lectura al día en clase.",
        "Teachers recommend that children do 20 minutes reading a day.",
    ):
        a = f"# The audit\n\n{text}\n\nThe full audit runs to 400 pages.\n"
        old = next(w for w in text.split() if w.isdigit())
        c = annotate.compare(a, a.replace(f" {old} ", " 30 "), fmt="markdown")
        assert [(ch.kind, ch.silent) for ch in c.changes] == [("edit", True)], text


def test_an_html_changelogs_new_dated_item_is_a_note() -> None:
    log = "<p>Install the agent.</p><h2>Changelog</h2><ul><li>1 May 2021: added the proxy section.</li></ul>"
    b = log.replace("<ul>", "<ul><li>6 May 2021: the agent now reports every 30 seconds.</li>")
    c = annotate.compare(_page(log), _page(b), fmt="html")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [("6 May 2021: the agent now reports every 30 seconds.", "2021-05-06")]

