import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const KEY = "b65500da025e294556e8e818da425150200a374132a20a258a46fd502eb1195b";
const SECRET = "op13y3bz00hjesf1ovo09wfefmrjmo6cq0572kn1enktr5p9f4albesar6a3w1fu";
const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  return out;
};

describe("redact: a signer's or MAC's key given as a named argument", () => {
  it("cuts the key in Kotlin, Python and Swift", () => {
    for (const text of [
      `val signer = HmacSigner(\n    algorithm = "HmacSHA256",\n    key = "${KEY}".hexToByteArray(),\n)`,
      `signer = HMACSigner(secret="${KEY}")`,
      `let mac = Hmac(key: "${KEY}")`,
      `val v = WebhookSigner(signingKey = "${KEY}")`,
    ]) {
      expect(once(text)).not.toContain(KEY.slice(0, 8));
    }
  });

  it("keeps test keys, key names and named keys of other calls", () => {
    for (const text of [
      `signer = HmacSigner(key="${"0".repeat(40)}")`,
      'signer = Signer(key = "projects/acme/keys/primary-signing-key")',
      `val x = format(key = "${KEY}")`,
      'val m = Hmac(algorithm = "HmacSHA256", key = keyBytes)',
    ]) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("completes on 1 MB of signer calls", () => {
    expect(redact("HmacSigner(key = ".repeat(70_000)).text.length).toBeGreaterThan(0);
  });
});

describe("redact: Stream (GetStream) clients' secrets", () => {
  it("cuts the secret given to the Go and JS clients", () => {
    for (const text of [
      `var streamClient, _ = stream.NewClient("8f7sxd7f205n", "${SECRET}")`,
      `const chat = StreamChat.getInstance("8f7sxd7f205n", "${SECRET}");`,
      `const chat = new StreamChat("8f7sxd7f205n", "${SECRET}");`,
      `client = stream.connect("8f7sxd7f205n", "${SECRET}")`,
    ]) {
      const out = once(text);
      expect(out).not.toContain(SECRET.slice(0, 8));
      expect(out).toContain("8f7sxd7f205n");
    }
  });

  it("keeps the key alone and secrets read from the environment", () => {
    for (const text of ['const chat = StreamChat.getInstance("8f7sxd7f205n");', 'client, _ := stream.NewClient(os.Getenv("STREAM_KEY"), os.Getenv("STREAM_SECRET"))']) {
      expect(redact(text).text).toBe(text);
    }
  });
});
