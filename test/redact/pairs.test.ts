import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: user / password pairs announced by an admin word or a stock account", () => {
  it("cuts pairs in meeting notes and sticky notes", () => {
    const notes = "- Temp admin on the new cluster until SSO is wired: `dbadmin` / `J29Qd*E#=0m*o=bN` (Rui rotates Friday)";
    expect(redact(notes).text).not.toContain("J29Qd*E#");
    expect(redact("- 新集群临时管理员：k8s-admin / G208o3Xl~8IZTCaI（赵磊周五前接入 LDAP 后作废）").text).not.toContain("G208o3Xl");
    expect(redact("路由器后台 192.168.1.1\n admin / Nakren.2013vs").text).not.toContain("Nakren.2013vs");
  });

  it("keeps paths near the word admin and spaced pairs without a symbol", () => {
    const text = '"src/admin.tsx": { "file": "assets/admin-05673a2f.js" }\nroot / home2024 is the layout\nadmin / users2 pages';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: pairs near an admin word that are no credentials", () => {
  it("keeps a Maven coordinate after 'Admin API' and a tab-aligned key table", () => {
    const text = "* Cloud SQL Admin API v1beta4-rev20220310-1.32.1 (com.google.apis:google-api-services-sqladmin:v1beta4-rev20220310-1.32.1)\n\tt_k7\t<F7>\t\tfunction key 7\t\t*<F7>*\t*t_k7*";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a pair whose user another rule already cut", () => {
  it("cuts the password after an announced, already cut user", () => {
    const out = redact("- Test account: `[REDACTED:secret]` / `Tavdoryal@2006js`").text;
    expect(out).not.toContain("Tavdoryal@2006js");
  });

  it("keeps a cut value followed by a path when nothing announces an account", () => {
    const text = "token [REDACTED:secret] / docs-2026/index.md";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: sticky-note pairs", () => {
  it("cuts a Wi-Fi key on the line after its network and a generated password after a stock user", () => {
    const note = "  WIFI: Lab-5G\n  key: Gemwixtu.2009uj\n  iDRAC root / I3KBdLdIBH3TWv\n  call Tom before reboot!!";
    const out = redact(note).text;
    for (const secret of ["Gemwixtu.2009uj", "I3KBdLdIBH3TWv"]) expect(out).not.toContain(secret);
    expect(out).toContain("WIFI: Lab-5G");
    expect(redact("SSID: CorpNet-5G\nWPA2 key: harbor-saffron-9119").text).not.toContain("harbor-saffron-9119");
    expect(redact("Wi-Fi: Gästenetz\nPassword: Qx8vLm2pZa").text).not.toContain("Qx8vLm2pZa");
  });

  it("keeps placeholders, settings after a network, and words after a stock user", () => {
    const text = "SSID: Guest-Net\nWPA key: changeme\nSSID: CorpNet\nSecurity: WPA2\nwifi: office\npassword: ${WIFI_PASS}\ncd / ; ls root / home2";
    expect(redact(text).text).toBe(text);
  });
});
