import { describe, expect, it } from "vitest";
import { isoTime } from "../src/time.js";

describe("isoTime", () => {
  it("is toISOString's text, for now, edges and random instants", () => {
    const samples = [0, Date.now(), Date.UTC(2026, 0, 1), Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(1, 0, 1), -1];
    for (let i = 0; i < 500; i++) samples.push(Math.floor(Math.random() * 253402300799999));
    for (const ms of samples) {
      expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
      expect(isoTime(new Date(ms))).toBe(new Date(ms).toISOString());
    }
    expect(isoTime(Date.UTC(10000, 0, 1))).toBe(new Date(Date.UTC(10000, 0, 1)).toISOString());
    expect(isoTime(Date.UTC(-5, 0, 1))).toBe(new Date(Date.UTC(-5, 0, 1)).toISOString());
  });

  it("refuses an invalid date as toISOString does", () => {
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
    expect(() => isoTime(new Date("not a date"))).toThrow(RangeError);
  });
});
