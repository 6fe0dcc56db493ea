import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  formatChecks
} from "./chunk-656MB6I4.js";
import "./chunk-X4VVDXC3.js";
export {
  formatChecks
};
