import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: defaults of infrastructure parameters named for a secret", () => {
  it("cuts the default in each tool's declaration, both sides of a diff", () => {
    const cases: [string, string[]][] = [
      ['variable "db_password" {\n  type    = string\n  default = "cedarPixel9442_"\n}', ["cedarPixel9442_"]],
      [' variable "grafana_admin_password" {\n   type    = string\n-  default = "tundraMeadow8242!"\n+  default = "cedarPixel9442_"\n }', ["tundraMeadow8242!", "cedarPixel9442_"]],
      ['variable "winrm_password" {\n  type      = string\n  sensitive = true\n  default   = "Coral@Pixel6043"\n}', ["Coral@Pixel6043"]],
      ['variable "github_token" { default = "x7Rk2mQ9pLw4Zt8Nc3Vb6YhJ" }', ["x7Rk2mQ9pLw4Zt8Nc3Vb6YhJ"]],
      ["@secure()\nparam adminPassword string = 'Maple@Orbit2291'", ["Maple@Orbit2291"]],
      ["param sqlAdminPassword = 'Juniper77.falcon'", ["Juniper77.falcon"]],
      ['  "adminPassword": {\n    "type": "securestring",\n    "defaultValue": "Saffron!Quill5120"\n  },', ["Saffron!Quill5120"]],
      ['{"parameters": {"adminPassword": {"type": "securestring", "defaultValue": "Saffron!Quill5120"}}}', ["Saffron!Quill5120"]],
      ["parameters:\n- name: dbPassword\n  type: string\n  default: Ember_Basil3318", ["Ember_Basil3318"]],
      ['+parameters:\n+- name: dbPassword\n+  type: string\n-  default: Ember_Basil3318\n+  default: Walnut.Tango7741', ["Ember_Basil3318", "Walnut.Tango7741"]],
      ['  vars_prompt:\n    - name: db_password\n      prompt: "Database password?"\n      private: true\n      default: "Rocket-Gravel8812"', ["Rocket-Gravel8812"]],
      ["config:\n  dbPassword: { type: string, default: Nimbus#Cedar4410 }", ["Nimbus#Cedar4410"]],
    ];
    for (const [text, secrets] of cases) {
      const out = redact(text).text;
      for (const secret of secrets) expect(out, text).not.toContain(secret);
      expect(redact(out).text, text).toBe(out);
    }
  });

  it("keeps defaults of other parameters, empty and placeholder defaults, and non-secret names", () => {
    const code = [
      'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}',
      'variable "token_ttl" { default = "1h" }',
      'variable "ssh_key_path" { default = "~/.ssh/id_rsa.pub" }',
      'variable "api_token" { default = "" }',
      'variable "db_password" { default = null }',
      "param location string = resourceGroup().location",
      "param adminUsername string = 'azureuser'",
      "@secure()\nparam adminPassword string",
      "parameters:\n- name: dbPassword\n  type: string\n- name: region\n  default: westeurope",
      '"password": {"type": "string", "default": "", "minLength": 12}',
      '"password": {"type": "string", "title": "Password", "default": "changeme"}',
      '"passwordPolicy": {"default": "strict"}',
    ].join("\n");
    expect(redact(code).text).toBe(code);
  });
});
