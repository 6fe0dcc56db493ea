// Recovery phrases and backup-code lists pasted into prose (src/redact/recovery.ts), and sentences and lists
// around them that stay.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: wallet recovery phrases", () => {
  it("a quoted 12-word phrase after the words naming it, and a Chinese paste running to the line's end", () => {
    const phrase = "unveil mango trophy velvet pilot velvet empty dentist wagon orbit unveil empty";
    expect(redact(`My test wallet's recovery phrase is "${phrase}". Is bip_utils right?`).text).not.toContain("mango trophy");
    const zh = "helmet crowd lunar fossil ripple margin salad orbit tunnel bamboo violin eager";
    expect(redact(`测试钱包的助记词：${zh}`).text).not.toContain("crowd lunar");
  });

  it("keeps sentences about recovery phrases and word runs of other lengths", () => {
    const text = 'The seed phrase "never share these words with anyone who asks for them online" is the warning.\nThe BIP-39 test vector seed phrase is "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"\nA recovery phrase has twelve or twenty four words and must stay offline at all times.';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: backup-code lists", () => {
  it("ten-character codes under a sentence naming backup codes, and words of that length that stay", () => {
    const codes = "vqq35nje2l\n1atgadwl6d\ntq6rgtlfqx\n1nqow7uq4t";
    const out = redact(`these are the backup codes from the PDF. which one did I already use?\n\n${codes}`).text;
    for (const code of codes.split("\n")) expect(out).not.toContain(code);
    expect(redact(out).text).toBe(out);
    const text = "backup codes are generated per account\n\nregistrar\nmigrations";
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of ten-character code lines", () => {
    expect(redact(`backup codes\n${"vqq35nje2l\n".repeat(100_000)}`).text.length).toBeGreaterThan(0);
  });

  it("the codes under a line announcing them, numbered or plain, after a blank line", () => {
    const out = redact("Here are my GitHub recovery codes:\n\n3486 7568\n8455 2225\n8436 0448\n").text;
    expect(out).not.toContain("3486 7568");
    expect(out).not.toContain("8436 0448");
    expect(redact("备用码如下\n1. a1b2c-3d4e5\n2. f6g7h-8i9j0").text).not.toContain("a1b2c-3d4e5");
  });

  it("codes listed after a colon on the announcing line, and a phrase named by its length", () => {
    const out = redact("my GitHub recovery codes: 3486-7568, 8455-2225, 8436-0448 — keep them safe").text;
    expect(out).not.toContain("8455-2225");
    expect(redact("here are my 12 words: helmet crowd lunar fossil ripple margin salad orbit tunnel bamboo violin eager").text).not.toContain("crowd lunar");
  });

  it("keeps a single number and lists of words under the same words", () => {
    const text = "Backup codes are shown once:\n1. Open settings\n2. Click security\n\nrecovery codes left: 8\n12345678\nerror codes: 404, 500, 503 and ERR42\nstatus codes: GET, PUT, 2xx";
    expect(redact(text).text).toBe(text);
  });
});
