import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { isProtobufMessage } from "../../src/redact/protobuf.js";

/** A message: field 1 a string, field 2 bytes. */
const message = (label: string, second: Buffer) => Buffer.concat([Buffer.from([0x0a, label.length]), Buffer.from(label), Buffer.from([0x12, second.length]), second]).toString("base64");
const BYTES = Buffer.from(Array.from({ length: 24 }, (_, i) => (i * 73 + 5) % 256));

describe("isProtobufMessage", () => {
  it("recognises a message that opens with a readable label and another field", () => {
    expect(isProtobufMessage(message("OrderCreated", BYTES))).toBe(true);
    expect(isProtobufMessage("CgR0ZXN0EgVFg1GTctmZX3HXL8I8au9e+uVEw1fD8yarGSA8bJK")).toBe(true);
  });

  it("recognises a message that opens with an id, then a nested message with a label", () => {
    // OrderCreated{id: 42, item: {sku: "sku1"}, ...}: field 1 varint 42, field 2 holding field 1 "sku1".
    const order = Buffer.concat([Buffer.from([0x08, 0x2a, 0x12, 0x06, 0x0a, 0x04]), Buffer.from("sku1"), Buffer.from([0x1a, 0x03, 1, 2, 3]), BYTES]);
    expect(isProtobufMessage(order.toString("base64"))).toBe(true);
    const line = `const orderCreatedB64 = "${order.toString("base64")}"\n`;
    expect(redact(line).text).toBe(line);
  });

  it("leading fields out of a serializer's order, or a nested message with trailing junk, are no message", () => {
    const swapped = Buffer.concat([Buffer.from([0x10, 0x2a, 0x0a, 0x04]), Buffer.from("sku1"), BYTES]);
    expect(isProtobufMessage(swapped.toString("base64"))).toBe(false);
    const junk = Buffer.concat([Buffer.from([0x08, 0x2a, 0x12, 0x07, 0x0a, 0x04]), Buffer.from("sku1"), Buffer.from([0xff]), BYTES]);
    expect(isProtobufMessage(junk.toString("base64"))).toBe(false);
    const generated = Buffer.concat([Buffer.from([0x08, 0x2a, 0x12, 0x14]), Buffer.from("Xk9aB3dE7fGhQ2mN5pR8"), BYTES]);
    expect(isProtobufMessage(generated.toString("base64"))).toBe(false);
  });

  it("a message carrying a generated string may carry a credential: not recognised", () => {
    expect(isProtobufMessage(message("user", Buffer.from("Xk9aB3dE7fGhQ2mN5pR8")))).toBe(false);
  });

  it("random key bytes and base64 text are no message", () => {
    let accepted = 0;
    // Seeded, so the test is the same on every run; no random key of 3 million tried opened like a message.
    for (let i = 0; i < 20000; i++) if (isProtobufMessage(createHash("sha256").update(`key ${i}`).digest("base64"))) accepted++;
    expect(accepted).toBe(0);
    expect(isProtobufMessage(Buffer.from("user:Xk9aB3dE7fGhQ2mN5pR8").toString("base64"))).toBe(false);
  });
});

describe("redact: protobuf payloads in fixtures", () => {
  it("keeps event payloads; a named secret with the same shape still goes", () => {
    const events = `[\n  { "type": "OrderCreated", "payload": "${message("test", BYTES)}" }\n]\n`;
    expect(redact(events).text).toBe(events);
    expect(redact(`API_TOKEN=${message("test", BYTES)}`).text).toContain("[REDACTED:");
    const order = Buffer.concat([Buffer.from([0x08, 0x2a, 0x12, 0x06, 0x0a, 0x04]), Buffer.from("sku1"), BYTES]).toString("base64");
    for (const text of [`API_TOKEN=${order}`, `-payload: ${order}\n+API_TOKEN=${order}\n`]) expect(redact(text).text, text).not.toContain(order.slice(8, 30));
  });
});
