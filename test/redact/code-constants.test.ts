import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { markersWhole } from "../support/markers.js";

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};
const B64 = "Ms0oVUifwAol/RvnVSnUuz+qshoZ6yc3WzpTlopa4DQYc8Du+aAV1/7OOhG2SNE6";
const B64B = "VRjNouAQT876qX7f7cpz+zP3aKgw94e+8QsrdTW7lIcrEjZ3r4x/GfZCCNp4nNVP";

describe("redact: a key body's last line closing a string literal", () => {
  it("cuts the tail before Go's backtick, a quote, a triple quote, C++'s )\" and Rust's \"#", () => {
    for (const close of ["`", '";', '"""', ')";', '"#;', "'", "]]"]) {
      const out = once(`const k = \`\n${B64}\n${B64B}\nxFAXLoXVDWs0qR63wRmu45ECv${close}\nnext()`);
      expect(out).not.toContain("xFAXLoXV");
      expect(out).toContain(`${close}\nnext()`);
    }
  });

  it("keeps a short base64 line after prose and a closing line that is code", () => {
    const text = `${B64}\nnot a key\nxFAXLoXVDWs0qR63wRmu45ECv\`\n`;
    expect(redact(text).text).toContain("xFAXLoXVDWs0qR63wRmu45ECv`");
  });
});

describe("redact: hex keys in C and C++ constants", () => {
  it("cuts upper- and lower-case hex under a #define or a constant naming a service's key", () => {
    for (const text of [
      '#define STEAM_WEB_KEY "FC050BCB00AE4E9DB11F154834031424"',
      '+#define STEAM_WEB_KEY "F54CB673E10D004BCDF2631CE7B870D8"',
      '#define MAPS_KEY "fc050bcb00ae4e9db11f154834031424"',
      'static const char* STEAM_WEB_KEY = "FC050BCB00AE4E9DB11F154834031424";',
      'STEAM_WEB_KEY = "FC050BCB00AE4E9DB11F154834031424"',
    ]) {
      expect(once(text)).not.toContain(/"([0-9A-Fa-f]{8})/.exec(text)![1]);
    }
  });

  it("keeps digests, ids and non-secret keys", () => {
    for (const text of [
      "#define STEAM_APP_ID 3150471",
      '#define CACHE_KEY "FC050BCB00AE4E9DB11F154834031424"',
      '#define BUILD_HASH "FC050BCB00AE4E9DB11F154834031424"',
      '#define SORT_KEY "name"',
      '#define KEY_LEN 32',
      'STEAM_WEB_KEY = "0000000000000000000000000000AAAA"',
      'PARTITION_KEY = "FC050BCB00AE4E9DB11F154834031424"',
    ]) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe("redact: Wi-Fi pre-shared keys", () => {
  it("cuts psk under wpa_supplicant, hostapd and other configs", () => {
    for (const text of ['network={\n    ssid="pixelfox-studio"\n    psk="hulei@1980kf"\n}', "wpa_psk=hulei@1980kf", 'ipsec_psk: "hulei@1980kf"']) {
      expect(once(text)).not.toContain("hulei@1980kf");
    }
  });

  it("keeps a PSK identity and a setting word", () => {
    for (const text of ["TLSPSKIdentity=agent-01", 'psk_identity = "agent-01"', "wpa_key_mgmt=WPA-PSK", "key_mgmt=WPA-PSK"]) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe("redact: new forms stay linear on 1 MB", () => {
  it("completes on hostile key tails, defines and psk lines", () => {
    expect(redact(`${B64}\n${B64B}\n${fill("A`")}`).text.length).toBeGreaterThan(0);
    expect(redact(fill('#define A_KEY "FC050BCB00AE4E9DB11F154834031424"\n')).text.length).toBeGreaterThan(0);
    expect(redact(fill("psk=")).text.length).toBeGreaterThan(0);
  });
});
