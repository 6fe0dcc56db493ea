import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  _default,
  _enum,
  _gte,
  _minLength,
  _nonnegative,
  _positive,
  _regex,
  array,
  boolean,
  int,
  markSlowPath,
  number,
  object,
  optional,
  parse,
  record,
  safeParse,
  string
} from "./chunk-O76QQAV3.js";
import {
  ConfigError,
  readRepoFile
} from "./chunk-5EGK72M7.js";

// src/codex/args.ts
var SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
function isThreadId(id) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
var EFFORT_PATTERN = /^[a-z][a-z_-]{0,23}$/;
function checkedEffort(effort) {
  if (!EFFORT_PATTERN.test(effort)) throw new TypeError(`not a reasoning effort level: ${effort}`);
  return effort;
}
function buildCodexArgs(opts = {}) {
  const sandbox = opts.sandbox ?? "read-only";
  if (!SANDBOX_MODES.includes(sandbox)) throw new TypeError(`unknown sandbox mode: ${String(sandbox)}`);
  const common = ["--json", "--skip-git-repo-check", "-c", 'approval_policy="never"'];
  const optional2 = [
    ...opts.model ? ["-m", opts.model] : [],
    ...opts.effort ? ["-c", `model_reasoning_effort="${checkedEffort(opts.effort)}"`] : [],
    ...opts.outputSchemaFile ? ["--output-schema", opts.outputSchemaFile] : []
  ];
  if (opts.sessionId !== void 0) {
    if (!isThreadId(opts.sessionId)) throw new TypeError(`not a codex thread id: ${opts.sessionId}`);
    return ["exec", "resume", opts.sessionId, ...common, "-c", `sandbox_mode="${sandbox}"`, ...optional2, "-"];
  }
  return ["exec", ...common, "--sandbox", sandbox, ...optional2, "-"];
}

// src/config/load.ts
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

// src/config/directions.ts
var neutral = { kind: "neutral" };
var lower = { kind: "lower" };
var DIRECTIONS = {
  locale: neutral,
  "codex.model": neutral,
  "codex.effort": neutral,
  "codex.sandbox": { kind: "rank", ranks: { "read-only": 0, "workspace-write": 1 } },
  "codex.allowSandbox": { kind: "rank", ranks: { "read-only": 0, "workspace-write": 1, "danger-full-access": 2 } },
  "codex.timeoutSeconds": neutral,
  "codex.idleTimeoutSeconds": neutral,
  "hooks.classify": neutral,
  "hooks.autoReview": { kind: "falseIsTighter" },
  "hooks.stopGate": neutral,
  "classify.mediumThreshold": neutral,
  "classify.complexThreshold": neutral,
  "classify.extraScopeWords": neutral,
  "classify.extraRiskWords": neutral,
  "review.mode": { kind: "rank", ranks: { off: 0, auto: 1, always: 1 } },
  "review.debounceSeconds": neutral,
  "review.minIntervalSeconds": neutral,
  "review.maxReviewsPerSession": lower,
  "review.maxTokensPerSession": lower,
  "review.minChangedLines": neutral,
  "review.ignore": { kind: "union" },
  "review.maxFindingsInContext": neutral,
  "review.stopWaitSeconds": neutral,
  "review.promptBudgetBytes": lower,
  "review.maxCostPerSession": lower,
  "review.wake": neutral,
  "review.wakeRounds": lower,
  "context.threadBudgetTokens": lower,
  "context.model": { kind: "userOnly" },
  "context.prices": { kind: "userOnly" },
  "context.pricesDate": { kind: "userOnly" }
};

// src/config/merge.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function mergeScopes(base, over, prefix = "") {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const key = `${prefix}${k}`;
    if (DIRECTIONS[key]?.kind === "union" && Array.isArray(v) && Array.isArray(out[k])) out[k] = union(out[k], v);
    else out[k] = isObject(v) && isObject(out[k]) ? mergeScopes(out[k], v, `${key}.`) : v;
  }
  return out;
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}
function leaves(obj, prefix = "") {
  return Object.entries(obj).flatMap(([k, v]) => {
    const key = `${prefix}${k}`;
    return isObject(v) && DIRECTIONS[key] === void 0 ? leaves(v, `${key}.`) : [[key, v]];
  });
}
function get(obj, key) {
  let cur = obj;
  for (const part2 of key.split(".")) cur = isObject(cur) ? cur[part2] : void 0;
  return cur;
}
function set(obj, key, value) {
  const parts = key.split(".");
  let cur = obj;
  for (const part2 of parts.slice(0, -1)) {
    if (!isObject(cur[part2])) cur[part2] = {};
    cur = cur[part2];
  }
  cur[parts[parts.length - 1]] = value;
}
function tightened(dir, asked, kept) {
  if (JSON.stringify(asked) === JSON.stringify(kept)) return { value: asked };
  switch (dir?.kind) {
    case "neutral":
      return { value: asked };
    case "lower":
      return kept === void 0 || asked <= kept ? { value: asked } : void 0;
    case "falseIsTighter":
      return asked === false || kept === true ? { value: asked } : void 0;
    case "rank": {
      const a = dir.ranks[String(asked)];
      const k = kept === void 0 ? 0 : dir.ranks[String(kept)];
      return a !== void 0 && k !== void 0 && a <= k ? { value: asked } : void 0;
    }
    case "union":
      return { value: union(kept ?? [], asked) };
    default:
      return void 0;
  }
}
function applyProject(trusted, project, local) {
  const merged = structuredClone(trusted);
  const refused = [];
  for (const [key, asked] of leaves(project)) {
    const kept = get(trusted, key);
    if (DIRECTIONS[key]?.kind !== "union" && get(local, key) !== void 0) continue;
    const r = tightened(DIRECTIONS[key], asked, kept);
    if (r) set(merged, key, r.value);
    else refused.push({ key, asked, kept });
  }
  return { merged, refused };
}

// src/config/schema.ts
function defaultConfig() {
  return {
    codex: { sandbox: "read-only", timeoutSeconds: 900, idleTimeoutSeconds: 300 },
    hooks: { classify: true, autoReview: true, stopGate: true },
    classify: { mediumThreshold: 3, complexThreshold: 7, extraScopeWords: [], extraRiskWords: [] },
    review: {
      mode: "auto",
      debounceSeconds: 20,
      minIntervalSeconds: 60,
      maxReviewsPerSession: 20,
      maxTokensPerSession: 2e6,
      minChangedLines: 1,
      ignore: [],
      maxFindingsInContext: 8,
      stopWaitSeconds: 0,
      promptBudgetBytes: 2e5,
      wake: true,
      wakeRounds: 2,
      maxCostPerSession: 5
    },
    context: {
      threadBudgetTokens: 15e4,
      prices: {}
    }
  };
}
function build() {
  const d = defaultConfig();
  const ReviewMode = _enum(["off", "auto", "always"]);
  const Rate = number().check(_nonnegative());
  const Price = object({ input: Rate, cachedInput: Rate, output: Rate });
  const Config2 = object({
    locale: optional(_enum(["en", "zh"])),
    codex: _default(
      object({
        model: optional(string()),
        /** Reasoning effort passed as `-c model_reasoning_effort=…` (--effort overrides it). */
        effort: optional(string().check(_regex(EFFORT_PATTERN, "a reasoning effort level such as low, medium or high"))),
        sandbox: _default(_enum(["read-only", "workspace-write"]), d.codex.sandbox),
        /** The loosest sandbox a tool call may ask for; a project file may only lower it (directions.ts). */
        allowSandbox: optional(_enum(["read-only", "workspace-write", "danger-full-access"])),
        timeoutSeconds: _default(number().check(_positive()), d.codex.timeoutSeconds),
        idleTimeoutSeconds: _default(number().check(_positive()), d.codex.idleTimeoutSeconds)
      }),
      d.codex
    ),
    hooks: _default(
      object({
        classify: _default(boolean(), d.hooks.classify),
        autoReview: _default(boolean(), d.hooks.autoReview),
        stopGate: _default(boolean(), d.hooks.stopGate)
      }),
      d.hooks
    ),
    classify: _default(
      object({
        /** Score at or above which a prompt is medium / complex. */
        mediumThreshold: _default(number(), d.classify.mediumThreshold),
        complexThreshold: _default(number(), d.classify.complexThreshold),
        extraScopeWords: _default(array(string()), d.classify.extraScopeWords),
        extraRiskWords: _default(array(string()), d.classify.extraRiskWords)
      }),
      d.classify
    ),
    review: _default(
      object({
        /** auto: review only tasks classified medium or complex; always: every edit burst; off: never. */
        mode: _default(ReviewMode, d.review.mode),
        debounceSeconds: _default(number().check(_nonnegative()), d.review.debounceSeconds),
        minIntervalSeconds: _default(number().check(_nonnegative()), d.review.minIntervalSeconds),
        maxReviewsPerSession: _default(number().check(_nonnegative()), d.review.maxReviewsPerSession),
        maxTokensPerSession: _default(number().check(_nonnegative()), d.review.maxTokensPerSession),
        /** Diffs with fewer changed lines than this are not auto-reviewed. */
        minChangedLines: _default(number().check(_nonnegative()), d.review.minChangedLines),
        ignore: _default(array(string()), d.review.ignore),
        maxFindingsInContext: _default(number().check(_positive()), d.review.maxFindingsInContext),
        stopWaitSeconds: _default(number().check(_nonnegative()), d.review.stopWaitSeconds),
        promptBudgetBytes: _default(number().check(_positive()), d.review.promptBudgetBytes),
        /** Estimated USD per Claude session after which automatic reviews stop (see context.prices). */
        maxCostPerSession: _default(number().check(_nonnegative()), d.review.maxCostPerSession),
        /** Wake an idle Claude with must-fix findings (asyncRewake hook), where Claude Code supports it. */
        wake: _default(boolean(), d.review.wake),
        /** Wakes per loop (review → fixes → final review) before it stops and leaves the rest to the user. */
        wakeRounds: _default(number().check(int(), _nonnegative()), d.review.wakeRounds)
      }),
      d.review
    ),
    context: _default(
      object({
        /** A thread whose next turn would pass this many tokens continues in a fresh thread with a handoff. */
        threadBudgetTokens: _default(number().check(int(), _gte(4e3)), d.context.threadBudgetTokens),
        /** Model the estimate prices when codex.model is not set (default: the price table's). */
        model: optional(string().check(_minLength(1))),
        /** USD per million tokens, per model; overrides and extends the shipped table (src/workflow/prices.json). */
        prices: _default(record(string().check(_minLength(1)), Price), d.context.prices),
        /** When the overriding prices were taken, shown with every estimate. */
        pricesDate: optional(string().check(_minLength(1)))
      }),
      d.context
    )
  });
  return { ReviewMode, Config: Config2 };
}
var built;
function configSchemas() {
  if (built) return built;
  markSlowPath();
  return built = build();
}
function part(key) {
  return configSchemas()[key];
}
var Config = /* @__PURE__ */ part("Config");
var CONFIG_RELATIVE_PATH = ".claude/codex-collab.json";
var LOCAL_CONFIG_RELATIVE_PATH = ".claude/codex-collab.local.json";

// src/config/load.ts
function configPath(root) {
  return join(root, CONFIG_RELATIVE_PATH);
}
function localConfigPath(root) {
  return join(root, LOCAL_CONFIG_RELATIVE_PATH);
}
function userClaudeDirOf(env) {
  return env.CLAUDE_CONFIG_DIR ? resolve(env.CLAUDE_CONFIG_DIR) : join(env.HOME || homedir(), ".claude");
}
function userConfigPath(env) {
  return join(userClaudeDirOf(env), "codex-collab.json");
}
function readScope(file, fromRepository) {
  let text;
  try {
    if (fromRepository) {
      const buf = readRepoFile(file);
      if (buf === null) return void 0;
      text = buf.toString("utf8");
    } else {
      text = readFileSync(file, "utf8");
    }
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new ConfigError(file, e.message);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, e.message);
  }
  const parsed = safeParse(configSchemas().Config, raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new ConfigError(file, issues);
  }
  return raw;
}
function localIsTracked(root) {
  if (!existsSync(join(root, ".git"))) return true;
  const { spawnSync } = createRequire(join(root, "noop.js"))("node:child_process");
  const run = (cwd, args) => spawnSync("git", args, { cwd, encoding: "utf8", timeout: 2e3, stdio: ["ignore", "pipe", "ignore"] });
  const listed = run(root, ["ls-files", "-z", "--recurse-submodules", "--", `:(icase)${LOCAL_CONFIG_RELATIVE_PATH}`]);
  if (listed.status !== 0 || listed.stdout !== "") return true;
  const top = run(join(root, ".claude"), ["rev-parse", "--show-toplevel"]);
  return top.status !== 0 || realpathOr(top.stdout.trim()) !== realpathOr(root);
}
function realpathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
function loadConfigReport(root, env = process.env) {
  const paths = { user: userConfigPath(env), project: configPath(root), local: localConfigPath(root) };
  const user = readScope(paths.user, false);
  const project = readScope(paths.project, true);
  const local = readScope(paths.local, true);
  const files = Object.fromEntries(
    Object.entries(paths).filter(([scope]) => ({ user, project, local })[scope] !== void 0)
  );
  if (user === void 0 && project === void 0 && local === void 0) return { config: defaultConfig(), refused: [], files, localTracked: false };
  const localTracked = local !== void 0 && localIsTracked(root);
  const own = localTracked ? {} : local ?? {};
  const fromRepository = localTracked ? mergeScopes(project ?? {}, local) : project ?? {};
  const trusted = mergeScopes(mergeScopes(defaultConfig(), user ?? {}), own);
  const { merged, refused } = applyProject(trusted, fromRepository, own);
  return { config: parse(configSchemas().Config, merged), refused, files, localTracked };
}
function loadConfig(root, env = process.env) {
  return loadConfigReport(root, env).config;
}
var FLAGS = { "codex.sandbox": "--sandbox" };
function describeRefused(root, report, env = process.env) {
  const source = report.localTracked ? `${CONFIG_RELATIVE_PATH} / ${LOCAL_CONFIG_RELATIVE_PATH} (tracked by git)` : CONFIG_RELATIVE_PATH;
  return report.refused.map(
    (r) => `${source} asks for ${r.key} = ${JSON.stringify(r.asked)}, which loosens safety; a repository's file can only tighten, so ${JSON.stringify(r.kept)} applies. To allow it, set it in your own ${userConfigPath(env)} or an untracked ${localConfigPath(root)}${FLAGS[r.key] ? `, or pass ${FLAGS[r.key]}` : ""}.`
  );
}

export {
  SANDBOX_MODES,
  isThreadId,
  EFFORT_PATTERN,
  buildCodexArgs,
  Config,
  CONFIG_RELATIVE_PATH,
  localConfigPath,
  userClaudeDirOf,
  userConfigPath,
  loadConfigReport,
  loadConfig,
  describeRefused
};
