// Search over the prebuilt index: shards are <script> files (fetch is blocked on file://), loaded on first use.
// Results are built with textContent and setAttribute only, so no indexed text is ever parsed as HTML.
(function () {
  "use strict";
  var entries = [];
  var pending = -1;
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var MAX = 50;
  window.sdSearchAdd = function (rows) {
    for (var i = 0; i < rows.length; i++) { entries.push(rows[i]); }
    pending--;
    if (pending === 0) { run(); }
  };
  function load() {
    if (pending >= 0) { return; }
    var shards = window.SD_SEARCH_SHARDS || [];
    pending = shards.length;
    status.textContent = "Loading the search index…";
    shards.forEach(function (src) {
      var s = document.createElement("script");
      s.src = src;
      document.body.appendChild(s);
    });
    if (pending === 0) { run(); }
  }
  function run() {
    if (pending !== 0) { return; }
    var q = input.value.trim().toLowerCase();
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!q) { status.textContent = ""; return; }
    var exact = [], prefix = [], other = [];
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i], name = e[1].toLowerCase();
      if (name === q) { exact.push(e); }
      else if (name.indexOf(q) === 0) { prefix.push(e); }
      else if (name.indexOf(q) >= 0 || (e[4] && e[4].toLowerCase().indexOf(q) >= 0)) { other.push(e); }
    }
    var hits = exact.concat(prefix, other);
    status.textContent = hits.length + (hits.length === 1 ? " match" : " matches")
        + (hits.length > MAX ? ", first " + MAX + " shown" : "");
    hits.slice(0, MAX).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.setAttribute("href", e[3]);
      a.textContent = e[1];
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e[0];
      li.appendChild(kind);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      li.appendChild(document.createTextNode(" — " + e[2] + (e[4] ? " — " + e[4] : "")));
      list.appendChild(li);
    });
  }
  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load(); run(); });
})();
