// Commands that read a password or token from standard input, so `echo '…' | <command>` pipes a credential. Data
// for stdin.ts; each pattern is tested against the text after the pipe (one command, up to `|`, `;`, `&`).

/** Flags that tell a command to take its secret from stdin (`sudo -S`, `--password-stdin`, `--passwd-on-stdin`). */
const STDIN_FLAG_RE =
  /(?:^|[ \t])(?:--passw(?:or)?d-(?:on-|from-)?stdin|--pass-stdin|--with-token|--stdin|-password-stdin)(?![\w-])|(?:^|[ \t])sudo(?:[ \t]+-[A-Za-z]{1,4})*[ \t]+-[A-Za-z]{0,3}S/;
/** Commands that read a password from stdin by default or with a short flag (iRODS `iinit` prompts for its password). */
const STDIN_TOOL_RE =
  /^(?:sudo(?:[ \t]+-[A-Za-z]{1,4})*[ \t]+)?(?:kinit|chpasswd|chgpasswd|smbpasswd[ \t][^\n]*-s|(?:docker|podman)[ \t]+secret[ \t]+create|vault[ \t]+login|cryptsetup|openconnect|htpasswd[ \t]+-[a-z]*i|passwd[ \t][^\n]*--stdin|iinit)(?![\w-])/;

export function readsSecretFromStdin(command: string): boolean {
  return STDIN_FLAG_RE.test(command) || STDIN_TOOL_RE.test(command.trimStart());
}
