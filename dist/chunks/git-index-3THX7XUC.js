import {
  MAX_LISTING_BYTES,
  detachedHead,
  forgetListings,
  headBranch,
  indexListing,
  trackedFromListing
} from "./chunk-SB5SJHMK.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTING_BYTES,
  detachedHead,
  forgetListings,
  headBranch,
  indexListing,
  trackedFromListing
};
