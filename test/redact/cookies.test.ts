// Cookie headers (src/redact/cookies.ts), as header lines and as name/value objects of HAR and Postman files.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: cookies in name/value header objects", () => {
  it("a HAR request's cookie header", () => {
    const har = '"headers":[{"name":"cookie","value":"sessionid=hfpcsok87z8yglnzdmvf5454gfqwpfzx; theme=dark"}]';
    const out = redact(har).text;
    expect(out).not.toContain("hfpcsok87z8yglnz");
    expect(out).toContain("theme=dark");
  });

  it("keeps readable cookie values and other headers' values", () => {
    const text = '"headers":[{"name":"cookie","value":"theme=dark; lang=en-US"},{"name":"accept","value":"text/html"}]';
    expect(redact(text).text).toBe(text);
  });
});
