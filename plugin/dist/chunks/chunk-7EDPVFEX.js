import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  InstallError,
  SettingsInvalidError,
  SettingsShapeError,
  readRepoFile
} from "./chunk-5EGK72M7.js";

// src/install/hooks.ts
import { join } from "node:path";
var HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PostToolUse", "Stop"];
var WAKE_TIMEOUT_SECONDS = 1800;
var SPECS = {
  SessionStart: { bundle: "session-start.cjs", timeout: 10 },
  UserPromptSubmit: { bundle: "user-prompt-submit.cjs", timeout: 10 },
  PostToolUse: {
    bundle: "post-tool-use.cjs",
    timeout: 10,
    matcher: "Edit|Write|MultiEdit|NotebookEdit",
    wake: { bundle: "wake.cjs", timeout: WAKE_TIMEOUT_SECONDS }
  },
  // Stop may wait for a running review when review.stopWaitSeconds is set.
  Stop: { bundle: "stop.cjs", timeout: 15 }
};
var HOOK_MARKER = "CODEX_COLLAB_HOOK=1";
var MARKER_RE = /(?:^|\s)CODEX_COLLAB_HOOK=/;
function isOurHookCommand(command) {
  return MARKER_RE.test(command);
}
function isOurHookHandler(handler) {
  if (typeof handler !== "object" || handler === null) return false;
  const command = handler.command;
  return typeof command === "string" && isOurHookCommand(command);
}
function shellQuote(word) {
  return `"${word.replace(/["$`\\]/g, "\\$&")}"`;
}
var LAUNCHER_REL = ".claude/codex-collab/launch.cjs";
function hookBundlePath(packageRoot, event) {
  return join(packageRoot, "dist", "hooks", SPECS[event].bundle);
}
function hookCommand(packageRoot, event, bundle = SPECS[event].bundle) {
  return `env -u NODE_EXTRA_CA_CERTS ${HOOK_MARKER} node ${shellQuote(join(packageRoot, "dist", "hooks", bundle))}`;
}
var BACKGROUND = "sleep 0.3; nice -n 10 ";
function launcherHookCommand(bundle) {
  return `env -u NODE_EXTRA_CA_CERTS ${HOOK_MARKER} node "$CLAUDE_PROJECT_DIR/${LAUNCHER_REL}" hook ${bundle.replace(/\.cjs$/, "")}`;
}
function hookGroup(target, event) {
  const spec = SPECS[event];
  const packageRoot = target === "launcher" ? void 0 : typeof target === "string" ? target : target.packageRoot;
  const command = (bundle) => packageRoot === void 0 ? launcherHookCommand(bundle) : hookCommand(packageRoot, event, bundle);
  const hooks = [{ type: "command", command: command(spec.bundle), timeout: spec.timeout }];
  if (spec.wake) hooks.push({ type: "command", command: `${BACKGROUND}${command(spec.wake.bundle)}`, timeout: spec.wake.timeout, asyncRewake: true });
  return spec.matcher === void 0 ? { hooks } : { matcher: spec.matcher, hooks };
}
function desiredHooks(target) {
  return new Map(HOOK_EVENTS.map((e) => [e, hookGroup(target, e)]));
}

// src/launcher/where.ts
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { delimiter, dirname, isAbsolute, join as join2 } from "node:path";
var PACKAGE = "codex-collab";
var LOCAL_RECORD = join2(".codex-collab.d", "install.json");
function isPackage(dir) {
  try {
    return JSON.parse(readFileSync(join2(dir, "package.json"), "utf8")).name === PACKAGE && existsSync(join2(dir, "dist", "cli.js"));
  } catch {
    return false;
  }
}
function recorded(project) {
  try {
    const text = readRepoFile(join2(project, LOCAL_RECORD), { maxBytes: 64 * 1024, ownPrivate: true });
    if (text === null) return null;
    const root = JSON.parse(text.toString("utf8")).packageRoot;
    return typeof root === "string" && isAbsolute(root) && !tracked(project) && isPackage(root) ? root : null;
  } catch {
    return null;
  }
}
function tracked(project) {
  if (!existsSync(join2(project, ".git"))) return false;
  const r = spawnSync("git", ["ls-files", "-z", "--", LOCAL_RECORD], { cwd: project, encoding: "utf8", timeout: 2e3, stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 && r.stdout !== "";
}
function onPath(env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    let real;
    try {
      real = realpathSync(join2(dir, PACKAGE));
    } catch {
      continue;
    }
    for (let d = dirname(real); dirname(d) !== d; d = dirname(d)) if (isPackage(d)) return d;
  }
  return null;
}
function findPackage(project, env) {
  const rec = recorded(project);
  if (rec !== null) return { packageRoot: rec, via: "recorded" };
  const path = onPath(env);
  return path === null ? null : { packageRoot: path, via: "path" };
}

// src/install/package.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { dirname as dirname2, join as join3, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_NAME = "codex-collab";
function findPackageRoot(from = import.meta.url) {
  let dir = dirname2(from.startsWith("file:") ? fileURLToPath(from) : from);
  for (; ; ) {
    const manifest = join3(dir, "package.json");
    if (existsSync2(manifest)) {
      try {
        if (JSON.parse(readFileSync2(manifest, "utf8")).name === PACKAGE_NAME) return dir;
      } catch {
      }
    }
    const parent = dirname2(dir);
    if (parent === dir) {
      throw new InstallError(`Could not find the ${PACKAGE_NAME} package above ${from}.`, `Reinstall ${PACKAGE_NAME} (README \u2192 Install).`);
    }
    dir = parent;
  }
}
var SHIPPED_DIRS = ["commands", "agents"];
var PLUGIN_ROOT_PLACEHOLDER = "${CLAUDE_PLUGIN_ROOT}";
function withPackageRoot(text, packageRoot) {
  const quoted = resolve(packageRoot).replaceAll("'", "'\\''");
  return text.replaceAll(PLUGIN_ROOT_PLACEHOLDER, () => quoted);
}
var CLI_PLACEHOLDER = `${PLUGIN_ROOT_PLACEHOLDER}/dist/cli.js`;
function withLauncher(text, launcherRel) {
  return text.replaceAll(CLI_PLACEHOLDER, () => launcherRel).replaceAll(PLUGIN_ROOT_PLACEHOLDER, () => dirname2(launcherRel));
}
function shippedFiles(packageRoot, launcherRel) {
  const files = [];
  for (const sub of SHIPPED_DIRS) {
    const dir = join3(packageRoot, sub);
    if (!existsSync2(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".md") || !statSync(join3(dir, name)).isFile()) continue;
      const text = readFileSync2(join3(dir, name), "utf8");
      files.push({ rel: `${sub}/${name}`, content: launcherRel === void 0 ? withPackageRoot(text, packageRoot) : withLauncher(text, launcherRel) });
    }
  }
  return files;
}

// src/install/jsonText.ts
var JsonSyntaxError = class extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
};
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function parseJson(text) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  const skipWs = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const fail = (what) => {
    if (i >= text.length) throw new JsonSyntaxError(`unexpected end of input, expected ${what}`, i);
    throw new JsonSyntaxError(`unexpected ${JSON.stringify(text[i])}, expected ${what}`, i);
  };
  const parseString = () => {
    const start = i;
    i++;
    for (; ; ) {
      if (i >= text.length) throw new JsonSyntaxError("unterminated string", start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) throw new JsonSyntaxError("control character in string", i);
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new JsonSyntaxError("bad \\u escape in string", i);
          i += 6;
          continue;
        }
        if (e === void 0 || !'"\\/bfnrt'.includes(e)) throw new JsonSyntaxError("bad escape in string", i);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const parseValue = () => {
    skipWs();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const props = [];
      skipWs();
      if (text[i] === "}") {
        i++;
        return { kind: "object", start, end: i, props };
      }
      for (; ; ) {
        skipWs();
        if (text[i] !== '"') fail("a property name in double quotes");
        const keyStart = i;
        const key = parseString();
        skipWs();
        if (text[i] !== ":") fail('":" after the property name');
        i++;
        const value = parseValue();
        props.push({ key, keyStart, value });
        skipWs();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return { kind: "object", start, end: i, props };
        }
        fail('"," or "}"');
      }
    }
    if (c === "[") {
      i++;
      const items = [];
      skipWs();
      if (text[i] === "]") {
        i++;
        return { kind: "array", start, end: i, items };
      }
      for (; ; ) {
        items.push(parseValue());
        skipWs();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return { kind: "array", start, end: i, items };
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') {
      parseString();
      return { kind: "string", start, end: i };
    }
    for (const [word, kind] of [
      ["true", "boolean"],
      ["false", "boolean"],
      ["null", "null"]
    ]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind, start, end: i };
      }
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
    if (num) {
      i += num[0].length;
      return { kind: "number", start, end: i };
    }
    return fail("a value");
  };
  const root = parseValue();
  skipWs();
  if (i < text.length) fail("the end of the document");
  return root;
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf("\n") + 1, 0);
  const line = before.split("\n").length;
  return { line, column: Array.from(before.slice(lineStart)).length + 1 };
}
function nodeValue(text, node) {
  return JSON.parse(text.slice(node.start, node.end));
}
function findProp(obj, key) {
  for (let k = obj.props.length - 1; k >= 0; k--) if (obj.props[k].key === key) return obj.props[k];
  return void 0;
}
function detectStyle(text) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const m = /\n([ \t]+)\S/.exec(text);
  return { indent: m ? m[1] : "  ", eol };
}
function lineIndent(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
function startsLine(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset));
}
function splice(text, from, to, insert) {
  return text.slice(0, from) + insert + text.slice(to);
}
function render(value, base, style) {
  return JSON.stringify(value, null, style.indent).split("\n").join(style.eol + base);
}
function members(container) {
  return container.kind === "object" ? container.props.map((p) => ({ start: p.keyStart, end: p.value.end })) : container.items.map((n) => ({ start: n.start, end: n.end }));
}
function appendMember(text, container, memberText, style) {
  const list = members(container);
  const last = list[list.length - 1];
  if (last === void 0) {
    const outer = lineIndent(text, container.start);
    const inner = outer + style.indent;
    return splice(text, container.start + 1, container.end - 1, style.eol + inner + memberText(inner) + style.eol + outer);
  }
  if (!startsLine(text, last.start)) {
    return splice(text, last.end, last.end, ", " + memberText(lineIndent(text, last.start)));
  }
  const base = lineIndent(text, last.start);
  return splice(text, last.end, last.end, "," + style.eol + base + memberText(base));
}
function removeMember(text, container, index) {
  const list = members(container);
  if (list.length === 1) return splice(text, container.start + 1, container.end - 1, "");
  const here = list[index];
  const next = list[index + 1];
  if (next !== void 0) return splice(text, here.start, next.start, "");
  return splice(text, list[index - 1].end, here.end, "");
}
function addProperty(text, obj, key, value, style) {
  return appendMember(text, obj, (base) => `${JSON.stringify(key)}: ${render(value, base, style)}`, style);
}
function removeProperty(text, obj, key) {
  const index = obj.props.findLastIndex((p) => p.key === key);
  return index < 0 ? text : removeMember(text, obj, index);
}
function appendItem(text, arr, value, style) {
  return appendMember(text, arr, (base) => render(value, base, style), style);
}
function removeItem(text, arr, index) {
  return removeMember(text, arr, index);
}
function replaceNode(text, node, value, style) {
  return splice(text, node.start, node.end, render(value, lineIndent(text, node.start), style));
}

// src/install/settings.ts
function parseOrThrow(file, text) {
  try {
    return parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const { line, column } = lineColumn(text, e.offset);
    throw new SettingsInvalidError(file, line, column, e.message);
  }
}
function parseSettingsLike(file, text) {
  return nodeValue(text, parseOrThrow(file, text));
}
function parseSettings(file, text) {
  const root = parseOrThrow(file, text);
  const shapeError = (offset, detail) => {
    const { line, column } = lineColumn(text, offset);
    return new SettingsShapeError(file, line, column, detail);
  };
  if (root.kind !== "object") throw shapeError(root.start, "the top level must be a JSON object");
  const hooks = findProp(root, "hooks")?.value;
  if (hooks === void 0) return { root, hooks: void 0 };
  if (hooks.kind !== "object") throw shapeError(hooks.start, '"hooks" must be an object');
  for (const p of hooks.props) {
    if (p.value.kind !== "array") throw shapeError(p.value.start, `"hooks.${p.key}" must be an array`);
  }
  return { root, hooks };
}
function ourEntries(text, arr) {
  const found = [];
  arr.items.forEach((item, group) => {
    if (item.kind !== "object") return;
    const handlers = findProp(item, "hooks")?.value;
    if (handlers?.kind !== "array") return;
    const mine = handlers.items.flatMap((h, k) => isOurHookHandler(nodeValue(text, h)) ? [k] : []);
    if (mine.length === 0) return;
    if (mine.length === handlers.items.length) found.push({ group });
    else for (const handler of mine) found.push({ group, handler });
  });
  return found;
}
function removeEntry(text, arr, entry) {
  if (entry.handler === void 0) return removeItem(text, arr, entry.group);
  const group = arr.items[entry.group];
  return removeItem(text, findProp(group, "hooks").value, entry.handler);
}
function nextEdit(text, arr, want, style) {
  const entries = ourEntries(text, arr);
  const keep = want === void 0 ? void 0 : entries.find((e) => e.handler === void 0);
  if (want !== void 0) {
    if (keep === void 0) return appendItem(text, arr, want, style);
    const node = arr.items[keep.group];
    if (JSON.stringify(nodeValue(text, node)) !== JSON.stringify(want)) return replaceNode(text, node, want, style);
  }
  const stray = entries.find((e) => e !== keep);
  return stray === void 0 ? null : removeEntry(text, arr, stray);
}
function hooksValue(want) {
  return Object.fromEntries([...want].map(([event, group]) => [event, [group]]));
}
function hooksObject(file, text) {
  return parseSettings(file, text).hooks;
}
function mergeHooks(file, original, want, previous) {
  if (original === null || original.trim() === "") {
    if (want.size === 0) return { text: original, record: previous ?? { createdFile: false, createdHooks: false, createdEvents: [] } };
    const text2 = JSON.stringify({ hooks: hooksValue(want) }, null, 2) + "\n";
    const fresh = { createdFile: original === null, createdHooks: true, createdEvents: [...want.keys()] };
    return { text: text2, record: original === null ? fresh : { ...fresh, blank: original } };
  }
  const record = previous ? { ...previous, createdEvents: [...previous.createdEvents] } : { createdFile: false, createdHooks: false, createdEvents: [] };
  const style = detectStyle(original);
  let text = original;
  const parsed = parseSettings(file, text);
  if (parsed.hooks === void 0) {
    if (want.size === 0) return { text, record };
    text = addProperty(text, parsed.root, "hooks", hooksValue(want), style);
    return { text, record: { ...record, createdHooks: true, createdEvents: [...want.keys()] } };
  }
  const emptied = /* @__PURE__ */ new Set();
  const events = [.../* @__PURE__ */ new Set([...want.keys(), ...parsed.hooks.props.map((p) => p.key)])];
  for (const event of events) {
    for (; ; ) {
      const hooks2 = hooksObject(file, text);
      const arr = findProp(hooks2, event)?.value;
      const wanted = want.get(event);
      if (arr === void 0) {
        if (wanted === void 0) break;
        text = addProperty(text, hooks2, event, [wanted], style);
        if (!record.createdEvents.includes(event)) record.createdEvents.push(event);
        break;
      }
      const hadOurs = ourEntries(text, arr).length > 0;
      const next = nextEdit(text, arr, wanted, style);
      if (next === null) break;
      text = next;
      if (hadOurs && wanted === void 0) emptied.add(event);
    }
  }
  const removable = (event) => previous ? record.createdEvents.includes(event) : emptied.has(event);
  for (const event of events) {
    if (want.has(event)) continue;
    const hooks2 = hooksObject(file, text);
    const arr = findProp(hooks2, event)?.value;
    if (arr !== void 0 && arr.items.length === 0 && removable(event)) text = removeProperty(text, hooks2, event);
    record.createdEvents = record.createdEvents.filter((e) => e !== event);
  }
  const { root, hooks } = parseSettings(file, text);
  if (want.size === 0 && hooks !== void 0 && hooks.props.length === 0 && (previous ? record.createdHooks : emptied.size > 0)) {
    text = removeProperty(text, root, "hooks");
    record.createdHooks = false;
    if (parseSettings(file, text).root.props.length === 0) {
      if (record.createdFile) return { text: null, record };
      if (record.blank !== void 0) return { text: record.blank, record };
    }
  }
  return { text, record };
}

export {
  HOOK_EVENTS,
  isOurHookHandler,
  LAUNCHER_REL,
  hookBundlePath,
  desiredHooks,
  LOCAL_RECORD,
  findPackage,
  PACKAGE_NAME,
  findPackageRoot,
  shippedFiles,
  parseJson,
  nodeValue,
  findProp,
  detectStyle,
  addProperty,
  removeProperty,
  appendItem,
  removeItem,
  replaceNode,
  parseSettingsLike,
  mergeHooks
};
