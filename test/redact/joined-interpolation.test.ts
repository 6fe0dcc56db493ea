// Pieces held in variables and joined by interpolation or PHP's `.` (src/redact/joined-vars.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const gone = (text: string, ...pieces: string[]) => {
  const out = redact(text).text;
  for (const p of pieces) expect(out).not.toContain(p);
  expect(redact(out).text).toBe(out);
};

describe("redact: variables joined by interpolation", () => {
  it("shell ${P1}${P2} and $P1$P2, a JS template, a Python f-string, PHP's $a . $b", () => {
    gone('P1="Kd8mW3xQp7LzR2vN"\nP2="c4TbH9jYs6FgA1eU"\nexport DEPLOY_TOKEN="${P1}${P2}"', "Kd8mW3xQ", "c4TbH9jY");
    gone('A="Rm5nQ2kWx8LpT3vZ"\nB="g7DcJ4hYs9FbK6eA"\nAPI_KEY="$A$B"', "Rm5nQ2kW", "g7DcJ4hY");
    gone('const head = "Zp4kW8nQx2LmR7tV";\nconst tail = "d5CbH9jYs3FgK6uA";\nexport const SEARCH_ADMIN_KEY = `${head}${tail}`;', "Zp4kW8nQ", "d5CbH9jY");
    gone('a = "Vx3pK8mQz5NwR2tC"\nb = "j7HbF4sLd9GyU6eA"\nAPI_SECRET = f"{a}{b}"', "Vx3pK8mQ", "j7HbF4sL");
    gone("$a = 'Tq6nK1wWp8RcX3vB';\n$b = 'f2MsL7dYg4HjE9uA';\n$secret = $a . $b;", "Tq6nK1wW", "f2MsL7dY");
  });

  it("keeps URLs, paths and words built by interpolation", () => {
    const text = [
      'HOST="api.example.com"\nPORT="8443"\nBASE_URL="${HOST}${PORT}"',
      'first="Ada"\nlast="Lovelace"\nTOKEN_LABEL="$first$last"',
      'const prefix = "user";\nconst suffix = "name";\nexport const TOKEN_FIELD = `${prefix}${suffix}`;',
      'PASSWORD_FILE="${DIR}${NAME}"',
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of interpolated joins", () => {
    expect(redact(fill('P1="ab"\nTOKEN="${P1}${P1}${P2}"\n')).text.length).toBeGreaterThan(0);
    expect(redact(fill("$a = 'x'; $secret = $a . $a . $b;\n")).text.length).toBeGreaterThan(0);
  });
});
