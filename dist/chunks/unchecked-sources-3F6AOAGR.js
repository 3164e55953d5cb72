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
} from "./chunk-FTGUSBIA.js";
import "./chunk-4BCAUY6V.js";
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
