
(function () {
  "use strict";
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  if (window.matchMedia && window.matchMedia("(max-width:720px)").matches) {
    all("details.index").forEach(function (d) { d.open = false; });
  }
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
