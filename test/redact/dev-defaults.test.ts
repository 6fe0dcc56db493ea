// Documented default credentials kept under their own variables (src/redact/dev-defaults.ts); any other value there,
// the default under another name, or a secret beside it still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const SECRET = "2Vu5h^rleq~JRQ7s6oD%gefc";
const TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";
const compose = (user: string, password: string) =>
  `services:\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: ${user}\n      MINIO_ROOT_PASSWORD: ${password}\n`;

const kept: [string, string][] = [
  ["MinIO's default root user and password in compose", compose("minioadmin", "minioadmin")],
  ["the same removed in a diff", compose("minioadmin", "minioadmin").split("\n").map((l) => `-${l}`).join("\n")],
  ["docker run's -e arguments", `docker run -p 9000:9000 -e "MINIO_ROOT_USER=minioadmin" -e "MINIO_ROOT_PASSWORD=minioadmin" minio/minio server /data`],
  ["the legacy variables in a .env", `MINIO_ACCESS_KEY=minioadmin\nMINIO_SECRET_KEY="minioadmin"\n`],
];

const redacted: [string, string, string][] = [
  ["a real password under the default user", compose("minioadmin", SECRET), SECRET],
  ["a token in the default's comment", compose("minioadmin", `minioadmin # ci: ${TOKEN}`), TOKEN],
  ["the default glued to more", compose("minioadmin", `minioadmin${SECRET}`), SECRET],
  ["the default beside another secret", `${compose("minioadmin", "minioadmin")}      REDIS_PASSWORD: ${SECRET}\n`, SECRET],
  ["the default's word under another variable", `POSTGRES_PASSWORD: minioadmin\nAPI_TOKEN: ${SECRET}`, SECRET],
];

describe("documented defaults stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("other values under the same names still go", () => {
  for (const [name, text, secret] of redacted) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    });
  }
});

describe("linear on 1 MB of settings", () => {
  const inputs = {
    "default settings": fill("MINIO_ROOT_PASSWORD: minioadmin\n"),
    "one long line of names": `MINIO_ROOT_USER ${fill("ABC_DEF_GHI ")}`,
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      const t0 = performance.now();
      expect(redact(text).text.length).toBeGreaterThan(MB / 2);
      expect(performance.now() - t0).toBeLessThan(10_000);
    });
  }
});
