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

describe("redact: OpenVPN static keys", () => {
  it("cuts the hex body of a Static key V1 block, also in a diff", () => {
    const body = "6fecb005be9ebf6db79833e44341c24a\nc1dc791ebccb060461d4e4a939c39a64";
    const out = redact(`key-direction 1\n<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n${body}\n-----END OpenVPN Static key V1-----\n</tls-auth>`).text;
    expect(out).not.toContain("6fecb005");
    expect(out).toContain("</tls-auth>");
    const diff = " -----BEGIN OpenVPN Static key V1-----\n+ebfade3a23a9579359619da708a2e472\n+fc0c4987abade93db4cb2475ed391ee5\n -----END OpenVPN Static key V1-----";
    expect(redact(diff).text).not.toContain("ebfade3a");
  });

  it("keeps a BEGIN line on its own and the tls-auth directive", () => {
    const text = 'const HEADER = "-----BEGIN OpenVPN Static key V1-----";\ntls-auth ta.key 1';
    expect(redact(text).text).toBe(text);
  });
});
