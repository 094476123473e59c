// Test vectors between the browser's protocol and the server's (run by the Python suite):
//   node assets/vectors.mjs make          a vote made here: keys, ballots, tally, decryptions
//   node assets/vectors.mjs verify FILE   check a vote made in Python the same way
import { readFileSync } from "node:fs";
import * as P from "./ballot_protocol.mjs";

const KEYS = ["yes", "no", "abstain"];

function make() {
  const id = "congress/7/js";
  const tellers = ["101", "102"].map((tid) => ({ id: tid, ...P.makeKeyShare(id, tid) }));
  const publicKey = P.jointKey(tellers.map((t) => t.share.public));
  const e = P.election({ id, public_key: publicKey, options: KEYS, min: 1, max: 1 });
  const votes = [["1", [1, 0, 0]], ["2", [0, 0, 1]], ["3", [1, 0, 0]]];
  const ballots = votes.map(([voter, choices]) => ({ voter, ballot: P.encryptBallot(e, voter, choices) }));
  const totals = tally(ballots.map((b) => b.ballot));
  return {
    election: { id, public_key: publicKey, options: KEYS, min: 1, max: 1, hash: e.hash,
      tellers: tellers.map((t) => ({ id: t.id, ...t.share })) },
    secrets: Object.fromEntries(tellers.map((t) => [t.id, t.secret])),
    ballots: ballots.map((b) => ({ ...b, tracker: P.tracker(b.ballot) })),
    tally: totals,
    decryptions: tellers.map((t) => ({ teller: t.id, shares: P.partialDecrypt(e, t.id, t.secret, totals) })),
    result: { counts: { yes: 2, no: 0, abstain: 1 } },
  };
}

function tally(ballots) {
  // Only for the vector: the server adds ciphertexts with libsodium.
  return KEYS.map((_k, n) => {
    let a = null;
    let b = null;
    for (const ballot of ballots) {
      const cell = ballot.choices[n];
      a = a ? a.add(P.point(cell.a, "a")) : P.point(cell.a, "a");
      b = b ? b.add(P.point(cell.b, "b")) : P.point(cell.b, "b");
    }
    return { a: Buffer.from(a.toBytes()).toString("hex"), b: Buffer.from(b.toBytes()).toString("hex") };
  });
}

function verify(record) {
  const e = P.election(record.election);
  if (e.hash !== record.election.hash) throw new P.Invalid("wrong_vote", "hash");
  const publics = {};
  for (const t of record.election.tellers) publics[t.id] = P.verifyKeyShare(e.id, t.id, t);
  if (P.jointKey(Object.values(publics).map((p) => Buffer.from(p.toBytes()).toString("hex"))) !== record.election.public_key) throw new P.Invalid("bad_key");
  const trackers = record.ballots.map((b) => P.verifyBallot(e, b.voter, b.ballot));
  const partials = record.decryptions.map((d) => P.verifyPartial(e, d.teller, record.election.tellers.find((t) => t.id === d.teller).public, record.tally, d.shares));
  const counts = P.combine(record.tally, partials, record.ballots.length);
  const refused = (record.bad || []).map((b) => { try { P.verifyBallot(e, b.voter, b.ballot); return "accepted"; } catch (err) { return err.code; } });
  return { ok: true, trackers, counts, refused };
}

const [mode, file] = process.argv.slice(2);
if (mode === "make") process.stdout.write(JSON.stringify(make()));
else if (mode === "verify") {
  try { process.stdout.write(JSON.stringify(verify(JSON.parse(readFileSync(file, "utf8"))))); }
  catch (err) { process.stdout.write(JSON.stringify({ ok: false, code: err.code || String(err) })); }
} else { console.error("usage: vectors.mjs make | verify FILE"); process.exit(2); }
