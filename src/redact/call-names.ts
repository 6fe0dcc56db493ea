// Which calls take a credential as a positional argument (data for calls.ts).

/**
 * Callee names that say "log in with these": login/logon/signin, auth and credential types (NetworkCredential,
 * HTTPBasicAuth, UsernamePasswordCredentials, PasswordAuthentication, PlainAuth, neo4j's auth.basic), connections
 * (getConnection, fromDriverManager, mysqli_connect, pymysql.connect, withSMTPServer, `new Sequelize(db, user, …)`), LDAP
 * binds, PHP's PDO/mysqli constructors, calls creating an account (Django's `create_superuser(name, email, …)`) and
 * setting a user's password (paho-mqtt's `username_pw_set`, `set_password(user, …)`), and Ruby's
 * `Net::SMTP.start(address, port, helo, user, secret)`, Python's `FTP(host, user, passwd)`, MATLAB's
 * `database(name, user, password, …)`, mail senders given a user and password (gomail's `NewDialer(host, port, user,
 * pass)`, JavaMail's `Transport.send(msg, user, pass)`).
 */
export const CREDENTIAL_CALL_RE =
  /log[io]n|sign_?in|auth|credential|connect|bind_s|simple_bind|^PDO$|^mysqli$|^basic$|SMTPServer|DriverManager|^Sequelize$|create_?(?:super_?)?user|add_?user|_pw_set$|^set_?(?:user_?)?passw|^SMTP$|^FTP(?:_TLS)?$|^database$|Dialer$|^Transport\.send$/i;

/**
 * Nim's database modules (`import db_connector/db_postgres`, `db_mysql`, or the old `std/db_postgres`) log in with a
 * bare `open(connection, user, password, database)`: in a text importing one, `open` is a login call.
 */
export const NIM_DB_IMPORT_RE = /(?:^|\n)[ \t]*(?:import|from)[ \t]+(?:db_connector\/|std\/)?db_(?:postgres|mysql|odbc)\b/;

/**
 * Calls whose only argument is the password: Redis `AUTH` in every client (`red:auth("…")`, `jedis.auth("…")`), and
 * POP3's PASS command (Python's `poplib` `pass_("…")`, after `user("…")`).
 */
export const PASSWORD_ONLY_CALL_RE = /^(?:auth|pass_)$/i;

/**
 * Calls taking names and values in turn (`Map.of(Context.SECURITY_CREDENTIALS, "…")`, `env.put(…)`,
 * `props.setProperty(…)`, `mapOf(…)`): a literal right after an argument that names a secret is that secret.
 */
export const PAIR_CALL_RE = /^(?:Map|ImmutableMap|put|setProperty|of|mapOf|hashMapOf|entry|Pair)$/;

/** SDK clients given a key, maybe after an id: the argument index of the key (matched lower-case). */
export const KEY_CALLS: ReadonlyMap<string, number> = new Map([
  ["algoliasearch", 1],
  ["searchclient", 1],
  ["newmailgun", 1],
  ["twilio", 1],
  ["pusher", 2],
  ["typesenseclient", 1],
  // OmniAuth: `provider :github, "<client id>", "<client secret>"`.
  ["provider", 2],
  // Server-side SDKs whose first argument is the secret key (browser SDKs' keys are public and not listed): Mixpanel's
  // export API secret, Split's server key, LaunchDarkly's server SDK key (Java/.NET/Ruby `LDClient`, Go `MakeClient`).
  ["mixpanelutils", 0],
  ["newsplitfactory", 0],
  ["ldclient", 0],
  ["makeclient", 0],
  // Scale AI's client (`live_…` keys) and PrestaShop's webservice client (`new PrestaShopWebservice(url, key, debug)`).
  ["scaleclient", 0],
  ["prestashopwebservice", 1],
]);

/** Calls that type text into a form field (Playwright, Cypress, Selenium, WebdriverIO, Espresso, Flutter tests). */
export const INPUT_CALL_RE = /\.(?:fill|type|send_keys|sendKeys|setValue|typeText|enterText)[ \t]*\(/g;
/** Capybara's `fill_in "Password", with: "…"` (or `fill_in :password, with: …`): the field, then the text typed. */
export const FILL_IN_RE = /(?<![\w$])fill_in[ \t]*\(?[ \t]*(?<field>["':][^,\n]{1,80}),[ \t]*with:[ \t]*(?<q>["'])(?<value>[^"'\n]{1,256})\k<q>/g;
/** A field selector or label naming a secret: `#password`, `input[name=pwd]`, `By.ID, "api-token"`. */
export const SECRET_FIELD_RE = /pass(?:word|wd)?|pwd|secret|token|api[-_]?key|密码/i;

/**
 * Calls that take a MAC, cipher or signing key, by callee (lower-case, with its module or class when that decides):
 * the argument indexes where the key may stand; the first bare name or literal among them is taken.
 * `hmac.new` is Python's `(key, msg)` and Go's `(sha256.New, key)`.
 */
export const KEY_USE_CALLS: ReadonlyMap<string, readonly number[]> = new Map([
  ["hmac", [0]],
  ["hmac.new", [0, 1]],
  ["hmac.hmac", [0]],
  ["hmacsha1", [0]],
  ["hmacsha256", [0]],
  ["hmacsha512", [0]],
  ["createhmac", [1]],
  ["createcipheriv", [1]],
  ["createdecipheriv", [1]],
  ["hmac.hexdigest", [1]],
  ["hmac.digest", [1]],
  ["aesgcm", [0]],
  ["aesccm", [0]],
  ["aessiv", [0]],
  ["chacha20poly1305", [0]],
  ["fernet", [0]],
  ["aes.new", [0]],
  ["algorithms.aes", [0]],
  ["aes.newcipher", [0]],
  ["secretkeyspec", [0]],
  ["secretbox", [0]],
  // RustCrypto: `Hmac::<Sha256>::new_from_slice(&KEY)`, `Aes256Gcm::new_from_slice(&KEY)`.
  ["new_from_slice", [0]],
  ["jwt.encode", [1]],
  ["jwt.sign", [1]],
  ["jwt.verify", [1]],
  ["jwt.decode", [1]],
  // JWT signing keys: golang-jwt's `SignedString(key)`, jjwt's `Keys.hmacShaKeyFor(…)`, `signWith(key)` and the old
  // `signWith(alg, key)`, auth0's `Algorithm.HMAC256(…)`, .NET's `SymmetricSecurityKey(…)`, Rust's
  // `EncodingKey::from_secret(…)`.
  ["signedstring", [0]],
  ["hmacshakeyfor", [0]],
  ["setsigningkey", [0]],
  ["signwith", [0, 1]],
  ["verifywith", [0]],
  ["algorithm.hmac256", [0]],
  ["algorithm.hmac384", [0]],
  ["algorithm.hmac512", [0]],
  ["symmetricsecuritykey", [0]],
  ["from_secret", [0]],
]);

/**
 * Vendor SDK clients given their secret, named with the vendor so a generic `ApiClient` stays: the argument indexes
 * of the secret. Postmark's server token (a UUID: Ruby `Postmark::ApiClient.new`, Node `new postmark.ServerClient`)
 * and JPush's master secret (24 hex: Node `JPush.buildClient(appKey, masterSecret)`, Java `new JPushClient(secret,
 * appKey)`). Their keys may be shorter than a MAC key, so hex from 16 characters counts.
 */
export const VENDOR_KEY_CALLS: ReadonlyMap<string, readonly number[]> = new Map([
  ["postmark.apiclient.new", [0]],
  ["postmark.serverclient", [0]],
  ["postmark.accountclient", [0]],
  ["jpush.buildclient", [1]],
  ["jpushclient", [0]],
  // Python's `jpush.JPush(app_key, master_secret)`.
  ["jpush.jpush", [1]],
  // Stream (GetStream) chat and feeds: `stream.NewClient(key, secret)` (Go), `stream.connect(key, secret)`,
  // `StreamChat.getInstance(key, secret)` and `new StreamChat(key, secret)` (JS).
  ["stream.newclient", [1]],
  ["stream.connect", [1]],
  ["streamchat.getinstance", [1]],
  ["streamchat", [1]],
  // 淘宝开放平台 (TOP) clients given the app key and then the app secret: Go's `top.NewClient(appKey, appSecret, url)`,
  // Java's `new DefaultTaobaoClient(url, appKey, appSecret)`.
  ["top.newclient", [1]],
  ["defaulttaobaoclient", [2]],
]);

/**
 * A signer or MAC built with named arguments (`HmacSigner(algorithm = "HmacSHA256", key = "…")`, `Hmac(key: "…")`,
 * `HMACSigner(secret="…")`): the callee's last name, and the argument names that hold its key.
 */
/** Akamai's `EdgeAuth(key="…")` signs CDN token-auth URLs with its key. */
export const SIGNER_CALLEE_RE = /^(?:\w*hmac\w*|\w*signer|\w*mac(?:er)?|edge_?auth)$/i;
export const SIGNER_KEY_ARG_RE = /^\s*(?:key|secret|secret_?key|signing_?key|hmac_?key|mac_?key)\s*[=:]\s*/i;
