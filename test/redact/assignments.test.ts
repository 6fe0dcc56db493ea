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

describe("redact: Makefile, key=value lines, quoted pwd keys, auth hex and peppers", () => {
  it("a Makefile conditional assignment", () => {
    expect(redact("HEROKU_API_KEY ?= e3e1544d-847e-4587-bff3-fe63060b81b3").text).not.toContain("e3e1544d-847e-4587");
  });

  it("keeps a Makefile conditional assignment of a reference", () => {
    const text = "API_KEY ?= $(shell cat .api_key)\nCACHE_KEY ?= e3e1544d847e4587bff3fe63060b81b3";
    expect(redact(text).text).toBe(text);
  });

  it("a password among space-separated key=value pairs (an Ansible inventory, logfmt)", () => {
    expect(redact("win01 ansible_host=10.0.0.5 ansible_password=Zxcv@1234371 ansible_connection=winrm").text).not.toContain("Zxcv@1234371");
  });

  it("keeps masked values and references among key=value pairs", () => {
    const text = "Config loaded: db.user=app smtp.password=[PROTECTED] db.password=********\nweb01 ansible_host=10.0.0.5 ansible_password={{ vault_pw }}\n    def __init__(self, host, method=\"GET\", secure=False, credentials=None,";
    expect(redact(text).text).toBe(text);
  });

  it('a quoted "pwd" key, and a short password name holding words joined by a number and symbols', () => {
    expect(redact('Parameters: {"user"=>{"email"=>"ops@acme.io", "pwd"=>"qaz123!@#919"}}').text).not.toContain("qaz123!@#919");
    expect(redact("DB_PASS=Tiger77!lake").text).not.toContain("Tiger77!lake");
  });

  it("keeps the working directory and PASS/FAIL words", () => {
    const text = 'PWD=/home/ci/build\n{"pwd": "/srv/app"}\nTEST_PASS: pass_stmt';
    expect(redact(text).text).toBe(text);
  });

  it("hex under an auth name, and a pepper", () => {
    expect(redact("  --dart-define=SENTRY_AUTH=fcd62f26011a013429b8660cc32b324bc363d194241303521cc7f6a9caa3bb8e").text).not.toContain("fcd62f26011a0134");
    expect(redact('  config.pepper = "ae0aa34e9bcf2107e1cd01a2ad35a5fa8fb0b434d42882a285d7f708ac1b5952"').text).not.toContain("ae0aa34e9bcf2107");
  });

  it("keeps hex under a cache key and a pepper of words", () => {
    const text = 'CACHE_KEY=fcd62f26011a013429b8660cc32b324b\npepper = "black"\nauth_method: oauth2';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a service's key constant holding hex", () => {
  it("an upper-case *_KEY constant holding 32 or 64 hex of random bytes", () => {
    expect(redact('GEOCODER_KEY = "7037e73c27258a9b4b840c256f39dde1"').text).not.toContain("7037e73c27258a9b");
    expect(redact("+MAPS_KEY=3c40511cae6704949f840a3abaea389a3c40511cae6704949f840a3abaea389b").text).not.toContain("3c40511cae670494");
  });

  it("keeps cache keys, fingerprints and computed keys holding hex", () => {
    const text = 'CACHE_KEY = "7037e73c27258a9b4b840c256f39dde1"\nGPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EF6AB7F4EB6\nrow_key = "7037e73c27258a9b4b840c256f39dde1"\nSAMPLE_KEY = "00000000000000000000000000000001"';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: generated salts", () => {
  it("WordPress and Hashids salts of generated characters", () => {
    expect(redact("AUTH_SALT='y5.n{8u(.tT.L9)5|w0QJpQ[Onc!97VNUxq5om73u13d68=FZ7(7xvq6!.s|!t%)'").text).not.toContain("w0QJpQ[Onc!97VNU");
    expect(redact("define( 'NONCE_SALT', 'r*>dOn0~7<1wq5gI.ow9~,C%:51A2ydp56VWA1EE>^g|_GU30aBN;MJ3Z]E}{gyQ' );").text).not.toContain("51A2ydp56VWA1EE");
  });

  it("keeps a digest's hex salt, salt lengths and calls", () => {
    const text = 'salt = "3f9a1c0e7d2b4a6c"\nsalt_length: 16\nsalt = bcrypt.gensalt(rounds=12)';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: quoted passwords with doubled quotes or Chinese characters", () => {
  it("a YAML single-quoted value with '' inside, and a password mixing Han and generated ASCII", () => {
    const out = redact("smtp:\n  password: 'tCjj87c''\"UMp8rox'\nadmin:\n  password: \"9BQi密码12A9Ünïcødé966\"\n").text;
    expect(out).not.toContain("UMp8rox");
    expect(out).not.toContain("9BQi");
  });

  it("keeps empty values and Chinese hints", () => {
    const text = "password = ''\nx = 'a'\npassword_hint: '密码长度不能少于12位'\nmsg = {'password': '请输入8-16位密码'}\n";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a lower snake service key holding random hex", () => {
  it("cuts openweathermap_key: <32 hex> and keeps a cache key's digest", () => {
    expect(redact("openweathermap_key: efbfbc857e88d9a5d2a6f1deabf368c7").text).not.toContain("efbfbc857e88");
    const text = "cache_key: efbfbc857e88d9a5d2a6f1deabf368c7\nsort_key: 5f9f58265847bc4338bef1e3b3aa602d";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: passphrases with the number glued to a word", () => {
  it("cuts them under a password name in YAML, JS, Python, PHP and properties", () => {
    const cases: [string, string][] = [
      ["production:\n  username: store\n  password: Copper1577.quill\n  host: db.internal", "Copper1577.quill"],
      ['  auth: {\n    user: "noreply@example.com",\n    pass: "Violet976.copper",\n  },', "Violet976.copper"],
      ['DATABASES = {"default": {"USER": "app", "PASSWORD": "Harbor2291-maple"}}', "Harbor2291-maple"],
      ["$config = ['username' => 'app', 'pass' => 'Lantern48_gravel_quill'];", "Lantern48_gravel_quill"],
      ["spring.datasource.password=meadow.Summit731.ember", "meadow.Summit731.ember"],
    ];
    for (const [text, secret] of cases) expect(redact(text).text, text).not.toContain(secret);
  });

  it("keeps member paths, encodings and widths, and words without a number", () => {
    const code = [
      "password: settings.database.password",
      "password: base64.encode",
      "pass: int32.max",
      "pass: sha256.digest",
      "pass: step.result",
      "  pass: config2.pass",
    ].join("\n");
    expect(redact(code).text).toBe(code);
  });
});

describe("redact: Pulumi stack config keys", () => {
  it("a namespaced key is a YAML key at the line's start", () => {
    const text = "config:\n  aws:region: us-east-1\n  app:dbPassword: mapleOrbit8029#\n  app:apiToken: x7Rk2mQ9pLw4Zt8Nc3Vb6YhJ";
    const out = redact(text).text;
    expect(out).not.toContain("mapleOrbit8029#");
    expect(out).not.toContain("x7Rk2mQ9pLw4Zt8Nc3Vb6YhJ");
    expect(out).toContain("aws:region: us-east-1");
  });

  it("keeps references and log levels before a name", () => {
    const text = "redis:password: ${REDIS_PASSWORD}\nERROR:password: invalid";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a shell word glued after a closing quote", () => {
  it("takes the whole word, the quoted piece and what follows it", () => {
    for (const q of ['"', "'"]) {
      const out = redact(`export DB_PASSWORD=${q}changeme${q}Xk9#mP2qLw!7vRt`).text;
      expect(out).not.toContain("Xk9#mP2qLw!7vRt");
    }
  });

  it("keeps a quoted placeholder that a separator or the line ends", () => {
    for (const text of ['DB_PASSWORD="changeme"', 'DB_PASSWORD="changeme";echo ok', 'DB_PASSWORD="${DB_PASSWORD}"']) expect(redact(text).text).toBe(text);
  });
});

describe("redact: a tail glued after Jasypt's ENC()", () => {
  it("is a literal, not ciphertext", () => {
    for (const tail of ["Xk9#mP2qLw!7vRt", ",Xk9#mP2qLw!7vRt"]) {
      expect(redact(`db.password=ENC(GWcDRrzCtkHtL7M6E90I8/iBZOSXq/H7)${tail}`).text).not.toContain("Xk9#mP2qLw!7vRt");
    }
    const kept = "  password: ENC(GWcDRrzCtkHtL7M6E90I8/iBZOSXq/H7)\n";
    expect(redact(kept).text).toBe(kept);
  });
});
describe("redact: vendor names without a secret word (vendor-names.ts)", () => {
  it("Cypress's record key (a UUID) in a CI environment block, Kuaidi100's customer and key", () => {
    const ci = redact("        environment:\n          CYPRESS_RECORD_KEY: 72a21277-4343-4186-9478-337f61858667\n").text;
    expect(ci).not.toContain("72a21277-4343");
    const kd = redact('const (\n\tkd100Customer = "DB73C385C7D0ED9B744A7C6FF32FA2D6"\n\tkd100Key      = "Oi42YNtise0q"\n)').text;
    expect(kd).not.toContain("DB73C385C7D0");
    expect(kd).not.toContain("Oi42YNtise0q");
  });

  it("keeps a record key that names a database record, also a UUID", () => {
    const text = 'record_key = "users:42"\nrecordKey: \'order-2024-0001\'\nrecord_key: 72a21277-4343-4186-9478-337f61858667\nrequest_id: 72a21277-4343-4186-9478-337f61858667';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a value repeated under one name is decided per syntax", () => {
  it("the same name and value as code (ended by `;`) and as a literal (not ended)", () => {
    expect(redact("password = dbPass;\npassword = dbPass").text).toBe("password = dbPass;\npassword = [REDACTED:password]");
    expect(redact("password = dbPass;\npassword: dbPass").text).toBe("password = dbPass;\npassword: [REDACTED:password]");
  });

  it("thousands of overlapping candidates of one value give the output of a few", () => {
    const unit = "api_key=abc&api_key=";
    const long = unit.repeat(3200);
    expect(redact(long).text).toBe(long);
    expect(redact(`${long}\napi_key=Xk9mQ2pLw7RtVb4N`).text).toBe(`${long}\napi_key=[REDACTED:secret]`);
  });
});

describe("redact: address-shaped values under secret names", () => {
  it("cuts 0x and 40 hex named secret (hCaptcha's secret key) and keeps addresses under other names", () => {
    const secret = 'requests.post(url, data={"secret": "0x781d1bdb5a84af1507a439979dba3728c134a667", "response": token})';
    expect(redact(secret).text).not.toContain("781d1bdb5a84af15");
    expect(redact("HCAPTCHA_SECRET=0x562aad62f8c358b2e125b387eaf44a42fe86625d").text).not.toContain("562aad62f8c358b2");
    const addresses = 'TOKEN_ADDRESS = "0x781d1bdb5a84af1507a439979dba3728c134a667"\nconst owner = "0x562aad62f8c358b2e125b387eaf44a42fe86625d";';
    expect(redact(addresses).text).toBe(addresses);
    const out = redact(secret).text;
    expect(redact(out).text).toBe(out);
  });
});
