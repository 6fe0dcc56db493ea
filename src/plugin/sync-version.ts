// `npm run version:sync [-- --check] [-- --root DIR]`: writes package.json's version into
// .claude-plugin/plugin.json and marketplace.json (also run by `npm version` through the "version" script).
// --check changes nothing and exits 1 when they differ (for CI).
import { parseArgs } from "node:util";
import { findPackageRoot } from "../install/package.js";
import { readVersions, syncVersions } from "./versions.js";

function main(): number {
  const { values } = parseArgs({ options: { check: { type: "boolean" }, root: { type: "string" } }, strict: true });
  const root = values.root ?? findPackageRoot(import.meta.url);
  const v = readVersions(root);
  const stale = [v.plugin === v.package ? null : `plugin.json has ${v.plugin ?? "no version"}`, v.marketplace === v.package ? null : `marketplace.json has ${v.marketplace ?? "no version"}`].filter(
    (x): x is string => x !== null,
  );
  if (values.check) {
    if (stale.length === 0) {
      process.stdout.write(`versions in sync: ${v.package}\n`);
      return 0;
    }
    process.stderr.write(`package.json has ${v.package}, but ${stale.join(" and ")}. Run: npm run version:sync\n`);
    return 1;
  }
  const changed = syncVersions(root);
  process.stdout.write(changed.length === 0 ? `versions already in sync: ${v.package}\n` : `set version ${v.package} in ${changed.join(", ")}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`version:sync: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
