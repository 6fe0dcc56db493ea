// Base64 test payloads of record text kept in test files (src/redact/text-fixtures.ts); a payload that decodes to a
// credential, to random bytes or to a random run, or one outside a test file, still goes.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

const b64 = (s: string) => Buffer.from(s).toString("base64");
const EDI = b64("ISA*00*          *00*          *ZZ*FORWARDERS");
const CSV = b64("sku,qty,price\nA-100,2,19.90\nB-200,1,5.00\n");
const SECRET = "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3A";
const fixture = (payload: string, path = "tests/fixtures/edi_payload.json") =>
  `diff --git a/${path} b/${path}\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,1 @@\n+{"payload": "${payload}", "encoding": "base64"}`;

const kept: [string, string][] = [
  ["an EDI segment in a fixture's diff", fixture(EDI)],
  ["CSV rows in a test's prompt", `CI fails on this test (from \`src/orders.test.ts\`):\n\n\`\`\`ts\nconst rows = decode("${CSV}");\n\`\`\``],
];

const payloads: [string, string][] = [
  ["key=value text holding a password", b64("user=ops;password=Tr0ub4dor&3x;host=db1")],
  ["key=value text holding a password of words", b64("host=db1;user=ops;password=letmein;port=5432")],
  ["records holding a random run", b64(`id*1*key*${SECRET}*end`)],
  ["a token in JSON", b64(`{"a":1,"b":2,"token":"${SECRET}"}`)],
  ["random bytes", "KlAKtIbSvWiUe831X4l8Rn2PPqH0IuuPPBJM6wUWKVUDaMWp"],
  ["a password with a user, one delimiter", b64("deploy-user:Tr0ub4dor&3xQ")],
  ["a password of plain words, spaced", b64("user=alice;password=correct horse battery staple;host=db")],
  ["a short password of one word", b64("login=bob;pass=dragon;role=admin;team=red")],
  ["a client secret of words in a form body", b64("client_id=webapp&client_secret=bluewhaleocean&grant_type=client_credentials")],
  ["a key field of words", b64("user=bob;key=bluewhaleocean;role=admin;team=red")],
  ["an auth field of words", b64("user=bob;auth=bluewhaleocean;role=admin;team=red")],
  ["a Chinese password field", b64("用户名=zhangsan;密码=woaibeijing;邮箱=zs;备注=ok")],
];

describe("base64 payloads of record text in test files stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("payloads hiding a secret, or outside a test file, still go", () => {
  const cases: [string, string, string][] = [
    ...payloads.map(([name, p]): [string, string, string] => [name, fixture(p), p]),
    ["record text outside a test file", fixture(b64(`ISA*00*ZZ*${"FORWARDERS*".repeat(3)}`), "config/edi.json"), ""],
    ["a clean payload beside one that decodes to a password", `${fixture(EDI)}\n+{"payload": "${payloads[0]![1]}"}`, payloads[0]![1]],
    ["a secret beside the payload", `${fixture(EDI)}\n+api_key = "${SECRET}"`, SECRET],
  ];
  for (const [name, text, secret] of cases) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      if (secret !== "") expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
    });
  }
});

describe("linear on 1 MB of payloads", () => {
  const inputs = {
    "fixtures on lines": `tests/x.json\n${fill(`"${EDI}",\n`)}`,
    "one long quoted run": `tests/x.json "${fill("QUJD")}"`,
    "fixtures of long field names": `tests/x.json\n${fill(`"${b64(`${"field_name_".repeat(20)}=1;`.repeat(3))}",\n`)}`,
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      const t0 = performance.now();
      expect(redact(text).text.length).toBeGreaterThan(MB / 4);
      expect(performance.now() - t0).toBeLessThan(20_000);
    });
  }
});
