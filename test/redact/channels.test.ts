// Redaction through the real channels: the built CLI, the real codex, a real git repo in a temp dir and the local
// Responses server recording what the model receives. Nothing secret reaches the server (changed files, an edited
// key without its BEGIN line, untracked secret files by name and by content, prompts in both languages), Codex's
// answers quoting secrets are stored redacted, and every cut (the 200-character title, debug's head/tail of long
// logs) happens after redaction.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { survivor } from "../bench/redact-score.js";
import { runCli } from "../support/cli.js";
import { makeCodexHome, type CodexHome } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { startResponsesServer, userTexts, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const b64line = (seed: number) => {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let s = seed;
  let out = "";
  for (let i = 0; i < 64; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out += A[(s >>> 16) % 64];
  }
  return out;
};
const KEY_LINES = Array.from({ length: 24 }, (_, i) => b64line(i + 7));
const EDITED_LINE = b64line(999);
const GH_TOKEN = "ghp_Q7fK2mZp9XwB4rT8nLc3Vd6Hs1Jy5Ga0Ue2R";
const DISCORD = "MTA4NTI3OTk2MzQ1Njc4OTAxMg.GhT3xk.Zq8wRk2Lp7Vn4Xc1Bm6Ty9Ds3Fh5Jg0Ka2We4";
const PROSE_PW = "Tr0ub4dor&3x9";
const ZH_PW = "Xy7#kLm92qz";
const PGPASS_PW = "Pg!Pass7731zz";
const SPLIT = ["sk_live_51HxQ9a", "Zt3Lm8Pq2Wv7Kd4Ry"];
const SECRET_FILE_MARKERS = {
  "terraform.tfvars": 'admin_password = "TfVarsOnly9-Qz"',
  kubeconfig: "token: KubeOnlyValue-7Hq2",
  "env.production": "STRIPE_KEY=EnvProdOnly-4Lp9",
  "secring.asc": "-----BEGIN PGP PRIVATE KEY BLOCK-----\nSecringOnly8Xw\n-----END PGP PRIVATE KEY BLOCK-----",
  "config/ci.json": '{ "type": "service_account", "project_id": "p", "private_key_id": "SaJsonOnly5Rt", "client_email": "a@p.iam.gserviceaccount.com" }',
};
const REVIEW = {
  verdict: "request-changes",
  summary: `The diff hard-codes the Discord bot token ${DISCORD}; rotate it.`,
  findings: [
    { severity: "must-fix", file: "src/db.ts", line_start: 2, line_end: 2, title: `Password ${PROSE_PW} committed in a comment`, explanation: `Line 2 says the password was ${PROSE_PW}.`, suggested_fix: `Remove ${GH_TOKEN} and the password.`, confidence: 0.9 },
  ],
};

let srv: ResponsesServer;
let home: CodexHome;
let repo: string;
let env: Record<string, string | undefined>;

const allPrompts = () => srv.responseRequests().flatMap((r) => userTexts(r)).join("\n");
const leaked = (haystack: string, secrets: readonly string[]) => secrets.filter((s) => survivor(haystack, s) !== undefined);

beforeAll(async () => {
  srv = await startResponsesServer({ script: (req) => (wantsSchema(req) ? { text: JSON.stringify(REVIEW) } : { text: "Looked at it." }) });
  home = await makeCodexHome(srv.url);
  const pem = ["const KEY = `-----BEGIN RSA PRIVATE KEY-----", ...KEY_LINES, "-----END RSA PRIVATE KEY-----`;", ""].join("\n");
  repo = makeRepo({ "src/key.ts": pem, "src/db.ts": "export const db = {};\n" }, "cc-redact-");
  env = { ...home.env, CODEX_COLLAB_CLAUDE_SESSION_ID: "claude-redact", CLAUDE_CODE_SESSION_ID: undefined, CODEX_COLLAB_CODEX_BIN: join(process.cwd(), "node_modules/.bin/codex") };
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("review: nothing secret reaches Codex, answers are stored redacted", () => {
  it("sends the change with every secret redacted and leaves secret files out", async () => {
    // An edit in the middle of the key: the hunk shows body lines but not the BEGIN line.
    const edited = readFileSync(join(repo, "src/key.ts"), "utf8").replace(KEY_LINES[12]!, EDITED_LINE);
    writeFileSync(join(repo, "src/key.ts"), edited);
    writeFiles(repo, {
      "src/db.ts": [
        "export const db = {};",
        `// old prod password was ${PROSE_PW}`,
        `# 生产库的密码是${ZH_PW}，请不要外传`,
        `const stripe = "${SPLIT[0]}" + "${SPLIT[1]}";`,
        `export const pgpass = "db.internal:5432:orders:app:${PGPASS_PW}";`,
        `client.login("${DISCORD}");`,
        "",
      ].join("\n"),
      ...SECRET_FILE_MARKERS,
    });
    const r = await runCli(["review", "--json"], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const leftOut = Object.fromEntries((out.left_out as { path: string; reason: string }[]).map((s) => [s.path, s.reason]));
    for (const name of Object.keys(SECRET_FILE_MARKERS)) expect(leftOut[name], name).toBe("secret-file");
    const prompt = allPrompts();
    expect(prompt).toContain("src/db.ts");
    expect(leaked(prompt, [...KEY_LINES.slice(9, 16), EDITED_LINE, PROSE_PW, ZH_PW, ...SPLIT.map((s) => s.replace("sk_live_", "")), PGPASS_PW, DISCORD])).toEqual([]);
    for (const body of Object.values(SECRET_FILE_MARKERS)) expect(prompt).not.toContain(body.split("\n")[0]!.slice(-12));
  });

  it("stores Codex's answer redacted in .codex-collab and state.validated.json", () => {
    for (const file of [".codex-collab", ".codex-collab.d/state.validated.json"]) {
      const text = readFileSync(join(repo, file), "utf8");
      expect(text, file).toContain("committed in a comment");
      expect(leaked(text, [DISCORD, PROSE_PW, GH_TOKEN.slice(4)]), file).toEqual([]);
    }
  });
});

describe("cuts happen after redaction", () => {
  it("a token straddling the 200-character title clip is gone from the stored title", async () => {
    const words = "Please look at why the deploy job fails when it pushes to the registry with the token below, ".repeat(2);
    const prompt = `${words.slice(0, 185)} ${GH_TOKEN} and also 密码是${ZH_PW}，thanks`;
    const r = await runCli(["ask", "--json", prompt], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    const state = readFileSync(join(repo, ".codex-collab"), "utf8");
    const titles = (JSON.parse(state).sessions["claude-redact"].history as { title: string }[]).map((h) => h.title);
    expect(titles.at(-1)).toContain("Please look at why");
    expect(leaked(state, [GH_TOKEN.slice(4), ZH_PW])).toEqual([]);
    expect(leaked(allPrompts(), [GH_TOKEN.slice(4), ZH_PW])).toEqual([]);
  });

  it("debug's head/tail cut of a long log: a key whose BEGIN line is cut away and a token at the cut are gone", async () => {
    const filler = (n: number, from: number) => Array.from({ length: n }, (_, i) => `2026-11-30T10:00:00Z INFO request ok id=${from + i} path=/api/orders/${from + i}`).join("\n");
    const head = filler(800, 0);
    // The head keeps 60 000 characters: the token starts just before that point.
    const pad = "x".repeat(60_000 - head.length - 10);
    const key = ["-----BEGIN RSA PRIVATE KEY-----", ...KEY_LINES, "-----END RSA PRIVATE KEY-----"].join("\n");
    const before = `${head}\n${pad} token=${GH_TOKEN}\n${filler(1900, 800)}\n`;
    // The tail (last 60 000 characters) starts about ten lines into the key's body.
    const after = `\n${filler(1000, 2700)}`.slice(0, 60_000 - (key.length - 700));
    const log = `${before}${key}${after}`;
    // The key's BEGIN line falls in the omitted middle, its body in the kept tail.
    const tailStart = log.length - 60_000;
    expect(log.indexOf("-----BEGIN RSA")).toBeLessThan(tailStart);
    expect(log.indexOf(KEY_LINES[23]!)).toBeGreaterThan(tailStart);
    writeFileSync(join(repo, "failure.log"), log);
    const r = await runCli(["debug", "--json", "--error-file", "failure.log", "the nightly job fails"], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    const last = srv.responseRequests().at(-1)!;
    const prompt = userTexts(last).join("\n");
    expect(prompt).toContain("characters omitted");
    expect(leaked(prompt, [GH_TOKEN.slice(4), ...KEY_LINES])).toEqual([]);
  });
});
