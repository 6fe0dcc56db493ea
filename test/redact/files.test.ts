import { describe, expect, it } from "vitest";
import { isSecretContent, isSecretFile } from "../../src/redact/index.js";

describe("isSecretFile", () => {
  const secret = [
    ".env",
    "config/.env",
    ".env.local",
    ".env.production",
    "apps/web/.env.development.local",
    "prod.env",
    ".envrc",
    "certs/server.pem",
    "certs/server.key",
    "keystore/app.p12",
    "win\\certs\\client.pfx",
    "AuthKey_ABC123.p8",
    "android/app/release.keystore",
    "release.jks",
    "putty.ppk",
    "vault.kdbx",
    "id_rsa",
    "home/me/id_rsa.pub",
    "id_ed25519",
    "id_ecdsa_sk",
    "deploy/id_dsa",
    ".ssh/config",
    ".npmrc",
    "packages/a/.npmrc",
    ".pypirc",
    ".netrc",
    "_netrc",
    ".git-credentials",
    ".htpasswd",
    ".pgpass",
    "credentials.json",
    "client_secret_1234-abc.apps.googleusercontent.com.json",
    "gcp/my-service-account.json",
    "service_account.json",
    "secrets.yaml",
    ".aws/credentials",
    ".docker/config.json",
    ".kube/config",
    "infra/terraform.tfstate",
    "infra/prod.tfstate.backup",
    "CREDENTIALS.JSON",
  ];
  const ordinary = [
    ".env.example",
    ".env.sample",
    ".env.template",
    "config/.env.dist",
    "env.example",
    "src/env.production.ts",
    "docs/kubeconfig.md",
    "variables.tf",
    "keys/pubring.asc",
    "src/env.ts",
    "src/environment.ts",
    "docs/keys.md",
    "src/key.ts",
    "src/keyboard.tsx",
    "certs/server.crt",
    "package.json",
    "config.json",
    "src/credentials.ts",
    "src/id_rsa_parser.ts",
    "README.md",
    "pem",
    ".key-value-store/README.md",
    "",
  ];

  for (const path of secret) it(`treats ${path} as a secret file`, () => expect(isSecretFile(path)).toBe(true));
  for (const path of ordinary) it(`lets ${JSON.stringify(path)} through`, () => expect(isSecretFile(path)).toBe(false));
});

describe("isSecretFile: names that were sent (issue 12)", () => {
  for (const path of ["terraform.tfvars", "infra/prod.auto.tfvars", "infra/prod.tfvars.json", "kubeconfig", "deploy/kubeconfig.yaml", "kubeconfig-prod", "env.production", "config/env.local", "secring.asc", "home/.gnupg/secring.gpg", "cluster.kubeconfig"]) {
    it(`treats ${path} as a secret file`, () => expect(isSecretFile(path)).toBe(true));
  }
});

describe("isSecretContent", () => {
  const sa = JSON.stringify({ type: "service_account", project_id: "billing-1", private_key_id: "abc", private_key: "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n" }, null, 2);
  it("knows a service-account key under an innocent name", () => expect(isSecretContent(sa)).toBe(true));
  it("knows it with other spacing", () => expect(isSecretContent('{"type":"service_account"}')).toBe(true));
  it("knows a private keyring and an OpenSSH key", () => {
    expect(isSecretContent("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBF\n")).toBe(true);
    expect(isSecretContent("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n")).toBe(true);
  });
  it("knows a kubeconfig with credentials", () => {
    expect(isSecretContent("apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: abc\n")).toBe(true);
  });
  it("lets ordinary JSON and docs through", () => {
    expect(isSecretContent('{ "type": "module", "name": "x" }')).toBe(false);
    expect(isSecretContent("Service accounts have `type` set to service_account in their key file.")).toBe(false);
    expect(isSecretContent("-----BEGIN PGP PUBLIC KEY BLOCK-----\n")).toBe(false);
  });
});
