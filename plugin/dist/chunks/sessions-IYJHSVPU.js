import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  sessionsVerb,
  table,
  tokens
} from "./chunk-BJX6YBSH.js";
import "./chunk-OCYRSVXL.js";
import "./chunk-TAH6EO5F.js";
import "./chunk-23XL5EZ7.js";
import "./chunk-UPM4JHD7.js";
import "./chunk-CVUZ6IGW.js";
import "./chunk-P3CBC5YO.js";
export {
  sessionsVerb,
  table,
  tokens
};
