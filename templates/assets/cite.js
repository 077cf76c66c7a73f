// The cite panel follows the passage a reader points at: after following a printed page marker (#page-1041) or
// a paragraph's link (#p-…), the Chicago and MLA citations name that page or paragraph and link to it.
// Without JavaScript the panel cites the whole document and says how to cite a passage.
(function () {
  "use strict";
  var panel = document.getElementById("cite");
  if (!panel) { return; }
  var status = panel.querySelector("[data-cite-status]");
  var urls = panel.querySelectorAll(".cite-url");
  // A site built without its host (--base-url=/path/) cites root-relative addresses; the browser knows the host.
  var pageUrl = urls.length ? urls[0].textContent : "";
  if (pageUrl.charAt(0) === "/") { pageUrl = window.location.origin + pageUrl; }
  var wholeDocument = status.textContent;

  function paragraphs() {
    return Array.prototype.filter.call(document.querySelectorAll(".document-body p[id]"), function (p) {
      return p.querySelector(".pilcrow");
    });
  }

  // What the fragment points at: { chicago, mla, label } or null for the whole document.
  function locate(hash) {
    if (!hash || hash.length < 2) { return null; }
    var target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) { return null; }
    if (target.classList.contains("page")) {
      var page = target.id.replace(/^page-/, "").replace(/-\d+$/, "");
      return { chicago: ", p. " + page, mla: ", p. " + page, label: "printed page " + page };
    }
    var index = paragraphs().indexOf(target);
    if (index >= 0) {
      var n = index + 1;
      return { chicago: ", para. " + n, mla: ", par. " + n, label: "paragraph " + n };
    }
    return null;
  }

  function update() {
    var where = locate(window.location.hash);
    panel.querySelectorAll(".cite-locator").forEach(function (slot) {
      slot.textContent = where ? where[slot.getAttribute("data-style")] : "";
    });
    urls.forEach(function (url) { url.textContent = where ? pageUrl + window.location.hash : pageUrl; });
    status.textContent = where ? "Citing " + where.label + " of this document." : wholeDocument;
  }

  window.addEventListener("hashchange", update);
  update();
})();
