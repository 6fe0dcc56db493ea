// A secret's name and value in two fields of one entry (src/redact/named-values.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: name and value fields", () => {
  it("Kubernetes env entries", () => {
    const yaml = '          env:\n            - name: DB_USER\n              value: worker\n            - name: DB_PASSWORD\n              value: "nQIItBJ42jO39w*O_q"\n';
    const out = redact(yaml).text;
    expect(out).not.toContain("nQIItBJ42jO39w*O_q");
    expect(out).toContain("value: worker");
  });

  it("ECS task definitions, Helm sets in Terraform, CI variable lists", () => {
    expect(redact('"environment": [{ "name": "STRIPE_SECRET_KEY", "value": "rk_9f8e7d6c5b4a3210fedcba98" }]').text).not.toContain("rk_9f8e7d6c5b4a3210fedcba98");
    expect(redact('  set {\n    name  = "auth.password"\n    value = "Lm3^zQ8vRt"\n  }').text).not.toContain("Lm3^zQ8vRt");
    expect(redact("  - key: API_TOKEN\n    value: Hk29fLq0Wm3Zr8TbXc").text).not.toContain("Hk29fLq0Wm3Zr8TbXc");
  });

  it("a password starting with a YAML indicator when quoted, or holding a # unquoted", () => {
    expect(redact('{"name": "DB_PASSWORD", "value": "&Kp9#mZ2!xQw"}').text).not.toContain("Kp9");
    expect(redact('- name: DB_PASSWORD\n  value: "!Qaz2wsx#Edc9"').text).not.toContain("Qaz2wsx");
    expect(redact("- name: DB_PASSWORD\n  value: Qaz2wsx#Edc9").text).not.toContain("Edc9");
  });

  it("keeps YAML tags, anchors and comments after a name", () => {
    const yaml = "- name: DB_PASSWORD\n  value: !Ref DbPassword\n- name: API_TOKEN\n  value: *apiToken\n- name: JWT_SECRET\n  value: # set by CI";
    expect(redact(yaml).text).toBe(yaml);
  });

  it("keeps references, placeholders and values of other names", () => {
    const yaml = [
      "- name: DB_PASSWORD",
      "  valueFrom:",
      "    secretKeyRef:",
      "      name: db",
      "      key: password",
      "- name: LOG_LEVEL",
      "  value: debug",
      "- name: API_TOKEN",
      '  value: "{{ .Values.apiToken }}"',
      "- name: SECRET_NAME",
      "  value: prod-db-credentials",
    ].join("\n");
    expect(redact(yaml).text).toBe(yaml);
  });
});

describe("redact: session cookies as name/value entries", () => {
  it("a HAR's session cookie and a Rails session", () => {
    const har = '"cookies":[{"name":"sessionid","value":"hfpcsok87z8yglnzdmvf5454gfqwpfzx"},{"name":"_shop_session","value":"Q2xZk9RtV7pLm3NwX8sBd4Hf"}]';
    const out = redact(har).text;
    expect(out).not.toContain("hfpcsok87z8yglnz");
    expect(out).not.toContain("Q2xZk9RtV7pLm3Nw");
  });

  it("keeps readable cookies and session settings", () => {
    const text = '"cookies":[{"name":"theme","value":"dark"},{"name":"session","value":"expired"},{"name":"sid","value":"1"}]';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: parameter files naming a secret in one field", () => {
  it("CloudFormation ParameterKey/ParameterValue and Elastic Beanstalk OptionName/Value", () => {
    const out = redact(
      '[\n  { "ParameterKey": "DBPassword", "ParameterValue": "WtCNZrmg0&3LbjPnKX=z" },\n  { "Namespace": "aws:elasticbeanstalk:application:environment", "OptionName": "API_TOKEN", "Value": "Hq7vX2mLp9zR4tKw8bNc" }\n]\n',
    ).text;
    expect(out).not.toContain("WtCNZrmg0&3L");
    expect(out).not.toContain("Hq7vX2mLp9zR");
  });

  it("keeps ordinary parameters and lengths", () => {
    const text = '[\n  { "ParameterKey": "Environment", "ParameterValue": "prod" },\n  { "ParameterKey": "DBPasswordLength", "ParameterValue": "32" }\n]\n';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: CloudFormation parameters", () => {
  it("cuts a ParameterValue under a password ParameterKey and keeps the others", () => {
    const text = '[\n  { "ParameterKey": "DBUser", "ParameterValue": "app" },\n  { "ParameterKey": "DBPassword", "ParameterValue": "G6=o.8_-4w@a0HiZFBmPFS" }\n]';
    const out = redact(text).text;
    expect(out).not.toContain("G6=o.8_-");
    expect(out).toContain('"ParameterValue": "app"');
  });
});
