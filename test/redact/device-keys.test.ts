import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const cut = (text: string, secret: string) => expect(redact(text).text).not.toContain(secret);
const kept = (text: string) => expect(redact(text).text).toBe(text);
const bytes = (n: number) => Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256).join(", ");

describe("redact: keys in device, media and app-config syntaxes", () => {
  it("IoT device keys: ESP NVS CSV, byte-list network keys, LoRaWAN initializers, ThingsBoard tokens", () => {
    cut("key,type,encoding,value\nwifi,namespace,,\npsk,data,string,Amber%ridge481", "Amber%ridge481");
    cut("device_key,data,hex2bin,9c0a7e21d4b58f36a1c2e3d4f5061728", "9c0a7e21d4b58f36");
    cut(`advanced:\n  network_key: [${bytes(16)}]`, bytes(16).slice(0, 12));
    cut("static const u1_t PROGMEM APPSKEY[16] = { 4D06AEFED65D9FF34198B05BE76AC043 };", "4D06AEFED65D9FF3");
    cut("static const u1_t NWKSKEY[16] = { 0x4D, 0x06, 0xAE, 0xFE, 0xD6, 0x5D, 0x9F, 0xF3, 0x41, 0x98, 0xB0, 0x5B, 0xE7, 0x6A, 0xC0, 0x43 };", "0xD6, 0x5D");
    cut('mosquitto_pub -h tb.example.io -t v1/devices/me/telemetry \\\n  -u "Nz6kYP20ddYFlPSrtiS8" -m "{}"', "Nz6kYP20ddYF");
    cut("curl -X POST http://tb.local:8080/api/v1/A1b2C3d4E5f6G7h8J9k0/telemetry", "A1b2C3d4E5f6");
  });

  it("keeps device settings that are no key", () => {
    kept("ssid,data,string,plant-floor\nport,data,u16,1883");
    kept(`pins = [${bytes(16)}]`);
    kept("static const u1_t PROGMEM DEVEUI[8] = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x00, 0x12, 0x34 };");
    kept('mosquitto_pub -h broker -t sensors/temp -u "plant-floor-gateway" -m "{}"');
    kept("curl http://tb.local:8080/api/v1/devices/telemetry");
  });

  it("media keys: raw DRM keys and MAVLink signing", () => {
    cut("packager in=a.mp4 --keys label=:key_id=9bb2b60940ca2f1597ce124ab5c13ceb:key=1401ecb1c0aa1d58f35bf9ba35496c30", "1401ecb1c0aa1d58");
    cut("--keys key=1401ecb1c0aa1d58f35bf9ba35496c30:key_id=9bb2b60940ca2f1597ce124ab5c13ceb", "1401ecb1c0aa1d58");
    cut("mp4encrypt --method MPEG-CENC --key 1:1401ecb1c0aa1d58f35bf9ba35496c30:random in.mp4 out.mp4", "1401ecb1c0aa1d58");
    cut('mavproxy.py --cmd="signing setup bd3f89666200b362adea; signing key 2a1Mzvz2KPImBhhb"', "2a1Mzvz2KPImBhhb");
    kept("--keys label=:key_id=9bb2b60940ca2f1597ce124ab5c13ceb");
    kept("Run `signing setup` then `signing key` in MAVProxy.");
  });

  it("app configs and Java EE tools: Orthanc users, Magento crypt key, WildFly and Oracle wallet passwords", () => {
    const orthanc = redact('{\n  "RegisteredUsers" : {\n    "radiology" : "FoIqQ32mq=LNIbX5",\n    "viewer" : "Cinder%cinder235"\n  },\n  "DicomAet" : "ORTHANC"\n}').text;
    expect(orthanc).not.toContain("FoIqQ32mq");
    expect(orthanc).not.toContain("Cinder%cin");
    expect(orthanc).toContain('"DicomAet" : "ORTHANC"');
    cut("    'crypt' => ['key' => '114b375c16ef4f1d92b544041cc302c1'],", "114b375c16ef4f1d");
    cut("./bin/add-user.sh -u svc-deploy -p 'T9fv4m0Bn-q4eHC7' -g SuperUser", "T9fv4m0Bn-q4");
    cut("jboss-cli.sh --connect --user=admin --password=T9fv4m0Bn-q4eHC7", "T9fv4m0Bn-q4");
    cut("mkstore -wrl /u01/app/wallet -createCredential PRD app Zd3PTr1EdR=wMUMeA7", "Zd3PTr1EdR");
    cut("mkstore -wrl /u01/app/wallet -create <<EOF\nKZwURyqII-vslAx5\nKZwURyqII-vslAx5\nEOF", "KZwURyqII");
    kept('{\n  "Users" : {\n    "radiology" : "Radiology department"\n  }\n}');
    kept("    'cache' => ['key' => 'frontend_cache'],");
    kept("./bin/add-user.sh -u svc-deploy -p -g SuperUser");
    kept("mkstore -wrl /u01/app/wallet -listCredential");
  });

  it("app SDK keys and name tables: Scale, PrestaShop, Akamai EdgeAuth, keystore passwords, join codes", () => {
    cut('client = scaleapi.ScaleClient("live_8802d1830c9fe8899c21fc67f705a8ad")', "8802d1830c9fe889");
    cut("$ws = new PrestaShopWebservice('https://shop.example.fr', '66HET8KL8SZF8OM0YQUDVUS8N1R3OOL6', false);", "66HET8KL8SZF8OM0");
    cut('ea = EdgeAuth(key="7b2407ba93c77a1a74a41cffc7fdfc7c19c32f97", window_seconds=300)', "7b2407ba93c77a1a");
    cut("keystore.storepass = 6Op3bbw6BgAPfVmxyjRB", "6Op3bbw6BgAP");
    cut("      - JOINCODE=fc94:b01d:1803:8dd8:b293:5c7d:7639:932a/XMbGrjI8X7MniIcTWWoWbJ", "XMbGrjI8X7Mn");
    cut("user_pin = Xk9mQ2vL8pR4tZ7w", "Xk9mQ2vL8pR4");
    kept("pin = 17\nled_pin = GPIO_NUM_12");
    kept("$ws = new PrestaShopWebservice('https://shop.example.fr', $apiKey, false);");
  });

  it("is idempotent and keeps markers whole", () => {
    const text = "psk,data,string,Amber%ridge481\n'crypt' => ['key' => '114b375c16ef4f1d92b544041cc302c1'],\n--keys key_id=9bb2b60940ca2f1597ce124ab5c13ceb:key=1401ecb1c0aa1d58f35bf9ba35496c30";
    const once = redact(text).text;
    expect(redact(once).text).toBe(once);
    expect(once.match(/\[REDACTED:[a-z-]+\]/g)?.length).toBe(3);
  });

  it("stays linear on 1 MB adversarial inputs", () => {
    const inputs = [
      "a,data,string,".repeat(70_000),
      "network_key: [".repeat(70_000) + "1, ".repeat(100_000),
      "K[16] = { ".repeat(100_000),
      "key_id=:key=".repeat(90_000),
      "signing setup ".repeat(75_000),
      '"RegisteredUsers" : {' + '"a" : "b", '.repeat(90_000),
      "'crypt' => ['key' => ".repeat(50_000),
      "v1/devices/me/ -u ".repeat(60_000),
      "mkstore -create <<".repeat(55_000),
    ];
    for (const line of inputs) {
      const t0 = performance.now();
      redact(line);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});

describe("redact: PKCS#11 pins", () => {
  it("cuts the pin of a config naming a Cryptoki library, and keeps GPIO pins elsewhere", () => {
    const hsm = "name = LunaHSM\nlibrary = /usr/safenet/lunaclient/lib/libCryptoki2_64.so\nslot = 0\npin = Qm7!xR2pLw9z";
    expect(redact(hsm).text).not.toContain("Qm7!xR2pLw9z");
    const soft = "# SoftHSM token for tests\nuser_pin: 48213377\nso_pin: 90871244";
    const out = redact(soft).text;
    expect(out).not.toContain("48213377");
    expect(out).not.toContain("90871244");
    const gpio = "led:\n  pin = GPIO_NUM_12\nbutton:\n  pin = 17";
    expect(redact(gpio).text).toBe(gpio);
  });
});

describe("redact: PKCS#11 pins on adversarial input", () => {
  it("completes on 1 MB of pin lines under a Cryptoki library", () => {
    const text = `library = libsofthsm2.so\n${"user_pin: \"abc\n".repeat(80_000)}`;
    expect(redact(text).text.length).toBeGreaterThan(0);
  });
});
