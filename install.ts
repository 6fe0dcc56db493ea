// Entry bundled to dist/install.js: `node dist/install.js [uninstall] [--project DIR] [--scope S] [--dry-run] [--force]`.
import { main } from "./src/install/main.js";

process.exitCode = await main(process.argv.slice(2));
