// Property files mapping users to passwords (src/redact/login-properties.ts): JAAS `users.properties`, Jetty and
// Rundeck `realm.properties`, Karaf `users.properties`, where the text names the file.
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

describe("redact: user-to-password property files", () => {
  it("cuts the password of each entry where the file is named, with or without roles", () => {
    for (const [text, secret] of [
      ["## users.properties: username=password\nadmin=NyXurWrVb*Yi62", "NyXurWrVb*Yi62"],
      ["users.properties\nops=Maple10!galaxy#7", "Maple10!galaxy#7"],
      ["+++ b/server/config/realm.properties\n+admin:gXApGGS7f3zh68,user,admin", "gXApGGS7f3zh68"],
      ["$ cat etc/users.properties\nkaraf = Tr0ub4dor&3x, _g_:admingroup", "Tr0ub4dor&3x"],
      ["I changed conf/jetty-realm.properties:\nops: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v, user", "OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v"],
    ]) {
      const out = once(text!);
      expect(out).not.toContain(secret);
      expect(out).toContain("[REDACTED:password]");
    }
  });

  it("keeps other property files, hashes, words, numbers, URLs and placeholders", () => {
    for (const text of [
      "# application.properties\nadmin=NyXurWrVb*Yi62x",
      "## users.properties\nadmin=admin\nguest: guest, guests\nport=61616",
      "realm.properties\nactivemq.url=tcp://broker:61616\nguest = <password>, guests",
      "see users.properties for the list of users and their roles",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of entries and of a long name", () => {
    for (const text of [fill("users.properties\nadmin=Ab1!"), `users.properties\n${fill("a")}=`, `users.properties\n${fill(" ")}x`, `users.properties\nu=${fill("Ab1,")}`, `realm.properties ${fill("a: ,")}`]) {
      const t0 = performance.now();
      once(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});
