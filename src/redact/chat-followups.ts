// A password given a line or two after the message that names it, as people talk: "router admin password, ready?"
// … "it's Xq7…, all one word"; or a correction after one was given: "sorry, wrong one. it's …", "应该是 …". Only a
// value introduced by such a phrase, shortly after a line naming a password, and only one that looks generated
// (password symbols or a random look), so "it's fine" and "that's the old box" stay.
import { acceptStrong } from "./prose.js";
import { hasPasswordSymbols, isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** A line naming a password (asked for, announced or given). */
const NAMES_PASSWORD_RE = /pass(?:word|wd|phrase|code)|(?<![A-Za-z])(?:pwd|pw)(?![A-Za-z])|密码|口令/i;
/** The phrase giving the value, then the value. */
const GIVEN_RE =
  /(?:^|[\s:：,，.。;；—-])(?:it'?s|it[ \t]+is|that'?s|that[ \t]+is|i[ \t]+meant|should[ \t]+be|(?:the[ \t]+)?(?:right|correct|new)[ \t]+one[ \t]+is|应该是|正确的是|是这个|其实是)[ \t]*[:：]?[ \t]*([\x21-\x7e]{6,128})/gi;
/** How many lines after the naming line the value may come. */
const REACH = 3;

function isGiven(value: string): boolean {
  return !value.includes(MARKER_PREFIX) && !isPlaceholder(value) && !isMadeOfWords(value) && acceptStrong(value, "password") && (hasPasswordSymbols(value) || looksRandom(value) || (/\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)));
}

export function redactChatFollowups(text: string, tally: Tally): string {
  if (!NAMES_PASSWORD_RE.test(text)) return text;
  const lines = text.split("\n");
  let named = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    if (i - named <= REACH && i !== named) {
      lines[i] = lines[i]!.replace(GIVEN_RE, (m: string, raw: string) => {
        const value = raw.replace(/[.,;:!?]+$/, (p) => (/[.,;:]/.test(p) ? "" : p));
        return isGiven(value) ? m.replace(value, tally.add("password", value)) : m;
      });
    }
    if (NAMES_PASSWORD_RE.test(lines[i]!)) named = i;
  }
  return lines.join("\n");
}
