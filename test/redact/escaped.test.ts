// Code inside JSON strings (src/redact/escaped.ts): notebook source lines and escaped configs, and escaped text
// that holds no secret.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: code held in JSON strings", () => {
  it("a notebook cell assigning a key through escaped quotes", () => {
    const nb = '   "source": [\n    "import os\\n",\n    "os.environ[\\"WANDB_API_KEY\\"] = \\"a43db59edc451cb97fc155adb2c5581c638bda5e\\"\\n",\n    "import wandb\\n"\n   ]';
    const once = redact(nb).text;
    expect(once).not.toContain("a43db59edc451cb9");
    expect(once).toContain('os.environ[\\"WANDB_API_KEY\\"] = \\"');
    expect(redact(once).text).toBe(once);
  });

  it("an escaped .env in a JSON log line", () => {
    const log = '{"level":"debug","msg":"loaded env","raw":"DB_HOST=db\\nDB_PASSWORD=Xq7#Lm2pZ9vR\\n"}';
    expect(redact(log).text).not.toContain("Xq7#Lm2pZ9vR");
  });

  it("every value of an escaped config whose string already holds a marker (another pass cut one value in place)", () => {
    const logs: [string, string[]][] = [
      ['{"level":"info","msg":"loaded config","config":"{\\"db\\":{\\"user\\":\\"api\\",\\"password\\":\\"orbitViolet4407_\\"},\\"smtp\\":{\\"pass\\":\\"3rZYxUokdGvgwto5Ot9z\\"}}"}', ["orbitViolet4407_", "3rZYxUokdGvgwto5Ot9z"]],
      ['{"log":"settings={\\"api_key\\":\\"sk_live_51Hx7Rk2mQ9pLw4Zt8Nc3Vb6YhJ\\",\\"db_password\\":\\"Harbor2291-maple\\"}\\n","stream":"stdout"}', ["x7Rk2mQ9pLw4Zt8", "Harbor2291-maple"]],
    ];
    for (const [log, secrets] of logs) {
      const once = redact(log).text;
      for (const secret of secrets) expect(once).not.toContain(secret);
      expect(redact(once).text).toBe(once);
    }
  });

  it("keeps the other fields of an escaped config beside a marker", () => {
    const log = '{"msg":"loaded","config":"{\\"user\\":\\"api\\",\\"host\\":\\"db.internal\\",\\"pass\\":\\"3rZYxUokdGvgwto5Ot9z\\"}"}';
    expect(redact(log).text).toBe(log.replace("3rZYxUokdGvgwto5Ot9z", "[REDACTED:password]"));
  });

  it("keeps escaped code and text that hold no secret", () => {
    const nb = '    "print(\\"token count:\\", len(tokens))\\n",\n    "df = pd.read_csv(\\"data/train.csv\\")\\n",\n    "{\\"password\\": \\"${DB_PASSWORD}\\"}\\n"';
    expect(redact(nb).text).toBe(nb);
  });
});
