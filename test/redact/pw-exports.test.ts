import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: password-manager CSV exports", () => {
  it("cuts the password column of a Chrome-style export, keeping sites and users", () => {
    const text = "name,url,username,password,note\nRouter,http://192.168.1.1,admin,VpE+7JPcUUwI4*,\nMail,https://mail.example.org,ops,K3Ilk^osuIq69m.#,RAM\n";
    const out = redact(text).text;
    expect(out).not.toContain("VpE+7JPc");
    expect(out).not.toContain("K3Ilk^os");
    expect(out).toContain("Router,http://192.168.1.1,admin,");
    expect(out).toContain(",RAM");
  });

  it("reads quoted fields (Firefox) and Bitwarden's login_password and login_totp, also as diff and log lines", () => {
    const firefox = redact('"url","username","password","httpRealm"\n"https://a.example","bob","p,a""ss9Word!",""\n').text;
    expect(firefox).not.toContain("ss9Word");
    expect(firefox).toContain('"bob"');
    const bitwarden = redact("+folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n+,,login,Gh,,,0,https://github.com,bob,Zx9!kPq2Lm,JBSWY3DPEHPK3PXP\n").text;
    expect(bitwarden).not.toContain("Zx9!kPq2Lm");
    expect(bitwarden).not.toContain("JBSWY3DPEHPK3PXP");
    const log = redact("$ head -n 2 export.csv\nname,url,username,password,note\nRouter,http://192.168.1.1,admin,qi%X5!oypnJnhw,\n").text;
    expect(log).not.toContain("qi%X5!oy");
  });

  it("keeps schemas, test reports, hashes, empty and placeholder fields", () => {
    for (const text of [
      "name,type,required\npassword,string,yes\ntoken,string,no\n",
      "name,pass,fail\nunit,120,0\ne2e,33,2\n",
      "id,name,password_hash\n1,alice,$2b$12$abcdefghijklmnopqrstuv\n",
      "url,username,password\nhttps://a.example,bob,\nhttps://b.example,carol,<your-password>\n",
      "name,password,required\nlogin_form,true,yes\n",
      "a,b,c\nx,Zx9!kPq2Lm,y\n",
    ])
      expect(redact(text).text).toBe(text);
  });
});
