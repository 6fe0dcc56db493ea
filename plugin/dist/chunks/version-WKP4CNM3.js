import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-L7Q63L7L.js";
import "./chunk-2KQP7OET.js";
import "./chunk-X4VVDXC3.js";
export {
  VERSION
};
