// SaaS credentials by their vendor's documented format or placement (src/redact/saas-key-rules.ts): Ghost Admin API
// keys, Appwrite API keys, Customer.io's App API client, Freshdesk's key as a Basic user, curl's quoted password.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

const GHOST_SECRET = "6265c76a4cd0820a2f085be45442dd79601572209e020f3e5c4771c778120fa8";
const APPWRITE_BODY = "2f728c4b52bd6d6fef96c692b92ed5e9".repeat(8);

describe("redact: SaaS keys by their vendor's format", () => {
  it("cuts a Ghost Admin API key's secret and keeps its id", () => {
    const text = `const api = new GhostAdminAPI({ url: "https://blog.example", key: "4c28681e28ebc89aedbf481c:${GHOST_SECRET}" });`;
    const out = once(text);
    expect(out).not.toContain(GHOST_SECRET);
    expect(out).toContain('"4c28681e28ebc89aedbf481c:[REDACTED:api-token]"');
    expect(once(`GHOST_ADMIN_KEY=4c28681e28ebc89aedbf481c:${GHOST_SECRET}`)).not.toContain(GHOST_SECRET);
  });

  it("cuts an Appwrite API key's hex after its standard_ prefix", () => {
    const out = once(`  .setKey('standard_${APPWRITE_BODY}');`);
    expect(out).toBe("  .setKey('standard_[REDACTED:api-token]');");
  });

  it("cuts the key given to Customer.io's APIClient with a Customer.io region", () => {
    for (const text of [
      'cio = APIClient("4e52d787a45e3a8509841f87122969d5", region=Regions.EU)',
      "const api = new APIClient('4e52d787a45e3a8509841f87122969d5', { region: RegionUS });",
      'api = customerio.APIClient("4e52d787a45e3a8509841f87122969d5")',
    ]) expect(once(text)).not.toContain("4e52d787a45e3a8509841f87122969d5");
  });

  it("cuts a Freshdesk API key sent as the Basic user with the dummy password X", () => {
    for (const text of [
      'AUTH = ("dlOtTaTjEcHQPDeLRFbd", "X")',
      'r = requests.get(url, auth=HTTPBasicAuth("dlOtTaTjEcHQPDeLRFbd", "X"))',
      "curl -u dlOtTaTjEcHQPDeLRFbd:X https://acme.freshdesk.com/api/v2/tickets",
    ]) expect(once(text)).not.toContain("dlOtTaTjEcHQPDeLRFbd");
  });

  it("cuts a curl password quoted on its own after the user", () => {
    const out = once(`curl -u wazuh-wui:'Usn8bb^gxPw744A!m=' -k -X POST "https://wazuh:55000/security/user/authenticate"`);
    expect(out).toContain("-u wazuh-wui:'[REDACTED:password]' -k");
    expect(once('curl --user admin:"c0rrect horse!" https://h/')).not.toContain("c0rrect horse!");
  });

  it("cuts a Zoom or Webex invite's host key", () => {
    const invite = "Join Zoom Meeting: https://example.zoom.us/j/81232170571\nMeeting ID: 81232170571\nHost key: 731212018";
    expect(once(invite)).toBe(invite.replace("731212018", "[REDACTED:password]"));
  });

  it("keeps digests, ids and words of the same shapes", () => {
    for (const text of [
      `image: nginx@sha256:${GHOST_SECRET}`,
      `4c28681e28ebc89aedbf481c:${GHOST_SECRET.slice(0, 40)}`,
      `{"_id": "4c28681e28ebc89aedbf481c", "sha256": "${GHOST_SECRET}"}`,
      `000000000000000000000000:${"0".repeat(64)}`,
      "const sd = standard_deviation(values);",
      `standard_${GHOST_SECRET}`,
      "cio = APIClient(base_url, region=Regions.EU)",
      'client = APIClient("https://api.example.com", timeout=5)',
      'AUTH = ("admin", "X")',
      'point = ("longitude", "X")',
      "curl -u admin:X http://localhost:8080/",
      'curl -u deploy:"$DEPLOY_PASSWORD" https://h/',
      "Host key verification failed.",
      "Host key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
      "RSA host key: 2048 bits",
      "Meeting ID: 81232170571",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays fast on 1 MB of near misses", () => {
    for (const unit of [`4c28681e28ebc89aedbf481c:${GHOST_SECRET.slice(0, 60)} `, "standard_abc123 ", 'APIClient("ab12", ', '("aB3dE5fG7hJ9kL1m", "Y") ', "-u a:'b -u c:'", "Host key: 1234 "]) {
      const t = Date.now();
      expect(redact(fill(unit)).text.length).toBeGreaterThanOrEqual(MB / 2);
      expect(Date.now() - t).toBeLessThan(20000);
    }
  });
});
