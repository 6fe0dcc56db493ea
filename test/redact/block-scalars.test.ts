// A token folded over a YAML block scalar's lines (src/redact/block-scalars.ts), and a quoted value continued after
// a backslash (src/redact/continued.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

describe("redact: block scalars under a secret name", () => {
  it("cuts every piece of a folded or literal token, in a file and a diff", () => {
    for (const style of [">-", "|", ">", "|-"]) {
      const file = `notifier:\n  token: ${style}\n    Qk7mZ2pL9xVr4NcQ8wYh3F\n    jS6tUa1Bc5De8Fg2Hk4Lm7\n    Np3Rs6Tv9Wx2\n`;
      const out = redact(file).text;
      for (const p of ["Qk7mZ2pL", "jS6tUa1B", "Np3Rs6Tv"]) expect(out).not.toContain(p);
      expect(redact(out).text).toBe(out);
    }
    const diff = "+  api_secret: >-\n+    Wd4kZ8pQx2LmR7tNc5Vb\n+    H9jYs3Fg\n";
    expect(redact(diff).text).not.toContain("H9jYs3Fg");
  });

  it("keeps prose, commands and words in a secret-named block", () => {
    const text = [
      "password_policy: >-\n  Passwords must be at least\n  twelve characters long.",
      "secret_script: |\n  vault kv get -field=token secret/app\n  echo done",
      "token_help: >\n  Create one under Settings\n  then paste it here",
      "secret: |\n  alpha\n  beta\n",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of block scalars", () => {
    expect(redact(fill("token: >-\n  a1\n  b2\n")).text.length).toBeGreaterThan(0);
    expect(redact(`token: |\n${fill("  ab12\n")}`).text.length).toBeGreaterThan(0);
  });
});

describe("redact: a quoted value continued after a backslash", () => {
  it("cuts the continuation up to the closing quote", () => {
    const text = 'curl -H "X-Api-Key: 7abYXuDAf1LG1FQv7C0r\\\nyS51wWISzDkzEXMNE87d" https://reports.example.dev/daily.csv';
    const out = redact(text).text;
    expect(out).not.toContain("yS51wWIS");
    expect(out).toContain("https://reports.example.dev/daily.csv");
  });

  it("keeps a continued string of words", () => {
    const text = 'echo "Deploying the release \\\nnow" && make';
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of continued quoted markers", () => {
    expect(redact(fill('"[REDACTED:secret]\\\nab12"')).text.length).toBeGreaterThan(0);
  });
});
