// The Claude Code plugin packaging: versions in step, hooks/hooks.json in step with what install writes,
// command and agent front matter, and the real pinned Claude Code's own validator on all of it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildSync } from "esbuild";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOOK_EVENTS, BACKGROUND, HOOK_MARKER, hookBundlePath, hookGroup } from "../../src/install/hooks.js";
import { BUILD_SCRIPTS, SHIPPED_DIR } from "../../src/plugin/shipped.js";
import { manifestVersion, MARKETPLACE_MANIFEST, PLUGIN_MANIFEST, readVersions, syncVersions, withVersion } from "../../src/plugin/versions.js";
import { CLAUDE_BIN } from "../support/claude.js";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (rel: string) => readFileSync(join(ROOT, rel), "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string; scripts: Record<string, string>; files: string[] };

describe("versions", () => {
  it("package.json, plugin.json and the marketplace entry carry the same version", () => {
    const v = readVersions(ROOT);
    expect(v.plugin).toBe(pkg.version);
    expect(v.marketplace).toBe(pkg.version);
  });

  it("withVersion changes only the version string, keeping the file's layout", () => {
    const text = '{\n\t"name":   "codex-collab",\n\t"version" : "0.1.0",  "x": [1,2]\n}\n';
    expect(withVersion("plugin", text, "2.0.0-rc.1")).toBe(text.replace('"0.1.0"', '"2.0.0-rc.1"'));
    const market = '{"name":"m","owner":{"name":"o"},"plugins":[{"name":"other","version":"9.9.9"},{"name":"codex-collab","version":"0.1.0","source":"./"}]}';
    const next = withVersion("marketplace", market, "0.2.0");
    expect(manifestVersion("marketplace", next)).toBe("0.2.0");
    expect(next).toContain('{"name":"other","version":"9.9.9"}');
    expect(() => withVersion("marketplace", '{"plugins":[]}', "1.0.0")).toThrow(/codex-collab entry/);
  });

  describe("the version:sync script", () => {
    let dir: string;
    let script: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "cc-version-sync-"));
      script = join(dir, "sync-version.mjs");
      // The same bundling as the npm script.
      expect(pkg.scripts["version:sync"]).toContain("esbuild src/plugin/sync-version.ts --bundle");
      buildSync({ entryPoints: [join(ROOT, "src/plugin/sync-version.ts")], bundle: true, platform: "node", format: "esm", outfile: script, logLevel: "warning" });
      mkdirSync(join(dir, "repo", ".claude-plugin"), { recursive: true });
      for (const rel of ["package.json", PLUGIN_MANIFEST, MARKETPLACE_MANIFEST]) cpSync(join(ROOT, rel), join(dir, "repo", rel));
      const copy = JSON.parse(read("package.json")) as Record<string, unknown>;
      writeFileSync(join(dir, "repo", "package.json"), JSON.stringify({ ...copy, version: "7.8.9" }, null, 2));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const run = (...args: string[]) => spawnSync(process.execPath, [script, "--root", join(dir, "repo"), ...args], { encoding: "utf8", timeout: 10_000 });

    it("--check fails while they differ; a sync writes both manifests; then --check passes", () => {
      const before = run("--check");
      expect(before.status).toBe(1);
      expect(before.stderr).toContain(`package.json has 7.8.9, but plugin.json has ${pkg.version} and marketplace.json has ${pkg.version}`);
      const sync = run();
      expect(sync.status, sync.stderr).toBe(0);
      expect(sync.stdout).toContain("set version 7.8.9 in");
      expect(readVersions(join(dir, "repo"))).toEqual({ package: "7.8.9", plugin: "7.8.9", marketplace: "7.8.9" });
      expect(readFileSync(join(dir, "repo", PLUGIN_MANIFEST), "utf8")).toBe(read(PLUGIN_MANIFEST).replace(`"version": "${pkg.version}"`, '"version": "7.8.9"'));
      expect(run("--check").status).toBe(0);
      expect(syncVersions(join(dir, "repo"))).toEqual([]);
    });
  });
});

describe("manifests", () => {
  it("plugin.json and the marketplace entry describe the same plugin, served from the shipped plugin/ directory", () => {
    const plugin = JSON.parse(read(PLUGIN_MANIFEST)) as Record<string, unknown>;
    const market = JSON.parse(read(MARKETPLACE_MANIFEST)) as { name: string; owner: { name: string }; plugins: Array<Record<string, unknown>> };
    expect(plugin).toMatchObject({ name: "codex-collab", description: expect.any(String), author: { name: expect.any(String) } });
    expect(market.owner.name).toEqual(expect.any(String));
    const entry = market.plugins.find((p) => p.name === plugin.name);
    expect(entry).toMatchObject({ source: `./${SHIPPED_DIR}`, description: plugin.description });
    // The npm package is the same shipped directory.
    expect(pkg.files).toContain(SHIPPED_DIR);
  });

  it("hooks/hooks.json mirrors install's hook entries: events, matchers, timeouts, marker, existing bundle names", () => {
    const hooks = JSON.parse(read("hooks/hooks.json")) as { hooks: Record<string, Array<{ matcher?: string; hooks: Array<{ type: string; command: string; timeout: number }> }>> };
    expect(Object.keys(hooks.hooks).sort()).toEqual([...HOOK_EVENTS].sort());
    for (const event of HOOK_EVENTS) {
      const installed = hookGroup("/pkg", event);
      const groups = hooks.hooks[event]!;
      expect(groups).toHaveLength(1);
      expect(groups[0]!.matcher).toBe(installed.matcher);
      const bundle = basename(hookBundlePath("/pkg", event), ".cjs");
      // Each handler install writes, as the plugin runs it: the same bundle, timeout and asyncRewake flag.
      expect(groups[0]!.hooks).toEqual(
        installed.hooks.map((h) => ({
          ...h,
          command: `${h.asyncRewake ? BACKGROUND : ""}env -u NODE_EXTRA_CA_CERTS ${HOOK_MARKER} node "\${CLAUDE_PLUGIN_ROOT}/dist/hooks/${basename(h.command.slice(h.command.lastIndexOf(" ") + 1).replace(/"/g, ""))}"`,
        })),
      );
      expect(groups[0]!.hooks[0]!.timeout).toBeGreaterThan(0);
      // The build writes that hook (a code-cache loader and the bundle it runs).
      expect(pkg.scripts["build:hooks"]).toContain(`hooks/${bundle}=src/hooks/cached-entry.ts`);
      expect(pkg.scripts["build:hooks"]).toContain(`hooks/${bundle}.main=src/hooks/${bundle}.ts`);
    }
    expect(hooks.hooks.PostToolUse![0]!.matcher).toBe("Edit|Write|MultiEdit|NotebookEdit");
    expect(hooks.hooks.Stop![0]!.hooks[0]!.timeout).toBe(15);
  });

  it("the CLI build bundles the MCP server as dist/mcp.js once src/mcp/main.ts exists (the plugin ships what it builds)", () => {
    if (existsSync(join(ROOT, "src", "mcp", "main.ts"))) expect(pkg.scripts["build:cli"]).toMatch(/(^|\s)mcp=src\/mcp\/main\.ts(\s|$)/);
    for (const name of BUILD_SCRIPTS) expect(pkg.scripts[name], name).toMatch(/--outdir=dist(\s|$)/);
    expect(pkg.scripts.build).toBe(BUILD_SCRIPTS.map((n) => `npm run ${n}`).join(" && "));
  });

  it("every command has a description and allowed-tools, every agent a name (its file name) and a description", () => {
    const files = (dir: string) => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".md")) : []);
    const commands = files("commands");
    const agents = files("agents");
    expect(commands.length + agents.length).toBeGreaterThan(0);
    for (const f of commands) {
      const { data } = matter(read(join("commands", f)));
      expect(typeof data.description === "string" && data.description.trim() !== "", `${f}: description`).toBe(true);
      expect(typeof data["allowed-tools"] === "string" || Array.isArray(data["allowed-tools"]), `${f}: allowed-tools`).toBe(true);
    }
    for (const f of agents) {
      const { data } = matter(read(join("agents", f)));
      expect(data.name, `${f}: name`).toBe(basename(f, ".md"));
      expect(typeof data.description === "string" && data.description.trim() !== "", `${f}: description`).toBe(true);
    }
  });
});

describe("the real Claude Code validator (claude plugin validate --strict)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cc-plugin-validate-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function validate(path: string) {
    const home = join(dir, "home");
    mkdirSync(join(home, ".claude"), { recursive: true });
    const r = spawnSync(CLAUDE_BIN, ["plugin", "validate", "--strict", path], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, CLAUDE_CONFIG_DIR: join(home, ".claude"), DISABLE_TELEMETRY: "1", DISABLE_AUTOUPDATER: "1", CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1" },
      encoding: "utf8",
      timeout: 30_000,
    });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  }

  it("accepts the marketplace", () => {
    const r = validate(ROOT);
    expect(r.output).toContain("marketplace.json");
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/warning|error/i);
  });

  it("accepts the shipped plugin: manifest, hooks.json, commands and agents", () => {
    const plugin = join(dir, "plugin");
    cpSync(join(ROOT, SHIPPED_DIR), plugin, { recursive: true });
    const r = validate(plugin);
    expect(r.output).toContain("Validation passed");
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/warning|error/i);

    // It does look at the hooks (it only names them when something is wrong): a broken event name fails.
    writeFileSync(join(plugin, "hooks", "hooks.json"), JSON.stringify({ hooks: { NoSuchEvent: [] } }));
    const broken = validate(plugin);
    expect(broken.status).toBe(1);
    expect(broken.output).toContain("Validating hooks");
  });
});
