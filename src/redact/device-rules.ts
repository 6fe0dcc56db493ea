// Where network devices and system daemons keep a credential in their own config syntax: the directive, then the
// value. Data for devices.ts; each pattern is line-anchored (or keyed by a fixed word) and bounded.
import { LINE_PREFIX_SRC } from "./lines.js";

/** A value: double- or single-quoted, or up to whitespace. */
const VAL = String.raw`(?<q>["']?)(?<secret>(?<=")[^"\n]{1,256}(?=")|(?<=')[^'\n]{1,256}(?=')|(?<!["'])[^\s"'][^\s]{0,255})\k<q>`;
/** The start of a config line, with any log, diff or comment prefix. */
const LINE = `^${LINE_PREFIX_SRC}`;
/** Words a device config puts before a credential. */
const SECRET_WORDS = String.raw`secret|password|passwd|key|community|pre-shared-key|authentication-key|set-key|md5|psk|auth-key|shared-secret|message-digest-key[ \t]+\d{1,3}[ \t]+md5`;
/**
 * How the value is stored: in clear (IOS type 0, `ascii-text`, `plaintext`) or a reversible encoding (IOS type 7);
 * either way the text holds the credential. Type 5, 8 and 9 are one-way hashes and not read.
 */
const CLEAR_TYPES = String.raw`0|7|ascii-text|ascii|plaintext|plain-text|cleartext|clear|unencrypted|simple`;

export interface DeviceRule {
  needle: RegExp;
  re: RegExp;
  /** The value must look like a credential (not a word); off where the directive alone says it is one. */
  strict: boolean;
  /** Only a password with a symbol and a digit, or a random one: the line's shape alone is common elsewhere. */
  strong?: boolean;
}

export const DEVICE_RULES: readonly DeviceRule[] = [
  // IOS, NX-OS, ASA, WLC, HP and Junos lines naming how a credential is stored: `enable secret 0 …`, ` key 7 …`,
  // `wpa akm psk set-key ascii …`, `pre-shared-key ascii-text "…"`, `password manager … plaintext "…"`. Devices
  // separate words with spaces; tab-aligned tables (vim's "function key 7  *t_f7*") are documentation.
  {
    needle: /[ \t](?:0|7|ascii|ascii-text|plaintext|plain-text|cleartext|clear|unencrypted|simple)[ \t]/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:[a-z][\w-]{0,40}(?:[ ]+[\w.:/@"'-]{1,64}){0,10}?[ ]+)?(?:${SECRET_WORDS})[ ]+(?:${CLEAR_TYPES})[ ]+)${VAL}`, "gm"),
    strict: true,
  },
  // A key or password without a type: `tacacs-server key …`, `crypto isakmp key … address`, `enable password …`,
  // `username u privilege 15 password …`, `snmp-server community … RW`, HP `snmp-server community "…"`, ASA
  // `ikev1 pre-shared-key …`, `ntp authentication-key 1 md5 … 7` (the trailing 7 says how it is shown, not hashed).
  {
    needle: /tacacs|radius|isakmp|enable|username|snmp-server|pre-shared-key|authentication-key/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:(?:tacacs|radius)-server(?:[ \t]+host[ \t]+\S{1,64})?[ \t]+key|crypto[ \t]+isakmp[ \t]+key|enable[ \t]+(?:secret|password)|username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?[ \t]+(?:secret|password)|snmp-server[ \t]+community|(?:ikev[12][ \t]+(?:(?:local|remote)-authentication[ \t]+)?)?pre-shared-key|(?:ntp[ \t]+)?authentication-key[ \t]+\d{1,5}[ \t]+md5)[ \t]+)${VAL}`, "gm"),
    strict: true,
  },
  // Junos `secret "…"`, `authentication-key "…"`, `encrypted-password "…"` hold $9$ values: reversible, not hashes.
  // Cisco's type 9 (scrypt, `$9$salt$hash`) shares the prefix; its second `$` tells it apart.
  { needle: /\$9\$/, re: /(?<pre>(?<![\w$])\$9\$)(?<secret>[A-Za-z0-9./\-]{8,512})(?![\w./$-])/g, strict: false },
  // SNMPv3 users: net-snmp `createUser u SHA "…" AES "…"`, IOS `snmp-server user u g v3 auth sha … priv aes 128 …`.
  {
    needle: /createUser|[ \t](?:auth|priv)[ \t]/,
    // The algorithm word is matched first so the look-back (to createUser, or auth/priv) runs only there.
    re: new RegExp(String.raw`(?<pre>[ \t](?:MD5|SHA(?:-?\d{1,3})?|DES|3DES|AES(?:-?\d{3})?)(?<=(?:createUser[ \t][^\n]{0,300}|[ \t](?:auth|priv)[ \t]+\w{1,8}))(?:[ \t]+\d{3})?[ \t]+)${VAL}`, "gi"),
    strict: true,
  },
  // net-snmp snmpd.conf communities: `rocommunity …`, `rwcommunity6 …`, `com2sec name source …`.
  {
    needle: /community|com2sec/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:r[ow]community6?|com2sec6?[ \t]+\S{1,64}[ \t]+\S{1,64})[ \t]+)${VAL}`, "gm"),
    strict: true,
  },
  // strongSwan / Libreswan ipsec.secrets: `left right : PSK "…"` (also XAUTH and EAP secrets).
  { needle: /PSK|XAUTH|EAP/, re: new RegExp(String.raw`(?<pre>:[ \t]*(?:PSK|XAUTH|EAP|NTLM)[ \t]+)${VAL}`, "g"), strict: false },
  // LDAP clients' bind passwords: nslcd/nss-ldap `bindpw …`, slapd `rootpw …` (cn=config `olcRootPW: …`), sssd
  // `ldap_default_authtok = …`;
  // Kickstart's `rootpw --plaintext …` (its `--iscrypted` value is a hash).
  { needle: /bindpw|rootpw|authtok/i, re: new RegExp(String.raw`(?<pre>${LINE}(?:bindpw|(?:olc)?rootpw(?:[ \t]+--plaintext)?|ldap_default_authtok)(?:[ \t]*[=:][ \t]*|[ \t]+))${VAL}`, "gmi"), strict: true },
  // OpenVPN's inline credentials: `<auth-user-pass>`, the user line, then the password line.
  {
    needle: /<auth-user-pass>/,
    re: new RegExp(String.raw`(?<pre><auth-user-pass>[ \t]*\r?\n${LINE_PREFIX_SRC}[^\s<]{1,128}[ \t]*\r?\n${LINE_PREFIX_SRC})(?<secret>[^\s<]{1,256})(?=[ \t]*\r?\n)`, "g"),
    strict: false,
  },
  // Erlang's distribution cookie: `-setcookie …` in vm.args or on an erl command line.
  { needle: /-setcookie/, re: new RegExp(String.raw`(?<pre>(?<![\w-])-setcookie[ \t]+)${VAL}`, "g"), strict: true },
  // JAAS login modules' user table: `user_admin="…"` (Kafka PlainLoginModule, ZooKeeper DigestLoginModule).
  { needle: /LoginModule/, re: new RegExp(String.raw`(?<pre>(?<![\w-])user_[\w.-]{1,64}[ \t]*=[ \t]*)${VAL}`, "g"), strict: true },
  // Postfix sasl_passwd and similar relay maps: `[smtp.example.com]:587 user@example.com:password`; a user already
  // cut to a marker (an SES access key id) is no user: its marker's colon would be read as the separator.
  {
    needle: /\]:\d|:\d{1,5}[ \t]/,
    re: new RegExp(String.raw`(?<pre>${LINE}(?:\[[\w.-]{1,253}\](?::\d{1,5})?|[\w.-]{1,253}:\d{1,5})[ \t]+(?!\[REDACTED:)[^\s:]{1,128}:)(?<secret>[^\s]{1,256})[ \t]*\r?$`, "gm"),
    strict: true,
  },
  // pppd chap-secrets / pap-secrets: `client server "secret" addresses` (the address column is `*`, an IP or `-`).
  {
    needle: /"[ \t]+(?:\*|-|\d)/,
    re: new RegExp(String.raw`(?<pre>${LINE}[^\s#"]{1,128}[ \t]+[^\s"]{1,128}[ \t]+")(?<secret>[^"\n]{1,256})(?="[ \t]+(?:\*|-|[\d.:/]{2,64})(?:[ \t]+[\d.:/]{2,64}){0,8}[ \t]*\r?$)`, "gm"),
    strict: true,
  },
  // Nagios resource.cfg user macros: `$USER4$=…` (paths and names in the other macros are no credential).
  { needle: /\$USER\d/, re: new RegExp(String.raw`(?<pre>${LINE}\$USER\d{1,3}\$[ \t]*=[ \t]*)${VAL}[ \t]*\r?$`, "gm"), strict: true },
  // Jetty / ActiveMQ / Karaf realm files: `user: password, role[, role…]`; not in comments, where tools write
  // `# pylint: disable-msg=E0611,W0142`, and not CouchDB's stored hashes (`admin = -pbkdf2-<hash>,<salt>,10`).
  {
    // The same test from the comma back: a search starting at each `:` or `=` ran 256 characters on every time.
    needle: /,(?<=[:=][^\n,]{1,256},)[ \t]*\w/,
    re: new RegExp(String.raw`(?<pre>^[+\- ]?[ \t]*[\w.@-]{1,64}[ \t]*[:=][ \t]*)(?![A-Za-z-]{1,32}=|-(?:pbkdf2|hashed)-)(?<secret>[^\s,"']{6,128})(?=,[ \t]*[\w:-]{1,64}(?:[ \t]*,[ \t]*[\w:-]{1,64}){0,8}[ \t]*\r?$)`, "gm"),
    strict: true,
    strong: true,
  },
  // Dovecot and other passwd-files whose scheme prefix says the password is stored in clear: `{PLAIN}…`.
  { needle: /\{(?:PLAIN|CLEAR|CLEARTEXT)\}/, re: /(?<pre>\{(?:PLAIN|CLEAR|CLEARTEXT)\})(?<secret>[^\s:"']{1,256})/g, strict: false },
];
