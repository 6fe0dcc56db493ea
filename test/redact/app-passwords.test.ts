// App passwords (src/redact/app-passwords.ts) and their unquoted .env form (src/redact/assignments.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: app passwords", () => {
  it("four random four-letter groups where an app password is named, and unquoted in a .env line", () => {
    for (const [text, secret] of [
      ["altool 上传用这个 App 专用密码失败，会过期吗？ lbub-xacg-ohtu-oqqw", "xacg-ohtu"],
      ["Generate an app password:\nqwkz pmxa ljvt rbnh\n", "pmxa ljvt"],
      ["SMTP_PASS=abcd efgh ijkl mnop\nSMTP_USER=me@example.com\n", "efgh ijkl"],
    ]) expect(redact(text!).text).not.toContain(secret);
  });

  it("keeps words, unnamed groups and settings that are not passwords", () => {
    for (const text of ["app password docs: make-sure-that-runs", "echo lbub-xacg-ohtu-oqqw", "MODE=abcd efgh ijkl mnop\n"]) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe("redact: properties-file passwords with a dot", () => {
  it("a dotted value holding digits under a dotted password name", () => {
    expect(redact("signing.keyId=291CBBD1\nsigning.password=wusun474.JZ07\n").text).not.toContain("wusun474");
  });

  it("keeps member paths in code", () => {
    const text = "db.password = config.db2.password\nsigning.password=project.signingPassword\n";
    expect(redact(text).text).toBe(text);
  });
});
