// z/OS batch FTP passwords in JCL (src/redact/jcl-ftp.ts): the second line of the FTP step's INPUT stream when
// PARM names the host.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

const JOB = "//FTPSEND  JOB (ACCT),'NIGHTLY SEND',CLASS=A,MSGCLASS=X\n";

describe("redact: JCL batch FTP", () => {
  it("cuts the password line after the user when PARM gives the host", () => {
    const text = `${JOB}//STEP01   EXEC PGM=FTP,PARM='mysql-master.ops.lan (EXIT'\n//SYSPRINT DD SYSOUT=*\n//INPUT    DD *\nFTPUSR01\nXJ8HTEYL9V\nPUT 'PROD.DAILY.EXTRACT' extract.dat\nQUIT\n/*\n`;
    const out = redact(text).text;
    expect(out).toBe(text.replace("XJ8HTEYL9V", "[REDACTED:password]"));
    expect(redact(out).text).toBe(out);
  });

  it("keeps streams without a host in PARM, other programs' SYSIN, commands and JCL symbols", () => {
    for (const text of [
      `${JOB}//STEP01   EXEC PGM=FTP,PARM='(EXIT'\n//INPUT    DD *\nftp.example.com\nFTPUSR01\nQUIT\n/*\n`,
      `${JOB}//STEP01   EXEC PGM=IDCAMS\n//SYSIN    DD *\nDELETE PROD.DATA\nSET MAXCC=0\n/*\n`,
      `${JOB}//STEP01   EXEC PGM=FTP,PARM='host.example (EXIT'\n//INPUT    DD *\nUSER FTPUSR01 &PASSWD\nQUIT\n/*\n`,
      `${JOB}//STEP01   EXEC PGM=FTP,PARM='host.example (EXIT'\n//INPUT    DD *\nFTPUSR01\n&PASSWD\nQUIT\n/*\n`,
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays fast on 1 MB of streams after one FTP step", () => {
    const t = Date.now();
    const text = `//S EXEC PGM=FTP,PARM='h (EXIT'\n${fill("//INPUT DD *\na\nQUIT\n")}`;
    expect(redact(text).text.length).toBeGreaterThanOrEqual(MB);
    expect(Date.now() - t).toBeLessThan(20000);
  });
});
