// The generic detectors named in issue 12, one readable example each, and the ordinary values the issue found
// wrongly redacted. The corpus (corpus.test.ts, bench:redact) measures them at scale.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const KEY_BODY = [
  "MIIEowIBAAKCAQEAq7Bf2Lm9XcVt4HwZp1Rk8Jd3Ns6Qy0Ue5Ga2Ti7Ko9Pw4Mb1Vh8C",
  "Zq3Wx7Er2Ty6Ui9Op1As5Df8Gh4Jk0Lz2Xc6Vb9Nm3Qw7Er1Ty5Ui8Op2As6Df9Gh3J",
  "k7Lz1Xc4Vb8Nm2Qw5Er9Ty3Ui6Op0As4Df7Gh1Jk5Lz8Xc2Vb6Nm9Qw3Er7Ty0Ui4O",
  "p8As2Df5Gh9Jk3Lz6Xc0Vb4Nm7Qw1Er5Ty8Ui2Op6As9Df3Gh7Jk1Lz4Xc8Vb2Nm5Q",
];

const secrets: [string, string, string][] = [
  ["Discord bot token", 'client.login("MTA4NTI3OTk2MzQ1Njc4OTAxMg.GhT3xk.Zq8wRk2Lp7Vn4Xc1Bm6Ty9Ds3Fh5Jg0Ka2We4");', "Zq8wRk2Lp7Vn"],
  ["password in a comment", "# old prod password was Tr0ub4dor&3x9 (rotated)", "Tr0ub4dor&3x9"],
  ["Chinese prose", "生产库的密码是Xy7#kLm92qz，请不要外传。", "Xy7#kLm92qz"],
  ["full-width colon", "密钥：Qm3Zp8Lk2Wx7Vn4Rt9Ys6Bd1", "Qm3Zp8Lk2Wx7Vn4Rt9Ys6Bd1"],
  ["unnamed random string", "why does the API reject Hq7Zx2Kp9Lm4Wv8Rt3Ys6Bd1Nc5Fg0Jh2Qe7Ua9 since Monday?", "Hq7Zx2Kp9Lm4Wv8Rt3Ys6Bd1Nc5Fg0Jh2Qe7Ua9"],
  [".pgpass line in a diff", "+db.internal:5432:orders:app:Summ3r!42ab", "Summ3r!42ab"],
  ["Dockerfile ENV NAME value", "ENV DB_PASSWORD Wint3r#17qx", "Wint3r#17qx"],
  ["mysql -p", "mysql -uroot -pK1wiFru1t%88 shop < dump.sql", "K1wiFru1t%88"],
  ["sshpass -p", "sshpass -p 'Dr4gon@31zz' ssh deploy@10.0.0.12", "Dr4gon@31zz"],
  ["token split across literals", 'const key = "sk_live_51HxQ9aZt3" + "Lm8Pq2Wv7Kd4Ry";', "Lm8Pq2Wv7Kd4Ry"],
  [".netrc as a diff line", "+machine registry.acme.io\n+  login ci\n+  password Falc0n*66pw", "Falc0n*66pw"],
  ["answer to a password question in a chat", "[10:02] alice: what's the vpn pw again?\n[10:03] bob: Qz7!mKp2Lw_x48\n[10:03] alice: thx", "Qz7!mKp2Lw_x48"],
  ["answer in a Chinese chat", "张三：服务器的root密码多少？\n李四：Harbor2291!maple", "Harbor2291!maple"],
  ["smtp pass = in a comment", "// TODO: move to vault. smtp pass = Rk4v-Np8.Lq2x77", "Rk4v-Np8.Lq2x77"],
  ["value that looks like member access", "The credentials are admin / GFqHVoC.nwg_87, please change them.", "GFqHVoC.nwg_87"],
  ["Terraform variable default", 'variable "db_password" {\n  default = "Uv6zY4EeLp*F33"\n}', "Uv6zY4EeLp*F33"],
  ["split literals with a backslash continuation", 'API_KEY = "jsCOoSWVEnOfGr6Aeky8" + \\\n    "ZXDXUe6YUZeWh8Keo1ZS"', "ZXDXUe6YUZeWh8Keo1ZS"],
  ["key body without its BEGIN line", `@@ -12,4 +12,4 @@\n ${KEY_BODY[0]}\n-${KEY_BODY[1]}\n+${KEY_BODY[2]}\n ${KEY_BODY[3]}`, KEY_BODY[2]!],
];

const ordinary: [string, string][] = [
  ["a git SHA in cache_key", 'cache_key = "3f2a1c9e8b7d0e4f5a6b7c8d9e0f1a2b3c4d5e6f"'],
  ["a UUID idempotency key", 'idempotency_key = "9b2f6c1e-4a7d-4c3b-8e5f-1d2a3b4c5d6e"'],
  ["a sha256 in a …Token variable", 'const cacheBustToken = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";'],
  ["a base64 fixture named encodedKey", 'const encodedKey = "aGVsbG8gd29ybGQsIHRoaXMgaXMgYSBmaXh0dXJl";'],
  ["prose about passwords in Chinese", "密码是必填项，请输入至少 8 位字符。"],
  ["a certificate", `-----BEGIN CERTIFICATE-----\n${KEY_BODY.join("\n")}\n-----END CERTIFICATE-----`],
  ["an ssh public key", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7Zx2Kp9Lm4Wv8Rt3Ys6Bd1Nc5Fg0Jh2Qe7Ua9Lm lena@laptop`],
  ["a lockfile integrity", '"integrity": "sha512-Hq7Zx2Kp9Lm4Wv8Rt3Ys6Bd1Nc5Fg0Jh2Qe7Ua9Lm4Wv8Rt3Ys6Bd1Nc5Fg0Jh2Qe7Ua9Lm4Wv8Rt3Ys6Bd1Nc5Fg0Jh2Q=="'],
  ["mysql asking for the password", "mysql -u root -p -h 127.0.0.1 shop"],
];

describe("generic detectors", () => {
  for (const [name, text, secret] of secrets) {
    it(`redacts: ${name}`, () => {
      const r = redact(text);
      expect(r.text).not.toContain(secret);
      expect(r.count).toBeGreaterThan(0);
    });
  }
  for (const [name, text] of ordinary) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

// Added with the third tuning batch (tune-extra2.json): each new behaviour once, with the look-alike it must spare.
const JWK_N = "u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0_IzW7yWR7QkrmBL7jTKEn5u-qKhbwKfBstIs-bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW_VDL5AaWTg0nLVkjRo9z-40RQzuVaE8AkAFmxZzow3x-VJYKdjykkJ0iT9wCS0DRTXu269V264Vf_3jvredZiKRkgwlL9xNAwxXFg0x_XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC-9aGVd-Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmw";

const tuned: [string, string, string][] = [
  ["a random literal in a wrapper call (letters in unpronounceable humps)", 'let api_key = String::from("TfRr3bkstpxm0qsezOtwbnWIZ4ikez9p");', "TfRr3bkstpxm0qsezOtwbnWIZ4ikez9p"],
  ["base64 of user:password, unnamed", "printf '%s' 'b3BzOkszbnQhOXFadw==' | base64 -d", "b3BzOkszbnQhOXFadw=="],
  ["a qualifier between keyword and colon", "Passphrase for the backup signing key: lamp-orbit-cedar-412", "lamp-orbit-cedar-412"],
  ["auth in a YAML comment", "replicas: 2  # redis auth: Pl4typ&s77x", "Pl4typ&s77x"],
  ["a user:password pair after log in", "you can log in with ops:Zr8kLp2Wq9Xv on the box", "Zr8kLp2Wq9Xv"],
  ["a literal echoed into a secret-named file", "echo 'M4ple!42zz' > ~/.vault_pass && ansible-playbook site.yml", "M4ple!42zz"],
  ["a Vault legacy token", "vault login s.Ab3dEf6hIj9kLm2nOp5qRs8t", "Ab3dEf6hIj9kLm2nOp5qRs8t"],
  ["Oracle user/password@//host", "sqlplus scott/Tg7#kq2Lm@//db.acme.io:1521/ORCL", "Tg7#kq2Lm"],
  ["a hex wallet key in accounts", 'accounts: ["0x80cbf2e3b8b54989d3879e9d8199123c9e3385f6405d30ec43bb74b47667857b"],', "80cbf2e3b8b54989d3879e9d8199123c9e3385f6405d30ec43bb74b47667857b"],
  ["Vault AppRole secret_id", "vault write auth/approle/login role_id=5f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f secret_id=0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d", "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"],
  ["a password holding an escaped quote in escaped JSON", String.raw`{"cfg":"{\"password\":\"QtrVwpLmzkXb\"7mKq2Rt\"}"}`, "QtrVwpLmzkXb"],
  ["a user / password pair after credentials", "The credentials are ops / qwzLkTvbnrdf77, change them later.", "qwzLkTvbnrdf77"],
  ["a pass phrase written in two words", "the pass phrase is Tango-Lima-9981-Zulu", "Tango-Lima-9981-Zulu"],
  ["an ODBC password in braces", "Driver={PostgreSQL};Server=db;UID=app;PWD={Kq9x;Zr2!mT};", "Kq9x;Zr2!mT"],
  ["a 24-character token on a line of its own", "Kq9Zr2Lm7Wx4Vb8Nt3YsPq1X", "Kq9Zr2Lm7Wx4Vb8Nt3YsPq1X"],
  ["a 20-character token after a short flag", "mytool -k Kq9Zr2Lm7Wx4Vb8Nt3Ys --verbose", "Kq9Zr2Lm7Wx4Vb8Nt3Ys"],
  ["a generated cookie value whatever its name", "set-cookie: __Host-session=Kq9Zr2Lm7Wx4Vb8Nt3YsPq; Path=/; Secure", "Kq9Zr2Lm7Wx4Vb8Nt3YsPq"],
  ["the value before the keyword", "Use Xq7#mLp29z as the password", "Xq7#mLp29z"],
  ["the value before the keyword, in Chinese", "用 Xq7#mLp29z 作为密码", "Xq7#mLp29z"],
  ["an environment entry quoted as a docker -e argument", 'docker run -e "POSTGRES_PASSWORD=Xq7#mLp29z" postgres:16', "Xq7#mLp29z"],
  ["a literal wrapped in a call", 'const hmacSecret = Buffer.from("e535b1c3f28f0ef89dd0d57e3b38a7e285c4d43b7e39593a70058264f3a3e419", "hex");', "e535b1c3f28f0ef89dd0d57e3b38a7e285c4d43b7e39593a70058264f3a3e419"],
  ["a random value starting with 'yOUr'", 'API_TOKEN = "yOUrkq7rqEnYzQIgNHVz3VPilZP3StgH"', "yOUrkq7rqEnYzQIgNHVz3VPilZP3StgH"],
  ["a word passphrase in prose", "测试库的密码是meadow_walnut_cobalt61，帮我写个脚本", "meadow_walnut_cobalt61"],
  ["a dotted word passphrase under a YAML password name", "ldap:\n  bind_password: maple.mango.mango78\n", "maple.mango.mango78"],
  ["a word passphrase under a short password name", "ansible_become_pass=pelican-nectar-tundra57", "pelican-nectar-tundra57"],
];

const tunedOrdinary: [string, string][] = [
  // Publishable keys are public by design: Stripe ships them to every browser.
  ["a Stripe publishable key", 'loadStripe("pk_test_51Kq9Zr2Lm7Wx4Vb8Nt3YsPq1XrT6uJ0aHc5dFe");'],
  ["a Chinese placeholder with a space in an .env line", "WECHAT_APP_SECRET=<你的微信 AppSecret>"],
  // AWS's documented example pair: public constants in its docs, never valid keys (the fixtures use random keys).
  ["AWS's documented example keys", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
  ["base64 of words around a colon", 'expect(encode("hello:world")).toBe("aGVsbG86d29ybGQ=");'],
  ["a qualifier followed by prose", "Password for the backup NAS: see the team vault."],
  ["auth naming a setting", "auth: oauth2-proxy"],
  ["log in followed by a URL", "log in with your SSO account at https://sso.acme.io/v2/login"],
  ["auth as a URL path segment", "https://accounts.acme.io/o/oauth2/v2/auth?client_id=web-app2&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb"],
  ["echo of a variable into a token file", 'echo "$DEPLOY_TOKEN" > ~/.deploy_token'],
  ["echo into an ordinary file", "echo 'Build4x-done' > status.txt"],
  ["a member call after s.", "const n = s.getElementsByClassNames1;"],
  ["an image digest after a repository path", "docker pull library/nginx@sha256:80cbf2e3b8b54989d3879e9d8199123c9e3385f6405d30ec43bb74b47667857b"],
  ["a transaction hash", 'const txHash = "0x6f526bbebfbbb65c64b09094e5ee7bf12e3267f4b0a52feb65093e7f3d43dce3";'],
  ["an AppRole role_id", "role_id=5f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"],
  ["CSP source hashes", `add_header Content-Security-Policy "script-src 'self' 'sha256-Qm3Zp8Lk2Wx7Vn4Rt9Ys6Bd1Hq7Zx2Kp9Lm4Wv8Rt3Y='";`],
  ["a JWK public modulus", `{"kty": "RSA", "use": "sig", "n": "${JWK_N}", "e": "AQAB"}`],
  ["a diff header of a secret-named file", "diff --git a/k8s/secret.yaml b/k8s/secret.yaml"],
  ["credentials and a path", "The credentials are stored in ~/.aws/credentials for now."],
  ["a Chinese placeholder value", "请在 .env 中设置 API_KEY=你的密钥"],
  ["readable cookies and attributes", "Cookie: theme=dark; lang=en-US; consent=accepted-all-cookies"],
  ["a short identifier on its own line", "  convertIPv4MappedAddress2"],
  ["a flag taking a file name", "tsc -p tsconfig.build.json --outDir dist/esm2020"],
  ["a variable used as the password", "Use the value of $DB_PASSWORD as the password"],
  ["a file named before 'as the secret'", "use README.md as the secret doc"],
  ["a look-up by name", 'const apiKey = os.getenv("OPENAI_API_KEY") ?? localStorage.getItem("authToken");'],
  ["a prompt for the password", 'password = getpass("Password: ")'],
  ["an app id after log in", "Login with GitHub (OAuth app id Iv1.8a61f9b3a7aba766)"],
  ["an algorithm before 'as the token'", "use sha256 as the token hash"],
  ["a placeholder in camel case", 'API_TOKEN = "yourApiTokenHere"'],
];

describe("generic detectors, third tuning batch", () => {
  for (const [name, text, secret] of tuned) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
  for (const [name, text] of tunedOrdinary) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

// Classes added when the third held-out part became tuning data: each example is another shape of the class than the
// corpus case that revealed it.
const fourth: [string, string, string][] = [
  ["keepalived-style directive", "masterauth Kq3!vX8pLm2z", "Kq3!vX8pLm2z"],
  ["Apache SetEnv", "    SetEnv STRIPE_WEBHOOK_SECRET a3f9c2e17b4d6058e9c1a2b3d4e5f607", "a3f9c2e17b4d6058e9c1a2b3d4e5f607"],
  ["csh setenv", "setenv API_TOKEN Zx8kQ2wN5vR7mT3pL9", "Zx8kQ2wN5vR7mT3pL9"],
  ["pass_phrase name", "key_pass_phrase = Tm4%qW8zRk", "Tm4%qW8zRk"],
  ["split key halves", "SIGNING_KEY_PART1=Hq7ZxK2p9Lm4Wv8Rt3\nSIGNING_KEY_PART2=Ys6Bd1Nc5Fg0Jh2Qe7", "Ys6Bd1Nc5Fg0Jh2Qe7"],
  ["generated value in an INI with spaces", "root_password = KvP8mZq2WnX7tR4s", "KvP8mZq2WnX7tR4s"],
  ["Go DSN with unix socket", 'dsn := "app:Wq9#zL4xPk@unix(/var/run/mysqld.sock)/shop"', "Wq9#zL4xPk"],
  ["scheme-less DSN with host and port", "REDIS=default:Rb7!kQ2mZx@cache.internal:6379/0", "Rb7!kQ2mZx"],
  ["S3 presigned signature", "GET /o.csv?X-Amz-Expires=60&X-Amz-Signature=5d1e9a0c7b3f28e4a6d0c9b1e7f3a5c2d4b6e8f0a1c3e5d7b9f1a3c5e7d9b1f3", "5d1e9a0c7b3f28e4a6d0c9b1e7f3a5c2"],
  ["webhook key in a query", "curl 'https://chat.example.cn/robot/send?key=0b7e4c2a-6d19-4f38-a5c1-9e2d7b6a4f80'", "0b7e4c2a-6d19-4f38-a5c1-9e2d7b6a4f80"],
  ["webhook token in the path", "POST https://open.larksuite.com/open-apis/bot/v2/hook/3e9a1c7d-5b2f-4d8e-a6c0-1f4b7e9d2a5c", "3e9a1c7d-5b2f-4d8e-a6c0-1f4b7e9d2a5c"],
  ["lftp -u user,pass", "lftp -u ops,'Kd8#wQ3zLx' sftp://files.example", "Kd8#wQ3zLx"],
  ["second keytool flag", "keytool -importkeystore -srcstorepass Ab3!cD4e -deststorepass Xy9#zW8vQt", "Xy9#zW8vQt"],
  ["Spring property", '<property name="db.password" value="Lq5^mT8wZp"/>', "Lq5^mT8wZp"],
  ["list joined later", 'pieces = ["Hq7ZxK2p9Lm4", "Wv8Rt3Ys6Bd1", "Nc5Fg0Jh2Qe7"]\nSECRET = "".join(pieces)', "Wv8Rt3Ys6Bd1"],
  ["pieces joined inline under a plain name", 'const k = ["Hq7ZxK2p9Lm4", "Wv8Rt3Ys6Bd1"].join("");', "Wv8Rt3Ys6Bd1"],
  ["String.join of pieces", 'String key = String.join("", "Hq7ZxK2p9Lm4", "Wv8Rt3Ys6Bd1");', "Wv8Rt3Ys6Bd1"],
  ["quoted directive value", 'requirepass "Kq3!vX8pLm2z"', "Kq3!vX8pLm2z"],
  ["hex-encoded secret", "seed_hex: 4b7a39715a7a5077335874514c6d4e76", "4b7a39715a7a5077335874514c6d4e76"],
  ["base64 registry config", `auth: ${Buffer.from('{"auths":{"r.example":{"username":"ci","password":"Zq8!wX3kLp"}}}').toString("base64")}`, "cGFzc3dvcmQ"],
  ["lower-case authorisation code in Chinese", "邮箱授权码：kzqvmtxwplrhgbnd，记得改", "kzqvmtxwplrhgbnd"],
];

const fourthOrdinary: [string, string][] = [
  ["GraphQL list type", "type User {\n  tokens: [String!]!\n  password: String\n}"],
  ["Jenkins credential variable", "withCredentials([string(credentialsId: 'npm', variable: 'NPM_TOKEN')]) { sh 'npm publish' }"],
  ["Markdown env instructions", "Run `export OPENAI_API_KEY=<your key>` first."],
  ["ARN with a secret segment", '"Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-Xk2Lq9"'],
  ["ARN of a role", "Resource: arn:aws:iam::123456789012:role/service-role/Lambda-Xk2Lq9Pw"],
  ["checksummed ETH address", 'const USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48";'],
  ["ETH address under a token name", 'const TOKEN = "0x6b175474e89094c44da98b954eedeac495271d0f";'],
  ["request id header", "x-request-id: Qm7ZkT2pW9xL4vN8rB3sD6fH1jK5gC0e"],
  ["words joined inline", 'const label = ["alpha", "beta", "gamma"].join("");'],
  ["postgres password setting", "password_encryption = scram-sha-256"],
  ["flags in prose", "keytool takes -storepass and -keypass on one line"],
];

describe("generic detectors, released third held-out part", () => {
  for (const [name, text, secret] of fourth) {
    it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
  }
  for (const [name, text] of fourthOrdinary) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
});
