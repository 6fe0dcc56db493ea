// The config defaults the hooks use without building the schema are exactly what the schema fills in, and the
// lazily built schemas are the ones every other module names.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Config, configSchemas, defaultConfig, ReviewMode } from "../../src/config/schema.js";
import { StateFile, stateSchemas, Usage } from "../../src/state/schema.js";

describe("config defaults", () => {
  it("defaultConfig() equals the schema's parse of an empty file", () => {
    expect(defaultConfig()).toStrictEqual(z.parse(Config, {}));
  });

  it("each section left out of a file is that section of defaultConfig()", () => {
    const parsed = z.parse(Config, { review: { mode: "always" } });
    const d = defaultConfig();
    expect(parsed.codex).toStrictEqual(d.codex);
    expect(parsed.hooks).toStrictEqual(d.hooks);
    expect(parsed.classify).toStrictEqual(d.classify);
    expect(parsed.review).toStrictEqual({ ...d.review, mode: "always" });
  });

  it("returns fresh objects: a caller changing its copy changes no one else's", () => {
    const a = defaultConfig();
    a.review.ignore.push("x");
    a.hooks.classify = false;
    expect(defaultConfig().review.ignore).toEqual([]);
    expect(defaultConfig().hooks.classify).toBe(true);
  });
});

describe("lazily built schemas", () => {
  it("the exported names are the memoized schemas", () => {
    expect(configSchemas().Config).toBe(Config);
    expect(configSchemas().ReviewMode).toBe(ReviewMode);
    expect(stateSchemas().StateFile).toBe(StateFile);
    expect(stateSchemas().Usage).toBe(Usage);
    expect(stateSchemas().StateFile.shape.sessions).toBe(StateFile.shape.sessions);
  });
});
