import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  formatChecks
} from "./chunk-656MB6I4.js";
import "./chunk-P3CBC5YO.js";
export {
  formatChecks
};
