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
