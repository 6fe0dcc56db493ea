// Read-only views: the project's status, its Codex sessions, its reviews. They read the state file only.
import { resolve } from "node:path";
import { findProjectRoot } from "../../project.js";
import { listSessions, resolveSessionRef } from "../../state/sessions.js";
import { openStore } from "../../state/store.js";
import { UsageError } from "../../errors.js";
import { pickReviews, projectStatus } from "../../workflow/status.js";
import type { ToolContext } from "../context.js";
import type { ToolReply } from "../reply.js";
import { ReviewsInput, SessionsInput, StatusInput } from "../schema.js";
import { defineTool, type ToolDef } from "./types.js";

function root(cd: string | undefined, ctx: ToolContext): string {
  return findProjectRoot(resolve(ctx.baseDir, cd ?? "."));
}

function data(value: unknown): ToolReply {
  const structured = Array.isArray(value) ? { items: value } : (value as Record<string, unknown>);
  return { text: JSON.stringify(value, null, 2), structured };
}

export const VIEW_TOOLS: ToolDef[] = [
  defineTool({
    name: "status",
    title: "codex-collab status",
    description: "This project's Codex sessions and their stages, reviews and open findings, pending edits, the review worker, review budgets per Claude session, and tokens used with their estimated cost (usage). Reads state only.",
    input: StatusInput,
    readOnly: true,
    run: async (a, ctx) => data(projectStatus(resolve(ctx.baseDir, a.cd ?? "."))),
  }),
  defineTool({
    name: "sessions",
    title: "codex-collab sessions",
    description: "Lists this project's Codex sessions, or shows one (name, thread id or prefix) with its history. Reads state only.",
    input: SessionsInput,
    readOnly: true,
    run: async (a, ctx) => {
      const store = openStore(root(a.cd, ctx));
      if (a.show === undefined) return data(listSessions(store));
      const session = resolveSessionRef(store, a.show);
      if (!session) throw new UsageError(`no session "${a.show}" in this project`, "List them with the sessions tool without show.");
      return data(session);
    },
  }),
  defineTool({
    name: "reviews",
    title: "codex-collab reviews",
    description: "Lists this project's automatic and manual reviews, or shows the given ones with their findings. Reads state only.",
    input: ReviewsInput,
    readOnly: true,
    run: async (a, ctx) => {
      const reviews = openStore(root(a.cd, ctx)).read().reviews;
      return data(a.ids?.length ? pickReviews(reviews, a.ids) : reviews);
    },
  }),
];
