// The root of the static site: go to the home page in the visitor's language, as the
// live site's "/" does from Accept-Language. Without JavaScript, a meta refresh goes
// to the default language and the page links every language.
(function () {
  "use strict";
  var script = document.currentScript;
  var offered = script.dataset.languages.split(" ");
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i += 1) {
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (offered.indexOf(code) !== -1) {
      window.location.replace("/" + code + "/");
      return;
    }
  }
  window.location.replace("/" + script.dataset.default + "/");
})();
