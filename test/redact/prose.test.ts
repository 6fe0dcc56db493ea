import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: markdown tables", () => {
  it("redacts the cells of a password column under its header", () => {
    const table = "| user | password |\n| --- | --- |\n| admin | Tq8!vR2#mLx9 |\n| deploy | Hz4@pW7$kNc1 |\n";
    const out = redact(table).text;
    expect(out).not.toContain("Tq8!vR2#mLx9");
    expect(out).not.toContain("Hz4@pW7$kNc1");
    expect(out).toContain("| admin |");
  });

  it("a 'password' cell in a key column is a row, not a header: the rows below keep their keys", () => {
    const table =
      "| key | example |\n| --- | --- |\n| api_key | `xxxxxxxxxxxxxxxxxxxxxxxx` |\n| password | `********` |\n| webhook | `https://hooks.slack.com/services/T000/B000/XXXX` |\n| region | eu-west-1 |\n";
    expect(redact(table).text).toBe(table);
  });
});
