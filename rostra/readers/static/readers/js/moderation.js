// The moderation queue's "select all" box (no inline handlers: Content-Security-Policy).
document.addEventListener("change", (event) => {
  const box = event.target.closest("[data-select-all]");
  if (!box) return;
  for (const item of box.form.querySelectorAll(box.dataset.selectAll)) item.checked = box.checked;
});
