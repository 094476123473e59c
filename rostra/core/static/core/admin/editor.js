// The page editor: once the form is being sent (Publish, Submit, a workflow action), autosave
// stops. Wagtail's workflow buttons add hidden inputs to the form just before it is sent; the
// change watcher took them for an edit and autosaved the form a second later, with the action
// in it, while the action was still being carried out (issue #11, point 2).
(function () {
  "use strict";

  function stopAutosave(form) {
    form.setAttribute("data-w-autosave-active-value", "false");
    var app = window.wagtail && window.wagtail.app;
    var autosave = app && app.getControllerForElementAndIdentifier(form, "w-autosave");
    if (autosave && autosave.submit && typeof autosave.submit.cancel === "function") {
      autosave.submit.cancel(); // an autosave already waiting for its debounce
    }
    var unsaved = app && app.getControllerForElementAndIdentifier(form, "w-unsaved");
    if (unsaved && unsaved.checkInterval) {
      clearInterval(unsaved.checkInterval);
      unsaved.checkInterval = null;
    }
  }

  // A workflow action chosen in a dialog (approve with a comment) sends the form with jQuery,
  // which fires no submit event: its hidden inputs are the sign.
  function watchWorkflowInputs(form) {
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(function (node) {
          if (node.name === "action-workflow-action") stopAutosave(form);
        });
      });
    }).observe(form, { childList: true });
  }

  function start() {
    document.querySelectorAll("form[data-edit-form]").forEach(watchWorkflowInputs);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();

  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (form instanceof HTMLFormElement && form.hasAttribute("data-edit-form")) {
        stopAutosave(form);
      }
    },
    true
  );
})();
