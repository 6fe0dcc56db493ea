// Entry point of the separate node processes the state tests spawn (bundled by esbuild in the tests):
// real concurrent processes, not mocks, exercising the store and the lock.
//   add <root> <name> [goFile]    ensureSession(name) in its own process; with goFile, prints "ready"
//                                 and waits for goFile to exist first, so many children race at once
//   turn <root> <name>            recordTurn(name) with 1 input token
//   hold <lockPath>               takes the lock, prints "locked", keeps it until killed
//   pid                           prints its pid and exits
//   journal <root> <name> <n>     appends n edit entries (<name>-0 .. <name>-<n-1>) to the journal, no lock
import { existsSync } from "node:fs";
import { acquireLock, sleepSync } from "../../src/state/lock.js";
import { appendJournal } from "../../src/state/journal.js";
import { ensureSession, recordTurn } from "../../src/state/sessions.js";
import { openStore } from "../../src/state/store.js";

const [cmd, a = "", b = "", goFile] = process.argv.slice(2);
// Generous: the tests are about correctness under contention on a slow, loaded machine, not speed.
const lockTimeoutMs = 60_000;
const warn = (m: string): void => {
  process.stderr.write(`warning: ${m}\n`);
};

switch (cmd) {
  case "add":
    if (goFile !== undefined) {
      process.stdout.write("ready\n");
      const until = Date.now() + lockTimeoutMs;
      while (!existsSync(goFile)) {
        if (Date.now() > until) throw new Error("no go signal");
        sleepSync(1);
      }
    }
    ensureSession(openStore(a, { lockTimeoutMs, onWarning: warn }), { name: b });
    break;
  case "turn":
    recordTurn(openStore(a, { lockTimeoutMs, onWarning: warn }), b, {
      threadId: "thread-1",
      usage: { input_tokens: 1 },
      kind: "run",
      title: "concurrent",
      outcome: "ok",
    });
    break;
  case "hold":
    acquireLock(a, { timeoutMs: lockTimeoutMs });
    process.stdout.write("locked\n");
    setInterval(() => undefined, 1_000);
    break;
  case "journal":
    for (let i = 0; i < Number(goFile); i++) {
      appendJournal(a, [{ kind: "edit", edit: { path: `${b}-${i}`, hash: "h", at: new Date().toISOString(), tool: "Edit" } }]);
    }
    break;
  case "pid":
    process.stdout.write(`${process.pid}\n`);
    break;
  default:
    process.stderr.write(`unknown command ${String(cmd)}\n`);
    process.exit(2);
}
