// Credentials in a URL's path, at a provider's known place (path-token-hosts.ts): an RPC key after `/v2/`, a push
// token after `/api/push/`. The rest of the URL stays, so the provider and the query remain readable.
import { PATH_TOKEN_PREFIXES } from "./path-token-hosts.js";
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

const PATH_TOKEN_RE = new RegExp(
  String.raw`(?<pre>(?<![\w.-])(?:https?|wss?)://(?:${PATH_TOKEN_PREFIXES.join("|")}))(?<secret>[A-Za-z0-9_-]{8,128})(?![A-Za-z0-9_-])`,
  "g",
);

/** A token: not a word or a path segment such as `status`, `latest` or `my-monitor`, nor a placeholder. */
const tokenLike = (v: string) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isPlaceholder(v) && !v.includes(MARKER_PREFIX);

export function redactPathTokens(text: string, tally: Tally): string {
  if (!text.includes("://")) return text;
  return text.replace(PATH_TOKEN_RE, (match: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as Record<string, string>;
    return tokenLike(g.secret!) ? `${g.pre}${tally.add("url-token", g.secret!)}` : match;
  });
}
