// The bounded tail of codex's stderr kept for error messages. Redacted before it is cut (issue 12: every cut,
// clip and fold happens after redaction), and the buffer is only ever trimmed at a line boundary so no fragment
// of a secret — too short for its pattern to recognise — is left at the cut.
import { StringDecoder } from "node:string_decoder";
import { redact } from "../redact/index.js";

const BUFFER_MAX = 32_768;
const BUFFER_KEEP = 16_384;

/** Drops whole lines from the front until at most `keep` characters remain (all of them when no newline fits). */
function keepLastLines(text: string, keep: number): string {
  const cut = text.indexOf("\n", text.length - keep);
  return cut === -1 ? "" : text.slice(cut + 1);
}

/** Collects `stream`; the returned function gives its last `lines` non-blank lines, redacted. */
export function stderrTail(stream: NodeJS.ReadableStream | null, lines: number): () => string {
  let text = "";
  const decoder = new StringDecoder("utf8");
  stream?.on("data", (chunk: Buffer) => {
    text += decoder.write(chunk);
    if (text.length > BUFFER_MAX) text = keepLastLines(text, BUFFER_KEEP);
  });
  return () =>
    redact(text + decoder.end())
      .text.split(/\r?\n/)
      .filter((l) => l.trim() !== "")
      .slice(-lines)
      .join("\n");
}
