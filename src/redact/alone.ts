// Values that nothing names, where the place they stand says what they are: the lines of a diff of a secret file
// (`+++ b/config/master.key`), the line a secret-printing command printed (`$ argocd admin initial-password` and
// the password under it), the rows of a Vault read's Data section, hex pasted on a line of its own next to words
// about keys, and a text that is nothing but a key (a pasted master.key) or a user and a password on two lines (an
// OpenVPN auth-user-pass file). Line by line, constant work per line.
import { isUnnamedSecret } from "./entropy.js";
import { prefixLength } from "./lines.js";
import { isSecretFile } from "./files.js";
import { isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/**
 * A command that prints a credential: by its words (not "passwd": `cat /etc/passwd` prints accounts), pass(1), or a
 * generator of random secrets.
 */
const SECRET_COMMAND_RE =
  /password|^pass[ \t]+show|secret|token|credential|api[-_]?key|openssl[ \t]+rand|pwgen|gpg[ \t]+--gen-random|base64[ \t]+(?:-d|--decode)/i;
/** A shell prompt and its command: `$ …`, `# …`, `user@host:~$ …`, `PS C:\> …`. */
const PROMPT_RE = /^(?:[\w.@-]{1,64}(?::[^\s$#]{0,128})?)?[$#%][ \t]+(\S.*)$|^PS [^>\n]{0,128}>[ \t]*(\S.*)$/;
const DIFF_FILE_RE = /^\+\+\+ (?:b\/)?(\S{1,512})/;
/**
 * A plain file named for what it holds: `vpn/credentials.txt`, `auth.txt` (OpenVPN's auth-user-pass), `db.password`,
 * `token`, a pre-shared key (Zabbix's `zabbix_agentd.psk`), Erlang's `.erlang.cookie`. Source files so named
 * (`auth.ts`) hold code, not one credential per line.
 */
const CREDENTIAL_FILE_RE = /(?:^|[/\\._-])(?:credentials?|creds|passwords?|passwd|pass|secrets?|tokens?|auth|login|psk|cookie)(?:\.(?:txt|conf|cfg))?$/i;
/** Printing a file: `cat config/master.key`, `sudo cat /root/.pgpass`, PowerShell's `Get-Content`. */
const PRINT_FILE_RE = /^(?:sudo[ \t]+)?(?:cat|bat|less|more|head|tail|type|gc|Get-Content)[ \t]+(.{1,512})$/;

const isCredentialFile = (path: string) => isSecretFile(path) || CREDENTIAL_FILE_RE.test(path);
const printsSecretFile = (command: string) => PRINT_FILE_RE.exec(command)?.[1]!.split(/[ \t]+/).some((arg) => !arg.startsWith("-") && isCredentialFile(arg)) ?? false;
/** A PEM block that holds no secret (a public key, a certificate) inside a key file's hunk. */
const PUBLIC_BEGIN_RE = /^[+\- ]-----BEGIN (?![A-Z0-9 ]*(?:PRIVATE|ENCRYPTED|SECRET))[A-Z0-9 ]{1,40}-----/;
const END_RE = /^[+\- ]-----END [A-Z0-9 ]{1,40}-----/;
/** How many lines under a command may be its output. */
const OUTPUT_LINES = 3;
/** `vault kv get` / `vault read`: the command, the section holding the secret's fields, its table's header rows. */
const VAULT_READ_RE = /\bvault[ \t]+(?:kv[ \t]+get|read)\b/;
const VAULT_DATA_RE = /^=+ Data =+$/;
const VAULT_SECTION_RE = /^=+ [^=]{1,40} =+$/;
const VAULT_HEADER_RE = /^(?:Key[ \t]+Value|-{3}[ \t]+-{5})$/;
/** Rows of a read that describe the lease or the version rather than hold the secret. */
const VAULT_METADATA_KEYS = new Set([
  "refresh_interval", "lease_id", "lease_duration", "lease_renewable", "created_time", "deletion_time", "destroyed",
  "version", "custom_metadata", "username", "accessor", "policies", "token_policies", "ttl",
]);
const VAULT_ROW_RE = /^([\w.-]{1,128}[ \t]{2,})(\S.{3,4095})$/;

/**
 * `NAME=<kept>` in an env file: an environment variable set to a value proven public (shield.ts), no token. Only
 * a whole marker: a marker with more glued on is judged as usual.
 */
const KEPT_ASSIGNMENT_RE = /^[A-Z][A-Z0-9_]{0,127}=\$KEPT_\d{1,9}_$/;

/**
 * One token, as a key or password file holds it. Inside a file named for a credential (`inFile`), any hex key from 128
 * bits on (a 256-bit PSK is 64 hex, a digest's length elsewhere) and a run of letters that is no word (an Erlang
 * cookie) are the file's secret.
 */
function secretToken(v: string, inFile = false): boolean {
  if (v.length < 8 || v.length > 4096 || /\s/.test(v) || isPlaceholder(v) || v.includes(MARKER_PREFIX) || KEPT_ASSIGNMENT_RE.test(v)) return false;
  if (/^[0-9a-f]+$/i.test(v)) return v.length === 32 || v.length >= 96 || (inFile && v.length >= 32);
  if (inFile && /^[A-Za-z]{16,}$/.test(v) && !isMadeOfWords(v)) return true;
  return isUnnamedSecret(v, 16) || looksRandom(v) || (/[A-Za-z]/.test(v) && /[^A-Za-z]/.test(v) && !isMadeOfWords(v));
}

/** The whole text is one key, or a user then a password. */
function wholeText(text: string, tally: Tally): string | null {
  const body = text.trim();
  if (body.length > 4096) return null;
  const lines = body.split(/\r?\n/);
  // Key characters only: a line of code, a URL or `NAME=value` is no key file.
  if (lines.length === 1 && /^[A-Za-z0-9+/_-]{16,4096}={0,2}$/.test(lines[0]!) && secretToken(lines[0]!) && (/^[0-9a-f]+$/i.test(lines[0]!) || isUnnamedSecret(lines[0]!, 20))) {
    return text.replace(body, tally.add("secret", body));
  }
  if (lines.length === 2 && /^[\w.@+-]{1,64}$/.test(lines[0]!) && !/^[0-9a-f]+$/i.test(lines[1]!) && secretToken(lines[1]!)) {
    return text.replace(lines[1]!, tally.add("password", lines[1]!));
  }
  return null;
}

/** Hex long enough for a key: the lines holding only hex are then looked at (a key pasted alone, or a digest). */
const HEX_RUN_RE = /[0-9a-fA-F]{32}/;
/** Words near a pasted line that say it is a key, and words that say it is a digest, a commit or a fingerprint. */
const NEAR_SECRET_RE = /(?<![A-Za-z])(?:keys?|secrets?|tokens?|auth\w*|passw\w*|apikey)(?![A-Za-z])|鉴权|认证|密钥|秘钥|令牌|密码/i;
const NEAR_DIGEST_RE = /hash|sha\d*|md5|digest|checksum|\bsum\b|commit|\brev\b|fingerprint|\bids?\b|uuid|gpg|pgp|\bpub\b|\bhead\b|校验|哈希|摘要|提交|指纹|版本/i;
/** Lines either side of a pasted key that may say what it is. */
const NEAR_LINES = 2;

/**
 * A key pasted on a line of its own in prose ("刚才后台生成的：" / the key / "帮我配到 nginx 里做接口鉴权"): hex of random
 * bytes, with words about keys or auth near it and none about digests, commits or fingerprints.
 */
function keyLines(text: string, tally: Tally): string {
  if (!HEX_RUN_RE.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i]!.slice(prefixLength(lines[i]!)).trim();
    if (!/^[0-9a-fA-F]{32,128}$/.test(content) || new Set(content.toLowerCase()).size < 10) continue;
    // One line of a block of hex (Ansible Vault ciphertext, a hex dump) is no pasted key.
    if ([lines[i - 1], lines[i + 1]].some((l) => l !== undefined && /^[0-9a-fA-F]{16,}$/.test(l.slice(prefixLength(l)).trim()))) continue;
    const near = [...lines.slice(Math.max(0, i - NEAR_LINES), i), ...lines.slice(i + 1, i + 1 + NEAR_LINES)].join("\n");
    if (NEAR_SECRET_RE.test(near) && !NEAR_DIGEST_RE.test(near)) lines[i] = lines[i]!.replace(content, tally.add("secret", content));
  }
  return lines.join("\n");
}

/**
 * The rows of a Vault read's `Data` section (`webhook_hmac    F632…`), or of its one table when it has no sections
 * (a KV v1 secret, `vault read database/creds/…`): every field of a secret is secret. A table ends at a blank line;
 * `Metadata` (versions, times) is another section and stays, as do a lease's own fields.
 */
function vaultData(text: string, tally: Tally): string {
  if (!/^=+ Data =+\r?$/m.test(text) && !VAULT_READ_RE.test(text)) return text;
  const lines = text.split("\n");
  let read = false;
  let sections = false;
  let inData = false;
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i]!.slice(prefixLength(lines[i]!)).trim();
    // Another command's prompt ends the read's output.
    if (VAULT_READ_RE.test(content) || PROMPT_RE.test(content)) [read, sections, inData] = [VAULT_READ_RE.test(content), false, false];
    else if (VAULT_SECTION_RE.test(content)) [sections, inData] = [true, VAULT_DATA_RE.test(content)];
    else if (content === "") inData = false;
    else if (VAULT_HEADER_RE.test(content)) inData ||= read && !sections && content.startsWith("Key");
    else if (inData) {
      const row = VAULT_ROW_RE.exec(content);
      const value = row?.[2]!.trim();
      if (value && !VAULT_METADATA_KEYS.has(row![1]!.trim()) && !isPlaceholder(value) && !value.includes(MARKER_PREFIX)) {
        lines[i] = lines[i]!.replace(value, tally.add("secret", value));
      }
    }
  }
  return lines.join("\n");
}

/** A field of a printed file: `"name": "value"` (JSON), `name: value` (YAML), `NAME=value` (.env). */
const FIELD_RE = /(?<pre>(?:^|[{,][ \t]*)"?[\w.-]{1,64}"?[ \t]*[:=][ \t]*"?)(?<value>[^\s"',{}:;]{8,4096})(?="|[ \t]*[,}]|[ \t]*$)/g;

/** A field's value that is generated, not a setting (`db.r6g.large`, `eu-west-1`): random or a 32+ hex key. */
const generatedField = (v: string) =>
  secretToken(v) && (/^[0-9a-f]{32,}$/i.test(v) || isUnnamedSecret(v, 16) || looksRandom(v)) && !/^[a-z0-9]+(?:[.-][a-z0-9]+)+$/.test(v);

/** Every field value of a printed secret file (`cat secrets.json`) that is a token: the file is what names them. */
function printedValues(line: string, tally: Tally): string {
  return line.replace(FIELD_RE, (all, pre: string, value: string) => (generatedField(value) ? pre + tally.add("secret", value) : all));
}

export function redactAlone(text: string, tally: Tally): string {
  const whole = wholeText(text, tally);
  if (whole !== null) return whole;
  text = keyLines(vaultData(text, tally), tally);
  if (!text.includes("\n") || !/[$#%>]|\+\+\+ /.test(text)) return text;
  const lines = text.split("\n");
  let secretFile = false;
  let publicBlock = false;
  let output = 0;
  let printedFile = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("diff --git") || line.startsWith("--- ")) secretFile = false;
    const file = DIFF_FILE_RE.exec(line);
    if (file) {
      secretFile = isCredentialFile(file[1]!);
      continue;
    }
    const prompt = PROMPT_RE.exec(line);
    if (prompt) {
      const command = prompt[1] ?? prompt[2] ?? "";
      printedFile = printsSecretFile(command);
      output = SECRET_COMMAND_RE.test(command) || printedFile ? OUTPUT_LINES : 0;
      continue;
    }
    // The block's lines, up to its END line or the hunk's end: a public key or certificate in a `.pem` file's diff.
    if (publicBlock && /^[+ -]/.test(line)) {
      publicBlock = !END_RE.test(line);
      continue;
    }
    publicBlock = secretFile && PUBLIC_BEGIN_RE.test(line);
    if (publicBlock) continue;
    const inHunk = secretFile && /^[+ -]/.test(line) && !line.startsWith("@@");
    const content = (inHunk ? line.slice(1) : line).trim();
    // A record (`user:x:1001:…`) or a path under a command is no credential.
    if ((inHunk || (output > 0 && !/:|^\//.test(content))) && secretToken(content, inHunk || printedFile)) lines[i] = line.replace(content, tally.add(inHunk ? "secret" : "password", content));
    else if (output > 0 && printedFile) lines[i] = printedValues(line, tally);
    if (output > 0) output = content === "" ? 0 : output - 1;
  }
  return lines.join("\n");
}
