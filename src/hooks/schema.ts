// Claude Code hook input (stdin JSON). Loose objects: Claude Code adds fields between versions and a hook must never
// fail on one it does not know. Checked by hand rather than with zod: every hook pays the start-up cost of its
// schemas (~4 ms for these), and the shape is a handful of typed fields.

interface Common {
  session_id?: string;
  transcript_path?: string;
  cwd?: string;
  permission_mode?: string;
  [key: string]: unknown;
}

export interface SessionStartInput extends Common {
  hook_event_name: "SessionStart";
  source?: string;
}
export interface UserPromptSubmitInput extends Common {
  hook_event_name: "UserPromptSubmit";
  prompt: string;
}
export interface PostToolUseInput extends Common {
  hook_event_name: "PostToolUse";
  tool_name: string;
  tool_input?: unknown;
  tool_response?: unknown;
}
export interface StopInput extends Common {
  hook_event_name: "Stop";
  stop_hook_active?: boolean;
  /** Claude's final text of the turn (2.1.197 and later); where Claude rejects findings. */
  last_assistant_message?: string;
}

export type HookInput = SessionStartInput | UserPromptSubmitInput | PostToolUseInput | StopInput;
export type HookEvent = HookInput["hook_event_name"];
export type InputOf<E extends HookEvent> = Extract<HookInput, { hook_event_name: E }>;

type FieldType = "string" | "boolean";

const COMMON: Record<string, FieldType> = { session_id: "string", transcript_path: "string", cwd: "string", permission_mode: "string" };
const OPTIONAL: Record<HookEvent, Record<string, FieldType>> = {
  SessionStart: { source: "string" },
  UserPromptSubmit: {},
  PostToolUse: {},
  Stop: { stop_hook_active: "boolean" },
};
const REQUIRED: Record<HookEvent, Record<string, FieldType>> = {
  SessionStart: {},
  UserPromptSubmit: { prompt: "string" },
  PostToolUse: { tool_name: "string" },
  Stop: {},
};

function isEvent(name: unknown): name is HookEvent {
  return typeof name === "string" && Object.hasOwn(REQUIRED, name);
}

/** The input when it is an object of a known event with every known field of the right type; otherwise null. */
export function parseHookInput(raw: unknown): HookInput | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const input = raw as Record<string, unknown>;
  const event = input.hook_event_name;
  if (!isEvent(event)) return null;
  for (const [key, type] of Object.entries({ ...COMMON, ...OPTIONAL[event] })) {
    if (input[key] !== undefined && typeof input[key] !== type) return null;
  }
  for (const [key, type] of Object.entries(REQUIRED[event])) {
    if (typeof input[key] !== type) return null;
  }
  return input as HookInput;
}

/** What a hook prints: only the keys Claude Code reads. */
export interface HookOutput {
  systemMessage?: string;
  decision?: "block";
  reason?: string;
  hookSpecificOutput?: { hookEventName: HookEvent; additionalContext?: string };
}
