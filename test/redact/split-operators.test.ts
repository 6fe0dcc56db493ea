// Pieces joined by other languages' operators and calls (src/redact/split.ts), and their ordinary look-alikes.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const gone = (text: string, ...pieces: string[]) => {
  const out = redact(text).text;
  for (const p of pieces) expect(out).not.toContain(p);
  expect(redact(out).text).toBe(out);
};

describe("redact: split values joined by operators", () => {
  it("SQL ||, PHP and Perl's ., Lua's .., VB's &", () => {
    gone("VALUES ('erp', 'Qm7cR2xkPz9LwT4v' || 'b8NfJ3yHs6DgK1aE');", "Qm7cR2xk", "b8NfJ3yH");
    gone("    'merchant_secret' => 'Wd4kZ8pQx2LmR7tN' . 'c5VbH9jYs3FgA6eU',", "Wd4kZ8pQ", "c5VbH9jY");
    gone('my $api_key = "Tz6nK1qWp8RcX3vB" . "f2MsL7dYg4HjE9uA";', "Tz6nK1qW", "f2MsL7dY");
    gone('local api_token = "Hx3pV8kQz5NwR2mC" .. "j7TbF4sLd9GyU6eK"', "Hx3pV8kQ", "j7TbF4sL");
    gone('Const ApiSecret = "Rk2wN7xPq4LzT9cV" & "m5HbJ8gYs1FdE6aU"', "Rk2wN7xP", "m5HbJ8gY");
  });

  it("Rust's concat!, SQL's CONCAT, a reversed list joined", () => {
    gone('const UPSTREAM_TOKEN: &str = concat!("Ps8kW2nQx5LrT7zV", "d3CmH9jYb6FgK1uA", "Nq4Rt8Lz");', "Ps8kW2nQ", "d3CmH9jY", "Nq4Rt8Lz");
    gone("UPDATE apps SET api_secret = CONCAT('Vb5nQ2kWx8LpR3tZ', 'g7DmJ4hYs9FcK6eA');", "Vb5nQ2kW", "g7DmJ4hY");
    gone('const k = ["Lq3pZ8kWn2Rx", "t7VcM4bHj9Ys", "F6gD1aKe5NuQ"].reverse().join("");', "Lq3pZ8kW", "t7VcM4bH", "F6gD1aKe");
    gone('token = "".join(reversed([\n    "Zk4mQ8wPx2Ln",\n    "R7tC3vBh9Jy5",\n]))', "Zk4mQ8wP", "R7tC3vBh");
  });

  it("keeps joins of words, URLs and defaults", () => {
    const text = [
      "SELECT first_name || ' ' || last_name FROM users;",
      "SELECT 'Hello' || ', ' || 'world';",
      "$url = 'https://api.example.com' . '/v2/orders';",
      "$label = 'Order ' . 'confirmed';",
      'local path = "/usr/local" .. "/share/lua"',
      'msg = "Total: " & "items"',
      'const dir = process.env.DIR || "dist";',
      'const parts = ["alpha", "beta", "gamma"].reverse().join("");',
      'const GREETING: &str = concat!("Hello, ", "world!");',
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of operator-joined literals", () => {
    expect(redact(fill("'a1b2c3' || 'd4e5' . \"f6\" .. 'g7' & ")).text.length).toBeGreaterThan(0);
    expect(redact(fill('["ab1", "cd2"].reverse().join(""); concat!("x", ')).text.length).toBeGreaterThan(0);
  });
});
