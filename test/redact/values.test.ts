import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { areRandomLetters, isPlaceholder, isWordsAndNumbers } from "../../src/redact/values.js";
import { fill } from "../support/text.js";

describe("isPlaceholder: references and other tools' marks", () => {
  it("keeps where a secret manager holds the value", () => {
    for (const ref of [
      "vault:secret/data/prod/db#password",
      "op://Infra/SMTP/password",
      "ref+awssecrets://prod/stripe#/secretKey",
      "arn:aws:secretsmanager:eu-west-1:770505895290:secret:prod/stripe-7ksAqI",
      "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password",
      "projects/acme-prod/secrets/db-password/versions/latest",
      "https://acme-kv.vault.azure.net/secrets/db-password",
      "gcpsm://projects/acme/secrets/api-key",
    ]) {
      expect(isPlaceholder(ref), ref).toBe(true);
    }
  });

  it("keeps a mark left by another redactor", () => {
    for (const mark of ["[REDACTED]", "[redacted]", "[FILTERED]", "<masked>", "(hidden)", "[REDACTED:password]"]) expect(isPlaceholder(mark), mark).toBe(true);
  });

  it("keeps a value that tells you to change it", () => {
    for (const v of ["change-me-on-first-login", "CHANGE_ME", "Change-Me-2024"]) expect(isPlaceholder(v), v).toBe(true);
    for (const v of ["Xq7!changeme", "exchange-mechanism-9Xq"]) expect(isPlaceholder(v), v).toBe(false);
  });

  it("a secret that merely contains such words is still a secret", () => {
    for (const value of ["vaultPa55w0rd!", "op:9fK2mQx7Lp", "[x9fK2mQx7Lp]"]) expect(isPlaceholder(value), value).toBe(false);
  });
});

describe("redact: references in configuration stay", () => {
  it("keeps secret-manager references and test expectations of masked output", () => {
    const yaml = "database:\n  password: vault:secret/data/prod/db#password\nsmtp:\n  password: op://Infra/SMTP/password\nstripe:\n  secretKey: projects/acme-prod/secrets/stripe-key/versions/3\n";
    expect(redact(yaml).text).toBe(yaml);
    const test = 'expect(mask({ user: "a", password: "p" })).toEqual({ user: "a", password: "[REDACTED]" });';
    expect(redact(test).text).toBe(test);
  });

  it("still redacts the literal next to them", () => {
    const yaml = "database:\n  password: vault:secret/data/prod/db#password\nsmtp:\n  password: Tq8!vR2#mLx9\n";
    expect(redact(yaml).text).not.toContain("Tq8!vR2#mLx9");
  });
});

describe("areRandomLetters", () => {
  it("tells a run of random letters from long words and identifiers", () => {
    for (const r of ["iylyovepkebvydah", "seevofnlxjimnswr", "QEOTZQDLTRUIXQAD"]) expect(areRandomLetters(r), r).toBe(true);
    for (const w of ["authentication", "internationalization", "correcthorsebatterystaple", "mysecretpassword", "getelementsbyclassname", "zhangwei", "short"]) {
      expect(areRandomLetters(w), w).toBe(false);
    }
  });

  it("makes such a run a value worth redacting where a password is named", () => {
    const js = 'const transport = nodemailer.createTransport({\n  auth: {\n    user: "alerts@acme.io",\n    pass: "iylyovepkebvydah",\n  },\n});';
    expect(redact(js).text).not.toContain("iylyovepkebvydah");
    expect(redact("QQ 邮箱 SMTP 发信失败，授权码是 seevofnlxjimnswr，端口用的 465").text).not.toContain("seevofnlxjimnswr");
    expect(redact("password wvbjlgwaocwzrzyb\n").text).not.toContain("wvbjlgwaocwzrzyb");
  });

  it("leaves long words and runs of one letter alone", () => {
    const text = 'password_policy: internationalization\napi_key: "xxxxxxxxxxxxxxxx"\ntoken_type: "bearerauthentication"';
    expect(redact(text).text).toBe(text);
  });
});

describe("isPlaceholder: format fields inside generated passwords", () => {
  it("a generated password ending in %s or %d is a value, a format string is a placeholder", () => {
    expect(isPlaceholder("F9Q~e-kg+K-x+iOP-C%s")).toBe(false);
    expect(isPlaceholder("H3ih2q2dY^Ci@@%d")).toBe(false);
    expect(isPlaceholder("%s:%s")).toBe(true);
    expect(isPlaceholder("user-%d")).toBe(true);
    expect(isPlaceholder("Hello %s, Code=%d!")).toBe(true);
  });
});

describe("isPlaceholder: stock words and a template's instructions", () => {
  it("keeps stock words joined and the words a test sends on purpose", () => {
    for (const v of ["test-token", "dummy_secret", "fake.api.key", "wrong", "invalid", "Test-Password"]) expect(isPlaceholder(v), v).toBe(true);
  });

  it("keeps an instruction written where the value goes", () => {
    for (const v of ["generate-with-openssl-rand-hex-32", "set-me", "fill_in_later", "use-your-own-key", "Create-A-Strong-Secret"]) expect(isPlaceholder(v), v).toBe(true);
  });

  it("a stock word beside anything that is not one is a value", () => {
    for (const v of ["test-token-9fK2mQx7Lp", "Test@8207wang", "wrong-Xk9#mP2q", "secret-tr0ub4dor", "test‐token7"]) expect(isPlaceholder(v), v).toBe(false);
  });

  it("keeps a note left for the value and a deploy tool's substitution token", () => {
    for (const v of ["TODO-set-in-vault", "to-be-filled", "FIXME: rotate before launch", "@@DB_PASSWORD@@", "[[DB_PASSWORD]]", "[[ smtp.password ]]", "%env(DB_PASSWORD)%", "%env(resolve:DATABASE_URL)%"]) {
      expect(isPlaceholder(v), v).toBe(true);
    }
  });

  it("a note or token around a generated value is a value", () => {
    for (const v of ["TODO-Xk9#mP2q", "to-be-Xk9mP2qLw7", "@@Xk9mP2qLw7Tn4@@", "[[Tr0ub4dorXq]]", "%env(Xk9mP2qLw7)%", "@@DB_PASSWORD@@Xk9#mP2q", "[[DB_PASSWORD]]x"]) {
      expect(isPlaceholder(v), v).toBe(false);
    }
  });

  it("a passphrase shaped like a note, or a password in a token's brackets, is a value", () => {
    for (const v of ["to-be-or-not-to-be", "to be or not to be", "todo-xKqPmZvLwRtYbNcD", "[[Monkey123]]", "@@Dragon99@@", "%env(Summer2024)%"]) {
      expect(isPlaceholder(v), v).toBe(false);
    }
    for (const v of ["to-be-determined", "to be set", "TBD", "todo: rotate", "@@DB_PASSWORD_2@@", "[[API_V2]]"]) expect(isPlaceholder(v), v).toBe(true);
    expect(redact('DB_PASSWORD="to-be-or-not-to-be"').text).not.toContain("to-be-or-not-to-be");
  });

  it("keeps a file's path, every segment of it words", () => {
    for (const v of ["/run/secrets/db_password", "~/.config/restic/password", "./secrets/db.txt", "/etc/postfix/sasl_passwd"]) expect(isPlaceholder(v), v).toBe(true);
    for (const v of ["/Tr0ub4dorXq", "/run/secrets/Xk9mP2qLw7Tn4Zr8", "/9fK2mQx7Lp/x", "/run/secrets/db;Xk9#mP2q", "／run／secrets／db"]) expect(isPlaceholder(v), v).toBe(false);
  });

  it("a password beside a path, on either diff side, still goes", () => {
    const text = "-DB_PASSWORD=/run/secrets/db_password\n+DB_PASSWORD=Xk9#mP2qLw7Tn4\n";
    expect(redact(text).text).toContain("/run/secrets/db_password");
    expect(redact(text).text).not.toContain("Xk9#mP2qLw7Tn4");
    expect(redact('DB_PASSWORD="/run/secrets/db Xk9#mP2qLw7Tn4"').text).not.toContain("Xk9#mP2qLw7Tn4");
  });

  it("a passphrase that opens with a verb is a value", () => {
    for (const v of ["generate-orbit-candle-42", "set-pillow-lemon-77", "use_crimson_walnut9", "generatewith-openssl", "use-the-force-luke", "put-a-ring-on-it"]) {
      expect(isPlaceholder(v), v).toBe(false);
    }
  });

  it("redacts a secret next to such a value, in both diff sides", () => {
    const text = "-SESSION_SECRET=generate-with-openssl-rand-hex-32\n+SESSION_SECRET=9fK2mQx7Lp4vR8sT1wYz\n";
    const out = redact(text).text;
    expect(out).toContain("generate-with-openssl-rand-hex-32");
    expect(out).not.toContain("9fK2mQx7Lp4vR8sT1wYz");
    const glued = 'headers={"Authorization": "Bearer test-token.9fK2mQx7Lp4vR8sT1wYz"}';
    expect(redact(glued).text).not.toContain("9fK2mQx7Lp4vR8sT1wYz");
    // Look-alike letters are not the stock word: full-width "ｗｒｏｎｇ" and a Cyrillic "о" in "wrоng".
    for (const v of ["ｗｒｏｎｇ", "wr\u043eng-p4ss"]) expect(redact(`json={"password": "${v}"}`).text, v).not.toContain(v);
  });
});

describe("linear on 1 MB of near-placeholders", () => {
  const inputs: Record<string, string> = {
    "deep paths": `password: ${fill("/run.secrets-db_x")}`,
    "paths, one a line": fill("password: /run/secrets/db_password\n"),
    "substitution tokens that never close": fill("password: @@DB_[[ %env(a:"),
    "notes and instructions": fill("password: TODO-set-in-vault generate-with-openssl-rand-hex-32 "),
    "stock words joined": `token: ${fill("test-")}`,
  };
  for (const [name, text] of Object.entries(inputs)) it(`completes on ${name}`, () => expect(redact(text).text.length).toBeGreaterThan(0));
});

describe("isWordsAndNumbers", () => {
  it("takes words glued to numbers as people write passwords", () => {
    for (const v of ["Summer2024Acme", "Password123456", "Welcome2Acme12", "MyCompany2024", "CompanyPassword2024ABC"]) expect(isWordsAndNumbers(v)).toBe(true);
  });
  it("leaves random keys, hex and short ids", () => {
    for (const v of ["4iulJDYotNznTk", "1DP5mmOlF5G5ag", "u6o05d82_tsb353qsb49au2ss", "5486b0b46d09ae23156c4cae01c5f3e3", "ynlAehqQQ5gLFzA9Isv6XfMWEygEUL4M", "u2slnFgvkBWiUoXo", "Sg8O1zznVUdFzWLtKnzZ", "1RX3VwK0GT3Zqo-j"]) expect(isWordsAndNumbers(v)).toBe(false);
  });
  it("is linear on 1 MB", () => expect(isWordsAndNumbers(fill("Summer2024 "))).toBe(true));
});
