// The issue-12 corpus as a regression guard (the numbers themselves are reported by `npm run bench:redact`): false
// positives stay within 2 % on the tuning part, whose remaining leaks are the known ones, and the held-out part
// never gets worse than what was measured on it (it is not tuned on).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { loadPart, score } from "../bench/redact-score.js";

/**
 * Measured on the fourteenth held-out part: 23 of 497 secret cases leak (24 with the detector as it was at the start
 * of the session it was written in); lower it when it improves, never raise it.
 */
const HELDOUT_LEAK_CEILING = 23;
/**
 * Measured the same way on the fourteenth held-out part: 23 of 196 ordinary cases changed (11.7 %; 31 at the start
 * of that session), far above the 2 % the issue asks for; a ceiling so it cannot get worse unnoticed, to be lowered,
 * never raised.
 */
const HELDOUT_FALSE_POSITIVE_CEILING = 23;
/**
 * Known tuning leaks, by shape, each with why it is left:
 * - amap-web-service-key: AMap's Web-service key is a bare 32-hex `amapKey` constant, the same shape and name as its
 *   JavaScript API key, which pages publish (the ordinary part keeps `pub-amap-js-key`); only a comment ("Web 服务")
 *   tells them apart. (Its signing secret `amapPrivateKey` is caught.)
 * - openvpn-auth-user-pass: a bare user line, then a bare password line, with nothing in the text saying which is
 *   which.
 * - zabbix-agent-psk: a file holding 64 hex alone, which nothing tells from a digest.
 * - db-directus: Directus's `KEY` is a UUID under a name as bare as `KEY`, which nothing tells from an ordinary id.
 * - x4-mediawiki-upgrade-key: `$wgUpgradeKey` is 16 hex under a plain "<word> key" name, a digest's or cache key's shape.
 * - x4-matomo-config: Matomo's `[General] salt` is 32 hex under `salt`, the shape of a hash record's stored salt.
 * - x4-nginx-secure-link: the secret is a bare word inside `secure_link_md5`'s expression, after its variables.
 */
const KNOWN_TUNE_LEAKS = new Set<string>([
  "amap-web-service-key",
  "openvpn-auth-user-pass",
  "zabbix-agent-psk",
  "db-directus",
  "x4-mediawiki-upgrade-key",
  "x4-matomo-config",
  "x4-nginx-secure-link",
]);

describe("redaction corpus", () => {
  it("tuning part: no leaks beyond the known ones, ≤ 2 % false positives", async () => {
    const s = await score(loadPart("tune"), (t) => redact(t).text);
    expect(s.leaks.map((c) => c.shape).filter((id) => !KNOWN_TUNE_LEAKS.has(id))).toEqual([]);
    expect(s.falsePositives.length / s.ordinaryCases).toBeLessThanOrEqual(0.02);
  });

  it("held-out part: leaks and false positives within the measured ceilings", async () => {
    const s = await score(loadPart("heldout"), (t) => redact(t).text);
    expect(s.leaks.length).toBeLessThanOrEqual(HELDOUT_LEAK_CEILING);
    expect(s.falsePositives.length).toBeLessThanOrEqual(HELDOUT_FALSE_POSITIVE_CEILING);
  });

  it("every marker stays whole (no rule reads a marker's colon as a separator)", () => {
    const part = loadPart("tune");
    for (const c of [...part.secrets, ...part.ordinary]) {
      expect(redact(c.text).text, c.id).not.toMatch(/\[REDACTED:(?![\w-]{1,40}\])/);
    }
  });

  it("redacting twice changes nothing more", () => {
    const part = loadPart("tune");
    for (const c of [...part.secrets, ...part.ordinary]) {
      const once = redact(c.text).text;
      expect(redact(once).text, c.id).toBe(once);
    }
  });
});
