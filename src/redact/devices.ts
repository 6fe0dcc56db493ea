// Credentials in network device and system daemon configs (rules in device-rules.ts): Cisco, Junos and HP lines,
// SNMP communities and users, IPsec PSKs, LDAP bind passwords, Erlang cookies, `{PLAIN}` password files.
import { DEVICE_RULES } from "./device-rules.js";
import { hasPasswordSymbols, isMadeOfWords, isPassphrase, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";
import { cutRuleSecrets } from "./rule-cuts.js";

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
  return cutRuleSecrets(text, DEVICE_RULES, tally, ({ secret, at, offset, input }, rule) => {
    if (secret.includes(MARKER_PREFIX) || (rule.strict ? !credential(secret) : isPlaceholder(secret))) return false;
    if (rule.strong && !hasPasswordSymbols(secret) && !looksRandom(secret)) return false;
    // A value cut on an earlier pass starts with a marker that the value's character class splits.
    return !input.startsWith(MARKER_PREFIX, offset + at);
  });
}
