import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: keys quoted while asking to rotate them", () => {
  it("cuts the old key in parentheses and the new one announced after it", () => {
    const cases: [string, string[]][] = [
      [
        "We leaked the old Mailgun key (1140cccdb649c4ca99d972676257b985) in a public gist. I generated a new one: d9e2e90e13b04840bd12a5635ed1af3d. Can you update config/mail.yml?",
        ["1140cccdb649c4ca99d972676257b985", "d9e2e90e13b04840bd12a5635ed1af3d"],
      ],
      ["The SendGrid token (`Qm9vZ3JxK2p4Lw7hTzcfbUn`) was in the repo; the new token is x7Rk2mQ9pLw4Zt8Nc3Vb6YhJq.", ["Qm9vZ3JxK2p4Lw7hTzcfbUn", "x7Rk2mQ9pLw4Zt8Nc3Vb6YhJq"]],
      ["Please swap the webhook secret: replacement secret = Hk29fLq0Wm3Zr8TbXcPv7Ns", ["Hk29fLq0Wm3Zr8TbXcPv7Ns"]],
      ["上周泄露的旧密钥（9f3b2c7d1e8a4f6b0c5d2e9a7b4c1f8e）已经作废，新的是：7c1e9a4b2d8f6e3a0b5c9d2f7e4a1b6c", ["9f3b2c7d1e8a4f6b0c5d2e9a7b4c1f8e", "7c1e9a4b2d8f6e3a0b5c9d2f7e4a1b6c"]],
    ];
    for (const [text, secrets] of cases) {
      const out = redact(text).text;
      for (const secret of secrets) expect(out, text).not.toContain(secret);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps rotation prose without a key, digests and ids in parentheses, and new things that are names", () => {
    const text = [
      "We rotated the database password last night after the contractor left; the new one is in 1Password under 'prod-db'.",
      "The cache key (a3f9c2d1e4b5a6f7c8d9e0f1a2b3c4d5) is computed from the request. The new one: 7d9e2e90e13b04840bd12a5635ed1af3d",
      "The primary key (user_id_2024) is fine.",
      "Add a new one: AbstractFactoryBuilder2 please",
      "see commit (5b1d3a7f9e2c4b6a8d0e1f2a3b4c5d6e7f8a9b0c) for the new version 2.4.1",
      "I'll generate a new token and put it in the repository secrets, no need to share it here.",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});
