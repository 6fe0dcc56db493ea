// Secrets in command lines and line-oriented credential files: tool password flags (`mysql -p…`,
// `sshpass -p '…'`, `docker login -p`, `redis-cli -a`, `ldapsearch -w`, keytool/openssl pass options, `smbclient
// -U user%…`, `net use … /user:… …`, `htpasswd -b`, `rabbitmqctl add_user`, `aws kms encrypt --plaintext`),
// `kubectl --from-literal`, `helm --set`, `… set NAME value` (aws configure, travis env, atlas config), `.pgpass` lines, Dockerfile `ENV NAME value`,
// .NET `<add key="…Password" value="…"/>`, `echo '…' > .vault_pass`, `define('DB_PASSWORD', '…')`-style pairs, `setPassword("…")` setters,
// `ConvertTo-SecureString "…"` and HMAC keys given as literals.
import { categorize } from "./names.js";
import { LINE_PREFIX_SRC } from "./lines.js";
import { unmarked } from "./shield.js";
import { hasPasswordSymbols, isMadeOfWords, isPassphrase, isPlaceholder, looksGenerated, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";
import { cutRuleSecrets } from "./rule-cuts.js";
import { isHandSetSecret } from "./hand-secrets.js";
import { passwordLike } from "./calls.js";

/** A flag value: quoted, or up to whitespace. */
export const VAL = String.raw`(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,256}(?=')|(?<=")[^"\n]{1,256}(?=")|(?<!['"])[^\s'"][^\s]{0,255})\k<q>`;
const secretName = (name: string | undefined) => {
  const c = categorize(name ?? "");
  return c === "password" || c === "secret";
};
export const usable = (v: string) => !isPlaceholder(v.replace(/[,.;:]+$/, "")) && !v.includes(MARKER_PREFIX) && !/^[$%]/.test(unmarked(v)) && /[A-Za-z0-9]/.test(v) && !/^[a-z]{1,3}$/.test(v) && !PROSE_WORDS.has(v);
/** Words that follow a flag in a sentence about it ("-storepass and -keypass on one line"), with any 1–3 letter word. */
const PROSE_WORDS = new Set(["and", "the", "with", "flag", "option", "options", "argument", "arguments"]);
/** For rules that a name alone triggers: a literal, not a word of a sentence ("set API_KEY in your shell"). */
const literal = (v: string | undefined) => v !== undefined && v.length >= 4 && !/^[a-z]+$/.test(v);
/** A name only suspicious with a generated value ("…-Key", "…_auth") holding one: hex or random characters. */
const weakGenerated = (name: string | undefined, v: string | undefined) =>
  categorize(name ?? "") === "weak" && v !== undefined && (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v) || looksGenerated(v)) && !isMadeOfWords(v);
/** For pairs and setters: a word list (["credential", "password"]) or a name ("OPENAI_API_KEY") is no secret. */
const notWords = (v: string | undefined) => literal(v) && !isMadeOfWords(v!);

/** A directive's value: generated for a secret name; for a password name, not a setting word or an algorithm. */
function directiveValue(name: string, v: string): boolean {
  const category = categorize(name);
  if (category === "secret") return ((/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v)) && !isMadeOfWords(v)) || (v.length >= 8 && isHandSetSecret(v));
  if (category !== "password" || v.length < 6 || !/[^A-Za-z]/.test(v) || /[()]$|^(?:scram-sha-256|md5|sha(?:1|256|512)?|bcrypt|argon2(?:i|d|id)?|pbkdf2(?:-sha\d+)?|crypt|plain|none)$/i.test(v)) return false;
  return !isMadeOfWords(v) || isPassphrase(v) || hasPasswordSymbols(v);
}

interface Rule {
  needle: RegExp;
  re: RegExp;
  kind?: string;
  accept?: (groups: Record<string, string | undefined>) => boolean;
}

/**
 * Every password flag of a tool's command line (keytool takes -srcstorepass and -deststorepass on one line). The tool
 * is looked for behind a flag once one matched, so the bounded look-back runs only at flags; not across `|`, `;`, `&`
 * or a backtick, which end the command.
 */
export const flag = (tools: string, flags: string): RegExp =>
  new RegExp(String.raw`(?<pre>[ \t](?:${flags}))(?<=(?<![\w-])(?:${tools})\b[^\n\x60|;&]{0,400})${VAL}`, "g");

/** Commands that take a secret on stdin: secret stores, CI variables, `--password-stdin` logins. */
const STDIN_SECRET_SRC = String.raw`(?:--password-stdin|\bsecrets?\b|\bstore-secret\b|\bsecret[ \t]+(?:put|set|create|add)\b|\bvariable[ \t]+set\b|\benv[ \t]+add\b|\bpass[ \t]+insert\b|\bkv[ \t]+put\b)`;

/** htpasswd's flags up to and including the last group, one of which holds -b: `-b`, `-bB`, `-b -c`, `-B -C 12 -b`. */
const HTPASSWD_FLAGS = String.raw`(?:[ \t]+-[a-zA-Z]{1,8}(?:[ \t]+\d{1,3})?){0,4}?[ \t]+-[a-zA-Z]{0,7}b[a-zA-Z]{0,7}(?:[ \t]+-[a-zA-Z]{1,8}){0,4}`;
const PRINT_FLAG_RE = /-[a-zA-Z]*n/;

/** A message-routing name (`orders.created`), not a passphrase: dotted lower-case words. */
const ROUTING_NAME_RE = /^[a-z]+(?:\.[a-z]+)+$/;

/** Global flags that may stand before a command's arguments (`mc alias set --insecure …`). */
const MC_OPTS = String.raw`(?:--?[\w-]{1,32}[ \t]+)*`;

const RULES: readonly Rule[] = [
  // mysql -pSECRET / -p'SECRET' (a bare -p prompts; -P is the port).
  { needle: /mysql|mariadb/, re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b[^\n]{0,200}?[ \t]-p)${VAL}`, "g") },
  { needle: /sshpass/, re: flag("sshpass", String.raw`-p[ \t]*`) },
  { needle: /login/, re: flag(String.raw`(?:docker|podman|buildah|skopeo|helm|oras|nerdctl|conan[ \t]+remote)(?:[ \t]+registry)?[ \t]+login`, String.raw`(?:-p|--password)(?:[ \t]+|=)`) },
  { needle: /cqlsh|mongo/, re: flag("cqlsh|mongo|mongosh", String.raw`(?:-p|--password)[ \t]+`) },
  { needle: /redis-cli/, re: flag("redis-cli", String.raw`-a[ \t]+`) },
  // Server management controllers: ipmitool -P (its -p is the port), Dell racadm -p.
  { needle: /ipmitool/, re: flag("ipmitool", String.raw`-P[ \t]+`) },
  { needle: /racadm/, re: flag("racadm", String.raw`-p[ \t]+`) },
  // Mosquitto's MQTT clients: -u user -P password.
  { needle: /mosquitto_/, re: flag("mosquitto_(?:pub|sub|rr)", String.raw`-P[ \t]+`) },
  { needle: /sqlcmd|bcp|osql|isql/, re: flag("sqlcmd|bcp|osql|isql", String.raw`-P[ \t]*`) },
  // unixODBC's isql DSN user password (lower-case flags such as -v before the DSN).
  { needle: /isql/, re: new RegExp(String.raw`(?<pre>(?<![\w-])isql(?:[ \t]+-[a-z][\w-]{0,16})*[ \t]+[^\s-]\S{0,127}[ \t]+[^\s-]\S{0,127}[ \t]+)${VAL}`, "g"), accept: (g) => notWords(g.secret) },
  { needle: /ldap/, re: flag(String.raw`ldap(?:search|add|modify|delete|whoami|passwd|compare)`, String.raw`-w[ \t]+`) },
  // OMERO's CLI: `omero login -s host -u user -w password`.
  { needle: /omero/, re: flag(String.raw`omero[ \t]+login`, String.raw`-w[ \t]+|--password(?:[ \t]+|=)`) },
  { needle: /pass/, re: flag("keytool|jarsigner", String.raw`-(?:src|dest|new)?(?:store|key)?pass[ \t]+`) },
  // lftp -u user,password.
  { needle: /lftp/, re: flag("lftp", String.raw`-u[ \t]+['"]?[^\s,'"]{1,64}['"]?,`) },
  { needle: /pass:/, re: new RegExp(String.raw`(?<pre>(?<![\w-])-pass(?:in|out)?[ \t]+pass:)${VAL}`, "g") },
  { needle: /zip|7z/, re: flag(String.raw`zip|unzip|7z|7za`, String.raw`-P[ \t]*|-p(?=\S)`) },
  { needle: /smbclient|-U/, re: new RegExp(String.raw`(?<pre>(?<![\w-])smbclient\b[^\n]{0,200}?[ \t]-U[ \t]*['"]?[^\s%'"]{1,64}%)(?<secret>[^\s'"]{1,256})`, "g") },
  { needle: /\/user:/i, re: new RegExp(String.raw`(?<pre>(?<![\w-])net[ \t]+use\b[^\n]{0,200}?/user:\S{1,128}[ \t]+)${VAL}`, "gi") },
  // htpasswd -b file user password; -nb prints the entry instead of writing a file: user, then password. The flags
  // may come apart (`-b -c`, `-B -b`), so the -b and the -n are looked for among all of them.
  { needle: /htpasswd/, re: new RegExp(String.raw`(?<pre>(?<![\w-])htpasswd(?<flags>${HTPASSWD_FLAGS})[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), accept: (g) => PRINT_FLAG_RE.test(g.flags!) },
  { needle: /htpasswd/, re: new RegExp(String.raw`(?<pre>(?<![\w-])htpasswd(?<flags>${HTPASSWD_FLAGS})[ \t]+\S{1,256}[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), accept: (g) => !PRINT_FLAG_RE.test(g.flags!) },
  // SteamCMD logs in with `+login <user> <password>` (`+login anonymous` or a user alone prompts).
  { needle: /\+login/, re: new RegExp(String.raw`(?<pre>(?<![\w-])steamcmd(?:\.sh|\.exe)?\b[^\n]{0,200}?[ \t]\+login[ \t]+[^\s+]\S{0,63}[ \t]+)${VAL}`, "g"), accept: (g) => !g.secret!.startsWith("+") },
  // Windows: net user <name> <password> /add (`*` prompts; `/delete` and other switches are no password).
  { needle: /net[ \t]+user/i, re: new RegExp(String.raw`(?<pre>(?<![\w-])net[ \t]+user[ \t]+\S{1,128}[ \t]+)${VAL}`, "gi"), accept: (g) => !g.secret!.startsWith("/") },
  // Uploaders and deployers whose -t is the token: codecov -t <uuid>, vercel -t <token>.
  { needle: /codecov|vercel/, re: flag(String.raw`codecov(?:cli)?|vercel`, String.raw`-t[ \t]+`) },
  // CI secret stores that take the value as a flag: drone secret add --data, woodpecker-cli secret add --value
  // (`--data @file` reads a file).
  {
    needle: /secret/,
    re: flag(String.raw`(?:drone[ \t]+(?:org)?secret|woodpecker-cli[ \t]+(?:org[ \t]+|repo[ \t]+|global[ \t]+)?secret)[ \t]+(?:add|update)`, String.raw`--(?:data|value)(?:[ \t]+|=)`),
    accept: (g) => !g.secret!.startsWith("@") && !g.secret!.startsWith("-"),
  },
  // aws kms encrypt --plaintext '…': the data the command encrypts, a secret by its purpose (`fileb://` names a file).
  { needle: /kms/, re: flag(String.raw`aws[ \t]+kms[ \t]+encrypt`, String.raw`--plaintext(?:[ \t]+|=)`), accept: (g) => !/^fileb?:\/\//.test(g.secret!) },
  // MinIO's client: `mc alias set <alias> <url> <access-key> <secret-key>` (formerly `mc config host add`); the access
  // key is an id and stays.
  {
    needle: /mc/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:mc|mcli)[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+${MC_OPTS}[^\s-]\S{0,127}[ \t]+\S{1,512}[ \t]+[^\s-]\S{0,255}[ \t]+)${VAL}`, "g"),
    accept: (g) => !g.secret!.startsWith("-"),
    kind: "secret",
  },
  { needle: /rabbitmqctl/, re: new RegExp(String.raw`(?<pre>(?<![\w-])rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,128}[ \t]+)${VAL}`, "g") },
  { needle: /--from-literal|--set/, re: new RegExp(String.raw`(?<pre>(?:--from-literal=|--set(?:-string)?[ \t]+)(?<name>[\w.-]{1,128})=)${VAL}`, "g"), accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret) },
  // Apache `RequestHeader set X-Upstream-Key "…"`, nginx `set $api_secret "…";`, Tcl `set ::env(API_TOKEN) "…"`: a "key" name says secret when the value is generated; a token is
  // never a dotted name of lower-case words ("orders.created" under a routing key); passphrases are still values.
  { needle: /\bset\b/, re: new RegExp(String.raw`(?<pre>(?<![\w-])set[ \t]+(?:\$|(?:::)?env\()?(?<name>[A-Za-z_][\w.-]{0,127})\)?[ \t]+)${VAL}`, "g"), accept: (g) => !g.secret!.startsWith("-") && ((secretName(g.name) && literal(g.secret) && !ROUTING_NAME_RE.test(g.secret!)) || weakGenerated(g.name, g.secret)) },
  // .pgpass: host:port:database:user:password (a colon or backslash in the password is escaped).
  // On its own line, or as a whole string literal.
  { needle: /:(?:\d{1,5}|\*):[^\s:"'\x60]{1,128}:[^\s:"'\x60]{1,128}:/, re: new RegExp(String.raw`(?<pre>(?:^${LINE_PREFIX_SRC}|(?<=["'\x60]))[A-Za-z0-9.*_\[\]-]{1,253}:(?:\d{1,5}|\*):[^\s:"'\x60]{1,128}:[^\s:"'\x60]{1,128}:)(?<secret>(?:[^\s:\\"'\x60]|\\.){1,256})(?=[ \t]*$|["'\x60])`, "gm") },
  // Dockerfile ENV NAME value (the legacy form without `=`).
  { needle: /ENV|ARG/, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:ENV|ARG)[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+)(?<secret>[^\s=\\][^\n\\]{0,255}?)[ \t]*\\?[ \t]*$`, "gm"), accept: (g) => secretName(g.name) && literal(g.secret) },
  // <add key="…" value="…"/> (.NET), <property name="password" value="…"/> (Spring), <env name="…" value="…"/>.
  { needle: /value=/, re: new RegExp(String.raw`(?<pre>(?:key|name)=(?<kq>["'])(?<name>[^"'\n]{1,64})\k<kq>[ \t]+value=(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`, "g"), accept: (g) => secretName(g.name) && literal(g.secret) },
  // Hadoop-style XML properties (hive-site, core-site, oozie-site): <name>…Password</name> then <value>…</value>.
  {
    needle: /<value>/,
    re: new RegExp(String.raw`(?<pre><name>[ \t]*(?<name>[\w.-]{1,128})[ \t]*</name>[\s+]{0,64}<value>[ \t]*)(?<secret>[^<\s][^<\n]{0,511}?)[ \t]*</value>`, "g"),
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret),
  },
  // CI servers' XML (GoCD's `<variable name="DEPLOY_PASSWORD"><value>…</value></variable>`) and Ant-style params: the
  // name is an attribute and the value a child element.
  {
    needle: /<value>/,
    re: new RegExp(String.raw`(?<pre><[A-Za-z][\w.-]{0,63}[ \t]+(?:[^<>\n]{0,128}?[ \t])?name=(?<kq>["'])(?<name>[\w.-]{1,128})\k<kq>[^<>\n]{0,128}>\s{0,64}<value>[ \t]*)(?<secret>[^<\s][^<\n]{0,511}?)[ \t]*</value>`, "g"),
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret),
  },
  // An XML element named for a secret that carries attributes: FileZilla's `<Pass encoding="base64">…</Pass>` (base64
  // is an encoding, not a protection), `<password type="plain">…</password>`.
  {
    needle: /<\/\w/,
    re: new RegExp(String.raw`(?<pre><(?<name>[A-Za-z][\w.-]{0,63})[ \t]+[^<>\n]{1,128}>)(?<secret>[^<\s][^<\n]{0,511})</\k<name>>`, "g"),
    accept: (g) => secretName(g.name) && literal(g.secret),
  },
  // Java config XML that names the setting in an attribute and holds the value as text: Confluence's
  // `<property name="hibernate.connection.password">…</property>`, `<entry key="db.password">…</entry>`, Guacamole's
  // `<param name="password">…</param>`.
  {
    needle: /<\/\w/,
    re: new RegExp(String.raw`(?<pre><(?<tag>[A-Za-z][\w.-]{0,63})[ \t]+(?:[^<>\n]{0,128}?[ \t])?(?:name|key)=(?<kq>["'])(?<name>[\w.-]{1,128})\k<kq>[^<>\n/]{0,128}>)(?<secret>[^<\s][^<\n]{0,511})</\k<tag>>`, "g"),
    // One printable token: Android's `<string name="password_too_short">…</string>` holds a sentence for the UI.
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret) && /^[\x21-\x7e]+$/.test(g.secret!),
  },
  // A JSON value wrapped in a one-element list (Keycloak component config: `"bindCredential": ["…"]`).
  {
    needle: /\[/,
    re: new RegExp(String.raw`(?<pre>"(?<name>[\w.-]{1,128})"[ \t]*:[ \t]*\[[ \t]*")(?<secret>[^"\n]{1,512})"[ \t]*\]`, "g"),
    accept: (g) => secretName(g.name?.split(".").pop()) && literal(g.secret),
  },
  // FTP scripts: the `user NAME PASSWORD` subcommand (ftp -n heredocs, REXX queue lines), where FTP is named.
  {
    needle: /ftp/i,
    re: new RegExp(String.raw`(?<pre>(?:^${LINE_PREFIX_SRC}|(?<=^[ \t]*queue[ \t]+["']))user[ \t]+[^\s"']{1,64}[ \t]+)(?<secret>[^\s"']{1,128})(?=["']?[ \t]*\r?$)`, "gmi"),
    accept: (g) => notWords(g.secret) && /[^A-Za-z]/.test(g.secret!),
  },
  // Odin and Jai constants: `HMAC_KEY :: "…"` (Haskell's `name :: Type` has no literal).
  {
    needle: /::/,
    re: new RegExp(String.raw`(?<pre>(?<![\w$])(?<name>[A-Za-z_]\w{0,63})[ \t]*::[ \t]*(?<q>["\x60]))(?<secret>[^"\x60\n]{1,512})\k<q>`, "g"),
    accept: (g) => (secretName(g.name) && notWords(g.secret)) || weakGenerated(g.name, g.secret),
  },
  // COBOL data items: `05 WS-DB-PASS PIC X(16) VALUE '…'.`
  {
    needle: /PIC/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?<name>[A-Za-z][\w-]{0,30})[ \t]+PIC(?:TURE)?[ \t]+[^\s]{1,32}[ \t]+VALUE[ \t]+(?<q>['"]))(?<secret>[^'"\n]{1,256})\k<q>`, "g"),
    accept: (g) => secretName(g.name) && literal(g.secret),
  },
  // RACF: `ALTUSER id PASSWORD(…)`, `ADDUSER id PASSWORD(…)`, `PHRASE('…')`.
  {
    needle: /PASSWORD\(|PHRASE\(/i,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:ALTUSER|ADDUSER|ALU|AU)[ \t]+[^\n]{0,200}?\b(?:PASSWORD|PHRASE)\([ \t]*(?<q>'?))(?<secret>[^'()\s][^'()\n]{0,99})\k<q>[ \t]*\)`, "gi"),
  },
  // ('DB_PASSWORD', '…') pairs: define(), env() with a fallback, config tuples. A passphrase counts under a password name.
  {
    needle: /,/,
    re: new RegExp(String.raw`(?<pre>(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>[ \t]*,[ \t]*(?<q>["']))(?<secret>[^\s"'][^"'\n]{3,511})\k<q>`, "g"),
    // Spaces inside only for a generated value: WordPress salts (`define('LOGGED_IN_KEY', '…')`) use every character.
    accept: (g) =>
      (!/\s/.test(g.secret!) && secretName(g.name) && (notWords(g.secret) || (categorize(g.name!) === "password" && isPassphrase(g.secret!)))) ||
      weakGenerated(g.name, g.secret),
  },
  // Config directives `name value` alone on a line: redis.conf `requirepass …`, Apache `SetEnv NAME value`, csh
  // `setenv NAME value`, nginx `fastcgi_param NAME value;`.
  {
    needle: /[ \t]/,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:(?:SetEnv|setenv|fastcgi_param|uwsgi_param|scgi_param|env)[ \t]+)?(?<name>[A-Za-z_][\w.-]{0,63})[ \t]+(?<q>["']?))(?<secret>[^\s"'=:;{}[\]*&$#(][^\s;"']{3,255})\k<q>[ \t]*(?:;[ \t]*)?\r?$`, "gm"),
    accept: (g) => directiveValue(g.name!, g.secret!),
  },
  // NTP symmetric key files (chrony.keys, ntp.keys): `<id> <digest> HEX:<key>` or `ASCII:<key>`, and ntpd's `<id> M
  // <key>`; a bare digest type then hex is left alone, being also the shape of a listed checksum.
  {
    needle: /HEX:|ASCII:|[ \t]M[ \t]/,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}[ \t]*\d{1,5}[ \t]+(?:(?:MD5|SHA1|SHA256|SHA384|SHA512|SHA3-\d{3}|RMD160|AES128|AES256|AES128CMAC|AES256CMAC)[ \t]+(?:HEX|ASCII):|M[ \t]+))(?<secret>[^\s#]{4,256})(?=[ \t]*(?:#[^\n]*)?\r?$)`, "gm"),
  },
  // Mail credential tables (OpenSMTPD's `table secrets`: `label user@domain:password`; relay and fetch credential
  // lists): a mail address, a colon and a password ending the line. A URL's userinfo puts the password before the `@`;
  // after a copy command (`scp f user@host:dir`) the colon starts a path.
  {
    needle: /@[\w-]+\.[\w.-]+:/,
    re: new RegExp(String.raw`(?<pre>(?:^${LINE_PREFIX_SRC}|^${LINE_PREFIX_SRC}(?!(?:scp|rsync|sftp|ssh|git|clone)[ \t])[^\s:]{1,64}[ \t]+)[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}:)(?<secret>[^\s:@]{6,128})(?=[ \t]*\r?$)`, "gm"),
    accept: (g) => passwordLike(g.secret!),
  },
  // C and C++ `#define WIFI_PASSWORD "…"`, and a generated value under a key name (`#define STEAM_WEB_KEY "FC05…"`).
  { needle: /define/, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}#[ \t]*define[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+L?(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`, "gm"), accept: (g) => (secretName(g.name) && literal(g.secret)) || weakGenerated(g.name, g.secret) },
  // "user:password" being base64-encoded for a Basic header: btoa("…"), "…".bytes.encodeBase64(), "Basic " + "…".
  { needle: /btoa|b64encode|[Bb]ase64|Basic/, re: new RegExp(String.raw`(?<pre>(?<!\w)(?:btoa|b64encode|[Bb]ase64\w{0,24}|encodeToString|EncodeToString|Basic ["'\x60][ \t]*\+)[^\n]{0,48}?(?<q>["'\x60])[\w.@+-]{1,64}:)(?<secret>[^\s"'\x60:]{4,256})\k<q>`, "g"), accept: (g) => notWords(g.secret) },
  { needle: /encodeBase64|getBytes|encode\(|\.bytes/, re: new RegExp(String.raw`(?<pre>(?<q>["'])[\w.@+-]{1,64}:)(?<secret>[^\s"':]{4,256})\k<q>(?=\.(?:bytes\.encodeBase64|getBytes|encode\(|toByteArray))`, "g"), accept: (g) => notWords(g.secret) },
  // A secret-named key holding an object with its value: Spring's /actuator/env, ARM template parameters, and
  // `terraform output -json`, whose outputs marked `"sensitive": true` are secret whatever their name.
  {
    needle: /"value"/,
    re: new RegExp(String.raw`(?<pre>"(?<name>[\w.-]{1,128})"[ \t]*:[ \t]*\{(?<members>[^{}]{0,300}?)"value"[ \t]*:[ \t]*")(?<secret>[^"\n]{1,512})"`, "g"),
    accept: (g) => (secretName(g.name?.split(".").pop()) || /"sensitive"[ \t]*:[ \t]*true/.test(g.members!)) && literal(g.secret),
  },
  // Setters: Java's `setPassword("…")` (maybe `.toCharArray()`), Go's `SetPassword("…")`, builders' `withToken("…")`.
  {
    needle: /[Ss]et|[Ww]ith|[Uu]se/,
    re: new RegExp(String.raw`(?<pre>(?<![\w$])(?:[Ss]et|[Ww]ith|[Uu]se)(?<name>[A-Z]\w{0,63})[ \t]*\([ \t]*(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>(?:\.\w{1,24}\(\))?[ \t]*\)`, "g"),
    accept: (g) => secretName(g.name) && (notWords(g.secret) || (categorize(g.name!) === "password" && (isPassphrase(g.secret!) || hasPasswordSymbols(g.secret!)))),
  },
  // echo 'hunter2' > ~/.vault_pass: a literal written to a file whose name says password or secret.
  {
    needle: /echo|printf/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?)${VAL}(?=[ \t]*(?:>{1,2}|\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?)[ \t]*(?<file>[^\s;&|]{1,256}))`, "g"),
    accept: (g) => secretName(g.file?.split("/").pop()?.replace(/^\.+/, "")) && literal(g.secret),
  },
  // A literal piped or here-stringed into a command that stores or reads a secret from stdin: `echo '…' | gh secret
  // set NAME`, `printf … | docker login --password-stdin`, `gcloud secrets versions add x --data-file=- <<< '…'`.
  {
    needle: /echo|printf/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?)${VAL}(?=[ \t]*\|[^\n|]{0,200}?${STDIN_SECRET_SRC})`, "g"),
    // One token, not words: `echo Hello | grep secrets` greets.
    accept: (g) => notWords(g.secret) && !/\s/.test(g.secret!),
  },
  { needle: /<<</, re: new RegExp(String.raw`(?<pre>${STDIN_SECRET_SRC}[^\n|;&]{0,200}?<<<[ \t]*)${VAL}`, "g"), accept: (g) => notWords(g.secret) && !/\s/.test(g.secret!) },
  // `--name db-password … --value '…'` (az keyvault secret set, az pipelines variable create, aws ssm put-parameter):
  // the name flag says what the value flag holds.
  {
    needle: /--value/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])--name[ \t=]+["']?(?<name>[^\s"']{1,128})["']?(?:[ \t]+[^\s|;&]{1,128}){0,8}?[ \t]+--value(?:[ \t]+|=))${VAL}`, "g"),
    accept: (g) => secretName(g.name!.split(/[/.]/).pop()) && literal(g.secret) && !g.secret!.startsWith("-"),
  },
  { needle: /SecureString/i, re: new RegExp(String.raw`(?<pre>ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)${VAL}`, "gi") },
  { needle: /hmac/i, re: new RegExp(String.raw`(?<pre>(?:hmac\.new|hmac\.HMAC|HMAC\.new|createHmac\([ \t]*["'][\w-]{1,16}["'][ \t]*,)[ \t]*\(?[ \t]*b?(?<q>["']))(?<secret>[^"'\n]{8,512})\k<q>`, "gi") },
];

export function redactCommands(text: string, tally: Tally): string {
  return cutRuleSecrets(text, RULES, tally, ({ secret, groups }, rule) => usable(secret) && (!rule.accept || rule.accept(groups)));
}
