// A YAML plain scalar continued on more-indented lines after a cut value (yaml-continued.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

describe("redact: a YAML plain scalar continued on the next lines", () => {
  it("cuts each continuation of a cut value", () => {
    const cases = [
      "password: Xk9mP2qLw7\n  Tn4Rb8Vc1Y",
      "db:\n  password: Xk9mP2qLw7\n    Tn4Rb8Vc1Y\n    Qz7Wp3\n  user: admin",
      "+password: Xk9mP2qLw7\n+  Tn4Rb8Vc1Y",
      "- password: Xk9mP2qLw7\n    Tn4Rb8Vc1Y",
    ];
    for (const text of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain("Tn4Rb8Vc1Y");
      expect(out).not.toContain("Xk9mP2qLw7");
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    }
    expect(redact("db:\n  password: Xk9mP2qLw7\n    Tn4Rb8Vc1Y\n  user: admin").text).toContain("\n  user: admin");
  });

  it("keeps next keys, items, comments, words and lines at the key's own indent", () => {
    const kept = [
      ["password: Xk9mP2qLw7\nname: Tn4Rb8Vc1Y", "Tn4Rb8Vc1Y"],
      ["password: Xk9mP2qLw7\n  end", "  end"],
      ["password: Xk9mP2qLw7\n  other: Tn4Rb8Vc1Y", "Tn4Rb8Vc1Y"],
      ["- password: Xk9mP2qLw7\n  - Tn4Rb8Vc1Y", "Tn4Rb8Vc1Y"],
      ["password: Xk9mP2qLw7\n  # Tn4Rb8Vc1Y", "Tn4Rb8Vc1Y"],
      ["  password: Xk9mP2qLw7\n  Tn4Rb8Vc1Y", "Tn4Rb8Vc1Y"],
      ["- password: Xk9mP2qLw7\n  Tn4Rb8Vc1Y", "Tn4Rb8Vc1Y"],
    ];
    for (const [text, stays] of kept) expect(redact(text!).text, text).toContain(stays);
    expect(redact("name: Xk9mP2qLw7\n  Tn4Rb8Vc1Y").text).toBe("name: Xk9mP2qLw7\n  Tn4Rb8Vc1Y");
  });

  it("stays fast on 1 MB of continued values", () => {
    for (const unit of ["password: Xk9mP2qLw7\n  Tn4Rb8Vc1Y\n", "password: Xk9mP2qLw7\n" + "  Tn4Rb8Vc1Y\n".repeat(20)]) {
      const text = fill(unit);
      const started = Date.now();
      const out = redact(text).text;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(out).not.toContain("Xk9mP2qLw7");
      expect(markersWhole(out)).toBe(true);
    }
  });
});
