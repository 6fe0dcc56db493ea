import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

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
