// The shield (src/redact/shield.ts): kept spans leave as markers and come back unchanged.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { shield } from "../../src/redact/shield.js";

describe("shield", () => {
  it("replaces spans by markers and restores them", () => {
    const s = shield("a=SPAN1 b=SPAN2", [[10, 15], [2, 7]]);
    expect(s.text).toBe("a=$KEPT_0_ b=$KEPT_1_");
    expect(s.restore(s.text)).toBe("a=SPAN1 b=SPAN2");
  });

  it("drops a span that overlaps an earlier one", () => {
    const s = shield("abcdef", [[0, 4], [2, 6]]);
    expect(s.text).toBe("$KEPT_0_ef");
  });

  it("shields nothing in a text that already holds a marker's start", () => {
    const s = shield("x=$KEPT_0_ y=SPAN", [[13, 17]]);
    expect(s.text).toBe("x=$KEPT_0_ y=SPAN");
    expect(s.restore("x=$KEPT_0_ y=SPAN")).toBe("x=$KEPT_0_ y=SPAN");
  });

  it("leaves a marker that a detector cut into redacted", () => {
    const s = shield("k=SPAN", [[2, 6]]);
    expect(s.restore("k=[REDACTED:secret]")).toBe("k=[REDACTED:secret]");
  });

  const PULUMI = "v1:fAc9Moi2BbylKKfD:wQFrwNUuWi+wHracWSSYSz4LK6AYApjJf3luF2lvbrM+";

  it("a text holding a marker's start is redacted as without the shield", () => {
    expect(redact(`app:dbPassword:\n    secure: ${PULUMI}\n`).text).toContain(PULUMI);
    expect(redact(`note: "$KEPT_"\napp:dbPassword:\n    secure: ${PULUMI}\n`).text).not.toContain(PULUMI);
  });

  it("a value that holds a kept span and more is judged whole", () => {
    const jasypt = "ENC(XVeM/yitj2N4+kw4/KPC7x6PWZigWR9g60RANh5/9pyrwA2B1fxFbuwFfcRZyu6I)";
    expect(redact(`DB_PASSWORD=${jasypt}`).text).toBe(`DB_PASSWORD=${jasypt}`);
    expect(redact(`DB_PASSWORD=${jasypt};Xk9#mP2qLw7`).text).not.toContain("Xk9#mP2qLw7");
  });

  const POSTHOG = "phc_JnZwSGORe7y5hQ40dHfPSSx9ajyeS2PUF9Zy5O8NgZz";

  // The marker's `$` reads as a variable to the code tests, and the header pattern takes no `$`: a value holding a
  // marker and a password was kept whole as code.
  it("a password glued to a kept value by punctuation is still redacted", () => {
    for (const text of [
      `secret_key: ${POSTHOG},Tr0ub4dor-x7Q`,
      `secret_key: ${POSTHOG}"Tr0ub4dor-x7Q`,
      `secret_key: Tr0ub4dor-x7Q:${POSTHOG}`,
      `password: ${POSTHOG}&Tr0ub4dor-x7Q`,
      `the password is gX1fBat3bV&Tr0ub4dor-x7Q`,
      `Authorization: Bearer ${POSTHOG}&Tr0ub4dor-x7Q`,
      `ENV DB_PASSWORD ${POSTHOG} Tr0ub4dor-x7Q`,
      `requirepass ${POSTHOG},Tr0ub4dor-x7Q`,
      `db.internal:5432:app:svc:${POSTHOG})Tr0ub4dor-x7Q`,
      `win01 ansible_user=admin ansible_password=timber-pepper-Rocket-22:${POSTHOG}`,
    ]) {
      expect(redact(text).text, text).not.toMatch(/Tr0ub4dor-x7Q|timber-pepper-Rocket-22/);
    }
  });

  it("a kept value in a query stays, with the secret beside it redacted", () => {
    const url = `https://eu.posthog.com/decide?api_key=${POSTHOG}&secret=Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3`;
    expect(redact(url).text).toBe(`https://eu.posthog.com/decide?api_key=${POSTHOG}&secret=[REDACTED:secret]`);
    expect(redact(`POSTHOG_KEY: ${POSTHOG}`).text).toBe(`POSTHOG_KEY: ${POSTHOG}`);
  });

  it("a kept value closed by punctuation stays: quoted in minified code, in brackets, in a tag", () => {
    for (const text of [
      `cfg={apiKey:"AIzaSyQ7zLm2vR8sT4Xk9pXk9pQ7zLm2vR8sT4a",authDomain:"p.firebaseapp.com",projectId:"p",appId:"1:2:web:3"}`,
      `The project key (${POSTHOG}) is public.`,
      `keys: [${POSTHOG}]`,
      `<key>${POSTHOG}</key>`,
      "Location: https://client.example.com/cb#access_token=2YotnFZFEjr1zCsicMWpAA&state=xyz&token_type=example",
    ]) {
      expect(redact(text).text, text).toBe(text);
    }
  });

  it("a kept value that a detector cuts elsewhere in the text is cut everywhere", () => {
    const key = "AIzaSyQ7zLm2vR8sT4Xk9pXk9pQ7zLm2vR8sT4a";
    const config = `const firebaseConfig = { apiKey: "${key}", authDomain: "p.firebaseapp.com", projectId: "p", appId: "1:2:web:3" };\n`;
    expect(redact(config).text).toBe(config);
    expect(redact(`${config}GEMINI_API_KEY=${key}\n`).text).not.toContain(key);
  });

  it("redacting twice changes nothing more", () => {
    const text = `app:dbPassword:\n    secure: ${PULUMI}\nconst t = "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp";`;
    const once = redact(text).text;
    expect(once).toContain(PULUMI);
    expect(once).not.toContain("Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp");
    expect(redact(once).text).toBe(once);
  });
});
