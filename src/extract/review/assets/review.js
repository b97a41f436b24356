// Review page behaviour: highlight the lines a link points at, filter lines with warnings,
// sort tables by a column. No library, no network.
(function () {
  "use strict";

  // "#L12" highlights line 12; "#L12-15" highlights lines 12 to 15 and scrolls to 12.
  function mark() {
    var old = document.querySelectorAll(".hl");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("hl");
    var id = decodeURIComponent(location.hash.slice(1));
    var m = /^L(\d+)(?:-(\d+))?$/.exec(id);
    var first = document.getElementById(m ? "L" + m[1] : id);
    if (!first) return;
    var last = m && m[2] ? Number(m[2]) : m ? Number(m[1]) : null;
    if (last === null) {
      first.classList.add("hl");
    } else {
      for (var n = Number(m[1]); n <= last; n++) {
        var row = document.getElementById("L" + n);
        if (row) row.classList.add("hl");
      }
    }
    first.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", mark);
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href^='#']");
    if (a && a.getAttribute("href") === location.hash) setTimeout(mark, 0);
  });
  mark();
  window.addEventListener("load", mark);

  var filter = document.getElementById("only-warnings");
  if (filter) {
    filter.addEventListener("change", function () {
      document.body.classList.toggle("only-warnings", filter.checked);
    });
  }

  function key(row, col) {
    var cell = row.cells[col];
    if (!cell) return null;
    var v = cell.getAttribute("data-v");
    if (v === "") return null;
    if (v !== null && !isNaN(Number(v))) return Number(v);
    return cell.textContent.trim();
  }
  function compare(a, b) {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return a.localeCompare(b, "ko");
  }
  function sortable(table) {
    if (!table.tHead || !table.tBodies.length) return;
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.tabIndex = 0;
      th.setAttribute("aria-sort", "none");
      function sort() {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var ka = key(a, col), kb = key(b, col);
          if (ka === null || kb === null) return compare(ka, kb);
          return dir * compare(ka, kb);
        });
        var frag = document.createDocumentFragment();
        rows.forEach(function (r) { frag.appendChild(r); });
        body.appendChild(frag);
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), sortable);
})();
