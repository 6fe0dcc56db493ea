// Files whose content is never sent to Codex, whatever it looks like: redaction is a safety net for secrets in
// ordinary files, not a licence to send key stores and credential files.

const EXACT_NAMES = new Set([
  ".env",
  ".envrc",
  ".npmrc",
  ".pypirc",
  ".netrc",
  "_netrc",
  ".git-credentials",
  ".htpasswd",
  ".pgpass",
  ".my.cnf",
  ".dockercfg",
  "credentials.json",
  "credentials.yml",
  "credentials.yaml",
  "client_secrets.json",
  "secrets.json",
  "secrets.yml",
  "secrets.yaml",
  "secrets.toml",
  "service-account.json",
  "service_account.json",
  "serviceaccount.json",
  "terraform.tfstate",
  "terraform.tfstate.backup",
  "terraform.tfvars",
  "kubeconfig",
  ".kubeconfig",
]);

const EXTENSIONS = [
  ".pem", ".key", ".p12", ".pfx", ".p8", ".jks", ".keystore", ".ppk", ".kdbx", ".tfstate", ".tfstate.backup", ".env",
  ".tfvars", ".tfvars.json", ".kubeconfig",
];

const SOURCE_EXT_RE = /\.(?:[cm]?[jt]sx?|py|go|rs|rb|java|kt|c|h|cc|cpp|cs|swift|php|md|txt|json|ya?ml|toml|sh)$/;

/** `.env.example` and friends document the variables and are meant to be committed and read. */
const ENV_TEMPLATE_SUFFIXES = new Set(["example", "sample", "template", "dist", "defaults"]);

/**
 * True for files that hold credentials by their nature: `.env` and `.env.*` (except `.env.example`, `.sample`,
 * `.template`, `.dist`, `.defaults`), `*.env`, `.envrc`, keys and key stores (`*.pem`, `*.key`, `*.p12`, `*.pfx`,
 * `*.p8`, `*.jks`, `*.keystore`, `*.ppk`, `*.kdbx`), SSH keys (`id_rsa*`, `id_dsa*`, `id_ecdsa*`, `id_ed25519*`
 * and variants such as `id_rsa.pub`, `id_ed25519_work`, but not source files like `id_rsa_parser.ts`; anything
 * under `.ssh/`), `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `.htpasswd`, `.pgpass`,
 * `.my.cnf`, `.dockercfg`, `credentials.json`, `client_secret*.json`, service-account JSON files, `secrets.{json,yml,yaml,toml}`,
 * `~/.aws/credentials`, `.docker/config.json`, `.kube/config`, Terraform state and variables (`*.tfvars`),
 * `kubeconfig*`, `env.*` (as `.env.*`) and GnuPG secret keyrings (`secring.*`). Accepts `/` or `\` paths.
 */
export function isSecretFile(path: string): boolean {
  const segments = path.split(/[\\/]+/).filter((s) => s !== "");
  const base = (segments[segments.length - 1] ?? "").toLowerCase();
  if (base === "") return false;
  const dirs = segments.slice(0, -1).map((s) => s.toLowerCase());
  const parent = dirs[dirs.length - 1];

  if (base.startsWith(".env.")) return !ENV_TEMPLATE_SUFFIXES.has(base.slice(".env.".length));
  // env.production, env.local: the same files without the leading dot.
  if (base.startsWith("env.") && !SOURCE_EXT_RE.test(base)) return !ENV_TEMPLATE_SUFFIXES.has(base.slice("env.".length));
  // GnuPG secret keyrings (secring.gpg, secring.asc) and kubeconfig variants (kubeconfig.yaml, kubeconfig-prod).
  if (/^secring\./.test(base)) return true;
  if (/^kubeconfig(?:[._-]|$)/.test(base) && !/\.(?:md|txt|[cm]?[jt]sx?|py|go|rs|rb|java|sh)$/.test(base)) return true;
  if (EXACT_NAMES.has(base)) return true;
  if (EXTENSIONS.some((ext) => base.endsWith(ext) && base.length > ext.length)) return true;
  // SSH keys and their variants (id_rsa.pub, id_ed25519_work, id_ecdsa_sk), but not source files named after them.
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:[._-]|$)/.test(base) && !SOURCE_EXT_RE.test(base)) return true;
  if (/^client_secret.*\.json$/.test(base) || /service[-_]?account.*\.json$/.test(base)) return true;
  if (dirs.includes(".ssh")) return true;
  if (parent === ".aws" && (base === "credentials" || base === "config")) return true;
  if (parent === ".docker" && base === "config.json") return true;
  if (parent === ".kube" && base === "config") return true;
  return false;
}

/** Content that makes a file a credential file whatever its name; the first 64 KiB are enough to tell. */
const SECRET_CONTENT_RE = [
  // A GCP service-account key saved as config.json, ci.json, …
  /"type"\s*:\s*"service_account"/,
  /-----BEGIN (?:PGP PRIVATE KEY BLOCK|OPENSSH PRIVATE KEY)-----/,
  /^PuTTY-User-Key-File-\d+:/m,
  // A kubeconfig with embedded credentials.
  /^kind:\s*Config\s*$[\s\S]*^\s*(?:client-key-data|token):/m,
];

export const SECRET_CONTENT_PROBE_BYTES = 65_536;

/** True when `text` (a file's start) is a credential file by content: a service-account key, a private keyring. */
export function isSecretContent(text: string): boolean {
  const head = text.length > SECRET_CONTENT_PROBE_BYTES ? text.slice(0, SECRET_CONTENT_PROBE_BYTES) : text;
  return SECRET_CONTENT_RE.some((re) => re.test(head));
}
