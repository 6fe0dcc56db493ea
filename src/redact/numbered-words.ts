// Products named with a number before a word ("API keys live in 1Password", "37signals", "99designs"): prose's loose
// reading (a value near a keyword, no separator) spares them, the mirror of "Password1" it already spares. Only
// known names: a number glued before any English-looking word is how people make passwords ("Password changed to
// 7Dragonfly", "the password I use is 12Sunshine"), which the loose reading must still take.

/** Products, services and tools whose name is a number glued before a word, in lower case. */
const NUMBERED_NAMES = ["1password", "3scale", "7zip", "37signals", "99designs", "2checkout", "4chan", "9gag", "500px"];

let names: Set<string> | undefined;

export function isNumberedWord(value: string): boolean {
  names ??= new Set(NUMBERED_NAMES);
  return names.has(value.toLowerCase());
}
