import {
  JS,
  JS_NAMED,
  PY_NAMED,
  componentTestFiles,
  coverageIgnoresIn,
  findTestMarkers,
  markersIn,
  pytestHooksIn,
  testMarkerNotes
} from "./chunk-H6E27LQ3.js";
import "./chunk-N25EWW5M.js";
import "./chunk-SO7XOEY5.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  JS,
  JS_NAMED,
  PY_NAMED,
  componentTestFiles,
  coverageIgnoresIn,
  findTestMarkers,
  markersIn,
  pytestHooksIn,
  testMarkerNotes
};
