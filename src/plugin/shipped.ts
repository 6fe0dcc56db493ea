// The shipped plugin directory (plugin/, committed): what a marketplace install and the npm package get, built
// and ready to run as cloned. Claude Code 2.1.197 runs `npm ci` in a plugin directory holding package.json and a
// lock file (734 MB of devDependencies for the repository root); plugin/ has no lock file, so nothing runs there,
// and no version runs a build. This module says what goes in, builds it into a directory, and compares two builds.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { delimiter, join, relative } from "node:path";

/** The directory, relative to the repository root, that the marketplace entry's `source` names. */
export const SHIPPED_DIR = "plugin";

/** Copied from the repository as they are (those that exist: .mcp.json arrives with the MCP server). */
export const COPIED = ["commands", "agents", "templates", "hooks/hooks.json", ".claude-plugin/plugin.json", ".mcp.json"] as const;

/** package.json's build scripts, run with their output directory moved into the shipped directory. */
export const BUILD_SCRIPTS = ["build:cli", "build:hooks", "build:hook-zod", "build:launcher"] as const;

/** Outputs of those scripts the plugin never runs. */
const NOT_SHIPPED = /(^|\/)[^/]+\.(cache|map)$/;

/** `bin/codex-collab`, for a plugin bin/ on the Bash tool's PATH (see CLAUDE_CODE_FACTS.md). */
const BIN_SHIM = '#!/usr/bin/env node\nimport "../dist/cli.js";\n';

interface RootPackage {
  name: string;
  version: string;
  description?: string;
  license?: string;
  engines?: Record<string, string>;
  scripts: Record<string, string>;
}

function readPackage(root: string): RootPackage {
  return JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as RootPackage;
}

/**
 * The shipped package.json: the name (how the CLI finds its package root), the version, `type: module` for the
 * ESM bundles, the bin. No dependencies (the bundles carry them) and no lock file, so no Claude Code runs npm here.
 */
export function shippedPackageJson(pkg: RootPackage): string {
  const out = {
    name: pkg.name,
    version: pkg.version,
    ...(pkg.description !== undefined ? { description: pkg.description } : {}),
    ...(pkg.license !== undefined ? { license: pkg.license } : {}),
    private: true,
    type: "module",
    bin: { [pkg.name]: "dist/cli.js" },
    ...(pkg.engines !== undefined ? { engines: pkg.engines } : {}),
  };
  return JSON.stringify(out, null, 2) + "\n";
}

/** A build script as it runs for the shipped directory: the same command, its `--outdir=dist` moved to `outDist`. */
export function retarget(script: string, name: string, outDist: string): string {
  if (!/--outdir=dist(?=\s|$)/.test(script)) throw new Error(`the ${name} script has no --outdir=dist to redirect`);
  return script.replace(/--outdir=dist(?=\s|$)/, () => `--outdir=${JSON.stringify(outDist)}`);
}

function runScripts(root: string, pkg: RootPackage, outDist: string): void {
  const bin = join(root, "node_modules", ".bin");
  for (const name of BUILD_SCRIPTS) {
    const script = pkg.scripts[name];
    if (script === undefined) throw new Error(`package.json has no ${name} script`);
    const r = spawnSync(retarget(script, name, outDist), {
      cwd: root,
      shell: true,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` },
      encoding: "utf8",
      stdio: ["ignore", "inherit", "pipe"],
    });
    if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status ?? r.signal}): ${(r.stderr ?? "").trim()}`);
  }
}

/** Builds the shipped directory into `out` (which must not exist yet). */
export function buildShipped(root: string, out: string): void {
  const pkg = readPackage(root);
  mkdirSync(out, { recursive: true });
  runScripts(root, pkg, join(out, "dist"));
  for (const rel of COPIED) {
    if (existsSync(join(root, rel))) cpSync(join(root, rel), join(out, rel), { recursive: true });
  }
  writeFileSync(join(out, "package.json"), shippedPackageJson(pkg));
  mkdirSync(join(out, "bin"));
  writeFileSync(join(out, "bin", pkg.name), BIN_SHIM);
  chmodSync(join(out, "bin", pkg.name), 0o755);
  for (const file of listFiles(out)) if (NOT_SHIPPED.test(file)) throw new Error(`the build left ${file} in the shipped directory`);
}

/** Every regular file under `dir`, relative and sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Files that differ between two trees (content or executable bit), missing on either side; empty when equal. */
export function compareTrees(expected: string, actual: string): string[] {
  const a = listFiles(expected);
  const b = new Set(listFiles(actual));
  const diff: string[] = [];
  for (const f of a) {
    if (!b.has(f)) diff.push(`missing: ${f}`);
    else if (!readFileSync(join(expected, f)).equals(readFileSync(join(actual, f)))) diff.push(`differs: ${f}`);
    else if ((statSync(join(expected, f)).mode & 0o111) !== (statSync(join(actual, f)).mode & 0o111)) diff.push(`mode differs: ${f}`);
    b.delete(f);
  }
  for (const f of b) diff.push(`not built: ${f}`);
  return diff;
}

/** Total bytes of the regular files under `dir`. */
export function treeBytes(dir: string): number {
  return listFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

