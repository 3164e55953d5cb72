import {
  MAX_LISTING_BYTES,
  detachedHead,
  forgetListings,
  headBranch,
  headCommitRead,
  indexListing,
  trackedFromListing
} from "./chunk-SO7XOEY5.js";
import "./chunk-XAMYV3A6.js";
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
