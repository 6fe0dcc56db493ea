import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: dotted values", () => {
  it("a generated password with dots is a literal, a member path of names is code", () => {
    expect(redact("      MINIO_ROOT_PASSWORD: Q.m1G.w1fgRPvjFipOs.zrgE").text).not.toContain("w1fgRPvjFipOs");
    const code = "password: settings.database.password\nsecret: config.auth.jwtSecret";
    expect(redact(code).text).toBe(code);
  });
});

describe("redact: typed declarations", () => {
  it("a literal after a type annotation is the value", () => {
    const cases: [string, string][] = [
      ['    db_password: str = "r6bq=hj7bobd+muCbWf8"', "r6bq=hj7bobd+muCbWf8"],
      ['const WEBHOOK_SECRET: &str = "42735e6256cc849d6f933ecf89ffc11fd2a9d6627b7c39f0daa59d35bef93a35";', "42735e6256cc849d6f933ecf89ffc11fd2a9d6627b7c39f0daa59d35bef93a35"],
      ['static API_TOKEN: &\'static str = "Zq7vN2kLp9XwR4tY8c";', "Zq7vN2kLp9XwR4tY8c"],
      ['  private readonly password: string = "Tr0ub4dor&3x";', "Tr0ub4dor&3x"],
      ['val apiKey: String = "Hk29fLq0Wm3Zr8TbXc"', "Hk29fLq0Wm3Zr8TbXc"],
      ['    smtp_password: Optional[str] = "Qx8!vLm2#pZa"', "Qx8!vLm2#pZa"],
    ];
    for (const [text, secret] of cases) expect(redact(text).text, text).not.toContain(secret);
  });

  it("keeps defaults that are code, placeholders or empty", () => {
    const code = [
      "    db_password: str = Field(default=None, repr=False)",
      '    api_key: Optional[str] = None',
      '    secret_key: str = "changeme"',
      '    token: str = ""',
      "    password: SecretStr = default_password",
      "password: abc=def",
    ].join("\n");
    expect(redact(code).text).toBe(code.replace("abc=def", "[REDACTED:password]"));
  });
});

describe("redact: mail app passwords", () => {
  it("four groups of four letters under a password name, quoted or in YAML", () => {
    expect(redact("EMAIL_HOST_PASSWORD = 'alhf emnj rwxy obmj'  # app password").text).not.toContain("alhf emnj");
    expect(redact("  smtp_password: ddga invu cymc qxig").text).not.toContain("ddga invu");
  });

  it("keeps sentences under password names", () => {
    const text = "PASSWORD_HELP = 'must have more than eight characters'\npassword_label: Your new password";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: random mixed-case letters", () => {
  it("are a value, not camel-case words or a variable", () => {
    expect(redact("default_user = orders\ndefault_pass = iYiljQdkQpbeenDiftHI").text).not.toContain("iYiljQdkQpbeenDiftHI");
  });

  it("keeps camel-case identifiers as code", () => {
    const text = "default_pass = passThroughHandler\nsmtp_pass = getSmtpPassword";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: routing keys", () => {
  it("a PagerDuty routing or integration key is a secret", () => {
    expect(redact("      - routing_key: 461ff0ad45d3038088931fe03c074abe").text).not.toContain("461ff0ad45d3038088931fe03c074abe");
    expect(redact('PD_INTEGRATION_KEY="3917b195d6fb190d65087e9d309712bb"').text).not.toContain("3917b195d6fb190d65087e9d309712bb");
  });

  it("a message broker's routing key is words", () => {
    const text = 'routing_key: orders.created\nchannel.basic_publish(exchange="", routing_key="task_queue", body=msg)';
    expect(redact(text).text).toBe(text);
  });
});
