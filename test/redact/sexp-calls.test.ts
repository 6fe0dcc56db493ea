import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: credentials as arguments of a Lisp form", () => {
  it("cuts the password among a connect form's strings", () => {
    const text = '(defun connect-db ()\n  (postmodern:connect-toplevel "catalog" "deploy" "O6SGSvkM+Wo_a02_TN" "db.example.net" :port 5432))';
    const out = redact(text).text;
    expect(out).not.toContain("O6SGSvkM");
    expect(out).toContain('"catalog" "deploy"');
  });

  it("keeps forms of other callees and connect forms of names", () => {
    const text = '(format t "~a ~a" "hello" "world-2026")\n(connect-toplevel "catalog" "deploy" "localhost")';
    expect(redact(text).text).toBe(text);
  });
});
