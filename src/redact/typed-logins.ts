// A login typed by desktop automation: a user typed, Tab pressed, a password typed (AutoHotkey's `SendText "u"`,
// `Send "{Tab}"`, `SendText "…"`; xdotool, pyautogui, SendKeys, AppleScript alike), or `"u{TAB}…{ENTER}"` as one
// string. Only where the text speaks of a login (a "VPN Login" window, a comment), and only password-like text:
// forms typed the same way hold names, dates and addresses. One pass over the lines, constant work each.
import { passwordLike } from "./calls.js";
import { INLINE_TAB_RE, LOGIN_CONTEXT_RE, TAB_RE, TYPE_RE } from "./typed-login-rules.js";
import { MARKER_PREFIX, type Tally } from "./values.js";

/** Lines between the user's text, the Tab and the password's text. */
const MAX_GAP = 3;

export function redactTypedLogins(text: string, tally: Tally): string {
  if (!/\{TAB\}|tab\b|key code 48/i.test(text) || !/Send|xdotool|pyautogui|type_keys|keystroke/i.test(text) || !LOGIN_CONTEXT_RE.test(text)) return text;
  const cuts: [number, number][] = [];
  let typedAt = -Infinity;
  let tabAt = -Infinity;
  let offset = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (TAB_RE.test(line)) {
      if (i - typedAt <= MAX_GAP) tabAt = i;
      continue;
    }
    const typed = TYPE_RE.exec(line);
    if (typed) {
      const value = typed.groups!.text!;
      const at = offset + typed.index + typed[0].length - 1 - value.length;
      if (i - tabAt <= MAX_GAP && usable(value)) cuts.push([at, at + value.length]);
      typedAt = i;
      tabAt = -Infinity;
    }
  }
  INLINE_TAB_RE.lastIndex = 0;
  for (let m = INLINE_TAB_RE.exec(text); m; m = INLINE_TAB_RE.exec(text)) {
    const value = m.groups!.text!;
    const end = m.index + m[0].lastIndexOf(value) + value.length;
    if (usable(value)) cuts.push([end - value.length, end]);
  }
  return tally.cut(text, cuts, "password");
}

const usable = (v: string) => !v.includes(MARKER_PREFIX) && passwordLike(v);
