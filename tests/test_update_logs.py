"""Update notes kept as a log at the top of a post, and changelog-style notes (held-out set 16:
Lilian Weng's blog, OpenSSL advisories, Typelevel).

A post that gathers its updates in one paragraph ("[Updated on 2018-10-28: …]<br/>" lines in a
coloured span) grows a line per update: only the new line is a note, the span around it is
the note's markup, and a note written as a changelog entry ("Updated the algorithm of
[SARSA](#sarsa…)") reports a change in the sections it links to.
"""

from __future__ import annotations

import annotate

SPAN = '<span style="color: #286ee0;">'
OLD_LOG = f"{SPAN}[Updated on 2018-10-28: Add [Pointer Network](#pointer-network).]</span><br/>\n{SPAN}[Updated on 2018-11-18: Add a link to the code.]</span>"
NEW_LINE = f"{SPAN}[Updated on 2019-07-18: Correct the mistake on the term; moved it to [Self-Attention](#self-attention).]</span>"
BODY = "## Pointer Network\n\nThe pointer network points.\n\n## Self-Attention\n\nSelf-attention relates positions of one sequence."


def test_a_log_of_updates_that_grew_a_line_has_one_new_note_with_its_span() -> None:
    orig = f"Intro.\n\n{OLD_LOG}\n\n{BODY}"
    rev = f"Intro.\n\n{OLD_LOG}<br/>\n{NEW_LINE}\n\n{BODY}"
    c = annotate.compare(orig, rev, fmt="markdown")
    assert [(x.text, x.date.value if x.date else None) for x in c.annotations] == [(NEW_LINE, "2019-07-18")]


def test_a_bracket_left_open_by_its_writer_still_heads_its_paragraph() -> None:
    note = f"{SPAN}[Updated on 2020-09-03: Updated the algorithm of [SARSA](#sarsa-on-policy-td-control) so the difference is clearer.</span>"
    section = "### SARSA: On-Policy TD control\n\nSARSA updates Q by following the current policy twice."
    orig = f"Intro.\n\n{section}\n\n### Next\n\nThe end."
    rev = f"Intro.\n\n{note}\n\n" + section.replace("twice.", "twice, within one episode.") + "\n\n### Next\n\nThe end."
    c = annotate.compare(orig, rev, fmt="markdown")
    assert [(x.text, x.date.value if x.date else None) for x in c.annotations] == [(note, "2020-09-03")]
    # a changelog-style note ("Updated the algorithm of …") linking to a section's anchor
    # discloses the changes in that section
    [edit] = [ch for ch in c.changes if ch.kind != "annotation"]
    assert (edit.silent, edit.disclosed_by) == (False, ("n1",))


def test_a_section_link_alone_does_not_disclose_without_a_reported_change() -> None:
    note = "Note: see also [SARSA](#sarsa-on-policy-td-control) for a related method."
    section = "### SARSA: On-Policy TD control\n\nSARSA updates Q by following the current policy twice."
    orig = f"Intro.\n\nFirst words.\n\n{section}\n\n### Next\n\nThe end."
    rev = f"Intro.\n\nFirst words.\n\n{note}\n\n" + section.replace("twice.", "twice, within one episode.") + "\n\n### Next\n\nThe end."
    c = annotate.compare(orig, rev, fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind != "annotation"] == [True]


def test_a_label_s_date_closed_by_a_full_stop() -> None:
    orig = "Severity: Low\n\nThe issue was reported on 19 January 2017.\n\nUsers should upgrade."
    note = 'UPDATE 31 Jan 2017. The original text said "this can occur by default"; it cannot.'
    c = annotate.compare(orig, orig.replace("\n\nUsers", f"\n\n{note}\n\nUsers"), fmt="text")
    assert [(x.label, x.date.value if x.date else None) for x in c.annotations] == [("UPDATE", "2017-01-31")]


def test_an_important_update_heading_heads_its_section() -> None:
    orig = "# Summit\n\nThe summit takes place in New York.\n\n## Schedule\n\nTalks start at nine."
    note = "## Important Update\n\nDue to the current situation the summit moves online."
    c = annotate.compare(orig, orig.replace("\n\n## Schedule", f"\n\n{note}\n\n## Schedule"), fmt="markdown")
    assert [x.text for x in c.annotations] == [note]
