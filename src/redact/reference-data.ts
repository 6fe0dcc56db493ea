// Word lists for references.ts: the tools that read a secret from a store, and Postfix's lookup table types.

/**
 * Commands that print a secret kept elsewhere, each with the subcommands (or flags) that make it do so: the
 * password-store CLIs, OS keyrings, cloud secret managers, decrypting tools and `cat` of a file. Without one of
 * these words the tool does something else (`pass` alone may be a word of a password).
 */
export const SECRET_READERS: [string, string[]][] = [
  ["pass", ["show"]],
  ["gopass", ["show", "cat"]],
  ["op", ["read"]],
  ["security", ["find-generic-password", "find-internet-password"]],
  ["secret-tool", ["lookup"]],
  ["bw", ["get"]],
  ["rbw", ["get"]],
  ["lpass", ["show"]],
  ["keepassxc-cli", ["show"]],
  ["vault", ["kv", "read"]],
  ["aws", ["secretsmanager", "ssm"]],
  ["gcloud", ["secrets"]],
  ["az", ["keyvault"]],
  ["doppler", ["secrets"]],
  ["systemd-creds", ["cat", "decrypt"]],
  ["gpg", ["-d", "--decrypt", "-q", "--quiet", "--batch", "--no-tty"]],
  ["sops", ["-d", "--decrypt"]],
  ["age", ["-d", "--decrypt"]],
  ["cat", []],
];

/**
 * Postfix lookup table types whose name is a file (or a database client's config file): `hash:/etc/postfix/x`.
 * Not `static:` or `inline:`, whose "name" is the value itself (`static:user:password`), nor the table combinators.
 */
export const POSTFIX_FILE_TABLES = ["hash", "btree", "lmdb", "cdb", "dbm", "sdbm", "texthash", "cidr", "pcre", "regexp", "ldap", "mysql", "pgsql", "sqlite", "memcache", "mongodb", "nis"];
