import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/project.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function findProjectRoot(start = process.cwd()) {
  const from = resolve(start);
  let dir = from;
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}
var STATE_FILE_NAME = ".codex-collab";
function stateFilePath(root) {
  return join(root, STATE_FILE_NAME);
}
function stateDir(root) {
  return join(root, ".codex-collab.d");
}
function isOwnStatePath(path) {
  return path === STATE_FILE_NAME || path.startsWith(`${STATE_FILE_NAME}.`) || path.startsWith(`${STATE_FILE_NAME}/`);
}

// src/errors.ts
var EXIT = {
  OK: 0,
  FAILED: 1,
  USAGE: 2,
  NOT_FOUND: 3,
  AUTH: 4,
  TIMEOUT: 5,
  SESSION_NOT_FOUND: 6,
  PROMPT_TOO_LARGE: 7,
  CONFIG: 8,
  SANDBOX_VIOLATION: 9,
  FINDINGS: 10,
  CANCELLED: 130
};
var CodexCollabError = class extends Error {
  code;
  exitCode;
  /** What the user should do next, one sentence. */
  hint;
  constructor(code, message, hint, exitCode, options) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.hint = hint;
    this.exitCode = exitCode;
  }
  toJSON() {
    return { code: this.code, message: this.message, hint: this.hint };
  }
};
var CodexNotFoundError = class extends CodexCollabError {
  constructor(bin, options) {
    super(
      "CODEX_NOT_FOUND",
      `The Codex CLI was not found (looked for "${bin}").`,
      'Install it with "npm install -g @openai/codex", or set CODEX_COLLAB_CODEX_BIN to its path.',
      EXIT.NOT_FOUND,
      options
    );
  }
};
var CodexAuthError = class extends CodexCollabError {
  constructor(detail, hint = 'Run "codex login", then try again.') {
    super("CODEX_AUTH", `Codex is not logged in or its credentials were rejected: ${detail}`, hint, EXIT.AUTH);
  }
};
var CodexFailedError = class extends CodexCollabError {
  stderrTail;
  /** `hint` replaces the generic next step when the cause is known (a rate limit, a service outage). */
  constructor(message, stderrTail = "", hint) {
    super(
      "CODEX_FAILED",
      stderrTail ? `${message}
--- last lines of codex stderr ---
${stderrTail}` : message,
      hint ?? 'Check the message above; "codex-collab doctor" checks the installation.',
      EXIT.FAILED
    );
    this.stderrTail = stderrTail;
  }
};
var TimeoutError = class extends CodexCollabError {
  constructor(kind, seconds) {
    super(
      kind,
      kind === "TIMEOUT" ? `Codex did not finish within ${seconds} s; it was stopped.` : `Codex sent no event for ${seconds} s; it was stopped.`,
      kind === "TIMEOUT" ? "Raise --timeout, or split the task into smaller prompts." : "Raise --idle-timeout if the model is slow, or check the network and the model provider.",
      EXIT.TIMEOUT
    );
  }
};
var CancelledError = class extends CodexCollabError {
  constructor() {
    super("CANCELLED", "The Codex run was cancelled.", "Run the command again when you are ready.", EXIT.CANCELLED);
  }
};
var SessionNotFoundError = class extends CodexCollabError {
  constructor(session) {
    super(
      "SESSION_NOT_FOUND",
      `Codex has no session "${session}" to resume (it may have been created under another CODEX_HOME or deleted).`,
      'Start a fresh session with "--session new" (or "--new"), or pick one from "codex-collab sessions list".',
      EXIT.SESSION_NOT_FOUND
    );
  }
};
var UnknownSessionError = class extends CodexCollabError {
  constructor(ref) {
    super("SESSION_NOT_FOUND", `No session "${ref}" in this project.`, 'List them with "codex-collab sessions list".', EXIT.SESSION_NOT_FOUND);
  }
};
var PromptTooLargeError = class extends CodexCollabError {
  constructor(chars, limit) {
    super(
      "PROMPT_TOO_LARGE",
      `The prompt has ${chars} characters; Codex accepts at most ${limit}.`,
      "Send less: name the relevant files instead of pasting them, or narrow the diff with paths.",
      EXIT.PROMPT_TOO_LARGE
    );
  }
};
var UsageError = class extends CodexCollabError {
  constructor(message, hint = 'See "codex-collab --help".') {
    super("USAGE", message, hint, EXIT.USAGE);
  }
};
var ConfigError = class extends CodexCollabError {
  constructor(file, detail) {
    super("CONFIG_INVALID", `Invalid configuration in ${file}: ${detail}`, `Fix ${file} (or delete it to use the defaults).`, EXIT.CONFIG);
    this.file = file;
  }
  file;
};
var SettingsInvalidError = class extends CodexCollabError {
  constructor(file, line, column, detail) {
    super(
      "SETTINGS_INVALID",
      `${file}:${line}:${column}: not valid JSON (${detail}). Nothing was changed.`,
      `Fix the JSON in ${file}, then run the command again.`,
      EXIT.CONFIG
    );
  }
};
var TemplateError = class extends CodexCollabError {
  constructor(message, hint = "Check the template file and the variables passed to it.") {
    super("TEMPLATE", message, hint, EXIT.USAGE);
  }
};
var SandboxViolationError = class extends CodexCollabError {
  constructor(changed) {
    super(
      "SANDBOX_VIOLATION",
      `The working tree changed during a read-only Codex run: ${changed.slice(0, 10).join(", ")}${changed.length > 10 ? " \u2026" : ""}`,
      'Inspect "git status" and "git diff"; revert anything you did not make. Report this: Codex must never write here.',
      EXIT.SANDBOX_VIOLATION
    );
  }
};
var StateError = class extends CodexCollabError {
  constructor(message, hint = "Check permissions of the project's .codex-collab file.") {
    super("STATE", message, hint, EXIT.FAILED);
  }
};
function isCodexCollabError(e) {
  return e instanceof CodexCollabError;
}
var SettingsShapeError = class extends CodexCollabError {
  constructor(file, line, column, detail) {
    super("SETTINGS_INVALID", `${file}:${line}:${column}: ${detail}. Nothing was changed.`, `Fix ${file}, then run the command again.`, EXIT.CONFIG);
  }
};
var InstallError = class extends CodexCollabError {
  constructor(message, hint) {
    super("INSTALL", message, hint, EXIT.FAILED);
  }
};
var SandboxNotAllowedError = class extends CodexCollabError {
  constructor(requested, allowed, how) {
    super(
      "SANDBOX_NOT_ALLOWED",
      `Sandbox "${requested}" is looser than this user allows ("${allowed}"); Codex was not started.`,
      how,
      EXIT.USAGE
    );
  }
};

export {
  findProjectRoot,
  STATE_FILE_NAME,
  stateFilePath,
  stateDir,
  isOwnStatePath,
  EXIT,
  CodexCollabError,
  CodexNotFoundError,
  CodexAuthError,
  CodexFailedError,
  TimeoutError,
  CancelledError,
  SessionNotFoundError,
  UnknownSessionError,
  PromptTooLargeError,
  UsageError,
  ConfigError,
  SettingsInvalidError,
  TemplateError,
  SandboxViolationError,
  StateError,
  isCodexCollabError,
  SettingsShapeError,
  InstallError,
  SandboxNotAllowedError
};
