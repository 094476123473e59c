// Rostra's secret-ballot protocol in the browser (docs/voting.md): the same protocol as
// rostra/events/voting/protocol.py, on @noble/curves (group operations) and @noble/hashes.
// No curve arithmetic here: points come from noble; scalars are reduced mod the group order.
// Test vectors cross between the two (rostra/events/tests/test_ballot_vectors.py).

import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";

export const VERSION = "rostra-vote-v1";
const Point = ed25519.Point;
const L = Point.Fn.ORDER;
const G = Point.BASE;
const ZERO = Point.ZERO;

export class Invalid extends Error {
  constructor(code, detail = "") {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
  }
}

const mod = (n) => ((n % L) + L) % L;
const leToInt = (bytes) => bytes.reduceRight((acc, b) => (acc << 8n) + BigInt(b), 0n);
export function scalarHex(n) {
  const out = new Uint8Array(32);
  let v = mod(n);
  for (let i = 0; i < 32; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  return bytesToHex(out);
}
export function randomScalar() {
  let s = 0n;
  while (s === 0n) s = mod(leToInt(crypto.getRandomValues(new Uint8Array(64))));
  return s;
}
const hex = (p) => bytesToHex(p.toBytes());
const timesG = (m) => (m === 0 ? ZERO : G.multiplyUnsafe(BigInt(m)));

export function point(text, what) {
  let p;
  try {
    p = Point.fromBytes(hexToBytes(String(text)));
  } catch {
    throw new Invalid("malformed", `${what} is not a valid group element`);
  }
  if (p.is0() || p.isSmallOrder() || !p.isTorsionFree()) throw new Invalid("malformed", `${what} is not a valid group element`);
  return p;
}

function scalarOf(text, what) {
  let bytes;
  try { bytes = hexToBytes(String(text)); } catch { throw new Invalid("malformed", `${what} is not hex`); }
  const n = leToInt(bytes);
  if (bytes.length !== 32 || n >= L) throw new Invalid("malformed", `${what} is not a reduced scalar`);
  return n;
}

export function challenge(label, context, voter, ...points) {
  const text = [VERSION, label, context, voter, ...points.map(hex)].join("|");
  return mod(leToInt(sha512(utf8ToBytes(text))));
}

export function electionHash(id, publicKeyHex, keys, lo, hi) {
  const text = JSON.stringify([VERSION, id, publicKeyHex, keys, lo, hi]);
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function election(data) {
  const e = { id: String(data.id), publicKey: point(data.public_key, "the public key"), keys: data.options.map(String), lo: Number(data.min), hi: Number(data.max) };
  e.hash = electionHash(e.id, data.public_key, e.keys, e.lo, e.hi);
  return e;
}

// --- tellers -------------------------------------------------------------------------------

export function makeKeyShare(electionId, teller) {
  const x = randomScalar();
  const y = G.multiply(x);
  const w = randomScalar();
  const a = G.multiply(w);
  const c = challenge("key", electionId, teller, y, a);
  return { secret: scalarHex(x), share: { public: hex(y), proof: { A: hex(a), s: scalarHex(w + c * x) } } };
}

export function verifyKeyShare(electionId, teller, share) {
  const y = point(share.public, "the public key share");
  const a = point(share.proof.A, "the key proof");
  const s = scalarOf(share.proof.s, "the key proof");
  const c = challenge("key", electionId, teller, y, a);
  if (!G.multiplyUnsafe(s).equals(a.add(y.multiplyUnsafe(c)))) throw new Invalid("bad_key_proof", `teller ${teller}`);
  return y;
}

export function jointKey(publics) {
  return hex(publics.map((h) => point(h, "a key share")).reduce((acc, p) => acc.add(p), ZERO));
}

// --- ballots -------------------------------------------------------------------------------

function proveIn(context, voter, y, a, b, r, m, allowed) {
  const w = randomScalar();
  const branches = [];
  const commitments = [];
  for (const value of allowed) {
    if (value === m) {
      branches.push(null);
      commitments.push(G.multiply(w), y.multiply(w));
    } else {
      const c = randomScalar();
      const s = randomScalar();
      const shifted = value ? b.subtract(timesG(value)) : b;
      branches.push({ c, s });
      commitments.push(G.multiply(s).subtract(a.multiplyUnsafe(c)), y.multiply(s).subtract(shifted.multiplyUnsafe(c)));
    }
  }
  const total = challenge("in", context, voter, a, b, ...commitments);
  const others = branches.reduce((acc, br) => acc + (br ? br.c : 0n), 0n);
  const j = allowed.indexOf(m);
  const cj = mod(total - others);
  branches[j] = { c: cj, s: mod(w + cj * r) };
  return branches.map((br, i) => ({ A: hex(commitments[2 * i]), B: hex(commitments[2 * i + 1]), c: scalarHex(br.c), s: scalarHex(br.s) }));
}

function verifyIn(context, voter, y, a, b, proof, allowed) {
  if (!Array.isArray(proof) || proof.length !== allowed.length) return false;
  const commitments = [];
  let total = 0n;
  try {
    for (const [i, value] of allowed.entries()) {
      const br = proof[i];
      const A = point(br.A, "a proof");
      const B = point(br.B, "a proof");
      const c = scalarOf(br.c, "a proof");
      const s = scalarOf(br.s, "a proof");
      const shifted = value ? b.subtract(timesG(value)) : b;
      if (!G.multiplyUnsafe(s).equals(A.add(a.multiplyUnsafe(c)))) return false;
      if (!y.multiplyUnsafe(s).equals(B.add(shifted.multiplyUnsafe(c)))) return false;
      commitments.push(A, B);
      total += c;
    }
  } catch {
    return false;
  }
  return mod(total) === challenge("in", context, voter, a, b, ...commitments);
}

function sumCells(cells) {
  let a = ZERO;
  let b = ZERO;
  for (const cell of cells) { a = a.add(Point.fromHex(cell.a)); b = b.add(Point.fromHex(cell.b)); }
  return [a, b];
}

export function encryptBallot(e, voter, choices) {
  const y = e.publicKey;
  const cells = [];
  let rSum = 0n;
  for (const m of choices) {
    const r = randomScalar();
    rSum += r;
    const a = G.multiply(r);
    const b = m ? y.multiply(r).add(timesG(m)) : y.multiply(r);
    cells.push({ a: hex(a), b: hex(b), proof: proveIn(e.hash, voter, y, a, b, r, m, [0, 1]) });
  }
  const [aSum, bSum] = sumCells(cells);
  const allowed = [];
  for (let v = e.lo; v <= e.hi; v++) allowed.push(v);
  const total = choices.reduce((x, m) => x + m, 0);
  return { election: e.hash, voter, choices: cells, overall: proveIn(e.hash, voter, y, aSum, bSum, mod(rSum), total, allowed) };
}

export function verifyBallot(e, voter, ballot) {
  if (!ballot || typeof ballot !== "object") throw new Invalid("malformed", "a ballot is an object");
  if (ballot.election !== e.hash) throw new Invalid("wrong_vote", "the ballot was made for another vote");
  if (String(ballot.voter) !== voter) throw new Invalid("wrong_voter", "the ballot was made for another voter");
  if (!Array.isArray(ballot.choices) || ballot.choices.length !== e.keys.length) throw new Invalid("malformed", "one encrypted cell per option is needed");
  for (const [n, cell] of ballot.choices.entries()) {
    const a = point(cell.a, `cell ${n}`);
    const b = point(cell.b, `cell ${n}`);
    if (!verifyIn(e.hash, voter, e.publicKey, a, b, cell.proof, [0, 1])) throw new Invalid("not_zero_or_one", `cell ${n} is not proven to hold 0 or 1`);
  }
  const [aSum, bSum] = sumCells(ballot.choices);
  const allowed = [];
  for (let v = e.lo; v <= e.hi; v++) allowed.push(v);
  if (!verifyIn(e.hash, voter, e.publicKey, aSum, bSum, ballot.overall, allowed)) throw new Invalid("wrong_number", "the ballot is not proven to hold the allowed number");
  return tracker(ballot);
}

export function tracker(ballot) {
  const text = ballot.choices.map((c) => `${c.a}:${c.b}`).join("|");
  const digest = bytesToHex(sha256(utf8ToBytes(`${VERSION}|tracker|${ballot.election}|${text}`)));
  return [0, 4, 8, 12].map((i) => digest.slice(i, i + 4)).join("-");
}

// --- decryption of the tally ----------------------------------------------------------------

export function partialDecrypt(e, teller, secretHex, totals) {
  const x = leToInt(hexToBytes(secretHex));
  const y = G.multiply(x);
  return totals.map((t) => {
    const a = Point.fromHex(t.a);
    if (a.is0()) return { D: hex(ZERO), proof: null };
    const d = a.multiply(x);
    const w = randomScalar();
    const t1 = G.multiply(w);
    const t2 = a.multiply(w);
    const c = challenge("decrypt", e.hash, teller, y, a, d, t1, t2);
    return { D: hex(d), proof: { T1: hex(t1), T2: hex(t2), s: scalarHex(w + c * x) } };
  });
}

export function verifyPartial(e, teller, publicHex, totals, shares) {
  const y = point(publicHex, "a key share");
  if (!Array.isArray(shares) || shares.length !== totals.length) throw new Invalid("malformed", `teller ${teller}`);
  return totals.map((t, n) => {
    const a = Point.fromHex(t.a);
    const share = shares[n];
    if (a.is0()) {
      if (share.D !== hex(ZERO)) throw new Invalid("bad_decryption", `teller ${teller}, option ${n}`);
      return ZERO;
    }
    const d = point(share.D, "a decryption share");
    const t1 = point(share.proof.T1, "a decryption proof");
    const t2 = point(share.proof.T2, "a decryption proof");
    const s = scalarOf(share.proof.s, "a decryption proof");
    const c = challenge("decrypt", e.hash, teller, y, a, d, t1, t2);
    const ok = G.multiplyUnsafe(s).equals(t1.add(y.multiplyUnsafe(c))) && a.multiplyUnsafe(s).equals(t2.add(d.multiplyUnsafe(c)));
    if (!ok) throw new Invalid("bad_decryption", `teller ${teller}: the proof for option ${n} fails`);
    return d;
  });
}

export function combine(totals, partials, most) {
  return totals.map((t, n) => {
    let value = Point.fromHex(t.b);
    for (const shares of partials) value = value.subtract(shares[n]);
    let current = ZERO;
    for (let m = 0; m <= most; m++) {
      if (current.equals(value)) return m;
      current = current.add(G);
    }
    throw new Invalid("no_count", `option ${n}`);
  });
}
