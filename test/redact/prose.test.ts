import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: markdown tables", () => {
  it("redacts the cells of a password column under its header", () => {
    const table = "| user | password |\n| --- | --- |\n| admin | Tq8!vR2#mLx9 |\n| deploy | Hz4@pW7$kNc1 |\n";
    const out = redact(table).text;
    expect(out).not.toContain("Tq8!vR2#mLx9");
    expect(out).not.toContain("Hz4@pW7$kNc1");
    expect(out).toContain("| admin |");
  });

  it("a 'password' cell in a key column is a row, not a header: the rows below keep their keys", () => {
    const table =
      "| key | example |\n| --- | --- |\n| api_key | `xxxxxxxxxxxxxxxxxxxxxxxx` |\n| password | `********` |\n| webhook | `https://hooks.slack.com/services/T000/B000/XXXX` |\n| region | eu-west-1 |\n";
    expect(redact(table).text).toBe(table);
  });
});

describe("redact: Chinese prose that changes a password", () => {
  it("'password 我改成 X 了' and '密码已经重置为 X'", () => {
    expect(redact("Jenkins 的 admin password 我改成 Velvet_3543Reo 了，但是 pipeline 里还是旧的").text).not.toContain("Velvet_3543Reo");
    expect(redact("数据库密码已经重置为 Hz4@pW7$kNc1，记得更新配置").text).not.toContain("Hz4@pW7$kNc1");
  });

  it("keeps a sentence about changing a password with no value", () => {
    const text = "密码我改成从环境变量读取了，password 我改成 env 里的 DB_PASSWORD 了";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: chat messages announcing a password", () => {
  it("the next message, after the speaker's header line", () => {
    const chat = "张伟 14:02\n服务器 root 密码发你了\n张伟 14:02\nxiaoming#1989IHP\n李娜 14:05\n收到，我先登录看看日志";
    const out = redact(chat).text;
    expect(out).not.toContain("xiaoming#1989IHP");
    expect(out).toContain("收到，我先登录看看日志");
    expect(redact("[10:03] bob: here's the staging db password\n[10:03] bob: Qx8!vLm2#pZa").text).not.toContain("Qx8!vLm2#pZa");
  });

  it("keeps answers that are words or sentences", () => {
    const chat = "Alice 09:12\nI reset the password below\nAlice 09:12\nsee the ticket for details\nBob 09:13\nthanks";
    expect(redact(chat).text).toBe(chat);
  });
});

describe("redact: values another tool masked", () => {
  it("a masked header value is the keyword's value: the request id after it stays", () => {
    const log = '{"headers":{"authorization":"[REDACTED]","x-api-key":"[REDACTED]"},"request_id":"9f027342-0fd9-40c2-8ac7-48ab84ca75d1"}';
    expect(redact(log).text).toBe(log);
    const logfmt = "level=info api_key=[REDACTED] request_id=9f027342-0fd9-40c2-8ac7-48ab84ca75d1 took=12ms";
    expect(redact(logfmt).text).toBe(logfmt);
  });

  it("a mark inside a sentence does not hide the value after it", () => {
    expect(redact("the password: [REDACTED] but it was Xy7kLm9pQ2z").text).not.toContain("Xy7kLm9pQ2z");
  });
});

describe("redact: secret words written as one word in prose", () => {
  it("appsecret, corpsecret and redis requirepass in Chinese questions", () => {
    expect(redact("我的 appid 是 wxdce6e351b4af4a6d，appsecret是cc3d1557affdd7ed8fefa625946f733b，刚重置过").text).not.toContain("cc3d1557affdd7ed");
    expect(redact("企业微信的 CORPSECRET：Xk29fLq0Zt7wVb3nR8sM，怎么用").text).not.toContain("Xk29fLq0Zt7wVb3nR8sM");
    expect(redact("配置文件里 requirepass 写的就是“Z9YZ48k3.3_Wzkj0FM”，AUTH 要加引号吗？").text).not.toContain("Z9YZ48k3.3_Wzkj0FM");
  });

  it("keeps identifiers of several words ending in token, and sentences about app secrets", () => {
    const text = 'cacheBustToken is "5557c6426eebb5ebe44ac2ed12d0d1c5"\nThe appsecret is rotated every month.\nrequirepass 是 redis 的密码配置项\nexport type GeneratedSecret<Alg> = Alg extends \'A128CBC-HS256\' ? Uint8Array : never;';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a password printed under the line announcing it", () => {
  it("Jenkins' initial admin password in a docker compose log, after a blank line", () => {
    const log = "jenkins  | Please use the following password to proceed to installation:\njenkins  |\njenkins  | 67099657aecbfd34cd1149726046a8b9\njenkins  |";
    expect(redact(log).text).not.toContain("67099657aecbfd34");
  });

  it("keeps a path and words printed under such a line, and lines far below it", () => {
    const log = "jenkins  | Please use the following password to proceed to installation:\njenkins  |\njenkins  | This may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n\nweb  | password reset mail sent to the user below:\nweb  |\nweb  |\nweb  |\nweb  | 2f9c1e7a5b3d8f0e";
    expect(redact(log).text).toBe(log);
  });
});

describe("redact: MySQL's temporary password line", () => {
  it("a password generated for an account, separators and all, to the end of the line", () => {
    const log = "2026-03-04T10:21:33.123Z 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: k#7Y;pqLmZ2aXy";
    expect(redact(log).text).not.toContain("pqLmZ2aXy");
  });

  it("keeps sentences about generated passwords and sentence punctuation", () => {
    const text = "The password is set for the account at creation: see the docs\nA password is generated for each user: it expires in 24h";
    expect(redact(text).text).toBe(text);
    expect(redact("the old password was hunter22.").text).toBe("the old password was [REDACTED:password].");
  });
});

describe("redact: prose handing a secret over, logins as a user, Wi-Fi pairs", () => {
  it("Chinese hand-over phrases, 'log in as <user> with <password>', a Wi-Fi network and its password", () => {
    for (const [text, secret] of [
      ["小程序的 appsecret 发给你了：8b6944fecddf0085ac432ccd138d5df2，appid 是 wx0b1b035a77590347", "8b6944fecddf"],
      ["密钥如下：Zx8!kQ2mLp9w", "Zx8!kQ2mLp9w"],
      ["2. Log in to the replica as `admin` with `gxCY5huv1=bCbIm+3X`.", "bCbIm+3X"],
      ['guest wifi for the offsite is "AcmeGuest" / harbor-saffron-9119-NWM0, can you add it?', "saffron-9119"],
    ]) expect(redact(text!).text).not.toContain(secret);
  });

  it("keeps Wi-Fi talk, bands and modes, and logins without a password", () => {
    for (const text of [
      "the wifi is down again since 10:30",
      "wifi: HomeNet / 2.4GHz and 5GHz bands",
      "WLAN: Office-5G / WPA2-Enterprise",
      "log in as admin with SSO",
      "文档发给你了：见附件",
    ]) expect(redact(text).text).toBe(text);
  });
});

describe("redact: a value repeated after several keywords is judged per keyword", () => {
  it("words joined by dashes are a passphrase after `passphrase`, a setting after `token`, whichever comes first", () => {
    const value = "correct-horse-battery-staple";
    expect(redact(`the token is ${value}`).text).toBe(`the token is ${value}`);
    expect(redact(`the token is ${value} and the passphrase is ${value}`).text).not.toContain(value);
  });

  it("a value ends at its first stop character, many times over on one line", () => {
    const line = "the password is hunter22, and ".repeat(2000);
    expect(redact(line).text).toBe("the password is [REDACTED:password], and ".repeat(2000));
  });
});

describe("redact: the window after a keyword where a generated value may start", () => {
  it("an 8-character value starting at the window's last place is cut, one place further it is kept", () => {
    const at = (n: number, value: string) => `my token ${"—".repeat(n)} ${value}`;
    for (const value of ["Xk9mQ2pL", "Xk9mQ2pLw7Rt"]) {
      expect(redact(at(45, value)).text).toBe(at(45, "[REDACTED:password]"));
      expect(redact(at(46, value)).text).toBe(at(46, value));
    }
  });

  it("the same window after an action keyword (only a pair's password) and after another keyword", () => {
    expect(redact("login —— Xk9mQ2pLw7Rt").text).toBe("login —— Xk9mQ2pLw7Rt");
    expect(redact("login —— Xk9mQ2pLw7Rt\ntoken —— Xk9mQ2pLw7Rt").text).toBe("login —— [REDACTED:password]\ntoken —— [REDACTED:password]");
  });
});
