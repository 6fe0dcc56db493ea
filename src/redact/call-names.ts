// Which calls take a credential as a positional argument (data for calls.ts).

/**
 * Callee names that say "log in with these": login/logon/signin, auth and credential types (NetworkCredential,
 * HTTPBasicAuth, UsernamePasswordCredentials, PasswordAuthentication, PlainAuth, neo4j's auth.basic), connections
 * (getConnection, fromDriverManager, mysqli_connect, pymysql.connect, withSMTPServer, `new Sequelize(db, user, …)`), LDAP
 * binds, PHP's PDO/mysqli constructors, and calls creating an account (Django's `create_superuser(name, email, …)`).
 */
export const CREDENTIAL_CALL_RE =
  /log[io]n|sign_?in|auth|credential|connect|bind_s|simple_bind|^PDO$|^mysqli$|^basic$|SMTPServer|DriverManager|^Sequelize$|create_?(?:super_?)?user|add_?user/i;

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
]);
