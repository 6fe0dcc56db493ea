// References to a secret kept elsewhere (src/redact/references.ts): reader commands, Postfix lookup tables, SAS
// macro variables. Each beside, inside or glued to a secret that must still go, on both diff sides.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const PASSWORD = "Xk9#mP2qLw7Tn4";
/** A token every detector knows by its shape: glued where no name would be read, it must still go. */
const TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";
const VAULT_TOKEN = "hvs.CAESIJ7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uTqQ7mK2x";

const kept: [string, string][] = [
  ["restic's password command", 'export RESTIC_PASSWORD_COMMAND="pass show infra/restic/app01"\n'],
  ["the same added in a diff", '+export RESTIC_PASSWORD_COMMAND="pass show infra/restic/app01"\n'],
  ["msmtp's passwordeval", 'passwordeval "gpg --quiet --decrypt ~/.config/msmtp/password.gpg"\n'],
  ["mbsync's PassCmd", 'PassCmd "security find-generic-password -s mbsync -a ann@example.com -w"\n'],
  ["a password command read from 1Password", "password_command: op read op://Infra/restic/password\n"],
  ["a password command that cats a secret file", 'RESTIC_PASSWORD_COMMAND="cat /run/secrets/restic"\n'],
  ["Postfix's SASL password map", "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n"],
  ["several maps and a proxy", "smtp_sasl_password_maps = proxy:mysql:/etc/postfix/sasl.cf, lmdb:$config_directory/sasl_passwd\n"],
  ["a map in a diff's context", " smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n+smtp_tls_security_level = encrypt\n"],
  ["a SAS macro variable", '%let dbpass = %sysget(DB_PASS);\nlibname ora oracle user=&sysuserid password="&dbpass" path="PRD";\n'],
  ["one set by call symputx, with its dot", "data _null_; call symputx('pw', getpw()); run;\nlibname x odbc password=&pw. dsn=prd;\n"],
];

const redacted: [string, string, string][] = [
  ["a password echoed by the command", `RESTIC_PASSWORD_COMMAND="echo ${PASSWORD}"`, PASSWORD],
  ["a password after a reader, past a semicolon", `RESTIC_PASSWORD_COMMAND="pass show infra/x; echo ${PASSWORD}"`, PASSWORD],
  ["a Vault token given to the reader", `RESTIC_PASSWORD_COMMAND="vault kv get -token=${VAULT_TOKEN} secret/restic"`, VAULT_TOKEN],
  ["a generated session key given to the reader", 'RESTIC_PASSWORD_COMMAND="bw get password restic --session Qm7Kx2Lp9RtV4bN8cW3z"', "Qm7Kx2Lp9RtV4bN8cW3z"],
  ["pass without its show", `RESTIC_PASSWORD="pass ${PASSWORD}"`, PASSWORD],
  ["a token glued after the command's quote", `RESTIC_PASSWORD_COMMAND="pass show infra/x"${TOKEN}`, TOKEN],
  ["a look-alike reader (Cyrillic а)", 'RESTIC_PASSWORD="pаss show Tr0ub4dorXq7"', "Tr0ub4dorXq7"],
  ["a password on the + side beside a kept command", `-RESTIC_PASSWORD_COMMAND="pass show infra/x"\n+RESTIC_PASSWORD="${PASSWORD}"\n`, PASSWORD],
  ["Postfix's static table, whose name is the password", `smtp_sasl_password_maps = static:relay:${PASSWORD}`, PASSWORD],
  ["a token listed after a map", `smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd, ${TOKEN}`, TOKEN],
  ["an inline table", `smtp_sasl_password_maps = inline:{ [smtp.example.com]:587 = relay:${TOKEN} }`, TOKEN],
  ["a password glued to a map", `smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd;${PASSWORD}`, PASSWORD],
  ["a macro reference with nothing defined", 'libname ora oracle password="&Xq7mK2pLw9" path="PRD";', "&Xq7mK2pLw9"],
  ["a macro defined only on the other diff side", '-%let dbpass = %sysget(DB_PASS);\n+password="&dbpass"\n', "&dbpass"],
  ["a password glued to a macro reference", `%let dbpass = %sysget(DB_PASS);\npassword="&dbpass.${PASSWORD}"`, PASSWORD],
  ["a token the macro is set to", `%let dbpass = ${TOKEN};\npassword="&dbpass"`, TOKEN],
  ["a password spaced after a macro reference", `%let dbpass = %sysget(DB_PASS);\npassword="&dbpass ${PASSWORD}"`, PASSWORD],
];

describe("references to a secret kept elsewhere stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in, beside or glued to a reference still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("linear on 1 MB of near-references", () => {
  const inputs: Record<string, string> = {
    "reader commands in quotes on one line": fill('"pass show a/b" '),
    "reader commands, one a line": fill('PASSWORD_COMMAND="pass show infra/a"\n'),
    "unclosed quotes before readers": fill('"cat '),
    "map lists on one line": `a = ${fill("hash:/etc/a, ")}`,
    "macro references on one line": `%let a = 1;\n${fill('="&a" ')}`,
    "macro definitions": fill("%let a = 1; call symput('b', "),
  };
  for (const [name, text] of Object.entries(inputs)) it(`completes on ${name}`, () => expect(redact(text).text.length).toBeGreaterThan(0));
});
