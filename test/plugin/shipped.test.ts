// The shipped plugin/ directory and the npm package made from it: the freshness check really fails on a stale or
// extra file, the build script's output directory is redirected exactly, plugin/ holds nothing Claude Code would
// run npm for and nothing the plugin never runs, and `npm pack` + `npm install -g` of the tarball works offline,
// without running a script, and gives a working codex-collab.
import { spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareTrees, listFiles, retarget, SHIPPED_DIR } from "../../src/plugin/shipped.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SHIPPED = join(ROOT, SHIPPED_DIR);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cc-shipped-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the freshness check", () => {
  it("names every stale, missing, extra or mode-changed file", () => {
    const a = join(dir, "a");
    cpSync(SHIPPED, a, { recursive: true });
    const b = join(dir, "b");
    cpSync(SHIPPED, b, { recursive: true });
    expect(compareTrees(a, b)).toEqual([]);
    appendFileSync(join(b, "dist", "cli.js"), "\n");
    rmSync(join(b, "commands", "codex-status.md"));
    writeFileSync(join(b, "dist", "hooks", "stop.main.cjs.cache"), "x");
    chmodSync(join(b, "bin", "codex-collab"), 0o644);
    expect(compareTrees(a, b).sort()).toEqual(
      ["differs: dist/cli.js", "missing: commands/codex-status.md", "mode differs: bin/codex-collab", "not built: dist/hooks/stop.main.cjs.cache"].sort(),
    );
  });

  it("redirects only the script's own --outdir=dist", () => {
    expect(retarget("esbuild a=src/a.ts --outdir=dist --chunk-names=chunks/[name]", "build:cli", "/t/o p/dist")).toBe('esbuild a=src/a.ts --outdir="/t/o p/dist" --chunk-names=chunks/[name]');
    expect(() => retarget("esbuild a.ts --outdir=dist2", "build:x", "/t")).toThrow(/no --outdir=dist/);
  });
});

describe("plugin/ as committed", () => {
  const files = listFiles(SHIPPED);

  it("holds the built CLI and hooks, and nothing Claude Code would run npm for or the plugin never runs", () => {
    expect(files).toEqual(expect.arrayContaining(["package.json", ".claude-plugin/plugin.json", "hooks/hooks.json", "dist/cli.js", "bin/codex-collab", "templates/en/code-review.md"]));
    expect(files.filter((f) => /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|bun\.lockb?|yarn\.lock|pnpm-lock\.yaml)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(cache|map)$|^dist\/(demo|bench|eval|gen)\//.test(f))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(SHIPPED, "package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "codex-collab", type: "module" });
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts).toBeUndefined();
  });

  it("runs its CLI from any copy, with its bin/ shim too", () => {
    const copy = join(dir, "copy");
    cpSync(SHIPPED, copy, { recursive: true });
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    for (const entry of [join(copy, "dist", "cli.js"), join(copy, "bin", "codex-collab")]) {
      const r = spawnSync(entry, ["--version"], { encoding: "utf8", timeout: 10_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });
});

describe("the npm package", () => {
  it("packs plugin/ and the READMEs only, and installs globally offline without running a script", () => {
    const out = join(dir, "pack");
    mkdirSync(out);
    const env = { ...process.env, npm_config_cache: join(dir, "npm-cache"), npm_config_update_notifier: "false" };
    const pack = spawnSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = info!.files.map((f) => f.path);
    expect(paths.filter((p) => !p.startsWith(`${SHIPPED_DIR}/`)).sort()).toEqual(["README.md", "README.zh-CN.md", "package.json"]);
    expect(paths.filter((p) => p.startsWith(`${SHIPPED_DIR}/`)).map((p) => p.slice(SHIPPED_DIR.length + 1)).sort()).toEqual([...listFiles(SHIPPED)].sort());

    const prefix = join(dir, "prefix");
    const install = spawnSync("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--foreground-scripts", "--prefix", prefix, join(out, info!.filename)], { env, encoding: "utf8", timeout: 60_000 });
    expect(install.status, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/prepare|warn/i);
    const lib = join(prefix, "lib", "node_modules", "codex-collab");
    expect(readdirSync(lib).sort()).toEqual(["README.md", "README.zh-CN.md", "package.json", SHIPPED_DIR].sort());
    const r = spawnSync(join(prefix, "bin", "codex-collab"), ["--version"], { encoding: "utf8", timeout: 10_000 });
    expect(r.status, r.stderr).toBe(0);
  });
});
