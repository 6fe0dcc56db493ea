// Keys and passwords in device, media and app-config syntaxes (rules in device-key-rules.ts), cut where the rule's
// check accepts the value.
import { categorize } from "./names.js";
import { usable } from "./commands.js";
import { isMadeOfWords, looksGenerated, looksRandom, type Tally } from "./values.js";
import { cutRuleSecrets } from "./rule-cuts.js";
import { DEVICE_KEY_RULES, type Check } from "./device-key-rules.js";

const literal = (v: string) => v.length >= 6 && !isMadeOfWords(v);
const generated = (v: string) => (looksRandom(v) || looksGenerated(v)) && !isMadeOfWords(v);

function named(name: string | undefined, v: string): boolean {
  const category = categorize(name ?? "");
  if (category === "password") return v.length >= 4;
  // A byte list (`[235, 238, …]`) is no word list, though its numbers read as words.
  if (category === "secret") return literal(v) || /^(?:0x)?[0-9A-Fa-f]{1,3}(?:[ \t]*,[ \t]*(?:0x)?[0-9A-Fa-f]{1,3}){15,}$/.test(v);
  return category === "weak" && (/^[0-9a-f]{16,}$/i.test(v) || generated(v));
}

function accepts(check: Check, secret: string, name: string | undefined): boolean {
  if (check === "named") return named(name, secret);
  if (check === "literal") return literal(secret);
  if (check === "generated") return generated(secret);
  return true;
}

export function redactDeviceKeys(text: string, tally: Tally): string {
  return cutRuleSecrets(text, DEVICE_KEY_RULES, tally, ({ secret, groups }, rule) => usable(secret) && accepts(rule.check, secret, groups.name));
}
