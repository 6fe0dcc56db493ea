import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  CODEX_INSTALL_COMMAND,
  EXEC_FLAGS,
  MIN_NODE_MAJOR,
  TESTED_CODEX_VERSION,
  checkCodexBin,
  checkCodexFlags,
  checkCodexLogin,
  checkCodexVersion,
  checkConfig,
  checkHooks,
  checkNode,
  checkState,
  checkWorker,
  compareVersions,
  exitCodeFor,
  readStateReadOnly,
  runChecks
} from "./chunk-VOBJMWVZ.js";
import {
  shArg
} from "./chunk-2NAXI352.js";
import "./chunk-5W5GY55F.js";
import "./chunk-K5JLFF65.js";
import "./chunk-IFZP5CNE.js";
import "./chunk-TDWSTA6Y.js";
import "./chunk-Y6OAWYK6.js";
import "./chunk-QR7TU3TZ.js";
import "./chunk-2457UOSZ.js";
import "./chunk-O2EGVUQG.js";
import "./chunk-UMH65Y2S.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";
export {
  CODEX_INSTALL_COMMAND,
  EXEC_FLAGS,
  MIN_NODE_MAJOR,
  TESTED_CODEX_VERSION,
  checkCodexBin,
  checkCodexFlags,
  checkCodexLogin,
  checkCodexVersion,
  checkConfig,
  checkHooks,
  checkNode,
  checkState,
  checkWorker,
  compareVersions,
  exitCodeFor,
  readStateReadOnly,
  runChecks,
  shArg
};
