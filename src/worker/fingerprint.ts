// Cheap content fingerprints for the hooks, which must not load node:crypto (~8 ms of start-up): two 32-bit
// FNV-1a lanes. A collision only ever makes a changed file look unchanged, i.e. a finding is shown that a newer
// review would also have covered; nothing is lost or leaked.
import { readFileSync } from "node:fs";
import { join } from "node:path";

function lanes(at: (i: number) => number, length: number): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < length; i++) {
    const c = at(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

export function textFingerprint(text: string): string {
  return lanes((i) => text.charCodeAt(i), text.length);
}

/** The fingerprint of a project file's bytes now; null when it cannot be read (deleted, a directory, no access). */
export function fileFingerprint(root: string, path: string): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, path));
  } catch {
    return null;
  }
  return lanes((i) => bytes[i] as number, bytes.length);
}

/** A finding's stable id across reviews: its file and title. Short, so Claude can quote it to reject it. */
export function findingId(f: { file: string; title: string }): string {
  return textFingerprint(`${f.file}\0${f.title.trim().toLowerCase()}`).slice(0, 8);
}
