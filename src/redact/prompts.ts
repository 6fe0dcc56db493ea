// Passwords answering a prompt in a terminal transcript or a script: `Password for user@REALM: …` (ktutil, kadmin),
// `New value: …` printed by a password reset (elasticsearch-reset-password), and expect scripts that `send` a
// literal after expecting a password prompt.
import { credential } from "./devices.js";
import { LINE_PREFIX_SRC } from "./lines.js";
import { MARKER_PREFIX, type Tally } from "./values.js";
import { cutRuleSecrets } from "./rule-cuts.js";

const VALUE = String.raw`(?<secret>[^\s"'][^\s]{0,255})`;
const RULES: readonly { needle: RegExp; re: RegExp }[] = [
  // A prompt and what was typed or printed after it, alone on the line. A bare `password: …` is a config key,
  // judged by the assignment rules (which keep ciphertext); a prompt has a verb or names whose password it is.
  {
    needle: /pass(?:word|phrase)|new value/i,
    re: new RegExp(
      String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:(?:enter|new|retype|confirm|verify|generated|temporary|initial|default)[ \t]+(?:password|passphrase|pass phrase)(?:[ \t]+for[ \t]+[^\s:]{1,160})?|(?:password|passphrase|pass phrase)[ \t]+for[ \t]+[^\s:]{1,160})[ \t]*:[ \t]*)${VALUE}[ \t]*\r?$`,
      "gim",
    ),
  },
  // A reset tool printing the new password as a "value" (only where the text speaks of a password).
  { needle: /password/i, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}new[ \t]+value:[ \t]*)${VALUE}[ \t]*\r?$`, "gim") },
  // expect: `expect "*assword:"` then `send "…\r"` on the next line.
  {
    needle: /expect/,
    re: /(?<pre>expect[ \t]+(?:-\w{1,8}[ \t]+)?"[^"\n]{0,64}(?:assword|assphrase|PIN)[^"\n]{0,64}"[ \t]*\r?\n[ \t]*send[ \t]+(?:--[ \t]+)?")(?<secret>(?:[^"\\\n]|\\[^rn]){1,256})(?=(?:\\r|\\n)?")/g,
  },
];

export function redactPromptAnswers(text: string, tally: Tally): string {
  return cutRuleSecrets(text, RULES, tally, ({ secret }) => !secret.includes(MARKER_PREFIX) && credential(secret));
}
