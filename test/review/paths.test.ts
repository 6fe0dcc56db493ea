import { describe, expect, it } from "vitest";
import { pathSkipReason } from "../../src/review/paths.js";

describe("pathSkipReason", () => {
  it("names the reason for each kind of path", () => {
    expect(pathSkipReason("packages/web/pnpm-lock.yaml", [])).toBe("lockfile");
    expect(pathSkipReason("go.sum", [])).toBe("lockfile");
    expect(pathSkipReason("node_modules/x/index.js", [])).toBe("vendored");
    expect(pathSkipReason("app/vendor/lib.php", [])).toBe("vendored");
    expect(pathSkipReason("packages/ui/dist/index.js", [])).toBe("generated");
    expect(pathSkipReason("build/out.o.txt", [])).toBe("generated");
    expect(pathSkipReason("static/app.min.css", [])).toBe("generated");
    expect(pathSkipReason("src/schema.generated.ts", [])).toBe("generated");
    expect(pathSkipReason("api/v1/service.pb.go", [])).toBe("generated");
    expect(pathSkipReason(".codex-collab.d/worker.log", [])).toBe("generated");
    expect(pathSkipReason("keys/server.pem", [])).toBe("secret-file");
    expect(pathSkipReason("fixtures/big.json", ["fixtures/"])).toBe("ignored");
  });

  it("reviews ordinary source, and files whose names only resemble the rules", () => {
    for (const p of ["src/app.ts", "src/build.ts", "src/distance.ts", "docs/vendor-guide.md", "src/lock.ts", ".env.example", "src/min.js"]) {
      expect(pathSkipReason(p, [])).toBeNull();
    }
  });

  it("puts secret files first, whatever else matches", () => {
    expect(pathSkipReason("node_modules/pkg/.env", ["**"])).toBe("secret-file");
    expect(pathSkipReason("dist/.env.local", [])).toBe("secret-file");
  });

  it("judges directories by the directory rules only", () => {
    expect(pathSkipReason("node_modules", [], true)).toBe("vendored");
    expect(pathSkipReason("web/dist", [], true)).toBe("generated");
    expect(pathSkipReason("fixtures", ["fixtures/"], true)).toBe("ignored");
    expect(pathSkipReason("yarn.lock", [], true)).toBeNull();
    expect(pathSkipReason("src", [], true)).toBeNull();
  });
});
