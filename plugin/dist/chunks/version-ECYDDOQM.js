import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-Y4YKIULE.js";
import "./chunk-QPAXKQK3.js";
import "./chunk-X4VVDXC3.js";
export {
  VERSION
};
