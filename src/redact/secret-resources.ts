// Values of infrastructure resources that exist to store a secret: an SSM parameter, a Secrets Manager or Secret
// Manager version, a Key Vault secret, a Vault secret. Terraform plan and apply output print them in clear when the
// value is not marked sensitive (an SSM "String" holding a generated admin password), and HCL may hold them as
// literals. The attribute names (`value`, `secret_string`) are too common to cut anywhere, so only inside such a
// resource's block, and only a generated-looking value: an SSM parameter also holds plain settings ("us-east-1").
import { closingBrace } from "./braces.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** `resource "aws_ssm_parameter" "name" {`, with a plan's `+`/`~`/`-` in front. */
const HEAD_RE = /resource[ \t]+"(?:aws_ssm_parameter|aws_secretsmanager_secret_version|google_secret_manager_secret_version|azurerm_key_vault_secret|vault_generic_secret|vault_kv_secret_v2|oci_vault_secret|alicloud_kms_secret)"[ \t]+"[\w-]{1,64}"[ \t]*\{/g;
/** The attribute holding the secret, as HCL or plan output prints it (`+ value = "…"`, `~ value = "old" -> "new"`). */
const VALUE_RE = /(?<=^|\n)[ \t]*[+~-]?[ \t]*(?:value|secret_string|secret_data|data_json|secret_content|insecure_value)[ \t]*=[ \t]*"([^"\n]{1,512})"(?:[ \t]*->[ \t]*"([^"\n]{1,512})")?/dg;
/** How far a block may run past its head. */
const MAX_BLOCK = 2000;

function secretValue(v: string): boolean {
  return looksRandom(v) && !v.includes("://") && !v.startsWith("/") && !v.includes(MARKER_PREFIX) && !isPlaceholder(v);
}

export function redactSecretResources(text: string, tally: Tally): string {
  if (!text.includes('resource "')) return text;
  const cuts: [number, number][] = [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    const from = m.index + m[0].length;
    const limit = Math.min(text.length, from + MAX_BLOCK);
    const close = closingBrace(text, from, limit);
    const end = close === -1 ? limit : close;
    const block = text.slice(from, end);
    VALUE_RE.lastIndex = 0;
    for (let v = VALUE_RE.exec(block); v; v = VALUE_RE.exec(block)) {
      for (const group of [1, 2]) {
        const span = v.indices![group];
        if (span !== undefined && secretValue(v[group]!)) cuts.push([from + span[0], from + span[1]]);
      }
    }
    HEAD_RE.lastIndex = Math.max(HEAD_RE.lastIndex, end);
  }
  return tally.cut(text, cuts, "secret");
}
