// z/OS batch FTP: a JCL step `EXEC PGM=FTP,PARM='<host> …'` reads its commands from the `//INPUT DD *` stream, and
// with the host given in PARM the stream's first two lines are the user id and the password (IBM's documented
// batch-FTP form). The password line is cut. The step is looked for a bounded distance before each `DD *`: linear.
import { isPlaceholder, type Tally } from "./values.js";

/** `//INPUT DD *` (or SYSIN), then the user line and the password line. */
const STREAM_RE = /^\/\/(?:INPUT|SYSIN)[ \t]+DD[ \t]+\*[^\n]*\r?\n[ \t]*[^\s/][^\s]{0,63}[ \t]*\r?\n[ \t]*([^\s/][^\s]{0,127})[ \t]*(?=\r?\n|$)/gm;
/** The FTP step with a host in PARM, somewhere in the lines just before the stream. */
const FTP_STEP_RE = /\bEXEC[ \t]+PGM=FTP\b[^\n]*\bPARM=\(?'[A-Za-z0-9][\w.-]{0,252}/;
const STEP_REACH = 600;
/** Commands that can stand on the second line when the first holds `USER name password` or the server prompts. */
const FTP_COMMAND_RE = /^(?:QUIT|BYE|BINARY|BIN|ASCII|EBCDIC|PASV|PWD|LS|DIR|CLOSE|STATUS|SYSTEM)$/i;

export function redactJclFtpPasswords(text: string, tally: Tally): string {
  if (!text.includes("PGM=FTP")) return text;
  const cuts: [number, number][] = [];
  STREAM_RE.lastIndex = 0;
  for (let m = STREAM_RE.exec(text); m; m = STREAM_RE.exec(text)) {
    const password = m[1]!;
    if (!FTP_STEP_RE.test(text.slice(Math.max(0, m.index - STEP_REACH), m.index))) continue;
    // A JCL symbol (`&PASSWD`) is filled in at submit time.
    if (FTP_COMMAND_RE.test(password) || isPlaceholder(password) || password.startsWith("&")) continue;
    const end = m.index + m[0].length;
    cuts.push([end - password.length, end]);
  }
  return tally.cut(text, cuts, "password");
}
