// Which calls take a credential as a positional argument (data for calls.ts).

/**
 * Callee names that say "log in with these": login/logon/signin, auth and credential types (NetworkCredential,
 * HTTPBasicAuth, UsernamePasswordCredentials, PasswordAuthentication, PlainAuth, neo4j's auth.basic), connections
 * (getConnection, fromDriverManager, mysqli_connect, pymysql.connect, withSMTPServer, `new Sequelize(db, user, …)`), LDAP
 * binds, PHP's PDO/mysqli constructors, calls creating an account (Django's `create_superuser(name, email, …)`) and
 * setting a user's password (paho-mqtt's `username_pw_set`, `set_password(user, …)`).
 */
export const CREDENTIAL_CALL_RE =
  /log[io]n|sign_?in|auth|credential|connect|bind_s|simple_bind|^PDO$|^mysqli$|^basic$|SMTPServer|DriverManager|^Sequelize$|create_?(?:super_?)?user|add_?user|_pw_set$|^set_?(?:user_?)?passw/i;

/**
 * Calls taking names and values in turn (`Map.of(Context.SECURITY_CREDENTIALS, "…")`, `env.put(…)`,
 * `props.setProperty(…)`, `mapOf(…)`): a literal right after an argument that names a secret is that secret.
 */
export const PAIR_CALL_RE = /^(?:Map|ImmutableMap|put|setProperty|of|mapOf|hashMapOf|entry|Pair)$/;

/** SDK clients given an id, then a key: the argument index of the key (matched lower-case). */
export const KEY_CALLS: ReadonlyMap<string, number> = new Map([
  ["algoliasearch", 1],
  ["searchclient", 1],
  ["newmailgun", 1],
  ["twilio", 1],
  ["pusher", 2],
  ["typesenseclient", 1],
  // OmniAuth: `provider :github, "<client id>", "<client secret>"`.
  ["provider", 2],
]);

/** Calls that type text into a form field (Playwright, Cypress, Selenium, WebdriverIO, Espresso, Flutter tests). */
export const INPUT_CALL_RE = /\.(?:fill|type|send_keys|sendKeys|setValue|typeText|enterText)[ \t]*\(/g;
/** A field selector or label naming a secret: `#password`, `input[name=pwd]`, `By.ID, "api-token"`. */
export const SECRET_FIELD_RE = /pass(?:word|wd)?|pwd|secret|token|api[-_]?key|密码/i;
