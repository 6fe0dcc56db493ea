// Where infrastructure code declares a parameter and gives it a default (data for declarations.ts). Each head names
// the parameter (group `name`); its block runs to the matching brace, over the lines indented deeper than the head,
// or to the line's end, and holds the default.

export type BlockShape = "brace" | "indent" | "line";

export interface DeclarationHead {
  re: RegExp;
  block: BlockShape;
}

export const DECLARATION_HEADS: readonly DeclarationHead[] = [
  // Terraform, OpenTofu and Packer: `variable "db_password" { … default = "…" }`.
  { re: /(?<![\w-])variable[ \t]+"(?<name>[\w-]{1,64})"[ \t]*\{/g, block: "brace" },
  // ARM templates and JSON Schema (a Helm chart's values.schema.json): `"adminPassword": { "type": …, "defaultValue": "…" }`;
  // YAML flow maps (Pulumi.yaml's `dbPassword: { type: string, default: … }`).
  { re: /(?<=^|[\s{,])"?(?<name>[A-Za-z_][\w.-]{0,63})"?[ \t]*:[ \t]*\{/g, block: "brace" },
  // Azure Pipelines and Ansible `vars_prompt` lists: `- name: dbPassword` then `default: …` under it.
  // A diff marker (`+- name:`) is told from the list's own dash by the dash after it.
  { re: /^(?<marker>[+-](?=[ \t]*-[ \t]))?(?<indent>[ \t]*)-[ \t]+name:[ \t]*["']?(?<name>[\w.-]{1,64})["']?[ \t]*\r?$/gm, block: "indent" },
  // Bicep parameters and .bicepparam files: `param adminPassword string = '…'`, `param adminPassword = '…'`.
  { re: /^[+\- ]?[ \t]*param[ \t]+(?<name>[A-Za-z_]\w{0,63})(?:[ \t]+[A-Za-z]\w{0,15})?[ \t]*=/gm, block: "line" },
];

/** A default inside a block: HCL `default = "…"`, JSON `"defaultValue": "…"`, YAML `default: …` (quoted or not). */
export const DEFAULT_RE = /(?:^|[\s{,])["']?(?:default|defaultValue|default_value)["']?[ \t]*[=:][ \t]*(?:(?<q>["'])(?<quoted>[^"'\n]{1,256})\k<q>|(?<plain>[^\s"'{}[\],#][^\s,}\]]{0,255}))/gi;

/** A Bicep default right after the head's `=`. */
export const LINE_VALUE_RE = /^[ \t]*(?<q>["'])(?<quoted>[^"'\n]{1,256})\k<q>/;
