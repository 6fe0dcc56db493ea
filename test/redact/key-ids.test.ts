// Access-key ids kept in a text that holds no secret (src/redact/key-ids.ts); beside any secret, in any position,
// ids and secret both still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const AWS_ID = "AKIAIEBTKFLBD9NRPVNN";
const TENCENT_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
const ALIYUN_ID = "LTAI5tQ7mK2xLp9RtV4bN8cW";
const AWS_SECRET = "q7Hn2LkP9sVt4XwZ8bRc1DfG6jMy3QeA5uTo0iKl";
const TENCENT_SECRET = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";

const storage = (rest: string) => `storage:\n  bucket: seqlab-archive\n  access_key_id: ${AWS_ID}\n${rest}`;

const kept: [string, string][] = [
  ["an AWS key id asked about in chat", `CloudTrail shows calls from access key ${AWS_ID} that I don't recognise. How do I find which IAM user owns it without the secret?`],
  ["the same after a Chinese line", `群里有人发了这个，我照着配置还是连不上，帮看看：\n\nWho owns ${AWS_ID} now?`],
  ["a Tencent Cloud SecretId in a log line", `2026-11-20 09:12:44 WARN signature mismatch for SecretId ${TENCENT_ID}, check the server clock`],
  ["an Alibaba Cloud AccessKey id in prose", `The key ${ALIYUN_ID} was disabled last week, rotate the RAM user.`],
  ["an assigned id whose secret the config says is in Vault", storage(`  # secret comes from Vault at runtime: secret/data/app/s3`)],
  ["an assigned id beside a secretKeyRef", `env:\n  - name: AWS_ACCESS_KEY_ID\n    value: ${AWS_ID}\n  - name: AWS_SECRET_ACCESS_KEY\n    valueFrom:\n      secretKeyRef: { name: s3, key: secret }`],
];

const redacted: [string, string, string[]][] = [
  ["a secret on the line after the id", `access key ${AWS_ID}\nsecret ${AWS_SECRET}`, [AWS_SECRET]],
  ["id / secret in chat", `${TENCENT_ID} / ${TENCENT_SECRET} 这个能用吗`, [TENCENT_SECRET, TENCENT_ID]],
  ["a secret glued to the id", `key ${AWS_ID}:${AWS_SECRET} fails`, [AWS_SECRET]],
  ["a secret on the + side of a diff", `- the key ${AWS_ID} was revoked\n+ the key ${AWS_ID} with ${AWS_SECRET}`, [AWS_SECRET, AWS_ID]],
  ["a secret on the - side of a diff", `- aws_secret_access_key = ${AWS_SECRET}\n+ who owns ${AWS_ID}?`, [AWS_SECRET, AWS_ID]],
  ["an assigned id, which configures a credential", `AWS_ACCESS_KEY_ID=${AWS_ID}`, [AWS_ID]],
  ["an id assigned under a colon in JSON", `{"AccessKeyId": "${AWS_ID}"}`, [AWS_ID]],
  ["a bare pair secret the detectors read as prose", `who owns ${AWS_ID}? it came with ${AWS_SECRET.replace("/", "")}`, [AWS_ID]],
  ["a secret in look-alike letters next to the id", `key ${AWS_ID} secret ${AWS_SECRET.replace("q7", "q７")}`, [AWS_ID]],
  ["an id in a text already redacted elsewhere", `token=[REDACTED:github-token] "${AWS_ID}" owner?`, [AWS_ID]],
  ["an assigned id with no store named", storage("  region: eu-central-1"), [AWS_ID]],
  ["a store named beside the pair's secret", storage(`  # from Vault\n  secret_access_key: ${AWS_SECRET}`), [AWS_SECRET, AWS_ID]],
  ["a store named beside a session token", storage(`  # from Vault\n  session_token: ${TENCENT_SECRET}`), [TENCENT_SECRET, AWS_ID]],
  ["a store named beside a pair secret of letters only", `# 密钥管理\naccessKeyId: ${ALIYUN_ID}\naccessKeySecret: XkqmPzqLwbTnvRbkVcsYdpHfuJuwGs`, [ALIYUN_ID]],
  ["a store's name on a line that says nothing of a secret", `The Vault Hunters mod config:\nAWS_ACCESS_KEY_ID=${AWS_ID}`, [AWS_ID]],
  ["a GitHub token elsewhere in the text", `who owns ${AWS_ID}?\n\nci token: ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT`, ["ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT", AWS_ID]],
];

describe("access-key ids alone stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("beside a secret, the secret and the ids still go", () => {
  for (const [name, text, secrets] of redacted) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      for (const secret of secrets) expect(out).not.toContain(secret);
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    });
  }
});

describe("linear on 1 MB of ids", () => {
  const inputs: Record<string, string> = {
    "ids in prose": fill(`who owns ${AWS_ID}? `),
    "ids glued into one token": fill(AWS_ID),
    "prefixes alone": fill("AKIA AKID LTAI "),
    "an id and a long run": `key ${AWS_ID} ${"Ab1".repeat(MB / 3)}`,
    "an assigned id and a long line of store names": `access_key_id: ${AWS_ID}\n${fill("vault ssm ")}`,
    "an assigned id and a long run of random letters": `# secret in vault\naccess_key_id: ${AWS_ID}\n${fill("AbqXkz")}`,
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
