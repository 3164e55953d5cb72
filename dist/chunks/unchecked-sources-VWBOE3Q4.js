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
} from "./chunk-AHXDHNZS.js";
import "./chunk-SB5SJHMK.js";
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
