// Credentials as positional arguments of a Lisp form: `(postmodern:connect-toplevel "db" "user" "…" "host")`,
// Clojure's `(jdbc/get-connection …)`-style calls, Emacs Lisp. Arguments are separated by spaces, not commas, so
// calls.ts does not see them; the callee test and the password judgment are shared with it.
import { CREDENTIAL_CALL_RE } from "./call-names.js";
import { passwordLike } from "./calls.js";
import type { Tally } from "./values.js";

/** A form: `(`, an optional package or namespace (`postmodern:`, `jdbc/`), the callee, then 2–6 string literals. */
const FORM_RE = /\((?:[\w.-]{1,32}(?::{1,2}|\/))?(?<callee>[A-Za-z][\w-]{0,63})(?<args>(?:[ \t]*\r?\n?[ \t]*"(?:[^"\\\n]|\\.){0,256}"){2,6})/g;
const STRING_RE = /"((?:[^"\\\n]|\\.){0,256})"/g;

export function redactFormCredentials(text: string, tally: Tally): string {
  if (!text.includes("(") || !text.includes('"')) return text;
  return text.replace(FORM_RE, (match: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as Record<string, string>;
    if (!CREDENTIAL_CALL_RE.test(g.callee!)) return match;
    const head = match.length - g.args!.length;
    let index = 0;
    let done = false;
    // The user (or the database) comes first; the first password-like literal after it is the password.
    const args = g.args!.replace(STRING_RE, (lit: string, value: string) => {
      if (index++ === 0 || done || !passwordLike(value)) return lit;
      done = true;
      return `"${tally.add("password", value)}"`;
    });
    return match.slice(0, head) + args;
  });
}
