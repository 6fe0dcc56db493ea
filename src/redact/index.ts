// Secret redaction for everything codex-collab sends to Codex or writes to its logs and state. No dependencies
// and no work at import time: the hooks import this module.
import { redactAlone } from "./alone.js";
import { redactAppPasswords, redactWordPressAppPasswords } from "./app-passwords.js";
import { redactAssignments } from "./assignments.js";
import { redactCredentialArguments } from "./calls.js";
import { redactFormCredentials } from "./sexp-calls.js";
import { redactChatFollowups } from "./chat-followups.js";
import { redactCommands } from "./commands.js";
import { redactSecretBlocks } from "./blocks.js";
import { redactBlockScalars } from "./block-scalars.js";
import { redactContinued } from "./continued.js";
import { redactDbLogins } from "./db-logins.js";
import { redactDbConfigs } from "./db-configs.js";
import { redactCvars } from "./cfg-cvars.js";
import { redactServerLists } from "./server-lists.js";
import { redactVendorContextKeys } from "./vendor-context-keys.js";
import { redactDiffPairs } from "./diff-pairs.js";
import { redactDeclaredDefaults } from "./declarations.js";
import { redactSecretResources } from "./secret-resources.js";
import { redactPhpSerialized } from "./php-serialized.js";
import { redactDecoded } from "./decoded.js";
import { redactDeviceSecrets } from "./devices.js";
import { redactDeviceKeys } from "./device-keys.js";
import { redactCookies } from "./cookies.js";
import { redactUnnamed } from "./entropy.js";
import { noteEscapedSecrets } from "./escaped.js";
import { redactJclFtpPasswords } from "./jcl-ftp.js";
import { redactJoinedArrays } from "./joined-arrays.js";
import { redactJoinedVariables } from "./joined-vars.js";
import { redactKeyBodies } from "./key-bodies.js";
import { redactKeyPairs, redactUserKeys } from "./key-pairs.js";
import { redactKeypairArrays } from "./keypair-arrays.js";
import { redactKeyUses } from "./key-uses.js";
import { redactPrivateKeys } from "./keys.js";
import { redactPathTokens } from "./path-tokens.js";
import { redactPromptAnswers } from "./prompts.js";
import { provenSpans } from "./proven.js";
import { redactRecoverySecrets } from "./recovery.js";
import { redactHandedKeys } from "./handed-keys.js";
import { redactCredentialQuestions } from "./credential-questions.js";
import { redactRotations } from "./rotations.js";
import { redactNamedValues } from "./named-values.js";
import { redactPackageCredentials } from "./packages.js";
import { redactPairs } from "./pairs.js";
import { redactPipedSecrets } from "./stdin.js";
import { redactPasswordExports } from "./pw-exports.js";
import { redactYamlContinued } from "./yaml-continued.js";
import { redactEnvComments } from "./env-comments.js";
import { redactCommentHandovers } from "./comment-handovers.js";
import { redactKeyClauses } from "./key-clauses.js";
import { redactPatterns } from "./patterns.js";
import { redactPostfixMaps } from "./postfix.js";
import { redactLoginProperties } from "./login-properties.js";
import { redactProxyIds } from "./proxy-ids.js";
import { redactWordPressSalts } from "./wp-salts.js";
import { redactRepeats } from "./repeats.js";
import { redactChatAnswers, redactCommentedLiterals, redactProse, redactTableColumns } from "./prose.js";
import { redactPassNouns } from "./prose-pass.js";
import { shield } from "./shield.js";
import { redactSecretChildren } from "./yaml-children.js";
import { redactSplitLiterals } from "./split.js";
import { redactTypedLogins } from "./typed-logins.js";
import { redactSplitProse } from "./split-prose.js";
import { redactSql } from "./sql.js";
import { redactSasLets } from "./sas.js";
import { Tally } from "./values.js";
import { wholeMarkers } from "./whole-markers.js";

export { isSecretContent, isSecretFile } from "./files.js";

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
 * vault-token, databricks-token, grafana-token, telegram-bot-token, alibaba-access-key-id, tailscale-key,
 * fly-token, azure-devops-token, nuget-key, api-token, url-token, webhook, jwt, url-password, bearer-token, basic-auth, cookie,
 * password, secret.
 *
 * Beyond fixed formats: key bodies without their BEGIN line, passwords in prose and comments (English and Chinese,
 * full-width colon), command-line password flags, .pgpass and .netrc lines (also as diff lines), Dockerfile
 * `ENV NAME value`, tokens split across concatenated literals, generated cookie values, literals wrapped in a call
 * (`Buffer.from("…")`), credentials as positional call arguments (`new NetworkCredential("u", "…")`), config
 * directives (`requirepass …`, `SetEnv NAME …`), user/password pairs in prose, generated values in blocks named for
 * secrets (`tokens { … }`), the lines of a secret file's diff or a secret-printing command's output, and unnamed
 * high-entropy strings (shorter ones where they stand alone: a line, a flag's argument), package-manager credentials
 * (packages.ts), vendors' key placements (any Authorization scheme, vendor header names, ingest URL paths), app
 * passwords, the children of a secret-named YAML key and its plain value's continuation lines, another environment's
 * value in a setting's comment (`# prod: …`) and Digest response hashes.
 *
 * Linear in the input (bounded patterns, no backtracking blow-up), idempotent (redacting the output again changes
 * nothing), and conservative with code: type annotations, calls, variables, `${ENV}` references and placeholders
 * such as `<your-key>` stay as they are; so do values whose content or structure proves them public or encrypted
 * (a Supabase anon key, a Firebase app config's apiKey, publishable client keys by their vendor's documented prefix or
 * SDK placement, SOPS, Pulumi and Jasypt ciphertext: see proven.ts).
 */
export function redact(text: string): RedactResult {
  // Values proven public or encrypted (proven.ts) are out of every detector's sight; a MIME text part counts as
  // clean when redacting its decoded text changes nothing.
  const shielded = shield(text, provenSpans(text, (decoded) => redact(decoded).count === 0));
  const tally = new Tally();
  const judge = (lineBefore: string, joined: string): string | null => {
    const probe = new Tally();
    const out = detect(`${lineBefore}"${joined}"`, probe);
    return out.includes(joined) ? null : (Object.keys(probe.kinds).pop() ?? "secret");
  };
  const out = detect(redactSplitLiterals(shielded.text, judge, (kind, ...values) => tally.add(kind, ...values)), tally);
  noteEscapedSecrets(out, tally, detect);
  const repeated = redactRepeats(redactYamlContinued(redactContinued(redactDiffPairs(out, tally), tally), tally), tally);
  // A kept value that a detector cut elsewhere (a Firebase apiKey also written as GEMINI_API_KEY) is cut here too:
  // the repeats pass never saw it behind its marker.
  const cutElsewhere = (span: string) => {
    const kind = tally.values.get(span);
    return kind === undefined ? undefined : tally.add(kind);
  };
  const restored = shielded.restore(repeated, cutElsewhere);
  return { text: wholeMarkers(text, restored, tally), count: tally.count, kinds: tally.kinds };
}

/** Every detector, most specific first: a value taken by one is a marker to the next. */
function detect(text: string, tally: Tally): string {
  let out = redactPrivateKeys(text, tally);
  out = redactKeyBodies(out, tally);
  out = redactWordPressAppPasswords(out, tally);
  out = redactPatterns(out, tally);
  out = redactDeclaredDefaults(out, tally);
  out = redactSecretResources(out, tally);
  out = redactPhpSerialized(out, tally);
  out = redactDecoded(out, tally);
  out = redactKeypairArrays(out, tally);
  out = redactProxyIds(out, tally);
  out = redactWordPressSalts(out, tally);
  out = redactCookies(out, tally);
  out = redactPathTokens(out, tally);
  out = redactAssignments(out, tally);
  out = redactNamedValues(out, tally);
  out = redactCommands(out, tally);
  out = redactJclFtpPasswords(out, tally);
  out = redactPackageCredentials(out, tally);
  out = redactDeviceSecrets(out, tally);
  out = redactDeviceKeys(out, tally);
  out = redactPipedSecrets(out, tally);
  out = redactDbLogins(out, tally);
  out = redactDbConfigs(out, tally);
  out = redactCvars(out, tally);
  out = redactServerLists(out, tally);
  out = redactVendorContextKeys(out, tally);
  out = redactPromptAnswers(out, tally);
  out = redactJoinedVariables(out, tally);
  out = redactJoinedArrays(out, tally);
  out = redactSql(out, tally);
  out = redactSasLets(out, tally);
  out = redactPostfixMaps(out, tally);
  out = redactLoginProperties(out, tally);
  out = redactCredentialArguments(out, tally);
  out = redactFormCredentials(out, tally);
  out = redactTypedLogins(out, tally);
  out = redactKeyUses(out, tally);
  out = redactKeyPairs(out, tally);
  out = redactUserKeys(out, tally);
  out = redactPassNouns(out, tally);
  out = redactEnvComments(out, tally);
  out = redactCommentHandovers(out, tally);
  out = redactProse(out, tally);
  out = redactHandedKeys(out, tally);
  out = redactKeyClauses(out, tally);
  out = redactCredentialQuestions(out, tally);
  out = redactRotations(out, tally);
  out = redactAppPasswords(out, tally);
  out = redactRecoverySecrets(out, tally);
  out = redactPairs(out, tally);
  out = redactChatAnswers(out, tally);
  out = redactChatFollowups(out, tally);
  out = redactSplitProse(out, tally);
  out = redactTableColumns(out, tally);
  out = redactPasswordExports(out, tally);
  out = redactCommentedLiterals(out, tally);
  out = redactSecretBlocks(out, tally);
  out = redactSecretChildren(out, tally);
  out = redactAlone(out, tally);
  // Last: a block scalar's pieces are judged with the cuts the detectors above made in it.
  return redactBlockScalars(redactUnnamed(out, tally), tally);
}
