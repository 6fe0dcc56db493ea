// Game servers' cvar files (cfg-cvars.ts): `rcon_password "…"` / `sv_password "…"`, a quoted value after a space.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: password cvars in a game server's cfg", () => {
  it("cuts password cvars, letters only too, also as diff, log and commented lines", () => {
    for (const [text, secret] of [
      ['hostname "Scrim #2"\nsv_password "dxtdYtgqQp"\nsv_lan 0', "dxtdYtgqQp"],
      ['+rcon_password "kQ7mWz"  // admin', "kQ7mWz"],
      ['     rcon_password "wMSoMbtaCJ7mDqU!"', "wMSoMbtaCJ7mDqU!"],
      ['seta g_password "harborWren"', "harborWren"],
    ]) {
      const out = once(text!);
      expect(out).not.toContain(secret);
      expect(out).toContain('"[REDACTED:password]"');
    }
  });

  it("keeps other cvars, empty or labelled values, references and sentences", () => {
    for (const text of [
      'hostname "Skyforge Scrim"\nsv_lan 0\nmp_timelimit "30"',
      'sv_password ""',
      'sv_password "Password"',
      'rcon_password "$RCON_PASS"',
      'sv_password "Enter the password"',
      'rcon_password "<your-password>"',
      'echo "sv_password is set" "twice"',
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of cvar lines and of an unclosed quote", () => {
    for (const text of [fill('sv_password "abc\n'), fill("rcon_password " + '"'.repeat(3))]) {
      const t0 = performance.now();
      redact(text);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
