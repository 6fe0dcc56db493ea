// Entry of every dist/hooks/<hook>.cjs: runs <hook>.main.cjs through the V8 code cache (see loader.ts).
import { runBundle } from "./loader.js";

runBundle(__filename, __dirname, require);
