import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  package_default
} from "./chunk-2KQP7OET.js";

// src/cli/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
