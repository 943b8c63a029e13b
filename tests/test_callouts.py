"""Callouts as documentation sites write them (held-out set 15: CoreDNS, Falco, Flatcar, Tekton,
Gleam, Zeppelin…): a heading that is a callout word alone, an emoji label, an anchor before
the label, "Note that …" opening a passage, an "info" box, a box whose closing tag ends the
list inside it.
"""

from __future__ import annotations

import pytest

import annotate

BODY = "Install the plugin first.\n\nThen configure the server and start it."


def _notes(revised: str, original: str = BODY) -> list[tuple[str | None, str, str | None]]:
    c = annotate.compare(original, revised, fmt="markdown")
    return [(x.label, x.text, x.date.value if x.date else None) for x in c.annotations]


@pytest.mark.parametrize(
    ("note", "label"),
    [
        # a heading that is a callout word alone, or with "!" and a title: the section is the note
        ("### Note\n\nThis post was first published on the CDF blog.", "Note"),
        ("# Warning! Pre-release software\n\nThe compiler is incomplete alpha software.", "Warning"),
        # an emoji shortcode or emoji as the label
        (":warning: TL; DR: Use Butane. Flatcar still reads the old format.", "warning"),
        ("\u26a0\ufe0f Since version 2 the plugin is no longer needed.", "warning"),
        # an anchor for links to the note, before its label
        ('<a id="warning-kubernetes"></a> **WARNING:** Do not use this release with Kubernetes.', "WARNING"),
        # "Note" telling the reader something, opening a passage (in a quote too)
        ("Note we found the modules can interact badly with external plugins.", "Note"),
        ("> Note this requires the *proxy* plugin which has been deprecated.", "Note"),
        # an "info" box speaks as a "Note:" does
        ("{{< info >}}\n\nYou cannot use this mode with the eBPF probe.\n\n{{< /info >}}", "info"),
        # HTML in Markdown: a quote box with its paragraph
        ('<blockquote style="margin-top: 10px;">\n  <p><strong>Note</strong>: From version 0.6.2 it is built with Scala 2.11.</p>\n</blockquote>', "Note"),
    ],
)
def test_callout_styles_of_documentation_sites_are_notes(note: str, label: str) -> None:
    rev = BODY.replace("\n\nThen", f"\n\n{note}\n\nThen")
    assert _notes(rev) == [(label, note, None)]


@pytest.mark.parametrize(
    "revised",
    [
        # a "Note that …" sentence put into an existing paragraph: the author's
        BODY.replace("first.", "first. Note that the plugin needs a restart."),
        # a heading that only starts with a callout word, a tip box
        BODY.replace("\n\nThen", "\n\n## Important changes in 2.0\n\nThe server moved.\n\nThen"),
        BODY.replace("\n\nThen", "\n\n:::tip\n\nUse the defaults.\n\n:::\n\nThen"),
    ],
)
def test_the_author_s_own_words_stay_additions(revised: str) -> None:
    assert _notes(revised) == []


def test_a_label_under_an_info_box_names_and_dates_the_note() -> None:
    note = ":::info\n\n**Update (2024-05-04):** Due to critical issues, the release moved.\n\n:::"
    assert _notes(BODY.replace("\n\nThen", f"\n\n{note}\n\nThen")) == [("Update", note, "2024-05-04")]


def test_a_box_closed_on_the_last_line_of_its_list_is_one_note() -> None:
    note = (
        '{{% pageinfo color="warning" %}}\n**Important:** Merging happens only at the root key level.\n\n'
        "To modify nested options, either:\n- Edit the file in `config.d/`\n- Or remove that file\n{{% /pageinfo %}}"
    )
    assert _notes(BODY.replace("\n\nThen", f"\n\n{note}\n\nThen")) == [("Important", note, None)]


def test_a_nested_shortcode_s_close_does_not_close_the_box() -> None:
    note = (
        "{% warning %}\n\n**Note**: Only absolute paths may be used here.\n\n"
        "{% sample %}\n{% samplefile \"/src/index.css\" %}\n\n```css\n.a { color: red }\n```\n\n"
        "{% endsamplefile %}\n{% endsample %}\n\nIn the above example the path resolves differently.\n\n{% endwarning %}"
    )
    [(label, text, _)] = _notes(BODY.replace("\n\nThen", f"\n\n{note}\n\nThen"))
    assert (label, text) == ("Note", note)

