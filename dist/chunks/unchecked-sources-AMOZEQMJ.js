import {
  MAX_NAMED,
  TrackedFiles,
  filesNotChecked,
  notCheckedWarning,
  optOutWarning,
  optOutsIn,
  readHead,
  secretAllowWarning,
  secretAllowsIn,
  trackedUnder
} from "./chunk-N25EWW5M.js";
import "./chunk-SO7XOEY5.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_NAMED,
  TrackedFiles,
  filesNotChecked,
  notCheckedWarning,
  optOutWarning,
  optOutsIn,
  readHead,
  secretAllowWarning,
  secretAllowsIn,
  trackedUnder
};
