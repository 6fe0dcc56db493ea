import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

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

describe("redact: database client password flags and arguments", () => {
  it("cuts vsql -w, obclient -p, hdbsql -p and hdbuserstore SET's password", () => {
    const cases: [string, string][] = [
      ["vsql -h vertica-01.internal -U etl_loader -w '60cPz0.FOEkdQMF5' -d analytics", "60cPz0.FOEkdQMF5"],
      ["vsql -U dbadmin -wQx81mPz0rT analytics", "Qx81mPz0rT"],
      ["vsql -U dbadmin --password=Qx81mPz0rT", "Qx81mPz0rT"],
      ["obclient -h10.8.2.11 -P2883 -uroot@sys#obcluster -p'J4WochqTNdj1IF*T' -Doceanbase -A", "J4WochqTNdj1IF*T"],
      ["obclient -h127.0.0.1 -P2881 -uroot -pR00tPwx9 -c", "R00tPwx9"],
      ["./hdbuserstore SET LEDGERPROD hana-prod.internal:30015 LEDGER_RPT '1q2w3e$RfyQ3M'", "1q2w3e$RfyQ3M"],
      ["hdbuserstore -i SET BACKUP hana-prod:30013 SYSTEM Manager1x", "Manager1x"],
      ["hdbsql -n hana:30015 -u SYSTEM -p 'Manager1!x' \"select 1 from dummy\"", "Manager1!x"],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain(secret);
      expect(out, text).toContain("[REDACTED:password]");
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps prompts, references and other subcommands", () => {
    const text = [
      "vsql -U dbadmin -w $VSQL_PASS -d analytics",
      "vsql -U dbadmin -w -d analytics",
      "obclient -h10.8.2.11 -P2883 -uroot -p -A",
      "obclient -h10.8.2.11 -P2883 -uroot -p --database=oceanbase",
      "./hdbuserstore LIST",
      "hdbuserstore DELETE LEDGERPROD",
      "hdbuserstore SET LEDGERPROD hana-prod.internal:30015 LEDGER_RPT",
      "hdbsql -U LEDGERPROD -p",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on a 1 MB line of flags", () => {
    for (const line of ["hdbuserstore -i ".repeat(70_000), "vsql -w ".repeat(130_000), "obclient -p ".repeat(90_000)]) {
      const t0 = performance.now();
      redact(line);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});

describe("redact: Firebird tools and quoted connect-string passwords", () => {
  it("cuts gbak/isql/gsec -password (and its abbreviations) and user/\"pw\"@host:port", () => {
    expect(redact("gbak -b -user SYSDBA -password UaWWVlorPWQt /data/erp.fdb /backup/erp.fbk").text).not.toContain("UaWWVlorPWQt");
    expect(redact("isql-fb -user SYSDBA -pas 'Kp9#vRt2wQ' employee.fdb").text).not.toContain("Kp9#vRt2wQ");
    expect(redact("fbsvcmgr localhost:service_mgr user SYSDBA password Xm4qT8zLw2 action_db_stats").text).not.toContain("Xm4qT8zLw2");
    const dm = redact('disql SYSDBA/"G8CzAbxBk-aERdn6"@10.29.182.230:5236').text;
    expect(dm).not.toContain("G8CzAbxBk-aERdn6");
    expect(dm).toContain("SYSDBA/");
    expect(redact(dm).text).toBe(dm);
  });

  it("keeps references, prompts and quoted paths", () => {
    const text = [
      "gbak -b -user SYSDBA -password $ISC_PASSWORD /data/erp.fdb /backup/erp.fbk",
      "isql -p -U sa",
      'see docs/"guide"@v2',
      "ln -s a/'b'@host",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of near-misses", () => {
    for (const unit of ['a/"b"@', "gbak -pa "]) {
      const start = Date.now();
      redact(unit.repeat(Math.ceil(1_000_000 / unit.length)));
      expect(Date.now() - start).toBeLessThan(4000);
    }
  });
});

describe("redact: BTEQ .LOGON as diff lines and openGauss gsql -W", () => {
  it("cuts the password of a .LOGON diff line and of gsql -W / --password", () => {
    for (const [text, secret] of [
      ["-.LOGON tdprod.internal/etl_loader,~5f_kVaAmx!VHScs;\n+.LOGON tdprod.internal/etl_loader,U!X!^sfh7mzAUtq6;", "U!X!^sfh7mzAUtq6"],
      ["-.LOGON tdprod.internal/etl_loader,~5f_kVaAmx!VHScs;", "~5f_kVaAmx!VHScs"],
      ["$ gsql -d postgres -p 26000 -U wms_admin -W U42!WnSCU_NmjBpY -r", "U42!WnSCU_NmjBpY"],
      ["gsql -d wms -U app --password=Gq7#mZ2pLx", "Gq7#mZ2pLx"],
    ]) {
      const out = redact(text!).text;
      expect(out).not.toContain(secret);
      expect(out).toContain("[REDACTED:password]");
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps references, prompts and -W elsewhere", () => {
    for (const text of [
      "+.LOGON tdprod/etl_user,$TD_PASSWORD;",
      "gsql -d postgres -p 26000 -U omm -W $GS_PASS -r",
      "gsql -d postgres -U omm -W",
      "gcc -W -Wall main.c",
      "psql -h db -U app -W",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of near-misses", () => {
    const t0 = performance.now();
    redact(fill("+.LOGON h/u"));
    redact(fill("gsql -W -W "));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
