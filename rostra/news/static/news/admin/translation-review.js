// The review bar of the translation editor is rendered after wagtail-localize's editor (the
// template can only add to it); it belongs under the language header, in view when the
// translator starts and finishes.
(function () {
  "use strict";
  function place() {
    var bar = document.getElementById("rostra-translation-review");
    var locales = document.querySelector(".header-meta--locales");
    var header = locales && locales.closest("header");
    if (bar && header) header.after(bar);
    if (bar) bar.hidden = false;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", place);
  else place();
})();
