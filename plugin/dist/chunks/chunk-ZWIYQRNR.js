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
var TAIL_LINE_RE = /^([A-Za-z0-9+/]{1,80}={0,2})(?:(?:["'`]{1,3}|\)"|"#{1,3}|\]\])[ \t]*[;,)]{0,3})?$/;
var BEGIN_RE = /-----BEGIN ([A-Z0-9 ]{1,40})-----/;
var END_RE = /-----END [A-Z0-9 ]{1,40}-----/;
var looksMixed = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
function redactKeyBodies(text, tally) {
  if (!/(?:^|[^A-Za-z0-9+/])[A-Za-z0-9+/]{60}/.test(text)) return text;
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
    cuts.push([full[0].contentStart, end ?? full[full.length - 1].end]);
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
    const tailBody = run.length >= 2 ? TAIL_LINE_RE.exec(c)?.[1] : void 0;
    if (tailBody !== void 0 && tailBody.length <= run[0].content.length) {
      tail = line.contentStart + tailBody.length;
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
var NUMBERED_FILE_EXTENSIONS = ["m3u8", "mp3", "mp4", "m4a", "m4v", "m4s", "3gp", "h264", "h265"];
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
   * `text` with every range in `cuts` replaced by one marker of its own kind (a third element) or else of `kind`, in
   * text order; a range starting inside one already cut is dropped. For detectors that collect ranges before they
   * replace.
   */
  cut(text, cuts, kind) {
    if (cuts.length === 0) return text;
    cuts.sort((a, b) => a[0] - b[0]);
    let out = "";
    let last = 0;
    for (const [start, end, own] of cuts) {
      if (start < last) continue;
      out += text.slice(last, start) + this.add(own ?? kind, text.slice(start, end));
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
  "xxx",
  // What a test calls the value it sends on purpose: the wrong password, an invalid token.
  "wrong",
  "incorrect",
  "invalid",
  "bogus"
]);
var INSTRUCTION_RE = /^(?:generate|set|fill|put|use|add|create)[-_ .](?:with|me|this|it|in|your|a|an|the|using|via|from|by|own|real|later)(?:[-_ .](.{1,80}))?$/i;
var INSTRUCTION_OBJECTS = /* @__PURE__ */ new Set([
  "me",
  "later",
  "here",
  "own",
  "real",
  "your",
  "a",
  "an",
  "the",
  "one",
  "new",
  "random",
  "strong",
  "long",
  "secure",
  "unique",
  "value",
  "values",
  "string",
  "key",
  "secret",
  "password",
  "token",
  "openssl",
  "rand",
  "hex",
  "base64",
  "pwgen",
  "uuidgen",
  "uuid",
  "bytes",
  "chars",
  "characters",
  "bit",
  "bits",
  "generated",
  "generator",
  "in",
  "with",
  "of",
  "at",
  "least"
]);
function isInstruction(t) {
  const m = INSTRUCTION_RE.exec(t);
  return m !== null && (m[1] === void 0 || m[1].toLowerCase().split(/[-_ .]/).every((w) => INSTRUCTION_OBJECTS.has(w) || /^\d{1,4}$/.test(w)));
}
var NOTE_RE = /^(?:(?:todo|tbd|fixme)[-_ .:]+|to[-_ .]be[-_ .])([A-Za-z]+)(?:[-_ .][A-Za-z]+){0,6}$/i;
var PARTICIPLE_RE = /^(?:[a-z]{2,}ed|set|done|given|made|put|chosen|written|known)$/i;
function isNote(t) {
  const m = NOTE_RE.exec(t);
  if (m === null || !isMadeOfWords(t)) return false;
  return !/^to[-_ .]be/i.test(t) || PARTICIPLE_RE.test(m[1]);
}
var SUBSTITUTION_RE = /^(?:@@([A-Za-z_][\w.-]{0,64})@@|\[\[ ?([A-Za-z_][\w.-]{0,64}) ?\]\]|%env\((?:[a-z]{1,16}:){0,3}([A-Za-z_]\w{0,64})\)%)$/;
function isSubstitution(t) {
  const m = SUBSTITUTION_RE.exec(t);
  if (m === null) return false;
  const name = m[1] ?? m[2] ?? m[3];
  return isMadeOfWords(name) && !/[A-Za-z]\d{2,}$/.test(name);
}
var FILE_PATH_RE = /^(?:~|\.{1,2})?\/(?:[\w.-]{1,64}\/){1,16}[\w.-]{1,64}$/;
function isFilePath(t) {
  return FILE_PATH_RE.test(t) && t.split("/").every((segment) => isMadeOfWords(segment) && !looksRandom(segment));
}
function isStockWords(t) {
  const parts = t.toLowerCase().split(/[-_ .]/);
  return parts.length >= 2 && parts.length <= 6 && parts.every((p) => PLACEHOLDER_WORDS.has(p));
}
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
function generatedAround(t) {
  const rest = t.replace(/%[sdr]/g, "");
  return rest.length >= 12 && !/\s/.test(rest) && /[a-z]/.test(rest) && /[A-Z]/.test(rest) && /\d/.test(rest) && /[^A-Za-z0-9]/.test(rest);
}
function isPlaceholder(value) {
  if (value.length > JUDGED_MAX) return judgePlaceholder(value);
  const hit = judged.get(value);
  if (hit !== void 0) return hit;
  if (judged.size >= JUDGED_SIZE) judged.clear();
  const placeholder = judgePlaceholder(value);
  judged.set(value, placeholder);
  return placeholder;
}
var judged = /* @__PURE__ */ new Map();
var JUDGED_SIZE = 4096;
var JUDGED_MAX = 256;
function judgePlaceholder(value) {
  const t = value.trim();
  if (t === "") return true;
  if (t.includes(MARKER_PREFIX) || DOCUMENTED_EXAMPLE_KEYS.has(t)) return true;
  if (REDACTION_MARK_RE.test(t) || SECRET_REFERENCE_RE.test(t)) return true;
  if (/^<[^<>]*>$/.test(t)) return true;
  if (new RegExp("^<\\p{L}[^<>\\s]*$", "u").test(t)) return true;
  if (/\$\{|\{\{|\$\(|#\{|%\([A-Za-z_]\w*\)[sdifr]/.test(t)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t) || /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(t)) return true;
  if (/^\{[A-Za-z_][\w.]*\}$/.test(t) || /\{\d*\}/.test(t) || /%[sdr](?![A-Za-z0-9])/.test(t) && !generatedAround(t)) return true;
  if (/^(.)\1*$/s.test(t) || t === "\u2026") return true;
  if (/^[\p{Script=Han}，。、：（）【】 ]+$/u.test(t)) return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3}|…/.test(t)) return true;
  if (PLACEHOLDER_WORDS.has(t.toLowerCase().replace(/[-_ .]/g, "")) || isStockWords(t) || isInstruction(t) || isNote(t) || isSubstitution(t) || isFilePath(t)) return true;
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
function isWordsAndNumbers(value) {
  commonBigrams ??= new Set(COMMON_BIGRAMS.split(/\s+/));
  const runs = value.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z]+/).filter((r) => r !== "");
  const isShort = (r) => r.length < 3 || r.length <= 4 && r === r.toUpperCase();
  const long = runs.filter((r) => !isShort(r)).map((r) => r.toLowerCase());
  const common = (r) => {
    let uncommon = 0;
    for (let i = 0; i + 1 < r.length; i++) if (!commonBigrams.has(r.slice(i, i + 2))) uncommon++;
    return uncommon * 3 <= r.length - 1;
  };
  return runs.length - long.length <= 1 && long.some((r) => r.length >= 4) && long.every(common);
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
  if (value.length > 48) return false;
  return /^[A-Za-z]{2,}(?:[-_.][A-Za-z]{2,}){1,5}[-_.]?\d{2,4}$/.test(value) || GLUED_NUMBER_PASSPHRASE_RE.test(value);
}
var GLUED_NUMBER_PASSPHRASE_RE = /^(?:[A-Za-z]{2,}[-_.]){0,4}(?!(?:base|int|uint|float|ascii|latin|bits)\d)[A-Za-z]{4,}\d{2,4}(?:[-_.][A-Za-z]{2,}){1,5}$/i;
var APP_PASSWORD_RE = /^[a-z]{4}(?: [a-z]{4}){3}$/;
function hasPasswordSymbols(value) {
  return /\d/.test(value) && /[!#$%^&*+=~?]/.test(value) && !/\s/.test(value);
}
function looksGenerated(value) {
  if (value.length < 32 || value.length > 512 || /["'`\\\n\t]|^ | $/.test(value)) return false;
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/\d/.test(value)) return false;
  return value.replace(/[A-Za-z0-9]/g, "").length >= 4 && entropy(value) >= 4.5 && !isMadeOfWords(value);
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

// src/redact/vendor-names.ts
var VENDOR_SECRET_NAMES = /* @__PURE__ */ new Set([
  // Honeycomb's API key header; New Relic's insert and query keys; Instana's agent key; Artifactory's API key header.
  "honeycomb_team",
  "x_honeycomb_team",
  "insert_key",
  "x_insert_key",
  "ingest_key",
  "ingestion_key",
  "x_instana_key",
  "instana_agent_key",
  "x_jfrog_art_api",
  // Gladia's speech-to-text API key header (a UUID); `x-gladia-key` ends in the weak word "key".
  "x_gladia_key",
  "gladia_key",
  // Agora's app certificate signs RTC tokens (a hex string, never a PEM certificate).
  "app_certificate",
  "agora_app_certificate",
  // Lightstep and SigNoz access tokens sent as headers without "token" being the last word are covered by "token";
  // Uptrace's DSN carries its token as the URL's user.
  "uptrace_dsn",
  // Cypress Cloud's record key (a UUID) lets anyone record runs to the project.
  "cypress_record_key",
  // Kuaidi100 (快递100) signs its API with the account's `customer` id and `key`: both are the credential.
  "kd100_key",
  "kd100_customer",
  "kuaidi100_key",
  "kuaidi100_customer",
  "kuaidi_100_key",
  "kuaidi_100_customer",
  // Session cookies of Chinese sites copied into scrapers: Bilibili's bili_jct (CSRF token bound to SESSDATA),
  // Baidu's BDUSS.
  "bili_jct",
  "bduss",
  // LoRaWAN's network root key and ABP session keys (NwkKey, NwkSKey, AppSKey), written as one word in LMIC and
  // ChirpStack configs; not "appkey", which Umeng and JPush use for a public app id. Husarnet's join code admits a
  // device to the network.
  "nwkkey",
  "nwkskey",
  "appskey",
  "nwk_s_key",
  "app_s_key",
  "nwk_s_enc_key",
  "joincode",
  "join_code",
  // AMap's (高德) 安全密钥, set in window._AMapSecurityConfig beside the public JS API key (amap-keys.ts keeps that one).
  "security_js_code"
]);
var VENDOR_WEAK_NAMES = /* @__PURE__ */ new Set(["token_name", "app_keys"]);
var VENDOR_KEYWORD_SRC = "honeycomb|insert|ingest|instana|art_api|certificate|dsn|kd100|kuaidi|bili|bduss|joincode|join_code|securityjscode";
function isVendorSecretName(ws) {
  return VENDOR_SECRET_NAMES.has(ws.join("_"));
}
function isVendorWeakName(ws) {
  return VENDOR_WEAK_NAMES.has(ws.join("_"));
}
var VENDOR_KEY_OWNERS = /* @__PURE__ */ new Set(["juhe", "juhecn", "tianyancha", "tyc", "qichacha", "qcc", "jiguang", "jpush", "getui", "shumai", "showapi"]);
function isVendorKeyOwner(ws) {
  return ws.some((w) => VENDOR_KEY_OWNERS.has(w));
}

// src/redact/names.ts
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "passphrase", "passcode", "mnemonic", "requirepass", "masterauth", "authpass", "storepass", "keypass"]);
var SHORT_PASSWORD_WORDS = /* @__PURE__ */ new Set(["pass", "pwd", "pw", "pswd", "psw", "pword"]);
var GLUED_SHORT_PASSWORD_RE = /^(?:db|dba|root|admin|user|mysql|pg|smtp|mail|ftp|ldap|redis|sql|bind|app|svc|sys|dbrw|dbro|dbroot|ampdb|ampmgr)(?:pass|pwd|pw)$/;
var GLUED_PASS_RE = /^[a-z]{2,16}(?:pass|pwd)$/;
var GLUED_SECRET_RE = /^[a-z]{0,16}(?:secret|password|passwd)(?!ar|s$)[a-z]{2,16}$/;
var ENGLISH_PASS_WORDS = /* @__PURE__ */ new Set(["bypass", "compass", "encompass", "surpass", "overpass", "underpass", "trespass", "repass", "subpass", "renderpass", "multipass", "onepass", "twopass", "flypass"]);
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
  "authtok",
  // A pepper is the secret half of password hashing (Devise's `config.pepper`); a salt is stored with each hash.
  "pepper"
]);
var PIECE_RE = /^(?:[a-z]|\d{1,2}|part\d{0,2}|half|pt\d|head|tail)$/;
var EXPLICIT_PIECE_RE = /^(?:part\d{0,2}|half|head|tail)$/;
function namesPiece(name) {
  const ws = words(name);
  for (let i = ws.length - 1; i > 0 && PIECE_RE.test(ws[i]); i--) if (EXPLICIT_PIECE_RE.test(ws[i])) return true;
  return false;
}
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
  "integration",
  // Steam's Web API publisher key (partner.steam-api.com) reads every player's data and sets scores.
  "publisher",
  // Symmetric ciphers' keys (SM4_KEY_HEX, AES_KEY, DES_KEY): the key that encrypts or decrypts the messages.
  "sm4",
  "aes",
  "des",
  "3des",
  "tdes",
  "rc4",
  "blowfish",
  "chacha20",
  "cipher",
  "crypt",
  "crypto",
  // IoT: a device's symmetric key (Azure IoT, ESP NVS `device_key`) and a mesh's network key (Zigbee, Thread).
  "device",
  "network"
]);
var TRAILING_KEY_QUALIFIERS = /* @__PURE__ */ new Set(["admin", "write", "master"]);
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
  "keys",
  // Settings about passwords rather than holding one: MediaWiki's `$wgPasswordSender` (an address), Gitea's
  // PASSWORD_COMPLEXITY (character classes), lockout and history policies.
  "sender",
  "complexity",
  "history",
  "attempts",
  "retries",
  "lifetime"
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
var known = /* @__PURE__ */ new Map();
var KNOWN_MAX = 4096;
var KNOWN_NAME_MAX = 128;
function categorize(name) {
  if (name.length > KNOWN_NAME_MAX) return categorizeWords(name);
  const hit = known.get(name);
  if (hit !== void 0) return hit;
  if (known.size >= KNOWN_MAX) known.clear();
  const category = categorizeWords(name);
  known.set(name, category);
  return category;
}
function categorizeWords(name) {
  if (name === "_auth" || name === "_authToken") return "secret";
  const ws = words(name);
  while (ws.length > 1 && PIECE_RE.test(ws[ws.length - 1])) ws.pop();
  const lastWord = ws[ws.length - 1];
  if (ws.length === 2 && ws[0] === "secret" && lastWord === "id") return "uuid-secret";
  if (isVendorWeakName(ws)) return "weak";
  if (lastWord === void 0 || NON_SECRET_SUFFIXES.has(lastWord)) return null;
  if (ws.some((w) => PASSWORD_WORDS.has(w) || /(?:password|passwd|passphrase)$/.test(w)) || SPLIT_PASSWORD_RE.test(ws.join("_"))) return "password";
  if ((SHORT_PASSWORD_WORDS.has(lastWord) || GLUED_SHORT_PASSWORD_RE.test(lastWord)) && !(ws.length === 1 && lastWord === "pwd")) return "password";
  if (GLUED_PASS_RE.test(lastWord) && !ENGLISH_PASS_WORDS.has(lastWord)) return "password";
  if (lastWord === "ident" && ws.includes("auth")) return "password";
  if (lastWord === "psk") return "password";
  if (ws.length > 1 && ws[0] === "pwd") return "password";
  if (ws.some((w) => SECRET_WORDS.has(w) || /(?:secret|token|apikey)$/.test(w))) return "secret";
  if (isVendorSecretName(ws)) return "secret";
  if (lastWord === "base" && ws[ws.length - 2] === "key") return "secret";
  for (let i = 1; i < ws.length; i++) if (ws[i] === "key" && SECRET_KEY_QUALIFIERS.has(ws[i - 1])) return "secret";
  if (lastWord === "key" && isVendorKeyOwner(ws)) return "secret";
  if (ws.some((w) => NON_SECRET_KEY_QUALIFIERS.has(w))) return null;
  if (TRAILING_KEY_QUALIFIERS.has(lastWord) && ws[ws.length - 2] === "key") return "weak";
  if (lastWord === "key" || lastWord === "auth" || lastWord === "login" || lastWord === "account" || lastWord === "salt" || lastWord === "pin") return "weak";
  if (GLUED_SECRET_RE.test(lastWord)) return "weak";
  return null;
}
function hasOnlyShortPasswordWord(name) {
  return !words(name).some((w) => /(?:password|passwd|passphrase|passcode|mnemonic|requirepass|masterauth)$/.test(w)) && !SPLIT_PASSWORD_RE.test(words(name).join("_"));
}

// src/redact/protobuf.ts
var MAX_LENGTH = 16384;
var LABEL_RE = /^[A-Za-z][\w .:/-]{3,63}$/;
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
function isLabel(bytes) {
  const text = Buffer.from(bytes).toString("latin1");
  return LABEL_RE.test(text) && !looksRandom(text);
}
var MAX_LEADING_SCALARS = 2;
function isLabelledMessage(b) {
  const first = field(b, 0);
  if (first?.bytes === void 0 || !isLabel(first.bytes)) return false;
  let at = first.end;
  for (let f = field(b, at); f !== null && at < b.length; f = field(b, at)) at = f.end;
  return at === b.length;
}
var smallFieldNumber = (b, at) => b[at] !== void 0 && b[at] < 128 ? b[at] >> 3 : 0;
function labelEnd(b) {
  const first = field(b, 0);
  if (first?.bytes !== void 0) return isLabel(first.bytes) || isLabelledMessage(first.bytes) ? { end: first.end, fields: 1 } : null;
  let at = 0;
  let number = 0;
  for (let fields2 = 1; fields2 <= MAX_LEADING_SCALARS + 1; fields2++) {
    const f = field(b, at);
    const next = smallFieldNumber(b, at);
    if (f === null || next <= number) return null;
    number = next;
    if (f.bytes !== void 0) return fields2 > 1 && (isLabel(f.bytes) || isLabelledMessage(f.bytes)) ? { end: f.end, fields: fields2 } : null;
    at = f.end;
  }
  return null;
}
function isProtobufMessage(value) {
  if (value.length < 16 || value.length > MAX_LENGTH || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const b = Buffer.from(value, "base64");
  const first = labelEnd(b);
  if (first === null) return false;
  let at = first.end;
  let fields2 = first.fields;
  for (let f = field(b, at); f !== null; f = field(b, at)) {
    const text = f.bytes === void 0 ? "" : Buffer.from(f.bytes).toString("latin1");
    if (/^[\x20-\x7e]{16,}$/.test(text) && looksRandom(text)) return false;
    fields2++;
    at = f.end;
    if (at >= b.length) break;
  }
  return fields2 >= 2;
}

// src/redact/entropy.ts
var MIN = 28;
var TOKEN_RE = /[A-Za-z0-9+/_\-.~!$%&*@^]{12,65536}={0,2}/g;
var LABEL_BEFORE_RE = /(?:(?:sha(?:1|224|256|384|512)|md5)(?:[-:=][ \t]*["']?)|sha-(?:1|256|384|512)["']?>|pin-sha256=["']?|h1:|zh:|base64,|"[nxy]"[ \t]*:[ \t]*"|(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-[\w-]+|sk-[\w@.-]+)[ \t]+|pub(?:lic)?[_-]?key\w*["']?[ \t]*[:=][ \t]*["']?|(?:^|[\s+-])\|1\|(?:[A-Za-z0-9+/]{27}=\|)?|arn:[\w-]{1,32}:[^\s"'`,;|&=]{0,200}|(?:etag|if-(?:none-)?match|x-amz-id-\d|(?:request|trace|span|correlation|transaction|message|event|cf|run|build|job|commit|host|version)[-_]?id)["']?[ \t]*[:=][ \t]*(?:W\/)?["']?)$/i;
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
  const shaped = token.length >= min && /[a-z]/.test(token) && /[A-Z]/.test(token);
  if (!shaped && !decodesToCredential(token) && !decodesToCredentialJson(token) && !decodesToRandomText(token)) return false;
  if (isEncodedPublicData(token) || isPlaceholder(token) || isPublicIdentifier(token)) return false;
  if (decodesToCredential(token) || decodesToCredentialJson(token) || decodesToRandomText(token)) return true;
  if (token.length < min || !/[a-z]/.test(token) || !/[A-Z]/.test(token)) return false;
  if (!/[0-9]/.test(token) && (token.length < 32 || switchRate(token) < 0.4)) return false;
  if (/^(?:[A-Z]{1,4}|0x)?[0-9a-f]+$/.test(token) || /^[0-9A-F]+$/.test(token)) return false;
  if (/^(?:sha(?:1|224|256|384|512)|md5)-/i.test(token)) return false;
  if (switchRate(token) < 0.3 || isMadeOfWords(token) || isIdentifierOfWords(token)) return false;
  const segments = token.split(/[/._-]+/);
  if (segments.length > 1 && segments.every((p) => p.length < 8 || /^[0-9a-f]+$/i.test(p) || isMadeOfWords(p) || isIdentifierOfWords(p))) return false;
  if (/%[0-9A-F]{2}/i.test(token) && isMadeOfWords(token.replace(/%(?:25)*[0-9A-F]{2}/gi, " "))) return false;
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
var CREDENTIAL_FILE_RE = /(?:^|[/\\._-])(?:credentials?|creds|passwords?|passwd|pass|secrets?|tokens?|auth|login|psk|cookie)(?:\.(?:txt|conf|cfg))?$/i;
var PRINT_FILE_RE = /^(?:sudo[ \t]+)?(?:cat|bat|less|more|head|tail|type|gc|Get-Content)[ \t]+(.{1,512})$/;
var isCredentialFile = (path) => isSecretFile(path) || CREDENTIAL_FILE_RE.test(path);
var printsSecretFile = (command) => PRINT_FILE_RE.exec(command)?.[1].split(/[ \t]+/).some((arg) => !arg.startsWith("-") && isCredentialFile(arg)) ?? false;
var PUBLIC_BEGIN_RE2 = /^[+\- ]-----BEGIN (?![A-Z0-9 ]*(?:PRIVATE|ENCRYPTED|SECRET))[A-Z0-9 ]{1,40}-----/;
var END_RE2 = /^[+\- ]-----END [A-Z0-9 ]{1,40}-----/;
var OUTPUT_LINES = 3;
var VAULT_READ_RE = /\bvault[ \t]+(?:kv[ \t]+get|read)\b/;
var VAULT_DATA_RE = /^=+ Data =+$/;
var VAULT_SECTION_RE = /^=+ [^=]{1,40} =+$/;
var VAULT_HEADER_RE = /^(?:Key[ \t]+Value|-{3}[ \t]+-{5})$/;
var VAULT_METADATA_KEYS = /* @__PURE__ */ new Set([
  "refresh_interval",
  "lease_id",
  "lease_duration",
  "lease_renewable",
  "created_time",
  "deletion_time",
  "destroyed",
  "version",
  "custom_metadata",
  "username",
  "accessor",
  "policies",
  "token_policies",
  "ttl"
]);
var VAULT_ROW_RE = /^([\w.-]{1,128}[ \t]{2,})(\S.{3,4095})$/;
var KEPT_ASSIGNMENT_RE = /^[A-Z][A-Z0-9_]{0,127}=\$KEPT_\d{1,9}_$/;
function secretToken(v, inFile = false) {
  if (v.length < 8 || v.length > 4096 || /\s/.test(v) || isPlaceholder(v) || v.includes(MARKER_PREFIX) || KEPT_ASSIGNMENT_RE.test(v)) return false;
  if (/^[0-9a-f]+$/i.test(v)) return v.length === 32 || v.length >= 96 || inFile && v.length >= 32;
  if (inFile && /^[A-Za-z]{16,}$/.test(v) && !isMadeOfWords(v)) return true;
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
var HEX_RUN_RE = /[0-9a-fA-F]{32}/;
var NEAR_SECRET_RE = /(?<![A-Za-z])(?:keys?|secrets?|tokens?|auth\w*|passw\w*|apikey)(?![A-Za-z])|鉴权|认证|密钥|秘钥|令牌|密码/i;
var NEAR_DIGEST_RE = /hash|sha\d*|md5|digest|checksum|\bsum\b|commit|\brev\b|fingerprint|\bids?\b|uuid|gpg|pgp|\bpub\b|\bhead\b|校验|哈希|摘要|提交|指纹|版本/i;
var NEAR_LINES = 2;
function keyLines(text, tally) {
  if (!HEX_RUN_RE.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i].slice(prefixLength(lines[i])).trim();
    if (!/^[0-9a-fA-F]{32,128}$/.test(content) || new Set(content.toLowerCase()).size < 10) continue;
    if ([lines[i - 1], lines[i + 1]].some((l) => l !== void 0 && /^[0-9a-fA-F]{16,}$/.test(l.slice(prefixLength(l)).trim()))) continue;
    const near = [...lines.slice(Math.max(0, i - NEAR_LINES), i), ...lines.slice(i + 1, i + 1 + NEAR_LINES)].join("\n");
    if (NEAR_SECRET_RE.test(near) && !NEAR_DIGEST_RE.test(near)) lines[i] = lines[i].replace(content, tally.add("secret", content));
  }
  return lines.join("\n");
}
function vaultData(text, tally) {
  if (!/^=+ Data =+\r?$/m.test(text) && !VAULT_READ_RE.test(text)) return text;
  const lines = text.split("\n");
  let read = false;
  let sections = false;
  let inData = false;
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i].slice(prefixLength(lines[i])).trim();
    if (VAULT_READ_RE.test(content) || PROMPT_RE.test(content)) [read, sections, inData] = [VAULT_READ_RE.test(content), false, false];
    else if (VAULT_SECTION_RE.test(content)) [sections, inData] = [true, VAULT_DATA_RE.test(content)];
    else if (content === "") inData = false;
    else if (VAULT_HEADER_RE.test(content)) inData ||= read && !sections && content.startsWith("Key");
    else if (inData) {
      const row = VAULT_ROW_RE.exec(content);
      const value = row?.[2].trim();
      if (value && !VAULT_METADATA_KEYS.has(row[1].trim()) && !isPlaceholder(value) && !value.includes(MARKER_PREFIX)) {
        lines[i] = lines[i].replace(value, tally.add("secret", value));
      }
    }
  }
  return lines.join("\n");
}
var FIELD_RE = /(?<pre>(?:^|[{,][ \t]*)"?[\w.-]{1,64}"?[ \t]*[:=][ \t]*"?)(?<value>[^\s"',{}:;]{8,4096})(?="|[ \t]*[,}]|[ \t]*$)/g;
var generatedField = (v) => secretToken(v) && (/^[0-9a-f]{32,}$/i.test(v) || isUnnamedSecret(v, 16) || looksRandom(v)) && !/^[a-z0-9]+(?:[.-][a-z0-9]+)+$/.test(v);
function printedValues(line, tally) {
  return line.replace(FIELD_RE, (all, pre, value) => generatedField(value) ? pre + tally.add("secret", value) : all);
}
function redactAlone(text, tally) {
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
      printedFile = printsSecretFile(command);
      output = SECRET_COMMAND_RE.test(command) || printedFile ? OUTPUT_LINES : 0;
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
    if ((inHunk || output > 0 && !/:|^\//.test(content)) && secretToken(content, inHunk || printedFile)) lines[i] = line.replace(content, tally.add(inHunk ? "secret" : "password", content));
    else if (output > 0 && printedFile) lines[i] = printedValues(line, tally);
    if (output > 0) output = content === "" ? 0 : output - 1;
  }
  return lines.join("\n");
}

// src/redact/app-passwords.ts
var MENTION_RE = /app[- ]?(?:specific[- ]?)?pass(?:word)?s?\b|application[- ]passwords?|(?:应用|app)[ ]?(?:专用)?密码|专用密码/i;
var GROUPS_RE = /(?<![\w-])[a-z]{4}([- ])[a-z]{4}\1[a-z]{4}\1[a-z]{4}(?![\w-])/g;
function redactAppPasswords(text, tally) {
  if (!MENTION_RE.test(text)) return text;
  let named2 = false;
  return text.replace(/[^\n]+|\n/g, (line) => {
    if (line === "\n") return line;
    const mentioned = MENTION_RE.test(line);
    const out = mentioned || named2 ? line.replace(GROUPS_RE, (m) => areRandomLetters(m.replace(/[- ]/g, "")) ? tally.add("password", m) : m) : line;
    named2 = mentioned;
    return out;
  });
}
var WP_GROUPS_RE = /(?<![\w-])[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}(?![\w-])/g;
function redactWordPressAppPasswords(text, tally) {
  return text.replace(WP_GROUPS_RE, (m) => {
    const joined = m.replace(/ /g, "");
    const groups = m.split(" ");
    const mixed = groups.filter((g) => /[a-z]/.test(g) && /[A-Z0-9]/.test(g)).length >= 4;
    return /[a-z]/.test(joined) && /[A-Z]/.test(joined) && /\d/.test(joined) && mixed ? tally.add("password", m) : m;
  });
}

// src/redact/hand-secrets.ts
var PHRASE_WORDS = 3;
var PHRASE_WORD_LENGTH = 4;
function isHandSetSecret(value) {
  if (!/^[\x21-\x7e]+$/.test(value)) return false;
  if (hasPasswordSymbols(value)) return true;
  if (!isPassphrase(value)) return false;
  const parts = value.split(/[-_.]/).map((p) => p.replace(/\d+$/, ""));
  return parts.length >= PHRASE_WORDS && parts.every((p) => p.length >= PHRASE_WORD_LENGTH && categorize(p) === null);
}

// src/redact/letter-passwords.ts
var PASSWORD_KEYWORD_RE = /^(?:pass(?:word|wd)s?|pwd|pw)$|密码|口令/i;
var INNER_SYMBOLS_RE = /[A-Za-z][!#$%^&*+=~]+(?=[A-Za-z])/g;
function isLetterPassword(value, keyword) {
  if (!PASSWORD_KEYWORD_RE.test(keyword) || value.length < 10 || value.length > 64 || isPlaceholder(value)) return false;
  if (/^[A-Za-z]+$/.test(value)) return /[a-z]/.test(value) && /[A-Z]/.test(value) && !isMadeOfWords(value);
  if (!/^[A-Za-z!#$%^&*+=~]+$/.test(value)) return false;
  return (value.match(INNER_SYMBOLS_RE)?.length ?? 0) >= 2;
}
var LETTER_KEY_MIN = 16;
function isRandomLetterRun(value) {
  return value.length >= LETTER_KEY_MIN && /^[A-Za-z]+$/.test(value) && !isMadeOfWords(value) && areRandomLetters(value);
}

// src/redact/runs.ts
var RunEnds = class {
  constructor(text, run, max) {
    this.text = text;
    this.run = run;
    this.max = max;
  }
  text;
  run;
  max;
  /** [from, end) holds no stop; when `open`, the scan stopped at its bound, not at a stop or the text's end. */
  from = 0;
  end = -1;
  open = false;
  at(from) {
    const limit = Math.min(this.text.length, from + this.max);
    const known2 = from >= this.from && from <= this.end;
    if (known2 && (!this.open || this.end >= limit)) return Math.min(this.end, limit);
    const p = known2 ? this.end : from;
    this.run.lastIndex = p;
    const len = this.run.exec(this.text)[0].length;
    if (!known2) this.from = from;
    this.end = p + len;
    this.open = len === this.max && this.end < this.text.length;
    return Math.min(this.end, limit);
  }
};
var CharCounts = class {
  constructor(text) {
    this.text = text;
  }
  text;
  counts = /* @__PURE__ */ new Map();
  start = 0;
  end = 0;
  surrogates = 0;
  /**
   * Whether text[start, end) has an entropy in bits per character below `bits`, by a margin no rounding reaches
   * (the sum's order differs from values.ts). False when it holds half of a surrogate pair: values.ts counts code
   * points.
   */
  entropyBelow(start, end, bits) {
    if (start < this.start || start > this.end || end < this.end) {
      this.counts.clear();
      this.start = this.end = start;
      this.surrogates = 0;
    }
    while (this.end < end) this.step(this.text.charCodeAt(this.end++), 1);
    while (this.start < start) this.step(this.text.charCodeAt(this.start++), -1);
    if (this.surrogates > 0 || end === start) return false;
    let h = 0;
    for (const n of this.counts.values()) {
      const p = n / (end - start);
      h -= p * Math.log2(p);
    }
    return h < bits - 1e-9;
  }
  step(c, d) {
    const k = (this.counts.get(c) ?? 0) + d;
    if (k === 0) this.counts.delete(c);
    else this.counts.set(c, k);
    if (c >= 55296 && c <= 57343) this.surrogates += d;
  }
};

// src/redact/shield.ts
var MARK_PREFIX = "$KEPT_";
var MARK_RE = /\$KEPT_(\d{1,9})_/g;
var WHOLE_MARK_RE = /^\$KEPT_\d{1,9}_$/;
function unmarked(value) {
  return WHOLE_MARK_RE.test(value) ? value : value.replace(MARK_RE, "x");
}
function startsWithKeptParameter(text) {
  return /^\$KEPT_\d{1,9}_&[\w.~-]{1,64}=/.test(text);
}
var NOTHING = { restore: (out) => out };
function shield(text, spans) {
  if (spans.length === 0 || text.includes(MARK_PREFIX)) return { text, ...NOTHING };
  spans.sort((a, b) => a[0] - b[0]);
  const kept = [];
  let out = "";
  let last = 0;
  for (const [start, end] of spans) {
    if (start < last || end <= start) continue;
    out += `${text.slice(last, start)}${MARK_PREFIX}${kept.length}_`;
    kept.push(text.slice(start, end));
    last = end;
  }
  out += text.slice(last);
  const restore = (redacted, replace) => redacted.replace(MARK_RE, (m, n) => {
    const span = kept[Number(n)];
    return span === void 0 ? m : replace?.(span) ?? span;
  });
  return { text: out, restore };
}

// src/redact/spaced-values.ts
var TAIL_RE = /[ \t]+([^\s#$=`'"][^\s=`'"]{7,127})[ \t]*(?:\r?\n|$)/y;
function spacedPassword(text, start, end) {
  if (!isPlaceholder(text.slice(start, end))) return null;
  TAIL_RE.lastIndex = end;
  const m = TAIL_RE.exec(text);
  if (m === null) return null;
  const token = m[1];
  if (isMadeOfWords(token) || !(hasPasswordSymbols(token) || looksRandom(token))) return null;
  const at = end + m[0].indexOf(token);
  return [at, at + token.length];
}
var WORD_THEN_TOKEN_RE = /^[ \t]*[A-Za-z]{2,24}[ \t]+([^\s#$=`'"]{12,128})[ \t]*\r?$/;
function wordThenPassword(text, start, end) {
  const m = WORD_THEN_TOKEN_RE.exec(text.slice(start, end));
  if (m === null) return null;
  const token = m[1];
  if (!/\d/.test(token) || !/[A-Za-z]/.test(token) || isMadeOfWords(token) || isPlaceholder(token) || !looksRandom(token)) return null;
  const at = start + m[0].lastIndexOf(token);
  return [at, at + token.length];
}

// src/redact/value-shapes.ts
var UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isIdentifierShaped(value) {
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  if (/[a-z]/.test(value) && /[A-Z]/.test(value) && !isIdentifierOfWords(value)) return false;
  if (areRandomLetters(value.replace(/[^A-Za-z]/g, ""))) return false;
  return words(value.replace(/\$/g, "")).every((w) => /^[a-z]+\d{0,3}$/.test(w) && isWordLike(w));
}
function isProse(value) {
  if (APP_PASSWORD_RE.test(value)) return false;
  if ((value.match(new RegExp("\\p{Script=Han}", "gu")) ?? []).length >= 2) return !(/^\S+$/.test(value) && /[A-Za-z]/.test(value) && (value.match(/\d/g) ?? []).length >= 3 && (value.match(/[A-Za-z0-9]/g) ?? []).length >= 8);
  return /\s/.test(value) && /^[\p{L}][\p{L}\p{M}'’,.!?:;()\- ]*$/u.test(value) && value.split(/\s+/).length >= 2;
}
function isDigestValue(value) {
  return /^(?:[A-Za-z0-9._-]*[-_.:])?[0-9a-f]{7,128}$/i.test(value) || UUID_RE.test(value);
}
function isServiceKeyConstant(name, value) {
  return /^(?:[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*){0,2}_KEY|[a-z][a-z0-9]*_key)$/.test(name) && /^(?:[0-9a-f]{32}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{64})$/.test(value) && new Set(value).size >= 10;
}

// src/redact/assignments.ts
var KEYWORD_RE = new RegExp(`pass(?:word|wd|phrase)?|pwd|pw(?![a-z])|psk|secret|token|credential|creds|auth|key|pat|mnemonic|login|account|pepper|salt|pin|${VENDOR_KEYWORD_SRC}`, "gi");
var MAX_NAME = 128;
var KEY_VALUE_BEFORE_RE = /(?:^|[ \t])[A-Za-z_][\w.-]{0,63}=[^\s=,;()[\]{}"']{1,128}[ \t]+$/;
var MAX_VALUE = 4096;
var INLINE_RUN_RE = new RegExp(`[^\\s,;)}\\]"'\`]{0,${MAX_VALUE}}`, "y");
var ENV_RUN_RE = new RegExp(`[^\\s\`]{0,${MAX_VALUE}}`, "y");
var RANDOM_BITS = 3;
var MAX_SHAPED = 48;
function isIdentChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45 || c === 46;
}
var LINE_START_RE = new RegExp(`^${LINE_PREFIX_SRC}(?:(?:export|set|setx|declare|local|readonly|ENV|ARG)[ \\t]+|-[ \\t]+|[a-z][\\w-]{0,63}:)?["']?$`);
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
function parseValue(text, nameStart, pos, context, scans) {
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
  else if (c === "?" && n === "=") sep = 2;
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
    if (close === -1) return null;
    if (context === "env" && /[^\s;|&()<>`,]/.test(text[close + 1] ?? " ")) return { start: p + 1, end: scans.env.at(close + 1), quoted: false };
    return { start: p + 1, end: close, quoted: true };
  }
  return unquotedValue(text, p, context, openQuote, scans);
}
function closingQuote(text, from, quote2) {
  const limit = Math.min(text.length, from + MAX_VALUE);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === quote2 && quote2 === "'" && text[i + 1] === "'" && i > from) i++;
    else if (ch === quote2) return i;
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
function unquotedValue(text, from, context, openQuote, scans) {
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
    end = scans.env.at(from);
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
    end = scans.inline.at(from);
  }
  if (end - from === 4 && /^[a-z]{4}$/.test(text.slice(from, end))) {
    APP_PASSWORD_TAIL_RE.lastIndex = end;
    if (APP_PASSWORD_TAIL_RE.test(text)) end = APP_PASSWORD_TAIL_RE.lastIndex;
  }
  return end > from ? { start: from, end, quoted: false } : null;
}
var APP_PASSWORD_TAIL_RE = /(?: [a-z]{4}){3}(?=[ \t]*(?:[\r\n#]|$))/y;
function literalArgument(text, v) {
  if (v.quoted) return null;
  const open = GO_CONVERSION_RE.test(text.slice(v.start, v.start + 8)) ? text.indexOf("(", v.start) + 1 : /^[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*\($/.test(text.slice(v.start, v.end)) ? v.end : -1;
  const q = text[open];
  if (open === -1 || q !== '"' && q !== "'" && q !== "`") return null;
  const close = closingQuote(text, open + 1, q);
  return close === -1 ? null : { start: open + 1, end: close, quoted: true };
}
var GO_CONVERSION_RE = /^\[\](?:byte|rune)\(/;
function isCodeValue(marked, name, syntax) {
  const value = unmarked(marked);
  if (/[([{<]|^\$|\$[{(A-Za-z_]|->|::/.test(value)) return true;
  if (/^[*&!@%|>]/.test(value)) return true;
  if (CODE_WORDS.has(value.toLowerCase().replace(/[!?]$/, ""))) return true;
  if (syntax.sepIsColon && /^(?:String|Int|Float|Boolean|ID|Date|DateTime|JSON|Upload)[!?]$/.test(value)) return true;
  const propertiesName = name.includes(".") && !/^(?:self|this|cls|that)\./.test(name) && !syntax.spacedEquals;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return !(propertiesName && /\d/.test(value)) && value.split(".").every((seg) => seg.length <= 3 || isMadeOfWords(seg) || isIdentifierOfWords(seg));
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  if (syntax.sepIsColon && /^[A-Z][A-Za-z]*$/.test(value) && !/^[A-Z]+$/.test(value) && !isRandomLetterRun(value)) return true;
  if (words(value).some((w) => words(name).includes(w))) return true;
  if (syntax.codeTerminated) return true;
  const codeName = !name.includes(".") || /^(?:self|this|cls|that)\./.test(name);
  return syntax.spacedEquals && codeName && !/^[A-Z0-9_]+$/.test(name) && isIdentifierShaped(value);
}
var TOKEN_LAST_WORDS = /* @__PURE__ */ new Set(["login", "auth", "admin", "write", "master"]);
function decide(category, name, raw, v, syntax) {
  const value = raw.trim();
  if (value.startsWith(MARKER_PREFIX) || isPlaceholder(value)) return false;
  if (category === "uuid-secret") return UUID_RE.test(value);
  if (/^[~^<>=v]*\d+(?:\.\d+)+(?:[-+][\w.-]+)?$/.test(value)) return false;
  const addressNamedSecret = /^0x[0-9a-fA-F]{40}$/.test(value) && (category === "password" || words(name).includes("secret"));
  if (isPublicIdentifier(value) && !addressNamedSecret) return false;
  if (v.quoted && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && categorize(value) !== null) return false;
  const digestNamed = category === "weak" && !TOKEN_LAST_WORDS.has(words(name).pop()) && !isVendorWeakName(words(name)) && !isServiceKeyConstant(name, value) && !namesPiece(name) || words(name).some((w) => DIGEST_WORDS.has(w));
  if (isDigestValue(value) && digestNamed) return false;
  const nameWords2 = words(name);
  const valueWords = words(value);
  if (valueWords.every((w) => nameWords2.includes(w))) return false;
  if (isMadeOfWords(value) && valueWords.some((w) => nameWords2.includes(w) && categorize(w) !== null)) return false;
  if (category === "password" && isPassphrase(value)) return true;
  if (syntax.context === "env" && !v.quoted) {
    if (/^[[<(][A-Za-z _-]{1,32}[\]>)]$/.test(value)) return false;
    if (category === "weak") return looksRandom(value) || looksGenerated(value);
    return value.length >= 4 && !CODE_WORDS.has(value.toLowerCase()) && !/^[A-Za-z_$][\w$.]*\(.*\)$/.test(value);
  }
  if (category === "password" && hasOnlyShortPasswordWord(name) && isMadeOfWords(value) && !hasPasswordSymbols(value)) return false;
  if (/^ENC\([^()\s]{4,256}\)[^\s()]/.test(value)) return category !== "weak";
  if (/^ENC\([^()\s]{4,256}\)$/.test(value)) return category !== "weak" && (/[^A-Za-z0-9+/=]/.test(value.slice(4, -1)) || isMadeOfWords(value.slice(4, -1)));
  if (!v.quoted && syntax.context !== "connection" && isCodeValue(value, name, syntax)) return false;
  if (category === "weak") return looksRandom(value) || looksGenerated(value);
  if (category === "secret" && (value.length < 8 || /\s/.test(value))) return false;
  if (category === "password" && value.length < 4) return false;
  if (syntax.context === "flag" && /^[a-z]+$/.test(value)) return false;
  if (v.quoted) {
    if (isProse(value) && !/passphrase|mnemonic/i.test(name)) return false;
  } else {
    if (/\s/.test(value) && !(category === "password" && APP_PASSWORD_RE.test(value))) return false;
    if (syntax.context === "inline" && !looksRandom(value)) return false;
  }
  return !(category === "secret" && isMadeOfWords(value) && !isHandSetSecret(value));
}
function memoDecide() {
  const decided = /* @__PURE__ */ new Map();
  return (category, name, raw, v, syntax) => {
    const key = [category, name, v.quoted, syntax.context, syntax.sepIsColon, syntax.spacedEquals, syntax.codeTerminated, raw].join("\n");
    let secret = decided.get(key);
    if (secret === void 0) decided.set(key, secret = decide(category, name, raw, v, syntax));
    return secret;
  };
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
  const decideOnce = memoDecide();
  const scans = { inline: new RunEnds(text, INLINE_RUN_RE, MAX_VALUE), env: new RunEnds(text, ENV_RUN_RE, MAX_VALUE), counts: new CharCounts(text) };
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
    const quotedKey = (text[start - 1] === '"' || text[start - 1] === "'") && text[nameEnd] === text[start - 1];
    const category = (text[start - 1] === ";" || quotedKey) && /^pwd$/i.test(name) ? "password" : categorize(name);
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
    if (context === "inline" && text[nameEnd] === "=" && text[nameEnd + 1] !== "=" && KEY_VALUE_BEFORE_RE.test(text.slice(Math.max(0, start - 96), start))) {
      context = "env";
    }
    const parsed = parseValue(text, start, nameEnd, context, scans);
    if (parsed === null) continue;
    const found = literalArgument(text, parsed) ?? parsed;
    const tail = found.quoted ? null : context === "env" ? spacedPassword(text, found.start, found.end) : category === "password" && context === "line" ? wordThenPassword(text, found.start, found.end) : null;
    const v = tail ? { start: tail[0], end: tail[1], quoted: false } : found;
    const raw = text.slice(v.start, v.end);
    const randomOnly = category === "weak" || context === "inline" && !v.quoted && raw.length > MAX_SHAPED;
    if (randomOnly && raw.trim().length === raw.length && scans.counts.entropyBelow(v.start, v.end, RANDOM_BITS)) continue;
    if (kept(v.start + raw.length - raw.trimStart().length)) continue;
    const after = text.slice(nameEnd, nameEnd + 20);
    const typed = TYPED_RE.test(text.slice(nameEnd, nameEnd + 128));
    const syntax = {
      context,
      sepIsColon: !typed && /^["']?[ \t]*:(?!=)/.test(after),
      spacedEquals: typed || /^["']?[ \t]+=/.test(after),
      codeTerminated: /^[ \t]*[,;]/.test(text.slice(v.end, v.end + 20))
    };
    if (!decideOnce(category, name, raw, v, syntax)) continue;
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    out += text.slice(last, v.start + lead) + tally.add(kindOf(category, name, raw.trim()), raw.trim());
    last = v.end - trail;
    KEYWORD_RE.lastIndex = Math.max(end, last);
  }
  return out + text.slice(last);
}

// src/redact/call-names.ts
var CREDENTIAL_CALL_RE = /log[io]n|sign_?in|auth|credential|connect|bind_s|simple_bind|^PDO$|^mysqli$|^basic$|SMTPServer|DriverManager|^Sequelize$|create_?(?:super_?)?user|add_?user|_pw_set$|^set_?(?:user_?)?passw|^SMTP$|^FTP(?:_TLS)?$|^database$|Dialer$|^Transport\.send$/i;
var NIM_DB_IMPORT_RE = /(?:^|\n)[ \t]*(?:import|from)[ \t]+(?:db_connector\/|std\/)?db_(?:postgres|mysql|odbc)\b/;
var PASSWORD_ONLY_CALL_RE = /^(?:auth|pass_)$/i;
var PAIR_CALL_RE = /^(?:Map|ImmutableMap|put|setProperty|of|mapOf|hashMapOf|entry|Pair)$/;
var KEY_CALLS = /* @__PURE__ */ new Map([
  ["algoliasearch", 1],
  ["searchclient", 1],
  ["newmailgun", 1],
  ["twilio", 1],
  ["pusher", 2],
  ["typesenseclient", 1],
  // OmniAuth: `provider :github, "<client id>", "<client secret>"`.
  ["provider", 2],
  // Server-side SDKs whose first argument is the secret key (browser SDKs' keys are public and not listed): Mixpanel's
  // export API secret, Split's server key, LaunchDarkly's server SDK key (Java/.NET/Ruby `LDClient`, Go `MakeClient`).
  ["mixpanelutils", 0],
  ["newsplitfactory", 0],
  ["ldclient", 0],
  ["makeclient", 0],
  // Scale AI's client (`live_…` keys) and PrestaShop's webservice client (`new PrestaShopWebservice(url, key, debug)`).
  ["scaleclient", 0],
  ["prestashopwebservice", 1]
]);
var INPUT_CALL_RE = /\.(?:fill|type|send_keys|sendKeys|setValue|typeText|enterText)[ \t]*\(/g;
var FILL_IN_RE = /(?<![\w$])fill_in[ \t]*\(?[ \t]*(?<field>["':][^,\n]{1,80}),[ \t]*with:[ \t]*(?<q>["'])(?<value>[^"'\n]{1,256})\k<q>/g;
var SECRET_FIELD_RE = /pass(?:word|wd)?|pwd|secret|token|api[-_]?key|密码/i;
var KEY_USE_CALLS = /* @__PURE__ */ new Map([
  ["hmac", [0]],
  ["hmac.new", [0, 1]],
  ["hmac.hmac", [0]],
  ["hmacsha1", [0]],
  ["hmacsha256", [0]],
  ["hmacsha512", [0]],
  ["createhmac", [1]],
  ["createcipheriv", [1]],
  ["createdecipheriv", [1]],
  ["hmac.hexdigest", [1]],
  ["hmac.digest", [1]],
  ["aesgcm", [0]],
  ["aesccm", [0]],
  ["aessiv", [0]],
  ["chacha20poly1305", [0]],
  ["fernet", [0]],
  ["aes.new", [0]],
  ["algorithms.aes", [0]],
  ["aes.newcipher", [0]],
  ["secretkeyspec", [0]],
  ["secretbox", [0]],
  // RustCrypto: `Hmac::<Sha256>::new_from_slice(&KEY)`, `Aes256Gcm::new_from_slice(&KEY)`.
  ["new_from_slice", [0]],
  ["jwt.encode", [1]],
  ["jwt.sign", [1]],
  ["jwt.verify", [1]],
  ["jwt.decode", [1]],
  // JWT signing keys: golang-jwt's `SignedString(key)`, jjwt's `Keys.hmacShaKeyFor(…)`, `signWith(key)` and the old
  // `signWith(alg, key)`, auth0's `Algorithm.HMAC256(…)`, .NET's `SymmetricSecurityKey(…)`, Rust's
  // `EncodingKey::from_secret(…)`.
  ["signedstring", [0]],
  ["hmacshakeyfor", [0]],
  ["setsigningkey", [0]],
  ["signwith", [0, 1]],
  ["verifywith", [0]],
  ["algorithm.hmac256", [0]],
  ["algorithm.hmac384", [0]],
  ["algorithm.hmac512", [0]],
  ["symmetricsecuritykey", [0]],
  ["from_secret", [0]]
]);
var VENDOR_KEY_CALLS = /* @__PURE__ */ new Map([
  ["postmark.apiclient.new", [0]],
  ["postmark.serverclient", [0]],
  ["postmark.accountclient", [0]],
  ["jpush.buildclient", [1]],
  ["jpushclient", [0]],
  // Python's `jpush.JPush(app_key, master_secret)`.
  ["jpush.jpush", [1]],
  // Stream (GetStream) chat and feeds: `stream.NewClient(key, secret)` (Go), `stream.connect(key, secret)`,
  // `StreamChat.getInstance(key, secret)` and `new StreamChat(key, secret)` (JS).
  ["stream.newclient", [1]],
  ["stream.connect", [1]],
  ["streamchat.getinstance", [1]],
  ["streamchat", [1]],
  // 淘宝开放平台 (TOP) clients given the app key and then the app secret: Go's `top.NewClient(appKey, appSecret, url)`,
  // Java's `new DefaultTaobaoClient(url, appKey, appSecret)`.
  ["top.newclient", [1]],
  ["defaulttaobaoclient", [2]]
]);
var SIGNER_CALLEE_RE = /^(?:\w*hmac\w*|\w*signer|\w*mac(?:er)?|edge_?auth)$/i;
var SIGNER_KEY_ARG_RE = /^\s*(?:key|secret|secret_?key|signing_?key|hmac_?key|mac_?key)\s*[=:]\s*/i;

// src/redact/prose-brackets.ts
var TAIL_RE2 = /([】」』])[ \t]*(?:是|为|為)(?:新的?|当前的?|现在的?|最新的?|正式的?|线上的?)?[ \t]*(?:[A-Za-z]{1,12}[ \t]*)?$/;
var OPENING = { "\u3011": "\u3010", "\u300D": "\u300C", "\u300F": "\u300E" };
var MAX_VALUE2 = 128;
function bracketedBefore(text, at) {
  const tail = text.slice(Math.max(0, at - 32), at);
  const t = TAIL_RE2.exec(tail);
  if (!t) return null;
  const close = at - tail.length + t.index;
  const from = Math.max(0, close - MAX_VALUE2 - 1);
  const found = text.slice(from, close).lastIndexOf(OPENING[t[1]]);
  const open = found === -1 ? -1 : from + found;
  if (open === -1 || close - open - 1 < 6) return null;
  return /^[\x21-\x7e]+$/.test(text.slice(open + 1, close)) ? [open + 1, close] : null;
}

// src/redact/numbered-words.ts
var NUMBERED_NAMES = ["1password", "3scale", "7zip", "37signals", "99designs", "2checkout", "4chan", "9gag", "500px"];
var names;
function isNumberedWord(value) {
  names ??= new Set(NUMBERED_NAMES);
  return names.has(value.toLowerCase());
}

// src/redact/memo.ts
function memoized(check) {
  const root = /* @__PURE__ */ new Map();
  return (...args) => {
    let node = root;
    for (let i = 0; i < args.length - 1; i++) {
      let next = node.get(args[i]);
      if (next === void 0) node.set(args[i], next = /* @__PURE__ */ new Map());
      node = next;
    }
    const last = args[args.length - 1];
    let answer = node.get(last);
    if (answer === void 0) node.set(last, answer = check(...args));
    return answer;
  };
}

// src/redact/prose.ts
var KEYWORD_RE2 = /(?<![A-Za-z0-9_])(?:pass(?:word|wd|[ -]?phrase|code)?s?|pwd|pw|[a-z]{0,12}_?secret|[a-z]{0,12}token|api[ _-]?key|access[ _-]?key|credentials?|creds|auth|log(?:ged)?[ -]?in|sign(?:ed)?[ -]?in|requirepass|masterauth|wi-?fi|wlan)(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])key(?=[ \t]*(?:是|为|為|：))|(?<![A-Za-z0-9_])(?:root|admin|administrator)(?=[ \t]+(?:on|for|at|of)[ \t])|密码|口令|密钥|秘钥|私钥|令牌|凭证|凭据|授权码|万能码|万能密码|通用密码|登录/gi;
var ACCOUNT_RE = /^(?:root|admin|administrator)$/i;
var AMBIGUOUS_RE = /^auth$/i;
var ACTION_RE = /^(?:log|sign|登录)/i;
var QUALIFIER_RE = /(?:[ \t]+(?:is|was|has[ \t]+been))?(?:[ \t]+(?:generated|created|set|reset))?[ \t]+(?:for|of|on|to|at|in)(?:[ \t]+[^\s:：=]{1,32}){1,5}(?:[ \t]*[:：]|[ \t]+=|[ \t]+(?:is|was))[ \t]*/y;
var SEPARATOR_RE = /["']?(?:[ \t]*(?:is(?:[ \t]+(?:now|still))?(?:[ \t]+set[ \t]+to)?|was(?:[ \t]+set[ \t]+to)?|are|were|set[ \t]+to|[:=：＝]|=>|->|是|为|為|(?:(?:我|已经?|刚)[ \t]*)?(?:改成|改为|换成|设成|设为|设置成|设置为|重置为|重置成)|(?:(?:我|已经?|刚)[ \t]*)?(?:发给你|发你|给你|贴在这里?|放在这里?)了?|如下|[，,][ \t]*(?:the[ \t]+)?(?:new[ \t]+one[ \t]+is|新的?(?:值|一个)?(?:是|为)|现在(?:的)?(?:是|为))))+[ \t]*|[ \t]+/y;
var VALUE_RE = /([“"'‘「『【`]?)([\x21-\x7e]{1,128})/y;
var STOP = /[\s"'`“”‘’「」『』【】，。；、：（）,;)\]}>|]/;
var WEAK_WINDOW = 48;
var WEAK_TOKEN_RE = /[A-Za-z0-9!#$%&*+\-./@^_~]{8,128}/g;
var WEAK_HEAD_RE = /[A-Za-z0-9!#$%&*+\-./@^_~]{8}/;
var ESCAPED_REST_RE = /^(?:\\"[A-Za-z0-9!#$%&*+\-./@^_~]{1,128}){1,4}(?=\\")/;
var CONNECTOR_RE = /(?:[ \t]as(?:[ \t]+[a-z]{1,4}){0,2}|作为|当作|设为|设置为)[ \t]*$/i;
var VALUE_BEFORE_RE = /(?:^|[\s"'“‘「(（把用以])([\x21\x23-\x26\x28-\x7e]{6,128})["'”’」]?[ \t]*(?:[ \t]as(?:[ \t]+(?:the|my|your|a|new|our|its)){0,2}|作为|当作|设为|设置为)[ \t]*$/i;
var PAIR_RE = /[A-Za-z0-9._@-]{1,64}["'”’]?[ \t]*[/:][ \t]*([\x21-\x7e]{4,128})/y;
var WIFI_RE = /^(?:wi-?fi|wlan)$/i;
function isCodeish(marked) {
  const v = unmarked(marked);
  if (/[()[\]{}<>\\]|\$[{(]|^\$[A-Za-z_]|^#[0-9a-f]{3,8}$/i.test(v) || /^\.{0,2}\//.test(v)) return true;
  return /^[A-Za-z_][\w]*(?:[.?]+[A-Za-z_]\w*)+$/.test(v) && v.split(/[.?]+/).every((seg) => seg.length <= 3 || isMadeOfWords(seg) || isIdentifierOfWords(seg));
}
function isKeywordWord(keyword) {
  const prefix = /^(.+?)(?:secret|token)$/i.exec(keyword)?.[1];
  if (prefix === void 0) return true;
  if (/^[a-z]+_$/.test(prefix)) return keyword === keyword.toLowerCase();
  return /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(prefix) && (keyword === keyword.toLowerCase() || keyword === keyword.toUpperCase() || /^[A-Z][a-z]+[A-Z][a-z]+$/.test(keyword));
}
function trimValue(raw) {
  const stop = raw.search(STOP);
  const end = stop === -1 ? raw.length : stop;
  return raw.slice(0, end).replace(/[.,:;!?]+$/, (p) => /[.,:;]/.test(p) ? "" : p);
}
function lineEndToken(text, start, value, quote2) {
  if (quote2 !== "") return value;
  const token = /^[\x21-\x7e]{1,128}(?=[ \t]*(?:\r?\n|$))/.exec(text.slice(start, start + 130))?.[0];
  return token !== void 0 && token.startsWith(value) && !/[.,;:!?)\]}>"'`]$/.test(token) ? token : value;
}
function areGeneratedLetters(v) {
  if (v.length >= 16 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /^[A-Za-z]+$/.test(v) && !isMadeOfWords(v)) return true;
  return v.length >= 12 && /^(?:[a-z]+|[A-Z]+)$/.test(v) && (!isIdentifierOfWords(v) || areRandomLetters(v));
}
var numberedExtensionRe;
function isMediaFileName(v) {
  const stem = v.replace(numberedExtensionRe ??= new RegExp(`\\.(?:${NUMBERED_FILE_EXTENSIONS.join("|")})$`), "");
  return stem !== v && /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(stem) && isMadeOfWords(stem);
}
function acceptStrong(v, keyword) {
  if (areGeneratedLetters(v)) return !isPlaceholder(v);
  if (v.length < 6 || !/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) {
    return /^pass[ -]?(?:phrase|code)/i.test(keyword) && v.length >= 12 && /^[A-Za-z]+(?:[-_.][A-Za-z0-9]+){2,}$/.test(v);
  }
  if (isPassphrase(v)) return true;
  if (v.includes(MARKER_PREFIX.slice(1)) || isPlaceholder(v) || isCodeish(v) || isPublicIdentifier(v)) return false;
  if (/^\d*\*\d*[A-Za-z]/.test(v)) return false;
  if (isMediaFileName(v)) return false;
  if (isMadeOfWords(v)) return /[0-9]/.test(v) && v.length <= 20 && !/\//.test(v) && !/\.[a-z]{2,5}$/i.test(v) || /^pass[ -]?(?:phrase|code)/i.test(keyword) && v.length >= 12;
  return true;
}
function quotedSpan(window, at) {
  const q = window[at - 1];
  if (q !== "`" && q !== "'" && q !== '"' || window[at - 2] === "\\") return void 0;
  const close = window.indexOf(q, at);
  const span = close === -1 ? "" : window.slice(at, close);
  return span.length >= 8 && /^[\x21-\x5b\x5d-\x7e]+$/.test(span) ? span : void 0;
}
function acceptWeak(v) {
  return /[A-Za-z]/.test(v) && /[0-9]/.test(v) && !isMadeOfWords(v) && !isMediaFileName(v) && !isNumberedWord(v) && !isPublicIdentifier(v) && !isIdentifierOfWords(v) && !isPlaceholder(v) && !isCodeish(v) && !v.includes("REDACTED");
}
function weakValueIn(keyword, window, accept) {
  WEAK_TOKEN_RE.lastIndex = 0;
  const action = ACTION_RE.test(keyword);
  for (let w = WEAK_TOKEN_RE.exec(window); w && w.index < WEAK_WINDOW; w = WEAK_TOKEN_RE.exec(window)) {
    if (action && !/(?::|[ \t]\/[ \t]?|[ \t]as[ \t]+[`'"]?[\w.@-]{1,64}[`'"]?[ \t]+(?:with|using)[ \t]+[`'"]?)$/.test(window.slice(0, w.index))) continue;
    if (/(?:\bid|\bids|fingerprint|hash|digest)[ \t]*[:=#]?[ \t]*$/i.test(window.slice(0, w.index))) continue;
    const value = quotedSpan(window, w.index) ?? w[0].replace(/[.,:;]+$/, "");
    const rest = value === w[0] ? ESCAPED_REST_RE.exec(window.slice(w.index + value.length))?.[0] ?? "" : "";
    if (accept(value + rest.replace(/\\"/g, ""))) return [w.index, w.index + value.length + rest.length];
  }
  return null;
}
var QUERY_REST_RE = /^[^\s"'`<>#]{0,2048}/;
function strongParameters(text, start, strong) {
  const rest = QUERY_REST_RE.exec(text.slice(start, start + 2048))[0];
  const cuts = [];
  for (const p of rest.matchAll(/&[\w.~-]{1,64}=([^&]+)/dg)) {
    const [from, to] = p.indices[1];
    if (strong(p[1])) cuts.push([start + from, start + to]);
  }
  return cuts;
}
function redactProse(text, tally) {
  const cuts = [];
  const strongValue = memoized(acceptStrong);
  const weakValue = memoized(acceptWeak);
  const weakIn = memoized((keyword, window) => weakValueIn(keyword, window, weakValue));
  const kept = keptTest(text);
  KEYWORD_RE2.lastIndex = 0;
  for (let m = KEYWORD_RE2.exec(text); m; m = KEYWORD_RE2.exec(text)) {
    if (!isKeywordWord(m[0])) continue;
    const behind = text.slice(Math.max(0, m.index - 48), m.index);
    if (behind.lastIndexOf(MARKER_PREFIX) > behind.lastIndexOf("]")) continue;
    const after = m.index + m[0].length;
    if (inResourceName(text, m.index)) continue;
    if (text[m.index - 1] === "/" && /[/?#&]/.test(text[after] ?? "") || /^\.[A-Za-z]/.test(text.slice(after, after + 2))) continue;
    SEPARATOR_RE.lastIndex = after;
    const sep = SEPARATOR_RE.exec(text);
    if (/_secret$/i.test(m[0]) && sep && /[:=]/.test(sep[0])) continue;
    if (/^pass(?:es)?$/i.test(m[0]) && !(m[0].length === 4 && sep && /^["']?[ \t]*[:=：][ \t]*$/.test(sep[0]))) continue;
    const ambiguous = AMBIGUOUS_RE.test(m[0]);
    let sepLength = sep?.[0].length;
    let qualified = false;
    if (sepLength === void 0 || /^[ \t]+(?:(?:is|was)[ \t]+)?$/.test(sep[0])) {
      QUALIFIER_RE.lastIndex = after;
      const q = QUALIFIER_RE.exec(text);
      if (q) sepLength = q[0].length;
      qualified = q !== null;
    }
    if (sepLength === void 0 && /[「『【]/.test(text[after] ?? "")) sepLength = 0;
    const account = ACCOUNT_RE.test(m[0]);
    if (account && !qualified) continue;
    if (sepLength !== void 0 && !ACTION_RE.test(m[0])) {
      VALUE_RE.lastIndex = after + sepLength;
      const v = VALUE_RE.exec(text);
      if (v) {
        const value = trimValue(v[2]);
        const start = after + sepLength + v[1].length;
        if (startsWithMarkedValue(text.slice(start, start + 80))) continue;
        if (/[?&]/.test(text[m.index - 1] ?? "") && startsWithKeptParameter(text.slice(start, start + 80))) {
          cuts.push(...strongParameters(text, start, (p) => strongValue(p, m[0])));
          continue;
        }
        const closed = v[1] !== "" && STOP.test(text[start + value.length] ?? "") && /["'”’」』`]/.test(text[start + value.length] ?? "");
        const quotedWord = closed && /^(?:pass\w|pw)|密码|口令/i.test(m[0]) && value.length >= 6 && /^[a-z]+$/.test(value) && !isPlaceholder(value);
        const bracketed = closed && /[」』】]/.test(text[start + value.length]) && value.length >= 8 && /[a-z]/.test(value) && /[A-Z]/.test(value) && !isMadeOfWords(value) && !isPlaceholder(value);
        const strong = (strongValue(value, m[0]) || isLetterPassword(value, m[0])) && !(ambiguous && (isMadeOfWords(value) || isIdentifierOfWords(value))) && !WIFI_RE.test(m[0]) && (!account || hasPasswordSymbols(value) || looksRandom(value));
        if (strong || quotedWord || bracketed) {
          const end = start + lineEndToken(text, start, value, v[1]).length;
          cuts.push([start, end]);
          KEYWORD_RE2.lastIndex = end;
          continue;
        }
        PAIR_RE.lastIndex = start;
        const pair2 = /^cred/i.test(m[0]) || WIFI_RE.test(m[0]) ? PAIR_RE.exec(text) : null;
        const second = pair2 ? trimValue(pair2[1]) : "";
        const wifi = WIFI_RE.test(m[0]);
        const wifiPassword = second.length >= 8 && /[A-Za-z]/.test(second) && ((second.match(/\d/g) ?? []).length >= 3 || /\d/.test(second) && !isMadeOfWords(second)) && !isPlaceholder(second) && !isCodeish(second);
        if (pair2 && (wifi ? wifiPassword : strongValue(second, "password"))) {
          const at = PAIR_RE.lastIndex - pair2[1].length;
          cuts.push([at, at + second.length]);
          KEYWORD_RE2.lastIndex = at + second.length;
          continue;
        }
      }
    }
    if (/^[a-z]+_?(?:secret|token)$/i.test(m[0]) && !/^(?:secret|token)$/i.test(m[0])) continue;
    if (account || /^key$/i.test(m[0])) continue;
    if (WIFI_RE.test(m[0])) continue;
    const base = Math.max(0, m.index - 160);
    const lead = CONNECTOR_RE.test(text.slice(Math.max(0, m.index - 24), m.index)) ? VALUE_BEFORE_RE.exec(text.slice(base, m.index)) : null;
    if (lead && !ACTION_RE.test(m[0]) && strongValue(lead[1], m[0]) && !isMadeOfWords(lead[1])) {
      const at = base + lead.index + lead[0].indexOf(lead[1]);
      cuts.push([at, at + lead[1].length]);
    }
    const named2 = lead ? null : bracketedBefore(text, m.index);
    if (named2 && !ACTION_RE.test(m[0]) && strongValue(text.slice(...named2), m[0]) && !isMadeOfWords(text.slice(...named2))) cuts.push(named2);
    const ahead = text.slice(after, after + WEAK_WINDOW + 128);
    const window = ahead.slice(0, (ahead.indexOf("\n") + 1 || ahead.length + 1) - 1);
    if (!WEAK_HEAD_RE.test(window.slice(0, WEAK_WINDOW + 7))) continue;
    const weak = weakIn(m[0], window);
    if (weak) cuts.push([after + weak[0], after + weak[1]]);
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
var ANNOUNCE_RE = /(?:pass(?:word|wd|phrase|code)|pwd|pw|密码|口令|密钥|秘钥)[^\n]{0,40}(?:发(?:给)?你了?|给你|如下|在下面|见下|[:：]|\bbelow\b)[ \t]*$|(?:here(?:'s| is)|sending|sent)[^\n]{0,24}(?:pass(?:word|wd|phrase|code)|pwd|pw)\b/i;
var SPEAKER_RE = /^(?:\[[^\]\n]{1,32}\][ \t]*)?(?:<[^>\n]{1,32}>|[^\s:：]{1,32}[:：])[ \t]*/;
var SPEAKER_LINE_RE = /^[^\s:：]{1,32}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?[ \t]*$/i;
var MAX_BLANK = 2;
var SERVICE_COLUMN_RE = /^[\w.-]{1,40}[ \t]*\|[ \t]?/;
function chatPrefix(line) {
  const service = SERVICE_COLUMN_RE.exec(line)?.[0].length ?? 0;
  return service + prefixLength(line.slice(service));
}
function redactChatAnswers(text, tally) {
  if (!/[?？:：]|密码|口令|密钥|秘钥|below|here|sen[dt]/i.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    let a = i - 1;
    while (a > 0 && i - a <= MAX_BLANK && lines[a].slice(chatPrefix(lines[a])).trim() === "") a--;
    let asked = lines[a];
    if (SPEAKER_LINE_RE.test(asked.trim()) && a >= 1) asked = lines[a - 1];
    const content = asked.slice(chatPrefix(asked));
    if (!QUESTION_RE.test(content) && !ANNOUNCE_RE.test(content)) continue;
    const line = lines[i];
    const head = chatPrefix(line);
    const speaker = SPEAKER_RE.exec(line.slice(head));
    const start = head + (speaker?.[0].length ?? 0);
    const answer = line.slice(start).trim();
    if (!/^[\x21-\x7e]{6,128}$/.test(answer) || !acceptStrong(answer, "password")) continue;
    lines[i] = `${line.slice(0, start)}${line.slice(start).replace(answer, tally.add("password", answer))}`;
  }
  return lines.join("\n");
}

// src/redact/text-index.ts
var LINE_BACK = 256;
var TextIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  next = /* @__PURE__ */ new Map();
  lastAt = -1;
  lastStart = -1;
  /** `text.indexOf(ch, from)`, answered from the last search for `ch` while `from` has not passed its hit. */
  indexOf(ch, from) {
    const memo = this.next.get(ch);
    if (memo && memo.from <= from && (memo.at === -1 || memo.at >= from)) return memo.at;
    const at = this.text.indexOf(ch, from);
    this.next.set(ch, { from, at });
    return at;
  }
  /**
   * The start of the line holding `at` when at most LINE_BACK characters back, else -1. The walk back stops at the
   * previous position asked about, whose answer holds for this one when no newline lies between them.
   */
  lineStart(at) {
    const text = this.text;
    const known2 = this.lastAt !== -1 && this.lastAt <= at;
    const stop = Math.max(0, at - LINE_BACK, known2 ? this.lastAt : 0);
    let i = at;
    while (i > stop && text.charCodeAt(i - 1) !== 10) i--;
    let start;
    if (i === 0 || text.charCodeAt(i - 1) === 10) start = i;
    else if (known2 && i === this.lastAt && this.lastStart !== -1 && at - this.lastStart <= LINE_BACK) start = this.lastStart;
    else start = -1;
    this.lastAt = at;
    this.lastStart = start;
    return start;
  }
};

// src/redact/calls.ts
var CALL_RE = /(?<![\w$])(?<callee>Transport\.send|[A-Za-z_$][\w$]{0,63})(?:(?:->|::|\.)(?:__construct|__init__|create|new|of|start))?(?:\[[\w., ]{1,40}\]|<[\w., ]{1,40}>)?(?:[ \t]*\(|(?<bare>[ \t]+)(?=["':]))/g;
var TUPLE_RE = /(?<![\w$])(?:auth|basic_?auth|http_?auth|credentials?|creds)["']?[ \t]*(?:=>|=|:)[ \t]*([([])/gi;
var MAX_ARGS = 600;
function diffSide(index, at) {
  const start = index.lineStart(at);
  const c = start === -1 ? "" : index.text[start];
  return c === "+" || c === "-" ? c : "";
}
var occursBefore = (index, ch, from, limit) => {
  const at = index.indexOf(ch, from);
  return at !== -1 && at < limit;
};
function argumentsAt(index, from, close = ")") {
  const text = index.text;
  const args = [];
  const limit = Math.min(text.length, from + MAX_ARGS);
  const endsWithText = close === "\n" && limit === text.length;
  if (!endsWithText && !occursBefore(index, ",", from, limit) && !occursBefore(index, close, from, limit)) return null;
  const other = { "+": "-", "-": "+" }[diffSide(index, from)];
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
  if (close === "\n" && limit === text.length && depth === 0) return [...args, argument(text, argStart, limit)];
  return depth > 0 && args.length > 0 ? args : null;
}
function argument(text, start, end) {
  const m = /^\s*(?:(?<=\n)[+-])?\s*(?:@|[bru])?(["'`])((?:\\.|(?!\1)[^\\\n])*)\1(?:\.\w{1,32}\(\))?\s*$/.exec(text.slice(start, end));
  if (!m) return { start, end, literal: false };
  const at = start + m[0].indexOf(m[1]) + 1;
  return { start: at, end: at + m[2].length, literal: true };
}
function passwordLike(v) {
  if (APP_PASSWORD_RE.test(v)) return true;
  if (v.length < 6 || v.length > 128 || /\s/.test(v) || isPlaceholder(v) || v.includes(MARKER_PREFIX)) return false;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(v) || /^[a-z][\w+.-]*:/i.test(v) || /^[./~\\]/.test(v)) return false;
  if (isPassphrase(v)) return true;
  if (/^[A-Za-z]+$/.test(v)) return areGeneratedLetters(v);
  if (!/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) return false;
  return !isMadeOfWords(v) || /[A-Za-z]{3,}\d{2,}$/.test(v) && v.length <= 20 || hasPasswordSymbols(v);
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
function callSecrets(text, callee, args) {
  if (PAIR_CALL_RE.test(callee)) return pairedSecrets(text, args);
  const keyIndex = KEY_CALLS.get(callee.toLowerCase());
  const found = [];
  for (let i = keyIndex === 0 ? 0 : 1; i < args.length; i++) {
    const a = args[i];
    if (!a.literal) continue;
    const value = text.slice(a.start, a.end);
    const secret = keyIndex !== void 0 ? i === keyIndex && keyLike(value) : found.length === 0 ? passwordLike(value) : keyLike(value);
    if (secret) found.push([a.start, a.end]);
  }
  return found;
}
function typedSecrets(index) {
  const text = index.text;
  const found = [];
  INPUT_CALL_RE.lastIndex = 0;
  for (let m = INPUT_CALL_RE.exec(text); m; m = INPUT_CALL_RE.exec(text)) {
    const args = argumentsAt(index, INPUT_CALL_RE.lastIndex);
    const value = args?.[args.length - 1];
    if (!args || args.length > 2 || !value?.literal || !passwordLike(text.slice(value.start, value.end))) continue;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const field2 = args.length === 2 ? text.slice(args[0].start, args[0].end) : before.slice(before.lastIndexOf("\n") + 1);
    if (SECRET_FIELD_RE.test(field2)) found.push([value.start, value.end]);
  }
  FILL_IN_RE.lastIndex = 0;
  for (let m = FILL_IN_RE.exec(text); m; m = FILL_IN_RE.exec(text)) {
    const { field: field2, value } = m.groups;
    const start = m.index + m[0].length - 1 - value.length;
    if (SECRET_FIELD_RE.test(field2) && passwordLike(value)) found.push([start, start + value.length]);
  }
  return found;
}
function redactCredentialArguments(text, tally) {
  const cuts = [];
  const index = new TextIndex(text);
  const nimDb = text.includes("db_") && NIM_DB_IMPORT_RE.test(text);
  CALL_RE.lastIndex = 0;
  for (let m = CALL_RE.exec(text); m; m = CALL_RE.exec(text)) {
    const callee = m.groups.callee;
    const login = CREDENTIAL_CALL_RE.test(callee) || nimDb && callee === "open";
    if (!KEY_CALLS.has(callee.toLowerCase()) && !PAIR_CALL_RE.test(callee) && !login && !PASSWORD_ONLY_CALL_RE.test(callee)) continue;
    const args = argumentsAt(index, CALL_RE.lastIndex, m.groups.bare === void 0 ? ")" : "\n");
    if (args !== null && (args.length >= 2 || KEY_CALLS.get(callee.toLowerCase()) === 0)) cuts.push(...callSecrets(text, callee, args));
    const only = args?.length === 1 && PASSWORD_ONLY_CALL_RE.test(callee) ? args[0] : void 0;
    if (only?.literal && passwordLike(text.slice(only.start, only.end))) cuts.push([only.start, only.end]);
  }
  TUPLE_RE.lastIndex = 0;
  for (let m = TUPLE_RE.exec(text); m; m = TUPLE_RE.exec(text)) {
    const args = argumentsAt(index, TUPLE_RE.lastIndex, m[1] === "(" ? ")" : "]");
    const secret = args?.length === 2 && args[0].literal && args[1].literal ? args[1] : void 0;
    if (secret && passwordLike(text.slice(secret.start, secret.end))) cuts.push([secret.start, secret.end]);
  }
  cuts.push(...typedSecrets(index));
  return tally.cut(text, cuts, "password");
}

// src/redact/sexp-calls.ts
var FORM_RE = /\((?:[\w.-]{1,32}(?::{1,2}|\/))?(?<callee>[A-Za-z][\w-]{0,63})(?<args>(?:[ \t]*\r?\n?[ \t]*"(?:[^"\\\n]|\\.){0,256}"){2,6})/g;
var STRING_RE = /"((?:[^"\\\n]|\\.){0,256})"/g;
function redactFormCredentials(text, tally) {
  if (!text.includes("(") || !text.includes('"')) return text;
  return text.replace(FORM_RE, (match, ...rest) => {
    const g = rest[rest.length - 1];
    if (!CREDENTIAL_CALL_RE.test(g.callee)) return match;
    const head = match.length - g.args.length;
    let index = 0;
    let done = false;
    const args = g.args.replace(STRING_RE, (lit, value) => {
      if (index++ === 0 || done || !passwordLike(value)) return lit;
      done = true;
      return `"${tally.add("password", value)}"`;
    });
    return match.slice(0, head) + args;
  });
}

// src/redact/chat-followups.ts
var NAMES_PASSWORD_RE = /pass(?:word|wd|phrase|code)|(?<![A-Za-z])(?:pwd|pw)(?![A-Za-z])|密码|口令/i;
var GIVEN_RE = /(?:^|[\s:：,，.。;；—-])(?:it'?s|it[ \t]+is|that'?s|that[ \t]+is|i[ \t]+meant|should[ \t]+be|(?:the[ \t]+)?(?:right|correct|new)[ \t]+one[ \t]+is|应该是|正确的是|是这个|其实是)[ \t]*[:：]?[ \t]*([\x21-\x7e]{6,128})/gi;
var REACH = 3;
function isGiven(value) {
  return !value.includes(MARKER_PREFIX) && !isPlaceholder(value) && !isMadeOfWords(value) && acceptStrong(value, "password") && (hasPasswordSymbols(value) || looksRandom(value) || /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value));
}
function redactChatFollowups(text, tally) {
  if (!NAMES_PASSWORD_RE.test(text)) return text;
  const lines = text.split("\n");
  let named2 = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    if (i - named2 <= REACH && i !== named2) {
      lines[i] = lines[i].replace(GIVEN_RE, (m, raw) => {
        const value = raw.replace(/[.,;:!?]+$/, (p) => /[.,;:]/.test(p) ? "" : p);
        return isGiven(value) ? m.replace(value, tally.add("password", value)) : m;
      });
    }
    if (NAMES_PASSWORD_RE.test(lines[i])) named2 = i;
  }
  return lines.join("\n");
}

// src/redact/rule-cuts.ts
function cutRuleSecrets(text, rules, tally, accept, kind = "password") {
  for (const rule of rules) {
    if (!rule.needle.test(text)) continue;
    text = text.replace(rule.re, (...args) => {
      const match = args[0];
      const [offset, input, groups] = args.slice(-3);
      const secret = groups.secret ?? "";
      const at = match.indexOf(secret, (groups.pre ?? "").length);
      if (!accept({ match, groups, secret, at, offset, input }, rule)) return match;
      return `${match.slice(0, at)}${tally.add(rule.kind ?? kind, secret)}${match.slice(at + secret.length)}`;
    });
  }
  return text;
}

// src/redact/commands.ts
var VAL = String.raw`(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,256}(?=')|(?<=")[^"\n]{1,256}(?=")|(?<!['"])[^\s'"][^\s]{0,255})\k<q>`;
var secretName = (name) => {
  const c = categorize(name ?? "");
  return c === "password" || c === "secret";
};
var usable = (v) => !isPlaceholder(v.replace(/[,.;:]+$/, "")) && !v.includes(MARKER_PREFIX) && !/^[$%]/.test(unmarked(v)) && /[A-Za-z0-9]/.test(v) && !/^[a-z]{1,3}$/.test(v) && !PROSE_WORDS.has(v);
var PROSE_WORDS = /* @__PURE__ */ new Set(["and", "the", "with", "flag", "option", "options", "argument", "arguments"]);
var literal = (v) => v !== void 0 && v.length >= 4 && !/^[a-z]+$/.test(v);
var weakGenerated = (name, v) => categorize(name ?? "") === "weak" && v !== void 0 && (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v) || looksGenerated(v)) && !isMadeOfWords(v);
var notWords = (v) => literal(v) && !isMadeOfWords(v);
function directiveValue(name, v) {
  const category = categorize(name);
  if (category === "secret") return (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v)) && !isMadeOfWords(v) || v.length >= 8 && isHandSetSecret(v);
  if (category !== "password" || v.length < 6 || !/[^A-Za-z]/.test(v) || /[()]$|^(?:scram-sha-256|md5|sha(?:1|256|512)?|bcrypt|argon2(?:i|d|id)?|pbkdf2(?:-sha\d+)?|crypt|plain|none)$/i.test(v)) return false;
  return !isMadeOfWords(v) || isPassphrase(v) || hasPasswordSymbols(v);
}
var flag = (tools, flags) => new RegExp(String.raw`(?<pre>[ \t](?:${flags}))(?<=(?<![\w-])(?:${tools})\b[^\n\x60|;&]{0,400})${VAL}`, "g");
var STDIN_SECRET_SRC = String.raw`(?:--password-stdin|\bsecrets?\b|\bstore-secret\b|\bsecret[ \t]+(?:put|set|create|add)\b|\bvariable[ \t]+set\b|\benv[ \t]+add\b|\bpass[ \t]+insert\b|\bkv[ \t]+put\b)`;
var HTPASSWD_FLAGS = String.raw`(?:[ \t]+-[a-zA-Z]{1,8}(?:[ \t]+\d{1,3})?){0,4}?[ \t]+-[a-zA-Z]{0,7}b[a-zA-Z]{0,7}(?:[ \t]+-[a-zA-Z]{1,8}){0,4}`;
var PRINT_FLAG_RE = /-[a-zA-Z]*n/;
var ROUTING_NAME_RE = /^[a-z]+(?:\.[a-z]+)+$/;
var MC_OPTS = String.raw`(?:--?[\w-]{1,32}[ \t]+)*`;
var RULES = [
  // mysql -pSECRET / -p'SECRET' (a bare -p prompts; -P is the port).
  { needle: /mysql|mariadb/, re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b[^\n]{0,200}?[ \t]-p)${VAL}`, "g") },
  { needle: /sshpass/, re: flag("sshpass", String.raw`-p[ \t]*`) },
  { needle: /login/, re: flag(String.raw`(?:docker|podman|buildah|skopeo|helm|oras|nerdctl|conan[ \t]+remote)(?:[ \t]+registry)?[ \t]+login`, String.raw`(?:-p|--password)(?:[ \t]+|=)`) },
  { needle: /cqlsh|mongo/, re: flag("cqlsh|mongo|mongosh", String.raw`(?:-p|--password)[ \t]+`) },
  { needle: /redis-cli/, re: flag("redis-cli", String.raw`-a[ \t]+`) },
  // Server management controllers: ipmitool -P (its -p is the port), Dell racadm -p.
  { needle: /ipmitool/, re: flag("ipmitool", String.raw`-P[ \t]+`) },
  { needle: /racadm/, re: flag("racadm", String.raw`-p[ \t]+`) },
  // Mosquitto's MQTT clients: -u user -P password.
  { needle: /mosquitto_/, re: flag("mosquitto_(?:pub|sub|rr)", String.raw`-P[ \t]+`) },
  { needle: /sqlcmd|bcp|osql|isql/, re: flag("sqlcmd|bcp|osql|isql", String.raw`-P[ \t]*`) },
  // unixODBC's isql DSN user password (lower-case flags such as -v before the DSN).
  { needle: /isql/, re: new RegExp(String.raw`(?<pre>(?<![\w-])isql(?:[ \t]+-[a-z][\w-]{0,16})*[ \t]+[^\s-]\S{0,127}[ \t]+[^\s-]\S{0,127}[ \t]+)${VAL}`, "g"), accept: (g) => notWords(g.secret) },
  { needle: /ldap/, re: flag(String.raw`ldap(?:search|add|modify|delete|whoami|passwd|compare)`, String.raw`-w[ \t]+`) },
  // OMERO's CLI: `omero login -s host -u user -w password`.
  { needle: /omero/, re: flag(String.raw`omero[ \t]+login`, String.raw`-w[ \t]+|--password(?:[ \t]+|=)`) },
  { needle: /pass/, re: flag("keytool|jarsigner", String.raw`-(?:src|dest|new)?(?:store|key)?pass[ \t]+`) },
  // lftp -u user,password.
  { needle: /lftp/, re: flag("lftp", String.raw`-u[ \t]+['"]?[^\s,'"]{1,64}['"]?,`) },
  { needle: /pass:/, re: new RegExp(String.raw`(?<pre>(?<![\w-])-pass(?:in|out)?[ \t]+pass:)${VAL}`, "g") },
  { needle: /zip|7z/, re: flag(String.raw`zip|unzip|7z|7za`, String.raw`-P[ \t]*|-p(?=\S)`) },
  { needle: /smbclient|-U/, re: new RegExp(String.raw`(?<pre>(?<![\w-])smbclient\b[^\n]{0,200}?[ \t]-U[ \t]*['"]?[^\s%'"]{1,64}%)(?<secret>[^\s'"]{1,256})`, "g") },
  { needle: /\/user:/i, re: new RegExp(String.raw`(?<pre>(?<![\w-])net[ \t]+use\b[^\n]{0,200}?/user:\S{1,128}[ \t]+)${VAL}`, "gi") },
  // htpasswd -b file user password; -nb prints the entry instead of writing a file: user, then password. The flags
  // may come apart (`-b -c`, `-B -b`), so the -b and the -n are looked for among all of them.
  { needle: /htpasswd/, re: new RegExp(String.raw`(?<pre>(?<![\w-])htpasswd(?<flags>${HTPASSWD_FLAGS})[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), accept: (g) => PRINT_FLAG_RE.test(g.flags) },
  { needle: /htpasswd/, re: new RegExp(String.raw`(?<pre>(?<![\w-])htpasswd(?<flags>${HTPASSWD_FLAGS})[ \t]+\S{1,256}[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), accept: (g) => !PRINT_FLAG_RE.test(g.flags) },
  // SteamCMD logs in with `+login <user> <password>` (`+login anonymous` or a user alone prompts).
  { needle: /\+login/, re: new RegExp(String.raw`(?<pre>(?<![\w-])steamcmd(?:\.sh|\.exe)?\b[^\n]{0,200}?[ \t]\+login[ \t]+[^\s+]\S{0,63}[ \t]+)${VAL}`, "g"), accept: (g) => !g.secret.startsWith("+") },
  // Windows: net user <name> <password> /add (`*` prompts; `/delete` and other switches are no password).
  { needle: /net[ \t]+user/i, re: new RegExp(String.raw`(?<pre>(?<![\w-])net[ \t]+user[ \t]+\S{1,128}[ \t]+)${VAL}`, "gi"), accept: (g) => !g.secret.startsWith("/") },
  // Uploaders and deployers whose -t is the token: codecov -t <uuid>, vercel -t <token>.
  { needle: /codecov|vercel/, re: flag(String.raw`codecov(?:cli)?|vercel`, String.raw`-t[ \t]+`) },
  // CI secret stores that take the value as a flag: drone secret add --data, woodpecker-cli secret add --value
  // (`--data @file` reads a file).
  {
    needle: /secret/,
    re: flag(String.raw`(?:drone[ \t]+(?:org)?secret|woodpecker-cli[ \t]+(?:org[ \t]+|repo[ \t]+|global[ \t]+)?secret)[ \t]+(?:add|update)`, String.raw`--(?:data|value)(?:[ \t]+|=)`),
    accept: (g) => !g.secret.startsWith("@") && !g.secret.startsWith("-")
  },
  // aws kms encrypt --plaintext '…': the data the command encrypts, a secret by its purpose (`fileb://` names a file).
  { needle: /kms/, re: flag(String.raw`aws[ \t]+kms[ \t]+encrypt`, String.raw`--plaintext(?:[ \t]+|=)`), accept: (g) => !/^fileb?:\/\//.test(g.secret) },
  // MinIO's client: `mc alias set <alias> <url> <access-key> <secret-key>` (formerly `mc config host add`); the access
  // key is an id and stays.
  {
    needle: /mc/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:mc|mcli)[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+${MC_OPTS}[^\s-]\S{0,127}[ \t]+\S{1,512}[ \t]+[^\s-]\S{0,255}[ \t]+)${VAL}`, "g"),
    accept: (g) => !g.secret.startsWith("-"),
    kind: "secret"
  },
  { needle: /rabbitmqctl/, re: new RegExp(String.raw`(?<pre>(?<![\w-])rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,128}[ \t]+)${VAL}`, "g") },
  { needle: /--from-literal|--set/, re: new RegExp(String.raw`(?<pre>(?:--from-literal=|--set(?:-string)?[ \t]+)(?<name>[\w.-]{1,128})=)${VAL}`, "g"), accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret) },
  // Apache `RequestHeader set X-Upstream-Key "…"`, nginx `set $api_secret "…";`, Tcl `set ::env(API_TOKEN) "…"`: a "key" name says secret when the value is generated; a token is
  // never a dotted name of lower-case words ("orders.created" under a routing key); passphrases are still values.
  { needle: /\bset\b/, re: new RegExp(String.raw`(?<pre>(?<![\w-])set[ \t]+(?:\$|(?:::)?env\()?(?<name>[A-Za-z_][\w.-]{0,127})\)?[ \t]+)${VAL}`, "g"), accept: (g) => !g.secret.startsWith("-") && (secretName(g.name) && literal(g.secret) && !ROUTING_NAME_RE.test(g.secret) || weakGenerated(g.name, g.secret)) },
  // .pgpass: host:port:database:user:password (a colon or backslash in the password is escaped).
  // On its own line, or as a whole string literal.
  { needle: /:(?:\d{1,5}|\*):[^\s:"'\x60]{1,128}:[^\s:"'\x60]{1,128}:/, re: new RegExp(String.raw`(?<pre>(?:^${LINE_PREFIX_SRC}|(?<=["'\x60]))[A-Za-z0-9.*_\[\]-]{1,253}:(?:\d{1,5}|\*):[^\s:"'\x60]{1,128}:[^\s:"'\x60]{1,128}:)(?<secret>(?:[^\s:\\"'\x60]|\\.){1,256})(?=[ \t]*$|["'\x60])`, "gm") },
  // Dockerfile ENV NAME value (the legacy form without `=`).
  { needle: /ENV|ARG/, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:ENV|ARG)[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+)(?<secret>[^\s=\\][^\n\\]{0,255}?)[ \t]*\\?[ \t]*$`, "gm"), accept: (g) => secretName(g.name) && literal(g.secret) },
  // <add key="…" value="…"/> (.NET), <property name="password" value="…"/> (Spring), <env name="…" value="…"/>.
  { needle: /value=/, re: new RegExp(String.raw`(?<pre>(?:key|name)=(?<kq>["'])(?<name>[^"'\n]{1,64})\k<kq>[ \t]+value=(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`, "g"), accept: (g) => secretName(g.name) && literal(g.secret) },
  // Hadoop-style XML properties (hive-site, core-site, oozie-site): <name>…Password</name> then <value>…</value>.
  {
    needle: /<value>/,
    re: new RegExp(String.raw`(?<pre><name>[ \t]*(?<name>[\w.-]{1,128})[ \t]*</name>[\s+]{0,64}<value>[ \t]*)(?<secret>[^<\s][^<\n]{0,511}?)[ \t]*</value>`, "g"),
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret)
  },
  // CI servers' XML (GoCD's `<variable name="DEPLOY_PASSWORD"><value>…</value></variable>`) and Ant-style params: the
  // name is an attribute and the value a child element.
  {
    needle: /<value>/,
    re: new RegExp(String.raw`(?<pre><[A-Za-z][\w.-]{0,63}[ \t]+(?:[^<>\n]{0,128}?[ \t])?name=(?<kq>["'])(?<name>[\w.-]{1,128})\k<kq>[^<>\n]{0,128}>\s{0,64}<value>[ \t]*)(?<secret>[^<\s][^<\n]{0,511}?)[ \t]*</value>`, "g"),
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret)
  },
  // An XML element named for a secret that carries attributes: FileZilla's `<Pass encoding="base64">…</Pass>` (base64
  // is an encoding, not a protection), `<password type="plain">…</password>`.
  {
    needle: /<\/\w/,
    re: new RegExp(String.raw`(?<pre><(?<name>[A-Za-z][\w.-]{0,63})[ \t]+[^<>\n]{1,128}>)(?<secret>[^<\s][^<\n]{0,511})</\k<name>>`, "g"),
    accept: (g) => secretName(g.name) && literal(g.secret)
  },
  // Java config XML that names the setting in an attribute and holds the value as text: Confluence's
  // `<property name="hibernate.connection.password">…</property>`, `<entry key="db.password">…</entry>`, Guacamole's
  // `<param name="password">…</param>`.
  {
    needle: /<\/\w/,
    re: new RegExp(String.raw`(?<pre><(?<tag>[A-Za-z][\w.-]{0,63})[ \t]+(?:[^<>\n]{0,128}?[ \t])?(?:name|key)=(?<kq>["'])(?<name>[\w.-]{1,128})\k<kq>[^<>\n/]{0,128}>)(?<secret>[^<\s][^<\n]{0,511})</\k<tag>>`, "g"),
    // One printable token: Android's `<string name="password_too_short">…</string>` holds a sentence for the UI.
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret) && /^[\x21-\x7e]+$/.test(g.secret)
  },
  // A JSON value wrapped in a one-element list (Keycloak component config: `"bindCredential": ["…"]`).
  {
    needle: /\[/,
    re: new RegExp(String.raw`(?<pre>"(?<name>[\w.-]{1,128})"[ \t]*:[ \t]*\[[ \t]*")(?<secret>[^"\n]{1,512})"[ \t]*\]`, "g"),
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret)
  },
  // FTP scripts: the `user NAME PASSWORD` subcommand (ftp -n heredocs, REXX queue lines), where FTP is named.
  {
    needle: /ftp/i,
    re: new RegExp(String.raw`(?<pre>(?:^${LINE_PREFIX_SRC}|(?<=^[ \t]*queue[ \t]+["']))user[ \t]+[^\s"']{1,64}[ \t]+)(?<secret>[^\s"']{1,128})(?=["']?[ \t]*\r?$)`, "gmi"),
    accept: (g) => notWords(g.secret) && /[^A-Za-z]/.test(g.secret)
  },
  // Odin and Jai constants: `HMAC_KEY :: "…"` (Haskell's `name :: Type` has no literal).
  {
    needle: /::/,
    re: new RegExp(String.raw`(?<pre>(?<![\w$])(?<name>[A-Za-z_]\w{0,63})[ \t]*::[ \t]*(?<q>["\x60]))(?<secret>[^"\x60\n]{1,512})\k<q>`, "g"),
    accept: (g) => secretName(g.name) && notWords(g.secret) || weakGenerated(g.name, g.secret)
  },
  // COBOL data items: `05 WS-DB-PASS PIC X(16) VALUE '…'.`
  {
    needle: /PIC/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?<name>[A-Za-z][\w-]{0,30})[ \t]+PIC(?:TURE)?[ \t]+[^\s]{1,32}[ \t]+VALUE[ \t]+(?<q>['"]))(?<secret>[^'"\n]{1,256})\k<q>`, "g"),
    accept: (g) => secretName(g.name) && literal(g.secret)
  },
  // RACF: `ALTUSER id PASSWORD(…)`, `ADDUSER id PASSWORD(…)`, `PHRASE('…')`.
  {
    needle: /PASSWORD\(|PHRASE\(/i,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:ALTUSER|ADDUSER|ALU|AU)[ \t]+[^\n]{0,200}?\b(?:PASSWORD|PHRASE)\([ \t]*(?<q>'?))(?<secret>[^'()\s][^'()\n]{0,99})\k<q>[ \t]*\)`, "gi")
  },
  // ('DB_PASSWORD', '…') pairs: define(), env() with a fallback, config tuples. A passphrase counts under a password name.
  {
    needle: /,/,
    re: new RegExp(String.raw`(?<pre>(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>[ \t]*,[ \t]*(?<q>["']))(?<secret>[^\s"'][^"'\n]{3,511})\k<q>`, "g"),
    // Spaces inside only for a generated value: WordPress salts (`define('LOGGED_IN_KEY', '…')`) use every character.
    accept: (g) => !/\s/.test(g.secret) && secretName(g.name) && (notWords(g.secret) || categorize(g.name) === "password" && isPassphrase(g.secret)) || weakGenerated(g.name, g.secret)
  },
  // Config directives `name value` alone on a line: redis.conf `requirepass …`, Apache `SetEnv NAME value`, csh
  // `setenv NAME value`, nginx `fastcgi_param NAME value;`.
  {
    needle: /[ \t]/,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:(?:SetEnv|setenv|fastcgi_param|uwsgi_param|scgi_param|env)[ \t]+)?(?<name>[A-Za-z_][\w.-]{0,63})[ \t]+(?<q>["']?))(?<secret>[^\s"'=:;{}[\]*&$#(][^\s;"']{3,255})\k<q>[ \t]*(?:;[ \t]*)?\r?$`, "gm"),
    accept: (g) => directiveValue(g.name, g.secret)
  },
  // NTP symmetric key files (chrony.keys, ntp.keys): `<id> <digest> HEX:<key>` or `ASCII:<key>`, and ntpd's `<id> M
  // <key>`; a bare digest type then hex is left alone, being also the shape of a listed checksum.
  {
    needle: /HEX:|ASCII:|[ \t]M[ \t]/,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}[ \t]*\d{1,5}[ \t]+(?:(?:MD5|SHA1|SHA256|SHA384|SHA512|SHA3-\d{3}|RMD160|AES128|AES256|AES128CMAC|AES256CMAC)[ \t]+(?:HEX|ASCII):|M[ \t]+))(?<secret>[^\s#]{4,256})(?=[ \t]*(?:#[^\n]*)?\r?$)`, "gm")
  },
  // Mail credential tables (OpenSMTPD's `table secrets`: `label user@domain:password`; relay and fetch credential
  // lists): a mail address, a colon and a password ending the line. A URL's userinfo puts the password before the `@`;
  // after a copy command (`scp f user@host:dir`) the colon starts a path.
  {
    needle: /@[\w-]+\.[\w.-]+:/,
    re: new RegExp(String.raw`(?<pre>(?:^${LINE_PREFIX_SRC}|^${LINE_PREFIX_SRC}(?!(?:scp|rsync|sftp|ssh|git|clone)[ \t])[^\s:]{1,64}[ \t]+)[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}:)(?<secret>[^\s:@]{6,128})(?=[ \t]*\r?$)`, "gm"),
    accept: (g) => passwordLike(g.secret)
  },
  // C and C++ `#define WIFI_PASSWORD "…"`, and a generated value under a key name (`#define STEAM_WEB_KEY "FC05…"`).
  { needle: /define/, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}#[ \t]*define[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+L?(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`, "gm"), accept: (g) => secretName(g.name) && literal(g.secret) || weakGenerated(g.name, g.secret) },
  // "user:password" being base64-encoded for a Basic header: btoa("…"), "…".bytes.encodeBase64(), "Basic " + "…".
  { needle: /btoa|b64encode|[Bb]ase64|Basic/, re: new RegExp(String.raw`(?<pre>(?<!\w)(?:btoa|b64encode|[Bb]ase64\w{0,24}|encodeToString|EncodeToString|Basic ["'\x60][ \t]*\+)[^\n]{0,48}?(?<q>["'\x60])[\w.@+-]{1,64}:)(?<secret>[^\s"'\x60:]{4,256})\k<q>`, "g"), accept: (g) => notWords(g.secret) },
  { needle: /encodeBase64|getBytes|encode\(|\.bytes/, re: new RegExp(String.raw`(?<pre>(?<q>["'])[\w.@+-]{1,64}:)(?<secret>[^\s"':]{4,256})\k<q>(?=\.(?:bytes\.encodeBase64|getBytes|encode\(|toByteArray))`, "g"), accept: (g) => notWords(g.secret) },
  // A secret-named key holding an object with its value: Spring's /actuator/env, ARM template parameters, and
  // `terraform output -json`, whose outputs marked `"sensitive": true` are secret whatever their name.
  {
    needle: /"value"/,
    re: new RegExp(String.raw`(?<pre>"(?<name>[\w.-]{1,128})"[ \t]*:[ \t]*\{(?<members>[^{}]{0,300}?)"value"[ \t]*:[ \t]*")(?<secret>[^"\n]{1,512})"`, "g"),
    accept: (g) => (secretName(g.name?.split(".").pop()) || /"sensitive"[ \t]*:[ \t]*true/.test(g.members)) && literal(g.secret)
  },
  // Setters: Java's `setPassword("…")` (maybe `.toCharArray()`), Go's `SetPassword("…")`, builders' `withToken("…")`.
  {
    needle: /[Ss]et|[Ww]ith|[Uu]se/,
    re: new RegExp(String.raw`(?<pre>(?<![\w$])(?:[Ss]et|[Ww]ith|[Uu]se)(?<name>[A-Z]\w{0,63})[ \t]*\([ \t]*(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>(?:\.\w{1,24}\(\))?[ \t]*\)`, "g"),
    accept: (g) => secretName(g.name) && (notWords(g.secret) || categorize(g.name) === "password" && (isPassphrase(g.secret) || hasPasswordSymbols(g.secret)))
  },
  // echo 'hunter2' > ~/.vault_pass: a literal written to a file whose name says password or secret.
  {
    needle: /echo|printf/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?)${VAL}(?=[ \t]*(?:>{1,2}|\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?)[ \t]*(?<file>[^\s;&|]{1,256}))`, "g"),
    accept: (g) => secretName(g.file?.split("/").pop()?.replace(/^\.+/, "")) && literal(g.secret)
  },
  // A literal piped or here-stringed into a command that stores or reads a secret from stdin: `echo '…' | gh secret
  // set NAME`, `printf … | docker login --password-stdin`, `gcloud secrets versions add x --data-file=- <<< '…'`.
  {
    needle: /echo|printf/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?)${VAL}(?=[ \t]*\|[^\n|]{0,200}?${STDIN_SECRET_SRC})`, "g"),
    // One token, not words: `echo Hello | grep secrets` greets.
    accept: (g) => notWords(g.secret) && !/\s/.test(g.secret)
  },
  { needle: /<<</, re: new RegExp(String.raw`(?<pre>${STDIN_SECRET_SRC}[^\n|;&]{0,200}?<<<[ \t]*)${VAL}`, "g"), accept: (g) => notWords(g.secret) && !/\s/.test(g.secret) },
  // `--name db-password … --value '…'` (az keyvault secret set, az pipelines variable create, aws ssm put-parameter):
  // the name flag says what the value flag holds.
  {
    needle: /--value/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])--name[ \t=]+["']?(?<name>[^\s"']{1,128})["']?(?:[ \t]+[^\s|;&]{1,128}){0,8}?[ \t]+--value(?:[ \t]+|=))${VAL}`, "g"),
    accept: (g) => secretName(g.name.split(/[/.]/).pop()) && literal(g.secret) && !g.secret.startsWith("-")
  },
  { needle: /SecureString/i, re: new RegExp(String.raw`(?<pre>ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)${VAL}`, "gi") },
  { needle: /hmac/i, re: new RegExp(String.raw`(?<pre>(?:hmac\.new|hmac\.HMAC|HMAC\.new|createHmac\([ \t]*["'][\w-]{1,16}["'][ \t]*,)[ \t]*\(?[ \t]*b?(?<q>["']))(?<secret>[^"'\n]{8,512})\k<q>`, "gi") }
];
function redactCommands(text, tally) {
  return cutRuleSecrets(text, RULES, tally, ({ secret, groups }, rule) => usable(secret) && (!rule.accept || rule.accept(groups)));
}

// src/redact/blocks.ts
var OPEN_RE = /^([+\- ]?[ \t]*)["']?(?:tokens|secrets|passwords|credentials|api_?keys|apikeys|access_?keys)["']?[ \t]*=?[ \t]*(\{|:)[ \t]*$/i;
var INI_OPEN_RE = /^[+\- ]?[ \t]*\[(?:admins|tokens|secrets|passwords|credentials|api_?keys|apikeys|access_?keys)\][ \t]*$/i;
var ENTRY_RE = /^[+\- ]?([ \t]*)["']?[\w.-]{1,64}["']?[ \t]*[:=][ \t]*(["']?)([^"'\s#,{}]{8,512})\2[ \t]*,?[ \t]*$/;
var MAX_BLOCK_LINES = 50;
var generated = (v) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) || /^[0-9a-f]{16,}$/i.test(v) || looksRandom(v));
function redactSecretBlocks(text, tally) {
  if (!/(?:(?:tokens|secrets|passwords|credentials|keys)["']?[ \t]*=?[ \t]*[{:]|^[+\- ]?[ \t]*\[\w+\])[ \t]*\r?$/im.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i].replace(/\r$/, "");
    const ini = INI_OPEN_RE.test(head);
    const open = ini ? null : OPEN_RE.exec(head);
    if (!open && !ini) continue;
    const brace = open?.[2] === "{";
    const indent = ini ? -1 : open[1].replace(/^[+\- ]/, "").length;
    for (let j = i + 1; j < lines.length && j <= i + MAX_BLOCK_LINES; j++) {
      const line = lines[j].replace(/\r$/, "");
      if (blockEnds(line, ini, brace, indent)) break;
      const entry = ENTRY_RE.exec(line);
      if (!entry || !brace && entry[1].length <= indent) continue;
      if (generated(entry[3])) lines[j] = line.replace(entry[3], tally.add("secret", entry[3])) + (lines[j].endsWith("\r") ? "\r" : "");
    }
  }
  return lines.join("\n");
}
function blockEnds(line, ini, brace, indent) {
  if (ini) return /^[+\- ]?[ \t]*\[/.test(line);
  if (brace) return /^[+\- ]?[ \t]*\}/.test(line);
  return line.trim() !== "" && line.replace(/^[+\- ]/, "").search(/\S/) <= indent;
}

// src/redact/block-scalars.ts
var PARENT_RE = /^[+\- ]?([ \t]*)(?:-[ \t]+)?["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*[>|][-+]?[1-9]?[ \t]*\r?$/;
var PIECE_RE2 = /^[+\- ]?([ \t]*)([\x21-\x7e]{1,512})[ \t]*\r?$/;
var MARKER_RE = /^\[REDACTED:[\w-]{1,40}\]$/;
var MAX_PIECES = 16;
function redactBlockScalars(text, tally) {
  if (!/:[ \t]*[>|]/.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const parent = PARENT_RE.exec(lines[i]);
    const category = parent ? categorize(parent[2]) : null;
    if (!parent || category !== "password" && category !== "secret") continue;
    const pieces = [];
    let j = i + 1;
    for (; j < lines.length && pieces.length <= MAX_PIECES; j++) {
      const piece = PIECE_RE2.exec(lines[j]);
      if (!piece || piece[1].length <= parent[1].length) break;
      pieces.push(j);
    }
    i = j - 1;
    if (pieces.length < 2 || pieces.length > MAX_PIECES) continue;
    const values = pieces.map((k) => PIECE_RE2.exec(lines[k])[2]);
    const open = values.filter((v) => !MARKER_RE.test(v));
    const joined = open.join("");
    const anyCut = open.length < values.length;
    if (open.length === 0 || joined.includes(MARKER_PREFIX) || isPlaceholder(joined)) continue;
    if (!(anyCut ? /[A-Za-z]/.test(joined) && /\d/.test(joined) : looksRandom(joined))) continue;
    for (const k of pieces) {
      const value = PIECE_RE2.exec(lines[k])[2];
      if (MARKER_RE.test(value)) continue;
      const at = lines[k].indexOf(value, PIECE_RE2.exec(lines[k])[1].length);
      lines[k] = lines[k].slice(0, at) + tally.add("secret", value) + lines[k].slice(at + value.length);
    }
  }
  return lines.join("\n");
}

// src/redact/continued.ts
var CONTINUED_RE = /(\[REDACTED:[\w-]{1,40}\])(\\\r?\n)([A-Za-z0-9+/=_\-.~!@#$%^&*]{4,4096})/g;
var QUOTED_REST_RE = /(["'])([^"'\n]{0,200}\[REDACTED:[\w-]{1,40}\])(\\?\r?\n)([A-Za-z0-9+/=_\-.~!@#$%^&*]{8,4096})(?=\1)/g;
var SPLIT_RE = /(\[REDACTED:[\w-]{1,40}\]) ([A-Za-z0-9_-]{12,256})(?=[ \t]*\r?$)/gm;
function redactContinued(text, tally) {
  text = text.replace(SPLIT_RE, (m, marker2, rest) => looksRandom(rest) && /[a-z]/.test(rest) && /[A-Z]/.test(rest) && /\d/.test(rest) ? `${marker2} ${tally.add(marker2.slice(MARKER_PREFIX.length, -1), rest)}` : m);
  text = text.replace(QUOTED_REST_RE, (m, quote2, head, lineBreak, rest) => /\d/.test(rest) && /[A-Za-z]/.test(rest) ? `${quote2}${head}${lineBreak}${tally.add(head.slice(head.lastIndexOf(MARKER_PREFIX) + MARKER_PREFIX.length, -1), rest)}` : m);
  if (!text.includes("]\\")) return text;
  return text.replace(CONTINUED_RE, (_, marker2, lineBreak, rest) => {
    return `${marker2}${lineBreak}${tally.add(marker2.slice(MARKER_PREFIX.length, -1), rest)}`;
  });
}

// src/redact/db-logins.ts
var RULES2 = [
  {
    needle: /using/i,
    re: /(?<pre>\bconnect[ \t]+to[ \t]+\S{1,128}[ \t]+user[ \t]+\S{1,128}[ \t]+using[ \t]+)(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,128}(?=')|(?<=")[^"\n]{1,128}(?=")|(?<!['"])[^\s'";:][^\s;]{0,127})\k<q>/gi
  },
  { needle: /vsql/, re: flag("vsql", String.raw`-w[ \t]*|--password(?:[ \t]+|=)`) },
  // obclient takes MySQL's flags: -p glued to the password or quoted after it (-P is the port).
  { needle: /obclient/, re: flag("obclient", String.raw`-p|--password=`) },
  { needle: /hdbsql/, re: flag("hdbsql", String.raw`-p[ \t]+`) },
  // The key, the server, the user, then the password; options (-i, -u <os user>) may come before SET.
  {
    needle: /hdbuserstore/i,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])hdbuserstore(?:\.exe)?(?:[ \t]+-[a-zA-Z]{1,8}(?:[ \t]+[^\s-]\S{0,63})?){0,4}[ \t]+set[ \t]+\S{1,128}[ \t]+\S{1,253}[ \t]+\S{1,128}[ \t]+)${VAL}`, "gi")
  },
  // Firebird: gbak, gfix, gsec, gstat, nbackup, isql-fb, fbsvcmgr; -pas… abbreviates -password (fbsvcmgr drops the dash).
  {
    needle: /gbak|gfix|gsec|gstat|nbackup|isql|fbsvcmgr|fbtracemgr/,
    re: flag("gbak|gfix|gsec|gstat|nbackup|isql-fb|isql|fbsvcmgr|fbtracemgr", String.raw`-pa(?:s(?:s(?:w(?:o(?:r(?:d)?)?)?)?)?)?[ \t]+|-p[ \t]+|password[ \t]+`)
  },
  {
    needle: /\/["']/,
    re: /(?<pre>(?<![\w$#/.-])[A-Za-z][\w$#]{0,29}\/)(?<q>["'])(?<secret>[^"'\n]{1,128})\k<q>(?=@(?:\/\/)?[A-Za-z0-9.-]{1,253}(?::\d{2,5})?(?![\w.-]))/g
  },
  // On its own line, also as a diff or log line.
  { needle: /logon/i, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}\.?logon[ \t]+(?:[\w.-]{1,253}\/)?[\w$.-]{1,128},)(?<secret>[^\s;]{1,128})`, "gim") },
  // openGauss and GaussDB's gsql (a psql fork) takes the password with -W or --password.
  { needle: /gsql/, re: flag("gsql", String.raw`-W[ \t]+|--password(?:[ \t]+|=)`) }
];
function credential(v) {
  if (v.length < 4 || v.includes(MARKER_PREFIX) || /^[:$%?-]/.test(v) || isPlaceholder(v)) return false;
  return !isMadeOfWords(v) || hasPasswordSymbols(v) || looksRandom(v) || /\d/.test(v);
}
function redactDbLogins(text, tally) {
  return cutRuleSecrets(text, RULES2, tally, ({ secret }) => credential(secret));
}

// src/redact/db-configs.ts
var LEAD = String.raw`^[+\- ]?[ \t]*`;
var RULES3 = [
  { needle: /sentinel/, re: new RegExp(String.raw`(?<pre>${LEAD}sentinel[ \t]+(?:auth-pass[ \t]+[\w.-]{1,128}|sentinel-pass)[ \t]+)(?<q>["']?)(?<secret>[^\s"']{1,256})\k<q>[ \t]*\r?$`, "gm") },
  // `user app on >pw ~* +@all` (users.acl, redis.conf) and `ACL SETUSER app on >pw`; `<pw` removes one, `#` is a hash.
  { needle: /\buser\b|setuser/i, re: new RegExp(String.raw`(?<pre>(?:${LEAD}user|\bACL[ \t]+SETUSER)[ \t]+[\w.-]{1,128}(?:[ \t]+[^\s>]{1,64}){0,6}?[ \t]+>)(?<secret>[^\s]{1,256})`, "gmi") },
  // Only a generated or symbol-bearing value: two quoted words on a line are common elsewhere.
  { needle: /"[ \t]+"/, re: new RegExp(String.raw`(?<pre>${LEAD}"[\w.@-]{1,64}"[ \t]+")(?<secret>[^"\s]{8,256})"[ \t]*\r?$`, "gm"), strict: true },
  { needle: /@[\w.-]{1,253}:/, re: new RegExp(String.raw`(?<pre>${LEAD}[\w.-]{1,64}@[\w.-]{1,253}:)(?<secret>[^\s:/@]{8,256})[ \t]*\r?$`, "gm"), strict: true }
];
function password(v, strict) {
  if (v.length < 4 || v.includes(MARKER_PREFIX) || /^[$%]/.test(v) || isPlaceholder(v)) return false;
  if (strict) return looksRandom(v) || hasPasswordSymbols(v) && /[A-Za-z]/.test(v);
  return !isMadeOfWords(v) || hasPasswordSymbols(v) || /\d/.test(v);
}
function redactDbConfigs(text, tally) {
  return cutRuleSecrets(text, RULES3, tally, ({ secret }, rule) => password(secret, rule.strict ?? false));
}

// src/redact/cfg-cvars.ts
var RULES4 = [
  {
    needle: /pass|pw/i,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:set[as]?[ \t]+)?(?<name>[A-Za-z_][\w.]{0,63})[ \t]+")(?<secret>[^"\s]{4,128})"[ \t]*(?:\/\/[^\n]*)?\r?$`, "gm")
  }
];
function password2(name, v) {
  if (categorize(name) !== "password" || v.includes(MARKER_PREFIX) || /^[$%]/.test(v) || isPlaceholder(v)) return false;
  if (CODE_WORDS.has(v.toLowerCase())) return false;
  const nameWords2 = words(name);
  return !words(v).every((w) => nameWords2.includes(w));
}
function redactCvars(text, tally) {
  return cutRuleSecrets(text, RULES4, tally, ({ secret, groups }) => password2(groups.name ?? "", secret));
}

// src/redact/server-lists.ts
var ROW_RE = /^(?<pre>[+\- ]?[ \t]*[\w.-]{1,64}[ \t]+(?:\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}):\d{2,5}[ \t]+)(?<secret>[^\s]{16,128})[ \t]*\r?$/gm;
var MIN_ROWS = 2;
var LIST_FILE_RE = /(?:^|[\s/"'`])[\w.-]{0,32}(?:rcon|servers?|server[-_]?list)[\w.-]{0,32}\.(?:txt|list|lst|cfg|conf|csv|tsv)\b/i;
var FILE_NAME_REACH = 2048;
function credential2(v) {
  return looksRandom(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !/^[0-9a-f]+$/i.test(v) && !isMadeOfWords(v) && !isPlaceholder(v) && !v.includes(MARKER_PREFIX);
}
function namedList(text, rowAt2) {
  return LIST_FILE_RE.test(text.slice(Math.max(0, rowAt2 - FILE_NAME_REACH), rowAt2));
}
function redactServerLists(text, tally) {
  if (!/:\d{2,5}[ \t]/.test(text)) return text;
  const rows = [...text.matchAll(ROW_RE)].filter((m) => credential2(m.groups.secret));
  if (rows.length === 0) return text;
  if (rows.length < MIN_ROWS && !namedList(text, rows[0].index)) return text;
  let out = "";
  let last = 0;
  for (const m of rows) {
    const at = m.index + m.groups.pre.length;
    out += text.slice(last, at) + tally.add("password", m.groups.secret);
    last = at + m.groups.secret.length;
  }
  return out + text.slice(last);
}

// src/redact/vendor-context-keys.ts
var RULES5 = [
  {
    vendor: /快递100|kuaidi100|kd100/i,
    re: /(?<pre>^[+\- ]?[ \t]*(?:(?:private|public|static|final|const|let|var|String)[ \t]+){0,4}["']?key["']?[ \t]*[:=][ \t]*(?<q>["']))(?<secret>[A-Za-z0-9]{8,64})\k<q>/gim
  }
];
function generated2(v) {
  return /\d/.test(v) && /[A-Za-z]/.test(v) && !isMadeOfWords(v) && !isPlaceholder(v) && !v.includes(MARKER_PREFIX);
}
function redactVendorContextKeys(text, tally) {
  for (const rule of RULES5) {
    if (!rule.vendor.test(text)) continue;
    text = text.replace(rule.re, (match, ...rest) => {
      const g = rest[rest.length - 1];
      return generated2(g.secret) ? `${g.pre}${tally.add("api-token", g.secret)}${g.q}` : match;
    });
  }
  return text;
}

// src/redact/diff-pairs.ts
var MARKER_RE2 = /\[REDACTED:([a-z0-9-]{1,40})\]/g;
var MAX_LINE = 2e3;
function counterpart(marked, other) {
  const markers = [...marked.matchAll(MARKER_RE2)];
  if (markers.length !== 1 || other.includes(MARKER_PREFIX) || marked.length > MAX_LINE || other.length > MAX_LINE) return null;
  const m = markers[0];
  const prefix = marked.slice(0, m.index);
  const suffix = marked.slice(m.index + m[0].length);
  if (prefix.trim() === "" || !other.startsWith(prefix) || !other.endsWith(suffix) || other.length < prefix.length + suffix.length + 4) return null;
  const value = other.slice(prefix.length, other.length - suffix.length);
  if (/[\s"'`]/.test(value) || isPlaceholder(value) || /^[$%]/.test(value)) return null;
  return [value, m[1]];
}
function redactDiffPairs(text, tally) {
  if (!text.includes(MARKER_PREFIX) || !/^[+-]/m.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; ) {
    let removed = i;
    while (removed < lines.length && lines[removed].startsWith("-") && !lines[removed].startsWith("---")) removed++;
    let added = removed;
    while (added < lines.length && lines[added].startsWith("+") && !lines[added].startsWith("+++")) added++;
    if (removed > i && added - removed === removed - i) {
      for (let k = 0; k < removed - i; k++) pair(lines, i + k, removed + k, tally);
    }
    i = Math.max(added, i + 1);
  }
  return lines.join("\n");
}
function pair(lines, a, b, tally) {
  for (const [from, to] of [[a, b], [b, a]]) {
    const found = counterpart(lines[from].slice(1), lines[to].slice(1));
    if (!found) continue;
    const [value, kind] = found;
    const at = lines[from].indexOf(MARKER_PREFIX);
    lines[to] = lines[to].slice(0, at) + tally.add(kind, value) + lines[to].slice(at + value.length);
    return;
  }
}

// src/redact/braces.ts
function closingBrace(text, from, limit) {
  let depth = 1;
  for (let i = from; i < Math.min(text.length, limit); i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function closingBraces(text, opens, reach) {
  const closes = opens.map(() => -1);
  if (opens.length === 0) return closes;
  const wanted = new Map(opens.map((at, k) => [at, k]));
  const stack = [];
  const end = Math.min(text.length, opens[opens.length - 1] + 1 + reach);
  for (let i = opens[0]; i < end; i++) {
    if (text[i] === "{") stack.push(i);
    else if (text[i] === "}" && stack.length > 0) {
      const open = stack.pop();
      const k = wanted.get(open);
      if (k !== void 0 && i <= open + reach) closes[k] = i;
    }
  }
  return closes;
}
function outerBlocks(text, openRe, reach) {
  const opens = [...text.matchAll(openRe)].map((m) => m.index + m[0].length - 1);
  const closes = closingBraces(text, opens, reach);
  const blocks = [];
  let last = -1;
  for (const [k, open] of opens.entries()) {
    if (closes[k] === -1 || open < last) continue;
    blocks.push([open + 1, closes[k]]);
    last = closes[k];
  }
  return blocks;
}
function ownLevel(text, from, to) {
  let depth = 0;
  let out = "";
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "{") depth++;
    out += depth > 0 ? " " : c;
    if (c === "}" && depth > 0) depth--;
  }
  return out;
}

// src/redact/declaration-rules.ts
var DECLARATION_HEADS = [
  // Terraform, OpenTofu and Packer: `variable "db_password" { … default = "…" }`.
  { re: /(?<![\w-])variable[ \t]+"(?<name>[\w-]{1,64})"[ \t]*\{/g, block: "brace" },
  // ARM templates and JSON Schema (a Helm chart's values.schema.json): `"adminPassword": { "type": …, "defaultValue": "…" }`;
  // YAML flow maps (Pulumi.yaml's `dbPassword: { type: string, default: … }`).
  { re: /(?<=^|[\s{,])"?(?<name>[A-Za-z_][\w.-]{0,63})"?[ \t]*:[ \t]*\{/g, block: "brace" },
  // Azure Pipelines and Ansible `vars_prompt` lists: `- name: dbPassword` then `default: …` under it.
  // A diff marker (`+- name:`) is told from the list's own dash by the dash after it.
  { re: /^(?<marker>[+-](?=[ \t]*-[ \t]))?(?<indent>[ \t]*)-[ \t]+name:[ \t]*["']?(?<name>[\w.-]{1,64})["']?[ \t]*\r?$/gm, block: "indent" },
  // Bicep parameters and .bicepparam files: `param adminPassword string = '…'`, `param adminPassword = '…'`.
  { re: /^[+\- ]?[ \t]*param[ \t]+(?<name>[A-Za-z_]\w{0,63})(?:[ \t]+[A-Za-z]\w{0,15})?[ \t]*=/gm, block: "line" }
];
var DEFAULT_RE = /(?:^|[\s{,])["']?(?:default|defaultValue|default_value)["']?[ \t]*[=:][ \t]*(?:(?<q>["'])(?<quoted>[^"'\n]{1,256})\k<q>|(?<plain>[^\s"'{}[\],#][^\s,}\]]{0,255}))/gi;
var LINE_VALUE_RE = /^[ \t]*(?<q>["'])(?<quoted>[^"'\n]{1,256})\k<q>/;

// src/redact/declarations.ts
var MAX_BLOCK = 2e3;
var MAX_BLOCK_LINES2 = 24;
function blockEnd(text, from, head, indent, diff) {
  const limit = Math.min(text.length, from + MAX_BLOCK);
  if (head.block === "line") {
    const nl = text.indexOf("\n", from);
    return nl === -1 || nl > limit ? limit : nl;
  }
  if (head.block === "brace") {
    const close = closingBrace(text, from, limit);
    return close === -1 ? limit : close;
  }
  let end = text.indexOf("\n", from);
  for (let lines = 0; end !== -1 && end < limit && lines < MAX_BLOCK_LINES2; lines++) {
    const next = text.indexOf("\n", end + 1);
    const raw = text.slice(end + 1, next === -1 ? text.length : next);
    const line = diff ? raw.replace(/^[+\- ]/, "") : raw;
    if (line.trim() !== "" && line.search(/\S/) <= indent) break;
    end = next;
  }
  return end === -1 ? limit : Math.min(end, limit);
}
function accepted(value, password3) {
  if (value.includes(MARKER_PREFIX) || isPlaceholder(value) || /\s/.test(value)) return false;
  return password3 ? value.length >= 4 && !/^(?:null|true|false|\d+)$/i.test(value) : acceptStrong(value, "token");
}
function defaultsIn(text, from, end, head, password3) {
  const cuts = [];
  const block = text.slice(from, end);
  if (head.block === "line") {
    const m = LINE_VALUE_RE.exec(block);
    const value = m?.groups.quoted;
    if (m && value !== void 0 && accepted(value, password3)) cuts.push([from + m[0].length - 1 - value.length, from + m[0].length - 1]);
    return cuts;
  }
  DEFAULT_RE.lastIndex = 0;
  for (let m = DEFAULT_RE.exec(block); m; m = DEFAULT_RE.exec(block)) {
    const value = m.groups.quoted ?? m.groups.plain;
    const close = m.groups.quoted === void 0 ? 0 : 1;
    const at = from + m.index + m[0].length - close - value.length;
    if (accepted(value, password3)) cuts.push([at, at + value.length]);
  }
  return cuts;
}
function redactDeclaredDefaults(text, tally) {
  if (!/default|param/i.test(text)) return text;
  const cuts = [];
  for (const head of DECLARATION_HEADS) {
    head.re.lastIndex = 0;
    for (let m = head.re.exec(text); m; m = head.re.exec(text)) {
      const category = categorize(m.groups.name);
      if (category === null || category === "uuid-secret") continue;
      const from = m.index + m[0].length;
      const end = blockEnd(text, from, head, m.groups.indent?.length ?? 0, m.groups.marker !== void 0);
      const password3 = category === "password";
      for (const [start, stop] of defaultsIn(text, from, end, head, password3)) cuts.push([start, stop, password3 ? "password" : "secret"]);
      head.re.lastIndex = Math.max(head.re.lastIndex, end);
    }
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/secret-resources.ts
var HEAD_RE = /resource[ \t]+"(?:aws_ssm_parameter|aws_secretsmanager_secret_version|google_secret_manager_secret_version|azurerm_key_vault_secret|vault_generic_secret|vault_kv_secret_v2|oci_vault_secret|alicloud_kms_secret)"[ \t]+"[\w-]{1,64}"[ \t]*\{/g;
var VALUE_RE2 = /(?<=^|\n)[ \t]*[+~-]?[ \t]*(?:value|secret_string|secret_data|data_json|secret_content|insecure_value)[ \t]*=[ \t]*"([^"\n]{1,512})"(?:[ \t]*->[ \t]*"([^"\n]{1,512})")?/dg;
var MAX_BLOCK2 = 2e3;
function secretValue(v) {
  return looksRandom(v) && !v.includes("://") && !v.startsWith("/") && !v.includes(MARKER_PREFIX) && !isPlaceholder(v);
}
function redactSecretResources(text, tally) {
  if (!text.includes('resource "')) return text;
  const cuts = [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    const from = m.index + m[0].length;
    const limit = Math.min(text.length, from + MAX_BLOCK2);
    const close = closingBrace(text, from, limit);
    const end = close === -1 ? limit : close;
    const block = text.slice(from, end);
    VALUE_RE2.lastIndex = 0;
    for (let v = VALUE_RE2.exec(block); v; v = VALUE_RE2.exec(block)) {
      for (const group of [1, 2]) {
        const span = v.indices[group];
        if (span !== void 0 && secretValue(v[group])) cuts.push([from + span[0], from + span[1]]);
      }
    }
    HEAD_RE.lastIndex = Math.max(HEAD_RE.lastIndex, end);
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/php-serialized.ts
var PAIR_RE2 = /s:\d{1,4}:(\\?)"([A-Za-z_][\w-]{0,63})\1";s:\d{1,5}:\1"([^"\\\n]{1,512})\1";/dg;
function accepted2(value, password3) {
  if (value.includes(MARKER_PREFIX) || isPlaceholder(value) || /\s/.test(value)) return false;
  return password3 ? value.length >= 6 : acceptStrong(value, "token");
}
function redactPhpSerialized(text, tally) {
  if (!text.includes(";s:")) return text;
  const cuts = [];
  PAIR_RE2.lastIndex = 0;
  for (let m = PAIR_RE2.exec(text); m; m = PAIR_RE2.exec(text)) {
    PAIR_RE2.lastIndex = m.indices[2][1];
    const category = categorize(m[2]);
    if ((category === "password" || category === "secret") && accepted2(m[3], category === "password")) cuts.push([...m.indices[3], category]);
  }
  return tally.cut(text, cuts, "password");
}

// src/redact/decoded-data.ts
var ESCAPE_RUN_RE = /(?:\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\}|\\x[0-9a-fA-F]{2}){12,512}/g;
var ESCAPE_RE = /\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}|\\x([0-9a-fA-F]{2})/g;
var DECODE_CALL_RE = /(?:\b(?:(?:urlsafe_|standard_)?b64decode|atob|base64_decode|decode64|strict_decode64|FromBase64String|DecodeString|getDecoder\(\)\.decode|getMimeDecoder\(\)\.decode|Base64\.decode|Buffer\.from)\([ \t]*[bf]?(["'`])(?<b64>[A-Za-z0-9+/_-]{8,512}={0,2})\1(?:[ \t]*,[ \t]*["']base64["'])?|\becho[ \t]+(?:-n[ \t]+)?(["']?)(?<b64sh>[A-Za-z0-9+/]{8,512}={0,2})\3[ \t]*\|[ \t]*base64[ \t]+(?:-d|-D|--decode))/g;

// src/redact/decoded.ts
function unescapeRun(run) {
  let out = "";
  for (const m of run.matchAll(ESCAPE_RE)) {
    const code = parseInt(m[1] ?? m[2] ?? m[3], 16);
    if (code < 33 || code > 126) return null;
    out += String.fromCharCode(code);
  }
  return out;
}
function decodeBase64(b64) {
  const text = Buffer.from(b64.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  return /^[\x21-\x7e]{8,128}$/.test(text) ? text : null;
}
function isSecretWord(value) {
  return !isPlaceholder(value) && !isMadeOfWords(value) && (looksRandom(value) || acceptStrong(value, "password"));
}
function redactDecoded(text, tally) {
  const cuts = [];
  if (text.includes("\\u") || text.includes("\\x")) {
    ESCAPE_RUN_RE.lastIndex = 0;
    for (let m = ESCAPE_RUN_RE.exec(text); m; m = ESCAPE_RUN_RE.exec(text)) {
      const plain = unescapeRun(m[0]);
      if (plain !== null && looksRandom(plain)) cuts.push([m.index, m.index + m[0].length]);
    }
  }
  if (/decode|atob|Buffer\.from|base64/i.test(text)) {
    DECODE_CALL_RE.lastIndex = 0;
    for (let m = DECODE_CALL_RE.exec(text); m; m = DECODE_CALL_RE.exec(text)) {
      const b64 = m.groups.b64 ?? m.groups.b64sh;
      const plain = decodeBase64(b64);
      if (plain === null || plain.includes(MARKER_PREFIX) || !isSecretWord(plain)) continue;
      const at = m.index + m[0].lastIndexOf(b64);
      cuts.push([at, at + b64.length]);
    }
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/device-rules.ts
var VAL2 = String.raw`(?<q>["']?)(?<secret>(?<=")[^"\n]{1,256}(?=")|(?<=')[^'\n]{1,256}(?=')|(?<!["'])[^\s"'][^\s]{0,255})\k<q>`;
var LINE = `^${LINE_PREFIX_SRC}`;
var SECRET_WORDS2 = String.raw`secret|password|passwd|key|community|pre-shared-key|authentication-key|set-key|md5|psk|auth-key|shared-secret|message-digest-key[ \t]+\d{1,3}[ \t]+md5`;
var CLEAR_TYPES = String.raw`0|7|ascii-text|ascii|plaintext|plain-text|cleartext|clear|unencrypted|simple`;
var DEVICE_RULES = [
  // IOS, NX-OS, ASA, WLC, HP and Junos lines naming how a credential is stored: `enable secret 0 …`, ` key 7 …`,
  // `wpa akm psk set-key ascii …`, `pre-shared-key ascii-text "…"`, `password manager … plaintext "…"`. Devices
  // separate words with spaces; tab-aligned tables (vim's "function key 7  *t_f7*") are documentation.
  {
    needle: /[ \t](?:0|7|ascii|ascii-text|plaintext|plain-text|cleartext|clear|unencrypted|simple)[ \t]/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:[a-z][\w-]{0,40}(?:[ ]+[\w.:/@"'-]{1,64}){0,10}?[ ]+)?(?:${SECRET_WORDS2})[ ]+(?:${CLEAR_TYPES})[ ]+)${VAL2}`, "gm"),
    strict: true
  },
  // A key or password without a type: `tacacs-server key …`, `crypto isakmp key … address`, `enable password …`,
  // `username u privilege 15 password …`, `snmp-server community … RW`, HP `snmp-server community "…"`, ASA
  // `ikev1 pre-shared-key …`, `ntp authentication-key 1 md5 … 7` (the trailing 7 says how it is shown, not hashed).
  {
    needle: /tacacs|radius|isakmp|enable|username|snmp-server|pre-shared-key|authentication-key/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:(?:tacacs|radius)-server(?:[ \t]+host[ \t]+\S{1,64})?[ \t]+key|crypto[ \t]+isakmp[ \t]+key|enable[ \t]+(?:secret|password)|username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?[ \t]+(?:secret|password)|snmp-server[ \t]+community|(?:ikev[12][ \t]+(?:(?:local|remote)-authentication[ \t]+)?)?pre-shared-key|(?:ntp[ \t]+)?authentication-key[ \t]+\d{1,5}[ \t]+md5)[ \t]+)${VAL2}`, "gm"),
    strict: true
  },
  // Junos `secret "…"`, `authentication-key "…"`, `encrypted-password "…"` hold $9$ values: reversible, not hashes.
  // Cisco's type 9 (scrypt, `$9$salt$hash`) shares the prefix; its second `$` tells it apart.
  { needle: /\$9\$/, re: /(?<pre>(?<![\w$])\$9\$)(?<secret>[A-Za-z0-9./\-]{8,512})(?![\w./$-])/g, strict: false },
  // SNMPv3 users: net-snmp `createUser u SHA "…" AES "…"`, IOS `snmp-server user u g v3 auth sha … priv aes 128 …`.
  {
    needle: /createUser|[ \t](?:auth|priv)[ \t]/,
    // The algorithm word is matched first so the look-back (to createUser, or auth/priv) runs only there.
    re: new RegExp(String.raw`(?<pre>[ \t](?:MD5|SHA(?:-?\d{1,3})?|DES|3DES|AES(?:-?\d{3})?)(?<=(?:createUser[ \t][^\n]{0,300}|[ \t](?:auth|priv)[ \t]+\w{1,8}))(?:[ \t]+\d{3})?[ \t]+)${VAL2}`, "gi"),
    strict: true
  },
  // net-snmp snmpd.conf communities: `rocommunity …`, `rwcommunity6 …`, `com2sec name source …`.
  {
    needle: /community|com2sec/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:r[ow]community6?|com2sec6?[ \t]+\S{1,64}[ \t]+\S{1,64})[ \t]+)${VAL2}`, "gm"),
    strict: true
  },
  // strongSwan / Libreswan ipsec.secrets: `left right : PSK "…"` (also XAUTH and EAP secrets).
  { needle: /PSK|XAUTH|EAP/, re: new RegExp(String.raw`(?<pre>:[ \t]*(?:PSK|XAUTH|EAP|NTLM)[ \t]+)${VAL2}`, "g"), strict: false },
  // LDAP clients' bind passwords: nslcd/nss-ldap `bindpw …`, slapd `rootpw …` (cn=config `olcRootPW: …`), sssd
  // `ldap_default_authtok = …`;
  // Kickstart's `rootpw --plaintext …` (its `--iscrypted` value is a hash).
  { needle: /bindpw|rootpw|authtok/i, re: new RegExp(String.raw`(?<pre>${LINE}(?:bindpw|(?:olc)?rootpw(?:[ \t]+--plaintext)?|ldap_default_authtok)(?:[ \t]*[=:][ \t]*|[ \t]+))${VAL2}`, "gmi"), strict: true },
  // OpenVPN's inline credentials: `<auth-user-pass>`, the user line, then the password line.
  {
    needle: /<auth-user-pass>/,
    re: new RegExp(String.raw`(?<pre><auth-user-pass>[ \t]*\r?\n${LINE_PREFIX_SRC}[^\s<]{1,128}[ \t]*\r?\n${LINE_PREFIX_SRC})(?<secret>[^\s<]{1,256})(?=[ \t]*\r?\n)`, "g"),
    strict: false
  },
  // Erlang's distribution cookie: `-setcookie …` in vm.args or on an erl command line.
  { needle: /-setcookie/, re: new RegExp(String.raw`(?<pre>(?<![\w-])-setcookie[ \t]+)${VAL2}`, "g"), strict: true },
  // JAAS login modules' user table: `user_admin="…"` (Kafka PlainLoginModule, ZooKeeper DigestLoginModule).
  { needle: /LoginModule/, re: new RegExp(String.raw`(?<pre>(?<![\w-])user_[\w.-]{1,64}[ \t]*=[ \t]*)${VAL2}`, "g"), strict: true },
  // Postfix sasl_passwd and similar relay maps: `[smtp.example.com]:587 user@example.com:password`; a user already
  // cut to a marker (an SES access key id) is no user: its marker's colon would be read as the separator.
  {
    needle: /\]:\d|:\d{1,5}[ \t]/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:\[[\w.-]{1,253}\](?::\d{1,5})?|[\w.-]{1,253}:\d{1,5})[ \t]+(?!\[REDACTED:)[^\s:]{1,128}:)(?<secret>[^\s]{1,256})[ \t]*\r?$`, "gm"),
    strict: true
  },
  // pppd chap-secrets / pap-secrets: `client server "secret" addresses` (the address column is `*`, an IP or `-`).
  {
    needle: /"[ \t]+(?:\*|-|\d)/,
    re: new RegExp(String.raw`(?<pre>${LINE}[^\s#"]{1,128}[ \t]+[^\s"]{1,128}[ \t]+")(?<secret>[^"\n]{1,256})(?="[ \t]+(?:\*|-|[\d.:/]{2,64})(?:[ \t]+[\d.:/]{2,64}){0,8}[ \t]*\r?$)`, "gm"),
    strict: true
  },
  // Nagios resource.cfg user macros: `$USER4$=…` (paths and names in the other macros are no credential).
  { needle: /\$USER\d/, re: new RegExp(String.raw`(?<pre>${LINE}\$USER\d{1,3}\$[ \t]*=[ \t]*)${VAL2}[ \t]*\r?$`, "gm"), strict: true },
  // Jetty / ActiveMQ / Karaf realm files: `user: password, role[, role…]`; not in comments, where tools write
  // `# pylint: disable-msg=E0611,W0142`, and not CouchDB's stored hashes (`admin = -pbkdf2-<hash>,<salt>,10`).
  {
    // The same test from the comma back: a search starting at each `:` or `=` ran 256 characters on every time.
    needle: /,(?<=[:=][^\n,]{1,256},)[ \t]*\w/,
    re: new RegExp(String.raw`(?<pre>^[+\- ]?[ \t]*[\w.@-]{1,64}[ \t]*[:=][ \t]*)(?![A-Za-z-]{1,32}=|-(?:pbkdf2|hashed)-)(?<secret>[^\s,"']{6,128})(?=,[ \t]*[\w:-]{1,64}(?:[ \t]*,[ \t]*[\w:-]{1,64}){0,8}[ \t]*\r?$)`, "gm"),
    strict: true,
    strong: true
  },
  // Dovecot and other passwd-files whose scheme prefix says the password is stored in clear: `{PLAIN}…`.
  { needle: /\{(?:PLAIN|CLEAR|CLEARTEXT)\}/, re: /(?<pre>\{(?:PLAIN|CLEAR|CLEARTEXT)\})(?<secret>[^\s:"']{1,256})/g, strict: false }
];

// src/redact/devices.ts
function credential3(v) {
  if (v.length < 6 || v.includes(MARKER_PREFIX) || /^[$%<{]/.test(v) || isPlaceholder(v) || !/[^A-Za-z]/.test(v)) return false;
  if (/^\d+$/.test(v)) return false;
  return !isMadeOfWords(v) || isPassphrase(v) || hasPasswordSymbols(v) || looksRandom(v);
}
function redactDeviceSecrets(text, tally) {
  return cutRuleSecrets(text, DEVICE_RULES, tally, ({ secret, at, offset, input }, rule) => {
    if (secret.includes(MARKER_PREFIX) || (rule.strict ? !credential3(secret) : isPlaceholder(secret))) return false;
    if (rule.strong && !hasPasswordSymbols(secret) && !looksRandom(secret)) return false;
    return !input.startsWith(MARKER_PREFIX, offset + at);
  });
}

// src/redact/device-key-rules.ts
var BYTES = String.raw`(?:0x)?[0-9A-Fa-f]{1,3}(?:[ \t]*,[ \t]*(?:0x)?[0-9A-Fa-f]{1,3}){15,63}`;
var DEVICE_KEY_RULES = [
  // ESP-IDF NVS partition CSV: `name,data,string|hex2bin|base64,value`.
  {
    needle: /,data,(?:string|hex2bin|base64),/,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?<name>[A-Za-z_][\w-]{0,31}),data,(?:string|hex2bin|base64),)(?<secret>[^\s,]{1,4096})(?=[ \t]*\r?$)`, "gm"),
    check: "named"
  },
  // A key written as a byte list: zigbee2mqtt's `network_key: [1, 2, …]`, OpenThread's `networkKey = [0x…, …]`.
  {
    needle: /[:=][ \t]*\[/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?<name>[A-Za-z_][\w-]{0,63})["']?[ \t]*[:=][ \t]*\[[ \t]*)(?<secret>${BYTES})(?=[ \t]*,?[ \t]*\])`, "g"),
    check: "named"
  },
  // C initializers of LoRaWAN keys (LMIC `NWKSKEY[16] = { … }`, `APPKEY[16] = { 0x…, … }`): one hex run or bytes.
  {
    needle: /=[ \t]*\{/,
    re: new RegExp(String.raw`(?<pre>(?<![\w])(?<name>[A-Za-z_]\w{0,63})(?:\[\w{0,8}\])?[ \t]*=[ \t]*\{[ \t]*)(?<secret>[0-9A-Fa-f]{32,64}|${BYTES})(?=[ \t]*,?[ \t]*\})`, "g"),
    check: "named"
  },
  // PKCS#11 / HSM client configs (SunPKCS11 `pin =`, OpenSC and SoftHSM `user_pin:`): in a text naming a Cryptoki
  // library, a pin is the HSM login, whatever its shape; elsewhere `pin` is mostly a GPIO number.
  {
    needle: /cryptoki|pkcs ?#?11|softhsm/i,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:user[_-]?|so[_-]?|slot[_-]?)?pin[ \t]*[=:][ \t]*["']?)(?<secret>[^\s"']{4,128})`, "gmi"),
    check: "literal"
  },
  // DRM content keys: Shaka Packager's raw keys `key_id=<hex>:key=<hex>` (either order), Bento4 `mp4encrypt --key 1:<key>:<iv>`.
  { needle: /key_id=/, re: /(?<pre>(?<![\w-])key_id=[0-9A-Fa-f]{32}:key=)(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Fa-f])/g, check: "any" },
  { needle: /:key_id=/, re: /(?<pre>(?<![\w-])key=)(?<secret>[0-9A-Fa-f]{32})(?=:key_id=)/g, check: "any" },
  { needle: /mp4encrypt/, re: /(?<pre>(?<![\w-])mp4encrypt\b[^\n]{0,200}?[ \t]--key[ \t]+\d{1,3}:)(?<secret>[0-9A-Fa-f]{32})(?=:)/g, check: "any" },
  // MAVLink 2 message signing in MAVProxy: `signing setup <passphrase or hex key>`, `signing key <passphrase>`.
  { needle: /signing[ \t]+(?:setup|key)/, re: /(?<pre>(?<![\w-])signing[ \t]+(?:setup|key)[ \t]+)(?<secret>[^\s;"'\x60]{8,256})/g, check: "literal" },
  // Orthanc's `"RegisteredUsers" : { "user" : "password", … }`: every value of the block is a password.
  {
    needle: /"RegisteredUsers"/,
    re: /(?<pre>"[^"\n]{1,64}"[ \t]*:[ \t]*")(?<secret>[^"\n]{1,256})"(?<="RegisteredUsers"[ \t]*:[ \t]*\{[^{}]{0,2000})/g,
    check: "any"
  },
  // Magento's app/etc/env.php `'crypt' => ['key' => '…']` encrypts stored payment and integration secrets.
  { needle: /crypt/, re: /(?<pre>(?<q0>['"])crypt\k<q0>[ \t]*=>[ \t]*(?:\[|array\()[ \t]*(?<q1>['"])key\k<q1>[ \t]*=>[ \t]*(?<q>['"]))(?<secret>[^'"\n]{8,512})\k<q>/g, check: "any" },
  // ThingsBoard devices log in with their access token as the MQTT user (`mosquitto_pub -u "$TOKEN"`) or put it in
  // the HTTP path (`/api/v1/<token>/telemetry`).
  { needle: /mosquitto_/, re: flag("mosquitto_(?:pub|sub|rr)", String.raw`-u[ \t]+`), check: "generated" },
  // A `-u` on a continued line of a command publishing to ThingsBoard's device topics.
  { needle: /v1\/devices\/me\//, re: /(?<pre>[ \t]-u[ \t]+(?<q>["']?))(?<secret>[A-Za-z0-9_-]{16,64})\k<q>(?<=v1\/devices\/me\/[^|;&]{0,400})/g, check: "generated" },
  { needle: /\/api\/v1\//, re: /(?<pre>\/api\/v1\/)(?<secret>[A-Za-z0-9]{16,64})(?=\/(?:telemetry|attributes|rpc|claim|provision)\b)/g, check: "generated" },
  // WildFly / JBoss: `add-user.sh -u user -p …`, `jboss-cli.sh --password=…`.
  { needle: /add-user|jboss-cli/, re: flag(String.raw`add-user(?:\.sh|\.bat|\.ps1)?|jboss-cli(?:\.sh|\.bat|\.ps1)?`, String.raw`(?:-p|--password)(?:[ \t]+|=)`), check: "literal" },
  // Oracle wallets: `mkstore -wrl dir -createCredential alias user password`, and the wallet password typed into
  // `mkstore … -create <<EOF` (its first line; the repeat is the same value).
  { needle: /mkstore/, re: new RegExp(String.raw`(?<pre>(?<![\w-])mkstore\b[^\n]{0,200}?[ \t]-(?:create|modify)Credential[ \t]+\S{1,128}[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), check: "literal" },
  { needle: /mkstore/, re: /(?<pre>(?<![\w-])mkstore\b[^\n]{0,200}?[ \t]-create[ \t]*<<-?[ \t]*['"]?(?<tag>\w{1,16})['"]?[ \t]*\r?\n)(?<secret>[^\s]{1,256})(?=[ \t]*\r?\n)/g, check: "literal" }
];

// src/redact/device-keys.ts
var literal2 = (v) => v.length >= 6 && !isMadeOfWords(v);
var generated3 = (v) => (looksRandom(v) || looksGenerated(v)) && !isMadeOfWords(v);
function named(name, v) {
  const category = categorize(name ?? "");
  if (category === "password") return v.length >= 4;
  if (category === "secret") return literal2(v) || /^(?:0x)?[0-9A-Fa-f]{1,3}(?:[ \t]*,[ \t]*(?:0x)?[0-9A-Fa-f]{1,3}){15,}$/.test(v);
  return category === "weak" && (/^[0-9a-f]{16,}$/i.test(v) || generated3(v));
}
function accepts(check, secret, name) {
  if (check === "named") return named(name, secret);
  if (check === "literal") return literal2(secret);
  if (check === "generated") return generated3(secret);
  return true;
}
function redactDeviceKeys(text, tally) {
  return cutRuleSecrets(text, DEVICE_KEY_RULES, tally, ({ secret, groups }, rule) => usable(secret) && accepts(rule.check, secret, groups.name));
}

// src/redact/cookies.ts
var COOKIE_LINE_RE = /(?<![\w-])(?:set-)?cookie["']?(?:[ \t]{0,8},[ \t]{0,8}["']value["'])?[ \t]{0,8}[:=][ \t]{0,8}["']?([^\n]{1,8192})/gi;
var PAIR_RE3 = /(^|;[ \t]*)([\w.$!#%&*+^|~-]{1,128})=("?)([^;\s",]{8,4096})\3/g;
var ATTRIBUTES = /* @__PURE__ */ new Set(["path", "domain", "expires", "max-age", "samesite", "priority", "partitioned"]);
function redactCookies(text, tally) {
  if (!/cookie/i.test(text)) return text;
  return text.replace(COOKIE_LINE_RE, (line, cookies) => {
    const head = line.slice(0, line.length - cookies.length);
    const kept = cookies.replace(
      PAIR_RE3,
      (pair2, sep, name, q, value) => ATTRIBUTES.has(name.toLowerCase()) || value.includes(MARKER_PREFIX) || !looksRandom(value) ? pair2 : `${sep}${name}=${q}${tally.add("cookie", value)}${q}`
    );
    return head + kept;
  });
}

// src/redact/escaped.ts
var MIN_STRING = 12;
var MAX_INNER = 1 << 20;
function escapedStrings(line, into) {
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") i++;
    else if (c === '"' && start === -1) start = i;
    else if (c === '"') {
      const body = line.slice(start + 1, i);
      start = -1;
      if (body.length < MIN_STRING || !/\\["n]/.test(body)) continue;
      try {
        into.push(JSON.parse(`"${body}"`));
      } catch {
      }
    }
  }
}
function noteEscapedSecrets(text, tally, detect2) {
  if (!text.includes('\\"') && !text.includes("\\n")) return;
  const strings = [];
  for (const line of text.split("\n")) if (line.includes("\\")) escapedStrings(line, strings);
  const inner = strings.join("\n").slice(0, MAX_INNER);
  if (inner === "") return;
  const probe = new Tally();
  detect2(inner, probe);
  for (const [value, kind] of probe.values) if (!tally.values.has(value) && !value.includes(MARKER_PREFIX)) tally.values.set(value, kind);
}

// src/redact/jcl-ftp.ts
var STREAM_RE = /^\/\/(?:INPUT|SYSIN)[ \t]+DD[ \t]+\*[^\n]*\r?\n[ \t]*[^\s/][^\s]{0,63}[ \t]*\r?\n[ \t]*([^\s/][^\s]{0,127})[ \t]*(?=\r?\n|$)/gm;
var FTP_STEP_RE = /\bEXEC[ \t]+PGM=FTP\b[^\n]*\bPARM=\(?'[A-Za-z0-9][\w.-]{0,252}/;
var STEP_REACH = 600;
var FTP_COMMAND_RE = /^(?:QUIT|BYE|BINARY|BIN|ASCII|EBCDIC|PASV|PWD|LS|DIR|CLOSE|STATUS|SYSTEM)$/i;
function redactJclFtpPasswords(text, tally) {
  if (!text.includes("PGM=FTP")) return text;
  const cuts = [];
  STREAM_RE.lastIndex = 0;
  for (let m = STREAM_RE.exec(text); m; m = STREAM_RE.exec(text)) {
    const password3 = m[1];
    if (!FTP_STEP_RE.test(text.slice(Math.max(0, m.index - STEP_REACH), m.index))) continue;
    if (FTP_COMMAND_RE.test(password3) || isPlaceholder(password3) || password3.startsWith("&")) continue;
    const end = m.index + m[0].length;
    cuts.push([end - password3.length, end]);
  }
  return tally.cut(text, cuts, "password");
}

// src/redact/joined-shapes.ts
var IDENT = String.raw`[A-Za-z_$][\w$]{0,63}`;
var LIST = String.raw`${IDENT}(?:[ \t]*,[ \t]*${IDENT}){1,7}`;
var JOIN_SHAPES = [
  // `A + B` (JavaScript, Java, C#, Python, Go, Kotlin, Ruby), `$a . $b` (PHP), `a .. b` (Lua), `A & B` (VB).
  new RegExp(String.raw`^(?<parts>${IDENT}(?:(?:[ \t]*\+[ \t]*|[ \t]+\.\.?[ \t]+|[ \t]+&[ \t]+)${IDENT}){1,7})`),
  // Interpolating only the pieces: `${A}${B}` (JS, Kotlin), f"{A}{B}" and $"{A}{B}" (Python, C#), "#{A}#{B}" (Ruby), "$a$b".
  new RegExp(String.raw`^[f$]?(?<q>["'\x60])(?<parts>(?:\$\{${IDENT}\}|#\{${IDENT}\}|\{${IDENT}\}|\$${IDENT}){2,8})\k<q>`),
  // `"".join([A, B])` (Python), `[A, B].join("")` (JS, Ruby), `String.join("", A, B)` / `String.Concat(A, B)`
  // (Java, C#), `strings.Join([]string{a, b}, "")` (Go), `implode('', [$a, $b])` (PHP), `format!("{}{}", a, b)` (Rust).
  new RegExp(String.raw`^(?:(?<q>["'])\k<q>\.join\([ \t]*[[(]?[ \t]*(?<parts>${LIST})[ \t]*[\])]?[ \t]*\)|\[[ \t]*(?<parts2>${LIST})[ \t]*\]\.join\([ \t]*(?:""|'')?[ \t]*\)|String\.(?:join\([ \t]*""[ \t]*,|[Cc]oncat\()[ \t]*(?<parts3>${LIST})[ \t]*\)|strings\.Join\(\[\]string\{[ \t]*(?<parts4>${LIST})[ \t]*\}[ \t]*,[ \t]*""[ \t]*\)|implode\([ \t]*(?:''|"")[ \t]*,[ \t]*\[[ \t]*(?<parts5>${LIST})[ \t]*\][ \t]*\)|format!\([ \t]*"(?:\{\})+"[ \t]*,[ \t]*(?<parts6>${LIST})[ \t]*\))`),
  // A format of nothing but the pieces: `fmt.Sprintf("%s%s", a, b)` (Go), `String.format("%s%s", a, b)` (Java,
  // Kotlin), `sprintf("%s%s", $a, $b)` (PHP, Perl), `"%s%s" % (a, b)` and `"{}{}".format(a, b)` (Python),
  // `string.Format("{0}{1}", a, b)` (C#).
  new RegExp(String.raw`^(?:(?:fmt\.Sprintf|String\.format|[Ss]tring\.Format|sprintf)\([ \t]*(?<q2>["'])(?:%[sv]|\{\d?\}){2,8}\k<q2>[ \t]*,[ \t]*(?<parts7>${LIST})[ \t]*\)|(?<q3>["'])(?:%s){2,8}\k<q3>[ \t]*%[ \t]*\([ \t]*(?<parts8>${LIST})[ \t]*,?[ \t]*\)|(?<q4>["'])(?:\{\}){2,8}\k<q4>\.format\([ \t]*(?<parts9>${LIST})[ \t]*\))`)
];
function joinedNames(groups) {
  const parts = groups.parts ?? groups.parts2 ?? groups.parts3 ?? groups.parts4 ?? groups.parts5 ?? groups.parts6 ?? groups.parts7 ?? groups.parts8 ?? groups.parts9 ?? "";
  const names2 = groups.q === void 0 ? /[A-Za-z_$][\w$]*/g : /[A-Za-z_]\w*/g;
  return parts.match(names2)?.filter((n) => n !== "$") ?? [];
}

// src/redact/joined-vars.ts
var IDENT2 = String.raw`[A-Za-z_$][\w$]{0,63}`;
var DECLARED_RE = new RegExp(
  String.raw`^${LINE_PREFIX_SRC}(?:(?:const|let|var|val|final|static|string|String|auto|public|private|protected|internal|readonly|export|declare|pub|local|my|our)[ \t]+)*(?=[\w$]{0,63}?(?:pass|pw|secret|token|key|cred|auth|pepper|mnemonic|pat|certificate|dsn|honeycomb))(?<name>${IDENT2})[ \t]*(?::[ \t]*\w{1,32}[ \t]*)?:?[:=][ \t]*(?<rest>[^\n]{1,400})$`,
  "gmi"
);
var RETURNED_RE = new RegExp(
  String.raw`^${LINE_PREFIX_SRC}(?:(?:public|private|protected|internal|static|export|async|override|pub)[ \t]+)*(?:func|def|fun|function|fn|get)[ \t]+(?=[\w$]{0,63}?(?:pass|pw|secret|token|key|cred|auth|pepper|mnemonic|pat))(?<name>${IDENT2})[ \t]*\([^()\n]{0,80}\)[^{=:\n]{0,40}(?:\{[ \t]*return|:[ \t]*return|=)[ \t]+(?<rest>[^\n]{1,400})$`,
  "gmi"
);
var REACH2 = 2e3;
var MAX_JOINS = 64;
function pieceOf(before, offset, name) {
  const re = new RegExp(String.raw`(?<![\w$])${name.replace(/\$/g, "\\$")}[ \t]*(?::[ \t]*\w{1,32}[ \t]*)?:?=[ \t]*(["'\x60])([^"'\x60\n\\]{2,256})\1`, "g");
  let found = null;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const start = offset + m.index + m[0].length - 1 - m[2].length;
    found = [start, start + m[2].length];
  }
  return found;
}
var generatedChunk = (piece) => /^[A-Za-z0-9_+\/=-]{8,256}$/.test(piece) && /[a-z]/.test(piece) && /[A-Z]/.test(piece) && (/\d/.test(piece) || piece.length >= 12);
function* namedJoins(text) {
  for (const re of [DECLARED_RE, RETURNED_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) yield m;
  }
}
function redactJoinedVariables(text, tally) {
  const cuts = [];
  let joins = 0;
  for (const m of namedJoins(text)) {
    if (joins >= MAX_JOINS) break;
    const category = categorize(m.groups.name.replace(/^\$/, ""));
    if (category !== "secret" && category !== "password" && category !== "weak") continue;
    const rest = m.groups.rest.replace(/[ \t]*;?[ \t]*\}?[ \t]*\r?$/, "");
    const shape = JOIN_SHAPES.map((re) => re.exec(rest)).find((j) => j !== null && j[0].length === rest.length);
    if (!shape) continue;
    joins++;
    const from = Math.max(0, m.index - REACH2);
    const before = text.slice(from, m.index);
    const pieces = joinedNames(shape.groups).map((name) => pieceOf(before, from, name));
    if (pieces.some((p) => p === null)) continue;
    const joined = pieces.map((p) => text.slice(p[0], p[1])).join("");
    if (joined.includes(MARKER_PREFIX) || isPlaceholder(joined) || !(looksRandom(joined) || /^[0-9a-f]{32,}$/i.test(joined))) continue;
    if (category === "weak" && !pieces.every((p) => generatedChunk(text.slice(p[0], p[1])))) continue;
    cuts.push(...pieces);
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/joined-arrays.ts
var IDENT3 = String.raw`\$?[A-Za-z_][\w]{0,63}`;
var ITEM = String.raw`(?:'[^'\n]{2,256}'|"[^"\n]{2,256}")`;
var ARRAY_RE = new RegExp(
  String.raw`^${LINE_PREFIX_SRC}(?:(?:const|let|var|my|our|final|static|private|public)[ \t]+)*(?<name>${IDENT3})[ \t]*(?::[^=\n]{1,40})?=[ \t]*(?:array\(|\[|\()[ \t]*(?<items>${ITEM}(?:[ \t]*,[ \t]*${ITEM}){1,15})[ \t]*,?[ \t]*[\])]`,
  "gm"
);
var ITEM_RE = /(["'])([^"'\n]{2,256})\1/g;
var REACH3 = 2e3;
var MAX_ARRAYS = 64;
var quote = (name) => name.replace(/\$/g, "\\$");
var joinOf = (name) => {
  const n = quote(name);
  const empty = String.raw`(?:''|"")`;
  return new RegExp(
    String.raw`(?:implode|join)\([ \t]*${empty}[ \t]*,[ \t]*${n}[ \t]*\)|(?<![\w$])${n}\.join\([ \t]*${empty}?[ \t]*\)|${empty}\.join\([ \t]*${n}[ \t]*\)|strings\.Join\([ \t]*${n}[ \t]*,[ \t]*""[ \t]*\)|String\.join\([ \t]*""[ \t]*,[ \t]*${n}[ \t]*\)`
  );
};
var keyName = (name) => {
  const c = categorize(name.replace(/^\$/, ""));
  return c === "secret" || c === "password" || c === "weak" || /licen[cs]e/i.test(name);
};
var namesOn = (line) => line.match(/[A-Za-z_$][\w$]{2,63}/g) ?? [];
function piecesJoin(values) {
  const joined = values.join("");
  return values.length >= 2 && values.every(generatedChunk) && !joined.includes(MARKER_PREFIX) && !isPlaceholder(joined) && looksRandom(joined);
}
function arrayCuts(text) {
  const cuts = [];
  if (!/=[ \t]*(?:array\(|\[|\()[ \t]*["']/.test(text)) return cuts;
  let arrays = 0;
  ARRAY_RE.lastIndex = 0;
  for (let m = ARRAY_RE.exec(text); m && arrays < MAX_ARRAYS; m = ARRAY_RE.exec(text)) {
    arrays++;
    const name = m.groups.name;
    const itemsAt = m.index + m[0].lastIndexOf(m.groups.items);
    const items = [...m.groups.items.matchAll(ITEM_RE)].map((i) => [itemsAt + i.index + 1, i[2]]);
    if (!piecesJoin(items.map(([, v]) => v))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + REACH3);
    const join = joinOf(name).exec(after);
    if (!keyName(name) && !join) continue;
    const lineStart = join ? after.lastIndexOf("\n", join.index) + 1 : 0;
    const lineEnd = join ? (after.indexOf("\n", join.index) + 1 || after.length + 1) - 1 : 0;
    if (!keyName(name) && !namesOn(after.slice(lineStart, lineEnd)).some(keyName)) continue;
    for (const [at, v] of items) cuts.push([at, at + v.length]);
  }
  return cuts;
}
var LIST_PARENT_RE = /^[+\- ]?([ \t]*)["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*\r?$/;
var LIST_ITEM_RE = /^[+\- ]?([ \t]*)-[ \t]+(["']?)([A-Za-z0-9_+/=-]{8,256})\2[ \t]*\r?$/;
var MAX_ITEMS = 16;
function yamlCuts(text) {
  const cuts = [];
  if (!/:[ \t]*\r?\n[+\- ]?[ \t]*-[ \t]/.test(text)) return cuts;
  const lines = text.split("\n");
  const starts = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) starts.push(at);
  for (let i = 0; i < lines.length; i++) {
    const parent = LIST_PARENT_RE.exec(lines[i]);
    const category = parent ? categorize(parent[2]) : null;
    if (!parent || category !== "secret" && category !== "password") continue;
    const items = [];
    for (let j = i + 1; j < lines.length && items.length < MAX_ITEMS; j++) {
      const item = LIST_ITEM_RE.exec(lines[j]);
      if (!item || item[1].length < parent[1].length) break;
      items.push([starts[j] + lines[j].indexOf(item[3], item[1].length + 1), item[3]]);
    }
    if (piecesJoin(items.map(([, v]) => v))) for (const [at, v] of items) cuts.push([at, at + v.length]);
  }
  return cuts;
}
function redactJoinedArrays(text, tally) {
  return tally.cut(text, [...arrayCuts(text), ...yamlCuts(text)], "secret");
}

// src/redact/key-pairs.ts
var AK_RE = /(?<![\w$.-])["']?ak["']?[ \t]*(?::=|=>|[:=])/i;
var SK_RE = /(?<pre>(?<![\w$.-])["']?sk["']?[ \t]*(?::=|=>|[:=])[ \t]*(?<q>["'`]?))(?<value>[A-Za-z0-9+/=_-]{16,256})\k<q>(?![\w+/=-])/gi;
var generated4 = (v) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v));
function redactKeyPairs(text, tally) {
  if (!AK_RE.test(text)) return text;
  return text.replace(SK_RE, (match, ...args) => {
    const groups = args[args.length - 1];
    if (!generated4(groups.value)) return match;
    return `${groups.pre}${tally.add("secret", groups.value)}${match.slice(groups.pre.length + groups.value.length)}`;
  });
}
var Q = String.raw`\\?["']`;
var USER_KEY_RE = new RegExp(
  String.raw`(?<pre>${Q}(?:user(?:_?name)?|login)${Q}[ \t]*:[ \t]*${Q}[^"'\\\n]{1,64}${Q}[ \t]*,[ \t]*${Q}key${Q}[ \t]*:[ \t]*${Q})(?<value>[A-Za-z0-9+/=_-]{16,256})(?=${Q})`,
  "gi"
);
function redactUserKeys(text, tally) {
  if (!/key/i.test(text)) return text;
  return text.replace(USER_KEY_RE, (match, ...args) => {
    const groups = args[args.length - 1];
    return generated4(groups.value) ? `${groups.pre}${tally.add("secret", groups.value)}` : match;
  });
}

// src/redact/keypair-arrays.ts
var BYTE = String.raw`\s{0,4}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\s{0,4}`;
var ARRAY_RE2 = new RegExp(String.raw`\[(?:${BYTE},){31}(?:(?:${BYTE},){32})?${BYTE}\]`, "g");
var KEY_CONTEXT_RE = /(?:secret|private|keypair|key_?pair|signer|wallet|payer|fromSecretKey|fromSeed)[^\n]{0,60}$/i;
var ALONE_HEAD_RE = /^[+\- \t]*$/;
var ALONE_AFTER_RE = /^[ \t,]*(?:\r?\n|$)/;
function randomBytes(array) {
  const bytes = array.slice(1, -1).split(",").map((b) => Number(b.trim()));
  const steps = new Set(bytes.slice(1).map((b, i) => (b - bytes[i] + 256) % 256));
  return new Set(bytes).size * 2 >= bytes.length && steps.size > bytes.length / 4;
}
function redactKeypairArrays(text, tally) {
  if (!text.includes("[")) return text;
  return text.replace(ARRAY_RE2, (match, offset) => {
    const window = text.slice(Math.max(0, offset - 80), offset);
    const head = window.includes("\n") ? window.slice(window.lastIndexOf("\n") + 1) : offset <= 80 ? window : null;
    const after = text.slice(offset + match.length, offset + match.length + 8);
    const alone = head !== null && ALONE_HEAD_RE.test(head) && ALONE_AFTER_RE.test(after) && match.split(",").length === 64;
    const named2 = KEY_CONTEXT_RE.test(head ?? window);
    return (alone || named2) && randomBytes(match) ? tally.add("private-key", match) : match;
  });
}

// src/redact/key-uses.ts
var CALL_RE2 = /(?:(?<![\w$.])|(?<=[\s)]\.))((?:[A-Za-z_$][\w$]{0,40}(?:\.|::)){0,3}[A-Za-z_$][\w$]{0,40})[ \t]*\(/g;
var ARG_NAME_RE = /^\s*(?:(?:\[\])?[A-Za-z_$][\w$.]{0,40}!?\(\s*)?[&*]?([A-Za-z_$][\w$]{0,63})(?:\.\w{1,24}\([\w.$]{0,40}\))?\s*(?:,[^()]{0,40})?\)?\s*$/;
var ARG_LITERAL_RE = /^\s*(?:(?:\[\])?[A-Za-z_$][\w$.]{0,40}!?\([ \t]*)?[bBrRuU]?(["'`])([^"'`\n]{16,512})\1/;
var ASSIGN_RE = /(?<![\w$.])([A-Za-z_$][\w$]{0,63})(?:,[ \t]*_)?[ \t]*(?::[ \t]*[\w.[\]<>|; ]{1,40})?[ \t]*:?=[ \t]*(?:[\w$.[\]"']{1,60}[ \t]*(?:\?\?|\|\|)[ \t]*)?(?:(?:\[\])?[A-Za-z_$][\w$.]{0,40}!?\([ \t]*)?[bBrRuU]?(["'`])([^"'`\n]{16,512})\2/g;
var MAX_ARGS2 = 400;
var CREDENTIAL_USE_RE = /(?:Bearer|Token)[ \t]*(?:["'`][ \t]*\+[ \t]*|\$\{|\{)([A-Za-z_$][\w$]{0,63})|["'](?:x-)?(?:api[-_]?key|auth[-_]?token|access[-_]?token|authorization)["'][ \t]*\]?[ \t]*[:=][ \t]*([A-Za-z_$][\w$]{0,63})(?![\w$.(])|[?&](?:key|api_?key|apikey|token|access_?token)=(?:["'`][ \t]*\+[ \t]*|\$\{|\{)([A-Za-z_$][\w$]{0,63})(?=[}"'`\s+&]|$)/gi;
function isRandomHex(v, min = 32) {
  if (v.length < min || v.length % 2 !== 0) return false;
  const bytes = Buffer.from(v, "hex");
  const steps = new Set(bytes.subarray(1).map((b, i) => (b - bytes[i] + 256) % 256));
  return new Set(bytes).size * 2 >= bytes.length && steps.size > 2;
}
function keyShaped(v, minHex = 32) {
  if (isPlaceholder(v) || v.includes(MARKER_PREFIX)) return false;
  return /^[0-9a-f]+$/i.test(v) ? isRandomHex(v, minHex) : looksRandom(v);
}
function argumentsAt2(text, from) {
  const args = [];
  const limit = Math.min(text.length, from + MAX_ARGS2);
  let depth = 0;
  let start = from;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      let close = i + 1;
      while (close < limit && text[close] !== c) close++;
      if (close >= limit) return args;
      i = close;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth-- === 0) return [...args, [start, i]];
    else if (c === "," && depth === 0) {
      args.push([start, i]);
      start = i + 1;
    }
  }
  return args;
}
function keyArgument(text, args, indexes) {
  for (const i of indexes) {
    const [start, end] = args[i] ?? [0, 0];
    const arg = text.slice(start, end);
    const name = ARG_NAME_RE.exec(arg)?.[1];
    if (name !== void 0) return name;
    const literal5 = ARG_LITERAL_RE.exec(arg);
    if (literal5) {
      const close = start + literal5[0].length - 1;
      return [close - literal5[2].length, close];
    }
  }
  return void 0;
}
function namedKeyArgument(text, args) {
  for (const [start, end] of args) {
    const name = SIGNER_KEY_ARG_RE.exec(text.slice(start, end));
    if (!name) continue;
    const literal5 = /^[bBrRuU]?(["'`])([^"'`\n]{16,512})\1/.exec(text.slice(start + name[0].length, end));
    if (!literal5) return void 0;
    const open = start + name[0].length + literal5[0].length - 1 - literal5[2].length;
    return [open, open + literal5[2].length];
  }
  return void 0;
}
var VENDOR_MIN_HEX = 16;
function redactKeyUses(text, tally) {
  const names2 = /* @__PURE__ */ new Set();
  const vendorNames = /* @__PURE__ */ new Set();
  const cuts = [];
  CALL_RE2.lastIndex = 0;
  for (let m = CALL_RE2.exec(text); m; m = CALL_RE2.exec(text)) {
    const path = m[1].toLowerCase().replace(/::/g, ".");
    const vendor = VENDOR_KEY_CALLS.get(path);
    const indexes = vendor ?? KEY_USE_CALLS.get(path) ?? KEY_USE_CALLS.get(path.split(".").slice(-2).join(".")) ?? KEY_USE_CALLS.get(path.split(".").pop());
    const signer = SIGNER_CALLEE_RE.test(path.split(".").pop());
    if (indexes === void 0 && !signer) continue;
    const args = argumentsAt2(text, CALL_RE2.lastIndex);
    const key = (indexes && keyArgument(text, args, indexes)) ?? (signer ? namedKeyArgument(text, args) : void 0);
    if (typeof key === "string") (vendor ? vendorNames : names2).add(key);
    else if (key !== void 0 && keyShaped(text.slice(key[0], key[1]), vendor ? VENDOR_MIN_HEX : void 0)) cuts.push(key);
  }
  CREDENTIAL_USE_RE.lastIndex = 0;
  for (let m = CREDENTIAL_USE_RE.exec(text); m; m = CREDENTIAL_USE_RE.exec(text)) names2.add(m[1] ?? m[2] ?? m[3]);
  if (names2.size === 0 && vendorNames.size === 0 && cuts.length === 0) return text;
  ASSIGN_RE.lastIndex = 0;
  for (let m = ASSIGN_RE.exec(text); m; m = ASSIGN_RE.exec(text)) {
    const vendor = vendorNames.has(m[1]);
    if (!(vendor || names2.has(m[1])) || !keyShaped(m[3], vendor ? VENDOR_MIN_HEX : void 0)) continue;
    const end = m.index + m[0].length - 1;
    cuts.push([end - m[3].length, end]);
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/keys.ts
var BEGIN_RE2 = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,3}(?:PRIVATE KEY(?: BLOCK)?|SEED|SECRET KEY)|OpenVPN Static key V1)-----/g;
var MAX_BLOCK3 = 64 * 1024;
var MAX_LINE2 = 4096;
var BODY_LINE_RE = new RegExp(String.raw`^${LINE_PREFIX_SRC}(?:[A-Za-z0-9+/=]+|(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*)?[ \t]*\r?$`);
var INLINE_BODY_RE = /(?:\\n|\\r|[A-Za-z0-9+/=]){1,65536}/y;
var SPACED_BODY_RE = /[ \t]?(?:\\n|\\r|[A-Za-z0-9+/= ]){1,65536}/y;
function blockEnd2(text, bodyStart, label) {
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
  while (lineStart < text.length && lineStart - bodyStart < MAX_BLOCK3) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE2 + 1));
    const endAt = line.indexOf(endLine);
    if (endAt !== -1 && endAt <= prefixLength(line)) return lineStart + endAt + endLine.length;
    if (line.length > MAX_LINE2 || !BODY_LINE_RE.test(line)) break;
    if (line.slice(prefixLength(line)).trim() !== "") end = lineEnd;
    lineStart = lineEnd + 1;
  }
  return end;
}
function redactPrivateKeys(text, tally) {
  if (/PRIVATE KEY|SEED-----|SECRET KEY-----|Static key V1-----/.test(text)) {
    let out = "";
    let last = 0;
    BEGIN_RE2.lastIndex = 0;
    for (let m = BEGIN_RE2.exec(text); m; m = BEGIN_RE2.exec(text)) {
      const bodyStart = m.index + m[0].length;
      const end = blockEnd2(text, bodyStart, m[1]);
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
  if (/S[UAONCXP][A-Z2-7]{56}/.test(text)) {
    text = text.replace(/(?<![A-Za-z0-9])S[UAONCXP][A-Z2-7]{56}(?![A-Za-z0-9])/g, () => tally.add("private-key"));
  }
  if (text.includes("AGE-SECRET-KEY-")) {
    text = text.replace(/(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[0-9A-Z]{58}(?![A-Za-z0-9])/g, () => tally.add("private-key"));
  }
  return text;
}

// src/redact/path-token-hosts.ts
var PATH_TOKEN_PREFIXES = [
  // Alchemy: https://eth-mainnet.g.alchemy.com/v2/<key> (also the older alchemyapi.io).
  String.raw`[\w-]{1,64}\.g\.alchemy\.com/(?:v2|nft/v\d)/`,
  String.raw`[\w-]{1,64}\.alchemyapi\.io/v2/`,
  // Infura: https://mainnet.infura.io/v3/<project id>, wss://…/ws/v3/<id>.
  String.raw`[\w-]{1,64}\.infura\.io/(?:ws/)?v3/`,
  // Ankr, QuickNode, GetBlock, Chainstack: the token right after the host or chain.
  String.raw`rpc\.ankr\.com/[\w-]{1,32}/`,
  String.raw`[\w-]{1,64}\.(?:[\w-]{1,64}\.)?quiknode\.pro/`,
  String.raw`[\w-]{1,64}\.getblock\.io/`,
  String.raw`[\w-]{1,64}\.core\.chainstack\.com/`,
  // Heartbeats: Uptime Kuma push monitors (any host), healthchecks.io, Dead Man's Snitch, Cronitor telemetry.
  String.raw`[\w.-]{1,253}(?::\d{1,5})?/api/push/`,
  String.raw`hc-ping\.com/`,
  String.raw`nosnch\.in/`,
  String.raw`cronitor\.link/p/`,
  // Backtrace crash submission: https://submit.backtrace.io/<universe>/<submission token>/json (or /minidump).
  String.raw`submit\.backtrace\.io/[\w-]{1,64}/`
];

// src/redact/path-tokens.ts
var PATH_TOKEN_RE = new RegExp(
  String.raw`(?<pre>(?<![\w.-])(?:https?|wss?)://(?:${PATH_TOKEN_PREFIXES.join("|")}))(?<secret>[A-Za-z0-9_-]{8,128})(?![A-Za-z0-9_-])`,
  "g"
);
var tokenLike = (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isPlaceholder(v) && !v.includes(MARKER_PREFIX);
function redactPathTokens(text, tally) {
  if (!text.includes("://")) return text;
  return text.replace(PATH_TOKEN_RE, (match, ...rest) => {
    const g = rest[rest.length - 1];
    return tokenLike(g.secret) ? `${g.pre}${tally.add("url-token", g.secret)}` : match;
  });
}

// src/redact/prompts.ts
var VALUE = String.raw`(?<secret>[^\s"'][^\s]{0,255})`;
var RULES6 = [
  // A prompt and what was typed or printed after it, alone on the line. A bare `password: …` is a config key,
  // judged by the assignment rules (which keep ciphertext); a prompt has a verb or names whose password it is.
  {
    needle: /pass(?:word|phrase)|new value/i,
    re: new RegExp(
      String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:(?:enter|new|retype|confirm|verify|generated|temporary|initial|default)[ \t]+(?:password|passphrase|pass phrase)(?:[ \t]+for[ \t]+[^\s:]{1,160})?|(?:password|passphrase|pass phrase)[ \t]+for[ \t]+[^\s:]{1,160})[ \t]*:[ \t]*)${VALUE}[ \t]*\r?$`,
      "gim"
    )
  },
  // A reset tool printing the new password as a "value" (only where the text speaks of a password).
  { needle: /password/i, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}new[ \t]+value:[ \t]*)${VALUE}[ \t]*\r?$`, "gim") },
  // expect: `expect "*assword:"` then `send "…\r"` on the next line.
  {
    needle: /expect/,
    re: /(?<pre>expect[ \t]+(?:-\w{1,8}[ \t]+)?"[^"\n]{0,64}(?:assword|assphrase|PIN)[^"\n]{0,64}"[ \t]*\r?\n[ \t]*send[ \t]+(?:--[ \t]+)?")(?<secret>(?:[^"\\\n]|\\[^rn]){1,256})(?=(?:\\r|\\n)?")/g
  }
];
function redactPromptAnswers(text, tally) {
  return cutRuleSecrets(text, RULES6, tally, ({ secret }) => !secret.includes(MARKER_PREFIX) && credential3(secret));
}

// src/redact/ciphertext.ts
function isBinaryBase642(value, minBytes) {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const bytes = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (bytes.length < minBytes) return false;
  let printable = 0;
  for (const b of bytes) if (b >= 32 && b < 127) printable++;
  return printable / bytes.length < 0.6;
}
var PULUMI_SECURE_RE = /(?<![\w$])(["']?)secure\1[ \t]*:[ \t]*(["']?)(v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22,8192}={0,2})\2(?=[ \t]*(?:[,}\r\n]|$))/dg;
var TRAVIS_SECURE_RE = /(?<![\w$])(["']?)secure\1[ \t]*:[ \t]*(["']?)([A-Za-z0-9+/]{170,684}={0,2})\2(?=[ \t]*(?:[,}\r\n]|$))/dg;
var RSA_BLOCK_BYTES = [128, 256, 384, 512];
function isRsaBlock(base64) {
  const bytes = Math.floor(base64.replace(/=+$/, "").length * 3 / 4);
  return RSA_BLOCK_BYTES.includes(bytes) && base64.length === Math.ceil(bytes / 3) * 4 && isBinaryBase642(base64, bytes);
}
var JASYPT_RE = /(?<![\w$])ENC\(([A-Za-z0-9+/]{22,8192}={0,2})\)/g;
var JASYPT_MIN_BYTES = 16;
var isJasyptCiphertext = (base64) => isBinaryBase642(base64, JASYPT_MIN_BYTES) && !isMadeOfWords(base64);
function isBinaryHex(value, minBytes) {
  return value.length % 2 === 0 && isBinaryBase642(Buffer.from(value, "hex").toString("base64"), minBytes);
}
var SPRING_CIPHER_RE = /(?<![\w$])\{cipher\}(?:\{key:[\w.-]{1,64}\})?(?:([0-9a-f]{64,8192})|([A-Za-z0-9+/]{176,8192}={0,2}))(?![\w+/=])/g;
var AES_HEX_BLOCK = 32;
var RSA_MIN_BYTES = 130;
function isSpringCiphertext(hex, base64) {
  if (hex !== void 0) return hex.length % AES_HEX_BLOCK === 0 && isBinaryHex(hex, hex.length / 2);
  return isBinaryBase642(base64, RSA_MIN_BYTES) && !isMadeOfWords(base64);
}
var MAGENTO_RE = /(?<![\w$.:/+=-])\d{1,3}:3:([A-Za-z0-9+/]{40,8192}={0,2})(?![\w+/=:])/g;
var MAGENTO_MIN_BYTES = 29;
var isMagentoCiphertext = (base64) => isBinaryBase642(base64, MAGENTO_MIN_BYTES) && !isMadeOfWords(base64);
function ciphertextSpans(text) {
  const spans = [];
  if (text.includes("v1:")) for (const m of text.matchAll(PULUMI_SECURE_RE)) spans.push(m.indices[3]);
  if (text.includes("secure")) {
    for (const m of text.matchAll(TRAVIS_SECURE_RE)) if (isRsaBlock(m[3])) spans.push(m.indices[3]);
  }
  if (text.includes("ENC(")) {
    for (const m of text.matchAll(JASYPT_RE)) if (isJasyptCiphertext(m[1])) spans.push([m.index, m.index + m[0].length]);
  }
  if (text.includes("{cipher}")) {
    for (const m of text.matchAll(SPRING_CIPHER_RE)) if (isSpringCiphertext(m[1], m[2])) spans.push([m.index, m.index + m[0].length]);
  }
  if (text.includes(":3:")) {
    for (const m of text.matchAll(MAGENTO_RE)) if (isMagentoCiphertext(m[1])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// src/redact/counting-bytes.ts
var BASE64_TOKEN_RE = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{22,1368}={0,2}(?![A-Za-z0-9+/_=-])/g;
var HEX_TOKEN_RE = /(?<![A-Za-z0-9+/_-])(?:[0-9a-f]{32,2048}|[0-9A-F]{32,2048})(?![A-Za-z0-9+/_=-])/g;
var MIN_BYTES = 16;
function hexBytes(token) {
  return token.length % 2 === 0 ? Buffer.from(token, "hex") : null;
}
function base64Bytes(token) {
  const url = /[-_]/.test(token);
  if (url && /[+/=]/.test(token)) return null;
  if (!stepsEvenly(leadBytes(token))) return null;
  const bytes = Buffer.from(token, url ? "base64url" : "base64");
  if (!isCountingBytes(bytes)) return null;
  const again = bytes.toString(url ? "base64url" : "base64");
  return again === token || !url && again.replace(/=+$/, "") === token ? bytes : null;
}
var SEXTETS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function leadBytes(token) {
  const v = (i) => token[i] === "-" ? 62 : token[i] === "_" ? 63 : SEXTETS.indexOf(token[i]);
  return [v(0) << 2 | v(1) >> 4, (v(1) & 15) << 4 | v(2) >> 2, (v(2) & 3) << 6 | v(3), v(4) << 2 | v(5) >> 4];
}
function stepsEvenly(bytes) {
  const step2 = (bytes[1] - bytes[0] + 256) % 256;
  if (step2 === 0) return false;
  for (let i = 2; i < bytes.length; i++) if ((bytes[i] - bytes[i - 1] + 256) % 256 !== step2) return false;
  return true;
}
var isTyped = (bytes) => bytes.every((b) => b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122);
function isCountingBytes(bytes) {
  return bytes.length >= MIN_BYTES && stepsEvenly(bytes) && !isTyped(bytes);
}
function countingTokens(text, re, decode, spans) {
  for (const m of text.matchAll(re)) {
    const bytes = decode(m[0]);
    if (bytes && isCountingBytes(bytes)) spans.push([m.index, m.index + m[0].length]);
  }
}
function countingByteSpans(text) {
  const spans = [];
  countingTokens(text, HEX_TOKEN_RE, hexBytes, spans);
  countingTokens(text, BASE64_TOKEN_RE, base64Bytes, spans);
  return spans;
}

// src/redact/proven-data.ts
var DOCUMENTED_TOKENS = [
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "SplxlOBeZQQYbYS6WxSbIA",
  "s6BhdRkqt3",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  "gX1fBat3bV",
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "mF_9.B5f-4.1JqM",
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
  "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
  "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
];
var BROWSER_SDK_KEYS = [
  ["paypal.com/sdk/js?", "client-id"],
  ["webapi.amap.com/maps?", "key"]
];
var DOCUMENT_MAGIC_HEX = ["255044462d", "89504e470d0a1a0a", "474946383761", "474946383961", "ffd8ffe0", "ffd8ffe1", "ffd8ffdb"];
var FIREBASE_CONFIG_KEYS = ["authDomain", "projectId", "storageBucket", "messagingSenderId", "appId", "measurementId", "databaseURL"];
var SSH_PUBLIC_KEY_TYPES = [
  "ssh-ed25519",
  "ssh-rsa",
  "ssh-dss",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
  "ssh-ed25519-cert-v01@openssh.com",
  "ssh-rsa-cert-v01@openssh.com",
  "ecdsa-sha2-nistp256-cert-v01@openssh.com",
  "ecdsa-sha2-nistp384-cert-v01@openssh.com",
  "ecdsa-sha2-nistp521-cert-v01@openssh.com",
  "sk-ssh-ed25519-cert-v01@openssh.com"
];
var ALGORITHM_NAME_WORDS = ["algorithm", "algo", "alg", "kdf", "hasher", "cipher", "digest"];
var ALGORITHM_NAMES = [
  "argon2id",
  "argon2i",
  "argon2d",
  "argon2",
  "bcrypt",
  "scrypt",
  "yescrypt",
  "pbkdf2",
  "pbkdf2-sha256",
  "pbkdf2_sha256",
  "pbkdf2-sha512",
  "pbkdf2_sha512",
  "md5",
  "sha1",
  "sha-1",
  "sha224",
  "sha256",
  "sha-256",
  "sha384",
  "sha-384",
  "sha512",
  "sha-512",
  "sha3-256",
  "sha3-512",
  "blake2b",
  "blake2s",
  "blake3",
  "hmac-sha256",
  "hmac-sha512",
  "hmacsha256",
  "hmacsha512",
  "hs256",
  "hs384",
  "hs512",
  "rs256",
  "rs384",
  "rs512",
  "es256",
  "es384",
  "es512",
  "ps256",
  "ps384",
  "ps512",
  "eddsa",
  "ed25519",
  "rsa-oaep",
  "rsa-oaep-256",
  "a128gcm",
  "a256gcm",
  "aes-128-gcm",
  "aes-256-gcm",
  "aes-256-cbc",
  "aes-128-cbc",
  "aes256",
  "aes-256",
  "aes256-gcm",
  "chacha20-poly1305",
  "xchacha20-poly1305"
];
var SYSTEMD_CREDENTIAL_KEY_IDS = [
  "5a1c6a86df9d4096b1d5a65e0862f19a",
  "55b9ed1d38594d43a8319d2ebb332ac6",
  "0c7cc07b117645919c4b0bea08bc20fe",
  "faf7eb9341e3412ca1a436f95a29362f",
  "93a894094874449090caf2fc93cab553",
  "ef4ac13679a9480ea7db68897f9f165d",
  "af4950a849134eb1a73846304ff30c05",
  "adbc4ca3efb64201ba881b6f2e4095ea"
];
var PUBLIC_KEY_ALGORITHM_OIDS = [
  "2a864886f70d010101",
  "2a864886f70d01010a",
  "2a8648ce3d0201",
  "2a8648ce380401",
  "2a864886f70d010301",
  "2b656e",
  "2b656f",
  "2b6570",
  "2b6571",
  "2a811ccf5501822d"
];
var RAW_PUBLIC_KEY_BYTES = { "2b656e": 32, "2b656f": 56, "2b6570": 32, "2b6571": 57 };
var ALGOLIA_UNSAFE_WORDS = ["admin", "write", "master", "secret", "private"];
var ALGOLIA_SEARCH_NAME_WORDS = ["algolia", "search", "key", "api", "only", "public", "next", "vite", "react", "app", "gatsby", "nuxt", "expo", "vue"];
var ALGOLIA_CONTEXT_WORDS = ["algolia", "instantsearch", "docsearch"];

// src/redact/envelopes.ts
function strictBytes(base64) {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(base64) ? Buffer.from(base64, "base64") : null;
}
var isRandomBytes = (bytes) => isBinaryBase642(bytes.toString("base64"), 16);
var JENKINS_SECRET_RE = /(?<![\w$])\{(AQAAAB[A-Za-z0-9+/]{16,8192}={0,2})\}/dg;
var JENKINS_IV_BYTES = 16;
function isJenkinsSecret(base64) {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length < 9 || bytes[0] !== 1 || bytes.readUInt32BE(1) !== JENKINS_IV_BYTES) return false;
  const data = bytes.readUInt32BE(5);
  if (data === 0 || data % 16 !== 0) return false;
  const need = Math.ceil((9 + JENKINS_IV_BYTES + data) * 4 / 3);
  const have = base64.replace(/=+$/, "").length;
  return (have === need || have === need + 1) && isRandomBytes(bytes.subarray(9));
}
function jenkinsSecrets(text) {
  if (!text.includes("{AQAAAB")) return [];
  return [...text.matchAll(JENKINS_SECRET_RE)].filter((m) => isJenkinsSecret(m[1])).map((m) => [m.index, m.index + m[0].length]);
}
var SET_CREDENTIAL_RE = /^([+-]?)[ \t]*SetCredentialEncrypted=[\w.@-]{1,255}:[ \t]*(?:([A-Za-z0-9+/]{4,16384}={0,2})[ \t]*)?(\\?)$/;
var CONTINUED_PIECE_RE = /^([+-]?)[ \t]+([A-Za-z0-9+/]{4,16384}={0,2})[ \t]*(\\?)$/;
var MAX_PIECES2 = 1024;
var CREDENTIAL_HEADER_BYTES = 48;
var CREDENTIAL_MIN_BYTES = CREDENTIAL_HEADER_BYTES + 20 + 16;
var keyIds;
function isSystemdCredential(bytes) {
  keyIds ??= new Set(SYSTEMD_CREDENTIAL_KEY_IDS);
  if (bytes.length < CREDENTIAL_MIN_BYTES || !keyIds.has(bytes.subarray(0, 16).toString("hex"))) return false;
  const sizes = bytes.readUInt32LE(16) === 32 && bytes.readUInt32LE(20) === 1 && bytes.readUInt32LE(24) === 12 && bytes.readUInt32LE(28) === 16;
  return sizes && isRandomBytes(bytes.subarray(CREDENTIAL_HEADER_BYTES));
}
function rawLines(text) {
  const lines = [];
  let start = 0;
  for (const line of text.split("\n")) {
    lines.push({ start, line: line.replace(/\r$/, "") });
    start += line.length + 1;
  }
  return lines;
}
function systemdCredentials(text) {
  if (!text.includes("SetCredentialEncrypted=")) return [];
  const lines = rawLines(text);
  const spans = [];
  for (let i = 0; i < lines.length; i++) {
    const head = SET_CREDENTIAL_RE.exec(lines[i].line);
    if (head === null) continue;
    const sign = head[1];
    const pieces = [];
    let base64 = "";
    const take = (at, line, piece) => {
      const from = at + line.lastIndexOf(piece);
      pieces.push([from, from + piece.length]);
      base64 += piece;
    };
    if (head[2] !== void 0) take(lines[i].start, lines[i].line, head[2]);
    let continued = head[3] === "\\";
    while (continued && i + 1 < lines.length && pieces.length < MAX_PIECES2) {
      const next = CONTINUED_PIECE_RE.exec(lines[i + 1].line);
      if (next === null || next[1] !== sign || /=$/.test(base64)) break;
      i++;
      take(lines[i].start, lines[i].line, next[2]);
      continued = next[3] === "\\";
    }
    const bytes = continued ? null : strictBytes(base64);
    if (bytes !== null && isSystemdCredential(bytes)) spans.push(...pieces);
  }
  return spans;
}
var RAILS_ENCRYPTED_RE = /^([+\- ]?)([A-Za-z0-9+/]{16,65536}={0,2})--([A-Za-z0-9+/]{16})--([A-Za-z0-9+/]{22}==)$/d;
var DIFF_FILE_RE2 = /^diff --git a\/\S{1,1024} b\/(\S{1,1024})$/;
var ENC_FILE_LABEL_RE = /[\w.\/-]{1,256}\.yml\.enc[`:)]{0,2}$/;
function isRailsEnvelope(m) {
  const iv = strictBytes(m[3]);
  const tag = strictBytes(m[4]);
  return iv?.length === 12 && tag?.length === 16 && strictBytes(m[2]) !== null && isBinaryBase642(m[2], 16);
}
function railsEncryptedFiles(text) {
  if (!text.includes("--")) return [];
  const whole = text.trim();
  const spans = [];
  let diffFile;
  let label = "";
  for (const { start, line } of rawLines(text)) {
    const file = DIFF_FILE_RE2.exec(line);
    if (file) diffFile = file[1];
    const m = RAILS_ENCRYPTED_RE.exec(line);
    if (m && isRailsEnvelope(m)) {
      const inDiff = m[1] !== "" && diffFile?.endsWith(".enc") === true;
      const alone = m[1] === "" && (line === whole || ENC_FILE_LABEL_RE.test(label));
      if (inDiff || alone) spans.push([start + m.indices[2][0], start + line.length]);
    }
    if (line.trim() !== "" && !line.startsWith("```")) label = line.trim();
  }
  return spans;
}
function envelopeSpans(text) {
  return [...jenkinsSecrets(text), ...systemdCredentials(text), ...railsEncryptedFiles(text)];
}

// src/redact/formats.ts
var GO_FUNC_RE = /^[\w.\/~*()\[\]-]{3,512}$/;
var GO_ARGS_RE = /^[0-9a-fx{}., ?]{0,512}$/;
var GO_WORD_RE = /^(?:0x[0-9a-f]{1,16}|\.\.\.|\?)$/;
var GO_FILE_LINE_RE = /^\/?[\w.\/~@-]{1,512}\.go:\d{1,7}(?: \+0x[0-9a-f]{1,16})?$/;
function goFrameArgs(content, at) {
  if (!content.endsWith(")")) return void 0;
  const open = content.lastIndexOf("(");
  const args = content.slice(open + 1, -1);
  const name = content.slice(0, open);
  if (open <= 0 || !name.includes(".") || !GO_FUNC_RE.test(name) || !GO_ARGS_RE.test(args)) return void 0;
  const words2 = args.split(/[{}, ]+/).filter(Boolean);
  return words2.length > 0 && words2.every((w) => GO_WORD_RE.test(w)) ? [at + open + 1, at + content.length - 1] : void 0;
}
function goTracebackFrames(text) {
  if (!text.includes(".go:")) return [];
  const spans = [];
  let frame;
  for (const line of linesOf(text)) {
    if (frame && GO_FILE_LINE_RE.test(line.content)) spans.push(frame);
    frame = goFrameArgs(line.content, line.contentStart);
  }
  return spans;
}
var BILLING_ACCOUNT_RE = /(?<![\w$])(?:billing_?account(?:_?id)?|billingAccount(?:Id)?|billing-account)["']?[ \t]*[:=][ \t]*(["']?)(?:billingAccounts\/)?([0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6})\1(?![\w-])/dgi;
var CONTENT_HASH_RE = /"contentHash"[ \t]*:[ \t]*"([A-Za-z0-9+/]{86}==)"/dg;
var RESOLVED_RE = /"resolved"[ \t]*:[ \t]*"[^"\n]{1,64}"[ \t]*,\s*$/;
function nugetContentHashes(text) {
  if (!text.includes('"contentHash"')) return [];
  const spans = [];
  for (const m of text.matchAll(CONTENT_HASH_RE)) {
    if (RESOLVED_RE.test(text.slice(Math.max(0, m.index - 128), m.index))) spans.push(m.indices[1]);
  }
  return spans;
}
var JEST_SNAPSHOT_HEADER = /^[+\- ]?\/\/ Jest Snapshot v1, https:\/\//m;
var SNAPSHOT_ID_ATTRIBUTE_RE = /^(?:id|data-[a-z][a-z0-9-]{0,64}-id)="([\w:-]{1,128})"$/d;
function jestSnapshotIds(text) {
  if (!JEST_SNAPSHOT_HEADER.test(text)) return [];
  const spans = [];
  for (const line of linesOf(text)) {
    const m = SNAPSHOT_ID_ATTRIBUTE_RE.exec(line.content);
    if (m) spans.push([line.contentStart + m.indices[1][0], line.contentStart + m.indices[1][1]]);
  }
  return spans;
}
var BASE64_LITERAL_RE = /^(?:[\w.]{1,64}[ \t]*[:=][ \t]*)?(?:[\w.]{1,64}\([ \t]*)?(["'])([A-Za-z0-9+/]{16,16384}={0,2})\1[ \t]*[,+\\]?$/d;
var CONTINUED_LITERAL_RE = /^(["'])([A-Za-z0-9+/]{4,16384}={0,2})\1[ \t]*[,+\\)]?$/d;
function opensDocument(base64) {
  const head = Buffer.from(base64.slice(0, 12), "base64").toString("hex");
  return DOCUMENT_MAGIC_HEX.some((magic) => head.startsWith(magic));
}
function encodedDocuments(text) {
  const spans = [];
  let continuing = false;
  for (const line of linesOf(text)) {
    let m = continuing ? CONTINUED_LITERAL_RE.exec(line.content) : null;
    if (m === null) {
      m = BASE64_LITERAL_RE.exec(line.content);
      if (m !== null && !opensDocument(m[2])) m = null;
    }
    continuing = m !== null;
    if (m) spans.push([line.contentStart + m.indices[2][0], line.contentStart + m.indices[2][1]]);
  }
  return spans;
}
function formatSpans(text) {
  const billing = /billing/i.test(text) ? [...text.matchAll(BILLING_ACCOUNT_RE)].map((m) => m.indices[2]) : [];
  return [...goTracebackFrames(text), ...billing, ...nugetContentHashes(text), ...jestSnapshotIds(text), ...encodedDocuments(text)];
}

// src/redact/hl7.ts
var MAGIC_BY_SUBTYPE = {
  pdf: ["255044462d"],
  png: ["89504e470d0a1a0a"],
  gif: ["474946383761", "474946383961"],
  jpeg: ["ffd8ffe0", "ffd8ffe1", "ffd8ffdb"],
  jpg: ["ffd8ffe0", "ffd8ffe1", "ffd8ffdb"]
};
var ED_FIELD_RE = /\|[A-Za-z0-9 _.-]{0,32}\^(?:application|image|AP|IM)\^([A-Za-z]{3,4})\^Base64\^([A-Za-z0-9+/]{16,65536}={0,2})(?=[|~\r\n]|$)/dg;
function isDocument(subtype, base64) {
  const magics = MAGIC_BY_SUBTYPE[subtype.toLowerCase()];
  if (magics === void 0) return false;
  if (Buffer.from(base64, "base64").toString("base64") !== base64) return false;
  const head = Buffer.from(base64.slice(0, 12), "base64").toString("hex");
  return magics.some((magic) => head.startsWith(magic));
}
function hl7DocumentSpans(text) {
  if (!text.includes("^Base64^")) return [];
  const spans = [];
  for (const m of text.matchAll(ED_FIELD_RE)) if (isDocument(m[1], m[2])) spans.push(m.indices[2]);
  return spans;
}

// src/redact/key-ids.ts
var KEY_ID_RE = /(?<![A-Za-z0-9])(?:(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}|AKID[A-Za-z0-9]{32}|LTAI[A-Za-z0-9]{12,24})(?![A-Za-z0-9])/g;
var KEY_ID_NEEDLE_RE = /AKIA|ASIA|ABIA|ACCA|AKID|LTAI/;
var NEUTRAL_NAME = "AccessKeyId";
var SECRET_SHAPE_RE = /[A-Za-z0-9+/]{30,}/g;
var ASSIGNED_RE = /(?:[=:\uff1a]>?)[ \t]*["'`]?$/;
function isAssigned(text, at) {
  const before = text.slice(Math.max(0, at - 64), at);
  return ASSIGNED_RE.test(before.slice(before.lastIndexOf("\n") + 1));
}
var STORE_REFERENCE_RE = /op:\/\/|secretKeyRef/;
var STORE_LINE_RE = /^[^\n]*?(?:\b(?:vault|secrets?[ _-]?manager|parameter[ _-]?store|ssm|key[ _-]?vault)\b|密钥管理|凭据管理)[^\n]*$/gim;
var SECRET_WORD_RE = /secret|credential|password|key|token|密钥|凭据|密码/i;
function namesSecretStore(text) {
  return STORE_REFERENCE_RE.test(text) || [...text.matchAll(STORE_LINE_RE)].some((m) => SECRET_WORD_RE.test(m[0]));
}
function looksLikePairSecret(run) {
  return /[a-z]/.test(run) && /[A-Z]/.test(run) && (/\d/.test(run) || looksRandom(run));
}
function keyIdSpans(text, isClean) {
  if (!KEY_ID_NEEDLE_RE.test(text) || text.includes("[REDACTED:")) return [];
  const ids = [...text.matchAll(KEY_ID_RE)];
  if (ids.length === 0 || ids.some((m) => isAssigned(text, m.index)) && !namesSecretStore(text)) return [];
  const rest = text.replace(KEY_ID_RE, NEUTRAL_NAME);
  if ([...rest.matchAll(SECRET_SHAPE_RE)].some((m) => looksLikePairSecret(m[0])) || !isClean(rest)) return [];
  return ids.map((m) => [m.index, m.index + m[0].length]);
}

// src/redact/kms-blobs.ts
var KMS_BLOB_RE = /(?<![A-Za-z0-9+/_-])AQ[EI][BC]AH[g-j][A-Za-z0-9+/]{130,8192}={0,2}(?![A-Za-z0-9+/_=-])/g;
var MIN_BYTES2 = 100;
var CMS_LENGTH_AT = 54;
var CMS_AT = 58;
var DER_SEQUENCE = 48;
var TEXT_RUN_RE = /[\x20-\x7e]{16}|(?:[\x20-\x7e]\x00){8}/;
function isKmsBlob(bytes) {
  if (bytes.length < MIN_BYTES2 || bytes[0] !== 1 || bytes[3] !== 0 || bytes[4] !== 120) return false;
  if (TEXT_RUN_RE.test(bytes.toString("latin1"))) return false;
  if (![1, 2].includes(bytes[1]) || ![1, 2].includes(bytes[2])) return false;
  const stated = bytes.readUInt32BE(CMS_LENGTH_AT);
  const layout = bytes[CMS_AT] === DER_SEQUENCE && stated > 0 && stated <= bytes.length;
  return !layout || CMS_AT + stated === bytes.length;
}
var CLI_OUTPUT_RE = /aws[ \t]+kms[ \t]+(?:encrypt|re-encrypt|generate-data-key(?:-without-plaintext)?)[ \t][^\r\n]{0,1024}\r?\n(AQ[EI][BC]AH[g-j][A-Za-z0-9+/]{40,8192}={0,2})[ \t]*(?=\r?\n|$)/dg;
var CLI_QUERY_RE = /--query[ \t=]+["']?CiphertextBlob["']?(?=\s)/;
var CLI_TEXT_RE = /--output[ \t=]+text\b/;
var MIN_CLI_BYTES = 48;
function overrunsLayout(bytes) {
  if (bytes.length <= CMS_AT || bytes[CMS_AT] !== DER_SEQUENCE) return false;
  return CMS_AT + bytes.readUInt32BE(CMS_LENGTH_AT) < bytes.length;
}
function cliOutputSpans(text) {
  if (!text.includes("CiphertextBlob")) return [];
  const spans = [];
  for (const m of text.matchAll(CLI_OUTPUT_RE)) {
    const command = m[0].slice(0, m.indices[1][0] - m.index);
    if (!CLI_QUERY_RE.test(command) || !CLI_TEXT_RE.test(command)) continue;
    const bytes = Buffer.from(m[1], "base64");
    if (bytes.length >= MIN_CLI_BYTES && bytes[3] === 0 && bytes[4] === 120 && !TEXT_RUN_RE.test(bytes.toString("latin1")) && !overrunsLayout(bytes)) spans.push(m.indices[1]);
  }
  return spans;
}
function kmsBlobSpans(text) {
  if (!/AQ[EI][BC]AH/.test(text)) return [];
  const spans = cliOutputSpans(text);
  for (const m of text.matchAll(KMS_BLOB_RE)) {
    if (!isBinaryBase642(m[0], MIN_BYTES2)) continue;
    if (isKmsBlob(Buffer.from(m[0], "base64"))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// src/redact/vendor-paths.ts
var TOKEN_PATH_SRC = String.raw`(?:inputs|bulk|receiver\/v1\/(?:http|otlp|logs|metrics)|t|noformat|integration|integrations\/v1\/[\w-]{1,40}|input|push|heartbeats?)`;
var TOKEN_HOST_SRC = String.raw`(?:hc-ping\.com|nosnch\.in|api\.day\.app|s(?:ct)?api\.ftqq\.com|(?:push|notify|ping|hooks?|webhooks?)\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6})`;

// src/redact/saas-key-rules.ts
var generatedHex = (s) => !isPlaceholder(s) && /[0-9]/.test(s) && /[a-f]/i.test(s) && new Set(s.toLowerCase()).size >= 8;
var SAAS_KEY_RULES = [
  // Ghost Admin API keys are `{id}:{secret}`: a 24-hex key id, then the 64-hex secret that signs admin JWTs. The id
  // names the key and stays; the secret is cut.
  {
    kind: "api-token",
    needle: /[0-9a-f]{24}:[0-9a-f]{64}/i,
    re: /(?<pre>(?<![0-9A-Za-z_:])[0-9a-f]{24}:)(?<secret>[0-9a-f]{64})(?![0-9A-Za-z_:])/gi,
    accept: (s, g) => generatedHex(s) && generatedHex(g.pre.slice(0, 24))
  },
  // Appwrite server API keys (Console → API keys, given to `setKey(…)`): `standard_` and 256 hex.
  {
    kind: "api-token",
    needle: /standard_/,
    re: /(?<pre>(?<![A-Za-z0-9_])standard_)(?<secret>[0-9a-f]{256})(?![A-Za-z0-9_])/g,
    accept: generatedHex
  },
  // Customer.io's App API client: Python's `APIClient(key, region=Regions.EU)`, Node's `new APIClient(key, { region:
  // RegionEU })`, and the client named with its module (`customerio.APIClient(key)`); the region enum is Customer.io's.
  {
    kind: "api-token",
    needle: /APIClient/,
    re: /(?<pre>(?<![\w$])(?:(?:customerio\.)APIClient|APIClient(?=[ \t]*\([ \t]*["'][0-9a-f]{20,64}["'][ \t]*,[ \t]*(?:region[ \t]*=[ \t]*Regions\.|\{[ \t]*region[ \t]*:[ \t]*Region)))[ \t]*\([ \t]*["'])(?<secret>[0-9a-f]{20,64})(?=["'])/g,
    accept: generatedHex
  },
  // Freshdesk (and Freshservice) take the API key as the Basic-auth user with any dummy password, `X` in their docs:
  // `("<key>", "X")` given to requests or HTTPBasicAuth, `curl -u <key>:X`. A word (`("admin", "X")`) stays.
  {
    kind: "api-token",
    needle: /["']X["']|:X(?![\w-])/,
    re: /(?<pre>(?:[([][ \t]*|(?<![\w-])-u[ \t]{1,8}|--user[ \t=]{1,8})["']?)(?<secret>[A-Za-z0-9]{16,64})(?=["'][ \t]*,[ \t]*["']X["'][ \t]*[)\]]|:X(?![\w@-]))/g,
    accept: (s) => !isPlaceholder(s) && looksRandom(s)
  },
  // A Zoom or Webex invite's host key: the 6–10 digit PIN that claims host controls of the meeting. Only digits after
  // the label, so SSH's "Host key verification failed" and key fingerprints stay.
  {
    kind: "password",
    needle: /host key/i,
    re: /(?<pre>(?<![\w-])Host[ \t]+key[ \t]*[:：][ \t]*)(?<secret>\d{6,10})(?![\w.-])/gi,
    accept: (s) => !/^(\d)\1+$/.test(s)
  },
  // curl's `-u user:'password'` quoting only the password (it holds shell characters): the password runs to its
  // closing quote. A `$VAR` is a reference, not the password.
  {
    kind: "password",
    needle: /-u|--user/,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:-u|--user)(?:[ \t]{1,8}|=)[^\s:"'@$]{1,128}:(?<q>["']))(?<secret>(?:(?!\k<q>)[^\n\\]){1,256})(?=\k<q>)/g,
    accept: (s) => !isPlaceholder(s) && !/^\$/.test(s)
  }
];

// src/redact/vendor-rules.ts
var UUID_OR_HEX_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$|^[0-9a-f]{20,}$/i;
var generated5 = (s) => !isPlaceholder(s) && (looksRandom(s) || UUID_OR_HEX_RE.test(s));
var CREDENTIAL_HEADER_SRC = String.raw`(?:Authorization|X-Api-?Key|Api-?Key|X-Auth-Token|X-Access-Token|Access-Token|X-Token|Token|X-App-?Key|AppKey|X-Auth-Key)`;
var HASH_NAME_RE = /^(?:sha\d*|md\d|blake\w*|sm3|crc\d*|xxh\w*)$/i;
var VENDOR_PATTERN_RULES = [
  // A literal given to a header setter as an API key or Authorization (天眼查's `.header("Authorization", "<uuid>")`,
  // `setRequestHeader("X-Api-Key", "…")`); a Bearer scheme is cut by the Authorization rule.
  {
    kind: "api-token",
    needle: /header|\.set\(|\.append\(|\.add\(/i,
    re: new RegExp(String.raw`(?<pre>(?<![\w$])(?:header|addHeader|setHeader|setRequestHeader|set|append|add|put)[ \t]*\([ \t]*["']${CREDENTIAL_HEADER_SRC}["'][ \t]*,[ \t]*["'])(?<secret>[^"'\s]{16,512})(?=["'])`, "gi"),
    accept: generated5
  },
  // Cloud-testing vendors (Sauce Labs, BrowserStack, LambdaTest, TestingBot): WebdriverIO and Nightwatch configs
  // give the access key as `key:` or `accessKey:` next to the user.
  {
    kind: "api-token",
    needle: /sauce|browserstack|lambdatest|testingbot/i,
    re: /(?<pre>(?<![\w$-])["']?(?:key|access_?key|accessKey|sauce_?key|sauceKey)["']?[ \t]*[:=][ \t]*["'])(?<secret>[A-Za-z0-9-]{16,64})(?=["'])/gi,
    accept: generated5
  },
  // ZooKeeper digest logins (ElasticJob `digest: user:pass`, `addauth digest user:pass`, Curator
  // `authorization("digest", "user:pass"…)`): the part after the user is the password.
  {
    kind: "password",
    needle: /digest/i,
    re: /(?<pre>(?<![\w-])["']?digest["']?(?:[ \t]*[:=,][ \t]*|[ \t]+)["']?(?<user>[A-Za-z0-9_.-]{1,64}):)(?<secret>[^\s"'@:,;]{6,128})/gi,
    accept: (s, g) => !HASH_NAME_RE.test(g.user ?? "") && !isPlaceholder(s) && !/^[0-9a-f]+$/i.test(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s)
  },
  // Zapier catch hooks: `/hooks/catch/<account>/<key>/`; the key is 6–16 characters, shorter than other hooks'.
  {
    kind: "webhook",
    needle: /zapier/i,
    re: /(?<pre>hooks\.zapier\.com\/hooks\/(?:catch|standard)\/\d{1,16}\/)(?<secret>[A-Za-z0-9]{6,64})/g,
    accept: (s) => !isPlaceholder(s) && !/^\d+$/.test(s) && (/\d/.test(s) || /[a-z]/.test(s) && /[A-Z]/.test(s))
  }
];

// src/redact/patterns.ts
var mixedCaseAndDigits = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
var notPlaceholder = (s) => !isPlaceholder(s);
var bodyNotPlaceholder = (prefix) => (s) => notPlaceholder(s.replace(prefix, ""));
var notTheUser = (s, g) => s !== /([^/:]*):$/.exec(g.pre ?? "")?.[1] || !/^[A-Za-z][A-Za-z0-9_.-]{0,31}$/.test(s) || !isMadeOfWords(s);
var KNOWN_SCHEME_RE = /^(?:bearer|basic|token|digest|bot|apikey|sso-key)[ \t]/i;
var looksGenerated2 = (s) => looksRandom(s) || /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$|^[0-9a-f]{20,}$/i.test(s);
function hasLowerAlnumRun(text, n) {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 97 && c <= 122 || c >= 48 && c <= 57 ? run + 1 : 0;
    if (run >= n) return true;
  }
  return false;
}
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
  // SignalWire project tokens: "PT" and 48 hex digits (the project id beside it is a UUID).
  { kind: "api-token", needle: "PT", re: /(?<![A-Za-z0-9])(?<secret>PT[0-9a-f]{48})(?![A-Za-z0-9])/g },
  { kind: "twilio-key", needle: "SK", re: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9])/g },
  { kind: "mailgun-key", needle: "key-", re: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32}(?:-[0-9a-f]{8}){0,2})(?![A-Za-z0-9])/g },
  // Mailgun's newer keys: 32 hex, then two groups of 8 (a UUID's groups are 8-4-4-4-12).
  { kind: "mailgun-key", needle: /-(?<=[0-9a-f]{32}-)/, re: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/g },
  // Twilio's auth token as the argument after the account SID: Client('AC…', '<token>').
  { kind: "twilio-key", needle: "AC", re: /(?<pre>(?<![A-Za-z0-9])AC[0-9a-f]{32}["']?[ \t]{0,8},[ \t]{0,8}["']?)(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])/g },
  // Newer provider prefixes; the body must carry a digit so words (`pul-request…`) stay.
  {
    kind: "api-token",
    needle: /sb_secret_|lin_api_|r8_|gsk_|nfp_|NRAK-|bkua_|HRKU-|rubygems_|ATATT3|ntn_|sntr[ysu]s?_|CFPAT-|xai-|sq0(?:csp|atp)-|dp\.(?:st|pt)\.|pscale_|fo1_|lsv2_|phx_|rnd_|pk_live_/,
    re: /(?<![A-Za-z0-9_-])(?<secret>(?:sb_secret_|lin_api_|r8_|gsk_|nfp_|NRAK-|bkua_|HRKU-|rubygems_|ATATT3|ntn_|sntrys_|sntryu_|CFPAT-|xai-|sq0csp-|sq0atp-|dp\.st\.|dp\.pt\.|pscale_(?:pw|tkn|oauth)_|fo1_|lsv2_(?:pt|sk)_|phx_|rnd_)[A-Za-z0-9_=.+/-]{16,600})/g,
    accept: (s) => /\d/.test(s) && notPlaceholder(s)
  },
  // Omise's secret keys (`skey_test_…`, live `skey_…`); its public keys are `pkey_`.
  { kind: "api-token", needle: "skey_", re: /(?<![A-Za-z0-9_])(?<secret>skey_(?:test_)?[a-z0-9]{16,32})(?![A-Za-z0-9_])/g, accept: (s) => /\d/.test(s) && /[a-z]/.test(s.replace(/^skey_(?:test_)?/, "")) },
  // Flutterwave's secret keys (`FLWSECK-<32 hex>-X`, test `FLWSECK_TEST-…`); its public keys are `FLWPUBK-`.
  { kind: "api-token", needle: "FLWSECK", re: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[0-9a-f]{32}-X)(?![A-Za-z0-9_])/g },
  { kind: "digitalocean-token", needle: "_v1_", re: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/g },
  { kind: "shopify-token", needle: "shp", re: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9])/g },
  // WooCommerce REST keys: consumer key `ck_` and consumer secret `cs_`, each 40 hex (Stripe's `cs_live_` ids are not hex).
  { kind: "api-token", needle: /c[ks]_/, re: /(?<![A-Za-z0-9_])(?<secret>c[ks]_[0-9a-f]{40})(?![A-Za-z0-9_])/g },
  // Asana personal access tokens: `1/` or `2/`, the user's and the app's numeric ids, then 32 hex.
  { kind: "api-token", needle: /[12]\/\d/, re: /(?<![\w/.-])(?<secret>[12]\/\d{10,20}\/\d{10,20}:[0-9a-f]{32})(?![A-Za-z0-9])/g },
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
    needle: (text) => hasLowerAlnumRun(text, 52),
    re: /(?<![A-Za-z0-9])(?<secret>[a-z0-9]{52})(?![A-Za-z0-9])/g,
    accept: (s) => (s.match(/[0-9]/g) ?? []).length >= 4 && (s.match(/[a-z]/g) ?? []).length >= 20 && !/^[0-9a-f]+$/.test(s) && !s.startsWith("baf")
  },
  // SDK and mobile keys that are a UUID after a short prefix (LaunchDarkly `sdk-…`, `mob-…`).
  { kind: "api-token", needle: /(?:sdk|mob)-/, re: /(?<![A-Za-z0-9_-])(?<secret>(?:sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g },
  // Firebase Cloud Messaging legacy server keys: `AAAA` and a short id, a colon, then the key proper (which the
  // key-body pass may have taken already: then the id before it goes).
  { kind: "api-token", needle: "AAAA", re: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7,16}(?::[A-Za-z0-9_-]{100,400}|(?=:\[REDACTED:)))/g },
  // A key as the whole user part of a URL (Sentry DSNs: https://<key>@o1.ingest.sentry.io/2).
  // Uptrace and other DSNs carry shorter tokens there (22 characters): random ones count from 16.
  { kind: "url-token", needle: /:\/\/[\w-]{16,256}@/, re: /(?<pre>[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/)(?<secret>[0-9a-f]{32,64}|[A-Za-z0-9_-]{16,256})(?=@[A-Za-z0-9.-]{1,256})/g, accept: (s) => s.length >= 24 ? /^[0-9a-f]+$/.test(s) || looksRandom(s) : looksRandom(s) && /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s) },
  {
    kind: "jwt",
    needle: "eyJ",
    re: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,8192}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,8192})(?![A-Za-z0-9_-])/g
  },
  // Oracle EZConnect and sqlplus: user/password@//host or user/password@host:port — keep the user and the host.
  {
    kind: "url-password",
    needle: /@(?:\/\/[A-Za-z0-9.-]|[A-Za-z0-9.-]{1,253}:\d)/,
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
    needle: /@(?:(?:tcp|udp|unix)\(|[A-Za-z0-9.-]{1,600}:\d)/,
    re: /(?<pre>(?<![\w$.:/@%+[-])[A-Za-z_][\w.-]{0,63}:)(?<secret>[^\s:@/"'`<>[\]]{1,128})(?=@(?<host>(?:tcp|udp|unix)\(|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}:\d{2,5}(?![\w.])))/g,
    // Behind a host:port (not a Go network), a password has a character that is not a letter ("mailto:ann@…"); a
    // two-letter one ("app:pw@…") is an example.
    accept: (s, g) => s.length >= 4 && notPlaceholder(s) && notTheUser(s, g) && (g.host.endsWith("(") || /[^A-Za-z]/.test(s))
  },
  // scheme://user:password@host — keep the user and the host.
  {
    kind: "url-password",
    needle: /:\/\/[^\s:@/?#"'`<>[\]]{0,256}:[^\s/?"'`<>]{1,256}@/,
    // A `+` may precede the scheme only as a diff marker at a line start ("git+ssh" is one scheme).
    re: /(?<![A-Za-z0-9.-])(?<![^\n]\+)(?<pre>[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:@/?#"'`<>[\]]{0,256}:)(?<secret>[^\s/?"'`<>]{1,256})(?=@[^\s@/?#"'`<>]{1,256})/g,
    accept: (s, g) => notPlaceholder(s) && notTheUser(s, g)
  },
  // Authorization: <scheme> <credentials>, as a header line, a curl -H argument or a headers object entry.
  {
    kind: (g) => /^basic/i.test(g.scheme ?? "") ? "basic-auth" : "bearer-token",
    needle: /authorization/i,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["'`]?[ \t]{0,8}(?<scheme>[A-Za-z][\w-]{1,31}[ \t]{1,8})?)(?<secret>[^\s"'`,;<>(){}[\]$]{8,4096})(?![(\[])/gi,
    // Without a known scheme the value must look generated: `authorization = self.headers.get(...)` is code, while
    // vendors name their own schemes (`Splunk <uuid>`, `GenieKey <uuid>`, `SSWS <token>`, `Api-Token <token>`).
    // Digest's credentials are a parameter list (`username="alice", …`): its response is cut by the rule below.
    accept: (secret, groups) => notPlaceholder(secret) && !isCodePath(secret) && !/^digest[ \t]/i.test(groups.scheme ?? "") && (KNOWN_SCHEME_RE.test(groups.scheme ?? "") || looksGenerated2(secret))
  },
  // HTTP and SIP Digest: `response="<hex>"` hashes the password with the nonce and replays within it; the username,
  // realm, nonce and uri are public parameters and stay.
  {
    kind: "secret",
    needle: /digest/i,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["'`]?[ \t]{0,8}digest[ \t][^\n]{0,2048}?(?<![\w-])response[ \t]*=[ \t]*"?)(?<secret>[0-9a-fA-F]{32,128})(?![0-9a-zA-Z])/gi
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
  // EasyPost API keys: EZAK (production) or EZTK (test) then lower-case hex; a capital after the prefix is a word.
  { kind: "api-token", needle: /EZ[AT]K/, re: /(?<![A-Za-z0-9_-])(?<secret>EZ[AT]K[0-9a-f]{32,64})(?![A-Za-z0-9_-])/g },
  // A secret key's first characters quoted with an ellipsis in chat ("sk.8o9PGzhuL7…", "ghp_x7Qk2m..."): a piece of
  // the key, which the whole key's cut elsewhere does not cover. Secret prefixes only (a publishable pk_ is public).
  {
    kind: "api-token",
    needle: /…|\.\.\./,
    re: /(?<![A-Za-z0-9_.-])(?<secret>(?:sk|rk|sk_live|rk_live|sk_test|ghp|gho|ghs|ghu|github_pat|glpat|xox[abpr]|npm|hf|pypi)[._-][A-Za-z0-9_-]{6,64})(?=…|\.\.\.)/g,
    accept: (s) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s)
  },
  // Dynatrace API tokens (dt0c01.<public id>.<secret>): a fixed shape, no name needed.
  { kind: "api-token", needle: "dt0", re: /(?<![A-Za-z0-9_-])(?<secret>dt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9])/g },
  // Ingest and ping URLs whose path segment is the key (vendor-paths.ts).
  {
    kind: "url-token",
    needle: /:\/\//,
    re: new RegExp(String.raw`(?<pre>https?:\/\/(?:[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[^\s?#"'\x60<>]{0,200}\/)?${TOKEN_PATH_SRC}|(?:[\w-]{1,63}\.)?${TOKEN_HOST_SRC}(?::\d{1,5})?)\/)(?<secret>[A-Za-z0-9_=-]{16,1024})`, "g"),
    accept: (s) => !isPlaceholder(s) && (looksGenerated2(s) || /^[0-9a-f-]{16,}$/i.test(s))
  },
  { kind: "azure-sas", needle: "sig=", re: /(?<pre>[?&]sig=)(?<secret>[A-Za-z0-9%+/=]{16,512})/g },
  // A service-account key's id travels with the key; alone it still names which key leaked, so it goes too.
  { kind: "private-key", needle: "private_key_id", re: /(?<pre>"private_key_id"[ \t]*:[ \t]*")(?<secret>[0-9a-f]{40})(?=")/g },
  // .netrc / _netrc: machine <host> login <user> password <password>.
  {
    kind: "password",
    needle: "machine",
    re: /(?<pre>(?<![A-Za-z0-9_-])machine[ \t]+\S{1,256}(?:(?:\s|(?<=\n)[+\- ]){1,16}login[ \t]+\S{1,256})?(?:\s|(?<=\n)[+\- ]){1,16}password[ \t]+)(?<secret>[^\s"'`]{1,256})/g,
    accept: notPlaceholder
  },
  // Before curl's `-u user:password`: Freshdesk's `-u <key>:X` is a key, not a user.
  ...SAAS_KEY_RULES,
  // curl -u user:password / --user=user:password, jenkins-cli -auth user:token; not a user holding a
  // marker, whose own colon would read as user:password on a second pass. A user that is one whole marker (cut
  // earlier) is read whole, so the password after it goes too.
  {
    kind: "password",
    needle: /-u|--user|-auth/,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:-u|--user|-auth)(?:[ \t]{1,8}|=)["']?(?:\[REDACTED:[\w-]{1,40}\]|(?:(?!\[REDACTED:)[^\s:"'@$]){1,128}):)(?<secret>[^\s"']{1,256})/g,
    accept: notPlaceholder
  },
  ...VENDOR_PATTERN_RULES
];
function hasNeedle(text, needle) {
  if (needle === void 0) return true;
  if (typeof needle === "function") return needle(text);
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

// src/redact/secret-formats.ts
function hasSecretFormat(value) {
  const probe = new Tally();
  redactPatterns(value, probe);
  return probe.count > 0;
}

// src/redact/nonces.ts
var CSP_NONCE_RE = /'nonce-[A-Za-z0-9+/_-]{8,256}={0,2}'/g;
var CSP_DIRECTIVE_RE = /\b(?:script|style|default)-src\b/;
var DIRECTIVE_REACH = 512;
var TAG_NONCE_RE = /<(?:script|style|link)\b[^<>]{0,512}?\snonce=(["'])([A-Za-z0-9+/_-]{8,256}={0,2})\1/dg;
function cspNonces(text) {
  if (!text.includes("nonce")) return [];
  const spans = [];
  for (const m of text.matchAll(CSP_NONCE_RE)) {
    const before = text.slice(Math.max(0, m.index - DIRECTIVE_REACH), m.index);
    if (CSP_DIRECTIVE_RE.test(before.slice(before.lastIndexOf("\n") + 1))) spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(TAG_NONCE_RE)) spans.push(m.indices[2]);
  return spans;
}
var URL_QUERY_RE = /\?([^\s"'<>#]{1,4096})/dg;
var FRONT_CHANNEL_PARAM_RE = /(?:^|&)(?:state|nonce|code_challenge)=([A-Za-z0-9._~%-]{1,512})(?=&|$)/dg;
function authorizationRequests(text) {
  if (!text.includes("response_type=")) return [];
  const spans = [];
  for (const m of text.matchAll(URL_QUERY_RE)) {
    const query = m[1];
    if (!/(?:^|&)response_type=/.test(query) || !/(?:^|&)client_id=/.test(query)) continue;
    const at = m.indices[1][0];
    for (const p of query.matchAll(FRONT_CHANNEL_PARAM_RE)) spans.push([at + p.indices[1][0], at + p.indices[1][1]]);
  }
  return spans;
}
var CHALLENGE_RE = /"challenge"[ \t]*:[ \t]*"([A-Za-z0-9_-]{16,128})"/dg;
var WEBAUTHN_KEYS_RE = /"(?:pubKeyCredParams|allowCredentials|rpId|userVerification|authenticatorSelection|excludeCredentials)"[ \t]*:/;
var OPTIONS_REACH = 1024;
function webauthnChallenges(text) {
  if (!text.includes('"challenge"')) return [];
  const spans = [];
  for (const m of text.matchAll(CHALLENGE_RE)) {
    const around = text.slice(Math.max(0, m.index - OPTIONS_REACH), m.index + m[0].length + OPTIONS_REACH);
    if (WEBAUTHN_KEYS_RE.test(around)) spans.push(m.indices[1]);
  }
  return spans;
}
var CSRF_NAMES = "csrf-token|_csrf|csrf_token";
var CSRF_VALUE = "[A-Za-z0-9+/_-]{16,256}={0,2}";
var CSRF_NAME_FIRST_RE = new RegExp(String.raw`<meta[ \t]+name=(["'])(?:${CSRF_NAMES})\1[ \t]+content=(["'])(${CSRF_VALUE})\2[ \t]*\/?>`, "dg");
var CSRF_CONTENT_FIRST_RE = new RegExp(String.raw`<meta[ \t]+content=(["'])(${CSRF_VALUE})\1[ \t]+name=(["'])(?:${CSRF_NAMES})\3[ \t]*\/?>`, "dg");
function csrfMetaTags(text) {
  if (!text.includes("<meta")) return [];
  const nameFirst = [...text.matchAll(CSRF_NAME_FIRST_RE)].map((m) => m.indices[3]);
  return nameFirst.concat([...text.matchAll(CSRF_CONTENT_FIRST_RE)].map((m) => m.indices[2]));
}
var LOG_CSRF_RE = /(?<=[ \t?&])(?:csrf|_csrf|csrf_token|csrftoken|csrfmiddlewaretoken|authenticity_token|xsrf|_xsrf)=([A-Za-z0-9+/_-]{16,256}={0,2})(?=[ \t&]|$)/dgm;
var REQUEST_RE = /\b(?:GET|POST|PUT|PATCH|DELETE)[ \t]+\//;
var REQUEST_REACH = 2048;
function loggedCsrfTokens(text) {
  if (!/csrf|xsrf|authenticity_token/i.test(text)) return [];
  const spans = [];
  for (const m of text.matchAll(LOG_CSRF_RE)) {
    const before = text.slice(Math.max(0, m.index - REQUEST_REACH), m.index);
    const line = before.slice(before.lastIndexOf("\n") + 1);
    const rest = text.slice(m.index, m.index + REQUEST_REACH);
    const lineRest = rest.slice(0, (rest.indexOf("\n") + 1 || rest.length + 1) - 1);
    if (REQUEST_RE.test(line) && !/cookie/i.test(line + lineRest) && !hasSecretFormat(m[1])) spans.push(m.indices[1]);
  }
  return spans;
}
var OAUTH_NONCE_RE = /(?<![\w-])oauth_nonce=(["']?)((?:[A-Za-z0-9._~+/-]|%(?:2[BbFf]|3[Dd])){8,128}={0,2})\1(?=[,&\s]|$)/dg;
var PARAMETERS_REACH = 1024;
function oauthNonces(text) {
  if (!text.includes("oauth_nonce=")) return [];
  const spans = [];
  for (const m of text.matchAll(OAUTH_NONCE_RE)) {
    const before = text.slice(Math.max(0, m.index - PARAMETERS_REACH), m.index);
    const after = text.slice(m.index, m.index + PARAMETERS_REACH);
    const line = before.slice(before.lastIndexOf("\n") + 1) + after.split("\n", 1)[0];
    if (line.includes("oauth_signature_method=") && line.includes("oauth_timestamp=") && !hasSecretFormat(m[2])) spans.push(m.indices[2]);
  }
  return spans;
}
function nonceSpans(text) {
  return [...oauthNonces(text), ...cspNonces(text), ...authorizationRequests(text), ...webauthnChallenges(text), ...csrfMetaTags(text), ...loggedCsrfTokens(text)];
}

// src/redact/dev-default-data.ts
var DOCUMENTED_DEFAULTS = {
  // MinIO: "minioadmin:minioadmin" (MINIO_ROOT_USER / MINIO_ROOT_PASSWORD, formerly MINIO_ACCESS_KEY / MINIO_SECRET_KEY).
  MINIO_ROOT_USER: "minioadmin",
  MINIO_ROOT_PASSWORD: "minioadmin",
  MINIO_ACCESS_KEY: "minioadmin",
  MINIO_SECRET_KEY: "minioadmin"
};

// src/redact/dev-defaults.ts
var SETTING_RE = /(?<![\w$.-])(["']?)([A-Z][A-Z0-9_]{2,63})(?:\1[ \t]*[:=][ \t]*(["']?)([\w.-]{1,64})\3(?=[ \t]*[,;]?[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$))|=([\w.-]{1,64})\1(?=[\s,;]|$))/dg;
function devDefaultSpans(text) {
  if (!Object.keys(DOCUMENTED_DEFAULTS).some((name) => text.includes(name))) return [];
  const spans = [];
  for (const m of text.matchAll(SETTING_RE)) {
    const name = m[2];
    if (!Object.hasOwn(DOCUMENTED_DEFAULTS, name)) continue;
    const at = m[4] !== void 0 ? 4 : m[1] !== "" ? 5 : void 0;
    if (at !== void 0 && m[at] === DOCUMENTED_DEFAULTS[name]) spans.push(m.indices[at]);
  }
  return spans;
}

// src/redact/minisign-keys.ts
var KEY_RE = /(?<![A-Za-z0-9+/_-])RW[Q-T][A-Za-z0-9+/]{53}(?![A-Za-z0-9+/_=-])/g;
var KEY_BYTES = 42;
var TOOL_RE = /\b(?:minisign|signify)\b/i;
var PUBLIC_RE = /\bpublic[ \t_-]?key\b|\bpubkey\b|(?:^|\s)-P[ \t]+$/i;
var SECRET_RE = /secret|private|seckey|私钥|密钥/i;
var CONTEXT_REACH = 512;
function contextOf2(text, at) {
  const before = text.slice(Math.max(0, at - CONTEXT_REACH), at);
  const lineStart = before.lastIndexOf("\n");
  return before.slice(before.lastIndexOf("\n", lineStart - 1) + 1);
}
function minisignKeySpans(text) {
  if (!text.includes("RW") || !TOOL_RE.test(text)) return [];
  const spans = [];
  for (const m of text.matchAll(KEY_RE)) {
    const bytes = Buffer.from(m[0], "base64");
    if (bytes.length !== KEY_BYTES || bytes.toString("latin1", 0, 2) !== "Ed") continue;
    const context = contextOf2(text, m.index);
    if (TOOL_RE.test(context) && PUBLIC_RE.test(context) && !SECRET_RE.test(context)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// src/redact/sip-ids.ts
var TOKEN = "[A-Za-z0-9.!%*_+`'~-]{1,128}";
var END = String.raw`(?=[;,>\s]|$)`;
var LINE_START = String.raw`(?:^|\n)[ \t+-]?`;
var VIA_BRANCH_RE = new RegExp(String.raw`${LINE_START}(?:Via|v)[ \t]*:[ \t]*SIP\/2\.0\/[A-Za-z]{2,4}\b[^\r\n;]{0,256}(?:;[^\r\n;]{0,128}){0,8}?;[ \t]*branch=(z9hG4bK${TOKEN})${END}`, "dgi");
var DIALOG_TAG_RE = new RegExp(String.raw`${LINE_START}(?:From|To|f|t)[ \t]*:[^\r\n;]{0,256}(?:;[^\r\n;]{0,128}){0,8}?;[ \t]*tag=(${TOKEN})${END}`, "dgi");
var START_LINE_RE = /(?:^|\n)[ \t+-]?(?:[A-Z]{3,9}[ \t]+sips?:[^\s]{1,256}[ \t]+SIP\/2\.0|SIP\/2\.0[ \t]+\d{3}\b)/;
var isId = (value) => !hasSecretFormat(value.replace(/^z9hG4bK/, ""));
function sipIdSpans(text) {
  if (!text.includes("SIP/2.0")) return [];
  const matches = [...text.matchAll(VIA_BRANCH_RE)];
  if (START_LINE_RE.test(text)) matches.push(...text.matchAll(DIALOG_TAG_RE));
  return matches.filter((m) => isId(m[1])).map((m) => m.indices[1]);
}

// src/redact/text-fixtures.ts
var QUOTED_B64_RE = /(["'`])([A-Za-z0-9+/]{16,4096}={0,2})\1/dg;
var TEST_PATH_RE = /(?:^|[\s/"'`(（])(?:tests?|specs?|__tests__|__fixtures__|fixtures?|testdata)\/|[\w-]\.(?:test|spec)\.[a-z]{1,4}\b|(?:^|[/\s])test_\w+\.py\b|_test\.(?:go|py|rb)\b/;
var CONTROL_RE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
var DELIMITERS = "*|~^,;:=&{}<>	\n";
var MIN_DELIMITERS = 3;
var MIN_TEXT = 24;
function decodedText(token) {
  const bytes = Buffer.from(token, "base64");
  if (bytes.toString("base64") !== token) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return CONTROL_RE.test(text) ? null : text;
  } catch {
    return null;
  }
}
var FIELD_NAME_RE = /[A-Za-z_][A-Za-z0-9_.-]{0,63}|密码|口令|密钥|令牌|秘钥/g;
function namesCredential(text) {
  for (const [name] of text.matchAll(FIELD_NAME_RE)) {
    if (!/^[A-Za-z_]/.test(name) || categorize(name) !== null) return true;
  }
  return false;
}
function isRecordText(text) {
  if (text.length < MIN_TEXT || !isMadeOfWords(text) || namesCredential(text)) return false;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of text) if (DELIMITERS.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= MIN_DELIMITERS);
}
function textFixtureSpans(text, isClean) {
  if (!TEST_PATH_RE.test(text)) return [];
  const spans = [];
  const texts = [];
  for (const m of text.matchAll(QUOTED_B64_RE)) {
    const decoded = decodedText(m[2]);
    if (decoded === null || !isRecordText(decoded)) continue;
    spans.push(m.indices[2]);
    texts.push(decoded);
  }
  return spans.length > 0 && isClean(texts.join("\n\n")) ? spans : [];
}

// src/redact/public-keys.ts
var DER_TOKEN_RE = /(?<![A-Za-z0-9+/_-])M[A-Za-z0-9+/]{39,8192}={0,2}(?![A-Za-z0-9+/_=-])/g;
var SEQUENCE = 48;
var OID = 6;
var BIT_STRING = 3;
var INTEGER = 2;
var RSA_ENCRYPTION = "2a864886f70d010101";
var RSA_ALGORITHMS = [RSA_ENCRYPTION, "2a864886f70d01010a"];
var INTEGER_KEY_ALGORITHMS = ["2a8648ce380401", "2a864886f70d010301"];
var MIN_SHORTENED_SHARE = 0.75;
var RSA_EXPONENT_END_RE = /(?:AgMBAAE=?|IDAQAB|CAwEAAQ(?:==)?)$/;
function element(bytes, at, tag) {
  if (bytes[at] !== tag || at + 2 > bytes.length) return null;
  const first = bytes[at + 1];
  if (first < 128) return { start: at + 2, length: first };
  const size = first & 127;
  if (size < 1 || size > 2 || at + 2 + size > bytes.length) return null;
  const length = size === 1 ? bytes[at + 2] : bytes.readUInt16BE(at + 2);
  return length < 128 || size === 2 && length < 256 ? null : { start: at + 2 + size, length };
}
var algorithms;
function isRsaKey(bytes, start, end) {
  const key = element(bytes, start, SEQUENCE);
  const modulus = key && element(bytes, key.start, INTEGER);
  const exponent = modulus && element(bytes, modulus.start + modulus.length, INTEGER);
  return !!exponent && key.start + key.length === end && exponent.start + exponent.length === end;
}
function isKeyOf(name, bytes, start, end) {
  if (RSA_ALGORITHMS.includes(name)) return isRsaKey(bytes, start, end);
  if (INTEGER_KEY_ALGORITHMS.includes(name)) {
    const key = element(bytes, start, INTEGER);
    return !!key && key.start + key.length === end;
  }
  const raw = RAW_PUBLIC_KEY_BYTES[name];
  if (raw !== void 0) return end - start === raw;
  const size = end - start;
  return bytes[start] === 4 && size % 2 === 1 && size >= 41 || (bytes[start] === 2 || bytes[start] === 3) && size % 2 === 0 && size >= 21;
}
function isShortenedRsaKey(token, bytes, keyStart, stated) {
  const key = element(bytes, keyStart, SEQUENCE);
  const modulus = key && element(bytes, key.start, INTEGER);
  return !!modulus && modulus.length >= 64 && bytes.length >= stated * MIN_SHORTENED_SHARE && RSA_EXPONENT_END_RE.test(token);
}
function isPublicKeyInfo(token) {
  algorithms ??= new Set(PUBLIC_KEY_ALGORITHM_OIDS);
  const bytes = Buffer.from(token, "base64");
  const outer = element(bytes, 0, SEQUENCE);
  if (!outer || bytes.length > outer.start + outer.length) return false;
  const algorithm = element(bytes, outer.start, SEQUENCE);
  const oid = algorithm && element(bytes, algorithm.start, OID);
  if (!algorithm || !oid || oid.start + oid.length > algorithm.start + algorithm.length) return false;
  const name = bytes.subarray(oid.start, oid.start + oid.length).toString("hex");
  if (!algorithms.has(name)) return false;
  const key = element(bytes, algorithm.start + algorithm.length, BIT_STRING);
  const end = outer.start + outer.length;
  if (!key || key.start + key.length !== end || key.start >= bytes.length || bytes[key.start] !== 0) return false;
  if (bytes.length === end) return isKeyOf(name, bytes, key.start + 1, end);
  return name === RSA_ENCRYPTION && isShortenedRsaKey(token, bytes, key.start + 1, end);
}
function publicKeySpans(text) {
  if (!text.includes("M")) return [];
  const spans = [];
  for (const m of text.matchAll(DER_TOKEN_RE)) {
    if (isPublicKeyInfo(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// src/redact/algolia-keys.ts
var ALGOLIA_CALL_RE = /(?<![\w$.])(?:algoliasearch|liteClient)\([ \t]*(["'])[A-Z0-9]{10}\1[ \t]*,[ \t]*(["'])([0-9a-f]{32})\2[ \t]*\)/dg;
var ALGOLIA_LITE_IMPORT_RE = /\bfrom[ \t]+["']algoliasearch\/lite["']|require\(["']algoliasearch\/lite["']\)/;
var SEARCH_ONLY_RE = /search[ _-]?only/i;
var NOT_SEARCH_ONLY_RE = /\b(?:not|non|never|isn't|no)[ \t-]+(?:(?:a|the|our)[ \t]+)?search[ _-]?only/i;
var UNSAFE_RE = new RegExp(`${ALGOLIA_UNSAFE_WORDS.join("|")}|\u7BA1\u7406|\u5199\u5165`, "i");
var BINDING_RE = /(?<![\w$])([A-Za-z_$][\w$]{0,60})[ \t]*[:=][ \t]*(?:await[ \t]+)?$/;
var COMMENT_LINE_RE = /^[ +-]?[ \t]*(?:\/\/|\/\*|\*|#)/;
var TRAILING_COMMENT_RE = /^[ \t]*[;,]?[ \t]*(?:\/\/|\/\*|#)/;
var LINE_REACH = 512;
var searchNamed = (name) => {
  const parts = words(name);
  return parts.includes("search") && !parts.some((w) => ALGOLIA_UNSAFE_WORDS.includes(w));
};
function lineOf(text, start, end) {
  const head = text.slice(Math.max(0, start - LINE_REACH), start).split("\n");
  const own = head.pop();
  const after = text.slice(end, end + LINE_REACH).split("\n")[0];
  const prev = head.length >= 2 || head.length === 1 && start - LINE_REACH <= 0 ? head[head.length - 1] : "";
  const otherSide = own[0] === "+" && prev[0] === "-" || own[0] === "-" && prev[0] === "+";
  return { own, after, comment: COMMENT_LINE_RE.test(prev) && !otherSide ? prev : "" };
}
function calledSearchOnlyThere({ after, comment }) {
  const remark = `${TRAILING_COMMENT_RE.test(after) ? after : ""}
${comment}`;
  return SEARCH_ONLY_RE.test(remark) && !NOT_SEARCH_ONLY_RE.test(remark) && !UNSAFE_RE.test(`${after}
${comment}`);
}
function calledSearchOnly(text) {
  if (!text.includes("algoliasearch(") && !text.includes("liteClient(")) return [];
  const lite = text.includes("algoliasearch/lite") && ALGOLIA_LITE_IMPORT_RE.test(text);
  const spans = [];
  for (const m of text.matchAll(ALGOLIA_CALL_RE)) {
    const line = lineOf(text, m.index, m.index + m[0].length);
    if (!calledSearchOnlyThere(line)) continue;
    const binding = BINDING_RE.exec(line.own)?.[1];
    if (binding !== void 0 && words(binding).some((w) => ALGOLIA_UNSAFE_WORDS.includes(w))) continue;
    if (lite || binding !== void 0 && searchNamed(binding)) spans.push(m.indices[3]);
  }
  return spans;
}
var NAMED_KEY_RE = /(?<![\w$-])([A-Za-z_$][\w$.-]{0,80})["']?[ \t]*[:=][ \t]*(["']?)([0-9a-f]{32})\2(?![0-9A-Za-z])/dg;
var CONTEXT_REACH2 = 1024;
var contextRe;
var APP_ID_RE = /(?<![\w$])(?:app_?[iI][dD]|APP_?ID|application_?[iI][dD]|APPLICATION_?ID)["']?[ \t]*[:=][ \t]*["']?[A-Z0-9]{10}(?![\w])/;
var PARENT_REACH = 2048;
var indentOf = (line) => /^[+-]?([ \t]*)/.exec(line)[1].length;
function parentLine(text, at) {
  const from = Math.max(0, at - PARENT_REACH);
  const head = text.slice(from, at);
  let end = head.lastIndexOf("\n");
  const own = indentOf(head.slice(end + 1));
  while (own > 0 && end > 0) {
    const start = head.lastIndexOf("\n", end - 1);
    if (start === -1 && from > 0) return "";
    const line = head.slice(start + 1, end);
    if (line.trim() !== "" && indentOf(line) < own) return line;
    end = start;
  }
  return "";
}
function inAlgoliaBlock(text, at, line) {
  return contextRe.test(line) || APP_ID_RE.test(line) || contextRe.test(parentLine(text, at));
}
function searchNamedKeys(text) {
  contextRe ??= new RegExp(ALGOLIA_CONTEXT_WORDS.join("|"), "i");
  if (!contextRe.test(text) || !/search/i.test(text)) return [];
  const spans = [];
  for (const m of text.matchAll(NAMED_KEY_RE)) {
    const parts = words(m[1].replace(/\$/g, ""));
    if (!parts.includes("search") || !parts.includes("key") || !parts.every((w) => ALGOLIA_SEARCH_NAME_WORDS.includes(w))) continue;
    const { own, after, comment } = lineOf(text, m.index, m.index + m[0].length);
    if (UNSAFE_RE.test(`${after}
${comment}`)) continue;
    if (parts.includes("algolia")) spans.push(m.indices[3]);
    else if (contextRe.test(text.slice(Math.max(0, m.index - CONTEXT_REACH2), m.index + m[0].length + CONTEXT_REACH2)) && inAlgoliaBlock(text, m.index, own + m[0] + after)) spans.push(m.indices[3]);
  }
  return spans;
}
var DOCSEARCH_CALL_RE = /(?<![\w$.])docsearch\([ \t]*\{/g;
var API_KEY_RE = /(?<![\w$])apiKey["']?[ \t]*:[ \t]*(["'])([0-9a-f]{32})\1/dg;
var DOCSEARCH_JSX_RE = /<DocSearch\b[^<>]{0,600}?[ \t\n]apiKey=(["'])([0-9a-f]{32})\1/dg;
var DOCSEARCH_REACH = 2048;
function docsearchKeys(text) {
  if (!/docsearch/i.test(text)) return [];
  const spans = [...text.matchAll(DOCSEARCH_JSX_RE)].map((m) => m.indices[2]);
  for (const [from, close] of outerBlocks(text, DOCSEARCH_CALL_RE, DOCSEARCH_REACH)) {
    for (const k of ownLevel(text, from, close).matchAll(API_KEY_RE)) spans.push([from + k.indices[2][0], from + k.indices[2][1]]);
  }
  return spans;
}
function algoliaSearchKeySpans(text) {
  return [...calledSearchOnly(text), ...searchNamedKeys(text), ...docsearchKeys(text)];
}

// src/redact/amap-keys.ts
var LOADER_RE = /(?<![\w$.])AMapLoader\.load\([ \t]*\{/g;
var KEY_OPTION_RE = /(?<![\w$-])(["']?)key\1[ \t]*:[ \t]*(["'])([0-9a-f]{32})\2/dg;
var LOADER_REACH = 1024;
function loaderKeys(text) {
  if (!text.includes("AMapLoader.load(")) return [];
  const spans = [];
  for (const [from, close] of outerBlocks(text, LOADER_RE, LOADER_REACH)) {
    for (const k of ownLevel(text, from, close).matchAll(KEY_OPTION_RE)) spans.push([from + k.indices[3][0], from + k.indices[3][1]]);
  }
  return spans;
}
var PROSE_KEY_RE = /(?:高德(?:地图)?|AMap)[ \t]*(?:Web[ \t]*端[ \t]*)?[（(]?JS[ \t]?API[)）]?[ \t]*(?:的[ \t]*)?key[ \t]*(?:是|为|[:：=])[ \t]*([0-9a-f]{32})(?![0-9A-Za-z])/dgi;
function amapJsKeySpans(text) {
  if (!/amap|高德/i.test(text)) return [];
  return [...loaderKeys(text), ...[...text.matchAll(PROSE_KEY_RE)].map((m) => m.indices[1])];
}

// src/redact/diff-sides.ts
var SIGN_REACH = 4096;
function lineSign(text, at) {
  const from = Math.max(0, at - SIGN_REACH);
  const newline = text.slice(from, at).lastIndexOf("\n");
  if (newline === -1 && from > 0) return null;
  return text[from + newline + 1] ?? "";
}
function sameSide(text, start, end, at) {
  const region = text.slice(start, end);
  const lines = region.split("\n");
  if (lines.length === 1) return region;
  const first = lineSign(text, start);
  const newline = at > start ? region.lastIndexOf("\n", at - start - 1) : -1;
  const sign = at < start ? lineSign(text, at) : newline === -1 ? first : text[start + newline + 1] ?? "";
  if (sign === null) return "";
  if (sign !== "+" && sign !== "-") return region;
  const other = sign === "+" ? "-" : "+";
  return lines.filter((line, i) => i === 0 ? first !== null && first !== other : line[0] !== other).join("\n");
}

// src/redact/google-app-configs.ts
var CURRENT_KEY_RE = /"api_key"[\s+-]{0,40}:[\s+-]{0,40}\[[\s+-]{0,40}\{[\s+-]{0,40}"current_key"[ \t]*:[ \t]*"(AIza[0-9A-Za-z_-]{35})"/dg;
var PROJECT_INFO_RE = /"project_info"[\s+-]{0,40}:[\s+-]{0,40}\{[^}]{0,400}"project_number"/;
function positions(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}
var FILE_REACH = 32 * 1024;
var Depths = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  depth = 0;
  headDepth = 0;
  lowest = 0;
  advance(to) {
    for (; this.at < to; this.at++) {
      const c = this.text[this.at];
      if (c === "{") this.depth++;
      else if (c === "}") this.lowest = Math.min(this.lowest, --this.depth);
    }
  }
  head(at) {
    this.advance(at);
    this.headDepth = this.lowest = this.depth;
  }
  /** Whether the object that held the last head is still open at `at`. */
  stillOpen(at) {
    this.advance(at);
    return this.lowest >= this.headDepth;
  }
};
function googleServicesKeys(text) {
  if (!text.includes('"current_key"') || !text.includes('"project_info"')) return [];
  const spans = [];
  const heads = positions(text, '"project_info"');
  const proven2 = /* @__PURE__ */ new Map();
  const depths = new Depths(text);
  let h = -1;
  for (const m of text.matchAll(CURRENT_KEY_RE)) {
    while (h + 1 < heads.length && heads[h + 1] < m.index) depths.head(heads[++h]);
    const head = heads[h];
    if (head === void 0 || m.index - head > FILE_REACH || !depths.stillOpen(m.index)) continue;
    const cacheKey = `${head}${lineSign(text, m.index)}`;
    if (!proven2.has(cacheKey)) proven2.set(cacheKey, PROJECT_INFO_RE.test(sameSide(text, head, m.index, m.index)));
    if (proven2.get(cacheKey)) spans.push(m.indices[1]);
  }
  return spans;
}
var PLIST_KEY_RE = /<key>API_KEY<\/key>[\s+-]{0,40}<string>(AIza[0-9A-Za-z_-]{35})<\/string>/dg;
var PLIST_SIBLING_RE = /<key>(GCM_SENDER_ID|BUNDLE_ID|GOOGLE_APP_ID)<\/key>/g;
var PLIST_REACH = 2048;
function googleServiceInfoKeys(text) {
  if (!text.includes("<key>API_KEY</key>")) return [];
  const spans = [];
  const opens = positions(text, "<dict>");
  const closes = positions(text, "</dict>");
  const proven2 = /* @__PURE__ */ new Map();
  let o = -1;
  let c = 0;
  for (const m of text.matchAll(PLIST_KEY_RE)) {
    const end = m.index + m[0].length;
    while (o + 1 < opens.length && opens[o + 1] < m.index) o++;
    while (c < closes.length && closes[c] < end) c++;
    const open = opens[o];
    const close = closes[c];
    if (open === void 0 || close === void 0 || m.index - open > PLIST_REACH || close - end > PLIST_REACH) continue;
    if (c > 0 && closes[c - 1] > open || o + 1 < opens.length && opens[o + 1] < close) continue;
    const cacheKey = `${open}${lineSign(text, m.index)}`;
    if (!proven2.has(cacheKey)) proven2.set(cacheKey, new Set([...sameSide(text, open, close, m.index).matchAll(PLIST_SIBLING_RE)].map((k) => k[1])).size >= 2);
    if (proven2.get(cacheKey)) spans.push(m.indices[1]);
  }
  return spans;
}
function googleAppConfigSpans(text) {
  if (!text.includes("AIza")) return [];
  return [...googleServicesKeys(text), ...googleServiceInfoKeys(text)];
}

// src/redact/wireguard.ts
var KEY_RE2 = /^[A-Za-z0-9+/]{43}=$/;
var SECTION_RE = /^\[([A-Za-z]{1,16})\]$/;
var PEER_PUBLIC_KEY_RE = /^PublicKey[ \t]*=[ \t]*([A-Za-z0-9+/]{43}=)$/;
var TABLE_SEPARATOR_RE = /^\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$/;
var cellsOf = (row) => row.replace(/^\|/, "").replace(/\|$/, "").split("|");
function publicKeyColumn(row) {
  if (!row.startsWith("|")) return void 0;
  const cells = cellsOf(row).map((c) => c.trim());
  const key = cells.findIndex((c) => /^public ?key$/i.test(c));
  return key !== -1 && cells.some((c) => /^allowed ?ips$/i.test(c)) ? key : void 0;
}
function step(state, content, contentStart) {
  const section = SECTION_RE.exec(content);
  if (section) {
    state.section = section[1].toLowerCase();
    state.keyColumn = state.pendingColumn = void 0;
    return null;
  }
  if (!content.startsWith("|")) {
    state.keyColumn = state.pendingColumn = void 0;
    const m = PEER_PUBLIC_KEY_RE.exec(content);
    return m && state.section === "peer" ? [contentStart + content.length - m[1].length, contentStart + content.length] : null;
  }
  state.section = void 0;
  if (state.pendingColumn !== void 0) {
    state.keyColumn = TABLE_SEPARATOR_RE.test(content) ? state.pendingColumn : void 0;
    state.pendingColumn = void 0;
    return null;
  }
  const header = publicKeyColumn(content);
  if (header !== void 0) {
    state.pendingColumn = header;
    state.keyColumn = void 0;
    return null;
  }
  if (state.keyColumn === void 0) return null;
  const cells = cellsOf(content);
  const cell = cells[state.keyColumn];
  if (cell === void 0 || !KEY_RE2.test(cell.trim())) return null;
  const offset = content.indexOf("|") + 1 + cells.slice(0, state.keyColumn).reduce((n, c) => n + c.length + 1, 0);
  const start = contentStart + offset + (cell.length - cell.trimStart().length);
  return [start, start + cell.trim().length];
}
var sameSpan = (a, b) => a !== null && b !== null && a[0] === b[0] && a[1] === b[1];
function wireguardConfigSpans(text) {
  if (!/PublicKey|public ?key/i.test(text)) return [];
  const spans = [];
  const old = {};
  const now = {};
  for (const line of linesOf(text)) {
    const sign = text[line.start];
    if (sign === "-" || sign === "+") {
      const span = step(sign === "-" ? old : now, line.content, line.contentStart);
      if (span) spans.push(span);
    } else {
      const a = step(old, line.content, line.contentStart);
      const b = step(now, line.content, line.contentStart);
      if (sameSpan(a, b)) spans.push(a);
    }
  }
  return spans;
}

// src/redact/publishable.ts
var JWT_RE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,8192}\.(eyJ[A-Za-z0-9_-]{8,8192})\.[A-Za-z0-9_-]{8,8192}(?![A-Za-z0-9_-])/g;
var ANON_CLAIMS = /* @__PURE__ */ new Set(["iss", "ref", "role", "iat", "exp", "nbf"]);
function claims(segment) {
  try {
    const value = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function supabaseAnonKeys(text) {
  if (!text.includes("eyJ")) return [];
  const spans = [];
  for (const m of text.matchAll(JWT_RE)) {
    const c = claims(m[1]);
    if (c === null || c.role !== "anon" || typeof c.iss !== "string" || !/^supabase(?:-demo)?$/.test(c.iss)) continue;
    if (Object.keys(c).every((k) => ANON_CLAIMS.has(k))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
var FIREBASE_KEY_RE = /(?<![\w$])apiKey["']?[ \t]*[:=][ \t]*(["'])(AIza[0-9A-Za-z_-]{35})\1/dg;
var FIREBASE_SIBLING_RE = new RegExp(`(?<![\\w$])(${FIREBASE_CONFIG_KEYS.join("|")})["']?[ \\t]*[:=]`, "g");
var FIREBASE_APP_ID_RE = /(?<![\w$])appId["']?[ \t]*:[ \t]*(["'])1:\d{6,15}:(?:web|android|ios):[0-9a-f]{6,40}\1/;
var OBJECT_REACH = 800;
function firebaseConfigKeys(text) {
  if (!text.includes("AIza")) return [];
  const spans = [];
  for (const m of text.matchAll(FIREBASE_KEY_RE)) {
    const from = Math.max(0, m.index - OBJECT_REACH);
    const before = text.slice(from, m.index);
    const open = Math.max(before.lastIndexOf("{"), before.lastIndexOf("("));
    if (open === -1 || /[})]/.test(before.slice(open))) continue;
    const close = text.slice(m.index, m.index + OBJECT_REACH).search(/[})]/);
    if (close === -1) continue;
    const block = sameSide(text, from + open, m.index + close, m.index);
    const keys = new Set([...block.matchAll(FIREBASE_SIBLING_RE)].map((k) => k[1]));
    if (keys.has("projectId") && (keys.size >= 3 || FIREBASE_APP_ID_RE.test(block))) spans.push(m.indices[2]);
  }
  return spans;
}
var STOREFRONT_HEADER_RE = /(?<![\w-])X-Shopify-Storefront-Access-Token["']?[ \t]*[:,][ \t]*(["']?)([0-9a-f]{32})\1(?![\w-])/dgi;
var STOREFRONT_KEY_RE = /(?<![\w$])(?:publicAccessToken|publicStorefrontToken)["']?[ \t]*:[ \t]*(["'])([0-9a-f]{32})\1/dg;
var STOREFRONT_OPENER_RE = /(?:(?<![\w$])[\w$.]{0,40}storefront[\w$]{0,40}["']?[ \t]*[:=]|createStorefront(?:Api)?Client\()[ \t]*\{/gi;
var STORE_DOMAIN_RE = /(?<![\w$])(?:domain|storeDomain)["']?[ \t]*:/;
function storefrontTokens(text) {
  if (!/storefront/i.test(text)) return [];
  const spans = [...text.matchAll(STOREFRONT_HEADER_RE)].map((m) => m.indices[2]);
  const tokens = [...text.matchAll(STOREFRONT_KEY_RE)];
  if (tokens.length === 0) return spans;
  let first = 0;
  for (const o of text.matchAll(STOREFRONT_OPENER_RE)) {
    const open = o.index + o[0].length - 1;
    while (first < tokens.length && tokens[first].index < open) first++;
    if (first === tokens.length) break;
    if (tokens[first].index > open + 2 * OBJECT_REACH) continue;
    const close = closingBrace(text, open + 1, open + 2 * OBJECT_REACH);
    for (let i = first; close !== -1 && i < tokens.length && tokens[i].index < close; i++) {
      if (STORE_DOMAIN_RE.test(sameSide(text, o.index, close, tokens[i].index))) spans.push(tokens[i].indices[2]);
    }
  }
  return spans;
}
var browserSdkRe;
function browserSdkKeys(text) {
  if (!BROWSER_SDK_KEYS.some(([url]) => text.includes(url))) return [];
  browserSdkRe ??= new RegExp(`(${BROWSER_SDK_KEYS.map(([url]) => url.replace(/[.?/]/g, "\\$&")).join("|")})([^\\s"'<>#]{1,2048})`, "dg");
  const spans = [];
  for (const m of text.matchAll(browserSdkRe)) {
    const param = BROWSER_SDK_KEYS.find(([url]) => url === m[1])[1];
    const key = new RegExp(`(?:^|&)${param}=([A-Za-z0-9_-]{20,128})(?=&|$)`, "d").exec(m[2]);
    if (key) spans.push([m.indices[2][0] + key.indices[1][0], m.indices[2][0] + key.indices[1][1]]);
  }
  return spans;
}
var SEGMENT_LOAD_RE = /(?<![\w$.])analytics\.load\([ \t]*(["'])([A-Za-z0-9]{32})\1[ \t]*[,)]/dg;
var POSTHOG_PROJECT_KEY_RE = /(?<![A-Za-z0-9_])phc_[A-Za-z0-9]{32,64}(?![A-Za-z0-9_])/g;
var REVENUECAT_SDK_KEY_RE = /(?<![A-Za-z0-9_])(?:appl|goog|amzn)_([A-Za-z0-9]{24,40})(?![A-Za-z0-9_])/g;
var isRevenueCatKey = (key) => looksRandom(key.slice(key.indexOf("_") + 1));
var KEY_VAULT_REF_RE = /@Microsoft\.KeyVault\((?:SecretUri=https:\/\/[A-Za-z0-9-]{3,24}\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net)\/secrets\/[A-Za-z0-9-]{1,127}(?:\/[0-9a-f]{32})?\/?|VaultName=[A-Za-z0-9-]{3,24};SecretName=[A-Za-z0-9-]{1,127}(?:;SecretVersion=[0-9a-f]{32})?)\)/g;
var documentedRe;
var sshTypes;
var SSH_BLOB_RE = /(?<![A-Za-z0-9+/])AAAA[A-Za-z0-9+/]{64,16384}={0,2}(?![A-Za-z0-9+/=])/g;
var ED25519_BLOB_BYTES = 51;
function isSshPublicKeyBlob(blob) {
  const head = Buffer.from(blob.slice(0, 96), "base64");
  const length = head.readUInt32BE(0);
  if (length < 7 || length > 64 || head.length < 4 + length) return false;
  sshTypes ??= new Set(SSH_PUBLIC_KEY_TYPES);
  const type = head.subarray(4, 4 + length).toString("latin1");
  if (!sshTypes.has(type)) return false;
  const bytes = Math.floor(blob.replace(/=+$/, "").length * 3 / 4);
  return type === "ssh-ed25519" ? bytes === ED25519_BLOB_BYTES : bytes >= 4 + length + 36;
}
var WG_SHOW_FIELD_RE = /^(?:(public key|peer): ([A-Za-z0-9+/]{43}=)|(?:private key|preshared key): \(hidden\)|listening port: \d{1,5}|fwmark: (?:0x[0-9a-f]{1,8}|off)|endpoint: \S{1,300}|allowed ips: [\w.:/, ()]{1,2000}|latest handshake: [\w ,]{1,200}|transfer: [\w ,.]{1,200}|persistent keepalive: [\w ]{1,100})$/;
function wireguardShowKeys(text) {
  if (!text.includes("interface: ")) return [];
  const spans = [];
  let side;
  for (const line of linesOf(text)) {
    const sign = text[line.start] === "+" || text[line.start] === "-" ? text[line.start] : "";
    if (/^interface: [\w.@-]{1,15}$/.test(line.content)) {
      side = sign;
      continue;
    }
    if (side === void 0 || line.content === "") continue;
    const m = WG_SHOW_FIELD_RE.exec(line.content);
    if (m === null || sign !== "" && side !== "" && sign !== side) {
      side = void 0;
      continue;
    }
    side ||= sign;
    const end = line.contentStart + line.content.length;
    if (m[2] !== void 0) spans.push([end - m[2].length, end]);
  }
  return spans;
}
function matchSpans(text, re, accept = () => true) {
  return [...text.matchAll(re)].filter((m) => accept(m[0])).map((m) => [m.index, m.index + m[0].length]);
}
function publishableSpans(text) {
  documentedRe ??= new RegExp(`(?:(?<![A-Za-z0-9_+/.-])|(?<=^[+-]))(?:${DOCUMENTED_TOKENS.map((t) => t.replace(/[.+/=-]/g, "\\$&")).join("|")})(?![A-Za-z0-9_+/=-]|\\.[A-Za-z0-9_-])`, "gm");
  return [
    ...supabaseAnonKeys(text),
    ...firebaseConfigKeys(text),
    ...googleAppConfigSpans(text),
    ...browserSdkKeys(text),
    ...amapJsKeySpans(text),
    ...algoliaSearchKeySpans(text),
    ...storefrontTokens(text),
    ...text.includes("analytics.load(") ? [...text.matchAll(SEGMENT_LOAD_RE)].map((m) => m.indices[2]) : [],
    ...text.includes("phc_") ? matchSpans(text, POSTHOG_PROJECT_KEY_RE) : [],
    .../(?:appl|goog|amzn)_/.test(text) ? matchSpans(text, REVENUECAT_SDK_KEY_RE, isRevenueCatKey) : [],
    ...text.includes("@Microsoft.KeyVault(") ? matchSpans(text, KEY_VAULT_REF_RE) : [],
    ...text.includes("AAAA") ? matchSpans(text, SSH_BLOB_RE, isSshPublicKeyBlob) : [],
    ...matchSpans(text, documentedRe),
    ...wireguardShowKeys(text),
    ...wireguardConfigSpans(text)
  ];
}

// src/redact/publishable-vendors-data.ts
var UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
var PUBLIC_PREFIXES = [
  // Stripe, Paystack, PAY.JP, Magic, Clerk and Knock "publishable" keys for Stripe.js-style clients; their secret
  // keys are `sk_live_`/`sk_test_` (Stripe's restricted keys `rk_`). Clerk's body is base64 of its frontend host.
  { vendor: "pk-publishable", prefixes: ["pk_live_", "pk_test_"], body: "[A-Za-z0-9+/_-]{16,128}={0,2}" },
  // Checkout.com's public key for Frames (sandbox); its secret key is `sk_sbox_`.
  { vendor: "checkout.com", prefixes: ["pk_sbox_"], body: "[a-z0-9]{26,40}" },
  // Razorpay's Key Id, which Checkout.js is given as `key`; the Key Secret has no prefix and goes only to the server.
  { vendor: "razorpay", prefixes: ["rzp_live_", "rzp_test_"], body: "[A-Za-z0-9]{14}" },
  // Square's application ID for the Web Payments SDK; secrets are `sq0csp-` (app secret) and `EAAA…`/`sq0atp-` tokens.
  { vendor: "square", prefixes: ["sq0idp-", "sandbox-sq0idb-"], body: "[A-Za-z0-9_-]{22,43}" },
  // Flutterwave's public key for its inline checkout; the secret key is `FLWSECK-`.
  { vendor: "flutterwave", prefixes: ["FLWPUBK-", "FLWPUBK_TEST-"], body: "[0-9a-f]{32}-X" },
  // Xendit's public key for tokenising cards in the browser; secret keys are `xnd_production_`/`xnd_development_`.
  { vendor: "xendit", prefixes: ["xnd_public_production_", "xnd_public_development_"], body: "[A-Za-z0-9]{40,100}" },
  // Midtrans' client key for Snap.js (`data-client-key`); the server key is `Mid-server-`.
  { vendor: "midtrans", prefixes: ["Mid-client-", "SB-Mid-client-"], body: "[A-Za-z0-9_-]{12,32}" },
  // Toss Payments' client keys (`ck`, widget `gck`) for the browser SDK; secret keys are `live_sk_`/`live_gsk_`.
  { vendor: "toss", prefixes: ["live_ck_", "test_ck_", "live_gck_", "test_gck_"], body: "[A-Za-z0-9]{20,40}" },
  // Braintree's tokenization key, documented for client SDKs; the private key is 32 hex with no such environment part.
  { vendor: "braintree", prefixes: ["production_", "sandbox_"], body: "[a-z0-9]{8}_[a-z0-9]{16}" },
  // Supabase's publishable API key; the secret one is `sb_secret_`.
  { vendor: "supabase", prefixes: ["sb_publishable_"], body: "[A-Za-z0-9_-]{24,64}" },
  // Stytch's public token for its frontend SDKs; project secrets are `secret-live-`/`secret-test-`.
  { vendor: "stytch", prefixes: ["public-token-live-", "public-token-test-"], body: UUID },
  // New Relic's browser agent license key; the ingest license key ends in `NRAL` and user keys are `NRAK-`.
  { vendor: "new-relic", prefixes: ["NRJS-"], body: "[0-9a-f]{19}" },
  // LaunchDarkly's mobile key, built into mobile apps; the server-side SDK key is `sdk-`.
  { vendor: "launchdarkly", prefixes: ["mob-"], body: UUID },
  // Branch's key for the app SDKs (Android manifest, iOS plist); the secret is `secret_live_`.
  { vendor: "branch", prefixes: ["key_live_", "key_test_"], body: "[A-Za-z0-9]{32}" },
  // PubNub's publish and subscribe keys, which every client holds; the secret key is `sec-c-`.
  { vendor: "pubnub", prefixes: ["pub-c-", "sub-c-"], body: UUID }
];
var SDK_FIELDS = [
  // Auth0 SPA SDK: the application's Client ID; SPAs have no client secret.
  { vendor: "auth0", openers: ["createAuth0Client\\(", "new Auth0Client\\("], field: "clientId", value: "[A-Za-z0-9]{32}" },
  // Datadog browser RUM/Logs: client tokens are `pub` + 32 hex; API keys are bare hex and refused by these SDKs.
  { vendor: "datadog", openers: ["datadogRum\\.init\\(", "datadogLogs\\.init\\(", "DD_RUM\\.init\\(", "DD_LOGS\\.init\\("], field: "clientToken", value: "pub[0-9a-f]{32}" },
  // Rollbar's browser snippet config: a `post_client_item` token (server tokens go to server SDKs). Only as the global
  // the snippet reads (`var` or `window.`): a `const _rollbarConfig` is a module's, as likely handed to `new Rollbar`.
  { vendor: "rollbar", openers: ["var[ \\t]+_rollbarConfig[ \\t]*=[ \\t]*", "window\\._rollbarConfig[ \\t]*=[ \\t]*"], field: "accessToken", value: "[0-9a-f]{32}" },
  // GrowthBook's SDK connection client key `sdk-` + 16 (LaunchDarkly's secret `sdk-` key is a uuid, not this body).
  { vendor: "growthbook", openers: ["new GrowthBook\\("], field: "clientKey", value: "sdk-[A-Za-z0-9]{12,24}" },
  // Elastic App Search's public search key for Search UI; private API keys are `private-`.
  { vendor: "elastic", openers: ["new AppSearchAPIConnector\\("], field: "searchKey", value: "search-[a-z0-9]{24}" },
  // Adyen Web Drop-in's client key (`live_`/`test_` + 32); API keys are `AQE…` and go to the server library.
  { vendor: "adyen", openers: ["AdyenCheckout\\("], field: "clientKey", value: "(?:live|test)_[A-Z0-9]{32}" },
  // Paddle.js's client-side token; API keys are `pdl_live_apikey_…` (Mollie's `live_` secret is never given here).
  { vendor: "paddle", openers: ["Paddle\\.Initialize\\(", "initializePaddle\\("], field: "token", value: "(?:live|test)_[0-9a-f]{27}" },
  // Web3Auth's project Client ID for the browser SDK; its client secret is only for server-side verification.
  { vendor: "web3auth", openers: ["new Web3Auth\\(", "new Web3AuthNoModal\\("], field: "clientId", value: "[A-Za-z0-9_-]{60,120}" },
  // Chatwoot's website inbox token for the chat widget; agent API tokens go in the `api_access_token` header.
  { vendor: "chatwoot", openers: ["chatwootSDK\\.run\\("], field: "websiteToken", value: "[A-Za-z0-9]{20,32}" }
];
var SDK_CALLS = [
  // Statsig's client SDK key `client-`; server secrets are `secret-` and go to the server SDKs.
  { vendor: "statsig", calls: ["new StatsigClient\\(", "Statsig\\.initialize\\("], value: "client-[A-Za-z0-9]{32,64}" }
];
var SCRIPT_URL_KEYS = [
  // Baidu Maps JS API browser AK; the secret is the SN-check `sk`, used only to sign server requests.
  ["api.map.baidu.com/api?", "ak", "[A-Za-z0-9]{32}"],
  // Yandex Maps JS API key.
  ["api-maps.yandex.ru/2.1/?", "apikey", UUID],
  ["api-maps.yandex.ru/v3/?", "apikey", UUID],
  // Zendesk Web Widget snippet key; API tokens go in Basic auth as `user/token:…`.
  ["static.zdassets.com/ekr/snippet.js?", "key", UUID],
  // Naver Maps JS API client id; the client secret goes only in the server's `X-NCP-APIGW-API-KEY` header.
  ["oapi.map.naver.com/openapi/v3/maps.js?", "ncpClientId", "[a-z0-9]{10}"],
  // Kakao Maps SDK: the JavaScript app key; the REST and Admin keys go in `KakaoAK` headers from servers.
  ["dapi.kakao.com/v2/maps/sdk.js?", "appkey", "[0-9a-f]{32}"]
];
var SECRET_NAME_RE = /secret|private|admin|server|passw|pwd|(?:^|[_.-])pass(?:$|[_.-])/i;

// src/redact/publishable-vendors.ts
var OBJECT_REACH2 = 2e3;
var TOKEN2 = "A-Za-z0-9_+/\\-";
var OPEN = `(?:(?<![.${TOKEN2}])|(?<=^[+-]))`;
var CLOSE = `(?![=${TOKEN2}]|\\.[A-Za-z0-9_-])`;
var KIND_PREFIX_RE = /^[a-z]{2,7}[-_]/;
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var literal3 = (source) => source.replace(/\\(.)/g, "$1").replace(/\[.*$/, "");
function nameBefore(text, start) {
  const lead = text.slice(Math.max(0, start - 120), start);
  return /([A-Za-z_][\w.-]{0,80})["']?(?:[ \t]*[:=][ \t]*|[ \t]+(?:is[ \t]+)?)["'`]?$/.exec(lead)?.[1] ?? "";
}
function isRandomBody(body) {
  if (isWordsAndNumbers(body.replace(KIND_PREFIX_RE, ""))) return false;
  if (body.length >= 16) return looksRandom(body);
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(body)).length;
  return classes >= 2 && !isMadeOfWords(body);
}
var INNER_START_RE = /[-_+/](?=[A-Za-z])/g;
function holdsSecretFormat(value) {
  const starts = Array.from(value.matchAll(INNER_START_RE), (m) => m.index + 1);
  return starts.some((at) => hasSecretFormat(value.slice(at)));
}
var accepted3 = (text, span, body) => isRandomBody(body) && !SECRET_NAME_RE.test(nameBefore(text, span[0])) && !holdsSecretFormat(text.slice(span[0], span[1]));
var prefixRes;
function prefixSpans(text) {
  prefixRes ??= PUBLIC_PREFIXES.map((p) => [p.prefixes, new RegExp(`${OPEN}(?:${p.prefixes.map(escape).join("|")})(${p.body})${CLOSE}`, "dgm")]);
  const spans = [];
  for (const [prefixes, re] of prefixRes) {
    if (!prefixes.some((p) => text.includes(p))) continue;
    for (const m of text.matchAll(re)) {
      const span = [m.index, m.index + m[0].length];
      if (accepted3(text, span, m[1])) spans.push(span);
    }
  }
  return spans;
}
var fieldRes;
function sdkFieldSpans(text) {
  fieldRes ??= SDK_FIELDS.map((f) => ({
    needles: f.openers.map(literal3),
    opener: new RegExp(`(?<![\\w$])(?:${f.openers.join("|")})[ \\t]*\\{`, "g"),
    field: new RegExp(`(?<![\\w$])${f.field}["']?[ \\t]*:[ \\t]*(["'])(${f.value})\\1`, "dg")
  }));
  const spans = [];
  for (const f of fieldRes) {
    if (!f.needles.some((n) => text.includes(n))) continue;
    for (const o of text.matchAll(f.opener)) {
      const from = o.index + o[0].length;
      const close = closingBrace(text, from, from + OBJECT_REACH2);
      if (close === -1) continue;
      for (const m of text.slice(from, close).matchAll(f.field)) {
        const [start, end] = m.indices[2];
        const span = [from + start, from + end];
        if (accepted3(text, span, m[2])) spans.push(span);
      }
    }
  }
  return spans;
}
var callRes;
function sdkCallSpans(text) {
  callRes ??= SDK_CALLS.map((c) => ({ needles: c.calls.map(literal3), re: new RegExp(`(?<![\\w$.])(?:${c.calls.join("|")})[ \\t]*(["'])(${c.value})\\1`, "dg") }));
  const spans = [];
  for (const c of callRes) {
    if (!c.needles.some((n) => text.includes(n))) continue;
    for (const m of text.matchAll(c.re)) {
      const span = m.indices[2];
      if (accepted3(text, span, m[2])) spans.push(span);
    }
  }
  return spans;
}
var urlRe;
function scriptUrlSpans(text) {
  if (!SCRIPT_URL_KEYS.some(([url]) => text.includes(url))) return [];
  urlRe ??= new RegExp(`(${SCRIPT_URL_KEYS.map(([url]) => escape(url)).join("|")})([^\\s"'<>#]{1,2048})`, "dg");
  const spans = [];
  for (const m of text.matchAll(urlRe)) {
    const query = m[2];
    const queryStart = m.indices[2][0];
    for (const [url, param, value] of SCRIPT_URL_KEYS) {
      if (url !== m[1]) continue;
      const key = new RegExp(`(?:^|&)${param}=(${value})(?=&|$)`, "d").exec(query);
      if (key === null) continue;
      const span = [queryStart + key.indices[1][0], queryStart + key.indices[1][1]];
      if (isRandomBody(key[1])) spans.push(span);
    }
  }
  return spans;
}
function publishableVendorSpans(text) {
  return [...prefixSpans(text), ...sdkFieldSpans(text), ...sdkCallSpans(text), ...scriptUrlSpans(text)];
}

// src/redact/reference-data.ts
var SECRET_READERS = [
  ["pass", ["show"]],
  ["gopass", ["show", "cat"]],
  ["op", ["read"]],
  ["security", ["find-generic-password", "find-internet-password"]],
  ["secret-tool", ["lookup"]],
  ["bw", ["get"]],
  ["rbw", ["get"]],
  ["lpass", ["show"]],
  ["keepassxc-cli", ["show"]],
  ["vault", ["kv", "read"]],
  ["aws", ["secretsmanager", "ssm"]],
  ["gcloud", ["secrets"]],
  ["az", ["keyvault"]],
  ["doppler", ["secrets"]],
  ["systemd-creds", ["cat", "decrypt"]],
  ["gpg", ["-d", "--decrypt", "-q", "--quiet", "--batch", "--no-tty"]],
  ["sops", ["-d", "--decrypt"]],
  ["age", ["-d", "--decrypt"]],
  ["cat", []]
];
var POSTFIX_FILE_TABLES = ["hash", "btree", "lmdb", "cdb", "dbm", "sdbm", "texthash", "cidr", "pcre", "regexp", "ldap", "mysql", "pgsql", "sqlite", "memcache", "mongodb", "nis"];

// src/redact/references.ts
function rawLines2(text) {
  const lines = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    lines.push({ start, line, side: line[0] === "+" || line[0] === "-" ? line[0] : "" });
    start += raw.length + 1;
  }
  return lines;
}
var readers;
var ARGUMENT_RE = /^(?:--?[A-Za-z][\w-]{0,40}(?:=[\w.\/~@:%+,-]{1,200})?|[\w.\/~@:%+,=-]{1,256})$/;
var PATH_RE = /^(?:\/|~\/)[\w.\/~@+-]{1,256}$/;
var MAX_ARGUMENTS = 16;
function isReaderCommand(command, isClean) {
  readers ??= new Map(SECRET_READERS);
  const words2 = command.trim().split(/[ \t]+/);
  if (words2[0] === "sudo") words2.shift();
  const subcommands = readers.get(words2[0] ?? "");
  const args = words2.slice(1);
  if (subcommands === void 0 || args.length === 0 || args.length > MAX_ARGUMENTS) return false;
  if (subcommands.length > 0 ? !args.some((a) => subcommands.includes(a)) : !args.every((a) => PATH_RE.test(a))) return false;
  return args.every((a) => ARGUMENT_RE.test(a) && isMadeOfWords(a)) && isClean(command);
}
var QUOTED_RE2 = /(["'])([^"'\n]{3,256})\1/dg;
var UNQUOTED_RE = /[=:][ \t]*([^"'\s][^"'\n]{2,255})$/d;
var MAX_JUDGED = 64;
function readerCommands(lines, isClean) {
  readers ??= new Map(SECRET_READERS);
  const spans = [];
  let judged2 = 0;
  const judge = (command) => ++judged2 <= MAX_JUDGED && isClean(command);
  const startsWithReader = (v) => readers.has(v.replace(/^sudo[ \t]+/, "").split(/[ \t]/, 1)[0]);
  for (const { start, line } of lines) {
    const values = [...line.matchAll(QUOTED_RE2)].map((m) => m.indices[2]);
    const bare = UNQUOTED_RE.exec(line);
    if (bare) values.push(bare.indices[1]);
    for (const [from, to] of values) {
      const value = line.slice(from, to);
      if (startsWithReader(value) && isReaderCommand(value, judge)) spans.push([start + from, start + to]);
    }
  }
  return spans;
}
var POSTFIX_PARAMETER_RE = /^[+\- ]?[ \t]*[a-z][a-z0-9_]{0,64}[ \t]*=[ \t]*([^\s].{0,2047})$/d;
var postfixTableRe;
function isPostfixFileTable(item) {
  postfixTableRe ??= new RegExp(`^(?:proxy:)?(?:${POSTFIX_FILE_TABLES.join("|")}):(?:\\/|\\$\\{?config_directory\\}?\\/)[\\w.\\/-]{1,256}$`);
  return postfixTableRe.test(item) && isMadeOfWords(item) && !item.split(/[:/]/).some(looksRandom);
}
function postfixTables(lines) {
  const spans = [];
  for (const { start, line } of lines) {
    const m = POSTFIX_PARAMETER_RE.exec(line);
    if (m === null) continue;
    const at = start + m.indices[1][0];
    const items = [...m[1].trimEnd().matchAll(/[^\s,]+/g)];
    if (!items.every((item) => isPostfixFileTable(item[0]))) continue;
    if (/[^\s,]/.test(m[1].trimEnd().replace(/[^\s,]+/g, ""))) continue;
    for (const item of items) spans.push([at + item.index, at + item.index + item[0].length]);
  }
  return spans;
}
var SAS_DEFINITION_RE = /%let[ \t]+([A-Za-z_]\w{0,31})[ \t]*=|call[ \t]+symputx?\([ \t]*["']([A-Za-z_]\w{0,31})["']/gi;
var SAS_REFERENCE_RE = /(["'=])[ \t]*(&([A-Za-z_]\w{0,31})\.?)(?=["'\s;)]|$)/dg;
function sasMacroReferences(lines) {
  const defined = /* @__PURE__ */ new Map();
  for (const { line, side } of lines) {
    if (!line.includes("%let") && !/symput/i.test(line)) continue;
    for (const m of line.matchAll(SAS_DEFINITION_RE)) {
      const name = (m[1] ?? m[2]).toLowerCase();
      if (!defined.has(name)) defined.set(name, /* @__PURE__ */ new Set());
      defined.get(name).add(side);
    }
  }
  if (defined.size === 0) return [];
  const spans = [];
  const opposite = { "+": "-", "-": "+" };
  for (const { start, line, side } of lines) {
    if (!line.includes("&")) continue;
    for (const m of line.matchAll(SAS_REFERENCE_RE)) {
      const sides = defined.get(m[3].toLowerCase());
      if (sides !== void 0 && [...sides].some((s) => s !== opposite[side])) spans.push([start + m.indices[2][0], start + m.indices[2][1]]);
    }
  }
  return spans;
}
var readerNeedles;
function referenceSpans(text, isClean) {
  readerNeedles ??= SECRET_READERS.map(([tool]) => `${tool} `);
  const commands = readerNeedles.some((needle) => text.includes(needle));
  const tables = text.includes(":/") || text.includes(":$");
  const macros = /%let|symput/i.test(text);
  if (!commands && !tables && !macros) return [];
  const lines = rawLines2(text);
  return [...commands ? readerCommands(lines, isClean) : [], ...tables ? postfixTables(lines) : [], ...macros ? sasMacroReferences(lines) : []];
}

// src/redact/sops.ts
var sideOf = (line) => line[0] === "+" || line[0] === "-" ? line[0] : "";
var SOPS_KEY_RE = /^([+\- ]?[ \t]*)sops:[ \t]*$/gm;
var LEAD_RE = /^[+\- ]?[ \t]*/;
var ENC_LINE_RE = /^[+\- ]?[ \t]*(?:-[ \t]+)?enc:[ \t]*(\S+)[ \t]*$/;
var MAC_LINE_RE = /^[+\- ]?[ \t]*mac:[ \t]*ENC\[AES256_GCM,/;
var VERSION_LINE_RE = /^[+\- ]?[ \t]*version:[ \t]*["']?\d+\.\d+/;
var LASTMODIFIED_LINE_RE = /^[+\- ]?[ \t]*lastmodified:[ \t]*["']?\d{4}-\d\d-\d\dT\d\d:\d\d/;
var SOPS_VALUE_RE2 = /ENC\[AES256_GCM,data:[A-Za-z0-9+\/]{0,65536}={0,2},iv:[A-Za-z0-9+\/]{43}=,tag:[A-Za-z0-9+\/]{22}==,type:(?:str|int|float|bool|bytes|comment)\]/;
var WRAPPED_KEY_MIN_BYTES = 64;
function provenOn(seen, side) {
  const has = (pieces) => pieces.has(side) || pieces.has("");
  return has(seen.version) && (has(seen.mac) || has(seen.lastmodified) && has(seen.values));
}
var proven = (seen, side) => side === "" ? ["", "+", "-"].some((s) => provenOn(seen, s)) : provenOn(seen, side);
function valueSides(text) {
  const sides = /* @__PURE__ */ new Set();
  if (!text.includes("ENC[AES256_GCM,")) return sides;
  for (const line of text.split("\n")) if (line.includes("ENC[AES256_GCM,") && SOPS_VALUE_RE2.test(line)) sides.add(sideOf(line));
  return sides;
}
function sopsDataKeys(text) {
  if (!text.includes("sops:")) return [];
  const values = valueSides(text);
  const spans = [];
  SOPS_KEY_RE.lastIndex = 0;
  for (let m = SOPS_KEY_RE.exec(text); m; m = SOPS_KEY_RE.exec(text)) {
    const indent = m[1].length;
    const keys = [];
    const seen = { mac: /* @__PURE__ */ new Set(), version: /* @__PURE__ */ new Set(), lastmodified: /* @__PURE__ */ new Set(), values };
    let pos = m.index + m[0].length + 1;
    while (pos < text.length) {
      const nl = text.indexOf("\n", pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end).replace(/\r$/, "");
      if (/^[+\- ]?[ \t]*$/.test(line) || LEAD_RE.exec(line)[0].length <= indent) break;
      const side = sideOf(line);
      const enc = ENC_LINE_RE.exec(line);
      if (enc && isBinaryBase642(enc[1], WRAPPED_KEY_MIN_BYTES)) {
        const at = pos + line.lastIndexOf(enc[1]);
        keys.push({ span: [at, at + enc[1].length], side });
      }
      if (MAC_LINE_RE.test(line)) seen.mac.add(side);
      if (VERSION_LINE_RE.test(line)) seen.version.add(side);
      if (LASTMODIFIED_LINE_RE.test(line)) seen.lastmodified.add(side);
      pos = end + 1;
    }
    for (const key of keys) if (proven(seen, key.side)) spans.push(key.span);
    SOPS_KEY_RE.lastIndex = Math.max(SOPS_KEY_RE.lastIndex, pos);
  }
  return spans;
}
var SOPS_JSON_RE = /"sops"[ \t]*:[ \t]*\{/g;
var JSON_ENC_RE = /"enc"[ \t]*:[ \t]*"([A-Za-z0-9+/_=-]{1,16384})"/dg;
var SOPS_JSON_REACH = 65536;
function sopsJsonDataKeys(text) {
  if (!text.includes('"sops"')) return [];
  const spans = [];
  SOPS_JSON_RE.lastIndex = 0;
  for (let m = SOPS_JSON_RE.exec(text); m; m = SOPS_JSON_RE.exec(text)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let end = start;
    while (end < text.length && end - start < SOPS_JSON_REACH && depth > 0) {
      const c = text[end++];
      if (c === "{") depth++;
      else if (c === "}") depth--;
    }
    SOPS_JSON_RE.lastIndex = end;
    const block = text.slice(start, end);
    if (depth !== 0 || !/"mac"[ \t]*:[ \t]*"ENC\[AES256_GCM,/.test(block) || !/"version"[ \t]*:[ \t]*"\d+\.\d+/.test(block)) continue;
    for (const e of block.matchAll(JSON_ENC_RE)) {
      if (isBinaryBase642(e[1], WRAPPED_KEY_MIN_BYTES)) spans.push([start + e.indices[1][0], start + e.indices[1][1]]);
    }
  }
  return spans;
}
function sopsDataKeySpans(text) {
  return [...sopsDataKeys(text), ...sopsJsonDataKeys(text)];
}

// src/redact/proven.ts
var ESCAPES_RE = /(?:\\u[0-9a-fA-F]{4}){2,1024}/g;
var isFullWidthAlphanumeric = (code) => code >= 65296 && code <= 65305 || code >= 65313 && code <= 65338 || code >= 65345 && code <= 65370;
var isCjk = (code) => code >= 12288 && code <= 12351 || code >= 13312 && code <= 40959 || code >= 65280 && code <= 65519 && !isFullWidthAlphanumeric(code);
function escapedChinese(text) {
  if (!text.includes("\\u")) return [];
  const spans = [];
  for (const m of text.matchAll(ESCAPES_RE)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!/(?:[=:][ \t]*["']?|["'])$/.test(before) || !/^(?:["']|[ \t]*(?:\r?\n|$))/.test(after)) continue;
    const codes = m[0].split("\\u").slice(1).map((h) => parseInt(h, 16));
    if (codes.every(isCjk)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
var ALGORITHM_SETTING_RE = /(?<![\w$.-])([A-Za-z_][\w.-]{0,40})["']?[ \t]*[:=][ \t]*(["']?)([A-Za-z0-9_-]{2,32})\2(?=[ \t]*(?:[,;}#\r\n]|$))/dg;
var algorithmWords;
var algorithmNames;
function algorithmSettings(text) {
  if (!/alg|kdf|hasher|cipher|digest/i.test(text)) return [];
  algorithmWords ??= new Set(ALGORITHM_NAME_WORDS);
  algorithmNames ??= new Set(ALGORITHM_NAMES);
  const spans = [];
  for (const m of text.matchAll(ALGORITHM_SETTING_RE)) {
    if (algorithmWords.has(words(m[1]).pop() ?? "") && algorithmNames.has(m[3].toLowerCase())) spans.push(m.indices[3]);
  }
  return spans;
}
var BASE64_LINE_RE = /^[A-Za-z0-9+/]{4,998}={0,2}$/;
var TRANSFER_BASE64_RE = /^Content-Transfer-Encoding:[ \t]*base64[ \t]*$/i;
var TEXT_TYPE_RE = /^Content-Type:[ \t]*text\/[\w.+-]+/i;
var TRANSFER_BASE64_ANYWHERE_RE = /Content-Transfer-Encoding:[ \t]*base64/i;
var CONTROL_RE2 = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
function decodedText2(body) {
  const base64 = body.map((l) => l.content).join("");
  const bytes = Buffer.from(base64, "base64");
  if (bytes.toString("base64") !== base64) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return CONTROL_RE2.test(text) || TRANSFER_BASE64_ANYWHERE_RE.test(text) ? null : text;
  } catch {
    return null;
  }
}
function mimeTextBodies(text, isClean) {
  if (!TRANSFER_BASE64_ANYWHERE_RE.test(text)) return [];
  const spans = [];
  let headers = { base64: false, textType: false };
  let body;
  const flush = () => {
    const decoded = body && body.length > 0 ? decodedText2(body) : null;
    if (decoded !== null && isClean(decoded)) spans.push([body[0].contentStart, body[body.length - 1].end]);
    body = void 0;
  };
  for (const line of linesOf(text)) {
    const c = line.content;
    if (body !== void 0) {
      if (BASE64_LINE_RE.test(c)) {
        body.push(line);
        continue;
      }
      flush();
    }
    if (c === "") {
      if (headers.base64 && headers.textType) body = [];
      headers = { base64: false, textType: false };
      continue;
    }
    headers.base64 ||= TRANSFER_BASE64_RE.test(c);
    headers.textType ||= TEXT_TYPE_RE.test(c);
  }
  flush();
  return spans;
}
var OPENS_VALUE_RE = /[\s"'`=:([{,>]/;
var VALUE_END_RE = /^(?:$|\s|<\/|["'`,;)\]}]["'`,;)\]}>]{0,3}(?:$|\s|<\/|\.(?:\s|$))|[，。；、）！？](?:$|\s|[^\x00-\x7f]))/;
var QUERY_PARAMETER_RE = /[?&#][\w.~-]{1,64}=$/;
var AFTER_VALUE_RE = /[=:][^\s"'`,;({[&?#=:]{0,128}[=:]$/;
var isDiffMarker = (text, at) => (text[at] === "+" || text[at] === "-") && (at === 0 || text[at - 1] === "\n");
function standsApart(text, [start, end]) {
  const before = start === 0 ? "" : text[start - 1];
  if (start > 0 && !OPENS_VALUE_RE.test(before) && !isDiffMarker(text, start - 1)) return false;
  const lead = text.slice(Math.max(0, start - 160), start);
  const inQuery = QUERY_PARAMETER_RE.test(lead);
  if (!inQuery && AFTER_VALUE_RE.test(lead)) return false;
  if (/["'`]/.test(before) && text[end] === before) return true;
  if (VALUE_END_RE.test(text.slice(end, end + 8))) return true;
  return text[end] === "&" && inQuery;
}
var encodedSpans = (text) => [...countingByteSpans(text), ...kmsBlobSpans(text), ...publicKeySpans(text), ...minisignKeySpans(text)];
function provenSpans(text, isClean) {
  const spans = [...publishableSpans(text), ...publishableVendorSpans(text), ...ciphertextSpans(text), ...sopsDataKeySpans(text), ...envelopeSpans(text), ...nonceSpans(text), ...sipIdSpans(text), ...devDefaultSpans(text), ...formatSpans(text), ...escapedChinese(text), ...algorithmSettings(text), ...mimeTextBodies(text, isClean), ...referenceSpans(text, isClean), ...keyIdSpans(text, isClean), ...textFixtureSpans(text, isClean), ...encodedSpans(text)];
  return [...spans.filter((span) => standsApart(text, span)), ...hl7DocumentSpans(text)];
}

// src/redact/recovery.ts
var PHRASE_NAME_RE = /(?:recovery|seed|secret|mnemonic|backup|wallet)[ -](?:phrase|words)|mnemonic|(?:12|15|18|21|24)[ -]?words?(?:[ -]phrase)?|助记词|恢复短语/gi;
var PHRASE_REACH = 64;
var PHRASE_RE = /(?<![A-Za-z])(["'`“‘]?)([a-z]{3,8}(?:[ \t][a-z]{3,8}){11,23})(?:\1|[ \t]*(?=\r?\n|$))/;
var PHRASE_WORDS2 = /* @__PURE__ */ new Set([12, 15, 18, 21, 24]);
var CODES_NAME_RE = /(?:backup|recovery|scratch|2fa|two-factor|one-time)[ -]codes?|备用码|恢复码|备份码|救援码/i;
var CODE_LINE_RE = /^([ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*)((?=[A-Za-z0-9 -]*\d)(?:[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8}){0,3}|[A-Za-z0-9]{9,12}))[ \t]*\r?$/;
var INLINE_CODES_RE = /(?:codes?|备用码|恢复码|备份码|救援码)[^\n:：]{0,24}[:：][ \t]*((?:[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8})?[ \t]*[,，、;][ \t]*){1,23}[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8})?)/g;
var INLINE_CODE_RE = /[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8})?/g;
var MAX_CODES = 24;
var MAX_GAP = 2;
function phrases(text) {
  const cuts = [];
  PHRASE_NAME_RE.lastIndex = 0;
  for (let m = PHRASE_NAME_RE.exec(text); m; m = PHRASE_NAME_RE.exec(text)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + PHRASE_REACH + 24 * 9);
    const p = PHRASE_RE.exec(window);
    const words2 = p?.[2].split(/[ \t]/) ?? [];
    if (!p || p.index > PHRASE_REACH || !PHRASE_WORDS2.has(words2.length) || new Set(words2).size < 4) continue;
    const start = from + p.index + p[1].length;
    cuts.push([start, start + p[2].length]);
    PHRASE_NAME_RE.lastIndex = start + p[2].length;
  }
  return cuts;
}
function codeLists(lines, tally) {
  for (let i = 0; i < lines.length; i++) {
    if (!CODES_NAME_RE.test(lines[i])) continue;
    const found = [];
    let j = i + 1;
    for (; j < lines.length && j <= i + MAX_CODES + MAX_GAP; j++) {
      const line = lines[j];
      if (line.trim() === "" && found.length === 0 && j - i <= MAX_GAP) continue;
      const code = CODE_LINE_RE.exec(line);
      if (!code || isPlaceholder(code[2]) || code[2].includes(MARKER_PREFIX.slice(1))) break;
      found.push(j);
    }
    if (found.length < 2) continue;
    for (const k of found) {
      const code = CODE_LINE_RE.exec(lines[k]);
      lines[k] = `${code[1]}${tally.add("password", code[2])}${lines[k].slice(code[1].length + code[2].length)}`;
    }
    i = j - 1;
  }
}
function inlineCodes(text) {
  const cuts = [];
  INLINE_CODES_RE.lastIndex = 0;
  for (let m = INLINE_CODES_RE.exec(text); m; m = INLINE_CODES_RE.exec(text)) {
    if (!CODES_NAME_RE.test(text.slice(Math.max(0, m.index - 16), m.index + m[0].length))) continue;
    const base = m.index + m[0].length - m[1].length;
    const codes = [...m[1].matchAll(INLINE_CODE_RE)];
    if (codes.every((c) => /\d/.test(c[0]) && !isPlaceholder(c[0]))) for (const c of codes) cuts.push([base + c.index, base + c.index + c[0].length]);
  }
  return cuts;
}
function redactRecoverySecrets(text, tally) {
  const out = tally.cut(text, [...phrases(text), ...inlineCodes(text)], "password");
  if (!CODES_NAME_RE.test(out)) return out;
  const lines = out.split("\n");
  codeLists(lines, tally);
  return lines.join("\n");
}

// src/redact/handed-keys.ts
var HANDED_RE = /(?<![A-Za-z0-9_])(?:(?:api|app|access|secret)?[ _-]?key|token|secret|密钥|秘钥|私钥|令牌|凭证|凭据|授权码)(?![A-Za-z0-9_])([^\n:：=，。,;；]{0,16}?)(?:(?:先|就|暂时|临时)?(?:放|贴|写|记)(?:在)?(?:这里|这儿|这|下面|下边)|如下|是|为|為|(?:goes|is|are)[ \t]+(?:here|below)|here)[ \t]*[:：][ \t]*([A-Za-z0-9+/_=-]{16,128})(?![A-Za-z0-9+/_=-])/gi;
var NOT_SECRET_BEFORE_RE = /(?:cache|primary|foreign|sort|partition|idempotency|object|map|dict|hash|public|sharding|routing|redis|s3|缓存|主|分区|公)[ \t_-]*$/i;
var HASH_GAP_RE = /sha|hash|digest|checksum|commit|id\b|哈希|摘要|校验|指纹/i;
function isGeneratedValue(v) {
  if (isPlaceholder(v) || v.includes(MARKER_PREFIX.slice(1))) return false;
  if (/^[0-9a-f]{32,128}$/i.test(v)) return /[0-9]/.test(v) && /[a-f]/i.test(v);
  return acceptWeak(v) && looksRandom(v);
}
function redactHandedKeys(text, tally) {
  const cuts = [];
  HANDED_RE.lastIndex = 0;
  for (let m = HANDED_RE.exec(text); m; m = HANDED_RE.exec(text)) {
    const value = m[2];
    if (HASH_GAP_RE.test(m[1]) || NOT_SECRET_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index)) || !isGeneratedValue(value)) continue;
    const end = m.index + m[0].length;
    cuts.push([end - value.length, end]);
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/credential-questions.ts
var VALIDITY_RE = /\b(?:still|yet)[ \t]+(?:valid|good|active|live|working|usable|works?|in[ \t]+use)\b|\b(?:is|are)[ \t]+(?:it|this|that|these|they)[ \t]+(?:still[ \t]+)?(?:valid|active|expired|revoked|live)\b|\b(?:has|have)[ \t]+(?:it|this|they)[ \t]+expired\b|还?有效吗|还能用吗|过期了?吗|失效了?吗/i;
var CREDENTIAL_RE = /\b(?:api|(?:api[ _-]?)?keys?|tokens?|secrets?|credentials?|passwords?|auth|bearer)\b|密钥|秘钥|令牌|凭证|凭据|密码|口令|接口/i;
var NOT_CREDENTIAL_RE = /\b(?:commits?|sha(?:-?(?:1|256|384|512))?|hash(?:es)?|digests?|checksums?|revisions?|rev|builds?|ids?|uuids?|etags?|tags?|images?|blobs?|versions?|releases?|colou?rs?|git|branch(?:es)?|transactions?|tx)\b|提交|哈希|校验|摘要|版本|编号/i;
var TOKEN_RE2 = /(?<![A-Za-z0-9+/_=.-])[A-Za-z0-9+/_=-]{20,128}(?![A-Za-z0-9+/_=.-])/g;
function redactCredentialQuestions(text, tally) {
  if (!VALIDITY_RE.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!VALIDITY_RE.test(line) || !CREDENTIAL_RE.test(line) || NOT_CREDENTIAL_RE.test(line)) continue;
    lines[i] = line.replace(TOKEN_RE2, (v) => isGeneratedValue(v) ? tally.add("secret", v) : v);
  }
  return lines.join("\n");
}

// src/redact/rotations.ts
var VALUE2 = String.raw`(?<secret>[A-Za-z0-9_\-+/=~]{4,128}(?:\.[A-Za-z0-9_\-+/=~]{1,128}){0,3})`;
var NOUN = String.raw`(?:api[ _-]?key|key|token|secret|password|passphrase|credential)s?`;
var RULES7 = [
  // "the old Mailgun key (…)", "token (`…`)", "旧的密钥（…）": a key in parentheses right after its name.
  {
    needle: /[(（](?<=(?:key|token|secret|password|passphrase|credential)s?[ \t]*[(（]|(?:密钥|秘钥|令牌|密码)[ \t]*[(（])/i,
    re: new RegExp(String.raw`(?<pre>(?:(?<![\w-])(?:(?<qualifier>[A-Za-z][\w-]{0,23})[ \t]+)?${NOUN}|密钥|秘钥|令牌|密码)[ \t]*[(（][ \t]*\x60?)${VALUE2}(?=\x60?[ \t]*[)）])`, "gi"),
    nearNoun: false
  },
  // "I generated a new one: …", "the new key is …", "replacement token = …", "新的是：…".
  {
    needle: /(?:new|old|previous|replacement|rotated)[ \t]+(?:one|api|key|token|secret|password|passphrase|credential|value)|[新旧]的/i,
    re: new RegExp(String.raw`(?<pre>(?:(?<![\w-])(?:new|old|previous|replacement|rotated)[ \t]+(?:one|${NOUN}|value)(?:[ \t]+(?:is|was))?|(?:新|旧)的?(?:一个|密钥|秘钥|令牌|密码)?(?:是|为)?)[ \t]*[:：=]?[ \t]*\x60?)${VALUE2}`, "gi"),
    nearNoun: true
  }
];
var NOUN_NEAR_RE = /(?:([A-Za-z]+)[ \t]+)?\b(?:api[ _-]?keys?|keys?|tokens?|secrets?|passwords?|credentials?)\b|密钥|秘钥|令牌|密码|AccessKey/gi;
var NEAR = 300;
function keyShaped2(v) {
  if (v.length < 12 || v.includes(MARKER_PREFIX) || isPlaceholder(v)) return false;
  return acceptWeak(v) || areGeneratedLetters(v);
}
function namesKeyNearby(before) {
  let last;
  for (const m of before.matchAll(NOUN_NEAR_RE)) last = m;
  return last !== void 0 && (last[1] === void 0 || !NON_SECRET_KEY_QUALIFIERS.has(last[1].toLowerCase()));
}
function redactRotations(text, tally) {
  return cutRuleSecrets(text, RULES7, tally, ({ groups, secret, offset, input }, rule) => {
    if (groups.qualifier !== void 0 && NON_SECRET_KEY_QUALIFIERS.has(groups.qualifier.toLowerCase())) return false;
    if (rule.nearNoun && !namesKeyNearby(input.slice(Math.max(0, offset - NEAR), offset))) return false;
    return keyShaped2(secret);
  }, "secret");
}

// src/redact/named-values.ts
var NAME_FIELD = "name|key|Name|Key|ParameterKey|ParameterName|OptionName|variable_?[Nn]ame|VariableName";
var VALUE_FIELD = "value|Value|ParameterValue|OptionValue|variable_?[Vv]alue|VariableValue|secureValue|SecureValue";
var NAME_RE = new RegExp(String.raw`(?<![\w$-])["']?(?:${NAME_FIELD})["']?[ \t]*[:=][ \t]*(["']?)([A-Za-z_][\w.-]{0,127})\1(?![\w.-])`, "g");
var REACH4 = 240;
var VALUE_RE3 = new RegExp(String.raw`(?<![\w$-])["']?(?:${VALUE_FIELD})["']?[ \t]*[:=][ \t]*`);
var OTHER_NAME_RE = new RegExp(String.raw`(?<![\w$-])["']?(?:${NAME_FIELD})["']?[ \t]*[:=]`);
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
var SESSION_COOKIE_RE = /^(?:[\w.-]{0,24}[_.-])?(?:session(?:_?id)?|sessid|sid|phpsessid|jsessionid|remember_token|remember_user_token)$/i;
function literal4(category, v, quoted) {
  if (v.length < 4 || isPlaceholder(v) || v.includes(MARKER_PREFIX) || /^[${]/.test(v) || !quoted && /^[&*!|>]/.test(v)) return false;
  if (category === "session") return looksRandom(v);
  if (category === "password") return !/^[a-z]+$/.test(v) || v.length >= 8;
  return category === "secret" && v.length >= 8 && !isMadeOfWords(v);
}
function redactNamedValues(text, tally) {
  if (!/value/i.test(text)) return text;
  const cuts = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const category = categorize(m[2].split(".").pop()) ?? (SESSION_COOKIE_RE.test(m[2]) ? "session" : null);
    if (category !== "password" && category !== "secret" && category !== "session") continue;
    const after = NAME_RE.lastIndex;
    const stretch = text.slice(after, after + REACH4);
    const v = VALUE_RE3.exec(stretch);
    if (!v || OTHER_NAME_RE.test(stretch.slice(0, v.index)) || (stretch.slice(0, v.index).match(/\n/g)?.length ?? 0) > 3) continue;
    const range = valueAt(text, after + v.index + v[0].length);
    if (range && literal4(category, text.slice(range[0], range[1]), range[2])) cuts.push([range[0], range[1]]);
  }
  return tally.cut(text, cuts, "password");
}

// src/redact/packages.ts
var OPTS = String.raw`(?:-{1,2}[\w-]{1,32}[ \t]+)*`;
var credential4 = (g) => !g.secret.startsWith("-") && (/[^A-Za-z]/.test(g.secret) || !isMadeOfWords(g.secret));
var secretNamed = (name) => ["password", "secret"].includes(categorize(name ?? "") ?? "");
var generated6 = (g) => credential4(g) && (looksRandom(g.secret) || /^[0-9a-f-]{16,}$/i.test(g.secret));
var RULES8 = [
  // Poetry and Composer: http-basic.<repo> takes a user then a password; token settings (pypi-token.<repo>,
  // github-oauth.<host>, gitlab-token.<host>, bearer.<host>) a token.
  { needle: /poetry|composer/, re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:poetry|composer)[ \t]+config[ \t]+${OPTS}http-basic\.[\w.-]{1,64}[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), accept: credential4 },
  // Composer's auth.json `"http-basic": { "<host>": { "username": …, "password": … } }`: some vendors put the license
  // key in the username (ACF PRO, with the site URL as password); a generated username there is a credential.
  { needle: /"http-basic"/, re: /(?<pre>"username"[ \t]*:[ \t]*")(?<secret>[A-Za-z0-9+/=_-]{20,256})(?=")/g, accept: generated6 },
  { needle: /poetry|composer/, re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:poetry|composer)[ \t]+config[ \t]+${OPTS}(?:pypi-token|github-oauth|gitlab-oauth|gitlab-token|bearer)\.[\w.-]{1,64}[ \t]+)${VAL}`, "g"), accept: credential4 },
  // npm/pnpm/yarn `config set //host/:_authToken <token>` (the `=` form is an assignment already).
  {
    needle: /config/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:npm|pnpm|yarn)[ \t]+config[ \t]+set[ \t]+${OPTS}\S{0,200}?:?(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent)[ \t]+)${VAL}`, "g"),
    accept: credential4
  },
  // Gradle project properties on the command line: -PmavenPassword=…, -PsigningKey=….
  { needle: /-P/, re: new RegExp(String.raw`(?<pre>(?<![\w-])-P(?<name>[A-Za-z_][\w.-]{0,63})=)${VAL}`, "g"), accept: (g) => secretNamed(g.name) && credential4(g) },
  // cargo login <token>, sem connect <host> <token>: the token is positional.
  { needle: /cargo/, re: new RegExp(String.raw`(?<pre>(?<![\w-])cargo[ \t]+login[ \t]+(?:--registry[ \t=]\S{1,64}[ \t]+)?)${VAL}`, "g"), accept: generated6 },
  { needle: /sem/, re: new RegExp(String.raw`(?<pre>(?<![\w-])sem[ \t]+connect[ \t]+\S{1,253}[ \t]+)${VAL}`, "g"), accept: generated6 },
  // bundle config [set] [--global] <host> <user:password>: a host (dots) whose value has a user or is generated.
  {
    needle: /bundle/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])bundle[ \t]+config[ \t]+(?:set[ \t]+)?${OPTS}[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]+)${VAL}`, "g"),
    accept: (g) => credential4(g) && (/^[^:\s]{1,128}:\S/.test(g.secret) || generated6(g))
  },
  // Short flags that are a password only for these tools (elsewhere -p is a port or a path).
  { needle: /conan/, re: flag("conan", String.raw`(?:-p|--password)(?:[ \t]+|=)`) },
  // macOS `security`: each subcommand has its own password flag (-p elsewhere is a policy, -k a keychain path).
  { needle: /security/, re: flag(String.raw`security[ \t]+(?:import|export)`, String.raw`-P[ \t]+`) },
  { needle: /security/, re: flag(String.raw`security[ \t]+(?:unlock|create|delete)-keychain`, String.raw`-p[ \t]+`) },
  { needle: /security/, re: flag(String.raw`security[ \t]+set-key-partition-list`, String.raw`-k[ \t]+`) },
  { needle: /security/, re: flag(String.raw`security[ \t]+add-(?:generic|internet)-password`, String.raw`-w[ \t]+`) },
  { needle: /twine/, re: flag("twine", String.raw`(?:-p|--password)(?:[ \t]+|=)`) },
  { needle: /vsce|ovsx/, re: flag("vsce|ovsx", String.raw`(?:-p|--pat)(?:[ \t]+|=)`) },
  { needle: /nuget/, re: flag(String.raw`nuget|dotnet[ \t]+nuget`, String.raw`(?:-k|-ApiKey|--api-key)(?:[ \t]+|=)`), accept: generated6 },
  { needle: /nuget/, re: flag(String.raw`nuget[ \t]+(?:add|update)[ \t]+source|nuget[ \t]+sources[ \t]+(?:add|update)`, String.raw`(?:-p|--password|-Password)(?:[ \t]+|=)`) },
  // Bundler reads a mirror's credentials from BUNDLE_<HOST> with dots written `__`; build options (BUILD__…) are
  // flags. The whole `user:password` goes: gem servers' users are often license keys.
  {
    needle: /BUNDLE_/,
    re: /(?<pre>(?<![\w-])BUNDLE_(?!BUILD__)[A-Z0-9_]{0,128}__[A-Z0-9]{2,24}["']?[ \t]*[:=][ \t]*(?<q>["']?))(?<secret>[^\s"'#]{4,512})\k<q>/g,
    accept: (g) => credential4(g) && (/^[^:\s]{1,128}:\S/.test(g.secret) || generated6(g))
  }
];
var HOST_KEY_RE = /(?<pre>^[+\- ]?[ \t]*:?https?:\/\/[^\s"']{1,256}[ \t]*:[ \t]+(?<q>["']?))(?<secret>[^\s"']{12,256})\k<q>[ \t]*\r?$/gm;
function redactHostKeyedTokens(text, tally) {
  if (!/:\/\/[^\s]{1,256}:[ \t]/.test(text)) return text;
  return text.replace(HOST_KEY_RE, (m, pre, _q, secret) => generated6({ secret }) && !/^(?:sha\d{1,3}-|[0-9a-f]{32,}$)/i.test(secret) && !secret.includes(MARKER_PREFIX) ? `${pre}${tally.add("secret", secret)}${m.slice(pre.length + secret.length)}` : m);
}
var DENO_RE = /(?<pre>(?<![\w-])DENO_AUTH_TOKENS["']?[ \t]*[:=][ \t]*["']?)(?<value>[^\s"']{1,4096})/g;
var DENO_ENTRY_RE = /(?<=^|;)(?<user>[^;@:\s]{1,256}:)?(?<secret>[^;@\s]{1,512})(?=@)/g;
function redactDenoTokens(text, tally) {
  if (!text.includes("DENO_AUTH_TOKENS")) return text;
  return text.replace(DENO_RE, (_m, pre, value) => pre + value.replace(DENO_ENTRY_RE, (entry, user, secret) => entry.includes(MARKER_PREFIX) || secret.startsWith("$") ? entry : `${user ?? ""}${tally.add("password", secret)}`));
}
function redactPackageCredentials(text, tally) {
  text = cutRuleSecrets(text, RULES8, tally, ({ secret, groups }, rule) => usable(secret) && (!rule.accept || rule.accept(groups)));
  return redactHostKeyedTokens(redactDenoTokens(text, tally), tally);
}

// src/redact/pairs.ts
var ACCOUNT_RE2 = /(?:account|login|log[ -]in|credentials?|creds|user(?:name)?|账号|帐号|账户|用户名?|登录|登陆|管理员|后台)/i;
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
var PAIR_RE4 = new RegExp(
  String.raw`(?<=^|[\s(（,，:：;；。=>]|\p{Script=Han})${Q_OPEN}(?<user>[A-Za-z][\w.@-]{0,31}|\[REDACTED:[\w-]{1,32}\])${Q_CLOSE}(?<sep>[ \t]?[/／][ \t]?|[:：])${Q_OPEN}(?<secret>[^\s\x60'"“”‘’，。；、,;:()（）/／<>]{6,64})${Q_CLOSE}(?=[\s，。；、,;.()（）]|$)`,
  "gu"
);
var NOT_USERS_RE = /^(?:sha\d*|md5|blake\d*\w*|https?|mailto|tel|data|urn|arn|git|ssh|file|npm|docker|image|tag|v\d*)$/i;
var stockUser = (user) => STOCK_USERS.has(user.toLowerCase()) || /^[a-z0-9]{1,6}[-_]?admin$/i.test(user);
function passwordShaped(v, announced) {
  if (isPlaceholder(v) || v.includes(MARKER_PREFIX.slice(1)) || !/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) return false;
  if (!announced && !/[^A-Za-z0-9]/.test(v) && !(/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v))) return false;
  if (!isMadeOfWords(v) || isPassphrase(v)) return true;
  return announced && /\d{2,}$/.test(v) && v.length <= 20;
}
var WIFI_KEY_RE = /(?<pre>(?<![\w-])(?:wi-?fi|wlan|ssid)[ \t]*[:：][ \t]*[^\s:：][^\n:：]{0,63}\r?\n[ \t]*(?:(?:wpa2?|wi-?fi|network)[ \t_-]?)?(?:key|psk|passphrase|pass(?:word)?|密码)[ \t]*[:：][ \t]*)(?<secret>[^\s"'`]{8,63})(?=[ \t]*(?:\r?\n|$))/gi;
function redactPairs(text, tally) {
  if (!/[/／:：]/.test(text)) return text;
  return redactUserPasswordPairs(redactWifiKeys(text, tally), tally);
}
function redactWifiKeys(text, tally) {
  if (!/wi-?fi|wlan|ssid/i.test(text)) return text;
  return text.replace(
    WIFI_KEY_RE,
    (match, pre, secret) => isPlaceholder(secret) || secret.includes(MARKER_PREFIX) ? match : `${pre}${tally.add("password", secret)}`
  );
}
function redactUserPasswordPairs(text, tally) {
  return text.replace(PAIR_RE4, (match, ...args) => {
    const groups = args[args.length - 1];
    const offset = args[args.length - 3];
    const secret = groups.secret;
    const before = text.slice(Math.max(0, offset - 64), offset);
    const announced = ACCOUNT_RE2.test(before.slice(before.lastIndexOf("\n") + 1));
    if (NOT_USERS_RE.test(groups.user) || !announced && !stockUser(groups.user)) return match;
    if (!announced && /[ \t]/.test(groups.sep) && !/[^A-Za-z0-9]/.test(secret) && isMadeOfWords(secret)) return match;
    if (!passwordShaped(secret, announced)) return match;
    const at = match.lastIndexOf(secret);
    return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
  });
}

// src/redact/stdin-readers.ts
var STDIN_FLAG_RE = /(?:^|[ \t])(?:--passw(?:or)?d-(?:on-|from-)?stdin|--pass-stdin|--with-token|--stdin|-password-stdin)(?![\w-])|(?:^|[ \t])sudo(?:[ \t]+-[A-Za-z]{1,4})*[ \t]+-[A-Za-z]{0,3}S/;
var STDIN_TOOL_RE = /^(?:sudo(?:[ \t]+-[A-Za-z]{1,4})*[ \t]+)?(?:kinit|chpasswd|chgpasswd|smbpasswd[ \t][^\n]*-s|(?:docker|podman)[ \t]+secret[ \t]+create|vault[ \t]+login|cryptsetup|openconnect|htpasswd[ \t]+-[a-z]*i|passwd[ \t][^\n]*--stdin|iinit)(?![\w-])/;
function readsSecretFromStdin(command) {
  return STDIN_FLAG_RE.test(command) || STDIN_TOOL_RE.test(command.trimStart());
}

// src/redact/stdin.ts
var ARG_SRC = String.raw`'[^'\n]{1,256}'|"[^"\n]{1,256}"|[^\s|;&'"]{1,256}`;
var PIPE_RE = new RegExp(
  String.raw`(?<![\w-])(?<tool>echo|printf)(?<flags>[ \t]+-[neE]{1,3})?(?<args>(?:[ \t]+(?:${ARG_SRC})){1,4})[ \t]*\|[ \t]*(?<command>[^\n|;&]{1,300})`,
  "g"
);
var ARG_RE = new RegExp(ARG_SRC, "g");
function credential5(v) {
  if (v.length < 6 || v.includes(MARKER_PREFIX) || /^[$%~/-]|\$[{(\w]/.test(v) || isPlaceholder(v) || !/[^A-Za-z]/.test(v)) return false;
  return !isMadeOfWords(v) || isPassphrase(v) || hasPasswordSymbols(v) || looksRandom(v);
}
function cutArgs(tool, args, tally) {
  const count = args.match(ARG_RE)?.length ?? 0;
  let index = 0;
  return args.replace(ARG_RE, (arg) => {
    if (tool === "printf" && count > 1 && index++ === 0) return arg;
    const quoted = /^['"]/.test(arg);
    const value = quoted ? arg.slice(1, -1) : arg;
    if (!credential5(value)) return arg;
    const marker2 = tally.add("password", value);
    return quoted ? `${arg[0]}${marker2}${arg[0]}` : marker2;
  });
}
var HERE_RE = new RegExp(String.raw`<<<[ \t]*(?<arg>${ARG_SRC})`, "g");
var COMMAND_BACK = 300;
function commandBefore(text, at) {
  const before = text.slice(Math.max(0, at - COMMAND_BACK), at);
  return before.slice(Math.max(before.lastIndexOf("\n"), before.search(/[|;&][^|;&]*$/)) + 1);
}
function redactPipedSecrets(text, tally) {
  if (text.includes("<<<")) {
    text = text.replace(HERE_RE, (match, ...rest) => {
      const [offset, input, g] = rest.slice(-3);
      if (!readsSecretFromStdin(commandBefore(input, offset).trim())) return match;
      return match.slice(0, match.length - g.arg.length) + cutArgs("echo", g.arg, tally);
    });
  }
  if (!/echo|printf/.test(text) || !text.includes("|")) return text;
  return text.replace(PIPE_RE, (match, ...rest) => {
    const g = rest[rest.length - 1];
    if (!readsSecretFromStdin(g.command)) return match;
    const head = `${g.tool}${g.flags ?? ""}`;
    const args = cutArgs(g.tool, g.args, tally);
    return head + args + match.slice(head.length + g.args.length);
  });
}

// src/redact/pw-exports.ts
var SECRET_COLUMNS = /* @__PURE__ */ new Set(["password", "login_password", "passwd", "totp", "login_totp", "otpauth", "\u5BC6\u7801"]);
var LOGIN_COLUMNS = /* @__PURE__ */ new Set([
  "url",
  "login_uri",
  "uri",
  "website",
  "web_site",
  "hostname",
  "origin",
  "username",
  "login_username",
  "user_name",
  "user",
  "login",
  "email",
  "account",
  "title",
  "name",
  "\u7F51\u5740",
  "\u7528\u6237\u540D",
  "\u8D26\u53F7"
]);
var MAX_FIELDS = 40;
var MAX_LINE3 = 4096;
var DIFF_MARK_RE = /^[+\- ]/;
function fields(line) {
  const out = [];
  for (let i = 0; ; i++) {
    if (out.length >= MAX_FIELDS) return null;
    if (line[i] === '"') {
      let j = i + 1;
      while (j < line.length && !(line[j] === '"' && line[j + 1] !== '"')) j += line[j] === '"' ? 2 : 1;
      if (j >= line.length) return null;
      out.push({ start: i + 1, end: j });
      i = j + 1;
      if (i < line.length && line[i] !== ",") return null;
    } else {
      const comma = line.indexOf(",", i);
      const end = comma === -1 ? line.length : comma;
      out.push({ start: i, end });
      i = end;
    }
    if (i >= line.length) return out;
  }
}
var columnName = (s) => s.trim().toLowerCase().replace(/[ -]/g, "_");
function secretColumns(line) {
  if (!line.includes(",") || line.length > MAX_LINE3) return null;
  const fs = fields(line);
  if (fs === null || fs.length < 3) return null;
  const names2 = fs.map((f) => columnName(line.slice(f.start, f.end)));
  if (!names2.every((n) => /^[\p{L}_][\p{L}\d_]{0,40}$/u.test(n))) return null;
  const secret = names2.flatMap((n, i) => SECRET_COLUMNS.has(n) ? [i] : []);
  return secret.length > 0 && names2.some((n) => LOGIN_COLUMNS.has(n)) ? { count: fs.length, secret } : null;
}
var usable2 = (v) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && !/^(?:true|false|yes|no|null|none|n\/a|-|\d{1,4})$/i.test(v.trim());
function redactPasswordExports(text, tally) {
  if (!/passw|totp|密码/i.test(text)) return text;
  const cuts = [];
  let header = null;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(at, end).replace(/\r$/, "");
    const mark = header?.diff || header === null && DIFF_MARK_RE.test(raw) && secretColumns(raw.slice(1)) !== null ? 1 : 0;
    const line = raw.slice(mark);
    const row = header !== null && line.length <= MAX_LINE3 ? fields(line) : null;
    if (header !== null && row !== null && row.length === header.count) {
      for (const i of header.secret) if (usable2(line.slice(row[i].start, row[i].end))) cuts.push([at + mark + row[i].start, at + mark + row[i].end]);
    } else {
      const found = secretColumns(line);
      header = found && { ...found, diff: mark === 1 };
    }
    at = end + 1;
  }
  return tally.cut(text, cuts, "password");
}

// src/redact/yaml-continued.ts
var CUT_KEY_RE = /^([+\-]?)([ \t]*(?:-[ \t]+)?)[A-Za-z_][\w.-]{0,80}:[ \t]+\[REDACTED:([\w-]{1,40})\][ \t]*\r?$/;
var CONTINUATION_RE = /^([+\-]?)([ \t]+)([^\s#\-[{"'&*!|>%@`][^\s]{0,255}?)([ \t]*\r?)$/;
var MAX_CONTINUATIONS = 8;
function keyIndent(key, mark) {
  if (key[1] === mark) return key[2].length;
  return key[1] === "-" && mark === "" ? key[2].length + 1 : -1;
}
function continuation(line, key) {
  const m = CONTINUATION_RE.exec(line);
  if (!m) return null;
  const indent = keyIndent(key, m[1]);
  if (indent < 0 || m[2].length <= indent || /:(?:[ \t]|$)/.test(m[3])) return null;
  const token = m[3];
  return token.startsWith(MARKER_PREFIX) || isPlaceholder(token) || isMadeOfWords(token) ? null : m;
}
function redactYamlContinued(text, tally) {
  if (!text.includes("]\n") && !text.includes("]\r\n")) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const key = CUT_KEY_RE.exec(lines[i]);
    if (!key) continue;
    for (let j = i + 1; j < lines.length && j <= i + MAX_CONTINUATIONS; j++) {
      const m = continuation(lines[j], key);
      if (!m) break;
      lines[j] = `${m[1]}${m[2]}${tally.add(key[3], m[3])}${m[4]}`;
    }
  }
  return lines.join("\n");
}

// src/redact/env-comments.ts
var ENV_WORDS = ["prod", "production", "prd", "staging", "stage", "stg", "live", "real"];
var VALUE_NOUNS = ["one", "value", "password", "pass", "pw", "secret", "key", "token"];
var SETTING_RE2 = new RegExp(
  String.raw`^([+\- ]?[ \t]*(?:export[ \t]+)?)([A-Za-z_][\w.-]{0,80})(["']?[ \t]*[:=][ \t]*[^\n#]{0,256}?[ \t](?:#|\/\/)[ \t]*` + String.raw`(?:${ENV_WORDS.join("|")})(?:[ \t]+(?:${VALUE_NOUNS.join("|")}))?[ \t]*(?::|=|is|->)[ \t]*)` + String.raw`(["'\x60]?)([^\s"'\x60,;]{6,128})\4`,
  "gim"
);
function isHandedValue(value) {
  if (value.startsWith(MARKER_PREFIX) || value.startsWith("$") || value.includes("{") || isPlaceholder(value)) return false;
  return !isMadeOfWords(value);
}
function redactEnvComments(text, tally) {
  if (!/#|\/\//.test(text) || !new RegExp(ENV_WORDS.join("|"), "i").test(text)) return text;
  return text.replace(SETTING_RE2, (whole, lead, name, middle, quote2, value) => {
    const category = categorize(name);
    if (category !== "password" && category !== "secret" || !isHandedValue(value)) return whole;
    return `${lead}${name}${middle}${quote2}${tally.add(category === "password" ? "password" : "secret", value)}${quote2}`;
  });
}

// src/redact/comment-handovers.ts
var HANDOVER_RE = /^[+\- ]?[ \t]*(?:#|\/\/)[ \t]*(?:please[ \t]+)?(?:use|try)[ \t]+th(?:is|at)(?:[ \t]+(?:one|instead|value|password|pass|token|key|secret))?[ \t]*[:：=][ \t]*([^\s"'`]{16,128})[ \t]*\r?$/gim;
function isGenerated(v) {
  if (v.includes(MARKER_PREFIX.slice(1)) || isPlaceholder(v) || /^(?:\w{1,12}:)?[0-9a-f]+$/i.test(v)) return false;
  if (/^[-/.~$]|:\/\/|\.\/|^v?\d+\.\d+/.test(v)) return false;
  return /\d/.test(v) && /[A-Za-z]/.test(v) && acceptWeak(v) && looksRandom(v);
}
function redactCommentHandovers(text, tally) {
  if (!/(?:use|try)[ \t]+th(?:is|at)/i.test(text)) return text;
  const cuts = [];
  HANDOVER_RE.lastIndex = 0;
  for (let m = HANDOVER_RE.exec(text); m; m = HANDOVER_RE.exec(text)) {
    const value = m[1];
    if (!isGenerated(value)) continue;
    const at = m.index + m[0].lastIndexOf(value);
    cuts.push([at, at + value.length]);
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/key-clauses.ts
var VALUE3 = String.raw`[A-Za-z0-9+/_=-]{16,128}(?![A-Za-z0-9+/_=-])`;
var MARKER = String.raw`\[REDACTED:[a-z0-9-]+\]`;
var FIRST_RE = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:key|secret|token|密钥|秘钥|私钥|令牌)[ \t]*(?:是|为|為|[:：=])?[ \t]*(${MARKER}|${VALUE3})`,
  "gi"
);
var NEXT_RE = new RegExp(String.raw`[ \t]*[，；、][ \t]*([^\n，,；;。:：=[\]]{0,16}?)(?:是|为|為|[:：]|[ \t])[ \t]*(${MARKER}|${VALUE3})`, "y");
var generatedOrCut = (v) => v.startsWith(MARKER_PREFIX) || isGeneratedValue(v);
function redactKeyClauses(text, tally) {
  if (!/[，；、]/.test(text)) return text;
  const cuts = [];
  FIRST_RE.lastIndex = 0;
  for (let m = FIRST_RE.exec(text); m; m = FIRST_RE.exec(text)) {
    const first = m[1];
    if (!generatedOrCut(first) || NOT_SECRET_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const listed = cuts.length;
    let continued = false;
    let reach = m.index + m[0].length;
    NEXT_RE.lastIndex = reach;
    for (let n = NEXT_RE.exec(text); n; n = NEXT_RE.exec(text)) {
      const value = n[2];
      if (HASH_GAP_RE.test(n[1]) || !generatedOrCut(value)) break;
      continued = true;
      reach = NEXT_RE.lastIndex;
      if (!value.startsWith(MARKER_PREFIX)) cuts.push([NEXT_RE.lastIndex - value.length, NEXT_RE.lastIndex]);
    }
    const end = m.index + m[0].length;
    if (continued && !first.startsWith(MARKER_PREFIX)) cuts.splice(listed, 0, [end - first.length, end]);
    FIRST_RE.lastIndex = Math.max(FIRST_RE.lastIndex, reach);
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/postfix.ts
var MAPS_RE = /^([+\- ]?[ \t]*([a-z][a-z0-9_]{0,64}_maps)[ \t]*=[ \t]*)([^\n{}]{1,2048})$/gm;
var TABLE_RE = /^(?:proxy:)?[a-z]{2,16}:/;
var STATIC_RE = /^static:/;
function literalOf(item) {
  if (STATIC_RE.test(item)) return [7, item.slice(7)];
  return TABLE_RE.test(item) ? null : [0, item];
}
function redactPostfixMaps(text, tally) {
  if (!text.includes("_maps")) return text;
  return text.replace(MAPS_RE, (line, lead, name, value) => {
    const category = categorize(name);
    if (category !== "password" && category !== "secret") return line;
    const out = value.replace(/[^\s,]+/g, (item) => {
      const literal5 = literalOf(item);
      if (literal5 === null || literal5[1].includes(MARKER_PREFIX) || isPlaceholder(literal5[1])) return item;
      return item.slice(0, literal5[0]) + tally.add("password", literal5[1]);
    });
    return lead + out;
  });
}

// src/redact/login-properties.ts
var LOGIN_FILE_RE = /(?:^|[\s/\\"'`])(?:[\w-]{1,32}[-_.])?(?:users?|realm|login)\.properties\b/;
var ENTRY_RE2 = new RegExp(String.raw`^(${LINE_PREFIX_SRC}[\w.@-]{1,64}[ \t]*[=:][ \t]*)([^\s,]{6,128})(?=[ \t]*(?:,[ \t]*[^\s,]{1,64}[ \t]*){0,16}\r?$)`, "gm");
function redactLoginProperties(text, tally) {
  if (!text.includes(".properties") || !LOGIN_FILE_RE.test(text)) return text;
  return text.replace(
    ENTRY_RE2,
    (line, pre, value) => !passwordLike(value) ? line : pre + tally.add("password", value)
  );
}

// src/redact/proxy-ids.ts
var PROTOCOL_RE = /["']?(?:protocol|type)["']?[ \t]*[:=][ \t]*["']?(?:vless|vmess)(?![\w-])/i;
var UUID2 = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
var ID_RE = new RegExp(String.raw`(?<pre>(?<![\w$.-])["']?(?:id|uuid)["']?[ \t]*[:=][ \t]*["']?)(?<id>${UUID2})(?![\w-])`, "g");
function redactProxyIds(text, tally) {
  if (!PROTOCOL_RE.test(text)) return text;
  return text.replace(ID_RE, (_m, pre, id) => `${pre}${tally.add("secret", id)}`);
}

// src/redact/wp-salts.ts
var SALT_RE = /(?<pre>define\([ \t]*(?<nq>["'])(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)\k<nq>[ \t]*,[ \t]*(?<q>["']))(?<value>[^"'\n]{64})\k<q>/g;
var generated7 = (v) => new Set(v).size >= 24 && !/\b(?:put|your|unique|phrase|here)\b/i.test(v);
function redactWordPressSalts(text, tally) {
  if (!text.includes("define")) return text;
  return text.replace(SALT_RE, (match, ...args) => {
    const g = args[args.length - 1];
    return generated7(g.value) ? `${g.pre}${tally.add("secret", g.value)}${g.q}` : match;
  });
}

// src/redact/repeats.ts
var KEY = 8;
var MAX = 512;
var MAX_CANDIDATES = 4;
var PIECE_RE3 = /[A-Za-z0-9+/_\-.~!#$%^&*@]{8,256}/g;
var BASE = 131;
var MAX_SLOTS = 1 << 16;
var slotsFor = (text) => Math.min(MAX_SLOTS, 2 ** Math.max(6, Math.ceil(Math.log2(text.length + 1))));
var usable3 = (v) => v.length >= KEY && v.length <= MAX && !v.includes("\n") && !v.includes(MARKER_PREFIX) && !isPlaceholder(v) && !(/\s/.test(v) && isMadeOfWords(v));
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
var powTable;
function powers() {
  if (powTable === void 0) {
    powTable = new Uint32Array(MAX + 1);
    powTable[0] = 1;
    for (let i = 1; i <= MAX; i++) powTable[i] = Math.imul(powTable[i - 1], BASE) >>> 0;
  }
  return powTable;
}
function keyHash(s, at) {
  let h = 0;
  for (let i = at; i < at + KEY; i++) h = Math.imul(h, BASE) + s.charCodeAt(i) >>> 0;
  return h;
}
var windowHash = (h, j, powKey) => h[j + KEY] - Math.imul(h[j], powKey) >>> 0;
function cutRepeats(text, values, tally) {
  const pow = powers();
  const starts = /* @__PURE__ */ new Map();
  const keySlots = new Uint8Array(slotsFor(text));
  const mask = keySlots.length - 1;
  for (const value of values) {
    const hashes = prefixHashes(value);
    push(starts, value.slice(0, KEY), { value, hash: hashes[value.length] });
    keySlots[hashes[KEY] & mask] = 1;
  }
  const h = prefixHashes(text);
  const hashAt = (i, length) => h[i + length] - Math.imul(h[i], pow[length]) >>> 0;
  let out = "";
  let last = 0;
  for (let i = 0; i + KEY <= text.length; i++) {
    if (keySlots[hashAt(i, KEY) & mask] === 0) continue;
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
  const starts = [];
  const ends = [];
  PIECE_RE3.lastIndex = 0;
  for (let m = PIECE_RE3.exec(text); m; m = PIECE_RE3.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const heads = new Uint8Array(slotsFor(text));
  const mask = heads.length - 1;
  for (const start of starts) heads[keyHash(text, start) & mask] = 1;
  const windows = /* @__PURE__ */ new Map();
  const powKey = powers()[KEY];
  for (const v of values) {
    const h = prefixHashes(v);
    for (let j = 0; j + KEY <= v.length; j++) {
      if (heads[windowHash(h, j, powKey) & mask] === 1) push(windows, v.slice(j, j + KEY), [v, j]);
    }
  }
  let out = "";
  let last = 0;
  for (let r = 0; r < starts.length; r++) {
    const run = text.slice(starts[r], ends[r]);
    const whole = windows.get(run.slice(0, KEY))?.find(([v, j]) => v.startsWith(run, j));
    if (whole === void 0 || !pieceShaped(run)) continue;
    out += text.slice(last, starts[r]) + tally.add(tally.values.get(whole[0]) ?? "secret");
    last = ends[r];
  }
  return out + text.slice(last);
}
function redactRepeats(text, tally) {
  const values = [...tally.values.keys()].filter((v) => v === v.trim() && usable3(v)).sort((a, b) => b.length - a.length);
  if (values.length === 0) return text;
  return cutPieces(cutRepeats(text, values, tally), values, tally);
}

// src/redact/prose-pass.ts
var OWNER = String.raw`admin|root|router|wi-?fi|wlan|guest|login|user|db|database|ssh|vpn|server|account|portal|console|email|mail|smtp|ftp|sftp|nas|camera|dvr|switch|firewall|panel|the|my|your|our|his|her|their|new|old|default|temp|temporary|master`;
var PASS_RE = new RegExp(
  String.raw`(?<pre>(?<![A-Za-z0-9_])(?:${OWNER})[ \t]+pass(?:[ \t]+(?:for|of|on|to|at|in)(?:[ \t]+(?!(?:is|was)[ \t])[^\s:：=]{1,32}){1,4})?(?:[ \t]*[:：=][ \t]*|[ \t]+(?:is|was)(?:[ \t]+now)?[ \t]+)(?<q>["'“‘\x60]?))(?<secret>[\x21-\x7e]{4,128})`,
  "gi"
);
var trim = (v) => v.replace(/["'”’\x60)\]]+$/, "").replace(/[.,;:!?]+$/, "");
function redactPassNouns(text, tally) {
  if (!/pass/i.test(text)) return text;
  return text.replace(PASS_RE, (all, pre, _q, raw) => {
    const v = trim(raw);
    if (v.includes(MARKER_PREFIX) || !acceptStrong(v, "password")) return all;
    return pre + tally.add("password", v) + raw.slice(v.length);
  });
}

// src/redact/yaml-children.ts
var PARENT_RE2 = /^[+\- ]?([ \t]*)(?:-[ \t]+)?["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*$/;
var CHILD_RE = /^[+\- ]?([ \t]*)["']?([\w.$-]{1,64})["']?[ \t]*:[ \t]+(["']?)([^\s"'#|>&*!][^\s"']{0,255})\3[ \t]*$/;
var MAX_CHILD_LINES = 12;
var generated8 = (v) => !isPlaceholder(v) && (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v));
var SCHEMA_CHILDREN = /* @__PURE__ */ new Set(["pattern", "regex", "format", "type", "description", "title", "example", "examples", "$ref", "ref", "label", "hint"]);
function redactSecretChildren(text, tally) {
  if (!/:[ \t]*\r?\n/.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const parent = PARENT_RE2.exec(lines[i].replace(/\r$/, ""));
    const category = parent ? categorize(parent[2]) : null;
    const keyParent = parent !== null && category === null && categorize(`${parent[2]}_key`) === "secret";
    if (!parent || category !== "password" && category !== "secret" && !keyParent) continue;
    const indent = parent[1].length;
    for (let j = i + 1; j < lines.length && j <= i + MAX_CHILD_LINES; j++) {
      const line = lines[j].replace(/\r$/, "");
      if (line.trim() === "") continue;
      const child = CHILD_RE.exec(line);
      if (!child || child[1].length <= indent) break;
      const value = child[4];
      if (keyParent && (child[2].toLowerCase() !== "key" || !generated8(value))) continue;
      if (SCHEMA_CHILDREN.has(child[2].toLowerCase()) || value.includes(MARKER_PREFIX) || !acceptStrong(value, "password")) continue;
      const at = line.lastIndexOf(value);
      lines[j] = line.slice(0, at) + tally.add(keyParent ? "secret" : "password", value) + line.slice(at + value.length) + (lines[j].endsWith("\r") ? "\r" : "");
    }
  }
  return lines.join("\n");
}

// src/redact/split.ts
var LITERAL_RE = /(["'`])([^"'`\s\\]{3,256})\1/y;
var JOIN_RE = new RegExp(String.raw`[ \t]*(?:(?:\+\+?|\|\||\.\.?|&|<>|~)[ \t]*)?(?:\\[ \t]*)?(?:\r?\n${LINE_PREFIX_SRC}(?:(?:\+\+?|\|\||\.\.?|&|<>|~)[ \t]*)?)?`, "y");
var COMMA_RE = new RegExp(String.raw`[ \t]*,[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?`, "y");
var JOIN_CALL_RE = new RegExp(String.raw`[ \t]*,?[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?\][ \t]*(\.reverse\(\)[ \t]*)?\.join\([ \t]*(["'])\2[ \t]*\)`, "y");
var APPEND_RE = new RegExp(String.raw`[ \t]*\)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?[ \t]*\.(?:append|concat)\([ \t]*`, "y");
var LIST_OPEN_RE = new RegExp(String.raw`\[[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
var APPEND_OPEN_RE = /\.(?:append|concat)\([ \t]*$/;
var CONCAT_OPEN_RE = new RegExp(
  String.raw`(?:\bString\.join\([ \t]*(["'])\1[ \t]*,|\b[Ss]tring\.Concat\(|\b(?:concat|CONCAT)!?\(|\b[Ss]printf\([ \t]*(["'])(?:%[sv]){2,8}\2[ \t]*,)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`
);
var CALL_LIST_OPEN_RE = new RegExp(String.raw`\b(?:listOf|arrayOf|mutableListOf|arrayListOf|List\.of|Arrays\.asList|Stream\.of)\([ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
var CALL_LIST_JOIN_RE = new RegExp(
  String.raw`[ \t]*,?[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?\)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?\.(?:joinToString\([ \t]*(?:separator[ \t]*=[ \t]*)?(["'])\1[ \t]*\)|collect\([ \t]*Collectors\.joining\([ \t]*(?:(["'])\2)?[ \t]*\)[ \t]*\))`,
  "y"
);
var JOIN_OPEN_RE = new RegExp(String.raw`(["'])\1\.join\([ \t]*(reversed\([ \t]*)?\[[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
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
function crossesDiffSides(text, at, sep) {
  const nl = sep.indexOf("\n");
  if (nl === -1) return false;
  const next = sep[nl + 1];
  const side = text[text.lastIndexOf("\n", at - 1) + 1];
  return side === "-" && next === "+" || side === "+" && next === "-";
}
var explicit = (chain) => chain === null ? null : { ...chain, explicit: true };
function chainAt(text, start, sep) {
  const pieces = [];
  let pos = start;
  let end = start;
  let quote2 = "";
  while (pieces.length < 16) {
    LITERAL_RE.lastIndex = pos;
    const lit = LITERAL_RE.exec(text);
    if (!lit) break;
    quote2 ||= lit[1];
    pieces.push(lit[2]);
    end = LITERAL_RE.lastIndex;
    sep.lastIndex = end;
    const s = sep.exec(text);
    if (!s || s[0] === "" && sep === COMMA_RE || crossesDiffSides(text, end, s[0])) break;
    pos = sep.lastIndex;
    if (pos === end && !/["'`]/.test(text[pos] ?? "")) break;
  }
  return pieces.length >= 2 ? { start, end, pieces, quote: quote2 } : null;
}
function joinedLater(text, head, from) {
  const open = head.slice(0, head.lastIndexOf("[") + 1);
  const name = LIST_NAME_RE.exec(open.slice(open.lastIndexOf("\n") + 1))?.[1];
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
  if (!/["'`][ \t]*(?:\+|["'`]|,|\)|\r?\n|\|\||\.|&|<>|~)/.test(text)) return text;
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
      const call = listed ? JOIN_CALL_RE.exec(text) : null;
      const open = listed && !call ? JOIN_OPEN_RE.exec(head) : null;
      if (listed && (call?.[1] !== void 0 || open?.[2] !== void 0)) listed.pieces.reverse();
      if (listed && (call || open)) chain = explicit(listed);
      else if (listed) {
        lineBefore = joinedLater(text, head, listed.end);
        if (lineBefore !== null) chain = explicit(listed);
      }
    }
    if (chain === null && /[Oo]f\(|asList\(/.test(head) && CALL_LIST_OPEN_RE.test(head)) {
      const listed = chainAt(text, m.index, COMMA_RE);
      CALL_LIST_JOIN_RE.lastIndex = listed?.end ?? 0;
      if (listed && CALL_LIST_JOIN_RE.test(text)) chain = explicit(listed);
    }
    if (chain === null && /append\(|concat\(/.test(head) && APPEND_OPEN_RE.test(head)) chain = explicit(chainAt(text, m.index, APPEND_RE));
    if (chain === null && /join\(|[Cc]oncat!?\(|CONCAT\(|printf\(/.test(head) && CONCAT_OPEN_RE.test(head)) chain = explicit(chainAt(text, m.index, COMMA_RE));
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

// src/redact/typed-login-rules.ts
var TYPE_RE = /(?:(?<![\w.])(?:Send(?:Text|Input|Raw|Play|Event)?|xdotool[ \t]+type(?:[ \t]+--[\w-]{1,24}(?:[ \t]+\d{1,5})?){0,3}|pyautogui\.(?:write|typewrite)|keystroke)|\.(?:SendKeys(?:\.SendWait|\.Send)?|type_keys)|::SendWait)[ \t]*[,(]?[ \t]*(?<q>["'])(?<text>[^"'\n{}]{1,128})\k<q>/i;
var TAB_RE = /(?:["']\{Tab\}["']|xdotool[ \t]+key[ \t]+(?:--[\w-]{1,24}[ \t]+)*Tab\b|press\([ \t]*["']tab["'][ \t]*\)|keystroke[ \t]+tab\b|key[ \t]+code[ \t]+48\b)/i;
var INLINE_TAB_RE = /(?<q>["'])[^"'\n{}]{1,64}\{TAB\}(?<text>[^"'\n{}~]{1,128})(?:\{ENTER\}|~)?\k<q>/gi;
var LOGIN_CONTEXT_RE = /log[ -]?[io]n|sign[ -]?in|password|passwort|credential|anmeld|登录|登入|VPN/i;

// src/redact/typed-logins.ts
var MAX_GAP2 = 3;
function redactTypedLogins(text, tally) {
  if (!/\{TAB\}|tab\b|key code 48/i.test(text) || !/Send|xdotool|pyautogui|type_keys|keystroke/i.test(text) || !LOGIN_CONTEXT_RE.test(text)) return text;
  const cuts = [];
  let typedAt = -Infinity;
  let tabAt = -Infinity;
  let offset = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; offset += lines[i].length + 1, i++) {
    const line = lines[i];
    if (TAB_RE.test(line)) {
      if (i - typedAt <= MAX_GAP2) tabAt = i;
      continue;
    }
    const typed = TYPE_RE.exec(line);
    if (typed) {
      const value = typed.groups.text;
      const at = offset + typed.index + typed[0].length - 1 - value.length;
      if (i - tabAt <= MAX_GAP2 && usable4(value)) cuts.push([at, at + value.length]);
      typedAt = i;
      tabAt = -Infinity;
    }
  }
  INLINE_TAB_RE.lastIndex = 0;
  for (let m = INLINE_TAB_RE.exec(text); m; m = INLINE_TAB_RE.exec(text)) {
    const value = m.groups.text;
    const end = m.index + m[0].lastIndexOf(value) + value.length;
    if (usable4(value)) cuts.push([end - value.length, end]);
  }
  return tally.cut(text, cuts, "password");
}
var usable4 = (v) => !v.includes(MARKER_PREFIX) && passwordLike(v);

// src/redact/split-prose-data.ts
var EN_LABEL = String.raw`\b(?:(?:first|second|third|last|other|1st|2nd|3rd|remaining)[ \t]+(?:half|part|piece|chunk|bit|segment)|part[ \t]*#?[1-4])\b(?:[ \t]+(?:is|was))?`;
var ZH_LABEL = String.raw`(?:前半段|后半段|前半部分|后半部分|上半段|下半段|前半截|后半截|前一半|后一半|第[一二三四1-4](?:段|部分|截))(?:[ \t]*(?:是|为))?`;
var PIECE_LABEL_RE = new RegExp(
  String.raw`(?:${EN_LABEL}|${ZH_LABEL})[ \t]*[:：=]?[ \t]*[“"'「『\x60]?(?<value>[\x21\x23-\x26\x28-\x5f\x61-\x7e]{6,128})`,
  "gi"
);

// src/redact/split-prose.ts
var REACH5 = 400;
var VALUE_END_RE2 = /[.,;:!?。，；：！？]+$/;
var MARKER_PIECE_RE = /^\[REDACTED:[a-z0-9-]{1,40}\]$/;
function redactSplitProse(text, tally) {
  PIECE_LABEL_RE.lastIndex = 0;
  const pieces = [];
  for (let m = PIECE_LABEL_RE.exec(text); m; m = PIECE_LABEL_RE.exec(text)) {
    const value = m.groups.value.replace(VALUE_END_RE2, "");
    const start = m.index + m[0].length - m.groups.value.length;
    if (MARKER_PIECE_RE.test(value)) {
      pieces.push({ start, value, cut: true });
      continue;
    }
    if (value.length < 6 || value.includes(MARKER_PREFIX) || isPlaceholder(value) || isMadeOfWords(value)) continue;
    pieces.push({ start, value, cut: false });
  }
  const cuts = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i + 1;
    while (j < pieces.length && pieces[j].start - pieces[j - 1].start <= REACH5) j++;
    const run = pieces.slice(i, j);
    const open = run.filter((p) => !p.cut);
    const secret = run.length >= 2 && open.length > 0 && (open.length < run.length || looksRandom(open.map((p) => p.value).join("")));
    if (secret) for (const p of open) cuts.push([p.start, p.start + p.value.length]);
    i = j;
  }
  return tally.cut(text, cuts, "secret");
}

// src/redact/sql.ts
var GAP = String.raw`[ \t]*(?:\r?\n[+\- ]?[ \t]*)?`;
var GAP_RE = new RegExp(`^${GAP},?${GAP}`);
var INSERT_RE = new RegExp(String.raw`\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[\w."\x60[\]]{1,128}[ \t]*\(([^()]{1,1024})\)${GAP}VALUES${GAP}`, "gi");
var SP = String.raw`(?:[ \t]|\\040)`;
var AT = String.raw`(?:\b|(?<=\\040))`;
var ACCOUNT_RE3 = new RegExp(
  String.raw`(?<pre>${AT}IDENTIFIED${SP}+(?:WITH${SP}+\w{1,64}${SP}+)?BY${SP}+|\b(?:CREATE|ALTER)${SP}+(?:USER|ROLE)\b[^;\n]{0,200}?${AT}PASSWORD${SP}+)(?:'(?<quoted>(?:[^'\n\\]|''|\\.){1,256})'|(?<bare>[A-Za-z0-9!#$%&*+\-./@^_~]{4,128})(?=[ \t]*(?:;|$)))`,
  "gim"
);
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
  return out.replace(ACCOUNT_RE3, (match, ...args) => {
    const g = args[args.length - 1];
    const secret = g.quoted ?? g.bare;
    if (secret.length < 4 || isPlaceholder(secret) || secret.includes(MARKER_PREFIX) || /^(?:PASSWORD|VALUES|NULL)$/i.test(secret)) return match;
    const at = match.indexOf(secret, g.pre.length);
    return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
  });
}

// src/redact/sas.ts
var LET_RE = /(%let[ \t]+([A-Za-z_]\w{0,31})[ \t]*=[ \t]*)([^;\n]{1,256});/gi;
var QUOTING_RE = /^(%(?:str|nrstr|quote|nrquote|bquote|nrbquote)\([ \t]*)(.*?)([ \t]*\))$/i;
function literalOf2(value) {
  const quoted = QUOTING_RE.exec(value);
  const [at, literal5] = quoted ? [quoted[1].length, quoted[2]] : [0, value];
  if (/^[%&]/.test(literal5) || literal5.includes(MARKER_PREFIX) || isPlaceholder(literal5.replace(/^(["'])(.*)\1$/, "$2"))) return null;
  return [at, literal5];
}
function redactSasLets(text, tally) {
  if (!/%let/i.test(text)) return text;
  return text.replace(LET_RE, (match, lead, name, raw) => {
    const category = categorize(name);
    const value = raw.trimEnd();
    const literal5 = category === null ? null : literalOf2(value);
    if (literal5 === null || category === "weak" && !looksRandom(literal5[1]) || literal5[1].length < 4) return match;
    const [at, secret] = literal5;
    return `${lead}${value.slice(0, at)}${tally.add("password", secret)}${value.slice(at + secret.length)}${raw.slice(value.length)};`;
  });
}

// src/redact/marker-kinds.ts
var MARKER_KINDS = /* @__PURE__ */ new Set([
  "private-key",
  "aws-access-key-id",
  "aws-secret-key",
  "gcp-api-key",
  "google-oauth",
  "azure-key",
  "azure-sas",
  "azure-client-secret",
  "github-token",
  "gitlab-token",
  "slack-token",
  "slack-webhook",
  "discord-webhook",
  "stripe-key",
  "openai-key",
  "anthropic-key",
  "npm-token",
  "pypi-token",
  "huggingface-token",
  "sendgrid-key",
  "twilio-key",
  "mailgun-key",
  "digitalocean-token",
  "shopify-token",
  "docker-token",
  "vault-token",
  "databricks-token",
  "grafana-token",
  "telegram-bot-token",
  "alibaba-access-key-id",
  "tailscale-key",
  "fly-token",
  "azure-devops-token",
  "nuget-key",
  "api-token",
  "url-token",
  "webhook",
  "jwt",
  "url-password",
  "bearer-token",
  "basic-auth",
  "cookie",
  "password",
  "secret"
]);

// src/redact/whole-markers.ts
var KIND_CHAR_RE = /[\w-]/;
var WHOLE_RE = /\[REDACTED:([\w-]{1,40})\]/y;
function regionAt(text, start) {
  let i = start + MARKER_PREFIX.length;
  let open = 1;
  let closedAt = -1;
  let nested = false;
  let kind;
  while (i < text.length && open > 0) {
    if (text.startsWith(MARKER_PREFIX, i)) {
      WHOLE_RE.lastIndex = i;
      const inner = WHOLE_RE.exec(text)?.[1];
      if (inner !== void 0 && MARKER_KINDS.has(inner)) kind = inner;
      nested = true;
      open++;
      i += MARKER_PREFIX.length;
    } else if (text[i] === "]") {
      open--;
      closedAt = ++i;
      if (open > 0) {
        const rest = /[\w-]*\]/y;
        rest.lastIndex = i;
        if (rest.test(text)) closedAt = rest.lastIndex;
        break;
      }
    } else if (KIND_CHAR_RE.test(text[i])) {
      i++;
    } else {
      break;
    }
  }
  return { end: closedAt < 0 ? i : closedAt, kind, nested, closed: closedAt >= 0 };
}
function wholeMarkers(input, output, tally) {
  let at = output.indexOf(MARKER_PREFIX);
  if (at === -1) return output;
  const fragmentsAreOurs = !input.includes(MARKER_PREFIX);
  let out = "";
  let last = 0;
  for (; at !== -1; at = output.indexOf(MARKER_PREFIX, at)) {
    WHOLE_RE.lastIndex = at;
    const whole = WHOLE_RE.exec(output);
    if (whole && MARKER_KINDS.has(whole[1])) {
      at += whole[0].length;
      continue;
    }
    const region = regionAt(output, at);
    if (region.nested) {
      out += `${output.slice(last, at)}${MARKER_PREFIX}${region.kind ?? "secret"}]`;
    } else if (region.closed || fragmentsAreOurs) {
      out += output.slice(last, at) + tally.add("secret");
    } else {
      at += MARKER_PREFIX.length;
      continue;
    }
    last = at = region.end;
  }
  return out + output.slice(last);
}

// src/redact/index.ts
function redact(text) {
  const shielded = shield(text, provenSpans(text, (decoded) => redact(decoded).count === 0));
  const tally = new Tally();
  const judge = (lineBefore, joined) => {
    const probe = new Tally();
    const out2 = detect(`${lineBefore}"${joined}"`, probe);
    return out2.includes(joined) ? null : Object.keys(probe.kinds).pop() ?? "secret";
  };
  const out = detect(redactSplitLiterals(shielded.text, judge, (kind, ...values) => tally.add(kind, ...values)), tally);
  noteEscapedSecrets(out, tally, detect);
  const repeated = redactRepeats(redactYamlContinued(redactContinued(redactDiffPairs(out, tally), tally), tally), tally);
  const cutElsewhere = (span) => {
    const kind = tally.values.get(span);
    return kind === void 0 ? void 0 : tally.add(kind);
  };
  const restored = shielded.restore(repeated, cutElsewhere);
  return { text: wholeMarkers(text, restored, tally), count: tally.count, kinds: tally.kinds };
}
function detect(text, tally) {
  let out = redactPrivateKeys(text, tally);
  out = redactKeyBodies(out, tally);
  out = redactWordPressAppPasswords(out, tally);
  out = redactPatterns(out, tally);
  out = redactDeclaredDefaults(out, tally);
  out = redactSecretResources(out, tally);
  out = redactPhpSerialized(out, tally);
  out = redactDecoded(out, tally);
  out = redactKeypairArrays(out, tally);
  out = redactProxyIds(out, tally);
  out = redactWordPressSalts(out, tally);
  out = redactCookies(out, tally);
  out = redactPathTokens(out, tally);
  out = redactAssignments(out, tally);
  out = redactNamedValues(out, tally);
  out = redactCommands(out, tally);
  out = redactJclFtpPasswords(out, tally);
  out = redactPackageCredentials(out, tally);
  out = redactDeviceSecrets(out, tally);
  out = redactDeviceKeys(out, tally);
  out = redactPipedSecrets(out, tally);
  out = redactDbLogins(out, tally);
  out = redactDbConfigs(out, tally);
  out = redactCvars(out, tally);
  out = redactServerLists(out, tally);
  out = redactVendorContextKeys(out, tally);
  out = redactPromptAnswers(out, tally);
  out = redactJoinedVariables(out, tally);
  out = redactJoinedArrays(out, tally);
  out = redactSql(out, tally);
  out = redactSasLets(out, tally);
  out = redactPostfixMaps(out, tally);
  out = redactLoginProperties(out, tally);
  out = redactCredentialArguments(out, tally);
  out = redactFormCredentials(out, tally);
  out = redactTypedLogins(out, tally);
  out = redactKeyUses(out, tally);
  out = redactKeyPairs(out, tally);
  out = redactUserKeys(out, tally);
  out = redactPassNouns(out, tally);
  out = redactEnvComments(out, tally);
  out = redactCommentHandovers(out, tally);
  out = redactProse(out, tally);
  out = redactHandedKeys(out, tally);
  out = redactKeyClauses(out, tally);
  out = redactCredentialQuestions(out, tally);
  out = redactRotations(out, tally);
  out = redactAppPasswords(out, tally);
  out = redactRecoverySecrets(out, tally);
  out = redactPairs(out, tally);
  out = redactChatAnswers(out, tally);
  out = redactChatFollowups(out, tally);
  out = redactSplitProse(out, tally);
  out = redactTableColumns(out, tally);
  out = redactPasswordExports(out, tally);
  out = redactCommentedLiterals(out, tally);
  out = redactSecretBlocks(out, tally);
  out = redactSecretChildren(out, tally);
  out = redactAlone(out, tally);
  return redactBlockScalars(redactUnnamed(out, tally), tally);
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
