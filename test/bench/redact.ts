// `npm run bench:redact`: accuracy on the issue-12 corpus (leak rate and false-positive rate, held-out part and
// tuning part separately, our detectors alone and with secretlint as a second layer) and throughput of redact()
// on large realistic and adversarial inputs. Held-out failures are counted, never listed, unless
// REDACT_SHOW_HELDOUT=1 (for after the work is done: looking at them turns them into tuning data).
import { readFileSync } from "node:fs";
import { redact } from "../../src/redact/index.js";
import { loadPart, score, summary, survivor } from "./redact-score.js";
import { secretlintLayer } from "./secretlint-layer.js";
import { fill } from "../support/text.js";

const ours = (t: string) => redact(t).text;
const layered = async (t: string) => secretlintLayer(ours(t));
const showHeldout = process.env.REDACT_SHOW_HELDOUT === "1";
// REDACT_PARTS=tune while working on the detector: even a held-out count seen after every change is tuning on it.
const parts = (process.env.REDACT_PARTS ?? "heldout,tune").split(",").filter((p): p is "heldout" | "tune" => p === "heldout" || p === "tune");

for (const part of parts) {
  const data = loadPart(part);
  const a = await score(data, ours);
  const b = await score(data, layered);
  const alone = await score(data, secretlintLayer);
  console.log(summary(`${part} — codex-collab redact()`, a));
  console.log(summary(`${part} — redact() + secretlint preset-recommend`, b));
  console.log(summary(`${part} — secretlint alone (reference)`, alone));
  if (part === "tune" || showHeldout) {
    for (const c of a.leaks) {
      const out = redact(c.text).text;
      console.log(`  leak ${c.id}: ${c.secrets.map((s) => survivor(out, s)).filter(Boolean).join(", ")}`);
    }
    for (const f of a.falsePositives) console.log(`  false positive ${f.case.id}: ${JSON.stringify(f.output.slice(0, 160))}`);
    const extra = b.leaks.length < a.leaks.length ? a.leaks.filter((c) => !b.leaks.includes(c)).map((c) => c.id) : [];
    if (extra.length > 0) console.log(`  secretlint catches what we miss: ${extra.join(", ")}`);
  }
}

const cases = (name: string) => (JSON.parse(readFileSync(`test/fixtures/redact/${name}.json`, "utf8")) as { text: string }[]).map((c) => c.text);
const tune = loadPart("tune");
const mixed = fill(`${[...cases("secrets"), ...cases("lookalikes"), ...tune.secrets.map((c) => c.text), ...tune.ordinary.map((c) => c.text)].join("\n")}\n`);
const source = fill(readFileSync("src/redact/assignments.ts", "utf8"));

const inputs: Record<string, string> = {
  "1 MB of secrets and look-alikes": mixed,
  "1 MB of TypeScript source": source,
  "1 MB of one identifier": fill("a"),
  "1 MB of base64 lines": fill(`${"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3".slice(0, 64)}\n`),
  "1 MB of `password = \"`": fill('password = "'),
  "1 MB of PASSWORD= lines": fill("PASSWORD=\n"),
  "1 MB of `密码是`": fill("密码是"),
  "1 MB of unterminated key headers": fill("-----BEGIN PRIVATE KEY-----\nMIIB\n"),
  "1 MB of `Authorization: `": fill("Authorization: "),
  "1 MB of `\"a\" + `": fill('"a" + '),
  "1 MB of MIME text parts": fill("Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGkgdGhlcmUs\n"),
  "1 MB of unclosed Firebase configs": fill('{ apiKey: "AIzapzWVDdiTr2zcGFiVci-zmrDi64Zkqgxecdx", projectId: "a",\n'),
  "1 MB of `key=`": fill("key="),
  // Linear but slow when measured: the credential-call scanner, the repeated-name scan and prose.
  "1 MB of `login(\"`": fill('login("'),
  "64 KB of `api_key=abc&api_key=`": "api_key=abc&api_key=".repeat(Math.ceil((64 * 1024) / 20)).slice(0, 64 * 1024),
  "1 MB of `password=`": fill("password="),
};

for (const [name, text] of Object.entries(inputs)) {
  redact(text); // warm-up: JIT the scanners
  const t0 = performance.now();
  const rounds = 3;
  let count = 0;
  for (let i = 0; i < rounds; i++) count = redact(text).count;
  const ms = (performance.now() - t0) / rounds;
  console.log(`${name}: ${ms.toFixed(1)} ms, ${((ms / (text.length / 1024)) * 1000).toFixed(1)} µs/KB (${count} redactions)`);
}
