import {
  MAX_LISTING_BYTES,
  detachedHead,
  forgetListings,
  headBranch,
  headCommitRead,
  indexListing,
  trackedFromListing
} from "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTING_BYTES,
  detachedHead,
  forgetListings,
  headBranch,
  headCommitRead,
  indexListing,
  trackedFromListing
};
