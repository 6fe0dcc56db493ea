// Property files that map users to passwords, where the key is the user and nothing names the value: JAAS's
// PropertiesLoginModule (ActiveMQ's and Kafka's `users.properties`: `user=password`), Jetty's HashLoginService realm
// files (Rundeck's `realm.properties`, ActiveMQ's `jetty-realm.properties`: `user: password[,role…]`) and Karaf's
// `users.properties` (`user = password, group…`). Only in a text that names such a file (a diff header, a `cat`, a
// comment, a sentence), and only password-like values (Jetty's `OBF:` is reversible, so one too). One regex a line.
import { passwordLike } from "./calls.js";
import { LINE_PREFIX_SRC } from "./lines.js";
import type { Tally } from "./values.js";

/** The file's name: `users.properties`, `realm.properties`, `jetty-realm.properties`, `login.properties`. */
const LOGIN_FILE_RE = /(?:^|[\s/\\"'`])(?:[\w-]{1,32}[-_.])?(?:users?|realm|login)\.properties\b/;
/** `user=password`, `user: password,role,role`, `user = password, group`. */
const ENTRY_RE = new RegExp(String.raw`^(${LINE_PREFIX_SRC}[\w.@-]{1,64}[ \t]*[=:][ \t]*)([^\s,]{6,128})(?=[ \t]*(?:,[ \t]*[^\s,]{1,64}[ \t]*){0,16}\r?$)`, "gm");

export function redactLoginProperties(text: string, tally: Tally): string {
  if (!text.includes(".properties") || !LOGIN_FILE_RE.test(text)) return text;
  return text.replace(ENTRY_RE, (line: string, pre: string, value: string) =>
    !passwordLike(value) ? line : pre + tally.add("password", value),
  );
}
