import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: provider formats", () => {
  it("a NuGet API key, as a nuget.config apikeys entry", () => {
    const key = "oy2z0zvlea040sjbatbkarcnrnqms2sfijjav6f81rsom3";
    const r = redact(`<apikeys>\n  <add key="https://www.nuget.org/api/v2/package" value="${key}" />\n</apikeys>`);
    expect(r.text).not.toContain(key.slice(3));
    expect(r.kinds["nuget-key"]).toBe(1);
  });
});
