// The header menu is a <details> disclosure that works without JavaScript (see
// includes/header.html). This keeps it open on wide screens, where site.css hides the
// toggle (for browsers that cannot show a closed <details>' content with CSS), and
// lets Escape close it on a phone, returning focus to the toggle. The toggle states
// aria-expanded too, for screen readers that do not announce a summary's state.
(function () {
  "use strict";
  var menu = document.querySelector("[data-site-menu]");
  if (!menu) {
    return;
  }
  var toggle = menu.querySelector("summary");
  var wide = window.matchMedia("(min-width: 64rem)");
  function announce() {
    toggle.setAttribute("aria-expanded", menu.open ? "true" : "false");
  }
  function sync() {
    if (wide.matches) {
      menu.open = true;
    }
    announce();
  }
  menu.classList.add("site-menu--kept-open");
  menu.addEventListener("toggle", announce);
  toggle.addEventListener("click", function (event) {
    if (wide.matches) {
      event.preventDefault();
    }
  });
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      menu.open = false;
      toggle.focus();
    }
  });
  wide.addEventListener("change", function () {
    menu.open = wide.matches;
    announce();
  });
  sync();
})();
