import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

describe("redact: passwords piped to a command that reads stdin", () => {
  it("cuts the echoed or printed literal", () => {
    const cases: [string, string][] = [
      [`ssh "$h" "echo 'Pelkafei.2018mt' | sudo -S apt-get -y upgrade"`, "Pelkafei.2018mt"],
      ["echo 'Tavlui#2026qj' | sudo openconnect --protocol=anyconnect --user=deploy --passwd-on-stdin vpn.example.net", "Tavlui#2026qj"],
      ['echo "X34Or+ztQz8ygCFhF+" | kinit svc_hive@CORP.EXAMPLE.NET', "X34Or+ztQz8y"],
      ["printf '%s\\n%s\\n' 'Nakmibao#2023fr' 'Nakmibao#2023fr' | smbpasswd -s -a scanner", "Nakmibao#2023fr"],
      ["printf 'R0KbB%v1PeF3H@s~FyO_kav3' | docker secret create pg_password -", "R0KbB%v1PeF3"],
      ["echo ghp_x9Kq2LmN8pR4sT6vW1yZ3aB5cD7eF0gH2jK4 | docker login ghcr.io -u bot --password-stdin", "x9Kq2LmN8pR4"],
    ];
    for (const [text, secret] of cases) expect(redact(text).text).not.toContain(secret);
  });

  it("keeps variables, words and pipes into ordinary commands", () => {
    const text = [
      'echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.example.com',
      "echo 'Build 2026.11 done' | mail -s report ops@example.com",
      "printf '%s\\n' 'v1.2.3-rc1' | sort -V",
      "echo 'hello-world-2026' | tee out.txt",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: here-strings into a command that reads stdin", () => {
  it("cuts kinit <<< '…' and keeps here-strings into other commands", () => {
    expect(redact("kinit svc@EXAMPLE.COM <<< 'Krb!Pass2026x'").text).not.toContain("Krb!Pass2026x");
    const text = 'grep foo <<< "Abc!2026xyz"\nread -r a b <<< "$LINE"';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a password piped into iRODS iinit", () => {
  it("cuts echo '…' | iinit, also as diff lines", () => {
    const text = '-echo "WC3mNv=8ojv2MNhg" | iinit\n+echo "Tx=Depor_AJ*8YF4" | iinit';
    const out = redact(text).text;
    expect(out).not.toContain("WC3mNv=8ojv2MNhg");
    expect(out).not.toContain("Tx=Depor_AJ*8YF4");
    expect(out).toBe('-echo "[REDACTED:password]" | iinit\n+echo "[REDACTED:password]" | iinit');
    expect(redact(out).text).toBe(out);
  });

  it("keeps words, variables and other irods commands", () => {
    for (const text of ['echo "$IRODS_PASSWORD" | iinit', "echo done | iinitialize", 'echo "hello" | iinit', 'echo "Tx=Depor_AJ*8YF4" | iget -r /zone']) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("stays linear on 1 MB of pipes", () => {
    const t0 = performance.now();
    redact(fill("echo a1b2c3d4 | iinit "));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
