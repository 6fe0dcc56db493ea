// Passwords piped into a command that reads its secret from stdin: `echo '…' | sudo -S …`,
// `printf '%s' '…' | docker login --password-stdin`, `echo "…" | kinit user@REALM`, `… | smbpasswd -s -a user`.
import { readsSecretFromStdin } from "./stdin-readers.js";
import { hasPasswordSymbols, isMadeOfWords, isPassphrase, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** One echo/printf argument: quoted, or a bare word up to whitespace or a pipe. */
const ARG_SRC = String.raw`'[^'\n]{1,256}'|"[^"\n]{1,256}"|[^\s|;&'"]{1,256}`;
const PIPE_RE = new RegExp(
  String.raw`(?<![\w-])(?<tool>echo|printf)(?<flags>[ \t]+-[neE]{1,3})?(?<args>(?:[ \t]+(?:${ARG_SRC})){1,4})[ \t]*\|[ \t]*(?<command>[^\n|;&]{1,300})`,
  "g",
);
const ARG_RE = new RegExp(ARG_SRC, "g");

/** A password, not a word, variable, path or format: at least six characters, not only letters. */
function credential(v: string): boolean {
  if (v.length < 6 || v.includes(MARKER_PREFIX) || /^[$%~/-]|\$[{(\w]/.test(v) || isPlaceholder(v) || !/[^A-Za-z]/.test(v)) return false;
  return !isMadeOfWords(v) || isPassphrase(v) || hasPasswordSymbols(v) || looksRandom(v);
}

/** The arguments with each credential cut; printf's first argument is its format when more follow. */
function cutArgs(tool: string, args: string, tally: Tally): string {
  const count = args.match(ARG_RE)?.length ?? 0;
  let index = 0;
  return args.replace(ARG_RE, (arg) => {
    if (tool === "printf" && count > 1 && index++ === 0) return arg;
    const quoted = /^['"]/.test(arg);
    const value = quoted ? arg.slice(1, -1) : arg;
    if (!credential(value)) return arg;
    const marker = tally.add("password", value);
    return quoted ? `${arg[0]}${marker}${arg[0]}` : marker;
  });
}

/** A here-string's word: `<<< '…'`; the command before it is read back from the `<<<`, at most a line's 300 chars. */
const HERE_RE = new RegExp(String.raw`<<<[ \t]*(?<arg>${ARG_SRC})`, "g");
const COMMAND_BACK = 300;

/** The command before `at` on its line, after any `|`, `;` or `&`. */
function commandBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - COMMAND_BACK), at);
  return before.slice(Math.max(before.lastIndexOf("\n"), before.search(/[|;&][^|;&]*$/)) + 1);
}

export function redactPipedSecrets(text: string, tally: Tally): string {
  if (text.includes("<<<")) {
    text = text.replace(HERE_RE, (match: string, ...rest: unknown[]) => {
      const [offset, input, g] = rest.slice(-3) as [number, string, Record<string, string>];
      if (!readsSecretFromStdin(commandBefore(input, offset).trim())) return match;
      return match.slice(0, match.length - g.arg!.length) + cutArgs("echo", g.arg!, tally);
    });
  }
  if (!/echo|printf/.test(text) || !text.includes("|")) return text;
  return text.replace(PIPE_RE, (match, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as Record<string, string | undefined>;
    if (!readsSecretFromStdin(g.command!)) return match;
    const head = `${g.tool}${g.flags ?? ""}`;
    const args = cutArgs(g.tool!, g.args!, tally);
    return head + args + match.slice(head.length + g.args!.length);
  });
}
