// Identifiers and digests in their documented format and place (src/redact/formats.ts), each beside a secret in the
// same position that must still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const SECRET = "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3A";
const goPanic = (args: string, fileLine = "\t/src/internal/auth/verify.go:52 +0x7e") =>
  `panic: runtime error: invalid memory address or nil pointer dereference\n\ngoroutine 41 [running]:\ngithub.com/acme/api/internal/auth.(*Verifier).Verify(${args})\n${fileLine}\nmain.main()\n\t/src/main.go:12 +0x25`;
const HASH = "Wn+J3PVV//0dVm6H6PoL7/EKOMBuOe2SF7/LqtyLNSF2ifoF338aiWB4S9Eu6vmeUWGixpYvU10PrjntRJPEH8==";
const lockEntry = (before: string, hash: string) =>
  `{\n  "dependencies": {\n    "net8.0": {\n      "Newtonsoft.Json": {\n        "type": "Direct",\n${before}        "contentHash": "${hash}"\n      }\n    }\n  }\n}`;
const RESOLVED = '        "requested": "[13.0.3, )",\n        "resolved": "13.0.3",\n';

const snapshot = (attribute: string) =>
  `// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[\`OrderCard renders 1\`] = \`\n<div\n  className="card_i0kjp"\n  ${attribute}\n>\n  <span>#54459666</span>\n</div>\n\`;\n`;

const PDF_HEAD = "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+";
const RANDOM_B64 = "nertaOeZG/A9qv9k1jYQ7VYwl9DfMiN0jKkQuJZRAXfDvJiiAAbWSCeI/wfdzrmfrarZEufCJiSj";
const GZIP_B64 = "H4sIAAAAAAAAA3NUFqPRvsKLmRz4o1s6o3ZjqK4vWBF2fVgUrsPkR6eA0H9ZoLjNAAAA";

const kept: [string, string][] = [
  ["a PDF fixture split over literals", `SAMPLE_PDF = base64.b64decode(\n    "${PDF_HEAD}"\n    "${RANDOM_B64}"\n)`],
  ["a PNG fixture in one literal", 'const pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";'],
  ["an id attribute in a Jest snapshot", snapshot('data-order-id="ord_OxvAhfGsijTOs3nLN6FLJruD"')],
  ["the same in a diff", snapshot('data-order-id="ord_p7TdK3kNoEZKfTxcrWxNL2YT"').replace(/^(?!\/\/)/gm, "+")],
  ["a Go traceback frame's argument words", goPanic("0x0, {0xc00079cf44, 0x1a4}")],
  ["the same, elided, in a log", goPanic("0xc000123456, ...").replace(/^/gm, "2026-10-16T06:11:55.771Z ERROR ")],
  ["a Cloud Billing account id", 'project_id     = "acme-prod-nho29t"\nbilling_account = "ACA5FC-14A72F-A732D7"'],
  ["a NuGet lock file's content hash", lockEntry(RESOLVED, HASH)],
];

const redacted: [string, string, string][] = [
  ["random base64 after a fixture's last literal", `SAMPLE_PDF = base64.b64decode("${PDF_HEAD}")\nAPI_KEY = "${RANDOM_B64}"`, RANDOM_B64.slice(8, 40)],
  ["random base64 split over literals", `KEY = base64.b64decode(\n    "${RANDOM_B64}"\n    "${RANDOM_B64.slice(20)}"\n)`, RANDOM_B64.slice(8, 40)],
  ["a gzipped secret in base64", `ENV_GZ = "${GZIP_B64}"`, GZIP_B64.slice(12)],
  ["a token attribute in a Jest snapshot", snapshot(`data-token="${SECRET}"`), SECRET],
  ["a component's ID token prop in a Jest snapshot", snapshot(`tokenId="${SECRET}"`), SECRET],
  ["a key in a snapshotted object", `// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[\`config 1\`] = \`\nObject {\n  "apiKey": "${SECRET}",\n  "id": "${SECRET}",\n}\n\`;\n`, SECRET],
  ["a string argument in a frame", goPanic(`"${SECRET}", 0x1a4`), SECRET],
  ["hex words in a call that is no traceback frame", `Verify(0x0, {0xc00079cf44, 0x1a4})\ntoken = "${SECRET}"`, SECRET],
  ["a token under a billing name", `billing_account_token = "${SECRET}"`, SECRET],
  ["a secret in a content hash's place outside a lock file", `{ "contentHash": "${SECRET}${SECRET}", "password": "${SECRET}" }`, SECRET],
  ["a password beside a lock file's hash", lockEntry(RESOLVED, HASH).replace('"type"', `"password": "${SECRET}",\n        "type"`), SECRET],
];

describe("identifiers and digests in their documented place stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});
