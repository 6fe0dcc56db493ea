// A user and its password written as a pair in prose or notes: "the admin account is `ops` / `…`", "服务器 10.0.0.5
// root/…", "login: deploy:…". Either a word that names an account stands a little before the pair, or the user is a
// stock account name (root, admin, sa…) and the password is plainly not words (so `postgres:16-alpine`, an image
// tag, stays). A Wi-Fi network's name and its key on the next line are a pair too. Bounded character classes
// without overlap: linear.
import { isMadeOfWords, isPassphrase, isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** Words that announce a user and password nearby. */
const ACCOUNT_RE = /(?:account|login|log[ -]in|credentials?|creds|user(?:name)?|账号|帐号|账户|用户名?|登录|登陆|管理员|后台)/i;
/** Stock account names that, followed by `/` or `:` and a password, need no announcing word. */
const STOCK_USERS = new Set([
  "root", "admin", "administrator", "sa", "postgres", "ubuntu", "ec2-user", "pi", "oracle", "sys", "system",
  "guest", "ops", "deploy", "demo", "superuser", "elastic", "rabbitmq", "ftpuser",
]);
/** Quotes, inline code or Markdown emphasis around the user and the password (`**admin** / \`…\``). */
const Q_OPEN = "(?:[`'\"“‘]|\\*{1,2}|_{1,2})?";
const Q_CLOSE = "(?:[`'\"”’]|\\*{1,2}|_{1,2})?";
const PAIR_RE = new RegExp(
  String.raw`(?<=^|[\s(（,，:：;；。=>]|\p{Script=Han})${Q_OPEN}(?<user>[A-Za-z][\w.@-]{0,31}|\[REDACTED:[\w-]{1,32}\])${Q_CLOSE}(?<sep>[ \t]?[/／][ \t]?|[:：])${Q_OPEN}(?<secret>[^\s\x60'"“”‘’，。；、,;:()（）/／<>]{6,64})${Q_CLOSE}(?=[\s，。；、,;.()（）]|$)`,
  "gu",
);

/** Labels and schemes written `name:value` that are no user: `sha256:…`, `mailto:…`, `urn:…`. */
const NOT_USERS_RE = /^(?:sha\d*|md5|blake\d*\w*|https?|mailto|tel|data|urn|arn|git|ssh|file|npm|docker|image|tag|v\d*)$/i;

/** A stock account, also prefixed for one system (`dbadmin`, `k8s-admin`; not `google-api-services-sqladmin`). */
const stockUser = (user: string) => STOCK_USERS.has(user.toLowerCase()) || /^[a-z0-9]{1,6}[-_]?admin$/i.test(user);

function passwordShaped(v: string, announced: boolean): boolean {
  if (isPlaceholder(v) || v.includes(MARKER_PREFIX.slice(1)) || !/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) return false;
  // Without an announcing word, a symbol or mixed case with a digit: `chown admin:staff2024` names a group.
  if (!announced && !/[^A-Za-z0-9]/.test(v) && !(/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v))) return false;
  if (!isMadeOfWords(v) || isPassphrase(v)) return true;
  // "ops / hunter22" after "account": words with a number are a password there, not a tag or a path.
  return announced && /\d{2,}$/.test(v) && v.length <= 20;
}

/** A Wi-Fi network's line, then its key's on the next: "WIFI: Lab-5G" / "key: …", "SSID: x" / "WPA key: …". */
const WIFI_KEY_RE = /(?<pre>(?<![\w-])(?:wi-?fi|wlan|ssid)[ \t]*[:：][ \t]*[^\s:：][^\n:：]{0,63}\r?\n[ \t]*(?:(?:wpa2?|wi-?fi|network)[ \t_-]?)?(?:key|psk|passphrase|pass(?:word)?|密码)[ \t]*[:：][ \t]*)(?<secret>[^\s"'`]{8,63})(?=[ \t]*(?:\r?\n|$))/gi;

export function redactPairs(text: string, tally: Tally): string {
  if (!/[/／:：]/.test(text)) return text;
  return redactUserPasswordPairs(redactWifiKeys(text, tally), tally);
}

function redactWifiKeys(text: string, tally: Tally): string {
  if (!/wi-?fi|wlan|ssid/i.test(text)) return text;
  return text.replace(WIFI_KEY_RE, (match: string, pre: string, secret: string) =>
    isPlaceholder(secret) || secret.includes(MARKER_PREFIX) ? match : `${pre}${tally.add("password", secret)}`,
  );
}

function redactUserPasswordPairs(text: string, tally: Tally): string {
  return text.replace(PAIR_RE, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string>;
    const offset = args[args.length - 3] as number;
    const secret = groups.secret!;
    // The 64 characters before the pair, within its line (a bounded look-back: a long line is scanned once).
    const before = text.slice(Math.max(0, offset - 64), offset);
    const announced = ACCOUNT_RE.test(before.slice(before.lastIndexOf("\n") + 1));
    if (NOT_USERS_RE.test(groups.user!) || (!announced && !stockUser(groups.user!))) return match;
    // Spaces around the slash ("ops / x") read as a pair without an announcing word only for a password with a
    // symbol or one not made of words: "admin / Nakren.2013vs", "root / I3KBdLdIBH3TWv" on a sticky note, not
    // "root / home2".
    if (!announced && /[ \t]/.test(groups.sep!) && !/[^A-Za-z0-9]/.test(secret) && isMadeOfWords(secret)) return match;
    if (!passwordShaped(secret, announced)) return match;
    const at = match.lastIndexOf(secret);
    return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
  });
}
