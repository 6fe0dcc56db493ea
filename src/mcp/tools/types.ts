import type * as z from "zod";
import type { ToolContext } from "../context.js";
import type { ToolReply } from "../reply.js";

export interface ToolDef<S extends z.ZodType = z.ZodType> {
  name: string;
  title: string;
  description: string;
  input: S;
  /** Declared output (structuredContent) schema, when the tool promises one. */
  output?: z.ZodType;
  /** Reads state only: never runs Codex. */
  readOnly: boolean;
  run: (args: z.infer<S>, ctx: ToolContext) => Promise<ToolReply>;
}

/** Keeps each definition's argument type while the registry holds them together. */
export function defineTool<S extends z.ZodType>(def: ToolDef<S>): ToolDef {
  return def as unknown as ToolDef;
}
