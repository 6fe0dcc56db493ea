// A password given shortly after the line that names it, or corrected (src/redact/chat-followups.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

describe("redact: a password given after the line naming it", () => {
  it("a call transcript, a correction, Chinese follow-ups", () => {
    const cases: [string, string][] = [
      ["[00:12:31] Oskar: okay so the router admin password, ready?\n[00:12:34] Priya: go\n[00:12:35] Oskar: it's MYGNo.mN2k#2Zq, all one word.", "MYGNo.mN"],
      ["the sftp password is Me%xLQnra3Wz.!\nsorry, wrong one — that's the old box. it's pr.%p5MdC%u=ct", "pr.%p5Md"],
      ["VPN 密码刚发错了\n应该是 Kd8mW3xQp7#LzR2", "Kd8mW3xQ"],
      ["what's the wifi password?\nthe right one is Rm5nQ2kWx8LpT3vZ", "Rm5nQ2kW"],
    ];
    for (const [text, piece] of cases) {
      const out = redact(text).text;
      expect(out).not.toContain(piece);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps replies without a generated value, and such phrases far from any password", () => {
    const text = [
      "I reset my password yesterday.\nit's fine now, thanks.\nthat's the old box anyway.\nit's v2.3.1-beta on prod",
      "deploy finished.\n\n\n\n\nit's Xq7#pLm2Kd9z anyway",
      "密码策略更新了\n应该是 至少十二位",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of follow-up phrases", () => {
    expect(redact(fill("password?\nit's it's that's ")).text.length).toBeGreaterThan(0);
    expect(redact(`password\n${fill("it's abcdef1 ")}`).text.length).toBeGreaterThan(0);
  });
});
