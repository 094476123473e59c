// A page nginx served from a file carries no comment form stamp (each stamp is accepted once,
// so one baked into a shared page would be refused after its first use): fetch one when the
// form gets focus. Without JavaScript the form comes back once, text kept, with a fresh stamp.
(function () {
  "use strict";
  var form = document.getElementById("comment-form");
  if (!form || !form.dataset.stampUrl) return;
  var shown = form.querySelector("input[name=shown]");
  if (!shown) return;
  var pending = null;
  function fetchStamp() {
    if (shown.value || pending) return pending;
    pending = fetch(form.dataset.stampUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (stamp) { if (stamp && !shown.value) shown.value = stamp; })
      .catch(function () {})
      .then(function () { pending = null; });
    return pending;
  }
  form.addEventListener("focusin", fetchStamp);
  form.addEventListener("submit", function (event) {
    if (shown.value) return;
    event.preventDefault();
    Promise.resolve(fetchStamp()).then(function () { form.submit(); });
  });
})();
