// ISO 8601 timestamps without Date.prototype.toISOString: its first call in a process sets up V8's date cache,
// ~1 MB of fresh memory and ~1 ms, which every hook would pay for one timestamp. The UTC getters need none of it.
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Exactly what `new Date(at).toISOString()` returns, for any date toISOString accepts; a RangeError otherwise. */
export function isoTime(at: Date | number = Date.now()): string {
  const d = typeof at === "number" ? new Date(at) : at;
  const year = d.getUTCFullYear();
  if (!Number.isFinite(year)) throw new RangeError("Invalid time value");
  if (year < 0 || year > 9999) return d.toISOString();
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
}
