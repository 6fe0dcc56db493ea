import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/worker/fingerprint.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function lanes(at, length) {
  let a = 2166136261;
  let b = 16777619;
  for (let i = 0; i < length; i++) {
    const c = at(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
function fileFingerprint(root, path) {
  let bytes;
  try {
    bytes = readFileSync(join(root, path));
  } catch {
    return null;
  }
  return lanes((i) => bytes[i], bytes.length);
}

export {
  fileFingerprint
};
