// Proxy client ids that are the credential: a V2Ray / Xray VLESS or VMess user's `id` (a UUID the server checks,
// nothing else), also Clash and sing-box's `uuid`. Only in a text that configures such a protocol (`"protocol":
// "vless"`, `type: vmess`): a UUID under `id` elsewhere is an object's id and stays. Two linear regex passes.
import type { Tally } from "./values.js";

const PROTOCOL_RE = /["']?(?:protocol|type)["']?[ \t]*[:=][ \t]*["']?(?:vless|vmess)(?![\w-])/i;
const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const ID_RE = new RegExp(String.raw`(?<pre>(?<![\w$.-])["']?(?:id|uuid)["']?[ \t]*[:=][ \t]*["']?)(?<id>${UUID})(?![\w-])`, "g");

export function redactProxyIds(text: string, tally: Tally): string {
  if (!PROTOCOL_RE.test(text)) return text;
  return text.replace(ID_RE, (_m: string, pre: string, id: string) => `${pre}${tally.add("secret", id)}`);
}
