"""The HTML report's own stylesheet and script: constants written here, never built from input.

The Content-Security-Policy of the page allows exactly these two inline blocks,
by their SHA-256 hashes, and nothing else (no network, no other script or style).
Both are plain ASCII so that their bytes, and hence their hashes, cannot change
with the output encoding.
"""

from __future__ import annotations

import base64
import hashlib

CSS = r"""
:root{color-scheme:light dark;
--bg:#fbfaf7;--fg:#1d2126;--muted:#5d6570;--faint:#8b929b;--rule:#e4e0d6;--card:#ffffff;--hatch:#f1eee7;
--ins-bg:#d9f3e1;--ins-line:#1f8a4c;--ins-fg:#0c4a26;
--del-bg:#fbe0de;--del-line:#c4312b;--del-fg:#7d1b17;
--note-bg:#e8effd;--note-line:#3a67d0;--note-fg:#1b3d8c;
--silent-bg:#ffe9a8;--silent-line:#b45309;--silent-fg:#6b3003;
--frame-bg:#f2f0eb;--move:#7a46c7;--move-bg:#f1eafb;--focus:#2f6fde;
--serif:"Iowan Old Style","Palatino Linotype","Book Antiqua",Palatino,Georgia,"Times New Roman",serif;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace}
@media (prefers-color-scheme:dark){:root{
--bg:#141619;--fg:#e4e6e9;--muted:#a3abb5;--faint:#7d858f;--rule:#2b2f35;--card:#1b1e22;--hatch:#191c20;
--ins-bg:#113a22;--ins-line:#4cc37a;--ins-fg:#b5f0c8;
--del-bg:#47191a;--del-line:#f0726b;--del-fg:#ffc9c5;
--note-bg:#16284a;--note-line:#7aa2ff;--note-fg:#c9d9ff;
--silent-bg:#4d3703;--silent-line:#f5b342;--silent-fg:#ffe2a6;
--frame-bg:#1e2125;--move:#b58cf5;--move-bg:#2a2040;--focus:#7aa2ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 var(--sans)}
a{color:var(--focus)}
a:focus-visible,summary:focus-visible{outline:2px solid var(--focus);outline-offset:2px;border-radius:3px}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:8px;top:8px;z-index:10;background:var(--card);padding:6px 10px;border-radius:6px}
.view-radio{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.top{max-width:1480px;margin:0 auto;padding:28px 32px 18px}
.kicker{margin:0 0 6px;font-size:12px;font-weight:600;letter-spacing:.12em;text-transform:uppercase;color:var(--muted)}
h1{margin:0 0 18px;font:600 30px/1.2 var(--serif);letter-spacing:-.01em;overflow-wrap:anywhere}
h2{font-size:12px;letter-spacing:.1em;text-transform:uppercase;color:var(--muted);margin:22px 0 8px}
.docs{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin:0 0 18px}
.doc{background:var(--card);border:1px solid var(--rule);border-radius:10px;padding:12px 16px;min-width:0}
.doc-label{margin:0 0 2px;font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.doc-title{margin:0;font:600 17px/1.3 var(--serif);overflow-wrap:anywhere}
.doc-source{margin:4px 0 0;font:12.5px/1.4 var(--mono);color:var(--muted);overflow-wrap:anywhere}
.doc-date{margin:6px 0 0;font-size:13.5px}
.doc-date b{font-variant-numeric:tabular-nums}
.doc-warn,.limit{margin:6px 0 0;font-size:13px;color:var(--silent-fg);background:var(--silent-bg);padding:4px 8px;border-radius:6px}
.counts{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 14px;padding:0;list-style:none}
.count{display:flex;align-items:baseline;gap:6px;padding:6px 12px;border-radius:999px;background:var(--card);border:1px solid var(--rule);font-size:14px}
.count b{font-size:18px;font-variant-numeric:tabular-nums}
.count.c-note{border-color:var(--note-line);color:var(--note-fg);background:var(--note-bg)}
.count.c-silent.some{border-color:var(--silent-line);color:var(--silent-fg);background:var(--silent-bg);box-shadow:inset 0 0 0 1px var(--silent-line)}
.count.c-move.some{border-color:var(--move);color:var(--move)}
.count.none{color:var(--muted)}
.summary-line{margin:0 0 12px;font:17px/1.45 var(--serif)}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:0 0 14px;padding:0;list-style:none;font-size:13px;color:var(--muted)}
.legend li{display:flex;align-items:center;gap:6px}
.toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:10px 18px;padding:10px 0 0;border-top:1px solid var(--rule);font-size:13.5px}
.seg{display:inline-flex;border:1px solid var(--rule);border-radius:8px;overflow:hidden;background:var(--card)}
.seg label{padding:5px 12px;cursor:pointer;color:var(--muted);user-select:none}
.seg label+label{border-left:1px solid var(--rule)}
#view-side:checked~.top label[for=view-side],#view-inline:checked~.top label[for=view-inline]{background:var(--fg);color:var(--bg)}
#view-side:focus-visible~.top label[for=view-side],#view-inline:focus-visible~.top label[for=view-inline]{outline:2px solid var(--focus);outline-offset:-2px}
.jumps{display:flex;flex-wrap:wrap;gap:4px 14px}
.keys{color:var(--muted)}
kbd{font:12px var(--mono);padding:1px 5px;border:1px solid var(--rule);border-bottom-width:2px;border-radius:4px;background:var(--card);color:var(--fg)}
.layout{display:grid;grid-template-columns:300px minmax(0,1fr);max-width:1480px;margin:0 auto;border-top:1px solid var(--rule)}
.panel{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:4px 18px 24px 32px;font-size:13.5px;border-right:1px solid var(--rule)}
.panel ol{margin:0;padding:0;list-style:none}
.panel li{margin:0}
.panel li a{display:block;padding:6px 8px;margin:0 -8px;border-radius:6px;color:var(--fg);text-decoration:none}
.panel li a:hover{background:var(--card)}
.panel .empty{color:var(--muted);margin:0}
.excerpt{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;color:var(--muted);font-family:var(--serif);overflow-wrap:anywhere}
.tag{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;padding:1px 6px;border-radius:4px;margin-right:4px;background:var(--frame-bg);color:var(--muted)}
.tag.t-note{background:var(--note-bg);color:var(--note-fg)}
.tag.t-silent{background:var(--silent-bg);color:var(--silent-fg)}
.tag.t-move{background:var(--move-bg);color:var(--move)}
.tag.t-addition{background:var(--ins-bg);color:var(--ins-fg)}
.tag.t-deletion{background:var(--del-bg);color:var(--del-fg)}
main{min-width:0;padding:0 0 48px}
.colheads{position:sticky;top:0;z-index:2;display:grid;grid-template-columns:1fr 1fr;background:var(--bg);border-bottom:1px solid var(--rule);font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.colheads div{padding:10px 24px 8px}
.colheads .h-inline{display:none}
.colheads span{font-weight:400;letter-spacing:0;text-transform:none;margin-left:6px}
.row{position:relative;display:grid;grid-template-columns:1fr 1fr;content-visibility:auto;contain-intrinsic-size:auto 90px}
.row::before{position:absolute;left:4px;top:12px;font:700 13px/1 var(--mono);color:var(--faint)}
.row.k-insert::before{content:"+";color:var(--ins-line)}
.row.k-delete::before{content:"\2212";color:var(--del-line)}
.row.k-changed::before{content:"\00b1";color:var(--muted)}
.row.k-move_from::before,.row.k-move_to::before{content:"\21c5";color:var(--move)}
.row.silent::before{content:"!";color:var(--silent-line);font-size:15px}
.cell{min-width:0;padding:10px 24px 4px;font:16.5px/1.62 var(--serif);overflow-wrap:break-word}
.cell.a{border-right:1px solid var(--rule)}
.cell:empty{background:repeating-linear-gradient(135deg,transparent 0 7px,var(--hatch) 7px 14px)}
.cell p{margin:0 0 .85em}
.row.k-delete .cell.a{box-shadow:inset 3px 0 var(--del-line)}
.row.k-insert .cell.b{box-shadow:inset 3px 0 var(--ins-line)}
.row.k-move_from .cell.a,.row.k-move_to .cell.b{box-shadow:inset 3px 0 var(--move)}
.row.k-move_from .cell.a p{color:var(--muted)}
.row.once .cell.a{background:none;text-align:right;color:var(--faint);font:12px/1.6 var(--sans);padding-top:14px}
.row.once .cell.a::after{content:"same as the republished text \2192"}
.row.once~.row.once .cell.a::after{content:none}
ins,del,.s-ins,.s-del{border-radius:3px;padding:0 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
ins,.s-ins{background:var(--ins-bg);color:inherit;text-decoration:underline 1.5px var(--ins-line);text-underline-offset:3px}
del,.s-del{background:var(--del-bg);color:inherit;text-decoration:line-through 1.5px var(--del-line)}
.row.k-delete del,.row.k-insert ins.add{background:none}
ins.silent,del.silent,.s-silent{background:var(--silent-bg);text-decoration-color:var(--silent-line);box-shadow:inset 0 -2px var(--silent-line)}
ins.silent::after,del.deletion.silent::after,.s-silent::after{content:"!";display:inline-block;margin-left:2px;padding:0 4px;border-radius:7px;background:var(--silent-line);color:var(--bg);font:700 10px/14px var(--sans);vertical-align:2px;text-decoration:none}
.row.k-delete del.silent,.row.k-insert ins.silent{background:var(--silent-bg)}
ins:not(.annotation):not(.note-cont){text-decoration:underline 1.5px var(--ins-line);text-underline-offset:3px}
del+ins,del.ghost+ins{margin-left:.3em}
nav li p.disclosed,nav li p.discloses{margin:.1em 0 .5em;font:12px/1.4 var(--sans);color:var(--muted,#667)}
nav li p.disclosed a,nav li p.discloses a{display:inline;margin:0 0 0 .3em;padding:0;text-decoration:underline}
del.ghost{font-size:0;background:none;padding:0;box-shadow:none}
del.ghost::before{content:"\2038";display:inline-block;font:700 15px/1 var(--sans);color:var(--del-line);vertical-align:-2px;margin:0 1px;text-decoration:none}
del.ghost.silent::before{color:var(--silent-line)}
.cell del.ghost::after{content:none}
.cell del.ghost.edit{display:none}
#view-inline:checked~.layout del.ghost.edit{display:inline}
.move-link.in-b{display:none}
#view-inline:checked~.layout .move-link.in-b{display:inline-block}
.row.is-note .cell.b,.row.is-frame .cell.b{box-shadow:none}
.row.is-note::before{color:var(--note-line)}
.row.is-frame::before{color:var(--faint)}
ins.annotation,ins.note-cont,.s-note{background:var(--note-bg);text-decoration:none;color:inherit;padding:1px 4px;border-radius:4px;box-shadow:inset 0 -1px var(--note-line)}
ins.block{display:block;margin:0 0 .85em;padding:10px 14px 2px;border-left:4px solid var(--note-line);border-radius:0 10px 10px 0;box-shadow:none}
ins.block p{margin:0 0 .7em}
.badge{display:inline-flex;flex-wrap:wrap;align-items:center;gap:2px 6px;margin:0 6px 0 0;padding:0 9px;border:1px solid var(--note-line);border-radius:999px;background:var(--card);color:var(--note-fg);font:12.5px/1.5 var(--sans);vertical-align:1px;text-decoration:none}
ins.block>.badge{display:flex;width:fit-content;max-width:100%;margin:0 0 8px;border-radius:10px}
.badge b{font-variant-numeric:tabular-nums}
.badge .ev{color:var(--muted);overflow-wrap:anywhere}
.badge a{text-decoration:none;padding:0 3px;border-radius:4px;font-weight:700}
.frame{display:block;margin:0 0 .85em;padding:8px 14px 2px;border-left:3px dotted var(--faint);background:var(--frame-bg);color:var(--muted);font-size:.94em;border-radius:0 8px 8px 0}
details.frame>summary{cursor:pointer;list-style:none;padding:0 0 6px;font:13px/1.5 var(--sans);color:var(--muted)}
details.frame>summary::-webkit-details-marker{display:none}
details.frame>summary .frame-label{display:inline;margin-right:10px}
details.frame>summary:hover{color:var(--fg)}
details.frame[open]>summary{margin-bottom:6px;border-bottom:1px dotted var(--faint)}
span.frame{display:inline;padding:0 2px;margin:0;border:0}
.frame-label{display:block;margin:0 0 6px;font:700 11px/1.4 var(--sans);letter-spacing:.08em;text-transform:uppercase;color:var(--faint)}
.ctl{font:.85em var(--mono);padding:0 3px;border:1px dashed var(--del-line);border-radius:3px;color:var(--del-fg)}
.move-link{display:inline-block;margin:0 0 8px;font:600 12.5px/1.4 var(--sans);color:var(--move);text-decoration:none;background:var(--move-bg);padding:2px 10px;border-radius:999px}
.step{position:absolute;right:4px;top:6px;display:flex;flex-direction:column;gap:2px;font:12px/1 var(--sans)}
.step a{display:block;padding:3px 4px;border-radius:4px;color:var(--faint);text-decoration:none}
.step a:hover{color:var(--focus);background:var(--card)}
.row.has-changes .cell.b{padding-right:34px}
details.fold{border-top:1px solid var(--rule);border-bottom:1px solid var(--rule);background:var(--bg)}
details.fold>summary{list-style:none;cursor:pointer;padding:7px 24px;text-align:center;font-size:13px;color:var(--muted);background:repeating-linear-gradient(90deg,transparent 0 6px,var(--hatch) 6px 7px)}
details.fold>summary::-webkit-details-marker{display:none}
details.fold>summary span{background:var(--bg);padding:2px 10px;border-radius:999px;border:1px solid var(--rule)}
details.fold>summary:hover span{color:var(--fg);border-color:var(--faint)}
details.fold[open]>summary{border-bottom:1px dashed var(--rule)}
.nodiff{padding:24px;color:var(--muted);font-size:15px}
:target{scroll-margin-top:72px;outline:3px solid var(--focus);outline-offset:3px;border-radius:4px}
.row:target{outline-offset:-3px}
footer{max-width:1480px;margin:0 auto;padding:18px 32px 40px;color:var(--faint);font-size:12.5px;border-top:1px solid var(--rule)}
#view-inline:checked~.layout .row,#view-inline:checked~.layout .colheads{grid-template-columns:minmax(0,1fr)}
#view-inline:checked~.layout .colheads .h-a,#view-inline:checked~.layout .colheads .h-b{display:none}
#view-inline:checked~.layout .colheads .h-inline{display:block}
#view-inline:checked~.layout .row.has-b>.a,#view-inline:checked~.layout .row:not(.has-b)>.b{display:none}
#view-inline:checked~.layout .cell{border-right:0;max-width:52em}
#view-inline:checked~.layout del.ghost{font-size:inherit;background:var(--del-bg);padding:0 1px}
#view-inline:checked~.layout del.ghost.silent{background:var(--silent-bg);box-shadow:inset 0 -2px var(--silent-line)}
#view-inline:checked~.layout del.ghost::before{content:none}
#view-inline:checked~.layout del.ghost.deletion.silent::after{content:"!"}
@media (max-width:1100px){
.layout{grid-template-columns:minmax(0,1fr)}
.panel{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--rule);padding:4px 20px 16px}
.panel nav{columns:2 280px;column-gap:28px}
.panel section{break-inside:avoid}
.top{padding:22px 20px 14px}
}
@media (max-width:720px){
body{font-size:14.5px}
h1{font-size:23px}
.docs{grid-template-columns:minmax(0,1fr)}
.colheads{display:none}
.row,#view-inline:checked~.layout .row{grid-template-columns:minmax(0,1fr)}
.cell{padding:8px 16px 2px 22px;font-size:16px}
.cell.a{border-right:0}
.cell:empty{display:none}
.row.has-a.has-b .cell.a{border-bottom:1px dashed var(--rule)}
.row.has-a.has-b .cell::before{display:block;font:700 10.5px/1.8 var(--sans);letter-spacing:.1em;text-transform:uppercase;color:var(--faint)}
.row.has-a.has-b .cell.a::before{content:"Original"}
.row.has-a.has-b .cell.b::before{content:"Republished"}
#view-inline:checked~.layout .row .cell::before,.row.eq.has-a.has-b .cell::before{content:none}
.row.eq .cell.a{display:none}
.row.once .cell.a::after{content:none}
.panel{order:2;border-top:1px solid var(--rule)}
.counts{gap:6px}
.count{padding:3px 10px;font-size:13px}
.count b{font-size:15px}
.panel nav{columns:auto}
.step{right:2px}
.row.has-changes .cell.b{padding-right:30px}
}
@media print{
body{background:#fff;color:#000;font-size:11pt}
.panel,.toolbar,.step,.skip,.badge a,details.fold>summary::after{display:none}
.layout{display:block;border:0}
.top{padding:0 0 8pt}
.colheads{position:static}
.row,#view-inline:checked~.layout .row{content-visibility:visible;break-inside:avoid;grid-template-columns:1fr 1fr}
#view-inline:checked~.layout .row.has-b>.a,#view-inline:checked~.layout .row:not(.has-b)>.b{display:block}
#view-inline:checked~.layout .colheads .h-a,#view-inline:checked~.layout .colheads .h-b{display:block}
#view-inline:checked~.layout .colheads .h-inline{display:none}
del.ghost,del.ghost::before{display:none}
.cell{font-size:10.5pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

SCRIPT = r"""
(function () {
  "use strict";
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  var changes = all(".stop");
  var notes = changes.filter(function (e) { return e.classList.contains("annotation"); });
  function current(list) {
    var id = location.hash.slice(1);
    for (var k = 0; k < list.length; k++) { if (list[k].id === id) { return k; } }
    return -1;
  }
  function go(list, step) {
    if (!list.length) { return; }
    var i = current(list), j;
    if (i >= 0) {
      j = i + step;
    } else {
      var n = 0;
      while (n < list.length && list[n].getBoundingClientRect().top < 90) { n++; }
      j = step > 0 ? n : n - 1;
    }
    if (j < 0 || j >= list.length) { return; }
    var target = list[j];
    for (var d = target.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      d.open = true;
    }
    location.hash = "#" + target.id;
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (t && (t.isContentEditable || t.tagName === "TEXTAREA" || t.tagName === "SELECT" ||
        (t.tagName === "INPUT" && t.type !== "radio"))) { return; }
    if (ev.key === "n" || ev.key === "j") { go(changes, 1); }
    else if (ev.key === "p" || ev.key === "k") { go(changes, -1); }
    else if (ev.key === "a") { go(notes, 1); }
    else if (ev.key === "A") { go(notes, -1); }
    else { return; }
    ev.preventDefault();
  });
})();
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy() -> str:
    """The page's policy: nothing but its own inline style and script, by hash."""
    return (
        f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
