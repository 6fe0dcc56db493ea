// Credentials in network device and system daemon configs (rules in device-rules.ts): Cisco, Junos and HP lines,
// SNMP communities and users, IPsec PSKs, LDAP bind passwords, Erlang cookies, `{PLAIN}` password files.
import { DEVICE_RULES } from "./device-rules.js";
import { hasPasswordSymbols, isMadeOfWords, isPassphrase, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/**
 * A credential rather than a setting: six characters or more, not only letters ("public", "private" communities
 * and `key chain NAME` words stay), and not a word list unless shaped like a password. References (`$VAR`,
 * `%{...}`) and placeholders stay.
 */
export function credential(v: string): boolean {
  if (v.length < 6 || v.includes(MARKER_PREFIX) || /^[$%<{]/.test(v) || isPlaceholder(v) || !/[^A-Za-z]/.test(v)) return false;
  if (/^\d+$/.test(v)) return false;
  return !isMadeOfWords(v) || isPassphrase(v) || hasPasswordSymbols(v) || looksRandom(v);
}

export function redactDeviceSecrets(text: string, tally: Tally): string {
  for (const rule of DEVICE_RULES) {
    if (!rule.needle.test(text)) continue;
    text = text.replace(rule.re, (...args: unknown[]) => {
      const match = args[0] as string;
      const [offset, input, groups] = args.slice(-3) as [number, string, Record<string, string | undefined>];
      const secret = groups.secret ?? "";
      if (secret.includes(MARKER_PREFIX) || (rule.strict ? !credential(secret) : isPlaceholder(secret))) return match;
      if (rule.strong && !hasPasswordSymbols(secret) && !looksRandom(secret)) return match;
      const at = match.indexOf(secret, (groups.pre ?? "").length);
      // A value cut on an earlier pass starts with a marker that the value's character class splits.
      if (input.startsWith(MARKER_PREFIX, offset + at)) return match;
      return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
    });
  }
  return text;
}
