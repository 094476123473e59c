/* Rostra: progressive enhancement only. Every page works without this file.
 *
 * Photo lightbox: a [data-lightbox] grid of [data-lightbox-item] links (each link goes to
 * the photo's own page, which is what readers without JavaScript get) opens the photos in
 * a modal <dialog>. The visible words come from the grid's data-label-* attributes, which
 * the template fills with translated strings.
 */
/* Phone menu: on small screens the main navigation folds behind a "Menu" button (without
 * this file it stays open, as on the desktop). */
(function () {
  "use strict";
  var toggle = document.querySelector(".nav-toggle");
  var nav = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!nav) return;
  toggle.hidden = false;
  document.documentElement.classList.add("has-nav-toggle");
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      nav.classList.remove("is-open");
      toggle.focus();
    }
  });
})();

/* Sharing an article without any outside widget: the device's own share sheet where there
 * is one, and copying the address. The buttons stay hidden without this file. */
(function () {
  "use strict";
  var status = document.querySelector("[data-share-status]");
  var native = document.querySelector("[data-share-native]");
  if (native && navigator.share) {
    native.hidden = false;
    native.addEventListener("click", function () {
      navigator
        .share({ title: native.getAttribute("data-share-title"), url: native.getAttribute("data-share-url") })
        .catch(function () {});
    });
  }
  var copy = document.querySelector("[data-copy-link]");
  if (copy && navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy-link")).then(function () {
        if (status) status.textContent = copy.getAttribute("data-copied-label");
      });
    });
  }
})();

(function () {
  "use strict";

  if (typeof HTMLDialogElement !== "function" || !("showModal" in HTMLDialogElement.prototype)) {
    return; // Old browser: the links keep working as plain links.
  }

  function button(className, label, symbol) {
    var el = document.createElement("button");
    el.type = "button";
    el.className = className;
    el.setAttribute("aria-label", label);
    var glyph = document.createElement("span");
    glyph.setAttribute("aria-hidden", "true");
    glyph.textContent = symbol;
    el.appendChild(glyph);
    return el;
  }

  function Lightbox(grid) {
    this.grid = grid;
    this.items = Array.prototype.slice.call(grid.querySelectorAll("[data-lightbox-item]"));
    this.index = 0;
    this.opener = null;
    this.dialog = null;
    grid.addEventListener("click", this.onGridClick.bind(this));
  }

  Lightbox.prototype.build = function () {
    var data = this.grid.dataset;
    var dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", data.labelDialog || "Photos");

    var figure = document.createElement("figure");
    figure.className = "lightbox-figure";
    this.image = document.createElement("img");
    this.image.className = "lightbox-image";
    this.image.alt = "";
    this.image.draggable = false;
    var text = document.createElement("figcaption");
    text.className = "lightbox-text";
    text.setAttribute("aria-live", "polite");
    this.caption = document.createElement("span");
    this.caption.className = "lightbox-caption";
    this.counter = document.createElement("span");
    this.counter.className = "lightbox-counter";
    text.appendChild(this.caption);
    text.appendChild(this.counter);
    figure.appendChild(this.image);
    figure.appendChild(text);

    this.closeButton = button("lightbox-close", data.labelClose || "Close", "\u00d7");
    this.prevButton = button("lightbox-prev", data.labelPrev || "Previous", "\u2039");
    this.nextButton = button("lightbox-next", data.labelNext || "Next", "\u203a");
    var single = this.items.length < 2;
    this.prevButton.hidden = single;
    this.nextButton.hidden = single;

    // Tab order follows the page: close first (top right), then previous and next.
    dialog.appendChild(this.closeButton);
    dialog.appendChild(figure);
    dialog.appendChild(this.prevButton);
    dialog.appendChild(this.nextButton);

    var self = this;
    this.closeButton.addEventListener("click", function () { self.close(); });
    this.prevButton.addEventListener("click", function () { self.step(-1); });
    this.nextButton.addEventListener("click", function () { self.step(1); });
    this.image.addEventListener("load", function () { self.image.classList.remove("is-loading"); });
    dialog.addEventListener("keydown", this.onKeydown.bind(this));
    dialog.addEventListener("close", function () {
      if (self.opener && document.contains(self.opener)) self.opener.focus();
    });
    // A click on the dark area around the photo closes, as in most viewers.
    var swiped = false;
    dialog.addEventListener("click", function (event) {
      if (swiped) {
        swiped = false;
        return;
      }
      if (event.target === dialog || event.target === figure) self.close();
    });
    // Swipe on touch screens.
    var startX = null;
    var startY = null;
    figure.addEventListener("pointerdown", function (event) {
      startX = event.clientX;
      startY = event.clientY;
      swiped = false;
    });
    figure.addEventListener("pointerup", function (event) {
      if (startX === null) return;
      var dx = event.clientX - startX;
      var dy = event.clientY - startY;
      startX = null;
      swiped = Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy) * 1.5;
      if (swiped) self.step(dx < 0 ? 1 : -1);
    });

    document.body.appendChild(dialog);
    this.dialog = dialog;
  };

  Lightbox.prototype.onGridClick = function (event) {
    var link = event.target.closest("[data-lightbox-item]");
    // Let modified clicks (new tab, new window) do what the reader asked for.
    if (!link || event.defaultPrevented || event.button !== 0 ||
        event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    this.open(this.items.indexOf(link), link);
  };

  Lightbox.prototype.open = function (index, opener) {
    if (!this.dialog) this.build();
    this.opener = opener;
    this.show(index);
    this.dialog.showModal();
    this.closeButton.focus();
  };

  Lightbox.prototype.close = function () {
    if (this.dialog && this.dialog.open) this.dialog.close();
  };

  Lightbox.prototype.show = function (index) {
    var count = this.items.length;
    this.index = (index + count) % count;
    var link = this.items[this.index];
    var thumb = link.querySelector("img");
    var src = link.dataset.full || link.href;
    if (this.image.getAttribute("src") !== src) {
      this.image.classList.add("is-loading");
      this.image.src = src;
    }
    this.image.alt = thumb ? thumb.alt : "";
    this.caption.textContent = link.dataset.caption || "";
    this.counter.textContent = this.index + 1 + " / " + count;
    // Fetch the neighbours now so that stepping feels immediate.
    [this.index + 1, this.index - 1].forEach(function (i) {
      var next = this.items[(i + count) % count];
      if (next && next.dataset.full) new Image().src = next.dataset.full;
    }, this);
  };

  Lightbox.prototype.step = function (delta) {
    if (this.items.length > 1) this.show(this.index + delta);
  };

  Lightbox.prototype.onKeydown = function (event) {
    if (event.key === "ArrowLeft") {
      event.preventDefault();
      this.step(-1);
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      this.step(1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.close();
    } else if (event.key === "Tab") {
      this.trapFocus(event);
    }
  };

  // Keep Tab and Shift+Tab cycling through the dialog's buttons.
  Lightbox.prototype.trapFocus = function (event) {
    var buttons = Array.prototype.filter.call(
      this.dialog.querySelectorAll("button"),
      function (el) { return !el.hidden && !el.disabled; }
    );
    if (!buttons.length) return;
    var first = buttons[0];
    var last = buttons[buttons.length - 1];
    var current = document.activeElement;
    if (event.shiftKey && (current === first || !this.dialog.contains(current))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (current === last || !this.dialog.contains(current))) {
      event.preventDefault();
      first.focus();
    }
  };

  function init() {
    var grids = document.querySelectorAll("[data-lightbox]");
    for (var i = 0; i < grids.length; i++) {
      if (grids[i].querySelector("[data-lightbox-item]")) new Lightbox(grids[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
