// The live room's client: state from the server over a WebSocket, rendered into the page.
// A snapshot on every (re)connection; deltas carry the room's version, and a gap makes the
// client ask for a new snapshot. Votes are sent with an id and re-sent after a reconnection
// until acknowledged (the server counts an id once). Texts come translated from the page.

const config = JSON.parse(document.getElementById("room-config").textContent);
const S = config.strings;
const $ = (id) => document.getElementById(id);
const isChair = $("room").dataset.chair === "true";

let socket = null;
let state = null;
let version = -1;
let clockOffset = 0; // server time minus local time, ms
let backoff = 500;
const pending = new Map(); // vote_id -> {motion, option, for, label}
const choices = new Map(); // "motion:voter" -> the option chosen here (shown as pressed)

function fmt(text, values) {
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
}

function pick(texts) {
  if (!texts) return "";
  return texts[config.language] || texts[config.main_language] || texts.en || Object.values(texts)[0] || "";
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

function showError(code) {
  $("room-error").textContent = S.errors[code] || S.errors.bad_request;
  setTimeout(() => { $("room-error").textContent = ""; }, 6000);
}

function send(data) {
  if (socket && socket.readyState === WebSocket.OPEN) {
    socket.send(JSON.stringify(data));
    return true;
  }
  return false;
}

// --- connection ------------------------------------------------------------------------

function connect() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  socket = new WebSocket(`${scheme}//${location.host}${config.ws}`);
  $("room-status").textContent = S.connecting;
  socket.addEventListener("open", () => {
    backoff = 500;
    $("room-status").textContent = S.connected;
  });
  socket.addEventListener("message", (event) => handle(JSON.parse(event.data)));
  socket.addEventListener("close", () => {
    $("room-status").textContent = S.reconnecting;
    setTimeout(connect, backoff);
    backoff = Math.min(backoff * 2, 10000);
  });
}

function handle(m) {
  handleRoom(m);
  // ballots (#14): the secret ballot's panel (build/ballot.js) follows every message.
  document.dispatchEvent(new CustomEvent("room:update", { detail: { message: m, state } }));
}

function handleRoom(m) {
  switch (m.t) {
    case "snapshot": {
      const me = m.me;
      delete m.me;
      state = m;
      version = m.v;
      setMe(me);
      render();
      for (const [id, vote] of pending) send({ a: "vote", motion: vote.motion, option: vote.option, vote_id: id, for: vote.for });
      break;
    }
    case "delta": {
      if (!state || m.v <= version) return;
      const gap = m.v > version + 1;
      const focusVote = m.motion && m.motion.state === "open" && (!state.motion || state.motion.id !== m.motion.id || state.motion.state !== "open");
      for (const [k, v] of Object.entries(m)) if (k !== "t" && k !== "v") state[k] = v;
      version = m.v;
      if (m.motion && state.me.motions) {
        const listed = state.me.motions.find((x) => x.id === m.motion.id);
        if (listed) listed.state = m.motion.state;
      }
      if (m.motion && state.me && m.motion.state === "open" && focusVote) state.me.voted = [];
      render();
      if (focusVote) $("vote-heading").focus();
      if (gap) send({ a: "sync" });
      break;
    }
    case "count":
      if (state && state.motion && state.motion.id === m.motion && state.motion.state === "open") {
        state.motion.cast = Math.max(state.motion.cast || 0, m.cast);
        renderCount();
      }
      break;
    case "presence":
      if (state) { state.presence = m.presence; renderPresence(); }
      break;
    case "me":
      setMe(m);
      render();
      break;
    case "ack": {
      const vote = pending.get(m.vote_id);
      pending.delete(m.vote_id);
      if (m.ok) {
        const voter = m.for || state.me.id;
        if (!state.me.voted.includes(voter)) state.me.voted.push(voter);
        if (vote) choices.set(`${vote.motion}:${voter}`, vote.option);
        if (vote) {
          $("vote-ack").textContent = m.for
            ? fmt(S.proxy_vote, { name: vote.forName, option: vote.label })
            : fmt(S.your_vote, { option: vote.label });
        }
      } else {
        showError(m.code);
        $("vote-ack").textContent = "";
      }
      renderVote();
      break;
    }
    case "presence_list":
      renderPresenceList(m.people);
      break;
    case "error":
      showError(m.code);
      break;
  }
}

function setMe(me) {
  if (me.now) clockOffset = me.now - Date.now();
  state.me = me;
}

// --- rendering -------------------------------------------------------------------------

function render() {
  renderItem();
  renderSpeakers();
  renderVote();
  renderPresence();
  renderScreening();
  renderProxy();
  if (isChair) renderChair();
}

function renderItem() {
  $("now-item").textContent = state.item ? pick(state.item.title) : S.no_item;
}

function renderSpeakers() {
  const list = $("speakers");
  list.replaceChildren();
  for (const [i, s] of state.speakers.entries()) {
    const li = el("li", {}, s.name);
    if (s.point_of_order) li.append(" ", el("span", { class: "por", text: `(${S.point_of_order})` }));
    if (isChair) {
      li.append(" ", el("button", { type: "button", text: S.give_floor, "aria-label": `${S.give_floor}: ${s.name}`,
        on: { click: () => send({ a: "speaker_start", entry: s.id }) } }));
      if (i > 0) {
        li.append(el("button", { type: "button", text: S.move_up, "aria-label": `${S.move_up}: ${s.name}`,
          on: { click: () => {
            const ids = state.speakers.map((x) => x.id);
            [ids[i - 1], ids[i]] = [ids[i], ids[i - 1]];
            send({ a: "reorder", entries: ids });
          } } }));
      }
    }
    list.append(li);
  }
  $("speakers-empty").hidden = state.speakers.length > 0;
  const speaking = state.speaking;
  $("speaking").hidden = !speaking;
  if (speaking) {
    $("speaking-name").textContent = fmt(S.speaking, { name: speaking.name });
    $("timer-limit").textContent = speaking.limit ? ` / ${clock(speaking.limit)}` : "";
  }
  tick();
}

function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function tick() {
  if (!state || !state.speaking) return;
  const elapsed = (Date.now() + clockOffset - state.speaking.started) / 1000;
  const over = state.speaking.limit && elapsed > state.speaking.limit;
  $("timer-value").textContent = clock(elapsed) + (over ? ` — ${S.time_up}` : "");
  $("timer").classList.toggle("over", Boolean(over));
}

function optionLabel(motion, key) {
  const option = motion.options.find((o) => o.key === key);
  return option ? pick(option.label) : key;
}

function renderVote() {
  const motion = state.motion;
  $("vote").hidden = !motion;
  if (!motion) return;
  $("vote-question").textContent = pick(motion.question);
  $("vote-kind").textContent = `${motion.secret ? S.secret : S.named} · ${motion.state === "open" ? S.vote_open : motion.state === "closed" ? S.vote_closed : S.draft}`;
  const me = state.me;
  const box = $("vote-options");
  box.replaceChildren();
  $("proxy-options").replaceChildren();
  const open = motion.state === "open";
  if (me.can_vote && open && !motion.secret) { // ballots (#14): secret votes in ballot.js
    const voted = me.voted.includes(me.id) || me.proxy_given.length > 0;
    for (const o of motion.options) {
      const b = el("button", { type: "button", class: "vote-button", "data-option": o.key, text: pick(o.label),
        on: { click: () => vote(motion, o.key, null) } });
      b.disabled = voted;
      if (choices.get(`${motion.id}:${me.id}`) === o.key) b.setAttribute("aria-pressed", "true");
      box.append(b);
    }
    if (motion.allow_proxy) {
      for (const p of me.proxy_held) {
        const group = el("div", { role: "group", "aria-label": fmt(S.vote_for, { name: p.name }) },
          el("p", { text: fmt(S.vote_for, { name: p.name }) }));
        for (const o of motion.options) {
          const b = el("button", { type: "button", class: "vote-button", "data-for": p.id, text: pick(o.label),
            "aria-label": `${fmt(S.vote_for, { name: p.name })}: ${pick(o.label)}`,
            on: { click: () => vote(motion, o.key, p) } });
          b.disabled = me.voted.includes(p.id);
          if (choices.get(`${motion.id}:${p.id}`) === o.key) b.setAttribute("aria-pressed", "true");
          group.append(b);
        }
        $("proxy-options").append(group);
      }
    }
  }
  if (!open) $("vote-ack").textContent = "";
  renderCount();
  renderResult();
}

function vote(motion, key, forWhom) {
  const id = crypto.randomUUID ? crypto.randomUUID() : uuid4();
  const label = optionLabel(motion, key);
  pending.set(id, { motion: motion.id, option: key, for: forWhom ? forWhom.id : null, forName: forWhom ? forWhom.name : "", label });
  for (const b of document.querySelectorAll(forWhom ? `[data-for="${forWhom.id}"]` : ".vote-options .vote-button")) b.disabled = true;
  $("vote-ack").textContent = S.sending;
  send({ a: "vote", motion: motion.id, option: key, vote_id: id, for: forWhom ? forWhom.id : null });
}

function uuid4() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function renderCount() {
  const motion = state.motion;
  if (!motion || motion.state === "draft") { $("vote-count").textContent = ""; return; }
  $("vote-count").textContent = motion.eligible
    ? fmt(S.cast, { cast: motion.cast, eligible: motion.eligible })
    : fmt(S.cast_short, { cast: motion.cast });
}

function renderResult() {
  const box = $("vote-result");
  const motion = state.motion;
  if (!motion || motion.state !== "closed" || !motion.result) { box.replaceChildren(); return; }
  const r = motion.result;
  let verdict;
  if (r.quorum_reached === false) verdict = S.no_quorum;
  else if (motion.kind === "choice") verdict = r.winner ? fmt(S.elected, { option: optionLabel(motion, r.winner) }) : S.rejected;
  else verdict = r.adopted ? S.adopted : S.rejected;
  const parts = [el("p", { class: "verdict", id: "verdict", text: verdict })];
  if (r.unanimous) parts.push(el("p", { class: "unanimous", id: "unanimous", text: S.unanimous }));
  const body = el("tbody");
  for (const o of motion.options) {
    body.append(el("tr", {}, el("th", { scope: "row", text: pick(o.label) }), el("td", { text: String(r.counts[o.key] || 0) })));
  }
  parts.push(el("table", { class: "result-table" }, body));
  if (r.named) {
    const list = el("ul", { class: "named" });
    for (const v of r.named) list.append(el("li", { text: `${v.name}: ${optionLabel(motion, v.option)}` }));
    parts.push(list);
  }
  box.replaceChildren(...parts);
}

function roleName(role) {
  return S.roles[role] || role;
}

function renderPresence() {
  const p = state.presence || {};
  const byRole = Object.keys(S.roles).filter((r) => p[r]).map((r) => `${roleName(r)}: ${p[r]}`);
  $("presence-counts").textContent = fmt(S.present, { n: p.total || 0 }) + (byRole.length ? ` (${byRole.join("; ")})` : "");
}

function renderPresenceList(people) {
  const list = $("presence-list");
  list.replaceChildren(...people.map((p) => el("li", { text: `${p.name} (${p.roles.map(roleName).join(", ")})` })));
  const select = $("proxy-holder");
  if (select) {
    const keep = select.value;
    select.replaceChildren(el("option", { value: "", text: "—" }));
    for (const p of people) {
      if (p.id !== state.me.id && p.roles.includes("delegate")) select.append(el("option", { value: p.id, text: p.name }));
    }
    select.value = keep;
  }
}

function renderProxy() {
  if (!$("proxy-state")) return;
  const given = state.me.proxy_given[0];
  $("proxy-state").textContent = given ? fmt(S.proxy_given, { name: given.name }) : "";
}

let currentVideo = "";
function renderScreening() {
  const s = state.screening;
  $("screening").hidden = !s;
  const video = $("screening-video");
  if (!s) { if (currentVideo) { video.pause(); video.removeAttribute("src"); currentVideo = ""; } return; }
  $("screening-title").textContent = pick(s.title);
  if (currentVideo !== s.url) { video.src = s.url; currentVideo = s.url; }
  syncVideo();
}

function syncVideo() {
  const s = state && state.screening;
  const video = $("screening-video");
  if (!s || !video.src) return;
  const target = s.position + (s.playing ? (Date.now() + clockOffset - s.at) / 1000 : 0);
  if (Math.abs(video.currentTime - target) > 1 && video.readyState > 0) video.currentTime = target;
  if (s.playing && video.paused) {
    video.play().then(() => { $("screening-join").hidden = true; }).catch(() => { $("screening-join").hidden = false; });
  } else if (!s.playing && !video.paused) {
    video.pause();
  }
}

function renderChair() {
  const select = $("chair-item");
  const keep = select.value || (state.item ? String(state.item.id) : "");
  select.replaceChildren(...state.agenda.map((i) => el("option", { value: i.id, text: pick(i.title) || i.kind })));
  if (keep) select.value = keep;
  const list = $("chair-motions");
  list.replaceChildren();
  for (const m of state.me.motions || []) {
    const live = state.motion && state.motion.id === m.id ? state.motion.state : m.state;
    const li = el("li", {}, `${pick(m.question)} (${S[live] || live}) `);
    if (live === "draft") li.append(el("button", { type: "button", class: "open-vote", text: S.open_vote, "aria-label": `${S.open_vote}: ${pick(m.question)}`, on: { click: () => send({ a: "vote_open", motion: m.id, tellers: chosenTellers() }) } }));
    if (live === "open") li.append(el("button", { type: "button", class: "close-vote", text: S.close_vote, "aria-label": `${S.close_vote}: ${pick(m.question)}`, on: { click: () => send({ a: "vote_close", motion: m.id }) } }));
    list.append(li);
  }
}

// ballots (#14): a secret vote's tellers, picked by the chair (assembly/_ballot_tellers.html)
function chosenTellers() {
  return [...document.querySelectorAll("#ballot-tellers option:checked")].map((o) => Number(o.value));
}
document.addEventListener("room:send", (event) => send(event.detail));

// --- controls --------------------------------------------------------------------------

function on(id, fn) { const node = $(id); if (node) node.addEventListener("click", fn); }
on("ask-floor", () => send({ a: "floor" }));
on("point-of-order", () => send({ a: "floor", point_of_order: true }));
on("withdraw", () => send({ a: "withdraw" }));
on("proxy-give", () => { const holder = $("proxy-holder").value; if (holder) send({ a: "proxy_give", holder: Number(holder) }); });
on("proxy-revoke", () => send({ a: "proxy_revoke" }));
on("screening-join", () => { $("screening-video").play().then(() => { $("screening-join").hidden = true; }); });
const details = $("presence-details");
if (details) details.addEventListener("toggle", () => { if (details.open) send({ a: "presence_list" }); });
const proxySelect = $("proxy-holder");
if (proxySelect) proxySelect.addEventListener("focus", () => send({ a: "presence_list" }));
if (isChair) {
  on("chair-item-set", () => send({ a: "item", item: Number($("chair-item").value) }));
  on("chair-next", () => send({ a: "speaker_start" }));
  on("chair-end", () => send({ a: "speaker_end" }));
  on("screening-start", () => {
    const url = $("screening-url").value.trim();
    send(url ? { a: "screening_start", url } : { a: "screening_start", item: state.item && state.item.id });
  });
  for (const b of document.querySelectorAll("[data-screening]")) {
    b.addEventListener("click", () => send({ a: "screening", action: b.dataset.screening, position: Number($("screening-seek").value || 0) }));
  }
  $("motion-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const options = $("motion-options").value.split("\n").map((s) => s.trim()).filter(Boolean);
    send({ a: "motion_create", question: $("motion-question").value, language: config.language, options,
      secret: $("motion-secret").checked, allow_proxy: $("motion-proxy").checked,
      majority: $("motion-majority").value, quorum: Number($("motion-quorum").value) || null });
    event.target.reset();
  });
}

setInterval(() => { tick(); syncVideo(); }, 1000);
connect();
