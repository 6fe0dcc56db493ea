import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/review/pathname.ts
function invalidPath(path) {
  return path === "" || path.includes("\0") || path.length > 4096;
}

export {
  invalidPath
};
