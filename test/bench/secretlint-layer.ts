// @secretlint/core + preset-recommend as a second layer after our own redact(): every range secretlint reports in
// our output is replaced too. Measured only (bench:redact); see the verdict in README's "What is protected".
import { lintSource } from "@secretlint/core";
import { secretLintProfiler } from "@secretlint/profiler";
import { creator as recommended } from "@secretlint/secretlint-rule-preset-recommend";

/**
 * secretlint's profiler keeps every performance mark and searches all of them on each new one: quadratic over a
 * corpus of thousands of texts, and its backlog kept the bench busy long after its last line. Nothing here reads
 * the profile, so no marks are made.
 */
secretLintProfiler.mark = () => {};

const config = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommended }] };

export async function secretlintLayer(text: string): Promise<string> {
  const result = await lintSource({
    source: { content: text, filePath: "/virtual/snippet.txt", ext: ".txt", contentType: "text" },
    options: { config, noPhysicFilePath: true },
  });
  const ranges = result.messages.map((m) => m.range).sort((a, b) => a[0] - b[0]);
  let out = "";
  let last = 0;
  for (const [start, end] of ranges) {
    if (end <= last) continue;
    out += text.slice(last, Math.max(start, last)) + "[REDACTED:secretlint]";
    last = end;
  }
  return out + text.slice(last);
}
