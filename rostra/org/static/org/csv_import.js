// The progress of a CSV import in the admin: polls the job's status and reloads the page
// (which then shows the result) when the import has ended. No inline script: CSP.
(function () {
  "use strict";
  var box = document.querySelector("[data-import-status-url]");
  if (!box) return;
  var status = box.getAttribute("data-import-status");
  if (["queued", "checking", "writing"].indexOf(status) < 0) return;
  var url = box.getAttribute("data-import-status-url");
  var bar = box.querySelector("[data-import-progress]");
  var label = box.querySelector("[data-import-label]");
  var count = box.querySelector("[data-import-count]");

  function show(data) {
    if (bar) {
      bar.max = Math.max(data.total, 1);
      bar.value = data.done;
    }
    if (label) label.textContent = data.label;
    if (count) count.textContent = data.text;
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (!data.running) {
          window.location.reload();
          return;
        }
        show(data);
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
