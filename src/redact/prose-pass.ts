// "pass" as a noun for a password in notes and chat: "new router admin pass for the studio is Maple=kestrel764",
// "wifi pass: …", "the vpn pass was …". prose.ts reads a bare "pass" as the verb ("tests pass") unless `=` or `:`
// follows; here a word naming an account or a device before it makes it the noun, and "is"/"was" then hand over
// the value, judged as prose judges a password.
import { acceptStrong } from "./prose.js";
import { MARKER_PREFIX, type Tally } from "./values.js";

/** Words that make "pass" a noun: an account, a device or a service, or a determiner. */
const OWNER = String.raw`admin|root|router|wi-?fi|wlan|guest|login|user|db|database|ssh|vpn|server|account|portal|console|email|mail|smtp|ftp|sftp|nas|camera|dvr|switch|firewall|panel|the|my|your|our|his|her|their|new|old|default|temp|temporary|master`;
const PASS_RE = new RegExp(
  String.raw`(?<pre>(?<![A-Za-z0-9_])(?:${OWNER})[ \t]+pass(?:[ \t]+(?:for|of|on|to|at|in)(?:[ \t]+(?!(?:is|was)[ \t])[^\s:：=]{1,32}){1,4})?(?:[ \t]*[:：=][ \t]*|[ \t]+(?:is|was)(?:[ \t]+now)?[ \t]+)(?<q>["'“‘\x60]?))(?<secret>[\x21-\x7e]{4,128})`,
  "gi",
);

/** Sentence punctuation and a closing quote after the value. */
const trim = (v: string) => v.replace(/["'”’\x60)\]]+$/, "").replace(/[.,;:!?]+$/, "");

export function redactPassNouns(text: string, tally: Tally): string {
  if (!/pass/i.test(text)) return text;
  return text.replace(PASS_RE, (all, pre: string, _q: string, raw: string) => {
    const v = trim(raw);
    if (v.includes(MARKER_PREFIX) || !acceptStrong(v, "password")) return all;
    return pre + tally.add("password", v) + raw.slice(v.length);
  });
}
