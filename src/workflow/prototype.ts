// Stage 3: Codex sketches the change as unified diffs (read-only, never applied). Each file's diff is checked
// with `git apply --check`; the ones that do not apply go back to Codex once, in the same session, with git's
// messages, and the corrected diffs are checked again.
import { checkPatches, gitAvailable, gitApplyCheck, type PatchCheck } from "../prototype/check.js";
import { extractPatches, type FilePatch } from "../prototype/extract.js";
import type { Locale } from "../templates/schema.js";
import type { Preview } from "./preview.js";
import { previewStage, runStage, type StageRequest } from "./stages.js";
import type { TurnOutcome } from "./turn.js";

export interface PrototypeVars {
  task: string;
  design?: string;
  constraints?: string;
  context?: string;
  files?: string[];
}

export interface PrototypeRequest extends Omit<StageRequest, "kind" | "vars" | "userText"> {
  vars: PrototypeVars;
  /** The user's words (history title, language); defaults to the task. */
  userText?: string;
  /** Told before the follow-up turn starts, with the diffs that did not apply. */
  onRetry?: (failed: readonly PatchCheck[]) => void;
}

export interface PrototypeFile extends PatchCheck {
  /** A corrected diff for this file was asked for in the follow-up turn. */
  retried: boolean;
}

export interface PrototypeOutcome {
  turn: TurnOutcome & { locale: Locale };
  /** The follow-up turn that asked for corrected diffs, when one ran. */
  retry?: TurnOutcome;
  /** One entry per file, in the order the answer gave them. Empty when the turn failed or had no diff. */
  files: PrototypeFile[];
  /** False when git could not be run: nothing was checked and no follow-up was asked for. */
  checked: boolean;
  /** The applying patches joined into one, "" when none applies. */
  combined: string;
  /** git's complaint when the applying patches do not apply together (one file's diff depends on another's). */
  combinedError: string | null;
}

const RETRY_TEXT: Record<Locale, { message: (files: string) => string; title: string }> = {
  en: {
    message: (files) =>
      `Some diffs of your prototype do not apply to the current files: \`git apply --check\`, run from the repository root, rejected the diffs for ${files}. ` +
      "Its messages are in the context below. Re-read those files now and send corrected unified diffs for those files only, " +
      "each in a ```diff block with `--- a/<path>` and `+++ b/<path>` headers, hunks based on the exact current lines and at least three lines of unchanged context. " +
      "Do not repeat the diffs that applied, and do not edit any file.",
    title: "prototype: corrected diffs",
  },
  zh: {
    message: (files) =>
      `你的原型中有些 diff 无法应用到当前文件：在仓库根目录运行的 \`git apply --check\` 拒绝了这些文件的 diff：${files}。` +
      "它的报错信息在下面的上下文中。请现在重新阅读这些文件，只为这些文件给出更正后的统一 diff，" +
      "每个放在 ```diff 代码块中，使用 `--- a/<路径>` 和 `+++ b/<路径>` 文件头，块基于当前的确切内容，并带至少三行未改动的上下文。" +
      "不要重复已能应用的 diff，也不要编辑任何文件。",
    title: "原型：更正的 diff",
  },
};

function label(c: { file: string; from?: string }): string {
  return c.from !== undefined ? `${c.from} → ${c.file}` : c.file;
}

/** The follow-up message and its data: git's messages per file. */
export function retryRequest(failed: readonly PatchCheck[], locale: Locale): { message: string; context: string; title: string } {
  const text = RETRY_TEXT[locale];
  return {
    message: text.message(failed.map(label).join(", ")),
    context: failed.map((f) => `${label(f)}:\n${f.error ?? ""}`).join("\n\n"),
    title: text.title,
  };
}

/** What the prototype turn would send (`--dry-run`); nothing is sent. */
export function previewPrototype(req: PrototypeRequest): Promise<Preview> {
  return previewStage({ ...req, kind: "prototype", vars: { ...req.vars }, userText: req.userText ?? req.vars.task });
}

export async function runPrototype(req: PrototypeRequest): Promise<PrototypeOutcome> {
  const vars: Record<string, unknown> = { ...req.vars };
  const turn = await runStage({ ...req, kind: "prototype", vars, userText: req.userText ?? req.vars.task });
  const none: PrototypeOutcome = { turn, files: [], checked: false, combined: "", combinedError: null };
  if (!turn.result.success) return none;
  const patches = extractPatches(turn.result.agent_messages);
  if (patches.length === 0) return { ...none, checked: true };
  if (!(await gitAvailable(req.env))) {
    return { ...none, files: patches.map((p) => ({ file: p.file, ...(p.from !== undefined ? { from: p.from } : {}), applies: false, error: "not checked: git is not available", patch: p.text, retried: false })) };
  }

  const files: PrototypeFile[] = (await checkPatches(req.root, patches, req.env)).map((c) => ({ ...c, retried: false }));
  const failed = files.filter((f) => !f.applies);
  let retry: TurnOutcome | undefined;
  if (failed.length > 0 && turn.result.SESSION_ID) {
    req.onRetry?.(failed);
    const ask = retryRequest(failed, turn.locale);
    retry = await runStage({
      ...req,
      kind: "ask",
      // The follow-up speaks the language the prototype was asked in.
      config: { ...req.config, locale: turn.locale },
      target: { name: turn.session.name, threadId: turn.result.SESSION_ID, fresh: false },
      vars: { message: ask.message, context: ask.context },
      userText: ask.title,
      stage: 3,
    });
    if (retry.result.success) {
      const corrected = new Map<string, FilePatch>(extractPatches(retry.result.agent_messages).map((p) => [p.file, p]));
      const wanted = failed.map((f) => corrected.get(f.file)).filter((p): p is FilePatch => p !== undefined);
      const rechecked = new Map((await checkPatches(req.root, wanted, req.env)).map((c) => [c.file, c]));
      for (const [i, f] of files.entries()) {
        if (f.applies) continue;
        const again = rechecked.get(f.file);
        files[i] = again ? { ...again, retried: true } : { ...f, retried: true, error: `${f.error ?? ""}\n(the follow-up sent no corrected diff for this file)`.trim() };
      }
    } else {
      for (const f of failed) f.retried = true;
    }
  }

  const combined = files
    .filter((f) => f.applies)
    .map((f) => f.patch)
    .join("");
  const combinedError = combined ? await gitApplyCheck(req.root, combined, req.env) : null;
  return { turn, ...(retry ? { retry } : {}), files, checked: true, combined, combinedError };
}
