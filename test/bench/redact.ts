// `npm run bench:redact`: every prompt and every review diff goes through redact(), so its throughput on large
// realistic and adversarial inputs is measured here rather than asserted in unit tests.
import { readFileSync } from "node:fs";
import { redact } from "../../src/redact/index.js";

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const cases = (name: string) => (JSON.parse(readFileSync(`test/fixtures/redact/${name}.json`, "utf8")) as { text: string }[]).map((c) => c.text);
const mixed = fill(`${[...cases("secrets"), ...cases("lookalikes")].join("\n")}\n`);
const source = fill(readFileSync("src/redact/assignments.ts", "utf8"));

const inputs: Record<string, string> = {
  "1 MB of secrets and look-alikes": mixed,
  "1 MB of TypeScript source": source,
  "1 MB of one identifier": fill("a"),
  "1 MB of `password = \"`": fill('password = "'),
  "1 MB of PASSWORD= lines": fill("PASSWORD=\n"),
  "1 MB of unterminated key headers": fill("-----BEGIN PRIVATE KEY-----\nMIIB\n"),
  "1 MB of `Authorization: `": fill("Authorization: "),
};

for (const [name, text] of Object.entries(inputs)) {
  redact(text); // warm-up: JIT the scanners
  const t0 = performance.now();
  const rounds = 3;
  let count = 0;
  for (let i = 0; i < rounds; i++) count = redact(text).count;
  console.log(`${name}: ${((performance.now() - t0) / rounds).toFixed(1)} ms (${count} redactions)`);
}
