// The event's start in the reader's own time zone (the browser's), under the time in the
// event's zone. Done here rather than on the server so cached pages stay the same for all.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone) return;
    document.querySelectorAll("[data-your-time]").forEach(function (el) {
      if (el.getAttribute("data-event-zone") === zone) return;
      var start = document.querySelector("[data-event-start]");
      if (!start) return;
      var when = new Date(start.getAttribute("datetime"));
      var text = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        dateStyle: "long", timeStyle: "short", timeZone: zone
      }).format(when);
      el.textContent = el.getAttribute("data-label") + " (" + zone + "): " + text;
    });
  });
})();
