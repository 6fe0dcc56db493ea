// Entry of the bundled MCP server (dist/mcp.js): stdio, in the directory Claude Code starts it in.
import pkg from "../../package.json" with { type: "json" };
import { serveStdio } from "./server.js";

void serveStdio({ env: process.env, cwd: process.cwd(), version: pkg.version });
