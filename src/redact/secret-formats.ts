// Whether a value carries a vendor's documented credential format (a `ghp_`, `sk_live_`, `xoxb-` prefix: the rules of
// patterns.ts). Such a value is that vendor's credential whatever slot it stands in, so a keep-rule proven by a
// protocol's place alone (a SIP tag, a logged CSRF field, an OAuth nonce) never keeps it. One pass of the pattern
// rules over the value: linear in its length.
import { redactPatterns } from "./patterns.js";
import { Tally } from "./values.js";

export function hasSecretFormat(value: string): boolean {
  const probe = new Tally();
  redactPatterns(value, probe);
  return probe.count > 0;
}
