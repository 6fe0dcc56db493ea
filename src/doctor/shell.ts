/** Quotes a word for a POSIX shell only when it needs it, so printed fixes stay readable and pasteable. */
export function shArg(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
