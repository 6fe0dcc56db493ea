import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const ID = "37f85bfe-fc18-49f5-b6bb-f136a77a6daf";

describe("redact: VLESS and VMess user ids", () => {
  it("an Xray outbound's user id and a Clash proxy's uuid", () => {
    const xray = `{\n  "outbounds": [{\n    "protocol": "vless",\n    "settings": { "vnext": [{ "address": "sg.example", "port": 443,\n      "users": [{ "id": "${ID}", "encryption": "none" }] }] }\n  }]\n}`;
    const out = redact(xray).text;
    expect(out).not.toContain(ID);
    expect(out).toContain('"address": "sg.example"');
    expect(redact(`proxies:\n  - name: hk\n    type: vmess\n    server: hk.example\n    uuid: ${ID}\n    alterId: 0\n`).text).not.toContain(ID);
  });

  it("keeps UUIDs where no such protocol is configured: object ids, Kubernetes uids", () => {
    for (const text of [`{"protocol": "http", "id": "${ID}"}`, `metadata:\n  uid: ${ID}\n  type: vmess-probe\n`, `{"type": "order", "id": "${ID}"}`])
      expect(redact(text).text).toBe(text);
  });
});
