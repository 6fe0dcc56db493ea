// Secret redaction for everything codex-collab sends to Codex or writes to its logs and state. No dependencies
// and no work at import time: the hooks import this module.
import { redactAssignments } from "./assignments.js";
import { redactPrivateKeys } from "./keys.js";
import { redactPatterns } from "./patterns.js";
import { Tally } from "./values.js";

export { isSecretFile } from "./files.js";

export interface RedactResult {
  /** The input with every secret found replaced by `[REDACTED:<kind>]`. */
  text: string;
  /** Number of replacements. */
  count: number;
  /** Replacements per kind, e.g. `{ "github-token": 1, "password": 2 }`. */
  kinds: Record<string, number>;
}

/**
 * Replaces secrets in `text` with `[REDACTED:<kind>]`, keeping the text around them (a URL keeps its user and
 * host, an assignment its name and quotes). Kinds: private-key, aws-access-key-id, aws-secret-key, gcp-api-key,
 * google-oauth, azure-key, azure-sas, azure-client-secret, github-token, gitlab-token, slack-token,
 * slack-webhook, discord-webhook, stripe-key, openai-key, anthropic-key, npm-token, pypi-token,
 * huggingface-token, sendgrid-key, twilio-key, mailgun-key, digitalocean-token, shopify-token, docker-token,
 * vault-token, databricks-token, grafana-token, telegram-bot-token, jwt, url-password, bearer-token, basic-auth,
 * password, secret.
 *
 * Linear in the input (bounded patterns, no backtracking blow-up), idempotent (redacting the output again changes
 * nothing), and conservative with code: type annotations, calls, variables, `${ENV}` references and placeholders
 * such as `<your-key>` stay as they are.
 */
export function redact(text: string): RedactResult {
  const tally = new Tally();
  let out = redactPrivateKeys(text, tally);
  out = redactPatterns(out, tally);
  out = redactAssignments(out, tally);
  return { text: out, count: tally.count, kinds: tally.kinds };
}
