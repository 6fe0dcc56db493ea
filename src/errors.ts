// Typed errors: each carries a stable code, the process exit code the CLI uses for it,
// and the next step the user should take. Only src/cli/main.ts turns them into process exits.

export const EXIT = {
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
  /** `review --fail-on` could not decide: Codex answered in prose, which yields no findings. */
  UNDECIDED: 11,
  CANCELLED: 130,
} as const;

export type ErrorCode =
  | "CODEX_NOT_FOUND"
  | "CODEX_AUTH"
  | "CODEX_FAILED"
  | "TIMEOUT"
  | "IDLE_TIMEOUT"
  | "CANCELLED"
  | "SESSION_NOT_FOUND"
  | "PROMPT_TOO_LARGE"
  | "USAGE"
  | "CONFIG_INVALID"
  | "SETTINGS_INVALID"
  | "TEMPLATE"
  | "SANDBOX_VIOLATION"
  | "STATE"
  | "INSTALL"
  | "SANDBOX_NOT_ALLOWED";

export class CodexCollabError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  /** What the user should do next, one sentence. */
  readonly hint: string;

  constructor(code: ErrorCode, message: string, hint: string, exitCode: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.hint = hint;
    this.exitCode = exitCode;
  }

  toJSON(): { code: ErrorCode; message: string; hint: string } {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

export class CodexNotFoundError extends CodexCollabError {
  constructor(bin: string, options?: { cause?: unknown }) {
    super(
      "CODEX_NOT_FOUND",
      `The Codex CLI was not found (looked for "${bin}").`,
      'Install it with "npm install -g @openai/codex", or set CODEX_COLLAB_CODEX_BIN to its path.',
      EXIT.NOT_FOUND,
      options,
    );
  }
}

export class CodexAuthError extends CodexCollabError {
  constructor(detail: string, hint = 'Run "codex login", then try again.') {
    super("CODEX_AUTH", `Codex is not logged in or its credentials were rejected: ${detail}`, hint, EXIT.AUTH);
  }
}

export class CodexFailedError extends CodexCollabError {
  readonly stderrTail: string;
  /** `hint` replaces the generic next step when the cause is known (a rate limit, a service outage). */
  constructor(message: string, stderrTail = "", hint?: string) {
    super(
      "CODEX_FAILED",
      stderrTail ? `${message}\n--- last lines of codex stderr ---\n${stderrTail}` : message,
      hint ?? 'Check the message above; "codex-collab doctor" checks the installation.',
      EXIT.FAILED,
    );
    this.stderrTail = stderrTail;
  }
}

export class TimeoutError extends CodexCollabError {
  constructor(kind: "TIMEOUT" | "IDLE_TIMEOUT", seconds: number) {
    super(
      kind,
      kind === "TIMEOUT"
        ? `Codex did not finish within ${seconds} s; it was stopped.`
        : `Codex sent no event for ${seconds} s; it was stopped.`,
      kind === "TIMEOUT" ? "Raise --timeout, or split the task into smaller prompts." : "Raise --idle-timeout if the model is slow, or check the network and the model provider.",
      EXIT.TIMEOUT,
    );
  }
}

export class CancelledError extends CodexCollabError {
  constructor() {
    super("CANCELLED", "The Codex run was cancelled.", "Run the command again when you are ready.", EXIT.CANCELLED);
  }
}

export class SessionNotFoundError extends CodexCollabError {
  constructor(session: string) {
    super(
      "SESSION_NOT_FOUND",
      `Codex has no session "${session}" to resume (it may have been created under another CODEX_HOME or deleted).`,
      'Start a fresh session with "--session new" (or "--new"), or pick one from "codex-collab sessions list".',
      EXIT.SESSION_NOT_FOUND,
    );
  }
}

/** A session name or thread id this project has no record of (`sessions show` / `forget`). */
export class UnknownSessionError extends CodexCollabError {
  constructor(ref: string) {
    super("SESSION_NOT_FOUND", `No session "${ref}" in this project.`, 'List them with "codex-collab sessions list".', EXIT.SESSION_NOT_FOUND);
  }
}

export class PromptTooLargeError extends CodexCollabError {
  constructor(chars: number, limit: number) {
    super(
      "PROMPT_TOO_LARGE",
      `The prompt has ${chars} characters; Codex accepts at most ${limit}.`,
      "Send less: name the relevant files instead of pasting them, or narrow the diff with paths.",
      EXIT.PROMPT_TOO_LARGE,
    );
  }
}

export class UsageError extends CodexCollabError {
  constructor(message: string, hint = 'See "codex-collab --help".') {
    super("USAGE", message, hint, EXIT.USAGE);
  }
}

export class ConfigError extends CodexCollabError {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super("CONFIG_INVALID", `Invalid configuration in ${file}: ${detail}`, `Fix ${file} (or delete it to use the defaults).`, EXIT.CONFIG);
  }
}

export class SettingsInvalidError extends CodexCollabError {
  constructor(file: string, line: number, column: number, detail: string) {
    super(
      "SETTINGS_INVALID",
      `${file}:${line}:${column}: not valid JSON (${detail}). Nothing was changed.`,
      `Fix the JSON in ${file}, then run the command again.`,
      EXIT.CONFIG,
    );
  }
}

export class TemplateError extends CodexCollabError {
  constructor(message: string, hint = "Check the template file and the variables passed to it.") {
    super("TEMPLATE", message, hint, EXIT.USAGE);
  }
}

export class SandboxViolationError extends CodexCollabError {
  constructor(changed: string[]) {
    super(
      "SANDBOX_VIOLATION",
      `The working tree changed during a read-only Codex run: ${changed.slice(0, 10).join(", ")}${changed.length > 10 ? " …" : ""}`,
      'Inspect "git status" and "git diff"; revert anything you did not make. Report this: Codex must never write here.',
      EXIT.SANDBOX_VIOLATION,
    );
  }
}

export class StateError extends CodexCollabError {
  constructor(message: string, hint = "Check permissions of the project's .codex-collab file.") {
    super("STATE", message, hint, EXIT.FAILED);
  }
}

export function isCodexCollabError(e: unknown): e is CodexCollabError {
  return e instanceof CodexCollabError;
}

/** A settings file that parses but has the wrong shape (e.g. `hooks` is not an object). */
export class SettingsShapeError extends CodexCollabError {
  constructor(file: string, line: number, column: number, detail: string) {
    super("SETTINGS_INVALID", `${file}:${line}:${column}: ${detail}. Nothing was changed.`, `Fix ${file}, then run the command again.`, EXIT.CONFIG);
  }
}

export class InstallError extends CodexCollabError {
  constructor(message: string, hint: string) {
    super("INSTALL", message, hint, EXIT.FAILED);
  }
}

export class SandboxNotAllowedError extends CodexCollabError {
  constructor(requested: string, allowed: string, how: string) {
    super(
      "SANDBOX_NOT_ALLOWED",
      `Sandbox "${requested}" is looser than this user allows ("${allowed}"); Codex was not started.`,
      how,
      EXIT.USAGE,
    );
  }
}
