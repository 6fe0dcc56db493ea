import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/doctor/shell.ts
function shArg(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export {
  shArg
};
