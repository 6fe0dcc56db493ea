// Ciphertext whose key lives elsewhere, known by its format's envelope, each checked field by field: a Jenkins
// secret (`{AQAAAB…}`, hudson.util.Secret's payload), a systemd credential (`SetCredentialEncrypted=`, the header
// `systemd-creds encrypt` writes) and a Rails encrypted credentials file (`<ciphertext>--<iv>--<tag>` of a
// `*.yml.enc`). Lengths the header states must be the lengths there, so nothing can be glued inside the envelope;
// whatever stands beside it is judged as usual. Bounded regexes and one pass over the lines, so linear.
import { SYSTEMD_CREDENTIAL_KEY_IDS } from "./proven-data.js";
import { isBinaryBase64 } from "./ciphertext.js";

type Span = [number, number];

/**
 * The bytes of base64 whose `=` are only at its end, or null. Node's decoder stops at the first `=` and skips
 * stray characters, so what it would not read is refused rather than kept unread; a miscounted length costs at
 * most a last character, six bits, which hold no secret.
 */
function strictBytes(base64: string): Buffer | null {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(base64) ? Buffer.from(base64, "base64") : null;
}

/**
 * IV and ciphertext are random bytes: text there (a password someone wrapped in the right lengths by hand) is no
 * ciphertext, whatever the header states.
 */
const isRandomBytes = (bytes: Buffer) => isBinaryBase64(bytes.toString("base64"), 16);

/**
 * hudson.util.Secret: `{` base64 `}` of version 1, the IV's length (16, AES-CBC), the ciphertext's length (whole
 * 16-byte blocks), then the IV and the ciphertext. The key is the controller's secrets/hudson.util.Secret.
 */
const JENKINS_SECRET_RE = /(?<![\w$])\{(AQAAAB[A-Za-z0-9+/]{16,8192}={0,2})\}/dg;
const JENKINS_IV_BYTES = 16;

function isJenkinsSecret(base64: string): boolean {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length < 9 || bytes[0] !== 1 || bytes.readUInt32BE(1) !== JENKINS_IV_BYTES) return false;
  const data = bytes.readUInt32BE(5);
  if (data === 0 || data % 16 !== 0) return false;
  // The characters the stated lengths need; one more (a miscounted pad) carries no value.
  const need = Math.ceil(((9 + JENKINS_IV_BYTES + data) * 4) / 3);
  const have = base64.replace(/=+$/, "").length;
  return (have === need || have === need + 1) && isRandomBytes(bytes.subarray(9));
}

function jenkinsSecrets(text: string): Span[] {
  if (!text.includes("{AQAAAB")) return [];
  return [...text.matchAll(JENKINS_SECRET_RE)].filter((m) => isJenkinsSecret(m[1]!)).map((m) => [m.index, m.index + m[0].length] as Span);
}

/** `SetCredentialEncrypted=<name>:` and the first piece of its value, maybe continued with `\` on the next lines. */
const SET_CREDENTIAL_RE = /^([+-]?)[ \t]*SetCredentialEncrypted=[\w.@-]{1,255}:[ \t]*(?:([A-Za-z0-9+/]{4,16384}={0,2})[ \t]*)?(\\?)$/;
const CONTINUED_PIECE_RE = /^([+-]?)[ \t]+([A-Za-z0-9+/]{4,16384}={0,2})[ \t]*(\\?)$/;
/** How many continued lines a credential may take: `systemd-creds --pretty` writes 64 characters a line. */
const MAX_PIECES = 1024;
/** The header (id, four sizes) and the 12-byte IV, padded to 8 bytes; then at least the metadata and the tag. */
const CREDENTIAL_HEADER_BYTES = 48;
const CREDENTIAL_MIN_BYTES = CREDENTIAL_HEADER_BYTES + 20 + 16;

let keyIds: Set<string> | undefined;

/**
 * systemd's encrypted_credential_header: a key id of a real key (host, TPM2 or both; not the null key, which hides
 * nothing), then AES-256-GCM's sizes (key 32, block 1, IV 12, tag 16), little-endian.
 */
function isSystemdCredential(bytes: Buffer): boolean {
  keyIds ??= new Set(SYSTEMD_CREDENTIAL_KEY_IDS);
  if (bytes.length < CREDENTIAL_MIN_BYTES || !keyIds.has(bytes.subarray(0, 16).toString("hex"))) return false;
  const sizes = bytes.readUInt32LE(16) === 32 && bytes.readUInt32LE(20) === 1 && bytes.readUInt32LE(24) === 12 && bytes.readUInt32LE(28) === 16;
  return sizes && isRandomBytes(bytes.subarray(CREDENTIAL_HEADER_BYTES));
}

/** Raw lines with their offsets (a diff marker is part of a line here: each piece must be on the same side). */
function rawLines(text: string): { start: number; line: string }[] {
  const lines: { start: number; line: string }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    lines.push({ start, line: line.replace(/\r$/, "") });
    start += line.length + 1;
  }
  return lines;
}

function systemdCredentials(text: string): Span[] {
  if (!text.includes("SetCredentialEncrypted=")) return [];
  const lines = rawLines(text);
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = SET_CREDENTIAL_RE.exec(lines[i]!.line);
    if (head === null) continue;
    const sign = head[1]!;
    const pieces: Span[] = [];
    let base64 = "";
    const take = (at: number, line: string, piece: string) => {
      const from = at + line.lastIndexOf(piece);
      pieces.push([from, from + piece.length]);
      base64 += piece;
    };
    if (head[2] !== undefined) take(lines[i]!.start, lines[i]!.line, head[2]);
    let continued = head[3] === "\\";
    while (continued && i + 1 < lines.length && pieces.length < MAX_PIECES) {
      const next = CONTINUED_PIECE_RE.exec(lines[i + 1]!.line);
      // A continued line on the other side of a diff, or one that is no base64, ends the value unread.
      if (next === null || next[1] !== sign || /=$/.test(base64)) break;
      i++;
      take(lines[i]!.start, lines[i]!.line, next[2]!);
      continued = next[3] === "\\";
    }
    const bytes = continued ? null : strictBytes(base64);
    if (bytes !== null && isSystemdCredential(bytes)) spans.push(...pieces);
  }
  return spans;
}

/**
 * ActiveSupport::EncryptedFile (`rails credentials:edit`): AES-128/256-GCM ciphertext, the 12-byte IV and the
 * 16-byte tag, each base64, joined by `--`, alone on its line.
 */
const RAILS_ENCRYPTED_RE = /^([+\- ]?)([A-Za-z0-9+/]{16,65536}={0,2})--([A-Za-z0-9+/]{16})--([A-Za-z0-9+/]{22}==)$/d;
const DIFF_FILE_RE = /^diff --git a\/\S{1,1024} b\/(\S{1,1024})$/;
/** A line naming the file that follows: `$ cat config/credentials.yml.enc`, "config/master.yml.enc:". */
const ENC_FILE_LABEL_RE = /[\w.\/-]{1,256}\.yml\.enc[`:)]{0,2}$/;

function isRailsEnvelope(m: RegExpExecArray): boolean {
  const iv = strictBytes(m[3]!);
  const tag = strictBytes(m[4]!);
  return iv?.length === 12 && tag?.length === 16 && strictBytes(m[2]!) !== null && isBinaryBase64(m[2]!, 16);
}

/**
 * The envelope where the text shows it is the content of a `.yml.enc` file: the whole text, a line of a diff of
 * such a file, or the line under one naming it. The same envelope is also Rails' encrypted cookie, a session
 * credential, which is never a file's whole content and never sits in one.
 */
function railsEncryptedFiles(text: string): Span[] {
  if (!text.includes("--")) return [];
  const whole = text.trim();
  const spans: Span[] = [];
  let diffFile: string | undefined;
  let label = "";
  for (const { start, line } of rawLines(text)) {
    const file = DIFF_FILE_RE.exec(line);
    if (file) diffFile = file[1];
    const m = RAILS_ENCRYPTED_RE.exec(line);
    if (m && isRailsEnvelope(m)) {
      const inDiff = m[1] !== "" && diffFile?.endsWith(".enc") === true;
      const alone = m[1] === "" && (line === whole || ENC_FILE_LABEL_RE.test(label));
      if (inDiff || alone) spans.push([start + m.indices![2]![0], start + line.length]);
    }
    if (line.trim() !== "" && !line.startsWith("```")) label = line.trim();
  }
  return spans;
}

export function envelopeSpans(text: string): Span[] {
  return [...jenkinsSecrets(text), ...systemdCredentials(text), ...railsEncryptedFiles(text)];
}
