// Values of secret-store resources in Terraform code and plan output (src/redact/secret-resources.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  return out;
};

describe("redact: values of secret-store resources", () => {
  it("cuts a generated value printed by a plan, written in HCL, or changed in place", () => {
    const plan = [
      '  + resource "aws_ssm_parameter" "grafana_admin" {',
      '      + name  = "/ops/grafana/admin"',
      '      + type  = "String"',
      '      + value = "Vq8XmtcuOpZr9+f27fLK"',
      "    }",
    ].join("\n");
    expect(once(plan)).not.toContain("Vq8XmtcuOpZr9");
    const hcl = 'resource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = "Rk2mQ9pLw4Zt8Nc3Vb6YhJ"\n}';
    expect(once(hcl)).not.toContain("Rk2mQ9pLw4Zt8Nc3");
    const changed = '  ~ resource "azurerm_key_vault_secret" "api" {\n      ~ value = "Hx7Rk2mQ9pLw4Zt8Nc3V" -> "Tb6Yh2Jx7Rk9mQpLw4Zt"\n    }';
    const out = once(changed);
    expect(out).not.toContain("Hx7Rk2mQ9pLw");
    expect(out).not.toContain("Tb6Yh2Jx7Rk9");
  });

  it("keeps settings, references and sensitive markers in the same resources, and values of other resources", () => {
    const text = [
      'resource "aws_ssm_parameter" "region" {',
      '  name  = "/app/region"',
      '  type  = "String"',
      '  value = "us-east-1"',
      "}",
      'resource "aws_ssm_parameter" "endpoint" {',
      '  value = "https://grafana.example.com/api/health"',
      "}",
      'resource "aws_ssm_parameter" "pw" {',
      "  value = random_password.grafana.result",
      '  value = "(sensitive value)"',
      '  value = "${var.db_password}"',
      "}",
      'resource "aws_s3_bucket_object" "o" {',
      '  etag = "3f2a9c0d7b1e4c5a8f6d2e1b0a9c8d7e"',
      '  value = "d41d8cd98f00b204e9800998ecf8427e0"',
      "}",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of unclosed resource heads and value lines", () => {
    expect(redact(fill('resource "aws_ssm_parameter" "a" {\n value = "')).text.length).toBeGreaterThan(0);
    expect(redact(`resource "aws_ssm_parameter" "a" {\n${fill(' value = "abc" -> "')}`).text.length).toBeGreaterThan(0);
  });
});
