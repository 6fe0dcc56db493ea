// Shape rules (data for patterns.ts) for vendor credentials that only their setting's place gives away: a literal
// sent as a credential header, a cloud-testing vendor's access key, ZooKeeper digest logins, Zapier hook keys.
// Every regex is bounded and starts behind a lookbehind, so the pass stays linear.
import { isPlaceholder, looksRandom } from "./values.js";

export interface VendorRule {
  kind: string;
  re: RegExp;
  accept: (secret: string, groups: Record<string, string | undefined>) => boolean;
  needle: RegExp;
}

const UUID_OR_HEX_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$|^[0-9a-f]{20,}$/i;
const generated = (s: string) => !isPlaceholder(s) && (looksRandom(s) || UUID_OR_HEX_RE.test(s));
/** Header names whose value is the credential itself. */
const CREDENTIAL_HEADER_SRC = String.raw`(?:Authorization|X-Api-?Key|Api-?Key|X-Auth-Token|X-Access-Token|Access-Token|X-Token|Token|X-App-?Key|AppKey|X-Auth-Key)`;
/** Digest algorithms that `digest: sha256:…` names: an image digest, no login. */
const HASH_NAME_RE = /^(?:sha\d*|md\d|blake\w*|sm3|crc\d*|xxh\w*)$/i;

export const VENDOR_PATTERN_RULES: readonly VendorRule[] = [
  // A literal given to a header setter as an API key or Authorization (天眼查's `.header("Authorization", "<uuid>")`,
  // `setRequestHeader("X-Api-Key", "…")`); a Bearer scheme is cut by the Authorization rule.
  {
    kind: "api-token",
    needle: /header|\.set\(|\.append\(|\.add\(/i,
    re: new RegExp(String.raw`(?<pre>(?<![\w$])(?:header|addHeader|setHeader|setRequestHeader|set|append|add|put)[ \t]*\([ \t]*["']${CREDENTIAL_HEADER_SRC}["'][ \t]*,[ \t]*["'])(?<secret>[^"'\s]{16,512})(?=["'])`, "gi"),
    accept: generated,
  },
  // Cloud-testing vendors (Sauce Labs, BrowserStack, LambdaTest, TestingBot): WebdriverIO and Nightwatch configs
  // give the access key as `key:` or `accessKey:` next to the user.
  {
    kind: "api-token",
    needle: /sauce|browserstack|lambdatest|testingbot/i,
    re: /(?<pre>(?<![\w$-])["']?(?:key|access_?key|accessKey|sauce_?key|sauceKey)["']?[ \t]*[:=][ \t]*["'])(?<secret>[A-Za-z0-9-]{16,64})(?=["'])/gi,
    accept: generated,
  },
  // ZooKeeper digest logins (ElasticJob `digest: user:pass`, `addauth digest user:pass`, Curator
  // `authorization("digest", "user:pass"…)`): the part after the user is the password.
  {
    kind: "password",
    needle: /digest/i,
    re: /(?<pre>(?<![\w-])["']?digest["']?(?:[ \t]*[:=,][ \t]*|[ \t]+)["']?(?<user>[A-Za-z0-9_.-]{1,64}):)(?<secret>[^\s"'@:,;]{6,128})/gi,
    accept: (s, g) => !HASH_NAME_RE.test(g.user ?? "") && !isPlaceholder(s) && !/^[0-9a-f]+$/i.test(s) && /[0-9]/.test(s) && /[A-Za-z]/.test(s),
  },
  // Zapier catch hooks: `/hooks/catch/<account>/<key>/`; the key is 6–16 characters, shorter than other hooks'.
  {
    kind: "webhook",
    needle: /zapier/i,
    re: /(?<pre>hooks\.zapier\.com\/hooks\/(?:catch|standard)\/\d{1,16}\/)(?<secret>[A-Za-z0-9]{6,64})/g,
    accept: (s) => !isPlaceholder(s) && !/^\d+$/.test(s) && (/\d/.test(s) || (/[a-z]/.test(s) && /[A-Z]/.test(s))),
  },
];
