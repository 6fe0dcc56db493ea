// Every other occurrence of a value a detector cut: a token assigned once and printed or repeated later, a password
// in a config and again on a command line, and the pieces of a cut value written elsewhere (`A=…`, `B=…`, then
// `TOKEN=$A$B` traced by `set -x`). Runs last, on the detectors' output, with the values they reported. Candidates
// are found through maps keyed by 8 characters and confirmed by a rolling hash of the text, so each position costs
// constant work however long or alike the values are: linear in the text and the values.
import { isMadeOfWords, isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** Shorter values repeat by chance ("admin", "8080"); the corpus counts a leak from 8 characters on too. */
const KEY = 8;
const MAX = 512;
/** Values sharing one key: more would be a list of look-alikes, and a bound keeps each lookup constant. */
const MAX_CANDIDATES = 4;
/** A run of key characters elsewhere in the text that may be a piece of a cut value. */
const PIECE_RE = /[A-Za-z0-9+/_\-.~!#$%^&*@]{8,256}/g;
const BASE = 131;
/** Slots of a table of key hashes that rules out most positions by a number: a power of two, fewer for short texts. */
const MAX_SLOTS = 1 << 16;
const slotsFor = (text: string) => Math.min(MAX_SLOTS, 2 ** Math.max(6, Math.ceil(Math.log2(text.length + 1))));

/** Words with spaces between ("a secret") are prose wherever else they stand, whatever a detector took them for. */
const usable = (v: string) =>
  v.length >= KEY && v.length <= MAX && !v.includes("\n") && !v.includes(MARKER_PREFIX) && !isPlaceholder(v) && !(/\s/.test(v) && isMadeOfWords(v));

/** Shorter runs inside a value are common code ("a-zA-Z0-9" of a regex class, a version, a date). */
const MIN_PIECE = 12;
/** A piece must look generated on its own: letters and digits, not words ("services", "Password1" stay). */
const pieceShaped = (p: string) => p.length >= MIN_PIECE && /[A-Za-z]/.test(p) && /[0-9]/.test(p) && !isMadeOfWords(p) && !isPlaceholder(p);

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else if (list.length < MAX_CANDIDATES) list.push(item);
}

/** Polynomial hashes of every prefix of `s` (mod 2^32). */
function prefixHashes(s: string): Uint32Array {
  const h = new Uint32Array(s.length + 1);
  for (let i = 0; i < s.length; i++) h[i + 1] = (Math.imul(h[i]!, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

let powTable: Uint32Array | undefined;

/** BASE's powers up to MAX (mod 2^32), computed on first use: the hooks import this module. */
function powers(): Uint32Array {
  if (powTable === undefined) {
    powTable = new Uint32Array(MAX + 1);
    powTable[0] = 1;
    for (let i = 1; i <= MAX; i++) powTable[i] = Math.imul(powTable[i - 1]!, BASE) >>> 0;
  }
  return powTable;
}

/** The hash of the KEY characters of `s` from `at`, as prefixHashes computes it. */
function keyHash(s: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + KEY; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** The hash of the KEY characters from `j`, given the prefix hashes `h` of their string and BASE^KEY. */
const windowHash = (h: Uint32Array, j: number, powKey: number) => (h[j + KEY]! - Math.imul(h[j]!, powKey)) >>> 0;

interface Candidate {
  value: string;
  hash: number;
}

/** Every exact occurrence of a value, longest value first where several start at one place. */
function cutRepeats(text: string, values: string[], tally: Tally): string {
  const pow = powers();
  const starts = new Map<string, Candidate[]>();
  // Hashes of the keys: most positions are ruled out by a number, without cutting out their 8 characters.
  const keySlots = new Uint8Array(slotsFor(text));
  const mask = keySlots.length - 1;
  for (const value of values) {
    const hashes = prefixHashes(value);
    push(starts, value.slice(0, KEY), { value, hash: hashes[value.length]! });
    keySlots[hashes[KEY]! & mask] = 1;
  }
  const h = prefixHashes(text);
  const hashAt = (i: number, length: number) => (h[i + length]! - Math.imul(h[i]!, pow[length]!)) >>> 0;
  let out = "";
  let last = 0;
  for (let i = 0; i + KEY <= text.length; i++) {
    if (keySlots[hashAt(i, KEY) & mask] === 0) continue;
    const list = starts.get(text.slice(i, i + KEY));
    const found = list?.find((c) => i + c.value.length <= text.length && hashAt(i, c.value.length) === c.hash && text.startsWith(c.value, i));
    if (found === undefined) continue;
    out += text.slice(last, i) + tally.add(tally.values.get(found.value) ?? "secret");
    last = i + found.value.length;
    i = last - 1;
  }
  return out + text.slice(last);
}

/** Runs of key characters that are a part of a value: each run is checked at the offsets its first 8 characters have. */
function cutPieces(text: string, values: string[], tally: Tally): string {
  // Where the runs start and end (numbers, not match objects: a long text has tens of thousands of runs).
  const starts: number[] = [];
  const ends: number[] = [];
  PIECE_RE.lastIndex = 0;
  for (let m = PIECE_RE.exec(text); m; m = PIECE_RE.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  // Only windows that start a run are ever looked up: their hashes spare cutting out every other window.
  const heads = new Uint8Array(slotsFor(text));
  const mask = heads.length - 1;
  for (const start of starts) heads[keyHash(text, start) & mask] = 1;
  const windows = new Map<string, [string, number][]>();
  const powKey = powers()[KEY]!;
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
    if (whole === undefined || !pieceShaped(run)) continue;
    out += text.slice(last, starts[r]) + tally.add(tally.values.get(whole[0]) ?? "secret");
    last = ends[r]!;
  }
  return out + text.slice(last);
}

export function redactRepeats(text: string, tally: Tally): string {
  const values = [...tally.values.keys()].filter((v) => v === v.trim() && usable(v)).sort((a, b) => b.length - a.length);
  if (values.length === 0) return text;
  return cutPieces(cutRepeats(text, values, tally), values, tally);
}
