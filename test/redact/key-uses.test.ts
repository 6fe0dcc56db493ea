// Keys named by their use (src/redact/key-uses.ts): a constant given to a MAC, cipher or signing call, and test
// vectors and digests given to the same calls, which stay.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: keys given to MAC, cipher and signing calls", () => {
  it("a constant with a name that says nothing, used as an HMAC key", () => {
    const ts = 'const K = "36d0313435f87d1410ccbb288b08de66a82cd3a6c3bd5c1dce082df8c3444db2";\n\nexport const verify = (sig: string, body: string) => timingSafeEqual(hmac(K, body), sig);';
    expect(redact(ts).text).not.toContain("36d0313435f87d14");
  });

  it("hex decoded into a cipher's key, a Go HMAC key, and a literal given straight to createHmac", () => {
    const py = '_KEY = bytes.fromhex("8ff23d7b530eff0a8032f881107f34a13038e47e0e2ba0d454d72a76526ea6db")\n\ndef seal(n, d):\n    return AESGCM(_KEY).encrypt(n, d, None)';
    expect(redact(py).text).not.toContain("8ff23d7b530eff0a");
    const go = 'var signer = []byte("Vq3mZ8xKp2LwR7tN5sYb")\n\nfunc sign(b []byte) []byte {\n\tm := hmac.New(sha256.New, signer)';
    expect(redact(go).text).not.toContain("Vq3mZ8xKp2LwR7tN5sYb");
    expect(redact('crypto.createHmac("sha256", "a94f0c7e3d21b58e6f0a9c4d7b2e1f38").update(body)').text).not.toContain("a94f0c7e3d21b58e");
  });

  it("keeps RFC test keys, messages, digests and keys read from the environment", () => {
    const text = [
      'KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")',
      'STEP = bytes.fromhex("0102030405060708090a0b0c0d0e0f10111213141516171819")',
      'DATA = b"Hi There"',
      'EXPECTED = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"',
      "assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED",
      "assert hmac.new(STEP, DATA, hashlib.sha256).hexdigest() == EXPECTED",
      'K = os.environ["HMAC_KEY"]',
      "sig = hmac(K, body)",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: key names converted on the way into the call", () => {
  it("a Java key's bytes, a Node buffer and Python's encode", () => {
    const java = 'private static final String S = "Vq3mZ8xKp2LwR7tN5sYbQ4";\nmac.init(new SecretKeySpec(S.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));';
    expect(redact(java).text).not.toContain("Vq3mZ8xKp2LwR7tN5sYbQ4");
    const node = 'const K = "36d0313435f87d1410ccbb288b08de66";\nconst mac = crypto.createHmac("sha256", Buffer.from(K, "hex"));';
    expect(redact(node).text).not.toContain("36d0313435f87d14");
    expect(redact('K = "Xq7Lm2pZ9vRb4Tn8Wk3Y"\nsig = hmac.new(K.encode(), body, hashlib.sha256)').text).not.toContain("Xq7Lm2pZ9vRb4Tn8Wk3Y");
    expect(redact('const K = process.env.K ?? "Zq8mK2xVp7LwR4tN9sYb3cHd";\nconst t = jwt.sign(payload, K);').text).not.toContain("Zq8mK2xVp7LwR4tN");
  });

  it("keeps a message converted into the data argument", () => {
    const text = 'MSG = "Vq3mZ8xKp2LwR7tN5sYbQ4"\nkey = os.environ["K"]\nsig = hmac.new(key.encode(), MSG.encode(), hashlib.sha256)';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: constants sent as credentials", () => {
  it("a bearer token built from a constant, and an API-key header given one", () => {
    const ts = 'const T = "Zq8mK2xVp7LwR4tN9sYb3cHd";\nfetch(url, { headers: { Authorization: `Bearer ${T}` } });';
    expect(redact(ts).text).not.toContain("Zq8mK2xVp7LwR4tN");
    const py = 'K = "a94f0c7e3d21b58e6f0a9c4d7b2e1f38"\nrequests.get(url, headers={"X-Api-Key": K})';
    expect(redact(py).text).not.toContain("a94f0c7e3d21b58e");
  });

  it("keeps constants of words and ids sent elsewhere in the same request", () => {
    const text = 'const T = "application/json";\nconst RID = "9f027342-0fd9-40c2-8ac7-48ab84ca75d1";\nfetch(url, { headers: { Authorization: `Bearer ${T}`, "X-Request-Id": RID } });';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: keys decoded from hex in Go and Rust", () => {
  it("Go's hex.DecodeString into aes.NewCipher, Rust's hex! into new_from_slice", () => {
    const go = 'key, _ := hex.DecodeString("8ff23d7b530eff0a8032f881107f34a13038e47e0e2ba0d454d72a76526ea6db")\nblock, err := aes.NewCipher(key)';
    expect(redact(go).text).not.toContain("8ff23d7b530eff0a");
    const rust = 'const KEY: [u8; 32] = hex!("36d0313435f87d1410ccbb288b08de66a82cd3a6c3bd5c1dce082df8c3444db2");\nlet mut mac = Hmac::<Sha256>::new_from_slice(&KEY).unwrap();';
    expect(redact(rust).text).not.toContain("36d0313435f87d14");
  });

  it("keeps a digest decoded to compare with a MAC's output", () => {
    const go = 'want, _ := hex.DecodeString("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")\nmac := hmac.New(sha256.New, key)\nif !hmac.Equal(mac.Sum(nil), want) {';
    expect(redact(go).text).toBe(go);
  });
});

describe("redact: JWT signing keys in every common language", () => {
  it("cuts the HMAC key given to a JWT signer, as a literal or through a name", () => {
    const cases: [string, string][] = [
      ['var jwtKey = []byte("OEoJVqZ-p-SLM.!b0q4+5-.-_cfbUn=r6TU-UBA5")', "OEoJVqZ-p-SLM"],
      ['var k = []byte("Qm9vZ3Jx-7hTz.!K2p4+5Lw_cfbUn=r6TU")\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(k)', "Qm9vZ3Jx-7hTz"],
      ['\treturn token.SignedString([]byte("x7Rk2mQ9pLw4Zt8Nc3Vb6YhJ"))', "x7Rk2mQ9pLw4Zt8Nc3Vb6YhJ"],
      ['String jws = Jwts.builder()\n    .setSubject("Joe")\n    .signWith(SignatureAlgorithm.HS256, "Hk29fLq0Wm3Zr8TbXcPv7Ns")\n    .compact();', "Hk29fLq0Wm3Zr8TbXcPv7Ns"],
      ['private static final String K = "Zq7vN2kLp9XwR4tY8cMb5Gd";\nJwts.builder().signWith(Keys.hmacShaKeyFor(K.getBytes())).compact();', "Zq7vN2kLp9XwR4tY8cMb5Gd"],
      ['Algorithm algorithm = Algorithm.HMAC256("Tb6Yh2Jx7Rk9mQpLw4Zt8Nc3");', "Tb6Yh2Jx7Rk9mQpLw4Zt8Nc3"],
      ['var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("Vb6YhJx7Rk2mQ9pLw4Zt8Nc3"));', "Vb6YhJx7Rk2mQ9pLw4Zt8Nc3"],
      ['let key = EncodingKey::from_secret(b"Nc3Vb6YhJx7Rk2mQ9pLw4Zt8");', "Nc3Vb6YhJx7Rk2mQ9pLw4Zt8"],
    ];
    for (const [text, secret] of cases) expect(redact(text).text, text).not.toContain(secret);
  });

  it("keeps keys read from the environment, names and word-made literals", () => {
    const code = [
      '\tkey := []byte(os.Getenv("JWT_KEY"))',
      'var cacheKey = []byte("user:profile:v2")',
      "\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)",
      "    .signWith(SignatureAlgorithm.HS256, key)",
      "Algorithm algorithm = Algorithm.HMAC256(secret);",
      'let key = EncodingKey::from_secret(std::env::var("JWT_SECRET")?.as_bytes());',
    ].join("\n");
    expect(redact(code).text).toBe(code);
  });
});

describe("redact: vendor SDK clients and URL key parameters", () => {
  it("Postmark's server token, JPush's master secret, and a constant interpolated as a URL's key", () => {
    const uuid = "57e6643f-4d74-4750-94a2-c76a0d1068af";
    expect(redact(`POSTMARK = Postmark::ApiClient.new("${uuid}")`).text).not.toContain(uuid);
    expect(redact(`const client = new postmark.ServerClient("${uuid}");`).text).not.toContain(uuid);
    const jpush = redact('const client = JPush.buildClient("1d83c60ef4667287cffe3299", "1617c3c432d7efebdb936d73");').text;
    expect(jpush).not.toContain("1617c3c432d7");
    expect(jpush).toContain("1d83c60ef4667287cffe3299");
    const trello = redact('const KEY = "ce9a9b167d4f961e637f01905ffdc576";\nfetch(`https://api.trello.com/1/boards/REIKwCIB/cards?key=${KEY}&token=${TOKEN}`);').text;
    expect(trello).not.toContain("ce9a9b167d4f");
  });

  it("keeps a generic ApiClient's id, names read from the environment, and words or other parameters", () => {
    for (const text of [
      'const api = new ApiClient("57e6643f-4d74-4750-94a2-c76a0d1068af");',
      "const c = JPush.buildClient(APP_KEY, MASTER);\nconst MASTER = process.env.JPUSH_MASTER;",
      'const CACHE = "ce9a9b167d4f961e637f01905ffdc576";\nfetch(`/search?q=${CACHE}&page=2`);',
      'const KEY = "user-settings-v2-layout";\nfetch(`/prefs?key=${KEY}`);',
    ])
      expect(redact(text).text).toBe(text);
  });
});
