import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const cut = (text: string, secret: string) => expect(redact(text).text).not.toContain(secret);
const kept = (text: string) => expect(redact(text).text).toBe(text);

describe("redact: network device and daemon config credentials", () => {
  it("IOS and Junos lines that store a credential in clear or a reversible encoding", () => {
    cut("hostname r1\n!\nenable secret 0 Turen_2015ks\n!", "Turen_2015ks");
    cut("username netops privilege 15 password 7 0822455D0A16544541", "0822455D0A16");
    cut("tacacs server ISE-1\n address ipv4 10.1.1.50\n key 0 K9PtWNbrAGLfEYQrizZu", "K9PtWNbrAGLf");
    cut("config wlan security wpa akm psk set-key ascii Brakvun@2023mo 5", "Brakvun@2023mo");
    cut('set security ike policy p pre-shared-key ascii-text "N4Kk=~1yc=RN-PfwZRuyrbMj"', "N4Kk=~1yc");
    cut('set system radius-server 10.0.0.5 secret "$9$dkbYoJZjq.5Gj.P5F3"', "dkbYoJZjq.5G");
  });

  it("SNMP communities and v3 users", () => {
    cut("snmp-server community 4cvFU6xQpzQIVCwp RW 99", "4cvFU6xQpzQI");
    cut('snmp-server community "4T2KbMZwWy4tZp" operator unrestricted', "4T2KbMZwWy4t");
    const v3 = redact('createUser monitorV3 SHA "M7o=Nlm2#Aqci7+Muv" AES "S02S*M_X7yF29qs1fu"').text;
    expect(v3).not.toContain("M7o=Nlm2");
    expect(v3).not.toContain("S02S*M_X");
    cut("rocommunity Xq7mNp2Lw9 10.0.0.0/8", "Xq7mNp2Lw9");
  });

  it("IPsec PSKs, LDAP bind passwords, Erlang cookies, {PLAIN} password files", () => {
    cut('%any 203.0.113.40 : PSK "J7*7u2LCo=rlt2#Hs_0xZESNFzv#~BaF"', "J7*7u2LCo");
    cut("binddn cn=nslcd,ou=svc,dc=corp\nbindpw G7W5*wlHd#XJPotM^Sy5", "G7W5*wlHd");
    cut("-name orders@host\n-setcookie 47C0W4J5XDKIJ2EQDS7WCGS5IS48QZ9U\n+K true", "47C0W4J5XDKI");
    cut("alerts@example.com:{PLAIN}J6%fT.c*.2YNP+ZdPl::::::", "J6%fT.c*");
  });

  it("keeps settings, hashes, defaults and prose that share the words", () => {
    kept("snmp-server community public RO 98\nsnmp-server community private RW");
    kept("enable algorithm-type scrypt secret\nversion 15.2");
    kept("key chain OSPF-KEYS\n key 1\n  key-string 7 $KEY_STRING");
    kept("The key 0 of the array holds the first element.");
    kept("bindpw ${LDAP_BIND_PASSWORD}\nrootpw {SSHA}");
    kept("sha256sum -c SHA256SUMS\nssh-keygen -t rsa -b 4096");
  });
});

describe("redact: Kickstart root passwords", () => {
  it("cuts rootpw --plaintext and keeps a crypted value's directive", () => {
    cut("timezone Asia/Shanghai --utc\nrootpw --plaintext Nakfenkel@2013ml", "Nakfenkel@2013ml");
    kept("rootpw --lock\nauth --enableshadow --passalgo=sha512");
  });
});

describe("redact: JAAS user tables and relay password maps", () => {
  it("cuts user_… entries of a login module and sasl_passwd lines", () => {
    cut('Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_super="Z2f6@L1S@hT197Kpj9Sk";\n};', "Z2f6@L1S");
    cut("[smtp.mailrelay.example.com]:587 relay@mailrelay.example.com:F7+C05f0~.MLLh7qW2km", "F7+C05f0");
  });

  it("keeps user_ settings outside JAAS and host:port lines without a credential", () => {
    kept("user_agent = Mozilla/5.0-2026\nuser_id=1234567");
    kept("[smtp.example.com]:587 relay@example.com:$SASL_PASS\nlocalhost:8080 proxy:upstream");
  });
});

describe("redact: chap-secrets, Nagios user macros, realm files", () => {
  it("cuts the secret column, a password macro and a realm password", () => {
    cut('# client    server    secret              IP addresses\nmonitor    l2tpd     "Sorkapel_2003dn"           *', "Sorkapel_2003dn");
    cut("$USER1$=/usr/lib/nagios/plugins\n$USER4$=H3wmu@ybpN_77xgK7S", "H3wmu@yb");
    cut("# username: password [,rolename ...]\nadmin: R9yZi=.E1sIuB7utoQ, admin", "R9yZi=.E");
  });

  it("keeps quoted columns that are names, macros holding paths or names, and ordinary lists", () => {
    kept('alice    *     "Alice Smith"     -\n$USER1$=/usr/lib/nagios/plugins\n$USER3$=svc-billing');
    kept("tags: backend, api\nimage: nginx:1.25-alpine, latest\nname: Foo123Bar, ok");
  });
});

describe("redact: realm files found wherever their line stands", () => {
  it("a realm line after many lines of commas, one at the text's start, one with `=`", () => {
    cut(`${"a,b,c,d\n".repeat(500)}admin = Kx7!pLm2qRt9, admin, manager`, "Kx7!pLm2qRt9");
    cut("admin:Kx7!pLm2qRt9,admin", "Kx7!pLm2qRt9");
  });
});

describe("redact: realm-shaped comments", () => {
  it("keeps a linter directive with a list of codes", () => {
    kept("# pylint: disable-msg=E0611,W0142\nfoo: bar=E0611!x, y");
  });
});

describe("redact: untyped pre-shared and NTP authentication keys", () => {
  it("cuts ASA ikev1/ikev2 pre-shared keys and an NTP md5 key", () => {
    cut("tunnel-group 203.0.113.5 ipsec-attributes\n ikev1 pre-shared-key Asa!Psk2026x", "Asa!Psk2026x");
    cut(" ikev2 remote-authentication pre-shared-key Ikev2#Psk99", "Ikev2#Psk99");
    cut("ntp authentication-key 1 md5 NtpK3y!2026 7", "NtpK3y!2026");
  });

  it("keeps the directives that only name a key", () => {
    kept(" ikev2 remote-authentication pre-shared-key\nntp authentication-key 1 md5\nntp trusted-key 1");
  });
});

describe("redact: OpenVPN inline credentials and slapd cn=config", () => {
  it("cuts the password line of <auth-user-pass> and olcRootPW", () => {
    cut("<auth-user-pass>\nvpnuser\nOvpn!Pass2026\n</auth-user-pass>", "Ovpn!Pass2026");
    cut("olcRootPW: Slapd!Root2026", "Slapd!Root2026");
  });

  it("keeps the auth-user-pass directive and a hashed olcRootPW", () => {
    kept("auth-user-pass /etc/openvpn/creds.txt\nolcRootPW: {SSHA}");
  });
});

describe("redact: relay maps whose user another rule cut", () => {
  it("an SES access key id as the user keeps its own marker; the password goes", () => {
    const out = redact("[email-smtp.eu-west-1.amazonaws.com]:587 AKIANUNDI2BFCL4USA95:5yfH+6ROqr6pwgyoJSoDk7Ek2Y6MsrkcHA8mpABb1llN\n").text;
    expect(out).not.toContain("5yfH+6ROqr6pwgyo");
    expect(out).not.toMatch(/\[REDACTED:(?![\w-]{1,40}\])/);
  });
});
