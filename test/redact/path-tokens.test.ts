import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

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

describe("redact: push keys as a URL's first path segment", () => {
  it("Bark's device key, ServerChan's SendKey and a token under a host named for pushes", () => {
    const bark = redact('curl -s "https://api.day.app/yHyQVfkPVrn8i1yezZgmHO/Claude%20Code/done?group=claude"').text;
    expect(bark).not.toContain("yHyQVfkP");
    expect(bark).toContain("https://api.day.app/");
    expect(bark).toContain("/Claude%20Code/done?group=claude");
    expect(redact("curl https://sctapi.ftqq.com/SCT215603TzBqfYk9rGm2WcJxPnLs8eHd.send?title=hi").text).not.toContain("TzBqfYk9");
    const push = redact("[notify] POST https://push.pixelfjord.games/j57UaNkFN3haIrNl9TgkcT3p8jLxv1zm/deploy -> 200").text;
    expect(push).not.toContain("j57UaNkF");
    expect(push).toContain("/deploy -> 200");
  });

  it("keeps word and version segments on such hosts", () => {
    const text = "https://push.example.com/status https://push.example.com/v2/messages https://hooks.example.com/deliveries/latest\nhttps://api.day.app/register https://notify.example.org/api/v1/alerts https://ping.example.net/health-check-2024\nhttps://updates.push.services.mozilla.com/wpush/v2/abc";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: Backtrace submission URLs", () => {
  it("cuts the submission token after the universe", () => {
    const text = "ServerUrl: https://submit.backtrace.io/skyforge/279ef9f708de958db04d4cc149a312024042082937d350a243202e8da49c96f5/json";
    const out = redact(text).text;
    expect(out).toBe("ServerUrl: https://submit.backtrace.io/skyforge/[REDACTED:url-token]/json");
    expect(redact(out).text).toBe(out);
  });

  it("keeps words and other hosts", () => {
    for (const text of ["https://submit.backtrace.io/skyforge/your-token/json", "https://docs.backtrace.io/skyforge/279ef9f708de958db04d4cc149a31202/json"]) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("stays linear on 1 MB of URLs", () => {
    const t0 = performance.now();
    redact(fill("https://submit.backtrace.io/a/"));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
