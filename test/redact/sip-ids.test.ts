// SIP transaction and dialog ids kept in a SIP message's headers (src/redact/sip-ids.ts); credentials beside them,
// glued to them or in the same positions outside SIP's grammar still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const BRANCH = "z9hG4bK3e7f23ea2d570b479ab42b91";
const TAG = "a73kszlfl9x82q4d";
const SECRET = "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3A";
const invite = (via: string, extra = "") =>
  `INVITE sip:+493029127919@sip.carrier.example SIP/2.0\nVia: SIP/2.0/UDP 10.40.0.12:5060;rport;branch=${via}\nFrom: "Desk" <sip:desk@pbx.example>;tag=${TAG}\nTo: <sip:+493029127919@sip.carrier.example>\nCall-ID: c00957cd368d230e4302e262c3afe062@10.40.0.12\nCSeq: 102 INVITE${extra}`;

const kept: [string, string][] = [
  ["an INVITE's Via branch and From tag", invite(BRANCH)],
  ["the same in a diff", invite(BRANCH).split("\n").map((l) => `+${l}`).join("\n")],
  ["a 200 OK's compact headers", `SIP/2.0 200 OK\nv: SIP/2.0/TCP 10.0.0.5:5060;branch=${BRANCH}\nt: <sip:a@b.example>;tag=${TAG}`],
];

const redacted: [string, string, string][] = [
  ["a digest password in the same message", invite(BRANCH, `\nAuthorization: Digest username="desk", password="${SECRET}"`), SECRET],
  ["a token glued to the branch", invite(`${BRANCH}&token=${SECRET}`), SECRET],
  ["a branch-named value outside a Via header", `config: branch=z9hG4bK${SECRET} token=${SECRET}`, SECRET],
  ["a GitHub token as a From tag", invite(BRANCH).replace(`tag=${TAG}`, "tag=ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"), "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["a Stripe key after the branch's cookie", invite("z9hG4bKsk_live_51HxQ7mK2xLp9RtV4bN8cW3zY6h"), "sk_live_51HxQ7mK2xLp9RtV4bN8cW3zY6h"],
  ["a tag in a From line of a text that is no SIP message", `From: ops;tag=${SECRET}\nsecret=${SECRET}`, SECRET],
];

describe("SIP transaction and dialog ids stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets beside or glued to them still go", () => {
  for (const [name, text, secret] of redacted) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    });
  }
});

describe("linear on 1 MB of near-headers", () => {
  const inputs = {
    "Via lines": fill(`Via: SIP/2.0/UDP h;x;branch=${BRANCH}\n`),
    "parameters without a branch": `SIP/2.0 200 OK\nVia: SIP/2.0/UDP h${fill(";a=b")}`,
    "From lines": `SIP/2.0 200 OK\n${fill(`From: x;tag=${TAG}\n`)}`,
    "one long line of t:": fill("t: ;;"),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      const t0 = performance.now();
      expect(redact(text).text.length).toBeGreaterThan(MB / 2);
      expect(performance.now() - t0).toBeLessThan(10_000);
    });
  }
});
