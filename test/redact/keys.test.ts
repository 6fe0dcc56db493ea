// Key blocks and key formats (src/redact/keys.ts): secret key material by other names than "PRIVATE KEY".
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const SEED = "SUASTUWHU66TYJSQUVQIXZLSBDVQESZMVEMYUZIAX23XU7VBQ74N7DSOX6";

describe("redact: NATS nkey seeds", () => {
  it("a seed block of a .creds file, and a seed alone", () => {
    const creds = `************************* IMPORTANT *************************\n-----BEGIN USER NKEY SEED-----\n${SEED}\n------END USER NKEY SEED------\n`;
    expect(redact(creds).text).not.toContain("STUWHU66TYJSQUVQ");
    expect(redact(`nkey_seed: ${SEED}`).text).not.toContain("STUWHU66TYJSQUVQ");
  });

  it("keeps public nkeys and a lone BEGIN line", () => {
    const text = "user public key: UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4\nconst SEED_HEADER = \"-----BEGIN USER NKEY SEED-----\";";
    expect(redact(text).text).toBe(text);
  });
});
