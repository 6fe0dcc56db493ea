// Values placed as secrets without a name (src/redact/alone.ts): a diff of a secret file, a secret-printing
// command's output, a text that is only a key or a user and a password; and look-alikes that stay.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const secrets: [string, string, string][] = [
  ["diff of a key file", "--- /dev/null\n+++ b/config/credentials/production.key\n@@ -0,0 +1 @@\n+0a1b2c3d4e5f60718293a4b5c6d7e8f9", "0a1b2c3d4e5f60718293a4b5c6d7e8f9"],
  ["command output", "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\nTq8vNw2xKz5mLp3R\n$ exit", "Tq8vNw2xKz5mLp3R"],
  ["PowerShell prompt", "PS C:\\> Get-Secret -Name ApiToken -AsPlainText\nfJ3kW9qL2xV7nR5t", "fJ3kW9qL2xV7nR5t"],
  ["a pasted master key", "7e2c9a41f0b83d56c1a9e04f7b2d6c38\n", "7e2c9a41f0b83d56c1a9e04f7b2d6c38"],
  ["auth-user-pass file", "vpnuser\nGx4%tR8mQz1", "Gx4%tR8mQz1"],
  [
    "a key file's line after a certificate's END in its diff",
    "+++ b/certs/server.pem\n@@ -1,4 +1,4 @@\n -----BEGIN CERTIFICATE-----\n MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n -----END CERTIFICATE-----\n+Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0",
    "Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0",
  ],
  ["a key body in a .pem diff without its BEGIN line", "+++ b/keys/server.pem\n@@ -5,1 +5,1 @@\n+Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0", "Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0"],
];

const ordinary: [string, string][] = [
  ["a bare commit", "3f9c2a7b1d4e6f8a0b2c4d6e8f0a1b2c3d4e5f6a"],
  ["passwd listing", "$ getent passwd deploy\ndeploy:x:1001:1001::/home/deploy:/bin/bash"],
  ["two-line version note", "release\nv2.14.0-rc.1"],
  ["command printing a path", "$ which secret-tool\n/usr/bin/secret-tool"],
  ["diff of a source file", "+++ b/src/token.ts\n@@ -1 +1 @@\n+export const TOKEN_HEADER = \"x-token\";"],
  [
    "a public key in a .pem file's diff",
    "+++ b/keys/webhook_signing.pub.pem\n@@ -27,0 +27,4 @@\n+-----BEGIN PUBLIC KEY-----\n+MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAR49kyGGKZbW/6K36gdxa\n+Xnhsi9ueIDAQAB\n+-----END PUBLIC KEY-----",
  ],
];

describe("values placed as secrets", () => {
  for (const [name, text, secret] of secrets) {
    it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
  }
  for (const [name, text] of ordinary) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
});

describe("redact: printed and diffed credential files", () => {
  it("the output of printing a secret file", () => {
    expect(redact("$ cat config/master.key\n735e874edcb2a337aeab57c110734598\n$ ").text).not.toContain("735e874edcb2a337aeab57c110734598");
    expect(redact("PS C:\\> Get-Content .\\secrets\\db.password\nQx8!vLm2#pZa\n").text).not.toContain("Qx8!vLm2#pZa");
  });

  it("the field values of a printed secret file (JSON, YAML, .env)", () => {
    const json = '$ cat secrets.json\n{"mailgun": "abe1f4fbc4bd2d8ef1eab85917f7206c", "sentry": "Kq8vN2xRz5mLp3Tw"}';
    for (const v of ["abe1f4fbc4bd2d8ef1eab85917f7206c", "Kq8vN2xRz5mLp3Tw"]) expect(redact(json).text).not.toContain(v);
    expect(redact("$ cat .env.production\nAPP_SEAL=Jx7pQ2vRt9LmZk4W").text).not.toContain("Jx7pQ2vRt9LmZk4W");
    const once = redact(json).text;
    expect(redact(once).text).toBe(once);
  });

  it("keeps the words, paths and records of a printed file", () => {
    const json = '$ cat secrets.json\n{"region": "eu-west-1", "bucket": "media-uploads", "path": "/srv/app/uploads"}';
    expect(redact(json).text).toBe(json);
    const tfvars = '$ cat envs/prod/terraform.tfvars\ninstance_class    = "db.r6g.large"\nregion = "eu-west-1"';
    expect(redact(tfvars).text).toBe(tfvars);
    const passwd = "$ tail -1 /etc/passwd\nsshd:x:110:65534::/run/sshd:/usr/sbin/nologin";
    expect(redact(passwd).text).toBe(passwd);
  });

  it("stays linear on a long printed line", () => {
    const line = "$ cat secrets.json\n" + '{"a": "b", '.repeat(90_000);
    const start = Date.now();
    redact(line);
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it("the lines of a diff of a plain file named for credentials", () => {
    const diff = "diff --git a/vpn/credentials.txt b/vpn/credentials.txt\n--- a/vpn/credentials.txt\n+++ b/vpn/credentials.txt\n@@ -122,1 +122,2 @@\n jdoe\n+Maple*1117Gsx\n";
    expect(redact(diff).text).not.toContain("Maple*1117Gsx");
  });

  it("keeps printed source files and diffs of source files named auth", () => {
    const log = "$ cat src/auth.ts\nexport const x1 = load();\n";
    expect(redact(log).text).toBe(log);
    const diff = "+++ b/src/auth.ts\n+handler2.use(authRoutes);\n";
    expect(redact(diff).text).toBe(diff);
  });
});

describe("redact: a Vault read's Data section", () => {
  const read = (rows: string) =>
    `$ vault kv get secret/payments/prod\n======= Metadata =======\nKey                Value\n---                -----\nversion            7\n\n======== Data ========\nKey                Value\n---                -----\n${rows}\n`;

  it("every field of the secret, whatever its name", () => {
    const out = redact(read("webhook_hmac       F63293DCD5ACC119152DAC29C400469DE962043294DD27D2A5DE9F2B15DB2EF2\nsigning            Lantern-Quiet-42")).text;
    expect(out).not.toContain("F63293DCD5ACC119");
    expect(out).not.toContain("Lantern-Quiet-42");
  });

  it("keeps the metadata, the table headers and a Data section's references", () => {
    const text = read("db_password        <stored in 1password>");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: hex pasted on a line of its own next to words about keys", () => {
  it("a generated key pasted into a Chinese prompt, and an English one", () => {
    expect(redact("刚才后台生成的：\nd48fa11cf7e4bee5ddec21adbe849f045eb8e5ead45c0a99\n帮我配到 nginx 里做接口鉴权").text).not.toContain("d48fa11cf7e4bee5");
    expect(redact("Here's the new signing key for staging:\n\n8ff23d7b530eff0a8032f881107f34a1\n\nput it in the secret store").text).not.toContain("8ff23d7b530eff0a");
    const log = "2026-03-04 10:21:33 INFO new signing key generated:\n2026-03-04 10:21:33 INFO d48fa11cf7e4bee5ddec21adbe849f04\n";
    expect(redact(log).text).not.toContain("d48fa11cf7e4bee5");
  });

  it("keeps digests, commits, fingerprints and blocks of hex, even near words about keys", () => {
    const text = [
      "The SHA-256 of the key file is:\n7e1e175668dbfb743524b7d80862094d1504362bca16fcdc89c7f8332c4e46ba",
      "$ git rev-parse HEAD\n38163962dde6d8bd21628c78703159b4379abc95\nthe token check fails after this commit",
      "mysql_root_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  28bc0cb6f7a483cf02276d144a5cce6ecc78bf5c0768a05b36206f01b747a20a\n  bf3270dda357acea1cdac6b00e60a1b80d4c9e4b6d05f6da4c9f90e4e86f12b0",
    ].join("\n\n");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a Vault read without sections", () => {
  it("a KV v1 secret's fields under the one table", () => {
    const out = redact("$ vault read secret/billing\nKey                 Value\n---                 -----\nrefresh_interval    768h\nstripe_signing      whsec_pLm2Zx9vRb4Tn8Wk3YqQ7\nsmtp                Lantern-Quiet-42\n").text;
    expect(out).not.toContain("Lantern-Quiet-42");
    expect(out).toContain("refresh_interval    768h");
  });

  it("keeps a lease's own fields and tables of other commands", () => {
    const text = "$ vault read sys/leases/lookup\nKey             Value\n---             -----\nlease_id        database/creds/ro/2f6a\nttl             1h\n\n$ kubectl get pods\nKey   Value\n---   -----\nname  web-7d9f";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: pre-shared key and cookie files", () => {
  const PSK = "a3b7368b72e6cf5e41e59179972f9af9ca76109e7533f734804d5994671fc1b6";
  it("cuts a printed or diffed PSK (64 hex) and Erlang cookie", () => {
    for (const [text, secret] of [
      [`$ cat /etc/zabbix/zabbix_agentd.psk\n${PSK}`, PSK],
      [`+++ b/etc/ipsec.d/site.psk\n@@ -0,0 +1 @@\n+${PSK}`, PSK],
      ["$ sudo cat /var/lib/rabbitmq/.erlang.cookie\nXWQTEVCRFOQLBQJQYOQA", "XWQTEVCRFOQLBQJQYOQA"],
      ["+++ b/.erlang.cookie\n@@ -1 +1 @@\n-BBFLXKQQQNHGBQTLPEQC\n+XWQTEVCRFOQLBQJQYOQA", "XWQTEVCRFOQLBQJQYOQA"],
    ]) {
      const out = redact(text!).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(markersWhole(out)).toBe(true);
    }
  });

  it("keeps digests and words printed from other files", () => {
    for (const text of [`$ cat release.sha256\n${PSK}`, "$ cat notes.txt\nXWQTEVCRFOQLBQJQYOQA", "$ cat cookie.txt\nChocolateChipCookies"]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB under a printed key file", () => {
    for (const text of [`$ cat a.psk\n${fill("ab")}`, `$ cat .erlang.cookie\n${fill("Q")}`]) {
      const t0 = performance.now();
      redact(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});
