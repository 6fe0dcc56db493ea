// Credentials of package managers and build tools, where they travel without a secret-sounding name: positional
// command arguments (`poetry config http-basic.<repo> <user> <password>`, `cargo login <token>`, `bundle config
// <host> <user:password>`, `sem connect <host> <token>`), short flags that only these tools read as a password
// (`conan … -p`, macOS `security import -P`, `twine -p`, `vsce publish -p`), and mirror credentials keyed by host
// (Bundler's `BUNDLE_<HOST>__<TLD>=user:password`, Deno's `DENO_AUTH_TOKENS=<token>@<host>;…`, RubyGems'
// `:https://<host>/: <token>`).
import { flag, usable, VAL } from "./commands.js";
import { categorize } from "./names.js";
import { isMadeOfWords, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";
import { cutRuleSecrets } from "./rule-cuts.js";

interface Rule {
  needle: RegExp;
  re: RegExp;
  accept?: (groups: Record<string, string | undefined>) => boolean;
}

/** A subcommand's options may stand between it and its arguments (`poetry config --local http-basic.x …`). */
const OPTS = String.raw`(?:-{1,2}[\w-]{1,32}[ \t]+)*`;
/** Not an option, and not a plain word (`bundle config set path vendor`). */
const credential = (g: Record<string, string | undefined>) => !g.secret!.startsWith("-") && (/[^A-Za-z]/.test(g.secret!) || !isMadeOfWords(g.secret!));
const secretNamed = (name: string | undefined) => ["password", "secret"].includes(categorize(name ?? "") ?? "");
/** A generated token: random characters or hex, not a word or a setting. */
const generated = (g: Record<string, string | undefined>) => credential(g) && (looksRandom(g.secret!) || /^[0-9a-f-]{16,}$/i.test(g.secret!));

const RULES: readonly Rule[] = [
  // Poetry and Composer: http-basic.<repo> takes a user then a password; token settings (pypi-token.<repo>,
  // github-oauth.<host>, gitlab-token.<host>, bearer.<host>) a token.
  { needle: /poetry|composer/, re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:poetry|composer)[ \t]+config[ \t]+${OPTS}http-basic\.[\w.-]{1,64}[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), accept: credential },
  // Composer's auth.json `"http-basic": { "<host>": { "username": …, "password": … } }`: some vendors put the license
  // key in the username (ACF PRO, with the site URL as password); a generated username there is a credential.
  { needle: /"http-basic"/, re: /(?<pre>"username"[ \t]*:[ \t]*")(?<secret>[A-Za-z0-9+/=_-]{20,256})(?=")/g, accept: generated },
  { needle: /poetry|composer/, re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:poetry|composer)[ \t]+config[ \t]+${OPTS}(?:pypi-token|github-oauth|gitlab-oauth|gitlab-token|bearer)\.[\w.-]{1,64}[ \t]+)${VAL}`, "g"), accept: credential },
  // npm/pnpm/yarn `config set //host/:_authToken <token>` (the `=` form is an assignment already).
  {
    needle: /config/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:npm|pnpm|yarn)[ \t]+config[ \t]+set[ \t]+${OPTS}\S{0,200}?:?(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent)[ \t]+)${VAL}`, "g"),
    accept: credential,
  },
  // Gradle project properties on the command line: -PmavenPassword=…, -PsigningKey=….
  { needle: /-P/, re: new RegExp(String.raw`(?<pre>(?<![\w-])-P(?<name>[A-Za-z_][\w.-]{0,63})=)${VAL}`, "g"), accept: (g) => secretNamed(g.name) && credential(g) },
  // cargo login <token>, sem connect <host> <token>: the token is positional.
  { needle: /cargo/, re: new RegExp(String.raw`(?<pre>(?<![\w-])cargo[ \t]+login[ \t]+(?:--registry[ \t=]\S{1,64}[ \t]+)?)${VAL}`, "g"), accept: generated },
  { needle: /sem/, re: new RegExp(String.raw`(?<pre>(?<![\w-])sem[ \t]+connect[ \t]+\S{1,253}[ \t]+)${VAL}`, "g"), accept: generated },
  // bundle config [set] [--global] <host> <user:password>: a host (dots) whose value has a user or is generated.
  {
    needle: /bundle/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])bundle[ \t]+config[ \t]+(?:set[ \t]+)?${OPTS}[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]+)${VAL}`, "g"),
    accept: (g) => credential(g) && (/^[^:\s]{1,128}:\S/.test(g.secret!) || generated(g)),
  },
  // Short flags that are a password only for these tools (elsewhere -p is a port or a path).
  { needle: /conan/, re: flag("conan", String.raw`(?:-p|--password)(?:[ \t]+|=)`) },
  // macOS `security`: each subcommand has its own password flag (-p elsewhere is a policy, -k a keychain path).
  { needle: /security/, re: flag(String.raw`security[ \t]+(?:import|export)`, String.raw`-P[ \t]+`) },
  { needle: /security/, re: flag(String.raw`security[ \t]+(?:unlock|create|delete)-keychain`, String.raw`-p[ \t]+`) },
  { needle: /security/, re: flag(String.raw`security[ \t]+set-key-partition-list`, String.raw`-k[ \t]+`) },
  { needle: /security/, re: flag(String.raw`security[ \t]+add-(?:generic|internet)-password`, String.raw`-w[ \t]+`) },
  { needle: /twine/, re: flag("twine", String.raw`(?:-p|--password)(?:[ \t]+|=)`) },
  { needle: /vsce|ovsx/, re: flag("vsce|ovsx", String.raw`(?:-p|--pat)(?:[ \t]+|=)`) },
  { needle: /nuget/, re: flag(String.raw`nuget|dotnet[ \t]+nuget`, String.raw`(?:-k|-ApiKey|--api-key)(?:[ \t]+|=)`), accept: generated },
  { needle: /nuget/, re: flag(String.raw`nuget[ \t]+(?:add|update)[ \t]+source|nuget[ \t]+sources[ \t]+(?:add|update)`, String.raw`(?:-p|--password|-Password)(?:[ \t]+|=)`) },
  // Bundler reads a mirror's credentials from BUNDLE_<HOST> with dots written `__`; build options (BUILD__…) are
  // flags. The whole `user:password` goes: gem servers' users are often license keys.
  {
    needle: /BUNDLE_/,
    re: /(?<pre>(?<![\w-])BUNDLE_(?!BUILD__)[A-Z0-9_]{0,128}__[A-Z0-9]{2,24}["']?[ \t]*[:=][ \t]*(?<q>["']?))(?<secret>[^\s"'#]{4,512})\k<q>/g,
    accept: (g) => credential(g) && (/^[^:\s]{1,128}:\S/.test(g.secret!) || generated(g)),
  },
];

/** RubyGems' credentials file keys a push token by its host (`:https://gems.corp.example/: <token>`). */
// An unquoted key only: lockfiles (deno.lock, MODULE.bazel.lock) map quoted URLs to digests.
const HOST_KEY_RE = /(?<pre>^[+\- ]?[ \t]*:?https?:\/\/[^\s"']{1,256}[ \t]*:[ \t]+(?<q>["']?))(?<secret>[^\s"']{12,256})\k<q>[ \t]*\r?$/gm;

function redactHostKeyedTokens(text: string, tally: Tally): string {
  if (!/:\/\/[^\s]{1,256}:[ \t]/.test(text)) return text;
  return text.replace(HOST_KEY_RE, (m: string, pre: string, _q: string, secret: string) =>
    generated({ secret }) && !/^(?:sha\d{1,3}-|[0-9a-f]{32,}$)/i.test(secret) && !secret.includes(MARKER_PREFIX) ? `${pre}${tally.add("secret", secret)}${m.slice(pre.length + secret.length)}` : m);
}

/**
 * DENO_AUTH_TOKENS: `;`-separated `<token>@<host>` or `<user>:<password>@<host>` entries; an entry another rule cut
 * already is left whole (the marker's own colon would read as `<user>:`).
 */
const DENO_RE = /(?<pre>(?<![\w-])DENO_AUTH_TOKENS["']?[ \t]*[:=][ \t]*["']?)(?<value>[^\s"']{1,4096})/g;
const DENO_ENTRY_RE = /(?<=^|;)(?<user>[^;@:\s]{1,256}:)?(?<secret>[^;@\s]{1,512})(?=@)/g;

function redactDenoTokens(text: string, tally: Tally): string {
  if (!text.includes("DENO_AUTH_TOKENS")) return text;
  return text.replace(DENO_RE, (_m, pre: string, value: string) =>
    pre + value.replace(DENO_ENTRY_RE, (entry: string, user: string | undefined, secret: string) =>
      entry.includes(MARKER_PREFIX) || secret.startsWith("$") ? entry : `${user ?? ""}${tally.add("password", secret)}`));
}

export function redactPackageCredentials(text: string, tally: Tally): string {
  text = cutRuleSecrets(text, RULES, tally, ({ secret, groups }, rule) => usable(secret) && (!rule.accept || rule.accept(groups)));
  return redactHostKeyedTokens(redactDenoTokens(text, tally), tally);
}
