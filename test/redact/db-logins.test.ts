import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: database logins in a client's statement syntax", () => {
  it("cuts DB2 CONNECT … USING, the db2 command line, BTEQ .LOGON and isql -P", () => {
    expect(redact(" CONNECT TO DB2PLOC USER BATCHU1 USING '1JDEVANOQIIH';").text).not.toContain("1JDEVANOQIIH");
    expect(redact("db2 connect to SAMPLE user db2inst1 using V6xYnrMX4MTR-+").text).not.toContain("V6xYnrMX4MTR");
    expect(redact(".LOGON tdprod.corp.local/etl_user,G2ujF9T8yQtdQqcK;").text).not.toContain("G2ujF9T8yQtd");
    expect(redact("isql -U sa -P X1o#c53@f*Mb!9 -S SYB_PROD -w 200").text).not.toContain("X1o#c53@");
  });

  it("keeps host variables, prompts and prose", () => {
    const text = [
      "EXEC SQL CONNECT TO :WS-DB-NAME USER :WS-DB-USER USING :WS-DB-PASS END-EXEC.",
      "db2 connect to SAMPLE user db2inst1 using ?",
      "We connect to the warehouse user by user using batches.",
      ".LOGON tdprod/etl_user,$TD_PASSWORD;",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: BTEQ LOGON in JCL", () => {
  it("cuts LOGON host/user,password without the dot and keeps a TSO LOGON", () => {
    expect(redact("//SYSIN DD *\n  LOGON TDPID/USER01,Tera!Pw2026;").text).not.toContain("Tera!Pw2026");
    const text = "LOGON IBMUSER\nLOGON TDPID/USER01,$TDPASS;";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: unixODBC isql", () => {
  it("cuts the positional password and keeps isql with a DSN only", () => {
    expect(redact("isql -v MyDSN dbuser Isql!Pw2026").text).not.toContain("Isql!Pw2026");
    const text = "isql -v MyDSN\nisql -U sa -S SYB_PROD -w 200";
    expect(redact(text).text).toBe(text);
  });
});
