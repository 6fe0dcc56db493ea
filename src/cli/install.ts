import { main as installMain } from "../install/main.js";
import type { Io } from "./io.js";

function run(argv: string[], io: Io): Promise<number> {
  return installMain(argv, { stdout: (t) => void io.stdout.write(t), stderr: (t) => void io.stderr.write(t), cwd: io.cwd, env: io.env });
}

export const installVerb = (args: string[], io: Io): Promise<number> => run(args, io);
export const uninstallVerb = (args: string[], io: Io): Promise<number> => run(["uninstall", ...args], io);
