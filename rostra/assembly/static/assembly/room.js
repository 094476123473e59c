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

// A button that cannot be used now is disabled and says why (in the element its
// aria-describedby names, so a screen reader reads the reason with the button).
function able(id, enabled, reason) {
  const node = $(id);
  if (!node) return;
  node.disabled = !enabled;
  const why = $(`${id}-why`) || $(node.getAttribute("aria-describedby") || "");
  if (why) why.textContent = enabled ? "" : reason || "";
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
    case "not_voted":
      renderNotVoted(m);
      break;
    case "named_list": {
      namedVotes.set(m.motion, m.votes);
      const list = document.querySelector("#vote-result .named");
      if (list && state.motion && state.motion.id === m.motion) fillNamed(list, state.motion, m.votes);
      break;
    }
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
  renderFloor();
  if (isChair) renderChair();
}

function renderItem() {
  $("now-item").textContent = state.item ? pick(state.item.title) : S.no_item;
}

function renderSpeakers() {
  const list = $("speakers");
  list.replaceChildren();
  for (const [i, s] of state.speakers.entries()) {
    const name = pick(s.name);
    const li = el("li", {}, name);
    if (s.point_of_order) li.append(" ", el("span", { class: "por", text: `(${S.point_of_order})` }));
    if (isChair) {
      li.append(" ", el("button", { type: "button", class: "small", text: S.give_floor, "aria-label": `${S.give_floor}: ${name}`,
        on: { click: () => send({ a: "speaker_start", entry: s.id }) } }));
      if (i > 0) {
        li.append(el("button", { type: "button", class: "small", text: S.move_up, "aria-label": `${S.move_up}: ${name}`,
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
    $("speaking-name").textContent = fmt(S.speaking, { name: pick(speaking.name) });
    $("timer-limit").textContent = speaking.limit ? ` / ${clock(speaking.limit)}` : "";
  }
  renderSpoken();
  tick();
}

function renderSpoken() {
  const spoken = state.spoken || [];
  $("spoken-box").hidden = spoken.length === 0;
  $("spoken").replaceChildren(...spoken.map((p) => el("tr", {},
    el("th", { scope: "row", text: pick(p.name) }),
    el("td", { text: p.speeches.map(clock).join(", ") }),
    el("td", { class: "total", text: clock(p.total) }))));
}

// Who may ask to speak, withdraw: the buttons say why not.
function renderFloor() {
  if (!$("ask-floor")) return;
  const listed = state.speakers.some((s) => s.participant === state.me.id) || (state.speaking && state.speaking.participant === state.me.id);
  const reason = !state.item ? S.why_no_item : listed ? S.why_listed : "";
  able("ask-floor", !reason, reason);
  $("point-of-order").disabled = Boolean(reason);
  const waiting = state.speakers.some((s) => s.participant === state.me.id);
  able("withdraw", waiting, S.why_not_listed);
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
  $("vote-why").textContent = "";
  if (me.can_vote && open && !motion.secret) { // ballots (#14): secret votes in ballot.js
    const given = me.proxy_given.length > 0;
    const voted = me.voted.includes(me.id) || given;
    $("vote-why").textContent = given ? fmt(S.proxy_given, { name: pick(me.proxy_given[0].name) }) : me.voted.includes(me.id) ? S.why_voted : "";
    for (const o of motion.options) {
      const b = el("button", { type: "button", class: "vote-button", "data-option": o.key, text: pick(o.label),
        on: { click: () => vote(motion, o.key, null) } });
      b.disabled = voted;
      if (choices.get(`${motion.id}:${me.id}`) === o.key) b.setAttribute("aria-pressed", "true");
      box.append(b);
    }
    if (motion.allow_proxy) {
      for (const p of me.proxy_held) {
        const pname = pick(p.name);
        const group = el("div", { role: "group", "aria-label": fmt(S.vote_for, { name: pname }) },
          el("p", { text: fmt(S.vote_for, { name: pname }) }));
        for (const o of motion.options) {
          const b = el("button", { type: "button", class: "vote-button", "data-option": o.key, "data-for": p.id, text: pick(o.label),
            "aria-label": `${fmt(S.vote_for, { name: pname })}: ${pick(o.label)}`,
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
  // A separate script (ballot.js, secret ballots) may take over #vote-options from here.
  document.dispatchEvent(new CustomEvent("room:vote-rendered", { detail: { motion, me: state.me } }));
}

function vote(motion, key, forWhom) {
  const id = crypto.randomUUID ? crypto.randomUUID() : uuid4();
  const label = optionLabel(motion, key);
  pending.set(id, { motion: motion.id, option: key, for: forWhom ? forWhom.id : null, forName: forWhom ? pick(forWhom.name) : "", label });
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
  // The same picture as the minutes' (events/includes/motion_result.html, motion_result.css).
  const caption = el("figcaption", { class: "motion-result-verdict", id: "verdict", text: verdict });
  if (r.unanimous) caption.append(" ", el("span", { class: "motion-result-unanimous", id: "unanimous", text: S.unanimous }));
  const bars = el("ul", { class: "motion-result-bars" });
  const leading = r.winner || (motion.kind === "yes_no" && r.adopted ? "yes" : "");
  for (const o of motion.options) {
    const count = r.counts[o.key] || 0;
    const share = (r.percent && r.percent[o.key]) || 0;
    const classes = ["motion-result-bar", o.key === leading ? "is-leading" : "", o.key === "abstain" ? "is-abstain" : ""].filter(Boolean).join(" ");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("class", "motion-result-track");
    svg.setAttribute("viewBox", "0 0 100 10");
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("aria-hidden", "true");
    const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("class", "motion-result-fill");
    rect.setAttribute("height", "10");
    rect.setAttribute("width", String(share));
    svg.append(rect);
    bars.append(el("li", { class: classes }, el("span", { class: "motion-result-label", text: pick(o.label) }), svg,
      el("span", { class: "motion-result-figure", text: fmt(S.share, { n: count, p: share.toLocaleString(config.language) }) })));
  }
  const rule = S.majorities[motion.majority] || motion.majority;
  const of = motion.majority === "absolute" ? fmt(S.of_eligible, { n: motion.eligible || r.cast }) : fmt(S.of_decisive, { n: r.decisive });
  const figure = el("figure", { class: `motion-result ${r.adopted ? "is-adopted" : "is-rejected"}` }, caption, bars,
    el("p", { class: "motion-result-rule", id: "result-rule", text: `${rule.charAt(0).toUpperCase()}${rule.slice(1)} · ${fmt(S.needed, { n: r.needed, of })}` }));
  const parts = [figure];
  if (!motion.secret) {
    // Who voted how: asked for when the box is opened (in a crowd it is too long to send to
    // everyone with the result), kept per motion while the room re-renders.
    const list = el("ul", { class: "named" });
    const named = el("details", { class: "named-box" }, el("summary", { text: S.named_list }), list);
    const known = namedVotes.get(motion.id);
    if (known) {
      named.open = true;
      fillNamed(list, motion, known);
    }
    named.addEventListener("toggle", () => {
      if (named.open && !namedVotes.has(motion.id)) send({ a: "named_list", motion: motion.id });
    });
    parts.push(named);
  }
  box.replaceChildren(...parts);
}

const namedVotes = new Map();

function fillNamed(list, motion, votes) {
  list.replaceChildren(...votes.map((v) => el("li", { text: `${pick(v.name)}: ${optionLabel(motion, v.option)}` })));
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
  list.replaceChildren(...people.map((p) => el("li", { text: `${pick(p.name)} (${p.roles.map(roleName).join(", ")})` })));
  const select = $("proxy-holder");
  if (select) {
    const keep = select.value;
    select.replaceChildren(el("option", { value: "", text: "—" }));
    for (const p of people) {
      if (p.id !== state.me.id && p.roles.includes("delegate")) select.append(el("option", { value: p.id, text: pick(p.name) }));
    }
    select.value = keep;
    renderProxy();
  }
}

function renderNotVoted(m) {
  const list = $("not-voted");
  if (!state.motion || state.motion.id !== m.motion) return;
  list.replaceChildren(...(m.people.length ? m.people.map((p) => el("li", { text: pick(p.name) })) : [el("li", { text: S.all_voted })]));
}

function renderProxy() {
  if (!$("proxy-state")) return;
  const given = state.me.proxy_given[0];
  $("proxy-state").textContent = given ? fmt(S.proxy_given, { name: pick(given.name) }) : "";
  able("proxy-give", !given && Boolean($("proxy-holder").value), given ? S.why_given : S.why_no_holder);
  $("proxy-revoke").disabled = !given;
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
  // The console: current item, speakers, vote, screening, each with what can be done now.
  $("console-item").textContent = state.item ? pick(state.item.title) : S.no_item;
  $("chair-open-meeting").hidden = Boolean(state.item) || state.agenda.length === 0;
  $("console-speaking").textContent = state.speaking ? fmt(S.speaking, { name: pick(state.speaking.name) }) : S.nobody_speaking;
  able("chair-next", state.speakers.length > 0, state.item ? S.errors.no_speaker : S.errors.no_item);
  able("chair-end", Boolean(state.speaking), S.why_no_speaker);
  const motion = state.motion;
  const actionsBox = $("console-vote-actions");
  actionsBox.replaceChildren();
  $("console-vote-why").textContent = "";
  if (motion) {
    $("console-vote").textContent = `${pick(motion.question)} · ${S[motion.state] || motion.state}`;
    if (motion.state === "open") {
      actionsBox.append(el("button", { type: "button", class: "primary close-vote", text: S.close_vote, "aria-label": `${S.close_vote}: ${pick(motion.question)}`, on: { click: () => send({ a: "vote_close", motion: motion.id }) } }));
    }
  } else {
    $("console-vote").textContent = S.no_vote;
  }
  const named = motion && motion.state === "open" && !motion.secret;
  $("chair-not-voted").hidden = !named;
  if (!named) $("not-voted").replaceChildren();
  const drafts = (state.me.motions || []).filter((m) => (state.motion && state.motion.id === m.id ? state.motion.state : m.state) === "draft");
  const voteOpen = Boolean(motion && motion.state === "open");
  if (!voteOpen && drafts.length) {
    const next = drafts.find((m) => state.item && m.item === state.item.id) || drafts[0];
    actionsBox.append(el("button", { type: "button", class: "primary open-vote", text: S.open_vote, "aria-label": `${S.open_vote}: ${pick(next.question)}`, on: { click: () => send({ a: "vote_open", motion: next.id, tellers: chosenTellers() }) } }));
  }
  if (!voteOpen && !drafts.length) $("console-vote-why").textContent = S.why_no_motion;
  const hasVideo = Boolean(state.item && state.item.has_video) || Boolean($("screening-url").value.trim());
  able("screening-start", hasVideo, S.errors.no_video);
  $("console-screening").textContent = state.screening ? pick(state.screening.title) || state.screening.url : S.nothing_shown;
  for (const b of document.querySelectorAll("[data-screening]")) b.disabled = !state.screening;
  const select = $("chair-item");
  const keep = select.value || (state.item ? String(state.item.id) : "");
  select.replaceChildren(...state.agenda.map((i) => el("option", { value: i.id, text: pick(i.title) || i.kind })));
  if (keep) select.value = keep;
  const list = $("chair-motions");
  list.replaceChildren();
  for (const m of state.me.motions || []) {
    const live = state.motion && state.motion.id === m.id ? state.motion.state : m.state;
    const li = el("li", {}, `${pick(m.question)} (${S[live] || live}) `);
    if (live === "draft") {
      const open = state.motion && state.motion.state === "open";
      const b = el("button", { type: "button", class: "small", text: S.open_vote, "aria-label": `${S.open_vote}: ${pick(m.question)}`, title: open ? S.errors.vote_open : "", on: { click: () => send({ a: "vote_open", motion: m.id, tellers: chosenTellers() }) } });
      b.disabled = Boolean(open);
      li.append(b);
    }
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
if (proxySelect) {
  proxySelect.addEventListener("focus", () => send({ a: "presence_list" }));
  proxySelect.addEventListener("change", () => { if (state) renderProxy(); });
}
if (isChair) {
  on("chair-item-set", () => send({ a: "item", item: Number($("chair-item").value) }));
  on("chair-open-meeting", () => send({ a: "open_meeting" }));
  on("chair-not-voted", () => { if (state.motion) send({ a: "not_voted", motion: state.motion.id }); });
  $("screening-url").addEventListener("input", () => { if (state) renderChair(); });
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
