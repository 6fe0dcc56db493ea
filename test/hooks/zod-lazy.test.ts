// The hook bundles load zod only on a slow path, from dist/hooks/zod-mini.cjs: that file has every function the
// stand-in module forwards, and a hook whose configuration changed validates it through them.
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as lazy from "../../src/hooks/zod-lazy.js";
import { DIST, requireBuilt } from "../support/hooks.js";

beforeAll(() => requireBuilt());

describe("zod for the hooks' slow path", () => {
  it("dist/hooks/zod-mini.cjs exports every function zod-lazy.ts forwards, and they are zod's", () => {
    const built = createRequire(import.meta.url)(join(DIST, "hooks", "zod-mini.cjs")) as Record<string, unknown>;
    const names = Object.keys(lazy).filter((k) => k !== "enum_");
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) expect(typeof built[name], name).toBe("function");
    const schema = (built.object as (s: object) => unknown)({ n: (built.number as () => unknown)() });
    expect((built.safeParse as (s: unknown, v: unknown) => { success: boolean })(schema, { n: "x" }).success).toBe(false);
  });
});
