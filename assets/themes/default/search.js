// Client-side search over the posts. The index comes from assets/search-index.js (works from file://, where
// browsers refuse fetch()), else from search-index.json; without either the box stays hidden.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("search");
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  if (!script || !form || !input || !list) { return; }
  var root = script.getAttribute("data-root") || "";
  var entries = [];

  function matches(entry, words) {
    var text = (entry.title + " " + entry.excerpt + " " + entry.category + " " + entry.tags.join(" ")).toLowerCase();
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }

  function show() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (words.length === 0) { return; }
    entries.filter(function (e) { return matches(e, words); }).slice(0, 20).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.url;
      a.textContent = e.title;
      a.dir = "auto";
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  function start(data) {
    entries = data;
    form.hidden = false;
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    input.addEventListener("input", show);
  }

  if (Array.isArray(window.BLOGWRIGHT_SEARCH_INDEX)) {
    start(window.BLOGWRIGHT_SEARCH_INDEX);
  } else if (window.fetch) {
    fetch(script.getAttribute("data-index"))
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(start)
      .catch(function () { form.hidden = true; });
  }
})();
