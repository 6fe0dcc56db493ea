// Credentials passed as positional call arguments (src/redact/calls.ts), in several languages, and calls whose
// literal arguments are no credentials.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const secrets: [string, string, string][] = [
  ["C# NetworkCredential", 'client.Credentials = new NetworkCredential("svc-mail", "Qy7!pLm2#xZa");', "Qy7!pLm2#xZa"],
  ["Java getConnection", 'Connection c = DriverManager.getConnection(jdbcUrl, "report", "amber.willow.stone42");', "amber.willow.stone42"],
  ["Python ftplib login", 'ftp.login("uploader", "Vx9$kT2mQw")', "Vx9$kT2mQw"],
  ["Python smtplib login across lines", 'server.login(\n    "alerts@corp.example",\n    "hR4%nW8qLz1",\n)', "hR4%nW8qLz1"],
  ["PHP PDO constructor", "$db = new PDO('pgsql:host=db;dbname=app', 'app', 'Lm3^zQ8vRt');", "Lm3^zQ8vRt"],
  ["PHP stack-trace frame", "#0 /srv/Db.php(9): PDO->__construct('mysql:host=x', 'web', 'Pq6&dF1sHk')", "Pq6&dF1sHk"],
  ["Go smtp.PlainAuth", 'auth := smtp.PlainAuth("", "bot@corp.example", "Zt5!mK9wQp", "smtp.corp.example")', "Zt5!mK9wQp"],
  ["Java PasswordAuthentication", 'return new PasswordAuthentication("proxyuser", "Wd2@kL7pXs".toCharArray());', "Wd2@kL7pXs"],
  ["Python requests HTTPBasicAuth", 'auth = HTTPBasicAuth("api", "Nf8#qR3zTm")', "Nf8#qR3zTm"],
  ["SDK client id then key", 'const search = algoliasearch("Q1W2E3R4T5", "9c1f0e7d2b4a6c8e0f1a3b5d7c9e1f2a");', "9c1f0e7d2b4a6c8e0f1a3b5d7c9e1f2a"],
];

const ordinary: [string, string][] = [
  ["connect to a host and port", 'const sock = net.connect(5432, "db.internal");'],
  ["login with variables", "ftp.login(user, password)"],
  ["auth header helper with a scheme", 'setAuthHeader("Bearer", token);'],
  ["connection with a path", 'sqlite3.connect("./data/app.db", "rw")'],
  ["connect with a protocol version", 'connect("ws://localhost:8080", "chat-v2.1");'],
  ["author call with words", 'addAuthor("Jane Doe", "jane@example.com");'],
];

describe("credential call arguments", () => {
  for (const [name, text, secret] of secrets) {
    it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
  }
  for (const [name, text] of ordinary) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
});

describe("redact: credentials in name/value calls and more client constructors", () => {
  it("a literal after an argument naming a secret, in Map.of / put / setProperty", () => {
    const java = 'Map<String, String> env = Map.of(\n    Context.SECURITY_PRINCIPAL, "cn=admin,dc=acme,dc=example",\n    Context.SECURITY_CREDENTIALS, "Copper!6178imD",\n    Context.PROVIDER_URL, "ldaps://ldap.acme.example:636");';
    const out = redact(java).text;
    expect(out).not.toContain("Copper!6178imD");
    expect(out).toContain("cn=admin,dc=acme,dc=example");
    expect(redact('props.setProperty("mail.smtp.password", "Qz7#Lm2@Vx9k");').text).not.toContain("Qz7#Lm2@Vx9k");
  });

  it("keeps the values of ordinary names in the same calls", () => {
    const text = 'env.put(Context.PROVIDER_URL, "ldaps://ldap.acme.example:636");\nMap.of("timeout", "30s", "region", "eu-west-1");';
    expect(redact(text).text).toBe(text);
  });

  it("neo4j's auth.basic and a mailer's withSMTPServer", () => {
    expect(redact('neo4j.driver(uri, neo4j.auth.basic("neo4j", "Summit-5523HAA"));').text).not.toContain("Summit-5523HAA");
    expect(redact('MailerBuilder.withSMTPServer("smtp.acme.example", 587, "alerts", "Lantern.2203tCF")').text).not.toContain("Lantern.2203tCF");
  });
});
