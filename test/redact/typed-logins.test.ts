import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: logins typed by desktop automation", () => {
  it("cuts the password typed after a user and a Tab, in each tool", () => {
    const cases: [string, string][] = [
      ['    WinWaitActive "VPN Login"\n    SendText "backup"\n    Send "{Tab}"\n    SendText "Lobao#2016uw"\n    Send "{Enter}"', "Lobao#2016uw"],
      ['; login to the portal\nWinWaitActive("Portal Login")\nSend("admin{TAB}Harbor!Quill2291{ENTER}")', "Harbor!Quill2291"],
      ['# log in to the VPN client\nxdotool type --delay 50 "deploy"\nxdotool key Tab\nxdotool type "Cedar@Pixel6043"', "Cedar@Pixel6043"],
      ['import pyautogui  # login helper\npyautogui.write("ops")\npyautogui.press("tab")\npyautogui.write("Maple-Orbit5521")', "Maple-Orbit5521"],
      ['app.Login.Edit1.type_keys("ops")\napp.Login.Edit1.type_keys("{TAB}")\napp.Login.Edit2.type_keys("Ember_Basil3318")', "Ember_Basil3318"],
      ["Set WshShell = CreateObject(\"WScript.Shell\") ' login\nWshShell.SendKeys \"svc_backup{TAB}Tundra9021!ember~\"", "Tundra9021!ember"],
      ['tell application "System Events" -- sign in\n    keystroke "admin"\n    keystroke tab\n    keystroke "Walnut_Basil7710"\nend tell', "Walnut_Basil7710"],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain(secret);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps forms typed the same way, variables, and typing outside a login", () => {
    const text = [
      '; fill the order form (login done earlier)\nSendText "Jane Doe"\nSend "{Tab}"\nSendText "221B Baker Street"\nSend "{Tab}"\nSendText "2026-12-01"',
      '; login\nSendText "backup"\nSend "{Tab}"\nSendText password',
    ];
    for (const t of text) expect(redact(t).text).toBe(t);
    const noLogin = 'SendText "ops"\nSend "{Tab}"\nSendText "Report2024"';
    expect(redact(noLogin).text).toBe(noLogin);
  });
});
