// Access key pairs under bare two-letter names (src/redact/key-pairs.ts), and `sk` names that hold no secret.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: ak/sk pairs", () => {
  it("the secret key of a pair assigned together, in Go, Python and a .env", () => {
    const go = 'func NewClient() (*bos.Client, error) {\n\tak := "cd253d52c573c7316e704d4de8c00948"\n\tsk := "f67112dfc300ff537babdfde296c2a38"\n\treturn bos.NewClient(ak, sk, endpoint)\n}';
    expect(redact(go).text).not.toContain("f67112dfc300ff53");
    expect(redact("AK = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3'\nSK = 'Gu5t9xGARNpq86cd98joQYCN3Cozk1qA'").text).not.toContain("Gu5t9xGARNpq86cd");
  });

  it("keeps a sort key without an access key, and words and references under sk", () => {
    const text = 'sk = "USER#2026-01-01#00000000000000000001"\nsk: f67112dfc300ff537babdfde296c2a38';
    expect(redact(text).text).toBe(text);
    const pair = 'ak = os.environ["BCE_AK"]\nsk = os.environ["BCE_SK"]\nsk = "partition_sort_key_name"';
    expect(redact(pair).text).toBe(pair);
  });
});

describe("redact: a bare key right after a user name", () => {
  it("Kaggle's kaggle.json, also JSON-escaped in a notebook cell", () => {
    for (const text of [
      '{"username": "liwei2026", "key": "eea3f422814a8b489bac0ba7f6592a95"}',
      '    "json.dump({\\"username\\": \\"liwei2026\\", \\"key\\": \\"eea3f422814a8b489bac0ba7f6592a95\\"}, f)\\n",',
    ]) expect(redact(text).text).not.toContain("eea3f422814a");
  });

  it("keeps a user's settings key and digests", () => {
    for (const text of ['{"username": "liwei2026", "key": "profile_settings_default"}', '{"user": "a", "key": "sha256-abcdefabcdefabcdefabcdef"}']) {
      expect(redact(text).text).toBe(text);
    }
  });
});
