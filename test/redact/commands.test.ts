import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

describe("redact: credentials in code lines", () => {
  it("a C #define naming a password or key", () => {
    const out = redact('#define WIFI_SSID "office"\n#define WIFI_PASSWORD "Lantern*3239Goi"\n#define API_KEY L"k9Qw-2mZx7Lp"\n').text;
    expect(out).toContain('"office"');
    expect(out).not.toContain("Lantern*3239Goi");
    expect(out).not.toContain("k9Qw-2mZx7Lp");
  });

  it("keeps a #define of an ordinary or placeholder value", () => {
    const text = '#define PASSWORD_MAX_LEN "64"\n#define TOKEN_HEADER "Authorization"\n#define DB_PASSWORD "changeme"\n';
    expect(redact(text).text).toBe(text);
  });

  it("user:password literals being base64-encoded for a Basic header", () => {
    for (const line of [
      'conn.setRequestProperty("Authorization", "Basic " + "release-bot:11bac6c65d8e92505eede2aec3beb1d326".bytes.encodeBase64().toString())',
      'headers: { Authorization: `Basic ${btoa("deploy:Tq8!vR2#mLx9")}` }',
      'auth = base64.b64encode(b"svc-report:Hz4@pW7$kNc1").decode()',
      'String enc = Base64.getEncoder().encodeToString("admin:Qz7#Lm2@Vx9k".getBytes());',
    ]) {
      const secret = /:([^"'`:]+)["'`]/.exec(line.slice(line.search(/"[\w.@+-]+:|`[\w.@+-]+:|b"[\w.@+-]+:/)))![1]!;
      expect(redact(line).text, line).not.toContain(secret);
    }
  });

  it("keeps a host:port or a format string that is encoded", () => {
    const text = 'const token = btoa("localhost:8080");\nconst s = base64.b64encode(f"{user}:{password}".encode())';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: header directives with a generated key", () => {
  it("Apache RequestHeader set X-…-Key with hex or random characters", () => {
    expect(redact('    RequestHeader set X-Upstream-Key "7fe567943432e3c51e1a4b07ee881323"').text).not.toContain("7fe567943432e3c51e1a4b07ee881323");
    expect(redact("    RequestHeader set X-Partner-Auth Zq7vN2kLp9XwR4tYb8Hk").text).not.toContain("Zq7vN2kLp9XwR4tYb8Hk");
  });

  it("keeps cache and partition keys and words", () => {
    const text = '    Header set X-Cache-Key "7fe567943432e3c51e1a4b07ee881323"\n    RequestHeader set X-Routing-Key "orders.created"';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: set directives under secret names", () => {
  it("redacts passphrases and word-made tokens, keeps a dotted routing name", () => {
    for (const v of ["correct-horse-battery-staple", "TheQuickBrownFox", "MyGithubTokenValue"]) {
      expect(redact(`set SESSION_SECRET ${v}`).text).not.toContain(v);
    }
    const routing = 'RequestHeader set X-Routing-Key "orders.created"';
    expect(redact(routing).text).toBe(routing);
  });
});

describe("redact: htpasswd -n, net user, uploader tokens and sensitive Terraform outputs", () => {
  it("htpasswd printing the entry, a Windows account and a codecov token", () => {
    expect(redact("htpasswd -Bbn registry-user '93KXeu+c741rK6#pab' > auth/htpasswd").text).not.toContain("93KXeu+c741rK6#pab");
    expect(redact("net user svc_backup qaz123!@#896 /add").text).not.toContain("qaz123!@#896");
    expect(redact("./codecov upload-process -t 1638d456-3900-45bb-81c8-6382d808c0be -f lcov.info").text).not.toContain("1638d456-3900");
    expect(redact('mosquitto_pub -h broker -u gw -P "QPC^3gZYmR5W4Hq7" -t sensors/1 -m on').text).not.toContain("QPC^3gZYmR5W4Hq7");
  });

  it("keeps prompts, switches and variables", () => {
    const text = "// codecov -t <uuid>, vercel -t <token>.\nhtpasswd -Bbn registry-user \"$REGISTRY_PASS\"\nnet user svc_backup /delete\nnet user svc_backup * /add\ncodecov -t ${CODECOV_TOKEN}\nmosquitto_sub -u gw -P $MQTT_PASS -t sensors/#\ndocker run -t ubuntu";
    expect(redact(text).text).toBe(text);
  });

  it("a Terraform output marked sensitive, whatever its name", () => {
    const json = '{\n  "db_conn": { "sensitive": true, "type": "string", "value": "bSZ~m=7YTcf+Bq0241C3ycgQ" }\n}';
    expect(redact(json).text).not.toContain("bSZ~m=7YTcf+Bq0241C3ycgQ");
  });

  it("keeps outputs that are not sensitive", () => {
    const json = '{\n  "db_endpoint": { "sensitive": false, "type": "string", "value": "main.t5it60xpdh4f.eu-west-1.rds.amazonaws.com" }\n}';
    expect(redact(json).text).toBe(json);
  });
});

describe("redact: generated values of every character under key names", () => {
  it("WordPress keys in define() pairs, spaces and brackets included, and in a Bedrock .env", () => {
    const salt = "0=Hh8+Em00q4u3p75GI2}jp^d,*{gtaBLf#U]?zn4x cID%!V@5Vk^0b7#7Z3l3rf";
    expect(redact(`define( 'LOGGED_IN_KEY',    '${salt}' );`).text).not.toContain("gtaBLf#U]?zn4x");
    expect(redact("NONCE_KEY=r*>dOn0~7<1wq5gI.ow9~,C%:51A2ydp56VWA1EE>^g|_GU30aBN;MJ3Z]E}{gyQ").text).not.toContain("51A2ydp56VWA1EE");
  });

  it("keeps WordPress's placeholder phrase and settings of words under key names", () => {
    const text = "define( 'LOGGED_IN_KEY',    'put your unique phrase here' );\ndefine( 'WP_CACHE_KEY_SALT', 'example.com:' );\ndefine( 'JWT_AUTH_CORS_ENABLE', true );";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: password setters in Java and Go", () => {
  it("a setter converting its literal, a Go setter, and people's passwords of words, a number and a symbol", () => {
    expect(redact('options.setPassword("QPC^3gZYmR5W4Hq7".toCharArray());').text).not.toContain("QPC^3gZYmR5W4Hq7");
    expect(redact('opts.SetUsername("gw").SetPassword("Rq8wLp2ZxT")').text).not.toContain("Rq8wLp2ZxT");
    expect(redact('ds.setPassword("Maple10*galaxy");').text).not.toContain("Maple10*galaxy");
  });

  it("keeps setters of flags, words and other settings", () => {
    const text = 'field.setPasswordVisible("true");\nx.setPassword("password");\nreq.setTokenType("Bearer");\nopts.SetUsername("gw")';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: literals given on stdin to secret stores", () => {
  it("piped or here-stringed into a command that stores or reads a secret", () => {
    for (const text of [
      "echo 'Hq7!vX2mLp9z' | gh secret set DB_PASSWORD",
      "printf 'Hq7!vX2mLp9z' | docker login ghcr.io -u me --password-stdin",
      "gcloud secrets versions add db-pass --data-file=- <<< 'Hq7!vX2mLp9z'",
    ]) expect(redact(text).text).not.toContain("Hq7!vX2mLp9z");
  });

  it("keeps variables, words and options", () => {
    for (const text of ['echo "$CR_PAT" | docker login ghcr.io -u me --password-stdin', "echo Hello | grep secrets", "gcloud secrets list <<< 'yes'"]) {
      expect(redact(text).text).toBe(text);
    }
    expect(redact('gh secret set DEPLOY_TOKEN --body "Hq7vX2mLp9zR4tKw8bNc"').text).toContain("--body");
  });
});

describe("redact: --name <secret name> … --value <value>", () => {
  it("CLI flags naming a secret, then giving its value", () => {
    for (const text of [
      "az pipelines variable create --name dbPassword --value 'Hq7!vX2mLp9z' --secret true",
      "aws ssm put-parameter --name /prod/db/api_token --type SecureString --value 'Hq7!vX2mLp9z'",
    ]) expect(redact(text).text).not.toContain("Hq7!vX2mLp9z");
  });

  it("keeps values of names that are no secret", () => {
    for (const text of ["az pipelines variable create --name buildConfiguration --value Release", "az tag create --name env --value production"]) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe("redact: server management and package-remote logins", () => {
  it("ipmitool -P, racadm -p and conan remote login -p take the password", () => {
    const out = redact("ipmitool -I lanplus -H 10.0.0.1 -U ADMIN -P 'M6#zIs_EwgdHud1E' chassis power status").text;
    expect(out).not.toContain("M6#zIs_E");
    expect(redact("racadm -r 10.30.0.21 -u root -p Tavhulmor_2006gd getsysinfo").text).not.toContain("Tavhulmor_2006gd");
    expect(redact("conan remote login corp jenkins -p K190AoD3F7zhX^y3=ld=").text).not.toContain("K190AoD3");
  });

  it("keeps ipmitool's -p port and a racadm command without a password", () => {
    const text = "ipmitool -I lanplus -H 10.0.0.1 -p 623 -U ADMIN -E sdr list\nracadm -r 10.0.0.2 getsysinfo";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: Hadoop XML properties, COBOL data items, RACF passwords", () => {
  it("cuts the value of a password property, item or RACF operand", () => {
    const xml = "<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n+  <value>X0fNG@E+91YBpowsqHLz</value>\n</property>";
    expect(redact(xml).text).not.toContain("X0fNG@E+");
    expect(redact("           05  WS-DB-PASS        PIC X(16) VALUE '0PFE5EAD0L6C'.").text).not.toContain("0PFE5EAD0L6C");
    expect(redact("  ALTUSER BATCHU1 PASSWORD(VMRZTLKY) NOEXPIRED RESUME").text).not.toContain("VMRZTLKY");
    expect(redact("export INFORMIXSERVER=ol_prod\nexport DBPASS=Y6Mre85F+ROzFUnT").text).not.toContain("Y6Mre85F");
  });

  it("keeps other properties, items and glued words that are no password name", () => {
    const text = [
      "<name>javax.jdo.option.ConnectionUserName</name>\n<value>hive</value>",
      "<name>hive.metastore.password.file</name>\n<value>/etc/hive/pw.jceks</value>",
      "       05  WS-DB-USER        PIC X(8)  VALUE 'PAYBATCH'.",
      "  PERMIT PROD.PAYROLL.** CLASS(DATASET) ID(BATCHU1) ACCESS(UPDATE)",
      "BYPASS=Mx7-compass-9\nCOMPASS=North-2026",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: nginx set $variable", () => {
  it("cuts a generated value set into a secret-named variable and keeps other variables", () => {
    expect(redact('    set $api_secret "106e7a2e39d419ecc421dafe98a9e2f41cca3942";').text).not.toContain("106e7a2e39d4");
    const text = 'set $upstream_host "api.internal:8080";\nset $secret_file "/etc/nginx/secret.txt";';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: Tcl set env(NAME)", () => {
  it("cuts a token set into the environment from a Vivado or Quartus script and keeps a license server", () => {
    const text = 'set ::env(XILINXD_LICENSE_FILE) "2100@lic01.fpga.corp"\nset ::env(LICENSE_PORTAL_TOKEN) "yp4kbwk5q5mmqi9vtjmv7sp4iuojnagk03gq04ke"';
    const out = redact(text).text;
    expect(out).not.toContain("yp4kbwk5q5mm");
    expect(out).toContain('"2100@lic01.fpga.corp"');
  });
});

describe("redact: XML elements with attributes, one-element JSON lists, FTP user lines", () => {
  it("cuts FileZilla's base64 Pass, Keycloak's bindCredential and an ftp script's user line", () => {
    expect(redact('<User>acme_upload</User>\n<Pass encoding="base64">WDROOUJKNFlwOXRPaDVtUA==</Pass>').text).not.toContain("WDROOUJK");
    expect(redact('"bindCredential": ["E94%wPbl#%b_Ly8+%NFJcZ"]').text).not.toContain("E94%wPbl");
    expect(redact("ftp -n files.example.com <<EOF\nuser uploader Xk9#mQ2vL7\nbinary\nEOF").text).not.toContain("Xk9#mQ2vL7");
    expect(redact("/* REXX */\nqueue 'user chenjing Y8=2dirn8_4+JM'\n\"FTP sql01.finance.local (EXIT\"").text).not.toContain("Y8=2dirn");
  });

  it("keeps other elements, lists and user lines", () => {
    const text = [
      '<Host type="ftp">ftp.partner.example.com</Host>\n<Pass encoding="base64"></Pass>',
      '"bindDn": ["cn=keycloak,ou=svc"], "credentialTypes": ["password"]',
      "ftp> user anonymous guest",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: Odin constants", () => {
  it("cuts a secret-named constant and keeps other constants and Haskell signatures", () => {
    expect(redact('HMAC_KEY :: "aaba98b6d6eac1b7343d6bc48399ae4fffa01718152cb3c40a7f874d9da7a30d"').text).not.toContain("aaba98b6d6ea");
    const text = 'APP_NAME :: "orders-service"\ntoken :: String -> Maybe Token\nTOKEN_TTL :: 3600';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: htpasswd and SteamCMD logins", () => {
  it("htpasswd -b with its flags apart or joined, and -nb printing the entry", () => {
    for (const text of ["$ htpasswd -b -c /etc/nginx/.htpasswd deploy Lagoon!4828ci\nAdding password for user deploy", "htpasswd -B -b /etc/nginx/.htpasswd deploy Lagoon!4828ci", "htpasswd -bc .htpasswd deploy Lagoon!4828ci", "htpasswd -n -b deploy Lagoon!4828ci", "htpasswd -nbB deploy Lagoon!4828ci"]) {
      const out = redact(text).text;
      expect(out).not.toContain("Lagoon!4828ci");
      expect(out).toContain("deploy");
    }
  });

  it("steamcmd +login user password", () => {
    const out = redact("$ ./steamcmd.sh +login pixel_build tXbEy_6Igayv=.Jt +app_update 2394010 validate +quit").text;
    expect(out).not.toContain("tXbEy_6I");
    expect(out).toContain("+login pixel_build ");
    expect(out).toContain("+app_update 2394010");
  });

  it("keeps htpasswd without -b, and steamcmd logins that prompt", () => {
    for (const text of ["htpasswd -c /etc/nginx/.htpasswd deploy", "htpasswd -D /etc/nginx/.htpasswd deploy", "steamcmd +login anonymous +app_update 740 +quit", "steamcmd +login builder +app_update 740 +quit"])
      expect(redact(text).text).toBe(text);
  });
});

describe("redact: aws kms encrypt's --plaintext, the data it encrypts", () => {
  it("cuts a literal, quoted or bare, also before the CiphertextBlob query", () => {
    const cases: [string, string][] = [
      [`aws kms encrypt --key-id alias/app --plaintext "Tr0ub4dor&3x!" --query CiphertextBlob --output text`, "Tr0ub4dor&3x!"],
      ["$ aws kms encrypt --key-id alias/app --plaintext=hunter2-Prod-2024 --output text", "hunter2-Prod-2024"],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain(secret);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps a file, a variable and the decrypt side", () => {
    const text = [
      "aws kms encrypt --key-id alias/app --plaintext fileb://secret.bin --query CiphertextBlob --output text",
      "aws kms encrypt --key-id alias/app --plaintext file://note.txt",
      'aws kms encrypt --key-id alias/app --plaintext "$DB_PASSWORD"',
      "aws kms decrypt --ciphertext-blob fileb://blob.bin --output text --query Plaintext",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of commands", () => {
    const start = performance.now();
    expect(redact(fill("aws kms encrypt --plaintext ")).text.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(8000);
  });
});

describe("redact: CI secret stores given the value as a flag", () => {
  it("cuts drone secret add --data and woodpecker-cli secret add --value", () => {
    const cases: [string, string][] = [
      ["drone secret add --repository opsfield/infra --name registry_password --data 'uMqX9V-ZUhHd2X-XNG9h'", "uMqX9V-ZUhHd2X-XNG9h"],
      ["drone secret update --repository x/y --name npm_token --data=Zx9kQ2mLp0wRt5", "Zx9kQ2mLp0wRt5"],
      ["drone orgsecret add opsfield --name docker_password --data Zx9kQ2mLp0wRt5", "Zx9kQ2mLp0wRt5"],
      ["woodpecker-cli repo secret add --repository x/y --name token --value Zx9kQ2mLp0wRt5Yu", "Zx9kQ2mLp0wRt5Yu"],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain(secret);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps files, references and other subcommands", () => {
    const text = [
      "drone secret ls --repository opsfield/infra",
      "drone secret add --repository opsfield/infra --name ssh_key --data @~/.ssh/deploy_ed25519",
      "drone secret update --repository x/y --name foo --data $REGISTRY_PASSWORD",
      "drone build restart opsfield/infra 412",
      "drone plugin add --data sample",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of secret commands", () => {
    const t0 = performance.now();
    redact("drone secret add --data ".repeat(44_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: omero login -w", () => {
  it("cuts the password of omero login -w / --password", () => {
    for (const [text, secret] of [
      ["+ omero login -s omero.imaging.internal -u batch_import -w jKve^V*CLvfkehd=", "jKve^V*CLvfkehd="],
      ["omero login --password 'Tq8!vLm2z' -u root -s localhost", "Tq8!vLm2z"],
    ]) {
      const out = redact(text!).text;
      expect(out).not.toContain(secret);
      expect(out).toContain("[REDACTED:password]");
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps other omero commands and references", () => {
    for (const text of ["omero import -d 2301 /scratch/plate_17", "omero login -s host -u user -w $OMERO_PASS", "omero search -w Image"]) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("stays linear on 1 MB of flags", () => {
    const t0 = performance.now();
    redact("omero login" + fill(" -w"));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: config XML naming the setting in an attribute", () => {
  const once = (text: string) => {
    const out = redact(text).text;
    expect(redact(out).text).toBe(out);
    expect(markersWhole(out)).toBe(true);
    return out;
  };

  it("cuts the text of an element whose name or key attribute names a secret", () => {
    for (const [text, secret] of [
      ['+  <property name="hibernate.connection.password">lfko*A5%Ttgw56</property>', "lfko*A5%Ttgw56"],
      ['<entry key="db.password">Xk9%fPq*2wLm</entry>', "Xk9%fPq*2wLm"],
      ['<param name="api-token" type="string">q8Zr2LmWx0Tn5VbKp3Hc</param>', "q8Zr2LmWx0Tn5VbKp3Hc"],
    ]) expect(once(text!)).not.toContain(secret);
  });

  it("keeps other settings, references, sentences and self-closed elements", () => {
    for (const text of [
      '<property name="hibernate.connection.username">confluence</property>',
      '<entry key="db.token">${env.TOKEN}</entry>',
      '<string name="password_too_short">密码至少 8 位</string>',
      '<string name="password_hint">Enter your password</string>',
      '<param name="password" value="x"/><x>y</x>',
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of open elements", () => {
    for (const text of [fill('<p name="password">'), fill('<p name="password">a'), `<p name="password">${fill("a")}</q>`]) {
      const t0 = performance.now();
      once(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});

describe("redact: NTP symmetric key files", () => {
  it("cuts chrony's HEX:/ASCII: keys and ntpd's M keys, also in a diff", () => {
    for (const [text, secret] of [
      ["# chrony symmetric keys\n1 SHA1 HEX:EC3709853C58A28386A93AF95ECF0547DFC15EA6", "EC3709853C58A28386A93AF95ECF0547DFC15EA6"],
      ["+2 MD5 ASCII:Tr0ub4dor3x", "Tr0ub4dor3x"],
      ["15 M mypasswd42  # peer b", "mypasswd42"],
    ]) {
      const out = redact(text!).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps listed checksums and numbered lines", () => {
    for (const text of ["4 SHA1 ec3709853c58a28386a93af95ecf0547dfc15ea6", "1 M 2", "3 MD5 HEX:", "Step 1 M words here"]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of key lines", () => {
    for (const text of [fill("1 SHA1 HEX:"), fill("1 M "), `1 M ${fill("a")}`]) {
      const t0 = performance.now();
      redact(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});

describe("redact: mail credential tables", () => {
  it("cuts the password after a mail address and a colon, with or without a label", () => {
    for (const [text, secret] of [
      ["relay relay@acme.io:bouA3yJ3gFHc37", "bouA3yJ3gFHc37"],
      ["+relay relay@acme.io:DFoNX!S6#_8%09", "DFoNX!S6#_8%09"],
      ["joe@acme.io:Summer2024", "Summer2024"],
    ]) {
      const out = redact(text!).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(markersWhole(out)).toBe(true);
    }
  });

  it("keeps git remotes, copy targets, paths, ports and URLs", () => {
    for (const text of [
      "git@github.com:org/repo.git",
      "scp deploy@web.acme.io:Releases2024",
      "user@host.example.com:/var/www",
      "relay relay@acme.io:2525",
      "https://joe:x@acme.io/",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of addresses", () => {
    for (const text of [fill("a@b.cc:"), fill("x a@b.c.d.e.f.g.h.i.j"), `r a@b.co:${fill("Ab1")}`]) {
      const t0 = performance.now();
      redact(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});

describe("redact: MinIO client aliases", () => {
  const SK = "Xk9mP2qLw7Tn4Rb8Vc1Y";
  it("cuts the secret key, the fourth argument, and keeps the access key", () => {
    const cases = [
      `mc alias set myminio https://minio.example.com:9000 AKIAEXAMPLEID12 ${SK}`,
      `mc alias set --insecure local http://127.0.0.1:9000 minioadmin '${SK}'`,
      `mc config host add s3 https://s3.amazonaws.com BKIKJAA5BMMU2RHO6IBB "${SK}" --api S3v4`,
    ];
    for (const text of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain(SK);
      expect(out).toMatch(/AKIAEXAMPLEID12|minioadmin|BKIKJAA5BMMU2RHO6IBB/);
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps variables, placeholders, an alias without keys and other subcommands", () => {
    const kept = [
      "mc alias set myminio http://localhost:9000 $ACCESS $SECRET",
      "mc alias set myminio http://localhost:9000",
      "mc alias set local http://127.0.0.1:9000 admin <secret-key>",
      "mc alias list",
      "mc cp ./backup.tar myminio/backups/ --attr x",
    ];
    for (const text of kept) expect(redact(text).text, text).toBe(text);
  });

  it("stays fast on 1 MB of alias commands", () => {
    for (const unit of [`mc alias set a http://h:9000 id ${SK}\n`, "mc alias set -a -b x y "]) {
      const text = fill(unit);
      const started = Date.now();
      const out = redact(text).text;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(out).not.toContain(SK);
      expect(markersWhole(out)).toBe(true);
    }
  });
});
