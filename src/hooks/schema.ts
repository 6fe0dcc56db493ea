// Claude Code hook input (stdin JSON). Loose objects: Claude Code adds fields between versions and a hook
// must never fail on one it does not know.
import * as z from "zod/mini";

const Common = {
  session_id: z.optional(z.string()),
  transcript_path: z.optional(z.string()),
  cwd: z.optional(z.string()),
  permission_mode: z.optional(z.string()),
};

export const SessionStartInput = z.looseObject({ ...Common, hook_event_name: z.literal("SessionStart"), source: z.optional(z.string()) });
export const UserPromptSubmitInput = z.looseObject({ ...Common, hook_event_name: z.literal("UserPromptSubmit"), prompt: z.string() });
export const PostToolUseInput = z.looseObject({
  ...Common,
  hook_event_name: z.literal("PostToolUse"),
  tool_name: z.string(),
  tool_input: z.optional(z.unknown()),
  tool_response: z.optional(z.unknown()),
});
export const StopInput = z.looseObject({ ...Common, hook_event_name: z.literal("Stop"), stop_hook_active: z.optional(z.boolean()) });

export const HookInput = z.discriminatedUnion("hook_event_name", [SessionStartInput, UserPromptSubmitInput, PostToolUseInput, StopInput]);
export type HookInput = z.infer<typeof HookInput>;
export type HookEvent = HookInput["hook_event_name"];
export type InputOf<E extends HookEvent> = Extract<HookInput, { hook_event_name: E }>;

/** What a hook prints: only the keys Claude Code reads. */
export interface HookOutput {
  systemMessage?: string;
  decision?: "block";
  reason?: string;
  hookSpecificOutput?: { hookEventName: HookEvent; additionalContext?: string };
}
