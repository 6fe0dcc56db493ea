// Plain-text server lists (server-lists.ts): name, address:port and a generated credential on every row.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: server lists with a credential per row", () => {
  it("cuts the last column of rows naming a server and its address", () => {
    const text = "arena-eu-1  203.0.113.44:28016  QGP7NLU40HfG9vhDn9\narena-eu-2  203.0.113.45:28016  vcq04a7Ybs1Vdelowa\n";
    expect(once(text)).toBe("arena-eu-1  203.0.113.44:28016  [REDACTED:password]\narena-eu-2  203.0.113.45:28016  [REDACTED:password]\n");
    const out = once("+mc-1 play.example.net:25575 Zr8kQ2mWx7pLt4Vb\n+mc-2 play.example.net:25576 Hq3nB9vTy6cRw1Xs");
    expect(out).not.toContain("Zr8kQ2mWx7pLt4Vb");
    expect(out).not.toContain("Hq3nB9vTy6cRw1Xs");
  });

  it("keeps states, hex ids, words, a single row and rows without a port", () => {
    for (const text of [
      "web-1  10.0.0.1:8080  running\nweb-2  10.0.0.2:8080  stopped",
      "c1  10.0.0.1:80  4f3a9b2c1d0e4f3a9b2c\nc2  10.0.0.2:80  5f3a9b2c1d0e4f3a9b2c",
      "arena-eu-1  203.0.113.44:28016  QGP7NLU40HfG9vhDn9",
      "api  10.0.0.1:443  ReadinessProbeFailed\napi  10.0.0.2:443  LivenessProbeFailing",
      "a 10.0.0.1 QGP7NLU40HfG9vhDn9\nb 10.0.0.2 vcq04a7Ybs1Vdelowa",
    ]) expect(redact(text).text).toBe(text);
  });

  it("cuts a single row in a file named as a server or rcon list", () => {
    for (const text of [
      "$ cat rcon.txt\nsurvival  203.0.113.5:27015  Xk9mP2qLw7Tn4Rb8\n",
      "--- a/servers.txt\n+++ b/servers.txt\n@@ -0,0 +1 @@\n+survival  203.0.113.5:27015  Xk9mP2qLw7Tn4Rb8\n",
      "Here is my server_list.csv:\nmc-1 play.example.net:25575 Xk9mP2qLw7Tn4Rb8",
    ]) {
      const out = once(text);
      expect(out, text).not.toContain("Xk9mP2qLw7Tn4Rb8");
      expect(out).toContain("[REDACTED:password]");
    }
  });

  it("keeps a single row of another file, and hex ids or words in a named list", () => {
    for (const text of [
      "$ cat notes.txt\nsurvival  203.0.113.5:27015  Xk9mP2qLw7Tn4Rb8",
      "$ cat rcon.txt\nc1  10.0.0.1:80  4f3a9b2c1d0e4f3a9b2c4f",
      "$ cat servers.txt\napi  10.0.0.1:443  ReadinessProbeFailed",
      "servers.txt\nweb-1  10.0.0.1:8080  running",
    ]) expect(once(text), text).toBe(text);
  });

  it("stays linear on 1 MB of rows and of near-misses", () => {
    const t0 = performance.now();
    redact(fill("s 1.2.3.4:80 aB3dE6gH9jK2mN5p\n"));
    redact(fill("s 1.2.3.4:80 "));
    once("cat rcon.txt\n" + fill("s 1.2.3.4:80 aB3dE6gH9jK2mN5p\n"));
    redact(fill("rcon.txt s 1.2.3.4:80 aB3dE6gH9jK2mN5p "));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
