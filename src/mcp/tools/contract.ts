// The seed's tool: codex(PROMPT, cd, sandbox, SESSION_ID?, return_all_messages?) →
// {success, SESSION_ID, agent_messages, all_messages?}. No SESSION_ID starts a new Codex session; a sandbox
// looser than read-only runs only when the user's own configuration allows it.
import { resolve } from "node:path";
import { previewContract, runContract } from "../../workflow/contract.js";
import { formatPreview } from "../../workflow/preview.js";
import { stageInput, runtime } from "../context.js";
import { errorText } from "../reply.js";
import { CodexInput, CodexOutput } from "../schema.js";
import { defineTool } from "./types.js";

/** Contract calls keep their sessions apart from the stage flow's. */
const CONTRACT_TASK = "codex";

export const CODEX_TOOL = defineTool({
  name: "codex",
  title: "Codex: one turn (new or resumed session)",
  description:
    "Runs Codex on PROMPT in directory cd and returns {success, SESSION_ID, agent_messages, all_messages?}. Pass the SESSION_ID of an earlier " +
    "call to continue that conversation; omit it for a new one. sandbox defaults to read-only; anything looser is refused unless the user's own " +
    "codex-collab configuration allows it. return_all_messages adds every Codex event. dry_run sends nothing and returns the prompt as it would be sent.",
  input: CodexInput,
  output: CodexOutput,
  readOnly: false,
  run: async (a, ctx) => {
    const base = stageInput({ task_name: CONTRACT_TASK }, ctx);
    const input = {
      ...base,
      cwd: resolve(ctx.baseDir, a.cd),
      prompt: a.PROMPT,
      sandbox: a.sandbox,
      session: a.SESSION_ID,
      fresh: a.SESSION_ID === undefined,
      returnAllMessages: a.return_all_messages,
    };
    if (a.dry_run) {
      // The contract's shape holds: nothing ran, so no answer; the preview says what would have been sent.
      const preview = await previewContract(input, runtime(ctx));
      const structured: CodexOutput = { success: true, SESSION_ID: preview.thread, agent_messages: "", preview: { ...preview } };
      return { text: formatPreview(preview), structured };
    }
    const outcome = await runContract(input, runtime(ctx));
    const { result } = outcome;
    const structured: CodexOutput = {
      success: result.success,
      SESSION_ID: result.SESSION_ID,
      agent_messages: result.agent_messages,
      ...(a.return_all_messages ? { all_messages: (result.all_messages ?? []) as unknown as Array<Record<string, unknown>> } : {}),
      ...(result.error ? { error: result.error } : {}),
    };
    const text = JSON.stringify(structured, null, 2);
    return result.success ? { text, structured } : { text: `${errorText(result.error!)}\n\n${text}`, structured, isError: true };
  },
});
