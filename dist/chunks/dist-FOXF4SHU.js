import {
  defaultResource,
  defaultServiceName,
  detectResources,
  emptyResource,
  envDetector,
  hostDetector,
  osDetector,
  processDetector,
  resourceAttributesEnvDetector,
  resourceFromAttributes,
  serviceInstanceIdDetector,
  serviceNameEnvDetector
} from "./chunk-QFV7YIFQ.js";
import "./chunk-KSGSITSE.js";
import "./chunk-HANBNIMK.js";
export {
  defaultResource,
  defaultServiceName,
  detectResources,
  emptyResource,
  envDetector,
  hostDetector,
  osDetector,
  processDetector,
  resourceAttributesEnvDetector,
  resourceFromAttributes,
  serviceInstanceIdDetector,
  serviceNameEnvDetector
};
