// Credentials passed as positional call arguments (src/redact/calls.ts), in several languages, and calls whose
// literal arguments are no credentials.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

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

describe("redact: credential tuples, account-creating calls, type arguments and diff lines", () => {
  it("the second literal of a user/password tuple or list given to an auth option", () => {
    expect(redact('    r = requests.get(url, auth=("svc-report", "30!R7N8=FydWE0OM3mR"), verify=True)').text).not.toContain("FydWE0OM3mR");
    expect(redact("  basic_auth: ['deploy', 'Gx7#pLm2qZ'],").text).not.toContain("Gx7#pLm2qZ");
    expect(redact("'auth' => ['api', 'Vq4!nR8sKt'],").text).not.toContain("Vq4!nR8sKt");
  });

  it("keeps auth tuples of names and variables", () => {
    const text = 'auth=("api", token)\nauth = ("oauth2", "bearer")\ncredentials = [user, password]';
    expect(redact(text).text).toBe(text);
  });

  it("Sequelize and account-creating calls take the password positionally", () => {
    expect(redact("const sequelize = new Sequelize('crm', 'crm_app', 'Meadow#3516Marmot', {").text).not.toContain("Meadow#3516Marmot");
    expect(redact('User.objects.create_superuser("admin", "admin@acme.io", "jWTcOXCAxfm7L!c5h_")').text).not.toContain("jWTcOXCAxfm7L");
    expect(redact('User.objects.create_user("alice", "alice@acme.io")').text).toBe('User.objects.create_user("alice", "alice@acme.io")');
  });

  it("type arguments before the parenthesis, and arguments on diff lines", () => {
    expect(redact('val xa = Transactor.fromDriverManager[IO](\n  "org.postgresql.Driver", "jdbc:postgresql:world", "postgres", "Summit!9784D40"\n)').text).not.toContain("Summit!9784D40");
    const diff = '         return DriverManager.getConnection(\n                 "jdbc:mysql://db:3306/r",\n                 "report",\n+                "Copper-5326oLz");\n     }';
    expect(redact(diff).text).not.toContain("Copper-5326oLz");
  });

  it("a removed call's arguments end where its replacement starts", () => {
    const diff = "-const s = new Sequelize('crm', 'crm_app', 'Walnut!2690Orchid', {\n+const s = new Sequelize('crm', 'crm_app', process.env.DB_PASS, {\n   host: 'db',";
    expect(redact(diff).text).not.toContain("Walnut!2690Orchid");
  });
});

describe("redact: paren-less calls, password setters, form fields and words joined by a number and a symbol", () => {
  it("a Ruby call without parentheses, and OmniAuth's provider secret", () => {
    expect(redact('    req.basic_auth "sync", "Qv~7KLmpa2=Rt-x"').text).not.toContain("Qv~7KLmpa2=Rt-x");
    const omniauth = '  provider :gitlab, "Iv1.4f2a9c0b1d", "9d1c0f3e7a5b2d4c6e8f0a1b3c5d7e9f1a2b3c4d", scope: "read_user"';
    expect(redact(omniauth).text).not.toContain("9d1c0f3e7a5b2d4c6e8f0a1b3c5d7e9f1a2b3c4d");
  });

  it("keeps paren-less calls and providers of words", () => {
    const text = '    req.basic_auth "sync", token\n  provider :developer, "Developer", "dev"\n  login "admin", with: :sso';
    expect(redact(text).text).toBe(text);
  });

  it("password setters, app passwords and people's passwords of words, a number and a symbol", () => {
    expect(redact('client.username_pw_set("gw", "QPC^3gZYmR5W4Hq7")').text).not.toContain("QPC^3gZYmR5W4Hq7");
    expect(redact('    s.login("ops@acme.example", "wxrt plkm zqvb nhgd")').text).not.toContain("wxrt plkm zqvb nhgd");
    expect(redact('return new PasswordAuthentication("noreply@acme.example", "Cedar42&harbor");').text).not.toContain("Cedar42&harbor");
    expect(redact('-    auth=("integration", "Pine77#!river"),').text).not.toContain("Pine77#!river");
    expect(redact('Net::SMTP.start("smtp.acme.example", 587, "acme.example", "bot", "Orchid87#!lemon", :login)').text).not.toContain("Orchid87#!lemon");
    expect(redact('ftp = FTP("ftp.acme.example", "deploy", "Maple10*galaxy")').text).not.toContain("Maple10*galaxy");
  });

  it("keeps login calls of words and versions", () => {
    const text = 'server.login("ops@acme.example", "read only")\nconnect("ws://localhost:8080", "chat-v2.1")\nclient.username_pw_set("gw", password)\nNet::SMTP.start("smtp.acme.example", 25)';
    expect(redact(text).text).toBe(text);
  });

  it("a later generated literal after the first secret: an SDK given a key id and a key", () => {
    const out = redact('b2.authorize_account("production", "8f3a4bb35f954b7917cdc04c5", "K00lwNAKVE99gXYC/eKE4nkRkByj8es")').text;
    expect(out).not.toContain("eKE4nkRkByj8es");
    expect(out).toContain('"production"');
  });

  it("text typed into a field named for a password, in Playwright, Cypress and Selenium", () => {
    expect(redact('    page.fill("#password", "anchor-lantern-Marlin-89")').text).not.toContain("anchor-lantern-Marlin-89");
    expect(redact("cy.get('input[name=password]').type('Tw1light#Owl')").text).not.toContain("Tw1light#Owl");
    expect(redact('driver.find_element(By.ID, "pwd").send_keys("Rq8$wLp2Zx")').text).not.toContain("Rq8$wLp2Zx");
    expect(redact('    fill_in "Password", with: "Harbor#2291kite"').text).not.toContain("Harbor#2291kite");
    expect(redact("fill_in :user_password, with: 'Tw1light#Owl'").text).not.toContain("Tw1light#Owl");
  });

  it("keeps text typed into other fields and variables typed into a password field", () => {
    const text = 'fill_in "Email", with: "qa-admin@acme.io"\nfill_in "Password", with: password\npage.fill("#email", "qa-admin@acme.io")\npage.fill("#cvc", "123")\ncy.get("#password").type(PASSWORD)\ncy.get("#search").type("Summer2024!")';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: server SDKs given their key first", () => {
  it("Mixpanel's export client, Split's factory and LaunchDarkly's server client", () => {
    for (const [text, secret] of [
      ['mputils = MixpanelUtils(\n    "859d288cbfe437544fe1db748af17fd3",\n    eu=True,\n)', "859d288cbfe4"],
      ['factory, err := client.NewSplitFactory("meiycf9vym3lb9y6rpr37oklv455yas9lh0yxen2", cfg)', "meiycf9vym3l"],
      ['LDClient client = new LDClient("sdk-5f3c9a1e-2b7d-4e8f-a6c2-9d1b3e7f5a4c");', "2b7d-4e8f-a6c2"],
    ]) expect(redact(text!).text).not.toContain(secret);
  });

  it("keeps their names, variables and local settings", () => {
    for (const text of ['factory, err := client.NewSplitFactory("localhost", cfg)', "client = new LDClient(config.sdkKey)", "MixpanelUtils(api_secret, eu=True)"]) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe("redact: Redis AUTH calls and MATLAB database()", () => {
  it("cuts the password of a one-argument auth call and database(name, user, password)", () => {
    expect(redact('local res, err = red:auth("E2twR1kY@=jLlWwNwIX@r4*@")').text).not.toContain("jLlWwNwIX");
    expect(redact("conn = database('orders', 'monitor', 'Nakrin*2003it', ...\n    'Vendor', 'Microsoft SQL Server');").text).not.toContain("Nakrin*2003it");
  });

  it("keeps auth calls with a name or a variable and database() with names", () => {
    const text = 'passport.authenticate("local")\nclient.auth(process.env.REDIS_PASSWORD)\napp.use(auth("jwt"))\ndb = database("analytics", "reporting")';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: mail logins in every common language", () => {
  it("cuts the password of an SMTP, IMAP or POP3 login, letters-only app passwords too", () => {
    const cases: [string, string][] = [
      ['        server.login("reports@example.com", "fjssmkulvsyoooen")', "fjssmkulvsyoooen"],
      ['mail = imaplib.IMAP4_SSL("imap.gmail.com")\nmail.login("me@example.com", "ldtxbggviqppgolq")', "ldtxbggviqppgolq"],
      ['M.user("me@example.com")\nM.pass_("Harbor!Quill2291")', "Harbor!Quill2291"],
      ['d := gomail.NewDialer("smtp.gmail.com", 587, "me@example.com", "Cedar@Pixel6043")', "Cedar@Pixel6043"],
      ['Transport.send(message, "me@example.com", "Maple-Orbit5521");', "Maple-Orbit5521"],
      ['auth := smtp.PlainAuth("", "me@example.com", "QWHXKDBYFNZPUCVT", "smtp.gmail.com")', "QWHXKDBYFNZPUCVT"],
      ['await client.AuthenticateAsync("me@example.com", "PDCORQGVODJbqFyV");', "PDCORQGVODJbqFyV"],
      ['let creds = Credentials::new("me@example.com".to_owned(), "Tundra9021!ember".to_owned());', "Tundra9021!ember"],
      ['Net::SMTP.start("smtp.example.com", 587, "example.com", "me", "Walnut_Basil7710", :login)', "Walnut_Basil7710"],
      ["$smtp->auth('me@example.com', 'Saffron.Coral3390');", "Saffron.Coral3390"],
    ];
    for (const [text, secret] of cases) expect(redact(text).text, text).not.toContain(secret);
  });

  it("keeps names, words and variables passed to the same calls", () => {
    const code = [
      'db.connect("localhost", "mydatabasename")',
      'client.login("admin", "administrator")',
      'session.login("me@example.com", "authentication")',
      "M.pass_(password)",
      "Transport.send(message);",
      'd := gomail.NewDialer("smtp.gmail.com", 587, user, os.Getenv("SMTP_PASS"))',
    ].join("\n");
    expect(redact(code).text).toBe(code);
  });
});

describe("redact: many calls on one long line", () => {
  it("the last call's arguments are read after thousands of unclosed and closed calls before it", () => {
    const unclosed = `${'login("'.repeat(3000)}ftp.login("uploader", "Vx9$kT2mQw")`;
    const closed = `${"ftp.login(user, pass); ".repeat(300)}ftp.login("uploader", "Vx9$kT2mQw")`;
    expect(redact(unclosed).text).not.toContain("Vx9$kT2mQw");
    expect(redact(closed).text).toBe(closed.replace("Vx9$kT2mQw", "[REDACTED:password]"));
  });

  it("a removed call after others on its diff line still skips the added line", () => {
    const diff = `-  ${"ftp.login(a, b); ".repeat(14)}ftp.login("svc", "Walnut!2690Orchid",\n+  ftp.login("svc", env.PW, {\n-  )`;
    expect(redact(diff).text).toBe(diff.replace("Walnut!2690Orchid", "[REDACTED:password]"));
  });
});

describe("redact: Nim's database open(connection, user, password, database)", () => {
  it("cuts the password when the text imports a Nim database module", () => {
    const text = 'import db_connector/db_postgres\n\nlet db = open("mysql-master.ops.lan", "liuyang", "Miyaljix*2020tg", "analytics")\ndefer: db.close()';
    const out = redact(text).text;
    expect(out).toBe(text.replace("Miyaljix*2020tg", "[REDACTED:password]"));
    expect(redact(out).text).toBe(out);
  });

  it("keeps open() of files and of databases without a password, and open() in texts without the import", () => {
    for (const text of [
      'import std/db_mysql\nlet db = open("localhost", "root", "", "test")',
      'import db_connector/db_sqlite\nlet db = open("mytest.db", "", "", "")',
      'import db_connector/db_postgres\nlet f = open("data.txt", fmWrite)',
      'let g = open("a", "b", "Miyaljix*2020tg", "c")',
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays fast on 1 MB of open( after the import", () => {
    const t = Date.now();
    expect(redact(`import db_postgres\n${fill('open("a", ')}`).text.length).toBeGreaterThanOrEqual(MB);
    expect(Date.now() - t).toBeLessThan(20000);
  });
});
