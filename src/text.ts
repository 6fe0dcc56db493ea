// Text for one-line displays (progress, hook context, logs, reports): whitespace folded, optionally clipped.

/** Folds every run of whitespace (newlines included) to one space; clips to `max` characters with "…". */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
