import { describe, expect, it } from "vitest";
import { isEncodedPublicData } from "../../src/redact/encoded.js";
import { redact } from "../../src/redact/index.js";

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64");
const RANDOM = "q8Vf2LmZ7xR1tN4wKc9Hj3Pa6Ud0Ye5Gs8Bn2Xk7Wv4Mr1Tz6Qh9Jd3Lf0Cp5Ea8";

describe("isEncodedPublicData", () => {
  it("knows files by their magic bytes and public PEM blocks by their label", () => {
    expect(isEncodedPublicData(b64(`<svg xmlns="http://www.w3.org/2000/svg">${RANDOM}`))).toBe(true);
    expect(isEncodedPublicData(b64(`%PDF-1.7\n${RANDOM}`))).toBe(true);
    expect(isEncodedPublicData(b64(`-----BEGIN CERTIFICATE-----\n${RANDOM}`))).toBe(true);
    expect(isEncodedPublicData(b64(`-----BEGIN PUBLIC KEY-----\n${RANDOM}`))).toBe(true);
  });

  it("never a private or encrypted key, whatever encodes it, nor random bytes", () => {
    for (const label of ["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "OPENSSH PRIVATE KEY"]) {
      expect(isEncodedPublicData(b64(`-----BEGIN ${label}-----\n${RANDOM}`)), label).toBe(false);
    }
    expect(isEncodedPublicData(RANDOM)).toBe(false);
  });

  it("not formats that carry credentials inside (XML, archives), nor PEM text with a private block after a public one", () => {
    expect(isEncodedPublicData(b64(`<?xml version="1.0"?><settings><password>Xk9#mQ2pL7vR4tZ8</password></settings>`))).toBe(false);
    expect(isEncodedPublicData(b64(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from(RANDOM)])))).toBe(false);
    expect(isEncodedPublicData(b64(`-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\nMHc${RANDOM}\n`))).toBe(false);
    expect(isEncodedPublicData(b64(`-----BEGIN CERTIFICATE-----\nMIIC${RANDOM}\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIE${RANDOM}\n`))).toBe(false);
  });
});

describe("redact: encoded public data", () => {
  const cert = b64(`-----BEGIN CERTIFICATE-----\nMIIC${RANDOM}\n-----END CERTIFICATE-----\n`);
  const key = b64(`-----BEGIN RSA PRIVATE KEY-----\nMIIE${RANDOM}\n-----END RSA PRIVATE KEY-----\n`);

  it("keeps a kubeconfig's CA and client certificate, redacts its client key", () => {
    const text = `clusters:\n- cluster:\n    certificate-authority-data: ${cert}\nusers:\n- user:\n    client-certificate-data: ${cert}\n    client-key-data: ${key}\n`;
    const out = redact(text).text;
    expect(out.split(cert).length - 1).toBe(2);
    expect(out).not.toContain(key.slice(44, 100));
  });

  it("keeps an inlined SVG in a ConfigMap and a mail attachment's base64 lines", () => {
    const svg = b64(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${RANDOM}${RANDOM}</svg>`);
    const configMap = `kind: ConfigMap\nbinaryData:\n  logo.svg: ${svg}\n`;
    expect(redact(configMap).text).toBe(configMap);
    const pdf = b64(Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), Buffer.from(RANDOM.repeat(6))]));
    const lines = pdf.match(/.{1,76}/g)!.join("\n");
    const mail = `Content-Type: application/pdf; name="invoice.pdf"\nContent-Transfer-Encoding: base64\n\n${lines}\n`;
    expect(redact(mail).text).toBe(mail);
  });

  it("a wrapped certificate-and-key bundle stays redactable, and a token after a wrapped certificate is not part of it", () => {
    const bundle = b64(`-----BEGIN CERTIFICATE-----\nMIIC${RANDOM}\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIE${RANDOM}${RANDOM}\n-----END PRIVATE KEY-----\n`);
    const wrapped = bundle.match(/.{1,76}/g)!.join("\n");
    expect(redact(`$ base64 tls.pem\n${wrapped}\n`).text).not.toContain(bundle.slice(200, 230));
    const cert = b64(`-----BEGIN CERTIFICATE-----\nMIIC${RANDOM}${RANDOM}\n-----END CERTIFICATE-----\n`).match(/.{1,76}/g)!.join("\n");
    const token = "Qk7mZ2pL9xVr4NcQ8wYh3FjS6tUe1GdKb0aOiWnXs5vRy";
    expect(redact(`ca:\n${cert}\n${token}\n`).text).not.toContain(token);
  });
});
