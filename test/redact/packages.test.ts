import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: package-manager and build-tool credentials", () => {
  it("positional and short-flag credentials of package tools", () => {
    const cases: [string, string][] = [
      ["poetry config http-basic.corp svc-publish 'A=BW?2=X%gssVy%nYm=*'", "gssVy%nYm"],
      ["poetry config pypi-token.testpypi pypi-x9Kq2LmZ7vR4tN8wP3sY", "x9Kq2LmZ7vR4"],
      ["cargo login 7Hq2mZ9xLp4Rt8Vw3Ns6Yb1Kc", "7Hq2mZ9xLp4R"],
      ["sem connect acme.semaphoreci.com znTVkwCNE52AViluMQy7", "znTVkwCNE52A"],
      ["bundle config set --global gems.contribsys.com 63f53ff9:9f0d74ca-2ee3122d", "9f0d74ca-2ee3"],
      ['conan remote login corp ci -p "zNbb+x1@X5e6CLfgLL4Q"', "X5e6CLfgLL4Q"],
      ["security import dist.p12 -k build.keychain -P 'F2?cRjeun!52Gx35' -T /usr/bin/codesign", "cRjeun!52Gx"],
      ["security unlock-keychain -p Kc9!zQ2wLx7v build.keychain", "Kc9!zQ2wLx7v"],
      ["composer config --global http-basic.repo.corp ci 'Hq7!vX2mLp9z'", "Hq7!vX2mLp9z"],
      ["composer config -g github-oauth.github.com Hq7vX2mLp9zR4tKw8bNc0000", "Hq7vX2mLp9zR"],
      ["npm config set //npm.corp/:_authToken Hq7vX2mLp9zR4tKw8bNc", "Hq7vX2mLp9zR"],
      ["dotnet nuget add source https://nuget.corp -n corp -u ci -p 'Hq7!vX2mLp9z' --store-password-in-clear-text", "Hq7!vX2mLp9z"],
      ["gradle publish -PmavenPassword='Hq7!vX2mLp9z'", "Hq7!vX2mLp9z"],
      ["---\n:https://gems.corp.example/: Hq7vX2mLp9zR4tKw8bNc\n", "Hq7vX2mLp9zR"],
      ["twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmcCJGQ4Zj 'dist/*'", "AgEIcHlwaS5v"],
    ];
    for (const [text, secret] of cases) expect(redact(text).text, text).not.toContain(secret);
  });

  it("keeps the same tools' ordinary arguments", () => {
    for (const text of [
      "poetry config virtualenvs.in-project true",
      "bundle config set --local path vendor/bundle",
      "bundle config build.nokogiri --use-system-libraries",
      "cargo login --help",
      "conan remote add corp https://conan.corp.example -p 1",
      "security find-identity -p codesigning -v",
      "gradle build -Pversion=1.2.3 -PskipTests=true",
      "composer config repositories.corp composer https://repo.corp",
      "npm config set registry https://npm.corp/",
      "links:\n  api: https://api.example.com/v2/: documented here\n",
      '  "https://deno.land/std@0.200.0/path/mod.ts": "3f9a1c2b7d4e8fa6c29d1b3e7f5a4c9e8d7c6b3f9a1c2b7d4e8fa6c29d1b3e7f",\n',
      "https://bcr.bazel.build/modules/x/1.0/MODULE.bazel: sha256-Zk3mQ9xLp2Vr7TwN4bYc8HdF6gJs1KaE\n",
    ]) expect(redact(text).text).toBe(text);
  });

  it("mirror credentials keyed by host: Bundler, Deno, Yarn", () => {
    const out = redact(
      'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=ci-bot:r8SrN2FOfMOlmOhoYccCwL2J\nDENO_AUTH_TOKENS=ghp_x@raw.githubusercontent.com;JlyAL052mSvm8tASNPgOBDzXcb65@deno.corp.example\nnpmAuthIdent: "release-bot:!H0qyVU99hh^oT8Mej"\n',
    ).text;
    for (const s of ["r8SrN2FOfMOl", "JlyAL052mSvm", "H0qyVU99hh"]) expect(out).not.toContain(s);
    expect(out).toContain("@deno.corp.example");
  });

  it("keeps Bundler settings and Deno's other variables", () => {
    const text = 'BUNDLE_PATH: "vendor/bundle"\nBUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"\nBUNDLE_WITHOUT=development:test\nDENO_DIR=.deno\n';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: observability vendors' key placements", () => {
  it("vendor Authorization schemes, header names and ingest URLs", () => {
    const cases: [string, string][] = [
      ['curl -H "Authorization: Splunk 85dea3a3-3ac5-4ff1-b718-04bb2e681be6" https://splunk:8088', "3ac5-4ff1-b718"],
      ["Authorization: GenieKey 3b450016-b4e2-4d79-bb7d-b3eee7be96e0", "b4e2-4d79-bb7d"],
      ["OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=dFwwBmDPpiwu4s1kZx5ltN", "dFwwBmDPpiwu"],
      ['headers={"x-honeycomb-team":"k2BiVWYNQCvRQEkTu00YKP"}', "k2BiVWYNQCvR"],
      ["X-Insert-Key: NRII-abcDEF123ghiJKL456mno", "abcDEF123ghi"],
      ['appCertificate = "d9d3868bdd1c0cd00dbd6f5f4af7a145"', "d9d3868bdd1c"],
      ["POST https://logs-01.loggly.com/inputs/19cfcb7c-10f0-414f-a1d5-0209466c0e0a/tag/gateway/", "10f0-414f-a1d5"],
      ["https://endpoint4.collection.sumologic.com/receiver/v1/http/ubdCCovX8FCeLc4D2K5GXLKd4QePtC-U5f8D6n2xePYzKtPM", "ubdCCovX8FCe"],
      ["  - https://conda.anaconda.org/t/7fe2vTK5FcO3oF8DaHUZFHIBS1HYeP1yBg/acme-internal", "7fe2vTK5FcO3"],
      ["curl https://hc-ping.com/5b7c1a2e-9d3f-4e8a-b6c1-2f4d8e9a7b3c", "9d3f-4e8a-b6c1"],
      ["UPTRACE_DSN=https://dcpny773cE2E4q1AGQ5Aqm@api.uptrace.dev?grpc=4317", "dcpny773cE2E"],
    ];
    for (const [text, secret] of cases) expect(redact(text).text, text).not.toContain(secret);
  });

  it("keeps words after a scheme, ordinary paths and URL users", () => {
    for (const text of [
      "Authorization: see the documentation for details",
      "Authorization: Negotiate",
      "x-honeycomb-dataset: billing-api",
      "ssl_certificate = /etc/ssl/certs/server.pem",
      "https://discourse.example.org/t/how-to-configure-the-exporter/1234",
      "https://example.com/inputs/form-validation-examples",
      "ssh://git@github.com/acme/app.git and https://deploy-user@git.example.com/repo",
      "https://0123456789abcdef@pypi.company.com/simple",
    ]) expect(redact(text).text).toBe(text);
  });
});

describe("redact: fixed-shape observability tokens", () => {
  it("a Dynatrace token without a name", () => {
    const out = redact("DT=dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM\n").text;
    expect(out).not.toContain("G3DFPBEJYMOD");
  });

  it("keeps look-alikes that are not the shape", () => {
    const text = "dt0c01.short.value and dt0c01.ST2EY72KQINMH574WMNVI7YN alone\n";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: Deno auth tokens cut by another rule first", () => {
  it("a GitHub token entry keeps its marker whole and a second pass changes nothing", () => {
    const once = redact("DENO_AUTH_TOKENS=ghp_ChWguhOtDtQSmfcDYPnOEs7l9Q4bh7Bscj57@raw.githubusercontent.com;JlyAL052mSvm8tASNPgOBDzXcb65@deno.example\n").text;
    expect(once).not.toContain("[REDACTED:[REDACTED:");
    expect(once).not.toContain("JlyAL052mSvm8tASNPg");
    expect(redact(once).text).toBe(once);
  });
});

describe("redact: Composer auth.json usernames that are license keys", () => {
  it("cuts a generated username under http-basic, keeps plain users and emails", () => {
    const acf = '{\n  "http-basic": {\n    "connect.advancedcustomfields.com": {\n      "username": "Vb6YhJx7Rk2mQ9pLw4/Zt8Nc3+Hq5TdWs1KeGf0",\n      "password": "https://shop.example.com"\n    }\n  }\n}';
    expect(redact(acf).text).not.toContain("Vb6YhJx7Rk2m");
    const users = '{"http-basic": {"repo.packagist.com": {"username": "deploy-bot"}, "nova.laravel.com": {"username": "dev@example.com"}}}';
    expect(redact(users).text).toBe(users);
  });

  it("completes on 1 MB of username keys", () => {
    const text = `"http-basic": ${'"username": "'.repeat(80_000)}`;
    expect(redact(text).text.length).toBeGreaterThan(0);
  });
});
