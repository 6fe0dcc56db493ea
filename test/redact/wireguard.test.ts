// WireGuard public keys in peer configs and peer tables (src/redact/wireguard.ts): kept only where WireGuard's own
// structure says "peer public key"; private and preshared keys, and anything glued on, still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { wireguardConfigSpans } from "../../src/redact/wireguard.js";
import { fill } from "../support/text.js";

const PUB = "nYmfH65Fvgqhmci2S5s18e5MQmsWE7wd+rkJhubvECU=";
const PEER = "Zz4ljkLI2SfZ27xKtUSglJGa28g4iKsAhH+DFV3SwjA=";
const PRIV = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
const PSK = "q2Wn8Xv+7Lc4Rk1Tz9Pm3Hb6Yd5Jf0Gs2Ua8Oe4Ni7E=";
const conf = (peerKey = PEER) =>
  `[Interface]\nPrivateKey = ${PRIV}\nAddress = 10.8.0.1/24\n\n[Peer]\nPublicKey = ${peerKey}\nPresharedKey = ${PSK}\nAllowedIPs = 10.8.0.21/32\n`;
const table = (cell = PEER, header = "| peer | PublicKey | AllowedIPs |") => `${header}\n|---|---|---|\n| rosbot-01 | ${cell} | 10.8.0.21/32 |\n| rosbot-02 | ${PUB} | 10.8.0.22/32 |\n`;

describe("WireGuard peer public keys stay", () => {
  it("keeps a [Peer] PublicKey, cutting the private and preshared keys", () => {
    const out = redact(conf()).text;
    expect(out).toContain(`PublicKey = ${PEER}`);
    expect(out).not.toContain(PRIV);
    expect(out).not.toContain(PSK);
  });
  it("keeps the PublicKey column of a peer table, also in a diff", () => {
    for (const text of [table(), table().replace(/^/gm, "+"), `\`\`\`\n${table()}\`\`\`\n`]) expect(redact(text).text).toBe(text);
  });
  it("is idempotent and leaves whole markers", () => {
    const once = redact(conf()).text;
    expect(redact(once).text).toBe(once);
    expect(once).toMatch(/\[REDACTED:[\w-]+\]/);
    expect(once).not.toMatch(/\[REDACTED:[^\]\n]*$/m);
  });
});

describe("secrets in and beside the kept form still go", () => {
  const cases: [string, string, string][] = [
    ["a private key glued to a peer key", conf(`${PEER},${PRIV}`), PRIV],
    ["a private key glued to a peer key without punctuation", conf(`${PEER}${PRIV}`), PRIV],
    ["a look-alike PublicKey name (Cyrillic е)", `[Peer]\nPublicKеy = ${PRIV}\n`, PRIV],
    ["a private key in a table's other column", table(PEER, "| peer | PublicKey | AllowedIPs | PrivateKey |").replace("10.8.0.21/32 |", `10.8.0.21/32 | ${PRIV} |`), PRIV],
    ["a PublicKey column without AllowedIPs", table(PRIV, "| peer | PublicKey | Endpoint |"), PRIV],
    ["a table header on the other side of a diff", `-| peer | PublicKey | AllowedIPs |\n+| peer | PrivateKey | AllowedIPs |\n |---|---|---|\n | a | ${PRIV} | 10.8.0.21/32 |\n`, PRIV],
    ["a key in a line after the table", `${table()}\nPrivateKey = ${PRIV}\n`, PRIV],
    ["a row after a break in the table", `| peer | PublicKey | AllowedIPs |\n|---|---|---|\nnote\n| a | ${PRIV} | x |\n`, PRIV],
    ["a key glued to another in a cell", table(`${PEER}:${PRIV}`), PRIV],
  ];
  for (const [name, text, secret] of cases) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

// The detectors read `PublicKey = …` as public already; what matters is that the rule proves none of these.
const unproven: [string, string][] = [
    ["a key with a look-alike character in the cell", `| peer | PublicKey | AllowedIPs |\n|---|---|---|\n| a | ${PRIV.slice(0, 20)}а${PRIV.slice(21)} | 10.8.0.21/32 |\n`],
    ["a removed [Peer] header above a context key", `-[Peer]\n+[Interface]\n PublicKey = ${PRIV}\n`],
    ["a [Peer] header on the other side of a diff", `-[Peer]\n+[Interface]\n+PublicKey = ${PRIV}\n`],
    ["a look-alike section name (Cyrillic е)", `[Pееr]\nPublicKey = ${PRIV}\n`],
    ["a PublicKey line in [Interface]", `[Interface]\nPublicKey = ${PRIV}\n`],
];

describe("no key is proven outside a [Peer] section or a peer table on its own diff side", () => {
  for (const [name, text] of unproven) it(`proves nothing: ${name}`, () => expect(wireguardConfigSpans(text)).toEqual([]));
});

describe("linear on 1 MB of near WireGuard input", () => {
  const inputs: Record<string, string> = {
    "peer sections": fill(`[Peer]\nPublicKey = ${PEER}\n`),
    "table rows": `| peer | PublicKey | AllowedIPs |\n|---|---|---|\n${fill(`| a | ${PEER} | 10.8.0.1/32 |\n`)}`,
    "a row of pipes": fill("|"),
    "headers without rows": fill("| PublicKey | AllowedIPs |\n"),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
