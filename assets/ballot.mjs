// The live room's secret ballot (ballots, #14): the voter's browser encrypts the choice and
// sends only ciphertexts and proofs; a teller's browser makes its key share, keeps the secret
// part in this browser (localStorage, with a downloadable backup) and, at the close, sends its
// proven share of the tally's decryption. Bundled by `make assets` into
// static/assembly/build/ballot.js. room.js hands over every message and the state with a
// "room:update" event; frames go out with a "room:send" event. Texts come from the page.

import * as P from "./ballot_protocol.mjs";

const root = document.getElementById("ballot");
const S = JSON.parse(document.getElementById("ballot-strings").textContent);
const $ = (id) => document.getElementById(id);
const pending = new Map(); // vote_id -> {motion, for, ballot}
const sentKeys = new Set(); // election ids this page already sent a key share for
const sentShares = new Set();
let last = null; // the room's state

function fmt(text, values) {
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
}
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}
function pick(texts) {
  const lang = document.documentElement.lang || "en";
  return (texts && (texts[lang] || texts.en || Object.values(texts)[0])) || "";
}
function send(data) {
  document.dispatchEvent(new CustomEvent("room:send", { detail: data }));
}
function storeKey(box, me) {
  return `rostra-teller:${box.election}:${me}`;
}
function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function electionOf(box) {
  const e = P.election({ id: box.election, public_key: box.public_key, options: box.options, min: box.min, max: box.max });
  // The browser checks what it encrypts for: the hash it computes must be the room's.
  if (e.hash !== box.hash) throw new P.Invalid("wrong_vote");
  return e;
}

// --- voting ----------------------------------------------------------------------------------

function castFor(motion, key, voterId, forWhom) {
  const box = motion.box;
  const choices = box.options.map((k) => (k === key ? 1 : 0));
  $("ballot-ack").textContent = S.encrypting;
  for (const b of root.querySelectorAll(`[data-voter="${voterId}"]`)) b.disabled = true;
  // Let the page paint "Encrypting…" before the work.
  setTimeout(() => {
    try {
      const ballot = P.encryptBallot(electionOf(box), String(voterId), choices);
      const id = uuid();
      pending.set(id, { motion: motion.id, for: forWhom, ballot });
      send({ a: "vote", motion: motion.id, vote_id: id, ballot, for: forWhom });
    } catch (err) {
      $("ballot-ack").textContent = S.errors[err.code] || S.failed;
    }
  }, 30);
}

function renderVoter(motion, me, box) {
  const area = $("ballot-vote");
  area.replaceChildren();
  if (!me.can_vote || motion.state !== "open") return;
  if (box.phase === "keys") { area.append(el("p", { text: S.keys_pending })); return; }
  if (box.phase !== "voting") return;
  const voters = [{ id: me.id, name: "" }];
  // A principal's name comes in every script (state.names): shown in the reader's.
  if (motion.allow_proxy) for (const p of me.proxy_held) voters.push({ id: p.id, name: pick(p.name) });
  if (me.proxy_given.length) return;
  for (const v of voters) {
    const group = el("div", { class: "vote-options", role: "group", "aria-label": v.name ? fmt(S.vote_for, { name: v.name }) : S.your_ballot });
    if (v.name) group.append(el("p", { text: fmt(S.vote_for, { name: v.name }) }));
    const done = me.voted.includes(v.id);
    for (const o of motion.options) {
      const b = el("button", { type: "button", class: "vote-button", "data-voter": v.id, "data-option": o.key, text: pick(o.label),
        on: { click: () => castFor(motion, o.key, v.id, v.name ? v.id : null) } });
      b.disabled = done;
      group.append(b);
    }
    area.append(group);
  }
}

function renderTrackers(me, motion) {
  const box = $("ballot-trackers");
  box.replaceChildren();
  const trackers = me.trackers || {};
  for (const [voter, tracker] of Object.entries(trackers)) {
    const held = (me.proxy_held || []).find((p) => String(p.id) === voter);
    const text = held ? fmt(S.tracker_for, { name: pick(held.name), tracker }) : fmt(S.tracker, { tracker });
    box.append(el("p", { class: "tracker", "data-tracker": tracker, text }));
  }
  for (const voter of Object.keys(me.rejected || {})) {
    const held = (me.proxy_held || []).find((p) => String(p.id) === voter);
    const text = held ? fmt(S.rejected_for, { name: pick(held.name) }) : S.rejected;
    box.append(el("p", { class: "ballot-rejected", role: "alert", text }));
  }
  if (Object.keys(trackers).length) {
    box.append(el("p", {}, el("a", { href: fmt(root.dataset.bulletin, { motion: motion.id }), text: S.bulletin })));
  }
}

// --- tellers ---------------------------------------------------------------------------------

function backupLink(box, me, secret, share) {
  const data = JSON.stringify({ election: box.election, teller: String(me), secret, public: share });
  const url = URL.createObjectURL(new Blob([data], { type: "application/json" }));
  return el("a", { href: url, download: `teller-${box.election.replace(/\W+/g, "-")}.json`, id: "teller-backup", text: S.backup });
}

function renderTeller(motion, me, box) {
  const area = $("ballot-teller");
  area.replaceChildren();
  const mine = box.tellers.find((t) => t.id === me.id);
  if (!mine) return;
  const stored = localStorage.getItem(storeKey(box, me.id));
  const secret = stored ? JSON.parse(stored) : null;
  area.append(el("h3", { text: S.you_are_teller }));
  if (box.phase === "keys" && !mine.key) {
    if (!sentKeys.has(box.election)) {
      sentKeys.add(box.election);
      const made = secret || P.makeKeyShare(box.election, String(me.id));
      localStorage.setItem(storeKey(box, me.id), JSON.stringify(made));
      send({ a: "teller_key", motion: motion.id, share: made.share });
    }
    area.append(el("p", { text: S.key_sending }));
    return;
  }
  if (box.phase === "void" || box.phase === "done") {
    if (secret) area.append(el("p", { text: S.teller_done }));
    return;
  }
  if (secret && secret.share.public) {
    area.append(el("p", { text: S.key_kept }), el("p", {}, backupLink(box, me.id, secret.secret, secret.share.public)));
  } else if (mine.key) {
    area.append(el("p", { class: "teller-lost", text: S.key_missing }));
    const input = el("input", { type: "file", accept: "application/json", id: "teller-restore" });
    input.addEventListener("change", async () => {
      try {
        const data = JSON.parse(await input.files[0].text());
        if (data.election !== box.election || data.teller !== String(me.id)) throw new Error("other");
        localStorage.setItem(storeKey(box, me.id), JSON.stringify({ secret: data.secret, share: { public: data.public } }));
        update(last);
      } catch {
        $("ballot-ack").textContent = S.restore_failed;
      }
    });
    area.append(el("label", { for: "teller-restore", text: S.restore }), input);
    if (!mine.lost) area.append(el("button", { type: "button", id: "teller-report-lost", text: S.report_lost, on: { click: () => send({ a: "teller_lost", motion: motion.id }) } }));
  }
  if (box.phase === "tallying" && !mine.decrypted && secret && box.tally && !sentShares.has(box.election)) {
    sentShares.add(box.election);
    area.append(el("p", { text: S.decrypting }));
    setTimeout(() => {
      const shares = P.partialDecrypt(electionOf(box), String(me.id), secret.secret, box.tally);
      send({ a: "teller_decrypt", motion: motion.id, shares });
    }, 30);
  }
}

// --- everyone --------------------------------------------------------------------------------

function renderBox(motion, me, box) {
  const phase = S.phases[box.phase] || box.phase;
  // The tally waits until every ballot's proofs are checked (docs/voting.md).
  $("ballot-phase").textContent = box.phase === "tallying" && box.checking ? `${phase}. ${fmt(S.checking, { n: box.checking })}` : phase;
  const list = $("ballot-tellers-list");
  list.replaceChildren();
  for (const t of box.tellers) {
    const status = t.lost ? S.teller_lost : t.decrypted ? S.teller_decrypted : t.key ? S.teller_key : S.teller_waiting;
    list.append(el("li", { class: t.lost ? "teller-lost" : "", text: `${pick(t.name)}: ${status}` }));
  }
  const lost = box.tellers.filter((t) => t.lost);
  $("ballot-lost").textContent = lost.length && box.phase !== "void" ? fmt(S.lost_notice, { names: lost.map((t) => pick(t.name)).join(", ") }) : "";
  const chair = $("ballot-void");
  if (chair) chair.hidden = !["keys", "voting", "tallying"].includes(box.phase);
}

function update(state) {
  last = state;
  const motion = state && state.motion;
  const box = motion && motion.secret ? motion.box : null;
  root.hidden = !box;
  if (!box) return;
  const me = state.me;
  renderBox(motion, me, box);
  renderVoter(motion, me, box);
  renderTrackers(me, motion);
  renderTeller(motion, me, box);
}

document.addEventListener("room:update", (event) => {
  const { message, state } = event.detail;
  if (!state) return;
  if (message.t === "snapshot") {
    for (const [id, v] of pending) send({ a: "vote", motion: v.motion, vote_id: id, ballot: v.ballot, for: v.for });
  }
  if (message.t === "ack" && pending.has(message.vote_id)) {
    const v = pending.get(message.vote_id);
    pending.delete(message.vote_id);
    if (message.ok) {
      const voter = v.for || state.me.id;
      state.me.trackers = { ...(state.me.trackers || {}), [voter]: P.tracker(v.ballot) };
      $("ballot-ack").textContent = S.counted;
    } else {
      $("ballot-ack").textContent = S.errors[message.code] || S.failed;
    }
  }
  if (message.t === "delta" && message.motion && message.motion.box && message.motion.box.phase !== "voting") $("ballot-ack").textContent = "";
  update(state);
});

const voidButton = $("ballot-void");
if (voidButton) voidButton.addEventListener("click", () => { if (last && last.motion) send({ a: "vote_void", motion: last.motion.id }); });
