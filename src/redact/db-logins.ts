// Database logins written in a client's own statement syntax, where no name says "password": DB2's
// `CONNECT TO db USER u USING pw` (SQL, embedded SQL and the `db2` command line) and Teradata BTEQ's
// `.LOGON host/user,password;` (also without the dot, as JCL passes it); and the password flags and arguments of
// database command-line clients that no general rule knows: Vertica `vsql -w`, OceanBase `obclient -p…` (MySQL's
// syntax), openGauss `gsql -W`, SAP HANA `hdbsql -p` and `hdbuserstore SET <key> <host:port> <user> <password>`, Firebird's tools
// (`gbak -user SYSDBA -password …`, any abbreviation from `-pa`), and a quoted password in a `user/"pw"@host:port`
// connect string (达梦 `disql`, sqlplus), which the unquoted EZConnect pattern leaves.
import { flag, VAL } from "./commands.js";
import { LINE_PREFIX_SRC } from "./lines.js";
import { hasPasswordSymbols, isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";
import { cutRuleSecrets } from "./rule-cuts.js";

const RULES: readonly { needle: RegExp; re: RegExp }[] = [
  {
    needle: /using/i,
    re: /(?<pre>\bconnect[ \t]+to[ \t]+\S{1,128}[ \t]+user[ \t]+\S{1,128}[ \t]+using[ \t]+)(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,128}(?=')|(?<=")[^"\n]{1,128}(?=")|(?<!['"])[^\s'";:][^\s;]{0,127})\k<q>/gi,
  },
  { needle: /vsql/, re: flag("vsql", String.raw`-w[ \t]*|--password(?:[ \t]+|=)`) },
  // obclient takes MySQL's flags: -p glued to the password or quoted after it (-P is the port).
  { needle: /obclient/, re: flag("obclient", String.raw`-p|--password=`) },
  { needle: /hdbsql/, re: flag("hdbsql", String.raw`-p[ \t]+`) },
  // The key, the server, the user, then the password; options (-i, -u <os user>) may come before SET.
  {
    needle: /hdbuserstore/i,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])hdbuserstore(?:\.exe)?(?:[ \t]+-[a-zA-Z]{1,8}(?:[ \t]+[^\s-]\S{0,63})?){0,4}[ \t]+set[ \t]+\S{1,128}[ \t]+\S{1,253}[ \t]+\S{1,128}[ \t]+)${VAL}`, "gi"),
  },
  // Firebird: gbak, gfix, gsec, gstat, nbackup, isql-fb, fbsvcmgr; -pas… abbreviates -password (fbsvcmgr drops the dash).
  {
    needle: /gbak|gfix|gsec|gstat|nbackup|isql|fbsvcmgr|fbtracemgr/,
    re: flag("gbak|gfix|gsec|gstat|nbackup|isql-fb|isql|fbsvcmgr|fbtracemgr", String.raw`-pa(?:s(?:s(?:w(?:o(?:r(?:d)?)?)?)?)?)?[ \t]+|-p[ \t]+|password[ \t]+`),
  },
  {
    needle: /\/["']/,
    re: /(?<pre>(?<![\w$#/.-])[A-Za-z][\w$#]{0,29}\/)(?<q>["'])(?<secret>[^"'\n]{1,128})\k<q>(?=@(?:\/\/)?[A-Za-z0-9.-]{1,253}(?::\d{2,5})?(?![\w.-]))/g,
  },
  // On its own line, also as a diff or log line.
  { needle: /logon/i, re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}\.?logon[ \t]+(?:[\w.-]{1,253}\/)?[\w$.-]{1,128},)(?<secret>[^\s;]{1,128})`, "gim") },
  // openGauss and GaussDB's gsql (a psql fork) takes the password with -W or --password.
  { needle: /gsql/, re: flag("gsql", String.raw`-W[ \t]+|--password(?:[ \t]+|=)`) },
];

/** A password, not a host variable (`:WS-DB-PASS`), reference, word or the next option (a bare `-p` prompts). */
function credential(v: string): boolean {
  if (v.length < 4 || v.includes(MARKER_PREFIX) || /^[:$%?-]/.test(v) || isPlaceholder(v)) return false;
  return !isMadeOfWords(v) || hasPasswordSymbols(v) || looksRandom(v) || /\d/.test(v);
}

export function redactDbLogins(text: string, tally: Tally): string {
  return cutRuleSecrets(text, RULES, tally, ({ secret }) => credential(secret));
}
