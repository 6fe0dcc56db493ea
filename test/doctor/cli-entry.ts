// Fallback process entry for the doctor tests while the full CLI (src/cli/main.ts) does not build yet:
// the same verb, run as its own process with the given environment, exit code from the verb.
import { doctorVerb } from "../../src/cli/doctor.js";
import { processIo } from "../../src/cli/io.js";

doctorVerb(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  },
);
