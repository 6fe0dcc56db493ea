import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: credentials in a provider's URL path", () => {
  it("cuts RPC keys and heartbeat push tokens, keeping the host", () => {
    const rpc = redact('url: "https://eth-sepolia.g.alchemy.com/v2/CNIFBqfyZBFkdnWJm1OiXkkg7D5q2xZ5",').text;
    expect(rpc).not.toContain("CNIFBqfy");
    expect(rpc).toContain("https://eth-sepolia.g.alchemy.com/v2/");
    expect(redact("https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161").text).not.toContain("9aa3d95b3bc4");
    const push = redact('curl -fsS "https://status.example.net/api/push/pCBoXLtA0c?status=up&msg=OK"').text;
    expect(push).not.toContain("pCBoXLtA0c");
    expect(push).toContain("?status=up&msg=OK");
  });

  it("keeps docs paths and word segments at the same places", () => {
    const text = "https://docs.alchemy.com/reference/api-overview\nhttps://status.example.net/api/push/my-monitor\nhttps://eth-mainnet.g.alchemy.com/v2/YOUR_API_KEY";
    expect(redact(text).text).toBe(text);
  });
});
