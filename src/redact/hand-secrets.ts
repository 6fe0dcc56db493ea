// Secrets a person sets by hand rather than generates: a RADIUS or TURN shared secret, a session secret, a token an
// admin typed into a config file. Under a name that says secret they are the value itself, though made of words:
// a password with a number and a symbol, or a passphrase of several real words and a number. A resource's name
// (`mysql-secret-01`, `tls-cert-2024`) has fewer or shorter words, or a word that itself names a secret.
import { categorize } from "./names.js";
import { hasPasswordSymbols, isPassphrase } from "./values.js";

/** Words a passphrase is made of: three or more, each of four letters or more. */
const PHRASE_WORDS = 3;
const PHRASE_WORD_LENGTH = 4;

export function isHandSetSecret(value: string): boolean {
  // Printable ASCII only: a translated message ("未知的关键字。是否是指“{0}”?") has digits and symbols too.
  if (!/^[\x21-\x7e]+$/.test(value)) return false;
  if (hasPasswordSymbols(value)) return true;
  if (!isPassphrase(value)) return false;
  const parts = value.split(/[-_.]/).map((p) => p.replace(/\d+$/, ""));
  return parts.length >= PHRASE_WORDS && parts.every((p) => p.length >= PHRASE_WORD_LENGTH && categorize(p) === null);
}
