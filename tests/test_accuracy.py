"""Accuracy floors on the real corpus (``tests/corpus/real``, see its README).

The floors sit a little below what ``bench/accuracy.py`` measures today, so that a later
change cannot quietly lose accuracy; they are not equality with today's output."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "real"


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_accuracy"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> list[object]:
    bench = _bench()
    folders = bench.pair_folders([CORPUS])  # type: ignore[attr-defined]
    if not folders:
        pytest.skip("no corpus")
    return [bench.score_pair(p) for p in folders]  # type: ignore[attr-defined]


def test_corpus_is_real_and_varied(scores: list[object]) -> None:
    real = [s for s in scores if not s.hand_made]  # type: ignore[attr-defined]
    assert len(real) >= 40
    assert {s.fmt for s in real} >= {"markdown", "text"}  # type: ignore[attr-defined]


def test_accuracy_floors(scores: list[object]) -> None:
    t = _bench().totals(scores)  # type: ignore[attr-defined]
    assert t["notes_f1"] >= 0.97, t
    assert t["dates_right"] >= 0.95, t
    assert t["original_dates_right"] >= 0.95, t
    assert t["silent_recall"] >= 0.90, t
    # (2.04 per 10 pairs on 2026-11-27 once the third held-out set joined the corpus, 1.73 by
    # the fifth session: its remaining false silent edits are judgement calls listed in
    # docs/accuracy.md)
    assert t["false_silent_per_10_pairs"] <= 1.9, t


def test_kept_held_out_sets_floors() -> None:
    # sets 39-42 (tests/corpus/heldout, 48 pairs), scored first before any rule was written from
    # them; on 2026-11-28 after the tenth session's rules: F1 0.795, dates 0.682, original dates
    # 0.900, silent recall 0.896, false silent 40 (8.33/10; most from truths listing a post's code
    # edits in a few excerpts); on 2026-11-28 after the eleventh session's: F1 0.825, dates 0.727,
    # original dates 0.950, silent recall 0.896, false silent 32 (6.67/10). With set 43 (13 more
    # pairs, 61 in all), after its rules: F1 0.882, dates 0.769, original dates 0.961, silent recall
    # 0.903, false silent 56 (9.18/10; 22 in one pair whose citations changed from HTML to Markdown
    # output), then 34 (5.57/10) once such a rewrite read as no edit. With set 44 (15 more pairs,
    # 76 in all), after the twelfth session's rules: F1 0.887, dates 0.780, original dates 0.967,
    # silent recall 0.887, false silent 61 (8.03/10; 14 in one AsciiDoc post's code edits). With
    # set 45 (18 more pairs, 94 in all), after the thirteenth session's rules: F1 0.915, dates
    # 0.855, original dates 0.971, silent recall 0.877, false silent 79 (8.4/10; 9 more edits in
    # code blocks a truth describes as one change are counted apart). With set 46 (12 more pairs,
    # 106 in all), after the fourteenth session's rules: F1 0.923, dates 0.864, original dates
    # 0.972, silent recall 0.879, false silent 104 (9.81/10; 25 in two Spinning Up pages rewritten
    # in place, which their truths describe as a few changes each). With set 47 (15 more pairs,
    # 121 in all), after the fourteenth session's review and set 47's rules: F1 0.920, dates 0.873,
    # original dates 0.977, silent recall 0.882, false silent 108 (8.93/10). With set 48 (8 more,
    # 129 in all), after its rules and the second review's mends: F1 0.911, dates 0.849, original
    # dates 0.977, silent recall 0.889, false silent 121 (9.38/10). With set 49a (4 more, 133 in
    # all), after the fifteenth session's rules and its two reviews' mends: F1 0.917, dates 0.878,
    # original dates 1.000, silent recall 0.895, false silent 114 (8.57/10). With 2 of set 49b
    # (135), after the sixteenth session's rules: F1 0.918, dates 0.882, original 1.000, silent
    # recall 0.899, false silent 113 (8.37/10); with 2 of set 50 (137): F1 0.919, dates 0.883,
    # original 1.000, recall 0.899, false silent 112 (8.18/10). With 10 of set 51 (147), after the
    # seventeenth session's rules: F1 0.913, dates 0.864, original 0.990, recall 0.907, false
    # silent 120 (8.16/10; set 51's version tables and rendered pages bring dates the documents do
    # not give). With 7 of set 52 (154): F1 0.909, dates 0.868, original 0.990, recall 0.896,
    # false silent 122 (7.92/10). With 19 of set 53 (173), after the eighteenth session's rules:
    # F1 0.926, dates 0.844, original 0.983, recall 0.875, false silent 135 (7.8/10; set 53's judges
    # date undated notes by the post's publication date, where the tool gives none, and some of
    # their excerpts quote HTML source, which no text holds). With 18 of set 54 (191): F1 0.918,
    # dates 0.830, original 0.985, recall 0.871, false silent 157 (8.22/10; set 54's judges date
    # notes by events they report and count a Japanese advisory's new sections as notes). With 14 of
    # set 55 (205): F1 0.913, dates 0.836, original 0.986, recall 0.853, false silent 193 (9.41/10;
    # 27 in one interview rewritten in the past tense, whose truth lists 10 of its edits). With 16
    # of set 56 (221), after the nineteenth session's rules, the scorer locating excerpts cut with
    # "..." or written as a table's visible cells: F1 0.902, dates 0.822, original 0.980, recall
    # 0.853, false silent 261 (11.81/10; 58 in one French page whose HTML tables were redone, its
    # truth listing them in three excerpts). With 20 of set 57 (241), after its rules: F1 0.895,
    # dates 0.832, original 0.982, recall 0.840, false silent 311 (12.9/10; 37 in one Log4j
    # security page whose summaries became tables, its truth calling that layout). With 14 of set 58
    # (255), after its rules: F1 0.873, dates 0.787, original 0.983, recall 0.836, false silent 316
    # (12.39/10; its judges extend bold "Update" paragraphs over the paragraphs after them and date
    # notes by the address of a post they link). With 15 of set 59 and 17 of set 60 (287), after
    # the twentieth session's rules and the scorer printing apart the silent changes that lie only
    # inside a link's address (82, which the judges' brief leaves unjudged): F1 0.884, dates 0.782,
    # original 0.985, recall 0.838, false silent 279 (9.72/10). With 14 of set 61 (301), after its
    # rules and words moved inside a sentence reported again: F1 0.881, dates 0.790, original 0.976,
    # recall 0.835, false silent 316 (10.5/10). With 14 of set 62 (315), after its rules and the
    # front matter's update logs: F1 0.885, dates 0.806, original 0.963 (set 62's pages date
    # themselves in a footer's "Revised on" or not at all: four of its originals missed), recall
    # 0.831, false silent 322 (10.22/10). With 16 of set 63 and 19 of set 64 (350), after the
    # twenty-first session's rules and its scorer (struck old words, a trailing <br> or full stop
    # no part of a note's text): F1 0.895, dates 0.823, original 0.971, recall 0.831, false silent
    # 348 (9.94/10). With 20 of set 65 and 18 of set 66 (388; second round of that session, its
    # sets harder: Manubot manuscripts, event pages): F1 0.869, dates 0.781, original 0.962,
    # recall 0.821, false silent 395 (10.18/10). With 20 of set 67 and 20 of set 68 (426; third
    # round: built documentation, translated manuals, policies and standards, Org and blogdown
    # blogs): F1 0.852, dates 0.752, original 0.940 (a BIP's preamble in a code block, a Chinese
    # post and policy pages dated only by their history tables, read as remaining), recall 0.810,
    # false silent 480 (11.27/10). After the twenty-second session's rules the 426 read F1 0.859,
    # dates 0.756, original 0.940, recall 0.811, false silent 477 (11.2/10). With 35 of set 69 and
    # 33 of set 70 (494; its first two rounds: plain text and reST, built pages, personal blogs,
    # false alarms, newsletters, built docs, academic READMEs, public-sector pages): F1 0.848, dates
    # 0.744, original 0.923 (READMEs and built pages dated only by their path or site), recall 0.802,
    # false silent 620 (12.55/10; 26 in one open letter whose 67 new signers the truth lists as one
    # change). With 39 of set 71 (533; the session's third round: engineering blogs, pages in six
    # languages, plain-text and wiki files, hand-made HTML manuals and the Scheme SRFIs' errata
    # lists): F1 0.828, dates 0.705, original 0.895 (SRFIs dated by their "Finalized:" line, posts by
    # their file names, which the stored pairs do not keep), recall 0.799, false silent 745 (13.98/10;
    # 40 in one Abseil tip whose "Updated 2023-05-08" the tool reads as the page's stamp and its
    # judges as a general notice). After the SRFIs' errata items (four pairs of one family): F1 0.835,
    # dates 0.733, original 0.895, recall 0.797, false silent 740 (13.88/10). With 38 of set 72 (571;
    # the twenty-third session: personal blogs, sites, documentation, false alarms in three
    # languages), after its rules (update stamps put in or said and moved on, a note's "rest of this
    # article", dated sections): F1 0.823, dates 0.722, original 0.892, recall 0.793, false silent 763
    # (13.36/10; the 533 alone: F1 0.835, recall 0.797, false silent 725). With all 38 of set 73
    # (609; its second round: journalism, Japanese and Italian pages, built project sites, living
    # documents whose judges list many edits in one excerpt), after its rules: F1 0.809, dates
    # 0.711, original 0.885, recall 0.778, false silent 934 (15.34/10). With 41 of set 74 (650; the
    # twenty-fourth session: blogs, German/Portuguese/Dutch documentation, HTML and reST sites,
    # READMEs), after its rules (a page's state in five languages, bold titles, stamps put at a
    # paragraph's end): F1 0.802, dates 0.702, original 0.883, recall 0.779, false silent 1019
    # (15.68/10; set 74 alone read first F1 0.407, after 0.656). With 37 of set 75 (687; its second
    # round: NGO news, research blogs, Asian and Central European languages, project pages), after
    # its rules: F1 0.805, dates 0.714, original 0.889, recall 0.778, false silent 1090 (15.87/10;
    # set 75 alone read first F1 0.629, after 0.861). With all 36 of set 76 (723; its third round:
    # company blogs, reST/AsciiDoc/text, built HTML, Korean/French/German docs), after its rules:
    # F1 0.805, dates 0.717, original 0.891, recall 0.778, false silent 1134 (15.68/10). With all 40
    # of set 77 and 39 of set 78 (802; the twenty-fifth session: blogs, docs, news pages, six more
    # languages; the scorer now reads an excerpt past Markdown's marks, the earlier 723: recall 0.788,
    # false silent 15.19), after their rules: F1 0.803, dates 0.716, original 0.905, recall 0.786,
    # false silent 1177 (14.68/10). With all 38 of set 79 (840; its third round: blogs with many
    # edits, built HTML, Spanish/Portuguese/Turkish/Czech/Swedish pages, academic calls and data
    # READMEs), after its rules and the review's mends: F1 0.799, dates 0.719, original 0.898, recall
    # 0.789, false silent 1214 (14.45/10). With all 17 of set 80 (857; its fourth round), after its
    # rules: F1 0.801, dates 0.720, original 0.899, recall 0.789, false silent 1242 (14.49/10). With
    # all 44 of set 81 (901; the twenty-sixth session: Markdown blogs, HTML pages, German/Italian/
    # Dutch READMEs, reST and text docs; first read F1 0.684/0.909/0.200/0.737 by part), after its
    # rules: F1 0.801, dates 0.728, original 0.917, recall 0.790, false silent 1314 (14.58/10). With
    # 38 of set 82 (939; its second round: blogs, built docs, Chinese/Japanese/French/Spanish pages,
    # READMEs and event pages; first read F1 1.000/0.783/0.250/0.286 by part), after its rules and the
    # review's mends: F1 0.802, dates 0.726, original 0.913, recall 0.791, false silent 1412
    # (15.04/10). With 28 of set 83 (967; its third round: NHS and government blogs, built HTML
    # docs, reST/AsciiDoc docs, Russian/Portuguese/Korean/German posts; first read F1 0.625/0.667/
    # 0.857/0.833 by part), after its rules and the third review's mends: F1 0.800, dates 0.709,
    # original 0.916, recall 0.785, false silent 1463 (15.13/10). Floors a little below, so a later
    # change cannot quietly lose them.
    bench = _bench()
    folders = bench.pair_folders(sorted((ROOT / "tests" / "corpus" / "heldout").glob("s*")))  # type: ignore[attr-defined]
    assert len(folders) >= 967
    t = bench.totals([bench.score_pair(p) for p in folders])  # type: ignore[attr-defined]
    assert t["notes_f1"] >= 0.79 and t["dates_right"] >= 0.69 and t["original_dates_right"] >= 0.88, t
    assert t["silent_recall"] >= 0.77 and t["false_silent_per_10_pairs"] <= 15.5, t


def test_hand_made_cases_all_pass_on_notes_and_dates(scores: list[object]) -> None:
    hand = [s for s in scores if s.hand_made]  # type: ignore[attr-defined]
    t = _bench().totals(hand)  # type: ignore[attr-defined]
    assert t["notes_f1"] == 1.0 and t["dates_right"] == 1.0, [m for s in hand for m in s.misses]  # type: ignore[attr-defined]


def test_a_title_changed_silently_matches_a_truth_giving_the_titles_as_read(tmp_path: Path) -> None:
    # a truth may give a silent title change as the titles a reader sees ("Old" -> "New"), not as
    # the front matter's "title: …" lines: the tool's silent metadata change is that edit
    bench = _bench()
    pair = tmp_path / "pair"
    pair.mkdir()
    body = "\n\nFirst paragraph of the post.\n\nSecond paragraph of the post.\n"
    (pair / "original.md").write_text("---\ntitle: Czech data portal is down\n---" + body, encoding="utf-8")
    (pair / "revised.md").write_text("---\ntitle: Service fully restored\n---" + body, encoding="utf-8")
    truth = {"format": "markdown", "hand_made": True, "original_date": None, "notes": [], "not_notes": [],
             "silent": [{"old": "Czech data portal is down", "new": "Service fully restored"}]}
    (pair / "truth.json").write_text(__import__("json").dumps(truth), encoding="utf-8")
    s = bench.score_pair(pair)  # type: ignore[attr-defined]
    assert (s.silent_found, s.silent_true, s.false_silent) == (1, 1, 0), s.misses
    assert not [m for m in s.misses if "not located" in m]


def test_silent_edits_in_a_code_block_the_truth_describes_once_are_not_counted_false(tmp_path: Path) -> None:
    # a truth says "changed the plotting code" once; the tool reports each edit in that block:
    # the others are parts of the verified change, counted apart ("lumped"), not as false. In
    # prose each edit is its own: a second edit in a paragraph the truth did not list is false.
    bench = _bench()
    pair = tmp_path / "pair"
    pair.mkdir()
    code = "```r\nggplot(df) +\n  geom_point(color = \"{c}\") +\n  labs(y = \"{y}\")\n```\n"
    prose = "The plot shows the {a} quantiles against the {b} ones.\n"
    (pair / "original.md").write_text("# Plots\n\n" + prose.format(a="sample", b="theoretical") + "\n" + code.format(c="red", y="centered sample"), encoding="utf-8")
    (pair / "revised.md").write_text("# Plots\n\n" + prose.format(a="observed", b="expected") + "\n" + code.format(c="black", y="sample deviation"), encoding="utf-8")
    truth = {"format": "markdown", "hand_made": True, "original_date": None, "notes": [], "not_notes": [],
             "silent": [{"old": 'labs(y = "centered sample")', "new": 'labs(y = "sample deviation")'},
                        {"old": "shows the sample quantiles", "new": "shows the observed quantiles"}]}
    (pair / "truth.json").write_text(__import__("json").dumps(truth), encoding="utf-8")
    s = bench.score_pair(pair)  # type: ignore[attr-defined]
    assert (s.silent_found, s.silent_true, s.false_silent, s.lumped) == (2, 2, 1, 1), s.misses


def test_a_notes_box_markup_and_title_do_not_change_which_note_it_is() -> None:
    bench = _bench()
    key = bench.note_key  # type: ignore[attr-defined]
    assert key('<div class="summary-box--left">\n  <p><strong>Editor’s Note (June 2026):</strong> Updated.</p>\n</div>') == key(
        "<p><strong>Editor's Note (June 2026):</strong> Updated.</p>"
    )
    assert key("Important\n\nPlease be aware that the platform is regularly updated.") == key("Please be aware that the platform is regularly updated.")
    assert key("Update: the service is back.") != key("The service is back.")  # (a label on the note's own line stays)


def test_an_excerpt_written_as_the_page_shows_it_is_found_past_markdown_marks() -> None:
    # (a judge copies "The latest report covers through 2016-02-20." as BuzzFeed's Zika guide shows it)
    from annotate.read import read_document

    bench = _bench()
    doc = read_document("Intro.\n\nThe [latest\nreport](http://example.org/r.pdf) covers **through** 2016-02-20.\n", fmt="markdown")
    found = bench.locate(doc, "The latest report covers through 2016-02-20.")  # type: ignore[attr-defined]
    assert found is not None and doc.text[found[0] : found[1]].startswith("The [latest")
    assert bench.locate(doc, "The latest summary covers") is None  # type: ignore[attr-defined]
