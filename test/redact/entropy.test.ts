import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const PUB = "RWQYjDHzwkJTw3x6w9VfD7BaJJss8nd1C8SCEQ0Rq3rq41LlKNJbJp0C";

describe("redact: signing public keys stay", () => {
  it("keeps the argument of minisign -P and the key line of a minisign .pub file", () => {
    const verify = `minisign -Vm releases/acme-cli-v2.3.1-linux-amd64.tar.gz -P ${PUB}`;
    expect(redact(verify).text).toBe(verify);
    const pub = `untrusted comment: minisign public key 5B4D1C2A9F3E7B60\n${PUB}\n`;
    expect(redact(pub).text).toBe(pub);
  });

  it("still redacts a minisign secret key and a random -P argument of another tool", () => {
    const sec = `untrusted comment: minisign encrypted secret key\nRWRTY0IyM3vJd8Kf2Lq9XzT7Wn4Bp1Hs6Gk3Mv8Rc5Yt0Ea2Uw9Zj7Ld4Nx1Qb6Pf3Sh8Kg5Vm2Tr0Yc9We7Ua4Ij1Oz\n`;
    expect(redact(sec).text).not.toContain("Jd8Kf2Lq9XzT7Wn4");
    const other = `deploy-tool --host prod -P ${PUB}`;
    expect(redact(other).text).not.toContain(PUB.slice(8, 40));
  });
});

describe("redact: identifiers in S3 responses stay", () => {
  it("HostId and x-amz-version-id are request and object identifiers", () => {
    const text = "RequestId: 4ED8F422DBBD7327 HostId: Z4zaf51jz0726MttlT3wzkiWTevA2384XHhZaxLh/8ngGI3nEDBc1mlzBePUMnQiYH8Yh4ZLgqRt=\n< x-amz-version-id: C4NjLQdUptZQ3B3eumwuzjPSLjkT36qQ\n";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: labels that keep identifiers are anchored", () => {
  it("pipe-separated rows are not hashed known_hosts entries, and an ARN label ends at a comma", () => {
    const token = "Qk7mZ2pL9xVr4NcQ8wYh3FjS6tUe1GdK";
    expect(redact(`12|1|${token}`).text).not.toContain(token);
    expect(redact(`arn:aws:iam::123456789012:user/ci,${token}`).text).not.toContain(token);
  });

  it("a password shaped like a word and '!' is no GraphQL type", () => {
    for (const line of ["password: Letmein!", "DB_PASSWORD: Sunshine!"]) expect(redact(line).text, line).toContain("[REDACTED");
    expect(redact("input Login {\n  password: String!\n}").text).toContain("password: String!");
  });
});

describe("redact: encoded credentials", () => {
  it("base64 of JSON with any secret-named member (an OAuth client's client_secret)", () => {
    const json = JSON.stringify({ client_id: "t8cv4kh4vhl7x1pg2p8s", client_secret: "6FfSugGs6lbgJbMtnLXESuUxUvIoLW4i4v4D6FZQ", tenant: "acme" });
    const b64 = Buffer.from(json).toString("base64");
    expect(redact(`PARTNER_OAUTH_B64=${b64}`).text).not.toContain(b64.slice(40, 60));
    const plain = Buffer.from(JSON.stringify({ name: "orders", token_type: "bearer", region: "eu-west-1" })).toString("base64");
    expect(redact(`FIXTURE=${plain}`).text).toContain(plain);
  });

  it("hex of a password, not of words or of random bytes", () => {
    expect(redact('  "psk_hex": "51756172747a2134313536746934",').text).not.toContain("51756172747a2134313536746934");
    const words = Buffer.from("hello_world_2024").toString("hex");
    expect(redact(`  "fixture": "${words}",`).text).toContain(words);
    expect(redact('  "sha": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",').text).toContain("9f86d081884c7d65");
  });
});

describe("redact: validators and doubly encoded text stay", () => {
  it("keeps an entity tag in If-None-Match and a query encoded twice", () => {
    const text = 'If-None-Match: W/"a3f9d-Lq7XbRZ0m2kVt8pYc4eN1uJ"\nfetch("/api/search?q=hello%2520world%2526more%253Dyes")\n';
    expect(redact(text).text).toBe(text);
  });

  it("still redacts a token after another header and a password encoded twice", () => {
    expect(redact('X-Session: W/"a3f9d-Lq7XbRZ0m2kVt8pYc4eN1uJ"').text).not.toContain("Lq7XbRZ0m2kVt8pYc4eN1uJ");
    expect(redact("curl https://api.acme.io/v1?q=Tr0ub4dor%2519lq%252B%252FXk9mP2qLw7Tn4").text).not.toContain("Tr0ub4dor%2519lq");
  });
});
