// A value replaced in a diff is cut on both sides when the other side was cut (src/redact/diff-pairs.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const call = (old: string, now: string) =>
  ` Cluster cluster = Cluster.connect("couchbases://cb.example.com",\n-        "cart-svc", "${old}");\n+        "cart-svc", "${now}");`;

describe("redact: both sides of a changed value in a diff", () => {
  it("cuts the added value where the removed one was cut, and the reverse", () => {
    const out = redact(call("JycbxwJX3S!Um0jR98", "J90uZU7PL0=0AVvwR7")).text;
    expect(out).not.toContain("JycbxwJX3S");
    expect(out).not.toContain("J90uZU7PL0");
    expect(redact(out).text).toBe(out);
  });

  it("keeps the other side when it is a reference or the line changed elsewhere", () => {
    const ref = redact(call("JycbxwJX3S!Um0jR98", "${COUCHBASE_PASSWORD}")).text;
    expect(ref).toContain("${COUCHBASE_PASSWORD}");
    const text = ' Cluster.connect("couchbases://cb.example.com",\n-        "cart-svc", "JycbxwJX3S!Um0jR98");\n+        "cart-svc", env("CB_PASSWORD"));';
    expect(redact(text).text).toContain('env("CB_PASSWORD"));');
  });

  it("keeps diffs without a cut value", () => {
    const text = "-  timeout: 30\n+  timeout: 45\n-  name: old\n+  name: new";
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of changed lines", () => {
    const text = "-a [REDACTED:password] b\n+a Xk9aB3dE7f b\n".repeat(25_000);
    const start = Date.now();
    redact(text);
    expect(Date.now() - start).toBeLessThan(6000);
  });
});
