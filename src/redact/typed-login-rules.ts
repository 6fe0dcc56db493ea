// How desktop automation types text and presses Tab, per tool (data for typed-logins.ts). A typed literal is group
// `text`; a Tab key press matches TAB_RE. Tools: AutoHotkey (Send, SendText, SendInput, SendRaw), AutoIt (Send),
// xdotool (type / key Tab), pyautogui (write, typewrite / press("tab")), pywinauto (type_keys), WSH and .NET SendKeys,
// AppleScript (keystroke / keystroke tab, key code 48).

/** One typed literal on a line; `{Tab}` alone is a key press, not text (see TAB_RE). */
export const TYPE_RE =
  /(?:(?<![\w.])(?:Send(?:Text|Input|Raw|Play|Event)?|xdotool[ \t]+type(?:[ \t]+--[\w-]{1,24}(?:[ \t]+\d{1,5})?){0,3}|pyautogui\.(?:write|typewrite)|keystroke)|\.(?:SendKeys(?:\.SendWait|\.Send)?|type_keys)|::SendWait)[ \t]*[,(]?[ \t]*(?<q>["'])(?<text>[^"'\n{}]{1,128})\k<q>/i;

/** A Tab key press on a line: the focus moves from the user field to the password field. */
export const TAB_RE = /(?:["']\{Tab\}["']|xdotool[ \t]+key[ \t]+(?:--[\w-]{1,24}[ \t]+)*Tab\b|press\([ \t]*["']tab["'][ \t]*\)|keystroke[ \t]+tab\b|key[ \t]+code[ \t]+48\b)/i;

/** User and password typed as one string: `Send("admin{TAB}…{ENTER}")`, `SendKeys "admin{TAB}…~"`. */
export const INLINE_TAB_RE = /(?<q>["'])[^"'\n{}]{1,64}\{TAB\}(?<text>[^"'\n{}~]{1,128})(?:\{ENTER\}|~)?\k<q>/gi;

/** The text says it logs in: a window, a comment or a label. */
export const LOGIN_CONTEXT_RE = /log[ -]?[io]n|sign[ -]?in|password|passwort|credential|anmeld|登录|登入|VPN/i;
