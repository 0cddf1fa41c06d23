// wagtail-localize's translation editor (a React app) as staff need it: in the admin
// user's language and accessible. Its bundle writes "<source> to <target> translation"
// in English without gettext, gives its hidden PO-file input no label and its title
// heading the wrong level; this fixes the rendered page after each render.
// The admin loads scripts in the page's head: start once the document is parsed.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var root = document.querySelector(".js-translation-editor");
  if (!root || typeof window.gettext !== "function") return;
  var gettext = window.gettext;
  var interpolate = window.interpolate;
  var TITLE = /^(.+) to (.+) translation$/;

  function fix() {
    root.querySelectorAll('input[type="file"]:not([aria-label])').forEach(function (input) {
      input.setAttribute("aria-label", gettext("Upload PO file"));
    });
    root.querySelectorAll("h3").forEach(function (heading) {
      var match = TITLE.exec(heading.textContent);
      if (match) {
        var title = interpolate(
          gettext("%(source)s to %(target)s translation"),
          { source: match[1], target: match[2] },
          true
        );
        // Unchanged in English: writing it again would wake the observer for ever.
        if (title !== heading.textContent) heading.textContent = title;
      }
      if (!heading.closest("li") && !heading.hasAttribute("aria-level")) {
        heading.setAttribute("aria-level", "2");
      }
    });
  }

  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
  fix();
});
