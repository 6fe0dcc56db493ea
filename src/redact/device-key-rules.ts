// Where IoT firmware, media packagers, shop and PACS configs and Java EE tools keep a key or password in their own
// syntax: the text before it, then the value. Data for device-keys.ts; every pattern is keyed by a fixed word and
// bounded.
import { LINE_PREFIX_SRC } from "./lines.js";
import { flag, VAL } from "./commands.js";

export type Check = "named" | "literal" | "generated" | "any";

export interface DeviceKeyRule {
  needle: RegExp;
  re: RegExp;
  /** named: the `name` group must name a secret; literal: not a word; generated: random-looking; any: as found. */
  check: Check;
}

/** A byte array: 16 to 64 decimal or hex bytes (a 128- or 256-bit key written out). */
const BYTES = String.raw`(?:0x)?[0-9A-Fa-f]{1,3}(?:[ \t]*,[ \t]*(?:0x)?[0-9A-Fa-f]{1,3}){15,63}`;

export const DEVICE_KEY_RULES: readonly DeviceKeyRule[] = [
  // ESP-IDF NVS partition CSV: `name,data,string|hex2bin|base64,value`.
  {
    needle: /,data,(?:string|hex2bin|base64),/,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?<name>[A-Za-z_][\w-]{0,31}),data,(?:string|hex2bin|base64),)(?<secret>[^\s,]{1,4096})(?=[ \t]*\r?$)`, "gm"),
    check: "named",
  },
  // A key written as a byte list: zigbee2mqtt's `network_key: [1, 2, …]`, OpenThread's `networkKey = [0x…, …]`.
  {
    needle: /[:=][ \t]*\[/,
    re: new RegExp(String.raw`(?<pre>(?<![\w-])(?<name>[A-Za-z_][\w-]{0,63})["']?[ \t]*[:=][ \t]*\[[ \t]*)(?<secret>${BYTES})(?=[ \t]*,?[ \t]*\])`, "g"),
    check: "named",
  },
  // C initializers of LoRaWAN keys (LMIC `NWKSKEY[16] = { … }`, `APPKEY[16] = { 0x…, … }`): one hex run or bytes.
  {
    needle: /=[ \t]*\{/,
    re: new RegExp(String.raw`(?<pre>(?<![\w])(?<name>[A-Za-z_]\w{0,63})(?:\[\w{0,8}\])?[ \t]*=[ \t]*\{[ \t]*)(?<secret>[0-9A-Fa-f]{32,64}|${BYTES})(?=[ \t]*,?[ \t]*\})`, "g"),
    check: "named",
  },
  // PKCS#11 / HSM client configs (SunPKCS11 `pin =`, OpenSC and SoftHSM `user_pin:`): in a text naming a Cryptoki
  // library, a pin is the HSM login, whatever its shape; elsewhere `pin` is mostly a GPIO number.
  {
    needle: /cryptoki|pkcs ?#?11|softhsm/i,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:user[_-]?|so[_-]?|slot[_-]?)?pin[ \t]*[=:][ \t]*["']?)(?<secret>[^\s"']{4,128})`, "gmi"),
    check: "literal",
  },
  // DRM content keys: Shaka Packager's raw keys `key_id=<hex>:key=<hex>` (either order), Bento4 `mp4encrypt --key 1:<key>:<iv>`.
  { needle: /key_id=/, re: /(?<pre>(?<![\w-])key_id=[0-9A-Fa-f]{32}:key=)(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Fa-f])/g, check: "any" },
  { needle: /:key_id=/, re: /(?<pre>(?<![\w-])key=)(?<secret>[0-9A-Fa-f]{32})(?=:key_id=)/g, check: "any" },
  { needle: /mp4encrypt/, re: /(?<pre>(?<![\w-])mp4encrypt\b[^\n]{0,200}?[ \t]--key[ \t]+\d{1,3}:)(?<secret>[0-9A-Fa-f]{32})(?=:)/g, check: "any" },
  // MAVLink 2 message signing in MAVProxy: `signing setup <passphrase or hex key>`, `signing key <passphrase>`.
  { needle: /signing[ \t]+(?:setup|key)/, re: /(?<pre>(?<![\w-])signing[ \t]+(?:setup|key)[ \t]+)(?<secret>[^\s;"'\x60]{8,256})/g, check: "literal" },
  // Orthanc's `"RegisteredUsers" : { "user" : "password", … }`: every value of the block is a password.
  {
    needle: /"RegisteredUsers"/,
    re: /(?<pre>"[^"\n]{1,64}"[ \t]*:[ \t]*")(?<secret>[^"\n]{1,256})"(?<="RegisteredUsers"[ \t]*:[ \t]*\{[^{}]{0,2000})/g,
    check: "any",
  },
  // Magento's app/etc/env.php `'crypt' => ['key' => '…']` encrypts stored payment and integration secrets.
  { needle: /crypt/, re: /(?<pre>(?<q0>['"])crypt\k<q0>[ \t]*=>[ \t]*(?:\[|array\()[ \t]*(?<q1>['"])key\k<q1>[ \t]*=>[ \t]*(?<q>['"]))(?<secret>[^'"\n]{8,512})\k<q>/g, check: "any" },
  // ThingsBoard devices log in with their access token as the MQTT user (`mosquitto_pub -u "$TOKEN"`) or put it in
  // the HTTP path (`/api/v1/<token>/telemetry`).
  { needle: /mosquitto_/, re: flag("mosquitto_(?:pub|sub|rr)", String.raw`-u[ \t]+`), check: "generated" },
  // A `-u` on a continued line of a command publishing to ThingsBoard's device topics.
  { needle: /v1\/devices\/me\//, re: /(?<pre>[ \t]-u[ \t]+(?<q>["']?))(?<secret>[A-Za-z0-9_-]{16,64})\k<q>(?<=v1\/devices\/me\/[^|;&]{0,400})/g, check: "generated" },
  { needle: /\/api\/v1\//, re: /(?<pre>\/api\/v1\/)(?<secret>[A-Za-z0-9]{16,64})(?=\/(?:telemetry|attributes|rpc|claim|provision)\b)/g, check: "generated" },
  // WildFly / JBoss: `add-user.sh -u user -p …`, `jboss-cli.sh --password=…`.
  { needle: /add-user|jboss-cli/, re: flag(String.raw`add-user(?:\.sh|\.bat|\.ps1)?|jboss-cli(?:\.sh|\.bat|\.ps1)?`, String.raw`(?:-p|--password)(?:[ \t]+|=)`), check: "literal" },
  // Oracle wallets: `mkstore -wrl dir -createCredential alias user password`, and the wallet password typed into
  // `mkstore … -create <<EOF` (its first line; the repeat is the same value).
  { needle: /mkstore/, re: new RegExp(String.raw`(?<pre>(?<![\w-])mkstore\b[^\n]{0,200}?[ \t]-(?:create|modify)Credential[ \t]+\S{1,128}[ \t]+\S{1,128}[ \t]+)${VAL}`, "g"), check: "literal" },
  { needle: /mkstore/, re: /(?<pre>(?<![\w-])mkstore\b[^\n]{0,200}?[ \t]-create[ \t]*<<-?[ \t]*['"]?(?<tag>\w{1,16})['"]?[ \t]*\r?\n)(?<secret>[^\s]{1,256})(?=[ \t]*\r?\n)/g, check: "literal" },
];
