// The final pass (src/redact/whole-markers.ts): every marker redact() writes is whole, whatever the input holds.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { MARKER_KINDS } from "../../src/redact/marker-kinds.js";
import { Tally } from "../../src/redact/values.js";
import { wholeMarkers } from "../../src/redact/whole-markers.js";
import { loadPart } from "../bench/redact-score.js";

const PREFIX = "[REDACTED:";
const guard = (input: string, output: string) => wholeMarkers(input, output, new Tally());

/** Each `[REDACTED:` of `text` that does not begin a whole marker naming one of our kinds. */
function brokenMarkers(text: string): string[] {
  const broken: string[] = [];
  for (let at = text.indexOf(PREFIX); at !== -1; at = text.indexOf(PREFIX, at + 1)) {
    const kind = /^\[REDACTED:([\w-]{1,40})\]/.exec(text.slice(at, at + 60))?.[1];
    if (kind === undefined || !MARKER_KINDS.has(kind)) broken.push(text.slice(at, at + 40));
  }
  return broken;
}

/** Seeded generator (mulberry32), so a failing mix can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

describe("whole markers: the broken outputs behind three past fixes", () => {
  it("a -u user already cut, read as user:password on a second pass", () => {
    const out = guard("docker login -u [REDACTED:secret] -p [REDACTED:secret] swr.example", "docker login -u [REDACTED:[REDACTED:password] -p [REDACTED:secret] swr.example");
    expect(out).toBe("docker login -u [REDACTED:password] -p [REDACTED:secret] swr.example");
  });

  it("a DENO_AUTH_TOKENS entry the GitHub rule cut, whose marker's colon read as user:", () => {
    const input = "DENO_AUTH_TOKENS=ghp_ChWguhOtDtQSmfcDYPnOEs7l9Q4bh7Bscj57@raw.githubusercontent.com;JlyAL052mSvm8tASNPgOBDzXcb65@deno.example\n";
    const out = guard(input, "DENO_AUTH_TOKENS=[REDACTED:[REDACTED:password]@raw.githubusercontent.com;[REDACTED:password]@deno.example\n");
    expect(out).toBe("DENO_AUTH_TOKENS=[REDACTED:password]@raw.githubusercontent.com;[REDACTED:password]@deno.example\n");
  });

  it("a Postfix relay-map line whose SES key id was cut, then read as the user", () => {
    const input = "[email-smtp.eu-west-1.amazonaws.com]:587 AKIANUNDI2BFCL4USA95:5yfH+6ROqr6pwgyoJSoDk7Ek2Y6MsrkcHA8mpABb1llN\n";
    const out = guard(input, "[email-smtp.eu-west-1.amazonaws.com]:587 [REDACTED:[REDACTED:password]\n");
    expect(out).toBe("[email-smtp.eu-west-1.amazonaws.com]:587 [REDACTED:password]\n");
  });

  it("the same three through redact(): whole markers, no secret left, a second pass changes nothing", () => {
    const texts: [string, string][] = [
      ["docker login -u cn-north-4@QK7VXWMZ2RPN4TLA8CDE -p 81664941996922753c75054e9ee943311ff2fd7d3cfa2fdd18af4fb01f0ef0ea swr.example", "81664941996922753c"],
      ["DENO_AUTH_TOKENS=ghp_ChWguhOtDtQSmfcDYPnOEs7l9Q4bh7Bscj57@raw.githubusercontent.com;JlyAL052mSvm8tASNPgOBDzXcb65@deno.example\n", "JlyAL052mSvm8tASNPg"],
      ["[email-smtp.eu-west-1.amazonaws.com]:587 AKIANUNDI2BFCL4USA95:5yfH+6ROqr6pwgyoJSoDk7Ek2Y6MsrkcHA8mpABb1llN\n", "5yfH+6ROqr6pwgyo"],
    ];
    for (const [text, secret] of texts) {
      const once = redact(text).text;
      expect(brokenMarkers(once)).toEqual([]);
      expect(once).not.toContain(secret);
      expect(redact(once).text).toBe(once);
    }
  });
});

describe("whole markers: kinds", () => {
  it("every kind a rule cuts as on the tuning corpus is one the final pass knows (else its markers read as fakes)", () => {
    const part = loadPart("tune");
    const unknown = new Set<string>();
    for (const c of [...part.secrets, ...part.ordinary]) for (const k of Object.keys(redact(c.text).kinds)) if (!MARKER_KINDS.has(k)) unknown.add(k);
    expect([...unknown]).toEqual([]);
  });
});

describe("whole markers: the input's own marker text", () => {
  it("keeps a program's marker literals and whole markers pasted from an earlier run", () => {
    for (const text of ['const MARKER_PREFIX = "[REDACTED:";', "/\\[REDACTED:[\\w-]{1,40}\\]/", "`[REDACTED:${kind}]`", 'password: "[REDACTED:password]"']) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("cuts a value dressed as a marker of no kind of ours", () => {
    const r = redact("pw=[REDACTED:Zx9kQ2mWp4rTyA8vB3nC]");
    expect(r.text).toBe("pw=[REDACTED:secret]");
    expect(r.count).toBe(1);
  });

  it("re-cuts a fragment pasted in front of a secret into one marker with it", () => {
    expect(redact("token: [REDACTED:ghp_ChWguhOtDtQSmfcDYPnOEs7l9Q4bh7Bscj57").text).toBe("token: [REDACTED:github-token]");
  });

  it("a fragment that can only be ours (the input held none) is never left broken", () => {
    expect(guard("a=b", "a=[REDACTED:pass word")).toBe("a=[REDACTED:secret] word");
    expect(guard("a=[REDACTED:", "a=[REDACTED: word")).toBe("a=[REDACTED: word");
  });
});

describe("whole markers: seeded random mixes of secrets, markers, fragments and separators", () => {
  const secretsOf = (rnd: () => number) => {
    const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
    return [
      `ghp_${pick(ALNUM, 36)}`,
      `AKIA${pick(UPPER, 16)}`,
      `xoxb-${pick("0123456789", 11)}-${pick("0123456789", 13)}-${pick(ALNUM, 24)}`,
      `sk-ant-api03-${pick(ALNUM, 93)}AA`,
      `glpat-${pick(ALNUM, 20)}`,
    ];
  };
  const FRAGMENTS = ["[REDACTED:", "[REDACTED:password]", "[REDACTED:github-token]", "[REDACTED:[REDACTED:secret]", "[REDACTED:abc", "[REDACTED:x]", "]", "REDACTED", "-u ", "password=", "DENO_AUTH_TOKENS=", "[smtp.example.com]:587 "];
  const SEPARATORS = [":", "@", "=", "/", '"', "'", " ", "\n", ";", ""];

  it("every marker is whole or the input's own fragment, no secret survives, a second pass changes nothing", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const rnd = random(seed);
      const secrets = secretsOf(rnd);
      const used: string[] = [];
      let text = "";
      for (let n = 0; n < 12; n++) {
        const r = rnd();
        if (r < 0.35) {
          const s = secrets[Math.floor(rnd() * secrets.length)]!;
          used.push(s);
          // A fixed-format token is found between boundaries, which is how it appears in real text.
          const boundary = () => " :@=/\"'\n"[Math.floor(rnd() * 8)];
          text += `${boundary()}${s}${boundary()}`;
        } else if (r < 0.75) {
          text += FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)];
        } else {
          text += SEPARATORS[Math.floor(rnd() * SEPARATORS.length)];
        }
      }
      const once = redact(text).text;
      const context = `seed ${seed}: ${JSON.stringify(text)} → ${JSON.stringify(once)}`;
      for (const s of used) expect(once, context).not.toContain(s.slice(4, 20));
      expect(once, context).not.toMatch(/\[REDACTED:[\w-]*\[REDACTED:/);
      if (!text.includes(PREFIX)) expect(brokenMarkers(once), context).toEqual([]);
      for (const b of brokenMarkers(once)) expect(b, context).toMatch(/^\[REDACTED:(?=([\w-]*))\1(?!\]|\[REDACTED:)/);
      expect(redact(once).text, context).toBe(once);
    }
  });
});
