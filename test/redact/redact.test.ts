import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { loadTemplate } from "../../src/templates/load.js";
import { renderTemplate } from "../../src/templates/render.js";
import { LOCALES, TEMPLATE_NAMES } from "../../src/templates/schema.js";
import { fill } from "../support/text.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/redact");

interface SecretCase {
  name: string;
  kind: string;
  text: string;
  /** The secret value: it must not survive, in whole or in its longest part. */
  secret: string;
  /** Text around the secret that must survive. */
  keep?: string[];
}
interface LookAlike {
  name: string;
  text: string;
}

const secrets = JSON.parse(readFileSync(join(FIXTURES, "secrets.json"), "utf8")) as SecretCase[];
const lookalikes = JSON.parse(readFileSync(join(FIXTURES, "lookalikes.json"), "utf8")) as LookAlike[];

describe("redact: secret corpus", () => {
  it("has a corpus of at least 35 secrets and 30 look-alikes", () => {
    expect(secrets.length).toBeGreaterThanOrEqual(35);
    expect(lookalikes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(secrets.map((s) => s.kind)).size).toBeGreaterThanOrEqual(25);
  });

  for (const c of secrets) {
    it(`${c.name}: removes the ${c.kind}`, () => {
      const r = redact(c.text);
      expect(r.text).not.toContain(c.secret);
      expect(r.text).toContain(`[REDACTED:${c.kind}]`);
      expect(r.kinds[c.kind]).toBeGreaterThanOrEqual(1);
      expect(r.count).toBe(Object.values(r.kinds).reduce((a, b) => a + b, 0));
      for (const keep of c.keep ?? []) expect(r.text).toContain(keep);
    });
  }

  it("redacts every secret of the corpus when they come together, counting each", () => {
    const r = redact(secrets.map((c) => c.text).join("\n"));
    for (const c of secrets) expect(r.text).not.toContain(c.secret);
    for (const kind of new Set(secrets.map((c) => c.kind))) {
      expect(r.kinds[kind], kind).toBeGreaterThanOrEqual(secrets.filter((c) => c.kind === kind).length);
    }
  });
});

describe("redact: look-alikes", () => {
  for (const c of lookalikes) {
    it(`${c.name}: stays untouched`, () => {
      const r = redact(c.text);
      expect(r.text).toBe(c.text);
      expect(r.count).toBe(0);
      expect(r.kinds).toEqual({});
    });
  }
});

describe("redact: properties", () => {
  it("is idempotent", () => {
    const all = [...secrets.map((c) => c.text), ...lookalikes.map((c) => c.text)].join("\n");
    const once = redact(all);
    const twice = redact(once.text);
    expect(once.count).toBeGreaterThan(secrets.length - 1);
    expect(twice.text).toBe(once.text);
    expect(twice.count).toBe(0);
  });

  it("keeps the user and host of a URL and the quotes of an assignment", () => {
    expect(redact("redis://default:Zq81mVx0pLk3@cache:6379/0").text).toBe("redis://default:[REDACTED:url-password]@cache:6379/0");
    expect(redact('const password = "Zq81mVx0pLk3";').text).toBe('const password = "[REDACTED:password]";');
  });

  it("returns the input unchanged when there is nothing to redact", () => {
    const text = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";
    expect(redact(text)).toEqual({ text, count: 0, kinds: {} });
  });

  it("redacts a secret inside a unified diff line", () => {
    const diff = "@@ -1,2 +1,3 @@\n DB_HOST=localhost\n-DB_PASSWORD=oldValue9a\n+DB_PASSWORD=n3wV4lue-Qx7\n";
    const r = redact(diff);
    expect(r.text).not.toContain("oldValue9a");
    expect(r.text).not.toContain("n3wV4lue-Qx7");
    expect(r.kinds.password).toBe(2);
  });
});

describe("redact: our own prompts", () => {
  // Workflow code redacts whole rendered prompts: the template text itself must come through untouched.
  for (const locale of LOCALES) {
    it(`leaves every ${locale} template's text alone`, () => {
      for (const name of TEMPLATE_NAMES) {
        const { meta } = loadTemplate(name, { locale });
        const vars = Object.fromEntries(meta.variables.map((v) => [v.name, v.type === "list" ? ["src/a.ts"] : v.type === "string" ? "Add a retry to the HTTP client." : true]));
        const { text } = renderTemplate(name, vars, { locale });
        const r = redact(text);
        expect(r.kinds, name).toEqual({});
        expect(r.text).toBe(text);
      }
    });
  }
});

describe("redact: large and adversarial inputs (linear time)", () => {
  it("handles 1 MB of realistic mixed content", () => {
    const chunk = [...secrets.map((c) => c.text), ...lookalikes.map((c) => c.text)].join("\n");
    const text = fill(`${chunk}\n`);
    const r = redact(text);
    expect(r.count).toBeGreaterThan(100);
    expect(r.text).not.toContain(secrets[0]!.secret);
  });

  const adversarial: Record<string, string> = {
    "one long identifier": fill("a"),
    "base64 run": fill("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789+/"),
    "repeated keyword without value": fill("passwordtokensecretkey"),
    "repeated assignment without closing quote": fill('password = "'),
    "repeated env lines": fill("PASSWORD=\n"),
    "unterminated private key headers": fill("-----BEGIN RSA PRIVATE KEY-----"),
    "unterminated private key headers on lines": fill("-----BEGIN PRIVATE KEY-----\nMIIB\n"),
    "jwt-like prefixes": fill("eyJ"),
    "jwt-like segments without a signature": fill("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx."),
    "scheme separators": fill("a://b:"),
    "authorization headers without value": fill("Authorization: "),
    "sk- prefixes": fill("sk-"),
    "spaces": fill(" "),
    "newlines": fill("\n"),
    "xml tags": fill("<password>"),
    "query parameters": fill("?token=&"),
    "machine lines": fill("machine x "),
    "connection string separators": fill(";Password="),
    "names inside strings": fill('"password:'),
    // Quadratic once (a review found them): each would take minutes at 1 MB, past the test's timeout.
    "spaces after a directive value": `ab cdef${fill(" ")}x\n`,
    "base64 repeated": fill("base64"),
    "spaces in a table separator row": `| a | b |\n|-${fill(" ")}x`,
    "one line of random tokens after minisign": `minisign ${fill("Qk7mZ2pL9xVr4NcQ8wYh3FjS6tU ")}`,
    "one line of user:pass pairs": fill("x:abc123def "),
    // Repeats of cut values (repeats.ts): long values alike in their first characters, and runs of those characters.
    "SQL inserts with an unclosed row": fill("INSERT INTO users (name, password) VALUES ('a', 'x"),
    "SQL account statements without a password": fill("ALTER USER u PASSWORD "),
    "chat lines announcing a password": fill("password: password below 密码发你了 sent pw\n"),
    "cut values and runs of their prefix": fill(`password = "${"a".repeat(500)}Zx9!"\npw = "${"a".repeat(400)}Q7#k"\n${"a".repeat(4000)}\n`),
    // Public and encrypted values (src/redact/public-values.ts): spans that never close, blocks that never end.
    "SOPS values without an end": fill("ENC[AES256_GCM,data:QUJD,iv:QUJD,tag:"),
    "source-map mappings without an end": fill('"mappings":"AAAA,'),
    "encryptedData blocks": fill("  encryptedData:\n    a: "),
    "encryptedData objects": fill('"encryptedData":{"a":"'),
    "site key labels": fill('data-sitekey="'),
    "fixture names before literals": fill('FIXTURE = "'),
    "public key BEGIN lines in a key file's diff": `+++ b/x.pem\n${fill("+-----BEGIN PUBLIC KEY-----\n")}`,
    "masked values": fill('"token":"[REDACTED]",'),
    "protobuf-looking base64": fill("CgR0ZXN0EgV"),
    // Proven spans (src/redact/proven.ts): objects that never close, blocks that never end, runs at their bounds.
    "Firebase apiKeys in objects that never close": fill('{ apiKey: "AIzapzWVDdiTr2zcGFiVci-zmrDi64Zkqgxecdx", projectId: "a",\n'),
    "SOPS metadata keys at growing depth": Array.from({ length: 1400 }, (_, i) => `${" ".repeat(i)}sops:\n`).join(""),
    "SOPS JSON objects that never close": fill('"sops": {'),
    "ENC( before a long base64 run": fill(`ENC(${"A".repeat(9000)}`),
    "unicode escapes": fill("=\\u5bc6"),
    "Pulumi secure prefixes": fill("secure: v1:AAAAAAAAAAAAAAAA:"),
    "SSH key type prefixes": fill("AAAAC3NzaC1lZDI1NTE5AAAAI"),
    "MIME text parts": fill("Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGkgdGhlcmUs\n"),
    "algorithm settings": fill("algorithm: argon2id\n"),
    "PayPal SDK URLs": fill("paypal.com/sdk/js?client-id="),
    "AMap JS API URLs": fill("webapi.amap.com/maps?v=2.0&key="),
    "Algolia lite client calls on one line": `import a from "algoliasearch/lite";\n${fill('algoliasearch("2KX9P4YO54", "47fc17e3439a44761b119e067110f16e") ')}`,
    "Segment loads": fill('analytics.load("MvHwDgTAaL7FKQzFPgmnrposR4iUEdyk") '),
    // Names packed into one long value: each name's value runs 4 KiB on (src/redact/runs.ts keeps this linear).
    "names packed into one value": fill("key="),
    "password names packed into one value": fill("password="),
    "alternating names packed into one value": fill("token=key="),
    "upper-case names packed into one value": fill("KEY="),
    // Credential calls (src/redact/calls.ts): paren-less calls whose arguments never end, form fields typed into.
    "paren-less credential calls": fill('login "a", "'),
    // Commands (src/redact/commands.ts): objects that never reach their value, commands without a password.
    "objects without a value member": fill('"db_password": { "sensitive": true, '),
    "htpasswd and net user without arguments": fill("htpasswd -nb a net user a codecov -t "),
    // Recovery secrets (src/redact/recovery.ts): names without a phrase, announced code lists that go on and on.
    "recovery phrase names before long word runs": fill("seed phrase abc abc abc abc abc abc abc abc abc abc abc "),
    "backup-code announcements and codes": fill("backup codes\n1234 5678\n\n"),
    "prose keywords glued to words": fill("appsecret是corpsecret:requirepass "),
    // Key blocks and seeds (src/redact/keys.ts).
    "unterminated seed headers": fill("-----BEGIN USER NKEY SEED-----\nSUAB\n"),
    "base32 runs one short of a seed": fill(`S${"U".repeat(56)} `),
    // Keys named by their use (src/redact/key-uses.ts): key calls with unclosed literals, assignments of their names.
    "key calls with an unclosed literal": fill('hmac(K, "'),
    "key calls and assignments of their names": fill('K = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b") AESGCM(K) createHmac("sha256", '),
    "service-column lines announcing a password, then blank ones": fill("jenkins  | the following password to proceed:\njenkins  |\n"),
    // Code in JSON strings (src/redact/escaped.ts): escaped quotes and line breaks everywhere.
    "escaped quotes": fill('"\\"'),
    "short escaped strings": fill('"abcdefghijkl\\n" '),
    // Vault Data sections (src/redact/alone.ts) and cookie header objects (src/redact/cookies.ts).
    "Vault Data sections of rows": fill("=== Data ===\nk  v\n"),
    "cookie header objects": fill('{"name":"cookie","value":"'),
    "name/value pairs with spaced values that never close": fill("('a_key', 'x "),
    "ak/sk names with long unquoted runs": `ak = x\n${fill("sk = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")}`,
    "hex lines next to words about keys": fill("key\nd48fa11cf7e4bee5ddec21adbe849f045eb8e5ea\n"),
    "Capybara fill_in without a value": fill('fill_in "password", with: "'),
    "inline code lists that never end": fill("backup codes: 1234, "),
    "bearer tokens and key headers built from names": fill('"Bearer " + K "x-api-key": K, K = "'),
    "Vault reads and their tables": fill("vault read x\nKey  Value\nab  cdefgh\n"),
    "one line of hex": fill("d48fa11cf7e4bee5ddec21adbe849f045eb8e5ea"),
    "setters without a closing quote": fill('SetPassword("'),
    "form fields typed into on one line": fill('cy.get("#password").type("Tw1light#Owl").fill("#pwd", '),
    // Values kept as proven one-time (src/redact/nonces.ts): each match looks a bounded way around it.
    "CSP nonces without a directive": fill("'nonce-AAAAAAAAAAAA' "),
    "CSP nonces after a directive": fill("script-src 'nonce-AAAAAAAAAAAA' "),
    "script tags that never close": fill('<script a="b" '),
    "authorization queries without a client id": fill("?response_type=code&state=abc&"),
    "WebAuthn challenges without options": fill('"challenge": "AAAAAAAAAAAAAAAAAAAA", '),
    // Identifiers and digests in their place (src/redact/formats.ts).
    "Go traceback frames and their file lines": fill("a.b(0x0, {0xc000, ...})\n\t/x.go:1 +0x1\n"),
    "one long line of frame-like calls": fill("a.b(a.b(0x0, "),
    "billing account names without an id": fill('billing_account = "ACA5FC-'),
    "id attributes in a Jest snapshot": `// Jest Snapshot v1, https://goo.gl/fbAQLP\n${fill('  data-order-id="ord_AAAAAAAAAAAAAAAA"\n')}`,
    "base64 literals continuing a PDF fixture": `"JVBERi0xLjQK"\n${fill('"AAAAAAAAAAAAAAAAAAAA"\n')}`,
    "base64 literals after names and calls": fill('a = b("AAAAAAAAAAAAAAAAAAAA" '),
    "authorization headers with vendor schemes": fill("Authorization: GenieKey Authorization: "),
    // Device config credentials (src/redact/devices.ts).
    "device lines full of tokens before a key word": fill("a b c d e f g h i j k l m n o p q "),
    "device lines with storage types and no value": fill("enable secret 0 key 7 "),
    "SNMP algorithm words without createUser": fill(" SHA AES SHA MD5 "),
    "Junos $9$ runs": fill("$9$AAAAAAAAAAAAAAAAAAAA"),
    // Literals piped to a command (src/redact/stdin.ts).
    "echo arguments piped to nothing": fill("echo 'aaaaaaa1' 'b' c d |"),
    "printf arguments and pipes": fill("printf 'a' | sudo -S "),
    "DB2 connects without USING": fill("connect to a user b "),
    "relay map lines without a password": fill("[a]:1 b:"),
    "XML property names without values": fill("<name>password</name>\n<value>"),
    "COBOL items without a value": fill("WS-PASS PIC X(8) "),
    "RACF commands without a password": fill("ALTUSER A PASSWORD( "),
    // Prompt answers (src/redact/prompts.ts).
    "password prompts with long names and no answer": fill("Password for aaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    "expect lines without a send": fill('expect "password:"\nexpect '),
    "push URLs with long hosts and no token": fill("https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/api/pus "),
    "XML elements with attributes that never close": fill('<pass a="b">x '),
    "FTP queue lines with spaces": `ftp\n${fill("queue  '                          ")}`,
    "secret names joining variables never assigned": fill("API_SECRET = a + b\n"),
    "secret names joining assigned variables": `a = "x1"\nb = "y2"\n${fill("API_SECRET = a + b\n")}`,
    "quoted columns without an address column": fill('a b "c" '),
    "realm lines with long role lists": fill("a: b!1cdefg, r, r, r, r, r, r, r, r, r, r, r\n"),
    "Odin constants that never close": fill('KEY :: "'),
    "Lisp connect forms of one string": fill('(connect "a" (connect '),
    "here-strings after long lines": fill(`${"a".repeat(400)} <<< 'x1234567'\n`),
    "auth-user-pass blocks of one line": fill("<auth-user-pass>\nu\n"),
    "content hashes without a resolved version": fill(`"contentHash": "${"A".repeat(86)}==" `),
    // Package-manager credentials (src/redact/packages.ts) and vendor placements (vendor-names.ts, vendor-paths.ts).
    "poetry and bundle configs without values": fill("poetry config http-basic.a b bundle config a.b "),
    "Deno auth token lists that never reach a host": fill("DENO_AUTH_TOKENS=a;"),
    "Bundler host keys": fill("BUNDLE_A__B="),
    "security and conan flags": fill("security import -P conan -p "),
    "vendor Authorization schemes": fill("Authorization: Splunk "),
    "ingest URL path segments": fill("https://a.b/inputs/"),
    "honeycomb header names": fill("x-honeycomb-team="),
    "parameter keys without values": fill('{"ParameterKey": "DBPassword", '),
    "key-first SDK calls without a closing parenthesis": fill('NewSplitFactory("'),
    "app password mentions before letter groups": fill("app password abcd efgh ijkl\n"),
    "unquoted app password heads": fill("SMTP_PASS=abcd efgh ijkl "),
    "INI sections of secrets": fill("[admins]\na = b\n"),
    "doubled single quotes after a password name": fill("password: 'a''"),
    "secret-named YAML keys with children": fill("password:\n  a: Hunter2!xyz9\n"),
    "ENC( after password names": fill("password: ENC(a!b"),
    "Wi-Fi pairs and hand-over phrases": fill('wifi is "a" / 发给你了：'),
    "logins as a user with backticks that never close": fill("log in as `a` with `"),
    "host-keyed lines and npm config sets": fill(":https://a/: npm config set //a/:_auth -Pa="),
    "echo pipes into secret commands": fill("echo a1b2c3d4 | secrets <<< "),
    "name flags without a value flag": fill("--name password a b c d e f g h i "),
    "key prefixes before ellipses": fill("sk.Ab1cD2ef… ghp_"),
    "Dynatrace prefixes": fill("dt0c01.ST2EY72KQINMH574WMNVI7YN."),
    "cut values followed by one spaced run": fill("token=Zx8kQ2mLp9wRt4Vb Ab1Cd2Ef3Gh4Ij5 "),
    "user objects with escaped quotes before a key": fill('{\\"username\\": \\"a\\", \\"key\\": \\"'),
    "POP3 PASS calls and JavaMail sends that never close": fill('M.pass_("a Transport.send(m, "u", "'),
    "chained signers and Go conversions that never close": fill('x).SignedString( \n .signWith(a, k = []byte("'),
    "secret-named declarations whose blocks never close": fill('variable "password" { default = "a" "token": { - name: password\n  default: b\n'),
    "parameter lists of secret names only": fill("- name: password\n"),
    "Pulumi namespaces before names": fill("a:password: "),
    "escaped JSON strings holding markers": fill('"{\\"pass\\":\\"[REDACTED:password]\\",\\"password\\":\\"'),
    "secret-named declarations joining names": fill("const apiKey = a + b + c + d + e + f + g + h + i + j\nAPI_KEY = f\"{a}{b}{c}\" \"\".join([a, b, "),
    "one long secret-named declaration": `api_key = ${fill("a + ")}`,
    "keys opening parentheses that never close": fill("old key (abc123def456ghi "),
    "new ones after cache keys": fill("cache key new one: a1b2c3d4e5f6a7b8 "),
    "typed logins without an end": fill('login SendText "a1b2c3d4"\nSend "{Tab}"\n'),
    "inline Tab strings that never close": fill('login "a{TAB}'),
    "Wi-Fi lines without a key": fill("wifi: a\nkey: "),
    "stock users before generated text": fill("root / I3KBdLdIBH3TWv "),
    // Password exports, keypair arrays, proxy ids, WordPress salts, push hosts, htpasswd and steamcmd lines.
    "CSV headers naming a password column": fill("url,username,password\n"),
    "CSV rows with open quotes under an export header": `url,username,password\n${fill('a,"b,')}`,
    "byte arrays one short of a keypair": fill(`[${"1,".repeat(63)}`),
    "byte arrays with a key name": fill(`secretKey [${"255, ".repeat(40)}`),
    "vless ids without a UUID": fill('"protocol": "vless", "id": "37f85bfe-fc18-'),
    "WordPress defines without a closing quote": fill(`define('AUTH_KEY', '${"a".repeat(70)}`),
    "push hosts without a path": fill("https://push.a.b.c.d.e.f.g.h"),
    "htpasswd flags without a password": fill("htpasswd -b -c -B -C 12 "),
    "steamcmd logins without a password": fill("steamcmd +login a "),
    "URL key parameters without a name": fill("?key=${ &apikey=\" + "),
  };
  for (const [name, text] of Object.entries(adversarial)) {
    it(`completes on 1 MB of ${name}`, () => {
      const r = redact(text);
      expect(r.text.length).toBeGreaterThan(0);
    });
  }
});
