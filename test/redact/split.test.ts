// Secrets split across literals and joined by a call (src/redact/split.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

describe("redact: pieces joined by a call", () => {
  it("Python's \"\".join([...]) with the pieces on lines of their own, in a file and a diff", () => {
    const file = 'TOKEN = "".join([\n    "6c8bfecb300a02b7",\n    "b7f23f3e6a2852ea",\n    "3d056884954dd6d4",\n])';
    const out = redact(file).text;
    for (const p of ["6c8bfecb300a02b7", "b7f23f3e6a2852ea", "3d056884954dd6d4"]) expect(out).not.toContain(p);
    const diff = ' TOKEN = "".join([\n+    "d5596ada1c2bfabd",\n+    "e4adca7e252179d2",\n ])';
    expect(redact(diff).text).not.toContain("d5596ada1c2bfabd");
  });

  it("Go's fmt.Sprintf of nothing but %s", () => {
    const out = redact('var dbPass = fmt.Sprintf("%s%s", "hxD!3etDrE", "mu_W_D039l")').text;
    expect(out).not.toContain("hxD!3etDrE");
    expect(out).not.toContain("mu_W_D039l");
  });

  it("keeps formats with text and joins of words", () => {
    const text = 'msg := fmt.Sprintf("%s: %s", "error", "not found")\nlabel = "".join([\n    "hello",\n    "world",\n])\nname := fmt.Sprintf("%s%s", "user", "name")';
    expect(redact(text).text).toBe(text);
  });

  it("never joins a removed diff line's literal with the added line's: they are two versions, not one expression", () => {
    const old = "a0fde71e84a939f91af0c5c84d631ee2";
    const now = "ef6c00d79ec7e172a0b9b78a5e594f1c";
    const diff = ` {\n   "appid": "wx9b70cbfb14f892f5",\n-  "appsecret": "${old}"\n+  "appsecret": "${now}"\n }`;
    const out = redact(diff).text;
    expect(out).toBe(' {\n   "appid": "wx9b70cbfb14f892f5",\n-  "appsecret": "[REDACTED:secret]"\n+  "appsecret": "[REDACTED:secret]"\n }');
    expect(redact(out).text).toBe(out);
  });

  it("still joins pieces on lines of one side of a diff", () => {
    const diff = '+TOKEN = "6c8bfecb300a02b7" +\n+    "b7f23f3e6a2852ea" +\n+    "3d056884954dd6d4"';
    const out = redact(diff).text;
    for (const p of ["6c8bfecb300a02b7", "b7f23f3e6a2852ea", "3d056884954dd6d4"]) expect(out).not.toContain(p);
  });

  it("keeps a diff of ordinary literals and stays fast on 1 MB of alternating sides", () => {
    const diff = '-  "label": "hello"\n+  "label": "world"';
    expect(redact(diff).text).toBe(diff);
    const big = fill('-  "abcd"\n+  "efgh"\n');
    const t = Date.now();
    expect(redact(big).text.length).toBe(MB);
    expect(Date.now() - t).toBeLessThan(20000);
  });
});
