import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  UsageError,
  isoTime
} from "./chunk-5EGK72M7.js";

// src/redact/lines.ts
var LINE_PREFIX_SRC = String.raw`[+\- ]?(?:(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?|\d\d:\d\d:\d\d(?:[.,]\d{1,9})?)[ \t]+(?:\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL)\]?[ \t]+)?)?[ \t]*(?:(?:>|\*|#|;|\/\/|--)[ \t]?(?![-*#/>;])[ \t]*){0,2}`;
var LINE_PREFIX_RE = new RegExp(`^${LINE_PREFIX_SRC}`);
function prefixLength(line) {
  return LINE_PREFIX_RE.exec(line)[0].length;
}
function* linesOf(text) {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, "");
    const p = prefixLength(raw);
    yield { start, contentStart: start + p, end: start + raw.length, content: raw.slice(p).trimEnd() };
    if (nl === -1) return;
    start = nl + 1;
  }
}

// src/redact/encoded.ts
var FILE_MAGIC_RE = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|JVBERi0|UklGR|d09GR|d09GMg|PHN2Zy)/;
var PEM_B64_PREFIX = "LS0tLS1CRUdJTi";
var SECRET_BLOCK_RE = /-----BEGIN [A-Z0-9 ]{0,40}(?:PRIVATE|ENCRYPTED|SECRET)/;
var PEM_DECODE_MAX = 65536;
function isPublicPem(base64) {
  const text = Buffer.from(base64.slice(0, PEM_DECODE_MAX).replace(/[^A-Za-z0-9+/]/g, ""), "base64").toString("latin1");
  return /^-----BEGIN [A-Z0-9 ]{1,40}-----/.test(text) && !SECRET_BLOCK_RE.test(text) && base64.length <= PEM_DECODE_MAX;
}
function isEncodedPublicData(value) {
  if (FILE_MAGIC_RE.test(value)) return true;
  return value.startsWith(PEM_B64_PREFIX) && isPublicPem(value);
}
var B64_LINE_RE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
function encodedFileBlocks(text) {
  const ranges = [];
  let block = [];
  let closed = false;
  const flush = () => {
    const first = block[0];
    if (first !== void 0 && (FILE_MAGIC_RE.test(first.content) || first.content.startsWith(PEM_B64_PREFIX) && isPublicPem(block.map((l) => l.content).join("")))) {
      ranges.push([first.start, block[block.length - 1].end]);
    }
    block = [];
    closed = false;
  };
  for (const line of linesOf(text)) {
    const { content } = line;
    const width = block[0]?.content.length;
    if (width !== void 0 && !closed && B64_LINE_RE.test(content) && content.length <= width) {
      block.push(line);
      closed = content.length < width;
    } else {
      flush();
      if (content.length >= 40 && B64_LINE_RE.test(content) && (FILE_MAGIC_RE.test(content) || content.startsWith(PEM_B64_PREFIX))) block = [line];
    }
  }
  flush();
  return ranges;
}

// src/redact/key-bodies.ts
var FULL_LINE_RE = /^[A-Za-z0-9+/]{60,80}$/;
var TAIL_LINE_RE = /^[A-Za-z0-9+/]{1,80}={0,2}$/;
var BEGIN_RE = /-----BEGIN ([A-Z0-9 ]{1,40})-----/;
var END_RE = /-----END [A-Z0-9 ]{1,40}-----/;
var looksMixed = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
function redactKeyBodies(text, tally) {
  if (!/[A-Za-z0-9+/]{60}/.test(text)) return text;
  const cuts = [];
  let inPublic = false;
  let run = [];
  let tail;
  const flush = () => {
    const full = run;
    const end = tail;
    run = [];
    tail = void 0;
    if (full.length < 2 || isEncodedPublicData(full.map((l) => l.content).join(""))) return;
    const width = full[0].content.length;
    if (!full.every((l) => l.content.length === width) || !looksMixed(full.map((l) => l.content).join(""))) return;
    const last = end ?? full[full.length - 1];
    cuts.push([full[0].contentStart, last.end]);
  };
  for (const line of linesOf(text)) {
    const c = line.content;
    const begin = BEGIN_RE.exec(text.slice(line.start, line.end));
    if (begin) {
      flush();
      inPublic = !begin[1].includes("PRIVATE");
      continue;
    }
    if (END_RE.test(text.slice(line.start, line.end))) {
      flush();
      inPublic = false;
      continue;
    }
    if (inPublic) continue;
    if (FULL_LINE_RE.test(c) && tail === void 0 && (run.length === 0 || run[0].content.length === c.length)) {
      run.push(line);
      continue;
    }
    if (run.length >= 2 && TAIL_LINE_RE.test(c) && c.length <= run[0].content.length) {
      tail = line;
      continue;
    }
    flush();
    if (FULL_LINE_RE.test(c)) run.push(line);
  }
  flush();
  return tally.cut(text, cuts, "private-key");
}
var PUBLIC_BEGIN_RE = /-----BEGIN ([A-Z0-9 ]{1,40})-----/g;
function publicBlocks(text) {
  if (!text.includes("-----BEGIN ")) return [];
  const ranges = [];
  const missing = /* @__PURE__ */ new Set();
  PUBLIC_BEGIN_RE.lastIndex = 0;
  for (let m = PUBLIC_BEGIN_RE.exec(text); m; m = PUBLIC_BEGIN_RE.exec(text)) {
    const label = m[1];
    if (label.includes("PRIVATE") || missing.has(label)) continue;
    const end = text.indexOf(`-----END ${label}-----`, m.index);
    if (end === -1) {
      missing.add(label);
      continue;
    }
    ranges.push([m.index, end]);
    PUBLIC_BEGIN_RE.lastIndex = end;
  }
  return ranges;
}

// src/redact/bigrams.ts
var COMMON_BIGRAMS = `
th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri
ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut
ss so rs un lo wa ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv ia am fi
ci vi pl ig tu ev ld ry mp fe bl ab gh ty op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do uc bu ei ov
by rm ep tt oc fa ef cu rn sc gi da yo cr cl du ga qu ue ff ba ey ls va um pp ua up lu go ht ru ug ds lt pi
rc rr eg au ck ew mu br bi pt ak pu ui rg ib tl ny ki rk ys ob mm fu ph og ms ye ud mb ip ub oi rl gu dr hr
cc tw ft wn nu af hu nn eo vo rv nf xp gn sm fl iz ok nl my gl aw ju oa eq sy sl ps jo lf nv je nk kn gs dy
hy ze ks xt bs ik dd cy rp sk xi oe oy ws lv dl rf eu dg wr xa yi nm eb rb tm xc eh tc gy ja hn yp za
`;

// src/redact/public-data.ts
var STRIPE_OBJECT_PREFIXES = [
  "acct",
  "ba",
  "card",
  "ch",
  "cn",
  "cus",
  "dp",
  "du",
  "evt",
  "fee",
  "ii",
  "il",
  "in",
  "iauth",
  "ic",
  "ipi",
  "pi",
  "pm",
  "po",
  "price",
  "prod",
  "promo",
  "py",
  "pyr",
  "qt",
  "seti",
  "si",
  "sub",
  "sub_sched",
  "tr",
  "txn",
  "plink",
  "sku"
];
var DATA_FILE_EXTENSIONS = [
  "parquet",
  "avro",
  "orc",
  "csv",
  "tsv",
  "jsonl",
  "ndjson",
  "xml",
  "gz",
  "bz2",
  "xz",
  "zst",
  "zip",
  "tar",
  "tgz",
  "7z",
  "pdf",
  "docx",
  "xlsx",
  "pptx",
  "mp3",
  "mp4",
  "m4a",
  "mov",
  "webm",
  "wav",
  "ogg",
  "flac",
  "avif",
  "heic",
  "bmp",
  "tiff",
  "ico",
  "log",
  "sqlite",
  "db"
];
var TEST_DATA_WORDS = ["fixture", "fixtures", "sample", "samples", "mock", "fake", "dummy", "stub", "golden", "example"];
var CREDENTIAL_WORDS = [
  "key",
  "keys",
  "token",
  "tokens",
  "secret",
  "secrets",
  "password",
  "passwd",
  "pass",
  "pwd",
  "auth",
  "credential",
  "credentials",
  "creds",
  "session",
  "cookie",
  "signature",
  "sig",
  "apikey",
  "jwt",
  "bearer",
  "private"
];

// src/redact/public-values.ts
var MAPBOX_PUBLIC_RE = /^pk\.eyJ1Ijoi[A-Za-z0-9_-]{4,400}\.[A-Za-z0-9_-]{10,100}$/;
var PLAYLIST_ID_RE = /^(?:PL|UU|LL|FL|OL|RD)[A-Za-z0-9_-]{10,40}$/;
var PLAYLIST_LABEL_RE = /(?:playlist(?:[-_]?id)?["']?[ \t]*[:=][ \t]*["']?|[?&]list=)$/i;
var SITE_KEY_LABEL_RE = /(?:(?<![A-Za-z0-9])(?:site|Site|SITE)|(?<=[a-z])Site)[-_]?(?:key|Key|KEY)["']?[ \t]*[:=][ \t]*["'`]?$/;
var ASSIGNED_NAME_RE = /([A-Za-z_$][\w$]{0,63})["']?[ \t]*(?::=|[:=])[ \t]*["'`]$/;
var stripeIdRe;
var dataFileRe;
var testWords;
var credentialWords;
function isPublicByDesign(value) {
  stripeIdRe ??= new RegExp(`^(?:${STRIPE_OBJECT_PREFIXES.join("|")})_[A-Za-z0-9]{14,34}$|^cs_(?:test|live)_[A-Za-z0-9]{20,80}$`);
  return stripeIdRe.test(value) || MAPBOX_PUBLIC_RE.test(value);
}
function isDataFilePath(token) {
  dataFileRe ??= new RegExp(`[^./][.](?:${DATA_FILE_EXTENSIONS.join("|")})$`, "i");
  return dataFileRe.test(token);
}
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}
function isTestDataName(before) {
  const m = ASSIGNED_NAME_RE.exec(before);
  if (!m) return false;
  testWords ??= new Set(TEST_DATA_WORDS);
  credentialWords ??= new Set(CREDENTIAL_WORDS);
  const ws = nameWords(m[1]);
  return ws.some((w) => testWords.has(w)) && !ws.some((w) => credentialWords.has(w) || /(?:key|token|secret|passw)/.test(w));
}
function isPublicByLabel(token, before) {
  if (SITE_KEY_LABEL_RE.test(before)) return true;
  if (PLAYLIST_ID_RE.test(token) && PLAYLIST_LABEL_RE.test(before)) return true;
  return isTestDataName(before);
}
var SOPS_VALUE_RE = /ENC\[[A-Z0-9_]{3,20},data:[A-Za-z0-9+/=]{0,1048576},iv:[A-Za-z0-9+/=]{0,128},tag:[A-Za-z0-9+/=]{0,128},type:[a-z]{1,10}\]/g;
var MAPPINGS_RE = /"mappings"[ \t]*:[ \t]*"[A-Za-z0-9+/,;]{0,16777216}"/g;
function matchRanges(text, re, needle) {
  if (!text.includes(needle)) return [];
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}
function isBinaryBase64(value) {
  if (value.length < 88 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const bytes = Buffer.from(value, "base64");
  let printable = 0;
  for (const b of bytes) if (b >= 32 && b < 127) printable++;
  return printable / bytes.length < 0.6;
}
var ENCRYPTED_DATA_RE = /^([+\- ]?[ \t]*)encryptedData:[ \t]*$/gm;
var SEALED_ENTRY_RE = /^[+\- ]?[ \t]*[\w.-]{1,253}:[ \t]*(\S+)[ \t]*$/;
function sealedValues(text) {
  if (!text.includes("encryptedData:")) return [];
  const ranges = [];
  ENCRYPTED_DATA_RE.lastIndex = 0;
  for (let m = ENCRYPTED_DATA_RE.exec(text); m; m = ENCRYPTED_DATA_RE.exec(text)) {
    const indent = m[1].length;
    let pos = m.index + m[0].length + 1;
    while (pos < text.length) {
      const nl = text.indexOf("\n", pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end).replace(/\r$/, "");
      if (/^[+\- ]?[ \t]*$/.test(line)) break;
      if (/^[+\- ]?[ \t]*/.exec(line)[0].length <= indent) break;
      const entry = SEALED_ENTRY_RE.exec(line);
      if (entry && isBinaryBase64(entry[1])) {
        const at = pos + line.lastIndexOf(entry[1]);
        ranges.push([at, at + entry[1].length]);
      }
      pos = end + 1;
    }
    ENCRYPTED_DATA_RE.lastIndex = Math.max(ENCRYPTED_DATA_RE.lastIndex, pos);
  }
  return ranges;
}
var ENCRYPTED_DATA_JSON_RE = /"encryptedData"[ \t]*:[ \t]*\{[^{}]{0,1048576}\}/g;
var JSON_MEMBER_RE = /"[\w.-]{1,253}"[ \t]*:[ \t]*"([A-Za-z0-9+/=]{88,1048576})"/g;
function sealedJsonValues(text) {
  if (!text.includes('"encryptedData"')) return [];
  const ranges = [];
  for (const block of text.matchAll(ENCRYPTED_DATA_JSON_RE)) {
    for (const m of block[0].matchAll(JSON_MEMBER_RE)) {
      if (!isBinaryBase64(m[1])) continue;
      const at = block.index + m.index + m[0].length - 1 - m[1].length;
      ranges.push([at, at + m[1].length]);
    }
  }
  return ranges;
}
function keptSpans(text) {
  return [
    ...matchRanges(text, SOPS_VALUE_RE, "ENC["),
    ...matchRanges(text, MAPPINGS_RE, '"mappings"'),
    ...sealedValues(text),
    ...sealedJsonValues(text)
  ];
}
function keptTest(text) {
  const spans = keptSpans(text).sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return () => false;
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (spans[mid][0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return spans[lo][0] <= offset && offset < spans[lo][1];
  };
}

// src/redact/values.ts
var MARKER_PREFIX = "[REDACTED:";
function marker(kind) {
  return `${MARKER_PREFIX}${kind}]`;
}
var Tally = class {
  count = 0;
  kinds = {};
  /** Each value replaced, as detectors report it, with the kind it was cut as (see repeats.ts). */
  values = /* @__PURE__ */ new Map();
  add(kind, ...values) {
    this.count++;
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    for (const v of values) if (!this.values.has(v)) this.values.set(v, kind);
    return marker(kind);
  }
  /**
   * `text` with every range in `cuts` replaced by one marker of `kind`, in text order; a range starting inside one
   * already cut is dropped. For detectors that collect ranges before they replace.
   */
  cut(text, cuts, kind) {
    if (cuts.length === 0) return text;
    cuts.sort((a, b) => a[0] - b[0]);
    let out = "";
    let last = 0;
    for (const [start, end] of cuts) {
      if (start < last) continue;
      out += text.slice(last, start) + this.add(kind, text.slice(start, end));
      last = end;
    }
    return out + text.slice(last);
  }
};
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "changeme",
  "changeit",
  "password",
  "passwd",
  "secret",
  "token",
  "apikey",
  "key",
  "example",
  "sample",
  "placeholder",
  "redacted",
  "dummy",
  "fake",
  "test",
  "todo",
  "tbd",
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "foo",
  "bar",
  "baz",
  "foobar",
  "string",
  "required",
  "optional",
  "notset",
  "unset",
  "empty",
  "default",
  "secretkey",
  "accesstoken",
  "xxx"
]);
var DOCUMENTED_EXAMPLE_KEYS = /* @__PURE__ */ new Set([
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "AKIAI44QH8DHBEXAMPLE",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
]);
var REDACTION_MARK_RE = /^[[<(](?:redacted|filtered|masked|hidden|removed|omitted|sensitive|secret)(?:[:=][^\]>)]*)?[\]>)]$/i;
var MARKED_VALUE_RE = /^[[<(](?:redacted|filtered|masked|hidden|removed|omitted|sensitive)(?:[:=][^\]>)\n]{0,64})?[\]>)]["'`]?[ \t]*(?:[,;})\]\r\n]|$|[\w.-]{1,64}[=:])/i;
function startsWithMarkedValue(text) {
  return MARKED_VALUE_RE.test(text);
}
var SECRET_REFERENCE_RE = /^(?:vault:[\w/.-]|op:\/\/|ref\+[a-z0-9]+:\/\/|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|(?:awssm|awsssm|gcpsm|azkv|akv|sops|doppler|infisical):\/?\/?[\w]|projects\/[\w-]+\/secrets\/[\w-]+|https:\/\/[\w-]+\.vault\.azure\.net\/secrets\/)/i;
function isPlaceholder(value) {
  const t = value.trim();
  if (t === "") return true;
  if (t.includes(MARKER_PREFIX) || DOCUMENTED_EXAMPLE_KEYS.has(t)) return true;
  if (REDACTION_MARK_RE.test(t) || SECRET_REFERENCE_RE.test(t)) return true;
  if (/^pk_(?:test|live)_[A-Za-z0-9]+$/.test(t)) return true;
  if (/^<[^<>]*>$/.test(t)) return true;
  if (new RegExp("^<\\p{L}[^<>\\s]*$", "u").test(t)) return true;
  if (/\$\{|\{\{|\$\(|#\{|%\([A-Za-z_]\w*\)[sdifr]/.test(t)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t) || /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(t)) return true;
  if (/^\{[A-Za-z_][\w.]*\}$/.test(t) || /%[sdr](?![A-Za-z0-9])|\{\d*\}/.test(t)) return true;
  if (/^(.)\1*$/s.test(t) || t === "\u2026") return true;
  if (/^[\p{Script=Han}，。、：（）【】 ]+$/u.test(t)) return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3}|…/.test(t)) return true;
  if (PLACEHOLDER_WORDS.has(t.toLowerCase().replace(/[-_ .]/g, ""))) return true;
  if (/^(?:[Yy]our|[Ii]nsert|[Ee]nter|[Rr]eplace|[Pp]aste)(?:[-_ .]|[A-Z])/.test(t) || /^(?:YOUR|INSERT|ENTER|REPLACE|PASTE)[-_ .]/.test(t)) return true;
  if (/(?:^|[-_ .])(?:here|placeholder|example|sample|dummy|fake|change[-_ .]?me)(?:$|[-_ .])/i.test(t)) return true;
  return false;
}
function isPublicIdentifier(value) {
  return /^0x[0-9a-fA-F]{40}$/.test(value) || /^arn:aws[\w-]*:[\w-]+:/.test(value) || isPublicByDesign(value);
}
function inResourceName(text, at) {
  return text[at - 1] === ":" && /(?:arn|urn):[^\s"'`]{0,80}$/.test(text.slice(Math.max(0, at - 96), at));
}
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[\s_.\-]+/).filter((w) => w !== "").map((w) => w.toLowerCase());
}
var commonBigrams;
var RANDOM_LETTERS_MIN = 12;
var UNCOMMON_PAIRS_SHARE = 0.35;
function areRandomLetters(letters) {
  if (letters.length < RANDOM_LETTERS_MIN || new Set(letters.toLowerCase()).size * 2 < letters.length) return false;
  commonBigrams ??= new Set(COMMON_BIGRAMS.split(/\s+/));
  const lower = letters.toLowerCase();
  let uncommon = 0;
  for (let i = 0; i + 1 < lower.length; i++) if (!commonBigrams.has(lower.slice(i, i + 2))) uncommon++;
  return uncommon / (lower.length - 1) >= UNCOMMON_PAIRS_SHARE;
}
function isWordLike(piece) {
  if (/^\d{1,4}$/.test(piece)) return true;
  const m = /^([A-Za-z]+)\d{0,3}$/.exec(piece);
  if (!m) return false;
  const letters = m[1];
  if (letters === letters.toLowerCase() || letters === letters.toUpperCase()) return !areRandomLetters(letters);
  if (/^[A-Z][a-z]+$/.test(letters)) return true;
  const parts = letters.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(" ");
  return parts.length * 3 <= letters.length && parts.every((w) => /^(?:[A-Z]?[a-z]+|[A-Z]+)$/.test(w)) && !areRandomLetters(letters);
}
function isMadeOfWords(value) {
  return value.split(/[^A-Za-z0-9]+/).every((p) => p === "" || isWordLike(p));
}
function isPassphrase(value) {
  return value.length <= 48 && /^[A-Za-z]{2,}(?:[-_.][A-Za-z]{2,}){1,5}[-_.]?\d{2,4}$/.test(value);
}
function looksRandom(value) {
  if (value.length < 16 || value.length > 4096 || /[\s()[\]{}<>,;'"`]/.test(value)) return false;
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  if (classes < 2) return false;
  if (entropy(value) < 3) return false;
  return !isMadeOfWords(value);
}

// src/redact/names.ts
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "passphrase", "passcode", "mnemonic", "requirepass", "masterauth", "authpass"]);
var SHORT_PASSWORD_WORDS = /* @__PURE__ */ new Set(["pass", "pwd", "pw", "pswd", "psw", "pword"]);
var SPLIT_PASSWORD_RE = /(?:^|_)pass_(?:phrase|word|code)(?:_|$)/;
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "secret",
  "token",
  "credential",
  "credentials",
  "creds",
  "apikey",
  "secretkey",
  "accesskey",
  "privatekey",
  "pat",
  "authtok"
]);
var PIECE_RE = /^(?:[a-z]|\d{1,2}|part\d{0,2}|half|pt\d)$/;
var DIGEST_WORDS = /* @__PURE__ */ new Set([
  "hash",
  "cache",
  "bust",
  "build",
  "commit",
  "revision",
  "rev",
  "sha",
  "sha1",
  "sha256",
  "etag",
  "checksum",
  "digest",
  "fingerprint",
  "content",
  "file",
  "version",
  "idempotency",
  "integrity",
  "lock",
  "request",
  "correlation",
  "trace"
]);
var NON_SECRET_KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "cache",
  "idempotency",
  "public",
  "sort",
  "partition",
  "primary",
  "foreign",
  "lookup",
  "dedup",
  "dedupe",
  "encoded",
  "object",
  "map",
  "i18n",
  "translation",
  "row",
  "composite",
  "unique",
  "index",
  "hash",
  "group",
  "route",
  "react",
  // A captcha site key is served in every page with the widget; its secret key is "secret key".
  "site",
  "sitekey"
]);
var SECRET_KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "sdk",
  "api",
  "server",
  "partner",
  "merchant",
  "webhook",
  "bot",
  "write",
  "access",
  "private",
  "secret",
  "signing",
  "encryption",
  "master",
  "account",
  "shared",
  "client",
  "app",
  "license",
  "subscription",
  "auth",
  "session",
  "hmac",
  "jwt",
  "ssh",
  "deploy",
  "admin",
  "root",
  "service",
  // PagerDuty's Events API: the routing (integration) key is the credential; a message broker's routing key is words.
  "routing",
  "integration"
]);
var NON_SECRET_SUFFIXES = /* @__PURE__ */ new Set([
  "name",
  "names",
  "type",
  "types",
  "file",
  "files",
  "path",
  "paths",
  "dir",
  "directory",
  "url",
  "uri",
  "urls",
  "endpoint",
  "host",
  "hostname",
  "id",
  "ids",
  "length",
  "len",
  "size",
  "count",
  "min",
  "max",
  "ttl",
  "expiry",
  "expires",
  "expiration",
  "expired",
  "timeout",
  "at",
  "version",
  "arn",
  "ref",
  "header",
  "headers",
  "prefix",
  "suffix",
  "field",
  "fields",
  "env",
  "var",
  "label",
  "placeholder",
  "hint",
  "regex",
  "pattern",
  "policy",
  "rule",
  "rules",
  "required",
  "enabled",
  "disabled",
  "visible",
  "input",
  "error",
  "errors",
  "message",
  "msg",
  "text",
  "title",
  "description",
  "format",
  "provider",
  "source",
  "store",
  "manager",
  "generator",
  "validator",
  "schema",
  "kind",
  "mode",
  "strategy",
  "location",
  "index",
  "idx",
  "param",
  "params",
  "option",
  "options",
  "handler",
  "callback",
  "fn",
  "func",
  "method",
  "class",
  "component",
  "module",
  "reset",
  "changed",
  "updated",
  "created",
  "limit",
  "limits",
  "usage",
  "used",
  "budget",
  "encoding",
  "encryption",
  "hashing",
  "algorithm",
  "alg",
  "column",
  "status",
  "flag",
  "exists",
  "valid",
  "invalid",
  "strength",
  "icon",
  "button",
  "link",
  "page",
  "view",
  "route",
  "form",
  "dialog",
  "modal",
  "variable",
  "variables",
  "test",
  "tests",
  "spec",
  "mock",
  "fixture",
  "example",
  "sample",
  "template",
  "keys"
]);
var CODE_WORDS = /* @__PURE__ */ new Set([
  "string",
  "str",
  "number",
  "int",
  "integer",
  "float",
  "double",
  "bool",
  "boolean",
  "bytes",
  "any",
  "unknown",
  "never",
  "object",
  "void",
  "null",
  "nil",
  "none",
  "undefined",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "required",
  "optional",
  "secret",
  "secretstr",
  "password",
  "token",
  "new",
  "await",
  "function",
  "lambda",
  "self",
  "this",
  "char",
  "text",
  "varchar",
  "blob",
  "uuid"
]);
function categorize(name) {
  if (name === "_auth" || name === "_authToken") return "secret";
  const ws = words(name);
  while (ws.length > 1 && PIECE_RE.test(ws[ws.length - 1])) ws.pop();
  const lastWord = ws[ws.length - 1];
  if (ws.length === 2 && ws[0] === "secret" && lastWord === "id") return "uuid-secret";
  if (lastWord === void 0 || NON_SECRET_SUFFIXES.has(lastWord)) return null;
  if (ws.some((w) => PASSWORD_WORDS.has(w) || /(?:password|passwd|passphrase)$/.test(w)) || SPLIT_PASSWORD_RE.test(ws.join("_"))) return "password";
  if (SHORT_PASSWORD_WORDS.has(lastWord) && !(ws.length === 1 && lastWord === "pwd")) return "password";
  if (ws.length > 1 && ws[0] === "pwd") return "password";
  if (ws.some((w) => SECRET_WORDS.has(w) || /(?:secret|token|apikey)$/.test(w))) return "secret";
  for (let i = 1; i < ws.length; i++) if (ws[i] === "key" && SECRET_KEY_QUALIFIERS.has(ws[i - 1])) return "secret";
  if (ws.some((w) => NON_SECRET_KEY_QUALIFIERS.has(w))) return null;
  if (lastWord === "key" || lastWord === "auth" || lastWord === "login" || lastWord === "account") return "weak";
  return null;
}
function hasOnlyShortPasswordWord(name) {
  return !words(name).some((w) => /(?:password|passwd|passphrase|passcode|mnemonic|requirepass|masterauth)$/.test(w)) && !SPLIT_PASSWORD_RE.test(words(name).join("_"));
}

// src/redact/protobuf.ts
var MAX_LENGTH = 16384;
var LABEL_RE = /^[A-Za-z][\w .:/-]{2,63}$/;
function varint(b, at) {
  let value = 0;
  for (let k = 0; k < 5 && at + k < b.length; k++) {
    const byte = b[at + k];
    value += (byte & 127) * 2 ** (7 * k);
    if (byte < 128) return [value, at + k + 1];
  }
  return null;
}
function field(b, at) {
  const tag = varint(b, at);
  if (tag === null || tag[0] >> 3 === 0) return null;
  const wire = tag[0] & 7;
  if (wire === 0) {
    const v = varint(b, tag[1]);
    return v === null ? null : { end: v[1] };
  }
  if (wire === 1 || wire === 5) return tag[1] + (wire === 1 ? 8 : 4) <= b.length ? { end: tag[1] + (wire === 1 ? 8 : 4) } : null;
  if (wire !== 2) return null;
  const len = varint(b, tag[1]);
  if (len === null || len[1] + len[0] > b.length) return null;
  return { end: len[1] + len[0], bytes: b.subarray(len[1], len[1] + len[0]) };
}
function isProtobufMessage(value) {
  if (value.length < 16 || value.length > MAX_LENGTH || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const b = Buffer.from(value, "base64");
  const first = field(b, 0);
  if (first?.bytes === void 0 || !LABEL_RE.test(Buffer.from(first.bytes).toString("latin1"))) return false;
  let at = first.end;
  let fields = 1;
  for (let f = field(b, at); f !== null; f = field(b, at)) {
    const text = f.bytes === void 0 ? "" : Buffer.from(f.bytes).toString("latin1");
    if (/^[\x20-\x7e]{16,}$/.test(text) && looksRandom(text)) return false;
    fields++;
    at = f.end;
    if (at >= b.length) break;
  }
  return fields >= 2;
}

// src/redact/entropy.ts
var MIN = 28;
var TOKEN_RE = /[A-Za-z0-9+/_\-.~!$%&*@^]{12,65536}={0,2}/g;
var LABEL_BEFORE_RE = /(?:(?:sha(?:1|224|256|384|512)|md5)(?:[-:=][ \t]*["']?)|sha-(?:1|256|384|512)["']?>|pin-sha256=["']?|h1:|zh:|base64,|"[nxy]"[ \t]*:[ \t]*"|(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-[\w-]+|sk-[\w@.-]+)[ \t]+|pub(?:lic)?[_-]?key\w*["']?[ \t]*[:=][ \t]*["']?|(?:^|[\s+-])\|1\|(?:[A-Za-z0-9+/]{27}=\|)?|arn:[\w-]{1,32}:[^\s"'`,;|&=]{0,200}|(?:etag|x-amz-id-\d|(?:request|trace|span|correlation|transaction|message|event|cf|run|build|job|commit|host|version)[-_]?id)["']?[ \t]*[:=][ \t]*(?:W\/)?["']?)$/i;
function switchRate(s) {
  const cls = (c) => c >= "a" && c <= "z" ? 0 : c >= "A" && c <= "Z" ? 1 : c >= "0" && c <= "9" ? 2 : 3;
  let switches = 0;
  for (let i = 1; i < s.length; i++) if (cls(s[i]) !== cls(s[i - 1])) switches++;
  return switches / (s.length - 1);
}
function isIdentifierOfWords(token) {
  if (!/^[A-Za-z_][\w]*$/.test(token)) return false;
  const humps = token.match(/[A-Z]{2,}(?=[A-Z][a-z]|\d|_|$)|[A-Z]?[a-z]+|[A-Z]+|\d+/g) ?? [];
  const inWords = humps.filter((h) => h.length >= 3 && /[aeiouy]/i.test(h) && !/[^aeiouy\d]{5}/i.test(h)).reduce((n, h) => n + h.length, 0);
  return inWords / token.replace(/[\d_$]/g, "").length >= 0.7;
}
function decodesToText(s) {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s) || s.length % 4 === 1) return false;
  const decoded = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  return /^\s*[[{]/.test(decoded) || / /.test(decoded) && /^[A-Za-z0-9\s,.!?'":;()-]+$/.test(decoded);
}
function decodesToCredential(s) {
  if (s.length > 512 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return false;
  const m = /^[\w.@+-]{1,64}:([\x21-\x7e]{4,128})$/.exec(Buffer.from(s, "base64").toString("latin1"));
  return m !== null && !isMadeOfWords(m[1]) && !isPlaceholder(m[1]);
}
var CREDENTIAL_MEMBER_RE = /"(?:password|passwd|auth|token|secret|identitytoken|registrytoken|api_?key)"\s*:\s*"[^"\s]{4,}"/i;
var MEMBER_RE = /"([\w.-]{1,64})"\s*:\s*"([^"\s]{8,})"/g;
function decodesToCredentialJson(s) {
  if (s.length > 16384 || !s.startsWith("ey") || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return false;
  const json = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  if (CREDENTIAL_MEMBER_RE.test(json)) return true;
  for (const m of json.matchAll(MEMBER_RE)) {
    const category = categorize(m[1]);
    if ((category === "password" || category === "secret") && !isPlaceholder(m[2]) && !isMadeOfWords(m[2])) return true;
  }
  return false;
}
function decodesToRandomText(s) {
  if (s.length < 24 || s.length > 512 || s.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(s)) return false;
  const decoded = Buffer.from(s, "hex").toString("latin1");
  if (!/^[\x21-\x7e]+$/.test(decoded)) return false;
  return looksRandom(decoded) || /[A-Za-z]/.test(decoded) && /[^A-Za-z]/.test(decoded) && !isMadeOfWords(decoded) && !isPlaceholder(decoded);
}
function isUnnamedSecret(token, min = MIN) {
  if (isEncodedPublicData(token) || isPlaceholder(token) || isPublicIdentifier(token)) return false;
  if (decodesToCredential(token) || decodesToCredentialJson(token) || decodesToRandomText(token)) return true;
  if (token.length < min || !/[a-z]/.test(token) || !/[A-Z]/.test(token)) return false;
  if (!/[0-9]/.test(token) && (token.length < 32 || switchRate(token) < 0.4)) return false;
  if (/^(?:[A-Z]{1,4}|0x)?[0-9a-f]+$/.test(token) || /^[0-9A-F]+$/.test(token)) return false;
  if (/^(?:sha(?:1|224|256|384|512)|md5)-/i.test(token)) return false;
  if (switchRate(token) < 0.3 || isMadeOfWords(token) || isIdentifierOfWords(token)) return false;
  const segments = token.split(/[/._-]+/);
  if (segments.length > 1 && segments.every((p) => p.length < 8 || /^[0-9a-f]+$/i.test(p) || isMadeOfWords(p) || isIdentifierOfWords(p))) return false;
  if (/%[0-9A-F]{2}/i.test(token) && isMadeOfWords(token.replace(/%[0-9A-F]{2}/gi, " "))) return false;
  return !decodesToText(token) && !isProtobufMessage(token);
}
var IDENT_PATH_RE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
var FILE_EXT_RE = /\.(?:[cm]?[jt]sx?|d\.ts|css|map|json|html?|png|svg|jpe?g|gif|webp|woff2?|md|ya?ml|txt|wasm)$/;
function isCodeOrPath(token, before, after) {
  if (token.startsWith("//") || FILE_EXT_RE.test(token) || isDataFilePath(token)) return true;
  if (!IDENT_PATH_RE.test(token)) return false;
  if (before === "." || after.startsWith("(") || /^\s*=[^=]/.test(after)) return true;
  return token.includes(".") && token.split(".").every((seg) => seg.length < 8 || switchRate(seg) < 0.45);
}
function isSigningPublicKey(text, offset) {
  const before = text.slice(Math.max(0, offset - 400), offset);
  const nl = before.lastIndexOf("\n");
  if (/\bminisign\b[^\n]{0,160}[ \t]-P[ \t]+['"]?$/.test(before.slice(Math.max(nl + 1, before.length - 200)))) return true;
  if (nl === -1 || before.length - nl > 200) return false;
  return /untrusted comment:[^\n]*\bpublic key\b[^\n]*$/i.test(before.slice(Math.max(0, nl - 200), nl));
}
var SHORT_MIN = 20;
var FLAG_BEFORE_RE = /(?:^|[ \t])--?[A-Za-z][\w-]{0,30}(?:=|[ \t]+)$/;
function standsAlone(text, offset, length) {
  const before = text.slice(Math.max(0, offset - 64), offset);
  if (FLAG_BEFORE_RE.test(before)) return true;
  const nl = before.lastIndexOf("\n");
  if (nl === -1 && offset > 64) return false;
  const lead = before.slice(nl + 1);
  const end = text.indexOf("\n", offset + length);
  const trail = text.slice(offset + length, end === -1 ? Math.min(text.length, offset + length + 64) : Math.min(end, offset + length + 64));
  return prefixLength(lead) === lead.length && /^[ \t\r]*$/.test(trail) && (end !== -1 || offset + length + 64 >= text.length);
}
function rangeTest(ranges) {
  ranges.sort((a, b) => a[0] - b[0]);
  let i = 0;
  let reach = -1;
  return (offset) => {
    while (i < ranges.length && ranges[i][0] <= offset) reach = Math.max(reach, ranges[i++][1]);
    return offset < reach;
  };
}
function redactUnnamed(text, tally) {
  if (text.length < 12) return text;
  const signing = /minisign|untrusted comment/.test(text);
  const inBlock = rangeTest([...publicBlocks(text), ...encodedFileBlocks(text), ...keptSpans(text)]);
  return text.replace(TOKEN_RE, (token, offset) => {
    const min = token.length >= SHORT_MIN && token.length < MIN && standsAlone(text, offset, token.length) ? SHORT_MIN : MIN;
    if (!isUnnamedSecret(token, min)) return token;
    if (inBlock(offset)) return token;
    if (text[offset - 1] === "[" && token.startsWith("REDACTED")) return token;
    if (text[offset - 1] === "[" && text[offset + token.length] === "]" && /[A-Za-z0-9]-[A-Za-z0-9]/.test(token)) return token;
    if (LABEL_BEFORE_RE.test(text.slice(Math.max(0, offset - 40), offset)) || signing && isSigningPublicKey(text, offset)) return token;
    if (isPublicByLabel(token, text.slice(Math.max(0, offset - 80), offset))) return token;
    if (isCodeOrPath(token, text[offset - 1] ?? "", text.slice(offset + token.length, offset + token.length + 3))) return token;
    return tally.add("secret", token);
  });
}

// src/redact/files.ts
var EXACT_NAMES = /* @__PURE__ */ new Set([
  ".env",
  ".envrc",
  ".npmrc",
  ".pypirc",
  ".netrc",
  "_netrc",
  ".git-credentials",
  ".htpasswd",
  ".pgpass",
  ".my.cnf",
  ".dockercfg",
  "credentials.json",
  "credentials.yml",
  "credentials.yaml",
  "client_secrets.json",
  "secrets.json",
  "secrets.yml",
  "secrets.yaml",
  "secrets.toml",
  "service-account.json",
  "service_account.json",
  "serviceaccount.json",
  "terraform.tfstate",
  "terraform.tfstate.backup",
  "terraform.tfvars",
  "kubeconfig",
  ".kubeconfig"
]);
var EXTENSIONS = [
  ".pem",
  ".key",
  ".p12",
  ".pfx",
  ".p8",
  ".jks",
  ".keystore",
  ".ppk",
  ".kdbx",
  ".tfstate",
  ".tfstate.backup",
  ".env",
  ".tfvars",
  ".tfvars.json",
  ".kubeconfig"
];
var SOURCE_EXT_RE = /\.(?:[cm]?[jt]sx?|py|go|rs|rb|java|kt|c|h|cc|cpp|cs|swift|php|md|txt|json|ya?ml|toml|sh)$/;
var ENV_TEMPLATE_SUFFIXES = /* @__PURE__ */ new Set(["example", "sample", "template", "dist", "defaults"]);
function isSecretFile(path) {
  const segments = path.split(/[\\/]+/).filter((s) => s !== "");
  const base = (segments[segments.length - 1] ?? "").toLowerCase();
  if (base === "") return false;
  const dirs = segments.slice(0, -1).map((s) => s.toLowerCase());
  const parent = dirs[dirs.length - 1];
  if (base.startsWith(".env.")) return !ENV_TEMPLATE_SUFFIXES.has(base.slice(".env.".length));
  if (base.startsWith("env.") && !SOURCE_EXT_RE.test(base)) return !ENV_TEMPLATE_SUFFIXES.has(base.slice("env.".length));
  if (/^secring\./.test(base)) return true;
  if (/^kubeconfig(?:[._-]|$)/.test(base) && !/\.(?:md|txt|[cm]?[jt]sx?|py|go|rs|rb|java|sh)$/.test(base)) return true;
  if (EXACT_NAMES.has(base)) return true;
  if (EXTENSIONS.some((ext) => base.endsWith(ext) && base.length > ext.length)) return true;
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:[._-]|$)/.test(base) && !SOURCE_EXT_RE.test(base)) return true;
  if (/^client_secret.*\.json$/.test(base) || /service[-_]?account.*\.json$/.test(base)) return true;
  if (dirs.includes(".ssh")) return true;
  if (parent === ".aws" && (base === "credentials" || base === "config")) return true;
  if (parent === ".docker" && base === "config.json") return true;
  if (parent === ".kube" && base === "config") return true;
  return false;
}
var SECRET_CONTENT_RE = [
  // A GCP service-account key saved as config.json, ci.json, …
  /"type"\s*:\s*"service_account"/,
  /-----BEGIN (?:PGP PRIVATE KEY BLOCK|OPENSSH PRIVATE KEY)-----/,
  /^PuTTY-User-Key-File-\d+:/m,
  // A kubeconfig with embedded credentials.
  /^kind:\s*Config\s*$[\s\S]*^\s*(?:client-key-data|token):/m
];
var SECRET_CONTENT_PROBE_BYTES = 65536;
function isSecretContent(text) {
  const head = text.length > SECRET_CONTENT_PROBE_BYTES ? text.slice(0, SECRET_CONTENT_PROBE_BYTES) : text;
  return SECRET_CONTENT_RE.some((re) => re.test(head));
}

// src/redact/alone.ts
var SECRET_COMMAND_RE = /password|^pass[ \t]+show|secret|token|credential|api[-_]?key|openssl[ \t]+rand|pwgen|gpg[ \t]+--gen-random|base64[ \t]+(?:-d|--decode)/i;
var PROMPT_RE = /^(?:[\w.@-]{1,64}(?::[^\s$#]{0,128})?)?[$#%][ \t]+(\S.*)$|^PS [^>\n]{0,128}>[ \t]*(\S.*)$/;
var DIFF_FILE_RE = /^\+\+\+ (?:b\/)?(\S{1,512})/;
var CREDENTIAL_FILE_RE = /(?:^|[/\\._-])(?:credentials?|creds|passwords?|passwd|pass|secrets?|tokens?|auth|login)(?:\.(?:txt|conf|cfg))?$/i;
var PRINT_FILE_RE = /^(?:sudo[ \t]+)?(?:cat|bat|less|more|head|tail|type|gc|Get-Content)[ \t]+(.{1,512})$/;
var isCredentialFile = (path) => isSecretFile(path) || CREDENTIAL_FILE_RE.test(path);
var printsSecretFile = (command) => PRINT_FILE_RE.exec(command)?.[1].split(/[ \t]+/).some((arg) => !arg.startsWith("-") && isCredentialFile(arg)) ?? false;
var PUBLIC_BEGIN_RE2 = /^[+\- ]-----BEGIN (?![A-Z0-9 ]*(?:PRIVATE|ENCRYPTED|SECRET))[A-Z0-9 ]{1,40}-----/;
var END_RE2 = /^[+\- ]-----END [A-Z0-9 ]{1,40}-----/;
var OUTPUT_LINES = 3;
function secretToken(v) {
  if (v.length < 8 || v.length > 4096 || /\s/.test(v) || isPlaceholder(v) || v.includes(MARKER_PREFIX)) return false;
  if (/^[0-9a-f]+$/i.test(v)) return v.length === 32 || v.length >= 96;
  return isUnnamedSecret(v, 16) || looksRandom(v) || /[A-Za-z]/.test(v) && /[^A-Za-z]/.test(v) && !isMadeOfWords(v);
}
function wholeText(text, tally) {
  const body = text.trim();
  if (body.length > 4096) return null;
  const lines = body.split(/\r?\n/);
  if (lines.length === 1 && /^[A-Za-z0-9+/_-]{16,4096}={0,2}$/.test(lines[0]) && secretToken(lines[0]) && (/^[0-9a-f]+$/i.test(lines[0]) || isUnnamedSecret(lines[0], 20))) {
    return text.replace(body, tally.add("secret", body));
  }
  if (lines.length === 2 && /^[\w.@+-]{1,64}$/.test(lines[0]) && !/^[0-9a-f]+$/i.test(lines[1]) && secretToken(lines[1])) {
    return text.replace(lines[1], tally.add("password", lines[1]));
  }
  return null;
}
function redactAlone(text, tally) {
  const whole = wholeText(text, tally);
  if (whole !== null) return whole;
  if (!text.includes("\n") || !/[$#%>]|\+\+\+ /.test(text)) return text;
  const lines = text.split("\n");
  let secretFile = false;
  let publicBlock = false;
  let output = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("diff --git") || line.startsWith("--- ")) secretFile = false;
    const file = DIFF_FILE_RE.exec(line);
    if (file) {
      secretFile = isCredentialFile(file[1]);
      continue;
    }
    const prompt = PROMPT_RE.exec(line);
    if (prompt) {
      const command = prompt[1] ?? prompt[2] ?? "";
      output = SECRET_COMMAND_RE.test(command) || printsSecretFile(command) ? OUTPUT_LINES : 0;
      continue;
    }
    if (publicBlock && /^[+ -]/.test(line)) {
      publicBlock = !END_RE2.test(line);
      continue;
    }
    publicBlock = secretFile && PUBLIC_BEGIN_RE2.test(line);
    if (publicBlock) continue;
    const inHunk = secretFile && /^[+ -]/.test(line) && !line.startsWith("@@");
    const content = (inHunk ? line.slice(1) : line).trim();
    if ((inHunk || output > 0 && !/:|^\//.test(content)) && secretToken(content)) lines[i] = line.replace(content, tally.add(inHunk ? "secret" : "password", content));
    if (output > 0) output = content === "" ? 0 : output - 1;
  }
  return lines.join("\n");
}

// src/redact/assignments.ts
var KEYWORD_RE = /pass(?:word|wd|phrase)?|pwd|secret|token|credential|creds|auth|key|pat|mnemonic|login|account/gi;
var MAX_NAME = 128;
var MAX_VALUE = 4096;
function isIdentChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45 || c === 46;
}
var LINE_START_RE = new RegExp(`^${LINE_PREFIX_SRC}(?:(?:export|set|setx|declare|local|readonly|ENV|ARG)[ \\t]+|-[ \\t]+)?["']?$`);
function contextOf(text, start, flag2) {
  if (flag2) return "flag";
  const before = text.charCodeAt(start - 1);
  if (before === 63 || before === 38) return "query";
  if (before === 59) return "connection";
  if (before === 58 && text.charCodeAt(start - 2) === 47) return "npmrc";
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 64 && text[lineStart - 1] !== "\n") lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== "\n") return "inline";
  const prefix = text.slice(lineStart, start);
  return LINE_START_RE.test(prefix) ? "line" : "inline";
}
var TYPED_RE = /^[ \t]*:[ \t]*(?:&(?:'\w{1,16}[ \t]+)?(?:mut[ \t]+)?)?[A-Za-z_][\w.:]{0,40}(?:<[^<>=\n]{0,40}>|\[[^[\]=\n]{0,40}\])?[!?]?(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]{0,20}){0,3}[ \t]+(?==(?![=>~]))/;
function parseValue(text, nameStart, pos, context) {
  const openQuote = text[nameStart - 1];
  let p = pos;
  p += TYPED_RE.exec(text.slice(p, p + 128))?.[0].length ?? 0;
  if ((openQuote === '"' || openQuote === "'") && text[p] === openQuote) {
    p++;
    if (text[nameStart - 2] === "[" && text[p] === "]") p++;
  }
  if (openQuote === "<" && text[p] === ">") return xmlValue(text, p + 1, text.slice(nameStart, pos));
  const spaceStart = p;
  while (p - spaceStart < 16 && (text[p] === " " || text[p] === "	")) p++;
  const spaced = p > spaceStart;
  const c = text[p];
  const n = text[p + 1];
  let sep = 0;
  if (c === ":" && n === "=") sep = 2;
  else if (c === "=" && n === ">") sep = 2;
  else if (c === "=" && n !== "=" && n !== "~") sep = 1;
  else if (c === ":" && n !== ":") sep = 1;
  else if (context === "flag" && spaced && c !== void 0 && c !== "-" && c !== "\n" && c !== "\r") sep = 0;
  else return null;
  p += sep;
  const afterSep = p;
  while (p - afterSep < 64 && (text[p] === " " || text[p] === "	")) p++;
  if (/^[bBrRuU]{1,2}["']/.test(text.slice(p, p + 3))) p += /^[bBrRuU]{2}/.test(text.slice(p, p + 2)) ? 2 : 1;
  const q = text[p];
  if (q === '"' || q === "'" || q === "`") {
    const close = closingQuote(text, p + 1, q);
    return close === -1 ? null : { start: p + 1, end: close, quoted: true };
  }
  return unquotedValue(text, p, context, openQuote);
}
function closingQuote(text, from, quote) {
  const limit = Math.min(text.length, from + MAX_VALUE);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === quote) return i;
    else if (ch === "\n") return -1;
  }
  return -1;
}
function xmlValue(text, from, tag) {
  const limit = Math.min(text.length, from + 1024);
  let close = from;
  while (close < limit && text[close] !== "<" && text[close] !== "\n") close++;
  return text.startsWith(`</${tag}>`, close) ? { start: from, end: close, quoted: true } : null;
}
function unquotedValue(text, from, context, openQuote) {
  const limit = Math.min(text.length, from + MAX_VALUE);
  let end = from;
  if (context === "query") {
    while (end < limit && !/[&;#\s"'<>]/.test(text[end])) end++;
  } else if (context === "connection") {
    if (text[from] === "{") {
      const close = text.indexOf("}", from);
      if (close !== -1 && close < limit && !text.slice(from, close).includes("\n")) return { start: from + 1, end: close, quoted: true };
    }
    while (end < limit && !/[;"'\r\n]/.test(text[end])) end++;
  } else if (context === "env") {
    while (end < limit && !/[\s`]/.test(text[end])) end++;
  } else if (context === "quoted-header") {
    while (end < limit && text[end] !== openQuote && text[end] !== "\n") end++;
  } else if (context === "line" || context === "npmrc") {
    while (end < limit && text[end] !== "\n" && text[end] !== "\r") end++;
    const raw = text.slice(from, end);
    const comment = /[ \t](?:#|\/\/)/.exec(raw);
    let value = (comment ? raw.slice(0, comment.index) : raw).trimEnd();
    if (/[,;]$/.test(value)) value = value.slice(0, -1);
    end = from + value.length;
  } else {
    while (end < limit && !/[\s,;)}\]"'`]/.test(text[end])) end++;
  }
  return end > from ? { start: from, end, quoted: false } : null;
}
function literalArgument(text, v) {
  if (v.quoted || !/^[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*\($/.test(text.slice(v.start, v.end))) return null;
  const q = text[v.end];
  if (q !== '"' && q !== "'" && q !== "`") return null;
  const close = closingQuote(text, v.end + 1, q);
  return close === -1 ? null : { start: v.end + 1, end: close, quoted: true };
}
function isIdentifierShaped(value) {
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  if (/[a-z]/.test(value) && /[A-Z]/.test(value) && !isIdentifierOfWords(value)) return false;
  if (areRandomLetters(value.replace(/[^A-Za-z]/g, ""))) return false;
  return words(value.replace(/\$/g, "")).every((w) => /^[a-z]+\d{0,3}$/.test(w) && isWordLike(w));
}
function isCodeValue(value, name, syntax) {
  if (/[([{<]|^\$|\$[{(A-Za-z_]|->|::/.test(value)) return true;
  if (/^[*&!@%|>]/.test(value)) return true;
  if (CODE_WORDS.has(value.toLowerCase().replace(/[!?]$/, ""))) return true;
  if (syntax.sepIsColon && /^(?:String|Int|Float|Boolean|ID|Date|DateTime|JSON|Upload)[!?]$/.test(value)) return true;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return value.split(".").every((seg) => seg.length <= 3 || isMadeOfWords(seg) || isIdentifierOfWords(seg));
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  if (syntax.sepIsColon && /^[A-Z][A-Za-z]*$/.test(value) && !/^[A-Z]+$/.test(value)) return true;
  if (words(value).some((w) => words(name).includes(w))) return true;
  if (syntax.codeTerminated) return true;
  const codeName = !name.includes(".") || /^(?:self|this|cls|that)\./.test(name);
  return syntax.spacedEquals && codeName && !/^[A-Z0-9_]+$/.test(name) && isIdentifierShaped(value);
}
var APP_PASSWORD_RE = /^[a-z]{4}(?: [a-z]{4}){3}$/;
function isProse(value) {
  if (APP_PASSWORD_RE.test(value)) return false;
  if ((value.match(new RegExp("\\p{Script=Han}", "gu")) ?? []).length >= 2) return true;
  return /\s/.test(value) && /^[\p{L}][\p{L}\p{M}'’,.!?:;()\- ]*$/u.test(value) && value.split(/\s+/).length >= 2;
}
var UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isDigestValue(value) {
  return /^(?:[A-Za-z0-9._-]*[-_.:])?[0-9a-f]{7,128}$/i.test(value) || UUID_RE.test(value);
}
function decide(category, name, raw, v, syntax) {
  const value = raw.trim();
  if (value.startsWith(MARKER_PREFIX) || isPlaceholder(value)) return false;
  if (category === "uuid-secret") return UUID_RE.test(value);
  if (/^[~^<>=v]*\d+(?:\.\d+)+(?:[-+][\w.-]+)?$/.test(value)) return false;
  if (isPublicIdentifier(value)) return false;
  if (v.quoted && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && categorize(value) !== null) return false;
  const digestNamed = category === "weak" && words(name).pop() !== "login" || words(name).some((w) => DIGEST_WORDS.has(w));
  if (isDigestValue(value) && digestNamed) return false;
  const nameWords2 = words(name);
  const valueWords = words(value);
  if (valueWords.every((w) => nameWords2.includes(w))) return false;
  if (isMadeOfWords(value) && valueWords.some((w) => nameWords2.includes(w) && categorize(w) !== null)) return false;
  if (category === "password" && isPassphrase(value)) return true;
  if (syntax.context === "env" && !v.quoted) {
    if (category === "weak") return looksRandom(value);
    return value.length >= 4 && !CODE_WORDS.has(value.toLowerCase()) && !/^[A-Za-z_$][\w$.]*\(.*\)$/.test(value);
  }
  if (category === "password" && hasOnlyShortPasswordWord(name) && isMadeOfWords(value)) return false;
  if (!v.quoted && syntax.context !== "connection" && isCodeValue(value, name, syntax)) return false;
  if (category === "weak") return looksRandom(value);
  if (category === "secret" && (value.length < 8 || /\s/.test(value))) return false;
  if (category === "password" && value.length < 4) return false;
  if (syntax.context === "flag" && /^[a-z]+$/.test(value)) return false;
  if (v.quoted) {
    if (isProse(value) && !/passphrase|mnemonic/i.test(name)) return false;
  } else {
    if (/\s/.test(value) && !(category === "password" && APP_PASSWORD_RE.test(value))) return false;
    if (syntax.context === "inline" && !looksRandom(value)) return false;
  }
  return !(category === "secret" && isMadeOfWords(value));
}
function kindOf(category, name, value) {
  const ws = words(name);
  if (/^[A-Za-z0-9/+=]{40}$/.test(value) && (ws.includes("aws") || ws.includes("secret") && ws.includes("access"))) return "aws-secret-key";
  return category === "password" ? "password" : "secret";
}
function redactAssignments(text, tally) {
  let out = "";
  let last = 0;
  const kept = keptTest(text);
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(text); m; m = KEYWORD_RE.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < MAX_NAME && isIdentChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && end - start <= MAX_NAME && isIdentChar(text.charCodeAt(end))) end++;
    if (end - start > MAX_NAME || start > 0 && isIdentChar(text.charCodeAt(start - 1))) {
      while (end < text.length && isIdentChar(text.charCodeAt(end))) end++;
      KEYWORD_RE.lastIndex = end;
      continue;
    }
    KEYWORD_RE.lastIndex = end;
    if (start < last) continue;
    let nameStart = start;
    while (text[nameStart] === "-" || text[nameStart] === ".") nameStart++;
    let nameEnd = end;
    while (nameEnd > nameStart && (text[nameEnd - 1] === "-" || text[nameEnd - 1] === ".")) nameEnd--;
    const name = text.slice(nameStart, nameEnd);
    const category = text[start - 1] === ";" && /^pwd$/i.test(name) ? "password" : categorize(name);
    if (category === null) continue;
    if (inResourceName(text, start)) continue;
    const before = /([A-Za-z0-9]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 24), start));
    if (category === "weak" && before && NON_SECRET_KEY_QUALIFIERS.has(before[1].toLowerCase())) continue;
    const flag2 = nameStart - start >= 2 && text[start] === "-" && text[start + 1] === "-";
    let context = contextOf(text, start, flag2);
    const openQuote = text[start - 1];
    if ((openQuote === '"' || openQuote === "'") && text[nameEnd] !== openQuote) {
      if (text.startsWith(": ", nameEnd)) context = "quoted-header";
      else if (text[nameEnd] === "=") context = /^[A-Z][A-Z0-9_]*$/.test(name) ? "quoted-header" : "query";
      else continue;
    }
    if ((context === "line" || context === "inline") && text[nameEnd] === "=" && text[nameEnd + 1] !== "=" && /^[A-Z][A-Z0-9_]*$/.test(name)) {
      context = "env";
    }
    const parsed = parseValue(text, start, nameEnd, context);
    if (parsed === null) continue;
    const v = literalArgument(text, parsed) ?? parsed;
    const raw = text.slice(v.start, v.end);
    if (kept(v.start + raw.length - raw.trimStart().length)) continue;
    const after = text.slice(nameEnd, nameEnd + 20);
    const typed = TYPED_RE.test(text.slice(nameEnd, nameEnd + 128));
    const syntax = {
      context,
      sepIsColon: !typed && /^["']?[ \t]*:(?!=)/.test(after),
      spacedEquals: typed || /^["']?[ \t]+=/.test(after),
      codeTerminated: /^[ \t]*[,;]/.test(text.slice(v.end, v.end + 20))
    };
    if (!decide(category, name, raw, v, syntax)) continue;
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    out += text.slice(last, v.start + lead) + tally.add(kindOf(category, name, raw.trim()), raw.trim());
    last = v.end - trail;
    KEYWORD_RE.lastIndex = Math.max(end, last);
  }
  return out + text.slice(last);
}

// src/redact/call-names.ts
var CREDENTIAL_CALL_RE = /log[io]n|sign_?in|auth|credential|connect|bind_s|simple_bind|^PDO$|^mysqli$|^basic$|SMTPServer|DriverManager|^Sequelize$|create_?(?:super_?)?user|add_?user/i;
var PAIR_CALL_RE = /^(?:Map|ImmutableMap|put|setProperty|of|mapOf|hashMapOf|entry|Pair)$/;
var KEY_CALLS = /* @__PURE__ */ new Map([
  ["algoliasearch", 1],
  ["searchclient", 1],
  ["newmailgun", 1],
  ["twilio", 1],
  ["pusher", 2],
  ["typesenseclient", 1]
]);

// src/redact/calls.ts
var CALL_RE = /(?<![\w$])(?<callee>[A-Za-z_$][\w$]{0,63})(?:(?:->|::|\.)(?:__construct|__init__|create|new|of))?(?:\[[\w., ]{1,40}\]|<[\w., ]{1,40}>)?[ \t]*\(/g;
var TUPLE_RE = /(?<![\w$])(?:auth|basic_?auth|http_?auth|credentials?|creds)["']?[ \t]*(?:=>|=|:)[ \t]*([([])/gi;
var MAX_ARGS = 600;
function diffSide(text, at) {
  let i = at;
  while (i > 0 && at - i < 256 && text[i - 1] !== "\n") i--;
  return (i === 0 || text[i - 1] === "\n") && (text[i] === "+" || text[i] === "-") ? text[i] : "";
}
function argumentsAt(text, from, close = ")") {
  const args = [];
  const limit = Math.min(text.length, from + MAX_ARGS);
  const other = { "+": "-", "-": "+" }[diffSide(text, from)];
  let depth = 0;
  let argStart = from;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === "\n" && other !== void 0 && text[i + 1] === other) {
      const nl = text.indexOf("\n", i + 1);
      i = nl === -1 || nl > limit ? limit : nl - 1;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < limit && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      if (text[j] !== c) return null;
      i = j;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
    else if ((c === "," || c === close) && depth === 0) {
      args.push(argument(text, argStart, i));
      if (c === close) return args;
      argStart = i + 1;
    }
  }
  return depth > 0 && args.length > 0 ? args : null;
}
function argument(text, start, end) {
  const m = /^\s*(?:(?<=\n)[+-])?\s*(?:@|[bru])?(["'`])((?:\\.|(?!\1)[^\\\n])*)\1(?:\.\w{1,32}\(\))?\s*$/.exec(text.slice(start, end));
  if (!m) return { start, end, literal: false };
  const at = start + m[0].indexOf(m[1]) + 1;
  return { start: at, end: at + m[2].length, literal: true };
}
function passwordLike(v) {
  if (v.length < 6 || v.length > 128 || /\s/.test(v) || isPlaceholder(v) || v.includes(MARKER_PREFIX)) return false;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(v) || /^[a-z][\w+.-]*:/i.test(v) || /^[./~\\]/.test(v)) return false;
  if (isPassphrase(v)) return true;
  if (!/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) return false;
  return !isMadeOfWords(v) || /[A-Za-z]{3,}\d{2,}$/.test(v) && v.length <= 20;
}
var keyLike = (v) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && (/^[0-9a-f]{16,128}$/i.test(v) || looksRandom(v));
function pairedSecrets(text, args) {
  const found = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const name = /([A-Za-z_][\w]*)["'`]?\s*$/.exec(text.slice(args[i - 1].start, args[i - 1].end))?.[1];
    const category = name === void 0 ? null : categorize(name);
    if (a.literal && (category === "password" || category === "secret") && passwordLike(text.slice(a.start, a.end))) found.push([a.start, a.end]);
  }
  return found;
}
function redactCredentialArguments(text, tally) {
  if (!text.includes("(") && !text.includes("[")) return text;
  const cuts = [];
  CALL_RE.lastIndex = 0;
  for (let m = CALL_RE.exec(text); m; m = CALL_RE.exec(text)) {
    const callee = m.groups.callee;
    const keyIndex = KEY_CALLS.get(callee.toLowerCase());
    const pairs = PAIR_CALL_RE.test(callee);
    if (keyIndex === void 0 && !pairs && !CREDENTIAL_CALL_RE.test(callee)) continue;
    const args = argumentsAt(text, CALL_RE.lastIndex);
    if (args === null || args.length < 2) continue;
    if (pairs) {
      cuts.push(...pairedSecrets(text, args));
      continue;
    }
    for (let i = 1; i < args.length; i++) {
      const a = args[i];
      if (!a.literal) continue;
      const value = text.slice(a.start, a.end);
      if (keyIndex !== void 0 ? i === keyIndex && keyLike(value) : passwordLike(value)) {
        cuts.push([a.start, a.end]);
        if (keyIndex === void 0) break;
      }
    }
  }
  TUPLE_RE.lastIndex = 0;
  for (let m = TUPLE_RE.exec(text); m; m = TUPLE_RE.exec(text)) {
    const args = argumentsAt(text, TUPLE_RE.lastIndex, m[1] === "(" ? ")" : "]");
    const secret = args?.length === 2 && args[0].literal && args[1].literal ? args[1] : void 0;
    if (secret && passwordLike(text.slice(secret.start, secret.end))) cuts.push([secret.start, secret.end]);
  }
  return tally.cut(text, cuts, "password");
}

// src/redact/commands.ts
var VAL = String.raw`(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,256}(?=')|(?<=")[^"\n]{1,256}(?=")|(?<!['"])[^\s'"][^\s]{0,255})\k<q>`;
var secretName = (name) => {
  const c = categorize(name ?? "");
  return c === "password" || c === "secret";
};
var usable = (v) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && !/^[$%]/.test(v) && /[A-Za-z0-9]/.test(v) && !/^[a-z]{1,3}$/.test(v) && !PROSE_WORDS.has(v);
var PROSE_WORDS = /* @__PURE__ */ new Set(["and", "the", "with", "flag", "option", "options", "argument", "arguments"]);
var literal = (v) => v !== void 0 && v.length >= 4 && !/^[a-z]+$/.test(v);
var weakGenerated = (name, v) => categorize(name ?? "") === "weak" && v !== void 0 && (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v)) && !isMadeOfWords(v);
var notWords = (v) => literal(v) && !isMadeOfWords(v);
function directiveValue(name, v) {
  const category = categorize(name);
  if (category === "secret") return (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v)) && !isMadeOfWords(v);
  if (category !== "password" || v.length < 6 || !/[^A-Za-z]/.test(v) || /[()]$|^(?:scram-sha-256|md5|sha(?:1|256|512)?|bcrypt|argon2(?:i|d|id)?|pbkdf2(?:-sha\d+)?|crypt|plain|none)$/i.test(v)) return false;
  return !isMadeOfWords(v) || isPassphrase(v);
}
var flag = (tools, flags) => new RegExp(String.raw`(?<pre>[ \t](?:${flags}))(?<=(?<![\w-])(?:${tools})\b[^\n\x60|;&]{0,400})${VAL}`, "g");
var ROUTING_NAME_RE = /^[a-z]+(?:\.[a-z]+)+$/;
var RULES = [
  // mysql -pSECRET / -p'SECRET' (a bare -p prompts; -P is the port).
  { needle: /mysql|mariadb/, re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b[^\n]{0,200}?[ \t]-p)${VAL}`, "g") },
  { needle: /sshpass/, re: flag("sshpass", String.raw`-p[ \t]*`) },
  { needle: /login/, re: flag(String.raw`(?:docker|podman|buildah|skopeo|helm|oras|nerdctl)(?:[ \t]+registry)?[ \t]+login`, String.raw`(?:-p|--password)(?:[ \t]+|=)`) },
  { needle: /cqlsh|mongo/, re: flag("cqlsh|mongo|mongosh", String.raw`(?:-p|--password)[ \t]+`) },
  { needle: /redis-cli/, re: flag("redis-cli", String.raw`-a[ \t]+`) },
  { needle: /sqlcmd|bcp|osql/, re: flag("sqlcmd|bcp|osql", String.raw`-P[ \t]*`) },
  { needle: /ldap/, re: flag(String.raw`ldap(?:search|add|modify|delete|whoami|passwd|compare)`, String.raw`-w[ \t]+`) },
  { needle: /pass/, re: flag("keytool|jarsigner", String.raw`-(?:src|dest|new)?(?:store|key)?pass[ \t]+`) },
  // lftp -u user,password.
  { needle: /lftp/, re: flag("lftp", String.raw`-u[ \t]+['"]?[^\s,'"]{1,64}['"]?,`) },
  { needle: /pass:/, re: new RegExp(String.raw`(?<pre>(?<![\w-])-pass(?:in|out)?[ \t]+pass:)${VAL}`, "g") },
  { needle: /zip|7z/, re: flag(String.raw`zip|unzip|7z|7za`, String.raw`-P[ \t]*|-p(?=\S)`) },
  { needle: /smbclient|-U/, re: new RegExp(String.raw`(?<pre>(?<![\w-])smbclient\b[^\n]{0,200}?[ \t]-U[ \t]*['"]?[^\s%'"]{1,64}%)(?<secret>[^\s'"]{1,256})`, "g") },
  { needle: /\/user:/i, re: new RegExp(String.raw`(?<pre>(?<![\w-])net[ \t]+use\b[^\n]{0,200}?/user:\S{1,128}[ \t]+)${VAL}`, "gi") },
  { needle: /htpasswd/, re: new RegExp(String.raw`(?<pre>(?<![\w-])htpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+\S{1,256}[ \t]+\S{1,128}[ \t]+)${VAL}`, "g") },
  { needle: /rabbitmqctl/, re: new RegExp(String.raw`(?<pre>(?<![\w-])rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,128}[ \t]+)${VAL}`, "g") },
  { needle: /--from-literal|--set/, re: new RegExp(String.raw`(?<pre>(?:--from-literal=|--set(?:-string)?[ \t]+)(?<name>[\w.-]{1,128})=)${VAL}`, "g"), accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret) },
  // Apache `RequestHeader set X-Upstream-Key "…"`: a "key" name says secret when the value is generated; a token is
  // never a dotted name of lower-case words ("orders.created" under a routing key); passphrases are still values.
  { needle: /\bset\b/, re: new RegExp(String.raw`(?<pre>(?<![\w-])set[ \t]+(?<name>[A-Za-z_][\w.-]{0,127})[ \t]+)${VAL}`, "g"), accept: (g) => secretName(g.name) && literal(g.secret) && !ROUTING_NAME_RE.test(g.secret) || weakGenerated(g.name, g.secret) },
  // .pgpass: host:port:database:user:password (a colon or backslash in the password is escaped).
  // On its own line, or as a whole string literal.
  { needle: /:/, re: new RegExp(String.raw`(?<pre>(?:^${LINE_PREFIX_SRC}|(?<=["'\x60]))[A-Za-z0-9.*_\[\]-]{1,253}:(?:\d{1,5}|\*):[^\s:"'\x60]{1,128}:[^\s:"'\x60]{1,128}:)(?<secret>(?:[^\s:\\"'\x60]|\\.){1,256})(?=[ \t]*$|["'\x60])`, "gm") },
  // Dockerfile ENV NAME value (the legacy form without `=`).
  { needle: /ENV|ARG/, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:ENV|ARG)[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+)(?<secret>[^\s=\\][^\n\\]{0,255}?)[ \t]*\\?[ \t]*$`, "gm"), accept: (g) => secretName(g.name) && literal(g.secret) },
  // <add key="…" value="…"/> (.NET), <property name="password" value="…"/> (Spring), <env name="…" value="…"/>.
  { needle: /value=/, re: new RegExp(String.raw`(?<pre>(?:key|name)=(?<kq>["'])(?<name>[^"'\n]{1,64})\k<kq>[ \t]+value=(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`, "g"), accept: (g) => secretName(g.name) && literal(g.secret) },
  // ('DB_PASSWORD', '…') pairs: define(), env() with a fallback, config tuples. A passphrase counts under a password name.
  {
    needle: /,/,
    re: new RegExp(String.raw`(?<pre>(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>[ \t]*,[ \t]*(?<q>["']))(?<secret>[^\s"'\n]{4,512})\k<q>`, "g"),
    accept: (g) => secretName(g.name) && (notWords(g.secret) || categorize(g.name) === "password" && isPassphrase(g.secret))
  },
  // Config directives `name value` alone on a line: redis.conf `requirepass …`, Apache `SetEnv NAME value`, csh
  // `setenv NAME value`, nginx `fastcgi_param NAME value;`.
  {
    needle: /[ \t]/,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:(?:SetEnv|setenv|fastcgi_param|uwsgi_param|scgi_param|env)[ \t]+)?(?<name>[A-Za-z_][\w.-]{0,63})[ \t]+(?<q>["']?))(?<secret>[^\s"'=:;{}[\]*&$#(][^\s;"']{3,255})\k<q>[ \t]*(?:;[ \t]*)?\r?$`, "gm"),
    accept: (g) => directiveValue(g.name, g.secret)
  },
  // C and C++ `#define WIFI_PASSWORD "…"`.
  { needle: /define/, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}#[ \t]*define[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+L?(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`, "gm"), accept: (g) => secretName(g.name) && literal(g.secret) },
  // "user:password" being base64-encoded for a Basic header: btoa("…"), "…".bytes.encodeBase64(), "Basic " + "…".
  { needle: /btoa|b64encode|[Bb]ase64|Basic/, re: new RegExp(String.raw`(?<pre>(?<!\w)(?:btoa|b64encode|[Bb]ase64\w{0,24}|encodeToString|EncodeToString|Basic ["'\x60][ \t]*\+)[^\n]{0,48}?(?<q>["'\x60])[\w.@+-]{1,64}:)(?<secret>[^\s"'\x60:]{4,256})\k<q>`, "g"), accept: (g) => notWords(g.secret) },
  { needle: /encodeBase64|getBytes|encode\(|\.bytes/, re: new RegExp(String.raw`(?<pre>(?<q>["'])[\w.@+-]{1,64}:)(?<secret>[^\s"':]{4,256})\k<q>(?=\.(?:bytes\.encodeBase64|getBytes|encode\(|toByteArray))`, "g"), accept: (g) => notWords(g.secret) },
  // A secret-named key holding an object with its value: Spring's /actuator/env, ARM template parameters.
  { needle: /"value"/, re: new RegExp(String.raw`(?<pre>"(?<name>[\w.-]{1,128})"[ \t]*:[ \t]*\{[ \t\n]{0,32}"value"[ \t]*:[ \t]*")(?<secret>[^"\n]{1,512})"`, "g"), accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret) },
  { needle: /set|with|use/, re: new RegExp(String.raw`(?<pre>(?<![\w$])(?:set|with|use)(?<name>[A-Z]\w{0,63})[ \t]*\([ \t]*(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>[ \t]*\)`, "g"), accept: (g) => secretName(g.name) && notWords(g.secret) },
  // echo 'hunter2' > ~/.vault_pass: a literal written to a file whose name says password or secret.
  {
    needle: /echo|printf/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?)${VAL}(?=[ \t]*(?:>{1,2}|\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?)[ \t]*(?<file>[^\s;&|]{1,256}))`, "g"),
    accept: (g) => secretName(g.file?.split("/").pop()?.replace(/^\.+/, "")) && literal(g.secret)
  },
  { needle: /SecureString/i, re: new RegExp(String.raw`(?<pre>ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)${VAL}`, "gi") },
  { needle: /hmac/i, re: new RegExp(String.raw`(?<pre>(?:hmac\.new|hmac\.HMAC|HMAC\.new|createHmac\([ \t]*["'][\w-]{1,16}["'][ \t]*,)[ \t]*\(?[ \t]*b?(?<q>["']))(?<secret>[^"'\n]{8,512})\k<q>`, "gi") }
];
function redactCommands(text, tally) {
  for (const rule of RULES) {
    if (!rule.needle.test(text)) continue;
    text = text.replace(rule.re, (...args) => {
      const match = args[0];
      const groups = args[args.length - 1];
      const secret = groups.secret ?? "";
      if (!usable(secret) || rule.accept && !rule.accept(groups)) return match;
      const at = match.indexOf(secret, (groups.pre ?? "").length);
      return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
    });
  }
  return text;
}

// src/redact/blocks.ts
var OPEN_RE = /^([+\- ]?[ \t]*)["']?(?:tokens|secrets|passwords|credentials|api_?keys|apikeys|access_?keys)["']?[ \t]*=?[ \t]*(\{|:)[ \t]*$/i;
var ENTRY_RE = /^[+\- ]?([ \t]*)["']?[\w.-]{1,64}["']?[ \t]*[:=][ \t]*(["']?)([^"'\s#,{}]{8,512})\2[ \t]*,?[ \t]*$/;
var MAX_BLOCK_LINES = 50;
var generated = (v) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) || /^[0-9a-f]{16,}$/i.test(v) || looksRandom(v));
function redactSecretBlocks(text, tally) {
  if (!/(?:tokens|secrets|passwords|credentials|keys)["']?[ \t]*=?[ \t]*[{:][ \t]*\r?$/im.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN_RE.exec(lines[i].replace(/\r$/, ""));
    if (!open) continue;
    const brace = open[2] === "{";
    const indent = open[1].replace(/^[+\- ]/, "").length;
    for (let j = i + 1; j < lines.length && j <= i + MAX_BLOCK_LINES; j++) {
      const line = lines[j].replace(/\r$/, "");
      if (brace ? /^[+\- ]?[ \t]*\}/.test(line) : line.trim() !== "" && line.replace(/^[+\- ]/, "").search(/\S/) <= indent) break;
      const entry = ENTRY_RE.exec(line);
      if (!entry || !brace && entry[1].length <= indent) continue;
      if (generated(entry[3])) lines[j] = line.replace(entry[3], tally.add("secret", entry[3])) + (lines[j].endsWith("\r") ? "\r" : "");
    }
  }
  return lines.join("\n");
}

// src/redact/continued.ts
var CONTINUED_RE = /(\[REDACTED:[\w-]{1,40}\])(\\\r?\n)([A-Za-z0-9+/=_\-.~!@#$%^&*]{4,4096})/g;
function redactContinued(text, tally) {
  if (!text.includes("]\\")) return text;
  return text.replace(CONTINUED_RE, (_, marker2, lineBreak, rest) => {
    return `${marker2}${lineBreak}${tally.add(marker2.slice(MARKER_PREFIX.length, -1), rest)}`;
  });
}

// src/redact/cookies.ts
var COOKIE_LINE_RE = /(?<![\w-])(?:set-)?cookie["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([^\n]{1,8192})/gi;
var PAIR_RE = /(^|;[ \t]*)([\w.$!#%&*+^|~-]{1,128})=("?)([^;\s",]{8,4096})\3/g;
var ATTRIBUTES = /* @__PURE__ */ new Set(["path", "domain", "expires", "max-age", "samesite", "priority", "partitioned"]);
function redactCookies(text, tally) {
  if (!/cookie/i.test(text)) return text;
  return text.replace(COOKIE_LINE_RE, (line, cookies) => {
    const head = line.slice(0, line.length - cookies.length);
    const kept = cookies.replace(
      PAIR_RE,
      (pair, sep, name, q, value) => ATTRIBUTES.has(name.toLowerCase()) || value.includes(MARKER_PREFIX) || !looksRandom(value) ? pair : `${sep}${name}=${q}${tally.add("cookie", value)}${q}`
    );
    return head + kept;
  });
}

// src/redact/keys.ts
var BEGIN_RE2 = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?)-----/g;
var MAX_BLOCK = 64 * 1024;
var MAX_LINE = 4096;
var BODY_LINE_RE = new RegExp(String.raw`^${LINE_PREFIX_SRC}(?:[A-Za-z0-9+/=]+|(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*)?[ \t]*\r?$`);
var INLINE_BODY_RE = /(?:\\n|\\r|[A-Za-z0-9+/=]){1,65536}/y;
var SPACED_BODY_RE = /[ \t]?(?:\\n|\\r|[A-Za-z0-9+/= ]){1,65536}/y;
function blockEnd(text, bodyStart, label) {
  const endLine = `-----END ${label}-----`;
  SPACED_BODY_RE.lastIndex = bodyStart;
  if (SPACED_BODY_RE.test(text) && text.startsWith(endLine, SPACED_BODY_RE.lastIndex)) return SPACED_BODY_RE.lastIndex + endLine.length;
  INLINE_BODY_RE.lastIndex = bodyStart;
  if (INLINE_BODY_RE.test(text)) {
    const e = INLINE_BODY_RE.lastIndex;
    return text.startsWith(endLine, e) ? e + endLine.length : e;
  }
  const afterHeader = /^[ \t]*\r?\n/.exec(text.slice(bodyStart, bodyStart + 64));
  if (!afterHeader) return bodyStart;
  let end = bodyStart;
  let lineStart = bodyStart + afterHeader[0].length;
  while (lineStart < text.length && lineStart - bodyStart < MAX_BLOCK) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE + 1));
    const endAt = line.indexOf(endLine);
    if (endAt !== -1 && endAt <= prefixLength(line)) return lineStart + endAt + endLine.length;
    if (line.length > MAX_LINE || !BODY_LINE_RE.test(line)) break;
    if (line.slice(prefixLength(line)).trim() !== "") end = lineEnd;
    lineStart = lineEnd + 1;
  }
  return end;
}
function redactPrivateKeys(text, tally) {
  if (text.includes("PRIVATE KEY")) {
    let out = "";
    let last = 0;
    BEGIN_RE2.lastIndex = 0;
    for (let m = BEGIN_RE2.exec(text); m; m = BEGIN_RE2.exec(text)) {
      const bodyStart = m.index + m[0].length;
      const end = blockEnd(text, bodyStart, m[1]);
      if (end === bodyStart) continue;
      out += text.slice(last, m.index) + tally.add("private-key");
      last = end;
      BEGIN_RE2.lastIndex = end;
    }
    text = out + text.slice(last);
  }
  if (text.includes("Private-Lines:")) {
    text = text.replace(
      /(Private-Lines:[ \t]*\d{1,4}[ \t]*\r?\n)(?:[+\- ]?[ \t]*[A-Za-z0-9+/=]{1,200}[ \t]*\r?\n){1,500}/g,
      (_, head) => `${head}${tally.add("private-key")}
`
    );
  }
  if (text.includes("AGE-SECRET-KEY-")) {
    text = text.replace(/(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[0-9A-Z]{58}(?![A-Za-z0-9])/g, () => tally.add("private-key"));
  }
  return text;
}

// src/redact/named-values.ts
var NAME_RE = /(?<![\w$-])["']?(?:name|key|Name|Key)["']?[ \t]*[:=][ \t]*(["']?)([A-Za-z_][\w.-]{0,127})\1(?![\w.-])/g;
var REACH = 240;
var VALUE_RE = /(?<![\w$-])["']?(?:value|Value)["']?[ \t]*[:=][ \t]*/;
var OTHER_NAME_RE = /(?<![\w$-])["']?(?:name|key|Name|Key)["']?[ \t]*[:=]/;
function valueAt(text, from) {
  const q = text[from];
  if (q === '"' || q === "'") {
    let end = from + 1;
    while (end < text.length && end - from < 1024 && text[end] !== q && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
    return text[end] === q ? [from + 1, end, true] : null;
  }
  const m = /^(?!#)[^\s,}\]"'`]{1,512}/.exec(text.slice(from, from + 512));
  return m ? [from, from + m[0].length, false] : null;
}
function literal2(category, v, quoted) {
  if (v.length < 4 || isPlaceholder(v) || v.includes(MARKER_PREFIX) || /^[${]/.test(v) || !quoted && /^[&*!|>]/.test(v)) return false;
  if (category === "password") return !/^[a-z]+$/.test(v) || v.length >= 8;
  return category === "secret" && v.length >= 8 && !isMadeOfWords(v);
}
function redactNamedValues(text, tally) {
  if (!/value/i.test(text)) return text;
  const cuts = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const category = categorize(m[2].split(".").pop());
    if (category !== "password" && category !== "secret") continue;
    const after = NAME_RE.lastIndex;
    const stretch = text.slice(after, after + REACH);
    const v = VALUE_RE.exec(stretch);
    if (!v || OTHER_NAME_RE.test(stretch.slice(0, v.index)) || (stretch.slice(0, v.index).match(/\n/g)?.length ?? 0) > 3) continue;
    const range = valueAt(text, after + v.index + v[0].length);
    if (range && literal2(category, text.slice(range[0], range[1]), range[2])) cuts.push([range[0], range[1]]);
  }
  return tally.cut(text, cuts, "password");
}

// src/redact/pairs.ts
var ACCOUNT_RE = /(?:account|login|log[ -]in|credentials?|creds|user(?:name)?|账号|帐号|账户|用户名?|登录|登陆)/i;
var STOCK_USERS = /* @__PURE__ */ new Set([
  "root",
  "admin",
  "administrator",
  "sa",
  "postgres",
  "ubuntu",
  "ec2-user",
  "pi",
  "oracle",
  "sys",
  "system",
  "guest",
  "ops",
  "deploy",
  "demo",
  "superuser",
  "elastic",
  "rabbitmq",
  "ftpuser"
]);
var Q_OPEN = "(?:[`'\"\u201C\u2018]|\\*{1,2}|_{1,2})?";
var Q_CLOSE = "(?:[`'\"\u201D\u2019]|\\*{1,2}|_{1,2})?";
var PAIR_RE2 = new RegExp(
  String.raw`(?<=^|[\s(（,，:：;；。=>]|\p{Script=Han})${Q_OPEN}(?<user>[A-Za-z][\w.@-]{0,31})${Q_CLOSE}(?<sep>[ \t]?[/／][ \t]?|[:：])${Q_OPEN}(?<secret>[^\s\x60'"“”‘’，。；、,;:)）/／<>]{6,64})${Q_CLOSE}(?=[\s，。；、,;.)）]|$)`,
  "gu"
);
var NOT_USERS_RE = /^(?:sha\d*|md5|blake\d*\w*|https?|mailto|tel|data|urn|arn|git|ssh|file|npm|docker|image|tag|v\d*)$/i;
function passwordShaped(v, announced) {
  if (isPlaceholder(v) || v.includes(MARKER_PREFIX.slice(1)) || !/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) return false;
  if (!announced && !/[^A-Za-z0-9]/.test(v) && !(/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v))) return false;
  if (!isMadeOfWords(v) || isPassphrase(v)) return true;
  return announced && /\d{2,}$/.test(v) && v.length <= 20;
}
function redactPairs(text, tally) {
  if (!/[/／:：]/.test(text)) return text;
  return text.replace(PAIR_RE2, (match, ...args) => {
    const groups = args[args.length - 1];
    const offset = args[args.length - 3];
    const secret = groups.secret;
    const before = text.slice(Math.max(0, offset - 64), offset);
    const announced = ACCOUNT_RE.test(before.slice(before.lastIndexOf("\n") + 1));
    if (NOT_USERS_RE.test(groups.user) || !announced && !STOCK_USERS.has(groups.user.toLowerCase())) return match;
    if (!announced && /[ \t]/.test(groups.sep)) return match;
    if (!passwordShaped(secret, announced)) return match;
    const at = match.lastIndexOf(secret);
    return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
  });
}

// src/redact/patterns.ts
var mixedCaseAndDigits = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
var notPlaceholder = (s) => !isPlaceholder(s);
var bodyNotPlaceholder = (prefix) => (s) => notPlaceholder(s.replace(prefix, ""));
var notTheUser = (s, g) => s !== /([^/:]*):$/.exec(g.pre ?? "")?.[1] || !/^[A-Za-z][A-Za-z0-9_.-]{0,31}$/.test(s) || !isMadeOfWords(s);
var isCodePath = (s) => /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(s) && isMadeOfWords(s);
var PATTERN_RULES = [
  // Anthropic before OpenAI: both start with "sk-".
  { kind: "anthropic-key", needle: "sk-ant-", re: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-(?:api|admin|sid|oat|ort)\d{2}-[A-Za-z0-9_-]{20,400})/g, accept: bodyNotPlaceholder(/^sk-ant-\w+-/) },
  {
    kind: "openai-key",
    needle: "sk-",
    re: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,400})(?![A-Za-z0-9_-])/g,
    // DeepSeek and DashScope keys are `sk-` and lower-case hex.
    accept: (s) => mixedCaseAndDigits(s) || /^sk-[0-9a-f]{32,64}$/.test(s)
  },
  { kind: "github-token", needle: /gh[pousr]_|github_pat_/, re: /(?<![A-Za-z0-9_])(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g, accept: bodyNotPlaceholder(/^gh\w_|^github_pat_/) },
  { kind: "gitlab-token", needle: "gl", re: /(?<![A-Za-z0-9_-])(?<secret>(?:glpat|gldt|glrt|glptt|glft|glimt|glagent|glsoat|glcbt)-[A-Za-z0-9_-]{20,200})/g, accept: bodyNotPlaceholder(/^gl[a-z]+-/) },
  { kind: "slack-token", needle: /xox|xapp-/, re: /(?<![A-Za-z0-9_-])(?<secret>xox[abposre]-[A-Za-z0-9-]{10,250}|xapp-\d-[A-Za-z0-9-]{10,250})/g, accept: bodyNotPlaceholder(/^xox.-|^xapp-\d-/) },
  { kind: "slack-webhook", needle: "hooks.slack.com", re: /(?<pre>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)(?<secret>[A-Za-z0-9_/-]{16,200})/g },
  { kind: "discord-webhook", needle: "/api/webhooks/", re: /(?<pre>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/)(?<secret>[A-Za-z0-9_-]{20,200})/g },
  {
    kind: "stripe-key",
    needle: /_live_|_test_|whsec_/,
    re: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,250}|whsec_[A-Za-z0-9+/=]{20,250})(?![A-Za-z0-9_])/g,
    // `sk_test_xxxxxxxx` in an .env.example is documentation.
    accept: (s) => notPlaceholder(s.replace(/^(?:sk|rk)_(?:live|test)_|^whsec_/, ""))
  },
  { kind: "npm-token", needle: "npm_", re: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g, accept: bodyNotPlaceholder(/^npm_/) },
  { kind: "pypi-token", needle: "pypi-", re: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgE[A-Za-z0-9_-]{50,1000})/g },
  { kind: "gcp-api-key", needle: "AIza", re: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g },
  { kind: "google-oauth", needle: /GOCSPX-|ya29\./, re: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28}|ya29\.[0-9A-Za-z_-]{20,2000})/g },
  { kind: "aws-access-key-id", needle: /A(?:KIA|SIA|BIA|CCA)/, re: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g, accept: notPlaceholder },
  { kind: "azure-client-secret", needle: "Q~", re: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g },
  { kind: "huggingface-token", needle: "hf_", re: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z0-9]{34,40})(?![A-Za-z0-9_])/g, accept: bodyNotPlaceholder(/^hf_/) },
  { kind: "sendgrid-key", needle: "SG.", re: /(?<![A-Za-z0-9_])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g },
  { kind: "twilio-key", needle: "SK", re: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9])/g },
  { kind: "mailgun-key", needle: "key-", re: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32}(?:-[0-9a-f]{8}){0,2})(?![A-Za-z0-9])/g },
  // Mailgun's newer keys: 32 hex, then two groups of 8 (a UUID's groups are 8-4-4-4-12).
  { kind: "mailgun-key", needle: /[0-9a-f]{32}-/, re: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/g },
  // Twilio's auth token as the argument after the account SID: Client('AC…', '<token>').
  { kind: "twilio-key", needle: "AC", re: /(?<pre>(?<![A-Za-z0-9])AC[0-9a-f]{32}["']?[ \t]{0,8},[ \t]{0,8}["']?)(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])/g },
  // Newer provider prefixes; the body must carry a digit so words (`pul-request…`) stay.
  {
    kind: "api-token",
    needle: /sb_secret_|lin_api_|r8_|gsk_|nfp_|NRAK-|bkua_|HRKU-|rubygems_|ATATT3|ntn_|sntr[ysu]s?_|CFPAT-|xai-|sq0(?:csp|atp)-|dp\.(?:st|pt)\.|pscale_|fo1_|lsv2_|phx_|rnd_|pk_live_/,
    re: /(?<![A-Za-z0-9_-])(?<secret>(?:sb_secret_|lin_api_|r8_|gsk_|nfp_|NRAK-|bkua_|HRKU-|rubygems_|ATATT3|ntn_|sntrys_|sntryu_|CFPAT-|xai-|sq0csp-|sq0atp-|dp\.st\.|dp\.pt\.|pscale_(?:pw|tkn|oauth)_|fo1_|lsv2_(?:pt|sk)_|phx_|rnd_)[A-Za-z0-9_=.+/-]{16,600})/g,
    accept: (s) => /\d/.test(s) && notPlaceholder(s)
  },
  { kind: "digitalocean-token", needle: "_v1_", re: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/g },
  { kind: "shopify-token", needle: "shp", re: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9])/g },
  { kind: "docker-token", needle: "dckr_", re: /(?<![A-Za-z0-9_])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,100})/g, accept: bodyNotPlaceholder(/^dckr_\w{3}_/) },
  { kind: "vault-token", needle: /hv[sbr]\./, re: /(?<![A-Za-z0-9_.-])(?<secret>hv[sbr]\.[A-Za-z0-9_-]{24,250})/g },
  // Vault's legacy service, batch and recovery tokens: s./b./r. and 24 characters mixing cases and digits.
  { kind: "vault-token", needle: /[sbr]\./, re: /(?<![A-Za-z0-9_.\/-])(?<secret>[sbr]\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])/g, accept: (s) => mixedCaseAndDigits(s.slice(2)) && !isIdentifierOfWords(s.slice(2)) },
  { kind: "nuget-key", needle: "oy2", re: /(?<![A-Za-z0-9_])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9_])/g },
  { kind: "databricks-token", needle: "dapi", re: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9])/g },
  { kind: "grafana-token", needle: /gl(?:sa|c)_/, re: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})/g },
  { kind: "telegram-bot-token", needle: ":AA", re: /(?<![A-Za-z0-9_:])(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33,40})(?![A-Za-z0-9_-])/g },
  { kind: "alibaba-access-key-id", needle: "LTAI", re: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,24})(?![A-Za-z0-9])/g },
  { kind: "tailscale-key", needle: "tskey-", re: /(?<![A-Za-z0-9_-])(?<secret>tskey-[a-z]{3,10}-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,80})/g },
  { kind: "fly-token", needle: "FlyV1", re: /(?<secret>FlyV1 fm\d_[A-Za-z0-9_+/=,-]{20,4096})/g },
  // Azure DevOps personal access tokens: 52 lower-case letters and digits (base32 in older ones); not hex, and
  // not an IPFS CID (`bafy…`).
  {
    kind: "azure-devops-token",
    needle: /[a-z0-9]{52}/,
    re: /(?<![A-Za-z0-9])(?<secret>[a-z0-9]{52})(?![A-Za-z0-9])/g,
    accept: (s) => (s.match(/[0-9]/g) ?? []).length >= 4 && (s.match(/[a-z]/g) ?? []).length >= 20 && !/^[0-9a-f]+$/.test(s) && !s.startsWith("baf")
  },
  // SDK and mobile keys that are a UUID after a short prefix (LaunchDarkly `sdk-…`, `mob-…`).
  { kind: "api-token", needle: /(?:sdk|mob)-/, re: /(?<![A-Za-z0-9_-])(?<secret>(?:sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g },
  // Firebase Cloud Messaging legacy server keys: `AAAA` and a short id, a colon, then the key proper (which the
  // key-body pass may have taken already: then the id before it goes).
  { kind: "api-token", needle: "AAAA", re: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7,16}(?::[A-Za-z0-9_-]{100,400}|(?=:\[REDACTED:)))/g },
  // A key as the whole user part of a URL (Sentry DSNs: https://<key>@o1.ingest.sentry.io/2).
  { kind: "url-token", needle: "@", re: /(?<pre>[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/)(?<secret>[0-9a-f]{32,64}|[A-Za-z0-9_-]{24,256})(?=@[A-Za-z0-9.-]{1,256})/g, accept: (s) => /^[0-9a-f]+$/.test(s) || looksRandom(s) },
  {
    kind: "jwt",
    needle: "eyJ",
    re: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,8192}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,8192})(?![A-Za-z0-9_-])/g
  },
  // Oracle EZConnect and sqlplus: user/password@//host or user/password@host:port — keep the user and the host.
  {
    kind: "url-password",
    needle: "@",
    re: /(?<pre>(?<![\w$#/.-])[A-Za-z][\w$#]{0,29}\/)(?<secret>[^\s/@"'`<>]{1,128})(?=@(?:\/\/[A-Za-z0-9.-]{1,253}|[A-Za-z0-9.-]{1,253}:\d{2,5}[/:]))/g,
    accept: notPlaceholder
  },
  // A hex private key (Ethereum and other secp256k1 wallets) where accounts, wallets or signers are configured.
  {
    kind: "private-key",
    needle: "0x",
    re: /(?<pre>(?<![A-Za-z0-9_])(?:accounts|private_?key|privateKey|PRIVATE_KEY|wallet|signer|deployer|mnemonic)["']?[ \t]{0,8}[:=(][^\n]{0,40}?0x)(?<secret>[0-9a-fA-F]{64})(?![0-9a-fA-F])/g
  },
  // Scheme-less user:password@host, as in Go's MySQL DSN ("app:pw@tcp(db:3306)/x") or "user:pw@db.internal:5432/x".
  // Starts only at a word start, so a run of identifier characters is tried once.
  {
    kind: "url-password",
    needle: "@",
    re: /(?<pre>(?<![\w$.:/@%+[-])[A-Za-z_][\w.-]{0,63}:)(?<secret>[^\s:@/"'`<>[\]]{1,128})(?=@(?<host>(?:tcp|udp|unix)\(|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}:\d{2,5}(?![\w.])))/g,
    // Behind a host:port (not a Go network), a password has a character that is not a letter ("mailto:ann@…"); a
    // two-letter one ("app:pw@…") is an example.
    accept: (s, g) => s.length >= 4 && notPlaceholder(s) && notTheUser(s, g) && (g.host.endsWith("(") || /[^A-Za-z]/.test(s))
  },
  // scheme://user:password@host — keep the user and the host.
  {
    kind: "url-password",
    needle: "://",
    // A `+` may precede the scheme only as a diff marker at a line start ("git+ssh" is one scheme).
    re: /(?<![A-Za-z0-9.-])(?<![^\n]\+)(?<pre>[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:@/?#"'`<>[\]]{0,256}:)(?<secret>[^\s/?"'`<>]{1,256})(?=@[^\s@/?#"'`<>]{1,256})/g,
    accept: (s, g) => notPlaceholder(s) && notTheUser(s, g)
  },
  // Authorization: <scheme> <credentials>, as a header line, a curl -H argument or a headers object entry.
  {
    kind: (g) => /^basic/i.test(g.scheme ?? "") ? "basic-auth" : "bearer-token",
    needle: /authorization/i,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["'`]?[ \t]{0,8}(?<scheme>(?:bearer|basic|token|digest|bot|apikey|sso-key)[ \t]{1,8})?)(?<secret>[^\s"'`,;<>(){}[\]$]{8,4096})(?![(\[])/gi,
    // Without a scheme the value must look generated: `authorization = self.headers.get(...)` is code.
    accept: (secret, groups) => notPlaceholder(secret) && !isCodePath(secret) && (groups.scheme !== void 0 || looksRandom(secret))
  },
  // A bare "Bearer <token>" elsewhere: only when the token looks generated, so prose stays intact.
  { kind: "bearer-token", needle: /bearer/i, re: /(?<pre>(?<![A-Za-z0-9_-])bearer[ \t]{1,8})(?<secret>[A-Za-z0-9._~+/-]{16,4096}=*)/gi, accept: looksRandom },
  // Azure storage / service bus connection strings and SAS signatures.
  {
    kind: "azure-key",
    needle: /Shared|AccountKey/,
    re: /(?<pre>(?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey|SharedSecret|SharedAccessSignature)=)(?<secret>[^;"'\s]{8,2048})/g,
    accept: notPlaceholder
  },
  // Signed URLs (S3, GCS, CloudFront) and keys in a query that the named-value pass leaves (hex and UUID values,
  // which under a plain "key" could be digests): the signature or key is the credential.
  {
    kind: "url-token",
    needle: /[?&]/,
    re: /(?<pre>[?&](?:X-Amz-Signature|X-Amz-Security-Token|X-Goog-Signature|Signature|signature|appid|key)=)(?<secret>[^&\s"'`<>#]{16,4096})/gi,
    // Percent-encoded values (a session token) count when random once decoded: "value%23still-query" is words.
    accept: (s) => notPlaceholder(s) && !s.includes("[REDACTED") && (/^[0-9a-f-]+$/i.test(s) || looksRandom(s.replace(/%[0-9A-F]{2}/gi, "")))
  },
  // Webhook URLs whose path is the credential: Feishu/Lark `/bot/v2/hook/…`, Teams `webhookb2/…`, Mattermost and
  // Rocket.Chat `/hooks/…`, Zapier `/hooks/catch/…`, IFTTT `/with/key/…`. Everything after the hook segment goes.
  {
    kind: "webhook",
    needle: /hook|\/key\//i,
    re: /(?<pre>https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[^\s?#"'`<>]{0,200}\/)?(?:hooks?|webhooks?|webhookb2|catch|key)\/)(?<secret>[A-Za-z0-9_@/-]{16,1024})/gi,
    accept: (s) => s.split("/").some((seg) => seg.length >= 16 && /[a-z]/i.test(seg) && (/^[0-9a-f@-]+$/i.test(seg) || looksRandom(seg)))
  },
  { kind: "azure-sas", needle: "sig=", re: /(?<pre>[?&]sig=)(?<secret>[A-Za-z0-9%+/=]{16,512})/g },
  // A service-account key's id travels with the key; alone it still names which key leaked, so it goes too.
  { kind: "private-key", needle: "private_key_id", re: /(?<pre>"private_key_id"[ \t]*:[ \t]*")(?<secret>[0-9a-f]{40})(?=")/g },
  // Terraform: variable "db_password" { default = "…" }.
  {
    kind: "password",
    needle: "variable",
    re: /(?<pre>(?<![A-Za-z0-9_])variable[ \t]+"[A-Za-z0-9_-]{0,64}(?:password|passwd|secret|token|api_?key|private_?key|access_?key)[A-Za-z0-9_-]{0,64}"[ \t]*\{[^{}]{0,300}?(?<![A-Za-z0-9_])default[ \t]*=[ \t]*")(?<secret>[^"\n]{1,256})(?=")/gi,
    accept: notPlaceholder
  },
  // .netrc / _netrc: machine <host> login <user> password <password>.
  {
    kind: "password",
    needle: "machine",
    re: /(?<pre>(?<![A-Za-z0-9_-])machine[ \t]+\S{1,256}(?:(?:\s|(?<=\n)[+\- ]){1,16}login[ \t]+\S{1,256})?(?:\s|(?<=\n)[+\- ]){1,16}password[ \t]+)(?<secret>[^\s"'`]{1,256})/g,
    accept: notPlaceholder
  },
  // curl -u user:password / --user=user:password, jenkins-cli -auth user:token.
  {
    kind: "password",
    needle: /-u|--user|-auth/,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:-u|--user|-auth)(?:[ \t]{1,8}|=)["']?[^\s:"'@$]{1,128}:)(?<secret>[^\s"']{1,256})/g,
    accept: notPlaceholder
  }
];
function hasNeedle(text, needle) {
  if (needle === void 0) return true;
  return typeof needle === "string" ? text.includes(needle) : needle.test(text);
}
function redactPatterns(text, tally) {
  for (const rule of PATTERN_RULES) {
    if (!hasNeedle(text, rule.needle)) continue;
    text = text.replace(rule.re, (...args) => {
      const match = args[0];
      const groups = args[args.length - 1];
      const secret = groups.secret ?? "";
      if (rule.accept && !rule.accept(secret, groups)) return match;
      const kind = typeof rule.kind === "function" ? rule.kind(groups) : rule.kind;
      return `${groups.pre ?? ""}${tally.add(kind, match.slice((groups.pre ?? "").length))}`;
    });
  }
  return text;
}

// src/redact/repeats.ts
var KEY = 8;
var MAX = 512;
var MAX_CANDIDATES = 4;
var PIECE_RE2 = /[A-Za-z0-9+/_\-.~!#$%^&*@]{8,256}/g;
var BASE = 131;
var usable2 = (v) => v.length >= KEY && v.length <= MAX && !v.includes("\n") && !v.includes(MARKER_PREFIX) && !isPlaceholder(v) && !(/\s/.test(v) && isMadeOfWords(v));
var MIN_PIECE = 12;
var pieceShaped = (p) => p.length >= MIN_PIECE && /[A-Za-z]/.test(p) && /[0-9]/.test(p) && !isMadeOfWords(p) && !isPlaceholder(p);
function push(map, key, item) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [item]);
  else if (list.length < MAX_CANDIDATES) list.push(item);
}
function prefixHashes(s) {
  const h = new Uint32Array(s.length + 1);
  for (let i = 0; i < s.length; i++) h[i + 1] = Math.imul(h[i], BASE) + s.charCodeAt(i) >>> 0;
  return h;
}
function cutRepeats(text, values, tally) {
  const pow = new Uint32Array(MAX + 1);
  pow[0] = 1;
  for (let i = 1; i <= MAX; i++) pow[i] = Math.imul(pow[i - 1], BASE) >>> 0;
  const starts = /* @__PURE__ */ new Map();
  const firsts = /* @__PURE__ */ new Set();
  for (const value of values) {
    push(starts, value.slice(0, KEY), { value, hash: prefixHashes(value)[value.length] });
    firsts.add(value.charCodeAt(0));
  }
  const h = prefixHashes(text);
  const hashAt = (i, length) => h[i + length] - Math.imul(h[i], pow[length]) >>> 0;
  let out = "";
  let last = 0;
  for (let i = 0; i + KEY <= text.length; i++) {
    if (!firsts.has(text.charCodeAt(i))) continue;
    const list = starts.get(text.slice(i, i + KEY));
    const found = list?.find((c) => i + c.value.length <= text.length && hashAt(i, c.value.length) === c.hash && text.startsWith(c.value, i));
    if (found === void 0) continue;
    out += text.slice(last, i) + tally.add(tally.values.get(found.value) ?? "secret");
    last = i + found.value.length;
    i = last - 1;
  }
  return out + text.slice(last);
}
function cutPieces(text, values, tally) {
  const windows = /* @__PURE__ */ new Map();
  for (const v of values) for (let j = 0; j + KEY <= v.length; j++) push(windows, v.slice(j, j + KEY), [v, j]);
  return text.replace(PIECE_RE2, (run) => {
    const whole = windows.get(run.slice(0, KEY))?.find(([v, j]) => v.startsWith(run, j));
    return whole !== void 0 && pieceShaped(run) ? tally.add(tally.values.get(whole[0]) ?? "secret") : run;
  });
}
function redactRepeats(text, tally) {
  const values = [...new Set([...tally.values.keys()].filter((v) => v === v.trim() && usable2(v)))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return text;
  return cutPieces(cutRepeats(text, values, tally), values, tally);
}

// src/redact/prose.ts
var KEYWORD_RE2 = /(?<![A-Za-z0-9_])(?:pass(?:word|wd|[ -]?phrase|code)?s?|pwd|pw|secret|token|api[ _-]?key|access[ _-]?key|credentials?|creds|auth|log(?:ged)?[ -]?in|sign(?:ed)?[ -]?in)(?![A-Za-z0-9_])|密码|口令|密钥|秘钥|私钥|令牌|凭证|凭据|授权码|登录/gi;
var AMBIGUOUS_RE = /^auth$/i;
var ACTION_RE = /^(?:log|sign|登录)/i;
var QUALIFIER_RE = /[ \t]+(?:for|of|on|to|at|in)(?:[ \t]+[^\s:：=]{1,32}){1,5}(?:[ \t]*[:：=]|[ \t]+(?:is|was))[ \t]*/y;
var SEPARATOR_RE = /["']?(?:[ \t]*(?:is(?:[ \t]+(?:now|still))?(?:[ \t]+set[ \t]+to)?|was(?:[ \t]+set[ \t]+to)?|are|were|set[ \t]+to|[:=：＝]|=>|->|是|为|為|(?:(?:我|已经?|刚)[ \t]*)?(?:改成|改为|换成|设成|设为|设置成|设置为|重置为|重置成)))+[ \t]*|[ \t]+/y;
var VALUE_RE2 = /([“"'‘「『`]?)([\x21-\x7e]{1,128})/y;
var STOP = /[\s"'`“”‘’「」『』，。；、：（）,;)\]}>|]/;
var WEAK_WINDOW = 48;
var WEAK_TOKEN_RE = /[A-Za-z0-9!#$%&*+\-./@^_~]{8,128}/g;
var ESCAPED_REST_RE = /^(?:\\"[A-Za-z0-9!#$%&*+\-./@^_~]{1,128}){1,4}(?=\\")/;
var CONNECTOR_RE = /(?:[ \t]as(?:[ \t]+[a-z]{1,4}){0,2}|作为|当作|设为|设置为)[ \t]*$/i;
var VALUE_BEFORE_RE = /(?:^|[\s"'“‘「(（把用以])([\x21\x23-\x26\x28-\x7e]{6,128})["'”’」]?[ \t]*(?:[ \t]as(?:[ \t]+(?:the|my|your|a|new|our|its)){0,2}|作为|当作|设为|设置为)[ \t]*$/i;
var PAIR_RE3 = /[A-Za-z0-9._@-]{1,64}[ \t]*[/:][ \t]*([\x21-\x7e]{4,128})/y;
function isCodeish(v) {
  if (/[()[\]{}<>\\]|\$[{(]|^\$[A-Za-z_]|^#[0-9a-f]{3,8}$/i.test(v) || /^\.{0,2}\//.test(v)) return true;
  return /^[A-Za-z_][\w]*(?:[.?]+[A-Za-z_]\w*)+$/.test(v) && v.split(/[.?]+/).every((seg) => seg.length <= 3 || isMadeOfWords(seg) || isIdentifierOfWords(seg));
}
function trimValue(raw) {
  let end = 0;
  while (end < raw.length && !STOP.test(raw[end])) end++;
  return raw.slice(0, end).replace(/[.,:;!?]+$/, (p) => /[.,:;]/.test(p) ? "" : p);
}
function acceptStrong(v, keyword) {
  if (v.length >= 16 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /^[A-Za-z]+$/.test(v) && !isMadeOfWords(v)) return !isPlaceholder(v);
  if (v.length >= 12 && /^(?:[a-z]+|[A-Z]+)$/.test(v) && (!isIdentifierOfWords(v) || areRandomLetters(v))) return !isPlaceholder(v);
  if (v.length < 6 || !/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) {
    return /^pass[ -]?(?:phrase|code)/i.test(keyword) && v.length >= 12 && /^[A-Za-z]+(?:[-_.][A-Za-z0-9]+){2,}$/.test(v);
  }
  if (isPassphrase(v)) return true;
  if (v.includes(MARKER_PREFIX.slice(1)) || isPlaceholder(v) || isCodeish(v) || isPublicIdentifier(v)) return false;
  if (/^\d*\*\d*[A-Za-z]/.test(v)) return false;
  if (isMadeOfWords(v)) return /[0-9]/.test(v) && v.length <= 20 && !/\//.test(v) && !/\.[a-z]{2,5}$/i.test(v) || /^pass[ -]?(?:phrase|code)/i.test(keyword) && v.length >= 12;
  return true;
}
function acceptWeak(v) {
  return /[A-Za-z]/.test(v) && /[0-9]/.test(v) && !isMadeOfWords(v) && !isPublicIdentifier(v) && !isIdentifierOfWords(v) && !isPlaceholder(v) && !isCodeish(v) && !v.includes("REDACTED");
}
function redactProse(text, tally) {
  const cuts = [];
  const kept = keptTest(text);
  KEYWORD_RE2.lastIndex = 0;
  for (let m = KEYWORD_RE2.exec(text); m; m = KEYWORD_RE2.exec(text)) {
    const behind = text.slice(Math.max(0, m.index - 48), m.index);
    if (behind.lastIndexOf(MARKER_PREFIX) > behind.lastIndexOf("]")) continue;
    const after = m.index + m[0].length;
    if (inResourceName(text, m.index)) continue;
    if (text[m.index - 1] === "/" && /[/?#&]/.test(text[after] ?? "") || /^\.[A-Za-z]/.test(text.slice(after, after + 2))) continue;
    SEPARATOR_RE.lastIndex = after;
    const sep = SEPARATOR_RE.exec(text);
    if (/^pass(?:es)?$/i.test(m[0]) && !(m[0].length === 4 && sep && /^["']?[ \t]*[:=：][ \t]*$/.test(sep[0]))) continue;
    const ambiguous = AMBIGUOUS_RE.test(m[0]);
    let sepLength = sep?.[0].length;
    if (sepLength === void 0 || /^[ \t]+$/.test(sep[0])) {
      QUALIFIER_RE.lastIndex = after;
      const q = QUALIFIER_RE.exec(text);
      if (q) sepLength = q[0].length;
    }
    if (sepLength !== void 0 && !ACTION_RE.test(m[0])) {
      VALUE_RE2.lastIndex = after + sepLength;
      const v = VALUE_RE2.exec(text);
      if (v) {
        const value = trimValue(v[2]);
        const start = after + sepLength + v[1].length;
        if (startsWithMarkedValue(text.slice(start, start + 80))) continue;
        const closed = v[1] !== "" && STOP.test(text[start + value.length] ?? "") && /["'”’」』`]/.test(text[start + value.length] ?? "");
        const quotedWord = closed && /^(?:pass\w|pw)|密码|口令/i.test(m[0]) && value.length >= 6 && /^[a-z]+$/.test(value) && !isPlaceholder(value);
        const strong = acceptStrong(value, m[0]) && !(ambiguous && (isMadeOfWords(value) || isIdentifierOfWords(value)));
        if (strong || quotedWord) {
          cuts.push([start, start + value.length]);
          KEYWORD_RE2.lastIndex = start + value.length;
          continue;
        }
        PAIR_RE3.lastIndex = start;
        const pair = /^cred/i.test(m[0]) ? PAIR_RE3.exec(text) : null;
        const second = pair ? trimValue(pair[1]) : "";
        if (pair && acceptStrong(second, "password")) {
          const at = PAIR_RE3.lastIndex - pair[1].length;
          cuts.push([at, at + second.length]);
          KEYWORD_RE2.lastIndex = at + second.length;
          continue;
        }
      }
    }
    const base = Math.max(0, m.index - 160);
    const lead = CONNECTOR_RE.test(text.slice(Math.max(0, m.index - 24), m.index)) ? VALUE_BEFORE_RE.exec(text.slice(base, m.index)) : null;
    if (lead && !ACTION_RE.test(m[0]) && acceptStrong(lead[1], m[0]) && !isMadeOfWords(lead[1])) {
      const at = base + lead.index + lead[0].indexOf(lead[1]);
      cuts.push([at, at + lead[1].length]);
    }
    const ahead = text.slice(after, after + WEAK_WINDOW + 128);
    const window = ahead.slice(0, (ahead.indexOf("\n") + 1 || ahead.length + 1) - 1);
    WEAK_TOKEN_RE.lastIndex = 0;
    const action = ACTION_RE.test(m[0]);
    for (let w = WEAK_TOKEN_RE.exec(window); w && w.index < WEAK_WINDOW; w = WEAK_TOKEN_RE.exec(window)) {
      if (action && !/(?::|[ \t]\/[ \t]?)$/.test(window.slice(0, w.index))) continue;
      if (/(?:\bid|\bids|fingerprint|hash|digest)[ \t]*[:=#]?[ \t]*$/i.test(window.slice(0, w.index))) continue;
      const value = w[0].replace(/[.,:;]+$/, "");
      const rest = value === w[0] ? ESCAPED_REST_RE.exec(window.slice(w.index + value.length))?.[0] ?? "" : "";
      if (acceptWeak(value + rest.replace(/\\"/g, ""))) {
        cuts.push([after + w.index, after + w.index + value.length + rest.length]);
        break;
      }
    }
  }
  return tally.cut(text, cuts.filter(([start]) => !kept(start)), "password");
}
var SEPARATOR_ROW_RE = /^\|?[ \t]*:?-[-:+| \t]*$/;
var HEADER_CELL_RE = /^(?:pass(?:word|wd|phrase|code)?|pwd|pw|secret|token|api[ _-]?key|credentials?|密码|口令|密钥|秘钥|令牌)$/i;
function redactTableColumns(text, tally) {
  if (!text.includes("|")) return text;
  const lines = text.split("\n");
  let columns = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const bar = prefixLength(line);
    if (line[bar] !== "|") {
      columns = [];
      continue;
    }
    const cells = line.slice(bar + 1).split("|");
    const next = lines[i + 1];
    const separated = next !== void 0 && SEPARATOR_ROW_RE.test(next.slice(prefixLength(next)));
    const header = separated ? cells.flatMap((c, k) => HEADER_CELL_RE.test(c.trim()) ? [k] : []) : [];
    if (separated) {
      columns = header;
      continue;
    }
    if (columns.length === 0 || /^[\s|:-]*$/.test(line.slice(bar))) continue;
    for (const k of columns) {
      const v = cells[k]?.trim();
      if (v && v.length >= 4 && !isPlaceholder(v) && !v.includes(MARKER_PREFIX)) cells[k] = cells[k].replace(v, tally.add("password", v));
    }
    lines[i] = `${line.slice(0, bar + 1)}${cells.join("|")}`;
  }
  return lines.join("\n");
}
var COMMENT_NAMES_SECRET_RE = /(?:\/\/|#|--|\/\*)[^\n]{0,80}?\b(?:(?:admin|api|secret|private|access|master|write|server)[ _-]?(?:key|token)|secret|password|credentials?)\b/i;
var QUOTED_RE = /(["'])([A-Za-z0-9+/=_.~-]{16,512})\1/g;
function redactCommentedLiterals(text, tally) {
  if (!/\/\/|#|--|\/\*/.test(text)) return text;
  return text.split("\n").map((line) => {
    const comment = COMMENT_NAMES_SECRET_RE.exec(line);
    if (!comment) return line;
    const code = line.slice(0, comment.index);
    const kept = code.replace(
      QUOTED_RE,
      (m, q, v) => /[0-9]/.test(v) && /[a-z]/i.test(v) && !isMadeOfWords(v) && !v.includes("REDACTED") ? `${q}${tally.add("secret", v)}${q}` : m
    );
    return kept + line.slice(comment.index);
  }).join("\n");
}
var QUESTION_RE = /(?:pass(?:word|wd|phrase|code)|pwd|pw|secret|token|api[ _-]?key|密码|口令|密钥|秘钥|令牌)[^\n]{0,60}[?？][ \t]*$/i;
var ANNOUNCE_RE = /(?:pass(?:word|wd|phrase|code)|pwd|pw|密码|口令|密钥|秘钥)[^\n]{0,24}(?:发(?:给)?你了?|给你|如下|在下面|见下|[:：]|\bbelow\b)[ \t]*$|(?:here(?:'s| is)|sending|sent)[^\n]{0,24}(?:pass(?:word|wd|phrase|code)|pwd|pw)\b/i;
var SPEAKER_RE = /^(?:\[[^\]\n]{1,32}\][ \t]*)?(?:<[^>\n]{1,32}>|[^\s:：]{1,32}[:：])[ \t]*/;
var SPEAKER_LINE_RE = /^[^\s:：]{1,32}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?[ \t]*$/i;
function redactChatAnswers(text, tally) {
  if (!/[?？:：]|密码|口令|密钥|秘钥|below|here|sen[dt]/i.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    let asked = lines[i - 1];
    if (SPEAKER_LINE_RE.test(asked.trim()) && i >= 2) asked = lines[i - 2];
    const content = asked.slice(prefixLength(asked));
    if (!QUESTION_RE.test(content) && !ANNOUNCE_RE.test(content)) continue;
    const line = lines[i];
    const head = prefixLength(line);
    const speaker = SPEAKER_RE.exec(line.slice(head));
    const start = head + (speaker?.[0].length ?? 0);
    const answer = line.slice(start).trim();
    if (!/^[\x21-\x7e]{6,128}$/.test(answer) || !acceptStrong(answer, "password")) continue;
    lines[i] = `${line.slice(0, start)}${line.slice(start).replace(answer, tally.add("password", answer))}`;
  }
  return lines.join("\n");
}

// src/redact/split.ts
var LITERAL_RE = /(["'`])([^"'`\s\\]{3,256})\1/y;
var JOIN_RE = new RegExp(String.raw`[ \t]*(?:\+[ \t]*)?(?:\\[ \t]*)?(?:\r?\n${LINE_PREFIX_SRC}(?:\+[ \t]*)?)?`, "y");
var COMMA_RE = new RegExp(String.raw`[ \t]*,[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?`, "y");
var JOIN_CALL_RE = new RegExp(String.raw`[ \t]*,?[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?\][ \t]*\.join\([ \t]*(["'])\1[ \t]*\)`, "y");
var APPEND_RE = new RegExp(String.raw`[ \t]*\)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?[ \t]*\.(?:append|concat)\([ \t]*`, "y");
var LIST_OPEN_RE = new RegExp(String.raw`\[[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
var APPEND_OPEN_RE = /\.(?:append|concat)\([ \t]*$/;
var CONCAT_OPEN_RE = new RegExp(
  String.raw`(?:\bString\.join\([ \t]*(["'])\1[ \t]*,|\b[Ss]tring\.Concat\(|\bconcat\(|\b[Ss]printf\([ \t]*(["'])(?:%[sv]){2,8}\2[ \t]*,)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`
);
var JOIN_OPEN_RE = new RegExp(String.raw`(["'])\1\.join\([ \t]*\[[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
var LIST_NAME_RE = /([A-Za-z_$][\w$]{0,63})[ \t]*(?::[^=\n]{0,40})?=[ \t]*\[[ \t]*$/;
var JOIN_REACH = 2e3;
var QUOTE_RE = /["'`]/g;
var DIGEST_PIECE_RE = /^(?:sha(?:1|224|256|384|512)|md5|nonce)-/i;
function charBefore(text, at) {
  let i = at;
  while (i > 0 && at - i < 80) {
    const c = text[i - 1];
    if (c === " " || c === "	" || c === "\n" || c === "\r" || (c === "+" || c === "-") && (i === 1 || text[i - 2] === "\n")) i--;
    else return c;
  }
  return "";
}
var explicit = (chain) => chain === null ? null : { ...chain, explicit: true };
function chainAt(text, start, sep) {
  const pieces = [];
  let pos = start;
  let end = start;
  let quote = "";
  while (pieces.length < 16) {
    LITERAL_RE.lastIndex = pos;
    const lit = LITERAL_RE.exec(text);
    if (!lit) break;
    quote ||= lit[1];
    pieces.push(lit[2]);
    end = LITERAL_RE.lastIndex;
    sep.lastIndex = end;
    const s = sep.exec(text);
    if (!s || s[0] === "" && sep === COMMA_RE) break;
    pos = sep.lastIndex;
    if (pos === end && !/["'`]/.test(text[pos] ?? "")) break;
  }
  return pieces.length >= 2 ? { start, end, pieces, quote } : null;
}
function joinedLater(text, head, from) {
  const name = LIST_NAME_RE.exec(head.slice(head.lastIndexOf("\n", head.length - 2) + 1))?.[1];
  if (name === void 0) return null;
  const reach = text.slice(from, from + JOIN_REACH);
  const join = new RegExp(String.raw`(?:(["'])\1\.join\([ \t]*${name.replace(/\$/g, "\\$")}[ \t]*\)|${name.replace(/\$/g, "\\$")}\.join\([ \t]*(["'])\2[ \t]*\)|\bJoin\([ \t]*${name.replace(/\$/g, "\\$")}[ \t]*,)`).exec(reach);
  if (!join) return null;
  const lineStart = reach.lastIndexOf("\n", join.index) + 1;
  return reach.slice(lineStart, join.index);
}
function namingLine(before) {
  const lines = before.split("\n");
  const last = lines[lines.length - 1];
  if (!/^[+\- ]?[ \t]*(?:\.(?:append|concat)\([ \t]*)?$/.test(last)) return last;
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 4); i--) {
    const name = lines[i].match(/[A-Za-z_$][\w$]*/g)?.find((id) => categorize(id) !== null);
    if (name !== void 0) return `${name} = `;
  }
  return last;
}
function redactSplitLiterals(text, judge, add) {
  if (!/["'`][ \t]*(?:\+|["'`]|,|\)|\r?\n)/.test(text)) return text;
  let out = "";
  let last = 0;
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    if (m.index < last) continue;
    let chain = chainAt(text, m.index, JOIN_RE);
    let lineBefore = null;
    const head = chain === null && /[[(,]/.test(charBefore(text, m.index)) ? text.slice(Math.max(0, m.index - 80), m.index) : "";
    if (head.includes("[") && LIST_OPEN_RE.test(head)) {
      const listed = chainAt(text, m.index, COMMA_RE);
      JOIN_CALL_RE.lastIndex = listed?.end ?? 0;
      if (listed && (JOIN_CALL_RE.test(text) || JOIN_OPEN_RE.test(head))) chain = explicit(listed);
      else if (listed) {
        lineBefore = joinedLater(text, head, listed.end);
        if (lineBefore !== null) chain = explicit(listed);
      }
    }
    if (chain === null && /append\(|concat\(/.test(head) && APPEND_OPEN_RE.test(head)) chain = explicit(chainAt(text, m.index, APPEND_RE));
    if (chain === null && /join\(|[Cc]oncat\(|printf\(/.test(head) && CONCAT_OPEN_RE.test(head)) chain = explicit(chainAt(text, m.index, COMMA_RE));
    if (chain === null) continue;
    QUOTE_RE.lastIndex = chain.end;
    if (chain.pieces.some((p) => DIGEST_PIECE_RE.test(p))) continue;
    const before = text.slice(Math.max(0, chain.start - 200), chain.start);
    const joined = chain.pieces.join("");
    const kind = judge(lineBefore ?? namingLine(before), joined) ?? (chain.explicit ? judge("secret = ", joined) : null);
    if (kind === null) continue;
    out += `${text.slice(last, chain.start)}${chain.quote}${add(kind, joined)}${chain.quote}`;
    last = chain.end;
  }
  return out + text.slice(last);
}

// src/redact/sql.ts
var GAP = String.raw`[ \t]*(?:\r?\n[+\- ]?[ \t]*)?`;
var GAP_RE = new RegExp(`^${GAP},?${GAP}`);
var INSERT_RE = new RegExp(String.raw`\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[\w."\x60[\]]{1,128}[ \t]*\(([^()]{1,1024})\)${GAP}VALUES${GAP}`, "gi");
var ACCOUNT_RE2 = /(?<pre>\bIDENTIFIED[ \t]+(?:WITH[ \t]+\w{1,64}[ \t]+)?BY[ \t]+|\b(?:CREATE|ALTER)[ \t]+(?:USER|ROLE)\b[^;\n]{0,200}?\bPASSWORD[ \t]+)(?:'(?<quoted>(?:[^'\n\\]|''|\\.){1,256})'|(?<bare>[A-Za-z0-9!#$%&*+\-./@^_~]{4,128})(?=[ \t]*(?:;|$)))/gim;
var MAX_ROW_LENGTH = 65536;
function rowAt(text, from, limit) {
  const cells = [];
  let cellStart = from + 1;
  let quoted = null;
  let depth = 0;
  for (let i = from + 1; i < limit; i++) {
    const c = text[i];
    if (c === "'") {
      let j = i + 1;
      while (j < limit && (text[j] !== "'" || text[j + 1] === "'")) j += text[j] === "'" || text[j] === "\\" ? 2 : 1;
      if (j >= limit) return null;
      quoted = text.slice(cellStart, i).trim() === "" ? { start: i + 1, end: j, quoted: true } : null;
      i = j;
    } else if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if ((c === "," || c === ")") && depth === 0) {
      const trailing = quoted !== null && text.slice(quoted.end + 1, i).trim() === "";
      cells.push(trailing ? quoted : { start: cellStart, end: i, quoted: false });
      quoted = null;
      if (c === ")") return { cells, end: i + 1 };
      cellStart = i + 1;
    }
  }
  return null;
}
function secretCell(category, value) {
  if (value.length < 4 || isPlaceholder(value) || value.includes(MARKER_PREFIX)) return false;
  if (category === "password") return true;
  return category === "secret" && value.length >= 8 && !/\s/.test(value) && !isMadeOfWords(value);
}
function redactSql(text, tally) {
  if (!/INSERT|IDENTIFIED|PASSWORD/i.test(text)) return text;
  const cuts = [];
  INSERT_RE.lastIndex = 0;
  for (let m = INSERT_RE.exec(text); m; m = INSERT_RE.exec(text)) {
    const categories = m[1].split(",").map((c) => categorize(c.trim().replace(/^["`[]|["`\]]$/g, "")));
    if (!categories.some((c) => c === "password" || c === "secret")) continue;
    let at = INSERT_RE.lastIndex;
    while (text[at] === "(") {
      const limit = Math.min(text.length, at + MAX_ROW_LENGTH);
      const row = rowAt(text, at, limit);
      if (row === null) {
        at = limit;
        break;
      }
      row.cells.forEach((cell, k) => {
        if (cell.quoted && secretCell(categories[k] ?? null, text.slice(cell.start, cell.end))) cuts.push([cell.start, cell.end]);
      });
      at = row.end + GAP_RE.exec(text.slice(row.end, row.end + 256))[0].length;
    }
    INSERT_RE.lastIndex = Math.max(INSERT_RE.lastIndex, at);
  }
  const out = tally.cut(text, cuts, "password");
  return out.replace(ACCOUNT_RE2, (match, ...args) => {
    const g = args[args.length - 1];
    const secret = g.quoted ?? g.bare;
    if (secret.length < 4 || isPlaceholder(secret) || secret.includes(MARKER_PREFIX) || /^(?:PASSWORD|VALUES|NULL)$/i.test(secret)) return match;
    const at = match.indexOf(secret, g.pre.length);
    return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
  });
}

// src/redact/index.ts
function redact(text) {
  const tally = new Tally();
  const judge = (lineBefore, joined) => {
    const probe = new Tally();
    const out2 = detect(`${lineBefore}"${joined}"`, probe);
    return out2.includes(joined) ? null : Object.keys(probe.kinds).pop() ?? "secret";
  };
  const out = detect(redactSplitLiterals(text, judge, (kind, ...values) => tally.add(kind, ...values)), tally);
  const repeated = redactRepeats(redactContinued(out, tally), tally);
  return { text: repeated, count: tally.count, kinds: tally.kinds };
}
function detect(text, tally) {
  let out = redactPrivateKeys(text, tally);
  out = redactKeyBodies(out, tally);
  out = redactPatterns(out, tally);
  out = redactCookies(out, tally);
  out = redactAssignments(out, tally);
  out = redactNamedValues(out, tally);
  out = redactCommands(out, tally);
  out = redactSql(out, tally);
  out = redactCredentialArguments(out, tally);
  out = redactProse(out, tally);
  out = redactPairs(out, tally);
  out = redactChatAnswers(out, tally);
  out = redactTableColumns(out, tally);
  out = redactCommentedLiterals(out, tally);
  out = redactSecretBlocks(out, tally);
  out = redactAlone(out, tally);
  return redactUnnamed(out, tally);
}

// src/fnv.ts
function fnv1a32(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}

// src/state/session-name.ts
var MAX_PART_CHARS = 64;
function sessionName(claudeSessionId, task) {
  const base = slug(claudeSessionId ?? "") || "default";
  if (task === void 0 || task.trim() === "") return base;
  return `${base}:${slug(task.toLowerCase()) || `task-${fnv1a32(task)}`}`;
}
function slug(s) {
  const cleaned = (/^[\w.-]*$/.test(s) ? s : s.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-")).replace(/-{2,}/g, "-").replace(/^[-.]+/, "");
  return Array.from(cleaned).slice(0, MAX_PART_CHARS).join("").replace(/-+$/, "");
}

// src/state/sessions.ts
var MAX_TITLE_CHARS = 200;
var MAX_DECISIONS = 8;
var MAX_CHAIN = 20;
var MIN_THREAD_PREFIX = 4;
function listSessions(store) {
  return Object.values(store.read().sessions).sort(
    (a, b) => a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name)
  );
}
function forgetSession(store, name) {
  return store.update((d) => {
    if (!Object.hasOwn(d.sessions, name)) return false;
    delete d.sessions[name];
    return true;
  });
}
function ensureSession(store, init) {
  if (init.name.trim() === "") throw new UsageError("A session name cannot be empty.");
  return store.update((d) => ensureIn(d.sessions, init, isoTime()));
}
function recordTurn(store, name, turn) {
  if (name.trim() === "") throw new UsageError("A session name cannot be empty.");
  return store.update((d) => {
    const now = isoTime();
    const s = ensureIn(d.sessions, { name }, now);
    if (turn.threadId !== null && (s.threadId === null || turn.fresh === true)) moveToThread(s, turn.threadId, now, turn.handoffFrom);
    s.turns += 1;
    if (turn.threadId !== null && turn.threadId === s.threadId) countOnThread(s, turn, now);
    if (turn.costUsd !== void 0) s.costUsd = (s.costUsd ?? 0) + turn.costUsd;
    if (turn.decision) {
      const decisions = s.decisions ?? [];
      decisions.push({ at: now, kind: turn.kind, ...turn.stage !== void 0 ? { stage: turn.stage } : {}, text: turn.decision });
      s.decisions = decisions.slice(-MAX_DECISIONS);
    }
    const u = turn.usage ?? {};
    s.usage.input_tokens += u.input_tokens ?? 0;
    s.usage.cached_input_tokens += u.cached_input_tokens ?? 0;
    s.usage.output_tokens += u.output_tokens ?? 0;
    s.usage.reasoning_output_tokens += u.reasoning_output_tokens ?? 0;
    if (turn.stage !== void 0) s.stage = turn.setStage === true ? turn.stage : Math.max(s.stage, turn.stage);
    const entry = { at: now, kind: turn.kind, title: clip(redact(turn.title).text, MAX_TITLE_CHARS), outcome: turn.outcome };
    if (turn.stage !== void 0) entry.stage = turn.stage;
    if (turn.usage) entry.tokens = (u.input_tokens ?? 0) + (u.output_tokens ?? 0);
    if (turn.threadId !== null) entry.threadId = turn.threadId;
    if (turn.usage) entry.usage = { input_tokens: u.input_tokens ?? 0, cached_input_tokens: u.cached_input_tokens ?? 0, output_tokens: u.output_tokens ?? 0, reasoning_output_tokens: u.reasoning_output_tokens ?? 0 };
    if (turn.model !== void 0) entry.model = turn.model;
    if (turn.costUsd !== void 0) entry.costUsd = turn.costUsd;
    if (turn.promptBytes !== void 0) entry.promptBytes = turn.promptBytes;
    if (turn.answerBytes !== void 0) entry.answerBytes = turn.answerBytes;
    s.history.push(entry);
    s.updatedAt = now;
    return s;
  });
}
function moveToThread(s, threadId, now, handoffFrom) {
  if (s.threadId === threadId) return;
  if (s.threadId !== null) {
    const old = s.thread?.threadId === s.threadId ? s.thread : { threadId: s.threadId, bytes: 0, tokens: 0, turns: 0, startedAt: s.createdAt };
    s.chain = [...s.chain ?? [], { ...old, endedAt: now, endReason: handoffFrom === s.threadId ? "budget" : "new" }].slice(-MAX_CHAIN);
  }
  s.threadId = threadId;
  s.thread = { threadId, bytes: 0, tokens: 0, turns: 0, startedAt: now, ...handoffFrom !== void 0 ? { handoffFrom } : {} };
}
function countOnThread(s, turn, now) {
  const t = s.thread?.threadId === s.threadId ? s.thread : { threadId: s.threadId, bytes: 0, tokens: 0, turns: 0, startedAt: now };
  t.bytes += (turn.promptBytes ?? 0) + (turn.answerBytes ?? 0);
  const u = turn.usage;
  if (u) t.tokens = Math.max(t.tokens, (u.input_tokens ?? 0) + (u.output_tokens ?? 0));
  t.turns += 1;
  s.thread = t;
}
function resolveSessionRef(store, ref) {
  const sessions = store.read().sessions;
  if (Object.hasOwn(sessions, ref)) return sessions[ref];
  const all = Object.values(sessions);
  const newest = (list) => list.reduce((a, b) => a && a.updatedAt >= b.updatedAt ? a : b, void 0);
  const exact = all.filter((s) => s.threadId === ref);
  if (exact.length > 0) return newest(exact);
  if (ref.length < MIN_THREAD_PREFIX) return void 0;
  const byPrefix = all.filter((s) => s.threadId?.startsWith(ref));
  return new Set(byPrefix.map((s) => s.threadId)).size === 1 ? newest(byPrefix) : void 0;
}
function ensureIn(sessions, init, now) {
  const existing = Object.hasOwn(sessions, init.name) ? sessions[init.name] : void 0;
  if (existing) {
    existing.claudeSessionId ??= init.claudeSessionId;
    existing.task ??= init.task;
    existing.cwd ??= init.cwd;
    return existing;
  }
  const s = {
    name: init.name,
    threadId: null,
    createdAt: now,
    updatedAt: now,
    turns: 0,
    usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 },
    stage: 0,
    history: []
  };
  if (init.claudeSessionId !== void 0) s.claudeSessionId = init.claudeSessionId;
  if (init.task !== void 0) s.task = init.task;
  if (init.cwd !== void 0) s.cwd = init.cwd;
  sessions[init.name] = s;
  return s;
}
function clip(s, max) {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}

export {
  isSecretFile,
  isSecretContent,
  redact,
  sessionName,
  listSessions,
  forgetSession,
  ensureSession,
  recordTurn,
  resolveSessionRef
};
