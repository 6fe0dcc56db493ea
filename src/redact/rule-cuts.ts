// Applying a table of rules whose regexes name the text before a credential `pre` and the credential `secret`:
// each rule runs only when its needle is in the text, and the secret is cut to a password marker (or the kind the
// rule or the caller names) when the caller's check accepts it. Shared by the command, package-tool, device, database-login,
// prompt and rotation tables.
import type { Tally } from "./values.js";

export type Groups = Record<string, string | undefined>;

export interface CutRule {
  needle: RegExp;
  re: RegExp;
  /** The marker's kind when the rule's credential is no password (a secret key): it wins over the caller's. */
  kind?: string;
}

/** One match: the secret starts at `at` within `match`, which starts at `offset` in `input`. */
export interface CutSite {
  match: string;
  groups: Groups;
  secret: string;
  at: number;
  offset: number;
  input: string;
}

export function cutRuleSecrets<R extends CutRule>(text: string, rules: readonly R[], tally: Tally, accept: (site: CutSite, rule: R) => boolean, kind = "password"): string {
  for (const rule of rules) {
    if (!rule.needle.test(text)) continue;
    text = text.replace(rule.re, (...args: unknown[]) => {
      const match = args[0] as string;
      const [offset, input, groups] = args.slice(-3) as [number, string, Groups];
      const secret = groups.secret ?? "";
      const at = match.indexOf(secret, (groups.pre ?? "").length);
      if (!accept({ match, groups, secret, at, offset, input }, rule)) return match;
      return `${match.slice(0, at)}${tally.add(rule.kind ?? kind, secret)}${match.slice(at + secret.length)}`;
    });
  }
  return text;
}
