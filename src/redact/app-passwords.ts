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
