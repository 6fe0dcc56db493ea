// Comments handing a generated value over (comment-handovers.ts): `# use this: <value>` alone on its line.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { markersWhole } from "../support/markers.js";
import { fill } from "../support/text.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: a comment handing a generated value over", () => {
  it("cuts the value after 'use this:' in YAML, shell and code comments", () => {
    for (const text of [
      "# use this: Xk9mP2qLw7Tn4Rb8Vc1Y\nfoo: bar\n",
      "services:\n  api:\n    # use this: Xk9mP2qLw7Tn4Rb8Vc1Y\n    image: api\n",
      "#!/bin/sh\n# Use this one: Xk9mP2qLw7Tn4Rb8Vc1Y\nexport FOO=1\n",
      "+// try this: Xk9mP2qLw7Tn4Rb8Vc1Y\r\n",
    ]) {
      const out = once(text);
      expect(out, text).not.toContain("Xk9mP2qLw7Tn4Rb8Vc1Y");
      expect(out).toMatch(/(?:use|try) this(?: one)?: \[REDACTED:/i);
    }
  });

  it("keeps commands, flags, paths, URLs, versions, digests, words and prose", () => {
    for (const text of [
      "# use this: npm-install-everything",
      "# use this: 4f3a9b2c1d0e4f3a9b2c4f3a9b2c1d0e4f3a9b2c",
      "# use this: sha256:4f3a9b2c1d0e4f3a9b2c4f3a9b2c1d0e",
      "# use this: https://example.com/a1B2c3D4e5",
      "# use this: v1.2.3-beta.4567890",
      "# use this: nginx:1.25.3-alpine3.18-slim",
      "# use this: ./scripts/gen-secret-2024.sh",
      "# use this: --with-openssl-dir=1",
      "// try this one: useEffectCleanupHandler",
      "# use this: ubuntu-22.04-server-amd64",
      "# use this: Xk9mP2qLw7Tn4Rb8Vc1Y instead of the old one",
      "echo use this: Xk9mP2qLw7Tn4Rb8Vc1Y",
      "# use this: YOUR_SECRET_KEY_HERE_1234",
    ]) expect(once(text), text).toBe(text);
  });

  it("stays linear on 1 MB", () => {
    const t0 = performance.now();
    once(fill("# use this: Xk9mP2qLw7Tn4Rb8Vc1Y\n"));
    once(fill("# use this: "));
    expect(performance.now() - t0).toBeLessThan(10000);
  });
});
