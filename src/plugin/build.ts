// `npm run build:plugin` rebuilds the committed plugin/ directory from the sources; `npm run build:plugin -- --check`
// builds it into a temp directory and fails when the committed one differs (npm test runs it, the way JavaScript
// GitHub Actions keep dist/ honest). Options: --root DIR (the repository; found from this script otherwise).
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { findPackageRoot } from "../install/package.js";
import { buildShipped, compareTrees, SHIPPED_DIR, treeBytes } from "./shipped.js";

function main(): number {
  const { values } = parseArgs({ options: { check: { type: "boolean" }, root: { type: "string" } }, strict: true });
  const root = values.root ?? findPackageRoot(import.meta.url);
  const committed = join(root, SHIPPED_DIR);
  const tmp = mkdtempSync(join(values.check ? tmpdir() : root, ".plugin-build-"));
  const built = join(tmp, SHIPPED_DIR);
  try {
    buildShipped(root, built);
    if (values.check) {
      const diff = compareTrees(built, committed);
      if (diff.length === 0) {
        process.stdout.write(`${SHIPPED_DIR}/ matches a fresh build (${(treeBytes(built) / 1e6).toFixed(2)} MB)\n`);
        return 0;
      }
      process.stderr.write(`${SHIPPED_DIR}/ is not what the sources build:\n${diff.map((d) => `  ${d}\n`).join("")}Run: npm run build:plugin && git add ${SHIPPED_DIR}\n`);
      return 1;
    }
    rmSync(committed, { recursive: true, force: true });
    renameSync(built, committed);
    process.stdout.write(`built ${SHIPPED_DIR}/ (${(treeBytes(committed) / 1e6).toFixed(2)} MB)\n`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`build:plugin: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
