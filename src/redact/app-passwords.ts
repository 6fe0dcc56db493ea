// App passwords of mail and Apple accounts: four groups of four lower-case letters, spaced the way Google shows them
// (`abcd efgh ijkl mnop`) or dashed the way Apple does (`abcd-efgh-ijkl-mnop`). Alone they read like four short
// words, so they count only when their letters are random, on a line that names an app password, or on the line after one. One pass over lines.
import { areRandomLetters, type Tally } from "./values.js";

/** English and Chinese names of an app password ("app-specific password", "App 专用密码", "应用专用密码"). */
const MENTION_RE = /app[- ]?(?:specific[- ]?)?pass(?:word)?s?\b|application[- ]passwords?|(?:应用|app)[ ]?(?:专用)?密码|专用密码/i;
const GROUPS_RE = /(?<![\w-])[a-z]{4}([- ])[a-z]{4}\1[a-z]{4}\1[a-z]{4}(?![\w-])/g;

export function redactAppPasswords(text: string, tally: Tally): string {
  if (!MENTION_RE.test(text)) return text;
  let named = false;
  return text.replace(/[^\n]+|\n/g, (line) => {
    if (line === "\n") return line;
    const mentioned = MENTION_RE.test(line);
    const out = mentioned || named ? line.replace(GROUPS_RE, (m) => (areRandomLetters(m.replace(/[- ]/g, "")) ? tally.add("password", m) : m)) : line;
    named = mentioned;
    return out;
  });
}

/**
 * WordPress application passwords: 24 characters of [A-Za-z0-9] shown as six groups of four (`nqfT E9iC vGIC z0B6
 * zasH 2mHk`). Six mixed-case groups with digits is a shape prose and code never take, so no mention is needed; it
 * runs before the login passes, which would otherwise cut only the first group of `--user "name:<groups>"`.
 */
const WP_GROUPS_RE = /(?<![\w-])[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}(?![\w-])/g;

export function redactWordPressAppPasswords(text: string, tally: Tally): string {
  return text.replace(WP_GROUPS_RE, (m) => {
    const joined = m.replace(/ /g, "");
    const groups = m.split(" ");
    // Each class present and most groups mixing classes: "ABCD 1234 EFGH" columns or words stay.
    const mixed = groups.filter((g) => /[a-z]/.test(g) && /[A-Z0-9]/.test(g)).length >= 4;
    return /[a-z]/.test(joined) && /[A-Z]/.test(joined) && /\d/.test(joined) && mixed ? tally.add("password", m) : m;
  });
}
