import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { stderrTail } from "../../src/codex/stderr-tail.js";

const TOKEN = `ghp_${"k3Xq9Lm2Vb7Rt5Wz8Np4Hs6Dj1Fg0Ya2Ce4Ui7"}`.slice(0, 40);
/** True when any 8-character run of `secret` is still in `text`. */
const leaks = (text: string, secret: string) => Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8)).some((p) => text.includes(p));

async function feed(chunks: string[], lines = 20): Promise<string> {
  const stream = new PassThrough();
  const tail = stderrTail(stream, lines);
  for (const c of chunks) stream.write(Buffer.from(c));
  stream.end();
  await new Promise((r) => setImmediate(r));
  return tail();
}

describe("stderrTail", () => {
  it("redacts the lines it keeps", async () => {
    const out = await feed(["WARN retrying\n", `ERROR 401 for Authorization: Bearer ${TOKEN}\n`]);
    expect(out).toContain("ERROR 401");
    expect(leaks(out, TOKEN.slice(4))).toBe(false);
  });

  it("trims its buffer at a line boundary, so a token cut by the trim leaves no fragment", async () => {
    // The first chunk ends in a line whose token straddles the 16 KB the buffer keeps once it passes 32 KB.
    const filler = "x".repeat(16_384 - 20);
    const first = `${"n".repeat(100)}\nsecret line ${TOKEN} end\n${filler}\n`;
    const pad = "y".repeat(32_769 - first.length);
    const out = await feed([`${pad}${first}`, "last line\n"], 1000);
    expect(out).toContain("last line");
    expect(leaks(out, TOKEN.slice(4))).toBe(false);
  });

  it("keeps only the last non-blank lines", async () => {
    expect(await feed(["a\n\nb\nc\n"], 2)).toBe("b\nc");
  });
});
