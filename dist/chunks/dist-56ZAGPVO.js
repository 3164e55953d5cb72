import {
  ATTR_ERROR_TYPE,
  ATTR_EXCEPTION_MESSAGE,
  ATTR_EXCEPTION_STACKTRACE,
  ATTR_EXCEPTION_TYPE,
  defaultResource
} from "./chunk-QFV7YIFQ.js";
import {
  INVALID_SPAN_CONTEXT,
  ROOT_CONTEXT,
  SamplingDecision,
  SpanKind,
  SpanStatusCode,
  TraceFlags,
  context,
  createContextKey,
  createNoopMeter,
  diag,
  isSpanContextValid,
  isValidTraceId,
  trace
} from "./chunk-KSGSITSE.js";
import "./chunk-HANBNIMK.js";

// node_modules/@opentelemetry/sdk-trace/dist/StackContextManager.mjs
var StackContextManager = class {
  /**
  * whether the context manager is enabled or not
  */
  _enabled = false;
  /**
  * Keeps the reference to current context
  */
  _currentContext = ROOT_CONTEXT;
  /**
  *
  * @param context
  * @param target Function to be executed within the context
  */
  _bindFunction(context2 = ROOT_CONTEXT, target) {
    const manager = this;
    const contextWrapper = function(...args) {
      return manager.with(context2, () => target.apply(this, args));
    };
    Object.defineProperty(contextWrapper, "length", {
      enumerable: false,
      configurable: true,
      writable: false,
      value: target.length
    });
    return contextWrapper;
  }
  /**
  * Returns the active context
  */
  active() {
    return this._currentContext;
  }
  /**
  * Binds a the certain context or the active one to the target function and then returns the target
  * @param context A context (span) to be bind to target
  * @param target a function or event emitter. When target or one of its callbacks is called,
  *  the provided context will be used as the active context for the duration of the call.
  */
  bind(context2, target) {
    if (context2 === void 0) context2 = this.active();
    if (typeof target === "function") return this._bindFunction(context2, target);
    return target;
  }
  /**
  * Disable the context manager (clears the current context)
  */
  disable() {
    this._currentContext = ROOT_CONTEXT;
    this._enabled = false;
    return this;
  }
  /**
  * Enables the context manager and creates a default(root) context
  */
  enable() {
    if (this._enabled) return this;
    this._enabled = true;
    this._currentContext = ROOT_CONTEXT;
    return this;
  }
  /**
  * Calls the callback function [fn] with the provided [context]. If [context] is undefined then it will use the window.
  * The context will be set as active
  * @param context
  * @param fn Callback function
  * @param thisArg optional receiver to be used for calling fn
  * @param args optional arguments forwarded to fn
  */
  with(context2, fn, thisArg, ...args) {
    const previousContext = this._currentContext;
    this._currentContext = context2 || ROOT_CONTEXT;
    try {
      return fn.call(thisArg, ...args);
    } finally {
      this._currentContext = previousContext;
    }
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/Sampler.mjs
var SamplingDecision2 = /* @__PURE__ */ (function(SamplingDecision3) {
  SamplingDecision3[SamplingDecision3["NOT_RECORD"] = 0] = "NOT_RECORD";
  SamplingDecision3[SamplingDecision3["RECORD"] = 1] = "RECORD";
  SamplingDecision3[SamplingDecision3["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
  return SamplingDecision3;
})({});

// node_modules/@opentelemetry/sdk-trace/dist/sampler/AlwaysOffSampler.mjs
var AlwaysOffSampler = class {
  shouldSample() {
    return { decision: 0 };
  }
  toString() {
    return "AlwaysOffSampler";
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/sampler/AlwaysOnSampler.mjs
var AlwaysOnSampler = class {
  shouldSample() {
    return { decision: 2 };
  }
  toString() {
    return "AlwaysOnSampler";
  }
};

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/trace/suppress-tracing.mjs
var SUPPRESS_TRACING_KEY = createContextKey("OpenTelemetry SDK Context Key SUPPRESS_TRACING");
function suppressTracing(context2) {
  return context2.setValue(SUPPRESS_TRACING_KEY, true);
}
function isTracingSuppressed(context2) {
  return context2.getValue(SUPPRESS_TRACING_KEY) === true;
}

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/common/attributes.mjs
var AddAttributeDecision = /* @__PURE__ */ (function(AddAttributeDecision2) {
  AddAttributeDecision2[AddAttributeDecision2["DROP_UNDEFINED"] = 0] = "DROP_UNDEFINED";
  AddAttributeDecision2[AddAttributeDecision2["DROP_INVALID"] = 1] = "DROP_INVALID";
  AddAttributeDecision2[AddAttributeDecision2["DROP_LIMIT_REACHED"] = 2] = "DROP_LIMIT_REACHED";
  AddAttributeDecision2[AddAttributeDecision2["ADD_NEW"] = 3] = "ADD_NEW";
  AddAttributeDecision2[AddAttributeDecision2["ADD_OVERWRITE_EXISTING"] = 4] = "ADD_OVERWRITE_EXISTING";
  return AddAttributeDecision2;
})({});
function maybeAddAttribute(opts) {
  return maybeAddAttributeInternal(opts, isAnyValue);
}
function maybeAddAttributeInternal(opts, isValidValue) {
  if (opts.value === void 0) return 0;
  if (opts.key.length === 0) {
    diag.warn(`Invalid attribute key: ${opts.key}`);
    return 1;
  }
  const isNewKey = !Object.hasOwn(opts.attributes, opts.key);
  if (isNewKey && opts.currentAttributesCount >= opts.limits.attributeCountLimit) return 2;
  if (!isValidValue(opts.value)) {
    diag.warn(`Invalid attribute value set for key: ${opts.key}`);
    return 1;
  }
  let attributeValueLengthLimit = opts.limits.attributeValueLengthLimit;
  if (attributeValueLengthLimit <= 0) {
    diag.warn(`Invalid attributeValueLengthLimit: must be positive, got ${attributeValueLengthLimit} (ignoring)`);
    attributeValueLengthLimit = Infinity;
  }
  opts.attributes[opts.key] = copyAndTruncAnyValue(opts.value, attributeValueLengthLimit);
  if (isNewKey) return 3;
  return 4;
}
function cleanAttributes(inAttributes, limits) {
  return cleanAttributesInternal(inAttributes, limits, isAnyValue);
}
function cleanSimpleAttributes(inAttributes, limits) {
  return cleanAttributesInternal(inAttributes, limits, isSimpleAttributeValue);
}
function cleanAttributesInternal(inAttributes, limits, isValidValue) {
  if (typeof inAttributes !== "object" || inAttributes == null) return {};
  const attributes = {};
  let droppedAttributesCount = 0;
  let attributeValueLengthLimit = limits.attributeValueLengthLimit;
  if (attributeValueLengthLimit <= 0) {
    diag.warn(`Invalid attributeValueLengthLimit: must be positive, got ${attributeValueLengthLimit} (ignoring)`);
    attributeValueLengthLimit = Infinity;
  }
  let count = 0;
  for (const [key, val] of Object.entries(inAttributes)) {
    if (val === void 0) continue;
    if (count >= limits.attributeCountLimit) {
      droppedAttributesCount++;
      continue;
    }
    if (key.length === 0) {
      diag.warn(`Invalid attribute key: ${key}`);
      droppedAttributesCount++;
      continue;
    }
    if (!isValidValue(val)) {
      diag.warn(`Invalid attribute value set for key: ${key}`);
      droppedAttributesCount++;
      continue;
    }
    attributes[key] = copyAndTruncAnyValue(val, attributeValueLengthLimit);
    count++;
  }
  return {
    attributes,
    droppedAttributesCount
  };
}
function isAnyValue(val) {
  return isAnyValueInternal(val, /* @__PURE__ */ new WeakSet());
}
function isAnyValueInternal(val, visited) {
  switch (typeof val) {
    case "undefined":
    case "bigint":
    case "symbol":
    case "function":
      return false;
    case "string":
    case "number":
    case "boolean":
      return true;
    case "object":
      break;
    default:
      return false;
  }
  if (val === null) return true;
  if (val instanceof Uint8Array) return true;
  if (visited.has(val)) return false;
  visited.add(val);
  const isValid = isAnyValueObject(val, visited);
  visited.delete(val);
  return isValid;
}
function isAnyValueObject(val, visited) {
  if (Array.isArray(val)) {
    for (const item of val) if (item !== void 0 && !isAnyValueInternal(item, visited)) return false;
    return true;
  }
  const obj = val;
  if (obj.constructor !== Object && obj.constructor !== void 0) return false;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v !== void 0 && !isAnyValueInternal(v, visited)) return false;
  }
  return true;
}
function copyAndTruncAnyValue(val, limit) {
  switch (typeof val) {
    case "number":
    case "boolean":
    case "undefined":
    case "bigint":
    case "symbol":
    case "function":
      return val;
    case "string":
      if (val.length <= limit) return val;
      else return val.substring(0, limit);
    case "object":
      break;
    default:
      return val;
  }
  if (val === null) return val;
  if (val instanceof Uint8Array) {
    if (val.length <= limit) return val;
    else return val.slice(0, limit);
  }
  if (Array.isArray(val)) return val.map((elem) => copyAndTruncAnyValue(elem, limit));
  const truncObj = {};
  const obj = val;
  for (const k of Object.keys(obj)) if (obj[k] !== void 0) truncObj[k] = copyAndTruncAnyValue(obj[k], limit);
  return truncObj;
}
function isSimpleAttributeValue(val) {
  if (Array.isArray(val)) return isHomogeneousAttributeValueArray(val);
  return isValidPrimitiveAttributeValueType(typeof val);
}
function isHomogeneousAttributeValueArray(arr) {
  let type;
  for (const element of arr) {
    if (element == null) continue;
    const elementType = typeof element;
    if (elementType === type) continue;
    if (!type) {
      if (isValidPrimitiveAttributeValueType(elementType)) {
        type = elementType;
        continue;
      }
      return false;
    }
    return false;
  }
  return true;
}
function isValidPrimitiveAttributeValueType(valType) {
  switch (valType) {
    case "number":
    case "boolean":
    case "string":
      return true;
  }
  return false;
}

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/common/logging-error-handler.mjs
function loggingErrorHandler() {
  return (ex) => {
    diag.error(stringifyException(ex));
  };
}
function stringifyException(ex) {
  if (typeof ex === "string") return ex;
  else return JSON.stringify(flattenException(ex));
}
function flattenException(ex) {
  const result = {};
  let current = ex;
  while (current !== null) {
    Object.getOwnPropertyNames(current).forEach((propertyName) => {
      if (result[propertyName]) return;
      const value = current[propertyName];
      if (value) result[propertyName] = String(value);
    });
    current = Object.getPrototypeOf(current);
  }
  return result;
}

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/common/global-error-handler.mjs
var delegateHandler = loggingErrorHandler();
function globalErrorHandler(ex) {
  try {
    delegateHandler(ex);
  } catch {
  }
}

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/common/time.mjs
var NANOSECOND_DIGITS = 9;
var MILLISECONDS_TO_NANOSECONDS = Math.pow(10, 6);
var SECOND_TO_NANOSECONDS = Math.pow(10, NANOSECOND_DIGITS);
function millisToHrTime(epochMillis) {
  const epochSeconds = epochMillis / 1e3;
  return [Math.trunc(epochSeconds), Math.round(epochMillis % 1e3 * MILLISECONDS_TO_NANOSECONDS)];
}
function hrTime(performanceNow) {
  return addHrTimes(millisToHrTime(performance.timeOrigin), millisToHrTime(typeof performanceNow === "number" ? performanceNow : performance.now()));
}
function hrTimeDuration(startTime, endTime) {
  let seconds = endTime[0] - startTime[0];
  let nanos = endTime[1] - startTime[1];
  if (nanos < 0) {
    seconds -= 1;
    nanos += SECOND_TO_NANOSECONDS;
  }
  return [seconds, nanos];
}
function hrTimeToMicroseconds(time) {
  return time[0] * 1e6 + time[1] / 1e3;
}
function isTimeInputHrTime(value) {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "number" && typeof value[1] === "number";
}
function isTimeInput(value) {
  return isTimeInputHrTime(value) || typeof value === "number" || value instanceof Date;
}
function addHrTimes(time1, time2) {
  const out = [time1[0] + time2[0], time1[1] + time2[1]];
  if (out[1] >= SECOND_TO_NANOSECONDS) {
    out[1] -= SECOND_TO_NANOSECONDS;
    out[0] += 1;
  }
  return out;
}

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/ExportResult.mjs
var ExportResultCode = /* @__PURE__ */ (function(ExportResultCode2) {
  ExportResultCode2[ExportResultCode2["SUCCESS"] = 0] = "SUCCESS";
  ExportResultCode2[ExportResultCode2["FAILED"] = 1] = "FAILED";
  return ExportResultCode2;
})({});

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/utils/promise.mjs
var Deferred = class {
  _promise;
  _resolve;
  _reject;
  constructor() {
    this._promise = new Promise((resolve, reject) => {
      this._resolve = resolve;
      this._reject = reject;
    });
  }
  get promise() {
    return this._promise;
  }
  resolve(val) {
    this._resolve(val);
  }
  reject(err) {
    this._reject(err);
  }
};

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/utils/callback.mjs
var BindOnceFuture = class {
  _isCalled = false;
  _deferred = new Deferred();
  _callback;
  _that;
  constructor(callback, that) {
    this._callback = callback;
    this._that = that;
  }
  get isCalled() {
    return this._isCalled;
  }
  get promise() {
    return this._deferred.promise;
  }
  call(...args) {
    if (!this._isCalled) {
      this._isCalled = true;
      try {
        Promise.resolve(this._callback.call(this._that, ...args)).then((val) => this._deferred.resolve(val), (err) => this._deferred.reject(err));
      } catch (err) {
        this._deferred.reject(err);
      }
    }
    return this._deferred.promise;
  }
};

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/internal/exporter.mjs
function _export(exporter, arg) {
  return new Promise((resolve) => {
    context.with(suppressTracing(context.active()), () => {
      exporter.export(arg, resolve);
    });
  });
}

// node_modules/@opentelemetry/sdk-trace/node_modules/@opentelemetry/core/dist/index.mjs
var internal = { _export };

// node_modules/@opentelemetry/sdk-trace/dist/sampler/ParentBasedSampler.mjs
var ParentBasedSampler = class {
  _root;
  _remoteParentSampled;
  _remoteParentNotSampled;
  _localParentSampled;
  _localParentNotSampled;
  constructor(config) {
    this._root = config.root;
    if (!this._root) {
      globalErrorHandler(/* @__PURE__ */ new Error("ParentBasedSampler must have a root sampler configured"));
      this._root = new AlwaysOnSampler();
    }
    this._remoteParentSampled = config.remoteParentSampled ?? new AlwaysOnSampler();
    this._remoteParentNotSampled = config.remoteParentNotSampled ?? new AlwaysOffSampler();
    this._localParentSampled = config.localParentSampled ?? new AlwaysOnSampler();
    this._localParentNotSampled = config.localParentNotSampled ?? new AlwaysOffSampler();
  }
  shouldSample(context2, traceId, spanName, spanKind, attributes, links) {
    const parentContext = trace.getSpanContext(context2);
    if (!parentContext || !isSpanContextValid(parentContext)) return this._root.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
    if (parentContext.isRemote) {
      if (parentContext.traceFlags & TraceFlags.SAMPLED) return this._remoteParentSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
      return this._remoteParentNotSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
    }
    if (parentContext.traceFlags & TraceFlags.SAMPLED) return this._localParentSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
    return this._localParentNotSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
  }
  toString() {
    return `ParentBased{root=${this._root.toString()}, remoteParentSampled=${this._remoteParentSampled.toString()}, remoteParentNotSampled=${this._remoteParentNotSampled.toString()}, localParentSampled=${this._localParentSampled.toString()}, localParentNotSampled=${this._localParentNotSampled.toString()}}`;
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/inspect.mjs
var inspectCustom = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
function settledResourceAttributes(resource) {
  const attrs = {};
  for (const [k, v] of resource.getRawAttributes()) {
    if (typeof v?.then === "function") continue;
    if (v != null) attrs[k] ??= v;
  }
  return attrs;
}
function formatInspect(className, payload, depth, options, inspect) {
  if (typeof depth === "number" && depth < 0) {
    const tag = `[${className}]`;
    return options?.stylize ? options.stylize(tag, "special") : tag;
  }
  if (typeof inspect !== "function" || !options) return payload;
  return `${className} ${inspect(payload, {
    ...options,
    depth: options.depth == null ? options.depth : options.depth - 1
  })}`;
}

// node_modules/@opentelemetry/sdk-trace/dist/enums.mjs
var ExceptionEventName = "exception";

// node_modules/@opentelemetry/sdk-trace/dist/Span.mjs
var SpanImpl = class {
  _spanContext;
  kind;
  parentSpanContext;
  attributes;
  links = [];
  events = [];
  startTime;
  resource;
  instrumentationScope;
  _droppedAttributesCount = 0;
  _droppedEventsCount = 0;
  _droppedLinksCount = 0;
  _attributesCount = 0;
  name;
  status = { code: SpanStatusCode.UNSET };
  endTime = [0, 0];
  _ended = false;
  _duration = [-1, -1];
  _spanProcessor;
  _spanLimits;
  _recordEndMetrics;
  _performanceStartTime;
  _performanceOffset;
  _startTimeProvided;
  /**
  * Constructs a new SpanImpl instance.
  *
  * `opts.attributes` must already have been sanitized by caller.
  * `attributes` in `opts.links` must already have been sanitized by caller.
  * These are typically required anyway to pass sanitized details to a
  * *sampler* before span creation.
  */
  constructor(opts) {
    const now = Date.now();
    this._spanContext = opts.spanContext;
    this._performanceStartTime = performance.now();
    this._performanceOffset = now - (this._performanceStartTime + performance.timeOrigin);
    this._startTimeProvided = opts.startTime != null;
    this._spanLimits = opts.spanLimits;
    this._spanProcessor = opts.spanProcessor;
    this.name = opts.name;
    this.parentSpanContext = opts.parentSpanContext;
    this.kind = opts.kind;
    this.startTime = this._getTime(opts.startTime ?? now);
    this.resource = opts.resource;
    this.instrumentationScope = opts.scope;
    this._recordEndMetrics = opts.recordEndMetrics;
    if (opts.links) {
      const { linkCountLimit } = this._spanLimits;
      if (opts.links.length > linkCountLimit) {
        this.links = opts.links.slice(opts.links.length - linkCountLimit, opts.links.length);
        this._droppedLinksCount = opts.links.length - linkCountLimit;
      } else {
        this.links = opts.links;
        this._droppedLinksCount = 0;
      }
    }
    this.attributes = opts.attributes ?? {};
    this._attributesCount = Object.keys(this.attributes).length;
    this._droppedAttributesCount = opts.droppedAttributesCount ?? 0;
    this._spanProcessor.onStart(this, opts.context);
  }
  spanContext() {
    return this._spanContext;
  }
  setAttribute(key, value) {
    if (this._isSpanEnded()) return this;
    const decision = maybeAddAttribute({
      key,
      value,
      attributes: this.attributes,
      limits: this._spanLimits,
      currentAttributesCount: this._attributesCount
    });
    if (decision === AddAttributeDecision.DROP_LIMIT_REACHED) {
      this._droppedAttributesCount++;
      if (this._droppedAttributesCount === 1) diag.warn("Dropping extra attributes.");
    } else if (decision === AddAttributeDecision.ADD_NEW) this._attributesCount++;
    return this;
  }
  setAttributes(attributes) {
    for (const key in attributes) if (Object.prototype.hasOwnProperty.call(attributes, key)) this.setAttribute(key, attributes[key]);
    return this;
  }
  /**
  *
  * @param name Span event name
  * @param [attributesOrStartTime] Attributes or start time
  *     if type is {@type TimeInput} and 3rd param is undefined.
  *     Only "simple" value types are supported for span event attributes
  *     (string, number, boolean, homogeneous array of these primitive types).
  *     See OTEP 4485 and `cleanSimpleAttributes()` in `@opentelemetry/core`.
  * @param [timeStamp] Specified time stamp for the event
  */
  addEvent(name, attributesOrStartTime, timeStamp) {
    if (this._isSpanEnded()) return this;
    const { eventCountLimit } = this._spanLimits;
    if (eventCountLimit === 0) {
      diag.warn("No events allowed.");
      this._droppedEventsCount++;
      return this;
    }
    if (eventCountLimit !== void 0 && this.events.length >= eventCountLimit) {
      if (this._droppedEventsCount === 0) diag.debug("Dropping extra events.");
      this.events.shift();
      this._droppedEventsCount++;
    }
    if (isTimeInput(attributesOrStartTime)) {
      if (!isTimeInput(timeStamp)) timeStamp = attributesOrStartTime;
      attributesOrStartTime = void 0;
    }
    this.events.push({
      name,
      time: this._getTime(timeStamp),
      ...cleanSimpleAttributes(attributesOrStartTime, {
        attributeCountLimit: this._spanLimits.attributePerEventCountLimit,
        attributeValueLengthLimit: this._spanLimits.attributeValueLengthLimit
      })
    });
    return this;
  }
  addLink(link) {
    if (this._isSpanEnded()) return this;
    const { linkCountLimit } = this._spanLimits;
    if (linkCountLimit === 0) {
      this._droppedLinksCount++;
      return this;
    }
    if (linkCountLimit !== void 0 && this.links.length >= linkCountLimit) {
      if (this._droppedLinksCount === 0) diag.debug("Dropping extra links.");
      this.links.shift();
      this._droppedLinksCount++;
    }
    this.links.push({
      context: link.context,
      ...cleanAttributes(link.attributes, {
        attributeCountLimit: this._spanLimits.attributePerLinkCountLimit,
        attributeValueLengthLimit: this._spanLimits.attributeValueLengthLimit
      })
    });
    return this;
  }
  addLinks(links) {
    for (const link of links) this.addLink(link);
    return this;
  }
  setStatus(status) {
    if (this._isSpanEnded()) return this;
    if (status.code === SpanStatusCode.UNSET) return this;
    if (this.status.code === SpanStatusCode.OK) return this;
    const newStatus = { code: status.code };
    if (status.code === SpanStatusCode.ERROR) {
      if (typeof status.message === "string") newStatus.message = status.message;
      else if (status.message != null) diag.warn(`Dropping invalid status.message of type '${typeof status.message}', expected 'string'`);
    }
    this.status = newStatus;
    return this;
  }
  updateName(name) {
    if (this._isSpanEnded()) return this;
    this.name = name;
    return this;
  }
  end(endTime) {
    if (this._isSpanEnded()) {
      diag.error(`${this.name} ${this._spanContext.traceId}-${this._spanContext.spanId} - You can only call end() on a span once.`);
      return;
    }
    this.endTime = this._getTime(endTime);
    this._duration = hrTimeDuration(this.startTime, this.endTime);
    if (this._duration[0] < 0) {
      diag.warn("Inconsistent start and end time, startTime > endTime. Setting span duration to 0ms.", this.startTime, this.endTime);
      this.endTime = this.startTime.slice();
      this._duration = [0, 0];
    }
    if (this._droppedEventsCount > 0) diag.warn(`Dropped ${this._droppedEventsCount} events because eventCountLimit reached`);
    if (this._droppedLinksCount > 0) diag.warn(`Dropped ${this._droppedLinksCount} links because linkCountLimit reached`);
    if (this._spanProcessor.onEnding) this._spanProcessor.onEnding(this);
    this._recordEndMetrics?.();
    this._ended = true;
    this._spanProcessor.onEnd(this);
  }
  _getTime(inp) {
    if (typeof inp === "number" && inp <= performance.now()) return hrTime(inp + this._performanceOffset);
    if (typeof inp === "number") return millisToHrTime(inp);
    if (inp instanceof Date) return millisToHrTime(inp.getTime());
    if (isTimeInputHrTime(inp)) return inp;
    if (this._startTimeProvided) return millisToHrTime(Date.now());
    const msDuration = performance.now() - this._performanceStartTime;
    return addHrTimes(this.startTime, millisToHrTime(msDuration));
  }
  isRecording() {
    return this._ended === false;
  }
  recordException(exception, time) {
    const attributes = {};
    if (typeof exception === "string") attributes[ATTR_EXCEPTION_MESSAGE] = exception;
    else if (exception) {
      if (exception.code) attributes[ATTR_EXCEPTION_TYPE] = exception.code.toString();
      else if (exception.name) attributes[ATTR_EXCEPTION_TYPE] = exception.name;
      if (exception.message) attributes[ATTR_EXCEPTION_MESSAGE] = exception.message;
      if (exception.stack) attributes[ATTR_EXCEPTION_STACKTRACE] = exception.stack;
    }
    if (attributes[ATTR_EXCEPTION_TYPE] || attributes[ATTR_EXCEPTION_MESSAGE]) this.addEvent(ExceptionEventName, attributes, time);
    else diag.warn(`Failed to record an exception ${exception}`);
  }
  get duration() {
    return this._duration;
  }
  get ended() {
    return this._ended;
  }
  get droppedAttributesCount() {
    return this._droppedAttributesCount;
  }
  get droppedEventsCount() {
    return this._droppedEventsCount;
  }
  get droppedLinksCount() {
    return this._droppedLinksCount;
  }
  _isSpanEnded() {
    if (this._ended) {
      const error = /* @__PURE__ */ new Error(`Operation attempted on ended Span {traceId: ${this._spanContext.traceId}, spanId: ${this._spanContext.spanId}}`);
      diag.warn(`Cannot execute the operation on ended Span {traceId: ${this._spanContext.traceId}, spanId: ${this._spanContext.spanId}}`, error);
    }
    return this._ended;
  }
  [inspectCustom](depth, options, inspect) {
    const payload = {
      name: this.name,
      kind: this.kind,
      spanContext: this._spanContext,
      parentSpanContext: this.parentSpanContext,
      status: this.status,
      startTime: this.startTime,
      endTime: this.endTime,
      duration: this._duration,
      ended: this._ended,
      attributes: this.attributes,
      events: this.events,
      links: this.links,
      droppedAttributesCount: this._droppedAttributesCount,
      droppedEventsCount: this._droppedEventsCount,
      droppedLinksCount: this._droppedLinksCount,
      instrumentationScope: this.instrumentationScope,
      resource: { attributes: settledResourceAttributes(this.resource) }
    };
    return formatInspect("SpanImpl", payload, depth, options, inspect);
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/semconv.mjs
var ATTR_OTEL_COMPONENT_NAME = "otel.component.name";
var ATTR_OTEL_COMPONENT_TYPE = "otel.component.type";
var ATTR_OTEL_SPAN_PARENT_ORIGIN = "otel.span.parent.origin";
var ATTR_OTEL_SPAN_SAMPLING_RESULT = "otel.span.sampling_result";
var METRIC_OTEL_SDK_PROCESSOR_SPAN_PROCESSED = "otel.sdk.processor.span.processed";
var METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_CAPACITY = "otel.sdk.processor.span.queue.capacity";
var METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_SIZE = "otel.sdk.processor.span.queue.size";
var METRIC_OTEL_SDK_SPAN_LIVE = "otel.sdk.span.live";
var METRIC_OTEL_SDK_SPAN_STARTED = "otel.sdk.span.started";
var OTEL_COMPONENT_TYPE_VALUE_BATCHING_SPAN_PROCESSOR = "batching_span_processor";
var OTEL_COMPONENT_TYPE_VALUE_SIMPLE_SPAN_PROCESSOR = "simple_span_processor";

// node_modules/@opentelemetry/sdk-trace/dist/TracerMetrics.mjs
var TracerMetrics = class {
  startedSpans;
  liveSpans;
  constructor(meter) {
    this.startedSpans = meter.createCounter(METRIC_OTEL_SDK_SPAN_STARTED, {
      unit: "{span}",
      description: "The number of created spans."
    });
    this.liveSpans = meter.createUpDownCounter(METRIC_OTEL_SDK_SPAN_LIVE, {
      unit: "{span}",
      description: "The number of currently live spans."
    });
  }
  startSpan(parentSpanCtx, samplingDecision) {
    const samplingDecisionStr = samplingDecisionToString(samplingDecision);
    this.startedSpans.add(1, {
      [ATTR_OTEL_SPAN_PARENT_ORIGIN]: parentOrigin(parentSpanCtx),
      [ATTR_OTEL_SPAN_SAMPLING_RESULT]: samplingDecisionStr
    });
    if (samplingDecision === 0) return () => {
    };
    const liveSpanAttributes = { [ATTR_OTEL_SPAN_SAMPLING_RESULT]: samplingDecisionStr };
    this.liveSpans.add(1, liveSpanAttributes);
    return () => {
      this.liveSpans.add(-1, liveSpanAttributes);
    };
  }
};
function parentOrigin(parentSpanContext) {
  if (!parentSpanContext) return "none";
  if (parentSpanContext.isRemote) return "remote";
  return "local";
}
function samplingDecisionToString(decision) {
  switch (decision) {
    case 2:
      return "RECORD_AND_SAMPLE";
    case 1:
      return "RECORD_ONLY";
    case 0:
      return "DROP";
  }
}

// node_modules/@opentelemetry/sdk-trace/dist/version.mjs
var VERSION = "3.1.1";

// node_modules/@opentelemetry/sdk-trace/dist/Tracer.mjs
var NO_ATTR_LIMITS = {
  attributeCountLimit: Infinity,
  attributeValueLengthLimit: Infinity
};
var Tracer$1 = class {
  _sampler;
  _spanLimits;
  _idGenerator;
  instrumentationScope;
  _resource;
  _spanProcessor;
  _tracerMetrics;
  /**
  * Constructs a new Tracer instance.
  */
  constructor(instrumentationScope, options) {
    this.instrumentationScope = instrumentationScope;
    this._sampler = options.sampler;
    this._spanLimits = options.spanLimits;
    this._resource = options.resource;
    this._idGenerator = options.idGenerator;
    this._spanProcessor = options.spanProcessor;
    const meter = options.meterProvider.getMeter("@opentelemetry/sdk-trace", VERSION);
    this._tracerMetrics = new TracerMetrics(meter);
  }
  /**
  * Starts a new Span or returns the default NoopSpan based on the sampling
  * decision.
  */
  startSpan(name, options = {}, context2 = context.active()) {
    if (options.root) context2 = trace.deleteSpan(context2);
    const parentSpan = trace.getSpan(context2);
    if (isTracingSuppressed(context2)) {
      diag.debug("Instrumentation suppressed, returning Noop Span");
      return trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
    }
    const parentSpanContext = parentSpan?.spanContext();
    const spanId = this._idGenerator.generateSpanId();
    let validParentSpanContext;
    let traceId;
    let traceState;
    if (!parentSpanContext || !trace.isSpanContextValid(parentSpanContext)) traceId = this._idGenerator.generateTraceId();
    else {
      traceId = parentSpanContext.traceId;
      traceState = parentSpanContext.traceState;
      validParentSpanContext = parentSpanContext;
    }
    const spanKind = options.kind ?? SpanKind.INTERNAL;
    const links = (options.links ?? []).map((link) => {
      return {
        context: link.context,
        ...cleanAttributes(link.attributes, {
          attributeCountLimit: this._spanLimits.attributePerLinkCountLimit,
          attributeValueLengthLimit: this._spanLimits.attributeValueLengthLimit
        })
      };
    });
    const attrsData1 = cleanAttributes(options.attributes, NO_ATTR_LIMITS);
    const attributes = attrsData1.attributes ?? {};
    const samplingResult = this._sampler.shouldSample(context2, traceId, name, spanKind, attributes, links);
    const recordEndMetrics = this._tracerMetrics.startSpan(parentSpanContext, samplingResult.decision);
    traceState = samplingResult.traceState ?? traceState;
    const traceFlags = samplingResult.decision === SamplingDecision.RECORD_AND_SAMPLED ? TraceFlags.SAMPLED : TraceFlags.NONE;
    const spanContext = {
      traceId,
      spanId,
      traceFlags,
      traceState
    };
    if (samplingResult.decision === SamplingDecision.NOT_RECORD) {
      diag.debug("Recording is off, propagating context in a non-recording span");
      return trace.wrapSpanContext(spanContext);
    }
    const attrsData2 = cleanAttributes(Object.assign(attributes, samplingResult.attributes), this._spanLimits);
    return new SpanImpl({
      resource: this._resource,
      scope: this.instrumentationScope,
      context: context2,
      spanContext,
      name,
      kind: spanKind,
      links,
      parentSpanContext: validParentSpanContext,
      attributes: attrsData2.attributes,
      droppedAttributesCount: (attrsData1.droppedAttributesCount ?? 0) + (attrsData2.droppedAttributesCount ?? 0),
      startTime: options.startTime,
      spanProcessor: this._spanProcessor,
      spanLimits: this._spanLimits,
      recordEndMetrics
    });
  }
  startActiveSpan(name, arg2, arg3, arg4) {
    let opts;
    let ctx;
    let fn;
    if (arguments.length < 2) return;
    else if (arguments.length === 2) fn = arg2;
    else if (arguments.length === 3) {
      opts = arg2;
      fn = arg3;
    } else {
      opts = arg2;
      ctx = arg3;
      fn = arg4;
    }
    const parentContext = ctx ?? context.active();
    const span = this.startSpan(name, opts, parentContext);
    const contextWithSpanSet = trace.setSpan(parentContext, span);
    return context.with(contextWithSpanSet, fn, void 0, span);
  }
  [inspectCustom](depth, options, inspect) {
    const payload = {
      instrumentationScope: this.instrumentationScope,
      resource: { attributes: settledResourceAttributes(this._resource) },
      spanLimits: this._spanLimits
    };
    return formatInspect("Tracer", payload, depth, options, inspect);
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/MultiSpanProcessor.mjs
var MultiSpanProcessor = class {
  _spanProcessors;
  constructor(spanProcessors) {
    this._spanProcessors = spanProcessors;
  }
  forceFlush() {
    const promises = [];
    for (const spanProcessor of this._spanProcessors) promises.push(spanProcessor.forceFlush());
    return new Promise((resolve) => {
      Promise.all(promises).then(() => {
        resolve();
      }).catch((error) => {
        globalErrorHandler(error || /* @__PURE__ */ new Error("MultiSpanProcessor: forceFlush failed"));
        resolve();
      });
    });
  }
  onStart(span, context2) {
    for (const spanProcessor of this._spanProcessors) spanProcessor.onStart(span, context2);
  }
  onEnding(span) {
    for (const spanProcessor of this._spanProcessors) if (spanProcessor.onEnding) spanProcessor.onEnding(span);
  }
  onEnd(span) {
    for (const spanProcessor of this._spanProcessors) spanProcessor.onEnd(span);
  }
  shutdown() {
    const promises = [];
    for (const spanProcessor of this._spanProcessors) promises.push(spanProcessor.shutdown());
    return new Promise((resolve, reject) => {
      Promise.all(promises).then(() => {
        resolve();
      }, reject);
    });
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/export/SpanProcessorMetrics.mjs
var componentCounter = /* @__PURE__ */ new Map();
var SpanProcessorMetrics = class {
  processedSpans;
  queueSize;
  queueSizeCallback;
  standardAttrs;
  droppedAttrs;
  constructor(componentType, meter, queueConfig) {
    const counter = componentCounter.get(componentType) ?? 0;
    componentCounter.set(componentType, counter + 1);
    this.standardAttrs = {
      [ATTR_OTEL_COMPONENT_TYPE]: componentType,
      [ATTR_OTEL_COMPONENT_NAME]: `${componentType}/${counter}`
    };
    this.droppedAttrs = {
      ...this.standardAttrs,
      [ATTR_ERROR_TYPE]: "queue_full"
    };
    this.processedSpans = meter.createCounter(METRIC_OTEL_SDK_PROCESSOR_SPAN_PROCESSED, {
      unit: "{span}",
      description: "The number of spans for which the processing has finished, either successful or failed."
    });
    if (queueConfig) {
      const { capacity, getQueueSize } = queueConfig;
      meter.createUpDownCounter(METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_CAPACITY, {
        unit: "{span}",
        description: "The maximum number of spans the queue of a given instance of an SDK span processor can hold."
      }).add(capacity, this.standardAttrs);
      this.queueSize = meter.createObservableUpDownCounter(METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_SIZE, {
        unit: "{span}",
        description: "The number of spans in the queue of a given instance of an SDK span processor."
      });
      this.queueSizeCallback = (result) => result.observe(getQueueSize(), this.standardAttrs);
      this.queueSize.addCallback(this.queueSizeCallback);
    }
  }
  dropSpans(count) {
    this.processedSpans.add(count, this.droppedAttrs);
  }
  finishSpans(count, error) {
    if (!error) {
      this.processedSpans.add(count, this.standardAttrs);
      return;
    }
    const attrs = {
      ...this.standardAttrs,
      [ATTR_ERROR_TYPE]: error.name
    };
    this.processedSpans.add(count, attrs);
  }
  shutdown() {
    if (this.queueSize && this.queueSizeCallback) this.queueSize.removeCallback(this.queueSizeCallback);
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/export/BatchSpanProcessorBase.mjs
var BatchSpanProcessorBase = class {
  _maxExportBatchSize;
  _maxQueueSize;
  _scheduledDelayMillis;
  _exportTimeoutMillis;
  _exporter;
  _metrics;
  _isExporting = false;
  _finishedSpans = [];
  _timer;
  _shutdownOnce;
  _droppedSpansCount = 0;
  constructor(options) {
    this._exporter = options.exporter;
    this._maxExportBatchSize = options.maxExportBatchSize ?? 512;
    this._maxQueueSize = options.maxQueueSize ?? 2048;
    this._scheduledDelayMillis = options.scheduledDelayMillis ?? 5e3;
    this._exportTimeoutMillis = options.exportTimeoutMillis ?? 3e4;
    this._shutdownOnce = new BindOnceFuture(this._shutdown, this);
    if (this._maxExportBatchSize > this._maxQueueSize) {
      diag.warn("BatchSpanProcessor: maxExportBatchSize must be smaller or equal to maxQueueSize, setting maxExportBatchSize to match maxQueueSize");
      this._maxExportBatchSize = this._maxQueueSize;
    }
    const meter = options.selfObsMeterProvider ? options.selfObsMeterProvider.getMeter("@opentelemetry/sdk-trace") : createNoopMeter();
    this._metrics = new SpanProcessorMetrics(OTEL_COMPONENT_TYPE_VALUE_BATCHING_SPAN_PROCESSOR, meter, {
      capacity: this._maxQueueSize,
      getQueueSize: () => this._finishedSpans.length
    });
  }
  forceFlush() {
    if (this._shutdownOnce.isCalled) return this._shutdownOnce.promise;
    return this._flushAll();
  }
  onStart(_span, _parentContext) {
  }
  onEnd(span) {
    if (this._shutdownOnce.isCalled) return;
    if ((span.spanContext().traceFlags & TraceFlags.SAMPLED) === 0) return;
    this._addToBuffer(span);
  }
  shutdown() {
    return this._shutdownOnce.call();
  }
  _shutdown() {
    return Promise.resolve().then(() => {
      return this.onShutdown();
    }).then(() => {
      return this._flushAll();
    }).then(() => {
      this._metrics.shutdown();
      return this._exporter.shutdown();
    });
  }
  /** Add a span in the buffer. */
  _addToBuffer(span) {
    if (this._finishedSpans.length >= this._maxQueueSize) {
      if (this._droppedSpansCount === 0) diag.debug("maxQueueSize reached, dropping spans");
      this._droppedSpansCount++;
      this._metrics.dropSpans(1);
      return;
    }
    if (this._droppedSpansCount > 0) {
      diag.warn(`Dropped ${this._droppedSpansCount} spans because maxQueueSize reached`);
      this._droppedSpansCount = 0;
    }
    this._finishedSpans.push(span);
    this._maybeStartTimer();
  }
  /**
  * Send all spans to the exporter respecting the batch size limit
  * This function is used only on forceFlush or shutdown,
  * for all other cases _flush should be used
  * */
  _flushAll() {
    return new Promise((resolve, reject) => {
      const promises = [];
      const count = Math.ceil(this._finishedSpans.length / this._maxExportBatchSize);
      for (let i = 0, j = count; i < j; i++) promises.push(this._flushOneBatch());
      Promise.all(promises).then(() => {
        resolve();
      }).catch(reject);
    });
  }
  _flushOneBatch() {
    this._clearTimer();
    if (this._finishedSpans.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(/* @__PURE__ */ new Error("Timeout"));
      }, this._exportTimeoutMillis);
      context.with(suppressTracing(context.active()), () => {
        let spans;
        if (this._finishedSpans.length <= this._maxExportBatchSize) {
          spans = this._finishedSpans;
          this._finishedSpans = [];
        } else spans = this._finishedSpans.splice(0, this._maxExportBatchSize);
        const doExport = () => this._exporter.export(spans, (result) => {
          clearTimeout(timer);
          this._metrics.finishSpans(spans.length, result.error);
          if (result.code === ExportResultCode.SUCCESS) resolve();
          else reject(result.error ?? /* @__PURE__ */ new Error("BatchSpanProcessor: span export failed"));
        });
        let pendingResources = null;
        for (let i = 0, len = spans.length; i < len; i++) {
          const resource = spans[i].resource;
          if (resource.asyncAttributesPending && resource.waitForAsyncAttributes) {
            pendingResources ??= /* @__PURE__ */ new Set();
            pendingResources.add(resource);
          }
        }
        if (pendingResources === null) doExport();
        else Promise.all(Array.from(pendingResources, (resource) => resource.waitForAsyncAttributes?.())).then(doExport, (err) => {
          globalErrorHandler(err);
          reject(err);
        });
      });
    });
  }
  _maybeStartTimer() {
    if (this._isExporting) return;
    const flush = () => {
      this._isExporting = true;
      this._flushOneBatch().finally(() => {
        this._isExporting = false;
        if (this._finishedSpans.length > 0) {
          this._clearTimer();
          this._maybeStartTimer();
        }
      }).catch((e) => {
        this._isExporting = false;
        globalErrorHandler(e);
      });
    };
    if (this._finishedSpans.length >= this._maxExportBatchSize) return flush();
    if (this._timer !== void 0) return;
    this._timer = setTimeout(() => flush(), this._scheduledDelayMillis);
    unrefTimer(this._timer);
  }
  _clearTimer() {
    if (this._timer !== void 0) {
      clearTimeout(this._timer);
      this._timer = void 0;
    }
  }
};
function unrefTimer(timer) {
  const handle = timer;
  if (typeof handle !== "number") handle.unref?.();
}

// node_modules/@opentelemetry/sdk-trace/dist/platform/node/export/BatchSpanProcessor.mjs
var BatchSpanProcessor = class extends BatchSpanProcessorBase {
  onShutdown() {
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/platform/node/RandomIdGenerator.mjs
var SPAN_ID_BYTES = 8;
var TRACE_ID_BYTES = 16;
var RandomIdGenerator = class {
  /**
  * Returns a random 16-byte trace ID formatted/encoded as a 32 lowercase hex
  * characters corresponding to 128 bits.
  */
  generateTraceId() {
    return generateId(TRACE_ID_BYTES);
  }
  /**
  * Returns a random 8-byte span ID formatted/encoded as a 16 lowercase hex
  * characters corresponding to 64 bits.
  */
  generateSpanId() {
    return generateId(SPAN_ID_BYTES);
  }
};
var SHARED_BUFFER = Buffer.allocUnsafe(TRACE_ID_BYTES);
function generateId(bytes) {
  for (let i = 0; i < bytes / 4; i++) SHARED_BUFFER.writeUInt32BE(Math.random() * 2 ** 32 >>> 0, i * 4);
  for (let i = 0; i < bytes; i++) if (SHARED_BUFFER[i] > 0) break;
  else if (i === bytes - 1) SHARED_BUFFER[bytes - 1] = 1;
  return SHARED_BUFFER.toString("hex", 0, bytes);
}

// node_modules/@opentelemetry/sdk-trace/dist/TracerProvider.mjs
var TracerProvider$1 = class {
  _resource;
  _activeSpanProcessor;
  _tracerOptions;
  _tracers = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this._resource = options.resource ?? defaultResource();
    const spanProcessors = options.spanProcessors ?? [];
    this._activeSpanProcessor = new MultiSpanProcessor(spanProcessors);
    this._tracerOptions = {
      resource: this._resource,
      sampler: options.sampler ?? new ParentBasedSampler({ root: new AlwaysOnSampler() }),
      spanLimits: {
        attributeCountLimit: options.spanLimits?.attributeCountLimit ?? 128,
        attributeValueLengthLimit: options.spanLimits?.attributeValueLengthLimit ?? Infinity,
        eventCountLimit: options.spanLimits?.eventCountLimit ?? 128,
        linkCountLimit: options.spanLimits?.linkCountLimit ?? 128,
        attributePerEventCountLimit: options.spanLimits?.attributePerEventCountLimit ?? 128,
        attributePerLinkCountLimit: options.spanLimits?.attributePerLinkCountLimit ?? 128
      },
      idGenerator: options.idGenerator || new RandomIdGenerator(),
      spanProcessor: this._activeSpanProcessor,
      meterProvider: options.meterProvider ?? { getMeter() {
        return createNoopMeter();
      } }
    };
  }
  getTracer(name, version, options) {
    const key = `${name}@${version || ""}:${options?.schemaUrl || ""}`;
    if (!this._tracers.has(key)) this._tracers.set(key, new Tracer$1({
      name,
      version,
      schemaUrl: options?.schemaUrl
    }, this._tracerOptions));
    return this._tracers.get(key);
  }
  forceFlush(options) {
    const timeout = options?.timeoutMillis ?? 3e4;
    const promises = this._activeSpanProcessor["_spanProcessors"].map((spanProcessor) => {
      return new Promise((resolve) => {
        let state;
        const timeoutInterval = setTimeout(() => {
          resolve(/* @__PURE__ */ new Error(`Span processor did not completed within timeout period of ${timeout} ms`));
          state = 1;
        }, timeout);
        spanProcessor.forceFlush().then(() => {
          clearTimeout(timeoutInterval);
          if (state !== 1) {
            state = 0;
            resolve(state);
          }
        }).catch((error) => {
          clearTimeout(timeoutInterval);
          state = 2;
          resolve(error);
        });
      });
    });
    return new Promise((resolve, reject) => {
      Promise.all(promises).then((results) => {
        const errors = results.filter((result) => result !== 0);
        if (errors.length > 0) reject(errors);
        else resolve();
      }).catch((error) => reject([error]));
    });
  }
  shutdown() {
    return this._activeSpanProcessor.shutdown();
  }
  [inspectCustom](depth, options, inspect) {
    const processors = this._activeSpanProcessor["_spanProcessors"];
    const payload = {
      resource: { attributes: settledResourceAttributes(this._resource) },
      tracers: Array.from(this._tracers.keys()),
      spanProcessors: processors.map((p) => p.constructor?.name ?? "SpanProcessor")
    };
    return formatInspect("TracerProvider", payload, depth, options, inspect);
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/export/ConsoleSpanExporter.mjs
var ConsoleSpanExporter = class {
  /**
  * Export spans.
  * @param spans
  * @param resultCallback
  */
  export(spans, resultCallback) {
    return this._sendSpans(spans, resultCallback);
  }
  /**
  * Shutdown the exporter.
  */
  shutdown() {
    this._sendSpans([]);
    return this.forceFlush();
  }
  /**
  * Exports any pending spans in exporter
  */
  forceFlush() {
    return Promise.resolve();
  }
  /**
  * converts span info into more readable format
  * @param span
  */
  _exportInfo(span) {
    return {
      resource: { attributes: span.resource.attributes },
      instrumentationScope: span.instrumentationScope,
      traceId: span.spanContext().traceId,
      parentSpanContext: span.parentSpanContext,
      traceState: span.spanContext().traceState?.serialize(),
      name: span.name,
      id: span.spanContext().spanId,
      kind: span.kind,
      timestamp: hrTimeToMicroseconds(span.startTime),
      duration: hrTimeToMicroseconds(span.duration),
      attributes: span.attributes,
      status: span.status,
      events: span.events,
      links: span.links
    };
  }
  /**
  * Showing spans in console
  * @param spans
  * @param done
  */
  _sendSpans(spans, done) {
    for (const span of spans) console.dir(this._exportInfo(span), { depth: 3 });
    if (done) return done({ code: ExportResultCode.SUCCESS });
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/export/InMemorySpanExporter.mjs
var InMemorySpanExporter = class {
  _finishedSpans = [];
  /**
  * Indicates if the exporter has been "shutdown."
  * When false, exported spans will not be stored in-memory.
  */
  _stopped = false;
  export(spans, resultCallback) {
    if (this._stopped) return resultCallback({
      code: ExportResultCode.FAILED,
      error: /* @__PURE__ */ new Error("Exporter has been stopped")
    });
    this._finishedSpans.push(...spans);
    setTimeout(() => resultCallback({ code: ExportResultCode.SUCCESS }), 0);
  }
  shutdown() {
    this._stopped = true;
    this._finishedSpans = [];
    return this.forceFlush();
  }
  /**
  * Exports any pending spans in the exporter
  */
  forceFlush() {
    return Promise.resolve();
  }
  reset() {
    this._finishedSpans = [];
  }
  getFinishedSpans() {
    return this._finishedSpans;
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/export/SimpleSpanProcessor.mjs
var SimpleSpanProcessor = class {
  _exporter;
  _metrics;
  _shutdownOnce;
  _pendingExports;
  constructor(options) {
    this._exporter = options.exporter;
    this._shutdownOnce = new BindOnceFuture(this._shutdown, this);
    this._pendingExports = /* @__PURE__ */ new Set();
    const meter = options.selfObsMeterProvider ? options.selfObsMeterProvider.getMeter("@opentelemetry/sdk-trace") : createNoopMeter();
    this._metrics = new SpanProcessorMetrics(OTEL_COMPONENT_TYPE_VALUE_SIMPLE_SPAN_PROCESSOR, meter);
  }
  async forceFlush() {
    let pendingExportError;
    let pendingExportRejected = false;
    try {
      await Promise.all(Array.from(this._pendingExports));
    } catch (err) {
      pendingExportError = err;
      pendingExportRejected = true;
    }
    if (this._exporter.forceFlush) await this._exporter.forceFlush();
    if (pendingExportRejected) throw pendingExportError;
  }
  onStart(_span, _parentContext) {
  }
  onEnd(span) {
    if (this._shutdownOnce.isCalled) return;
    if ((span.spanContext().traceFlags & TraceFlags.SAMPLED) === 0) return;
    const pendingExport = this._doExport(span);
    this._pendingExports.add(pendingExport);
    pendingExport.then(() => {
      this._pendingExports.delete(pendingExport);
    }, (err) => {
      globalErrorHandler(err);
      this._pendingExports.delete(pendingExport);
    });
  }
  async _doExport(span) {
    if (span.resource.asyncAttributesPending) await span.resource.waitForAsyncAttributes?.();
    const result = await internal._export(this._exporter, [span]);
    this._metrics.finishSpans(1, result.error);
    if (result.code !== ExportResultCode.SUCCESS) throw result.error ?? /* @__PURE__ */ new Error(`SimpleSpanProcessor: span export failed (status ${result})`);
  }
  shutdown() {
    return this._shutdownOnce.call();
  }
  _shutdown() {
    this._metrics.shutdown();
    return this._exporter.shutdown();
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/export/NoopSpanProcessor.mjs
var NoopSpanProcessor = class {
  onStart(_span, _context) {
  }
  onEnd(_span) {
  }
  shutdown() {
    return Promise.resolve();
  }
  forceFlush() {
    return Promise.resolve();
  }
};

// node_modules/@opentelemetry/sdk-trace/dist/sampler/AlwaysRecordSampler.mjs
function createAlwaysRecordSampler(delegate) {
  if (!delegate) throw new Error("createAlwaysRecordSampler requires a delegate sampler");
  return {
    shouldSample(context2, traceId, spanName, spanKind, attributes, links) {
      const result = delegate.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
      if (result.decision === 0) return {
        decision: 1,
        attributes: result.attributes,
        traceState: result.traceState
      };
      return result;
    },
    toString() {
      return `AlwaysRecordSampler{${delegate.toString()}}`;
    }
  };
}

// node_modules/@opentelemetry/sdk-trace/dist/sampler/TraceIdRatioBasedSampler.mjs
var TraceIdRatioBasedSampler = class {
  _ratio;
  _upperBound;
  constructor(ratio = 0) {
    this._ratio = this._normalize(ratio);
    this._upperBound = this._ratio === 1 ? 4294967296 : Math.floor(this._ratio * 4294967295);
  }
  shouldSample(context2, traceId) {
    return { decision: isValidTraceId(traceId) && this._accumulate(traceId) < this._upperBound ? 2 : 0 };
  }
  toString() {
    return `TraceIdRatioBased{${this._ratio}}`;
  }
  _normalize(ratio) {
    if (typeof ratio !== "number" || isNaN(ratio)) return 0;
    return ratio >= 1 ? 1 : ratio <= 0 ? 0 : ratio;
  }
  _accumulate(traceId) {
    let accumulation = 0;
    for (let i = 0; i < 32; i += 8) {
      let part = 0;
      for (let j = 0; j < 8; j++) {
        const c = traceId.charCodeAt(i + j);
        const v = c < 58 ? c - 48 : c < 71 ? c - 55 : c - 87;
        part = part << 4 | v;
      }
      accumulation = (accumulation ^ part) >>> 0;
    }
    return accumulation;
  }
};
export {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  InMemorySpanExporter,
  NoopSpanProcessor,
  ParentBasedSampler,
  RandomIdGenerator,
  SamplingDecision2 as SamplingDecision,
  SimpleSpanProcessor,
  StackContextManager,
  TraceIdRatioBasedSampler,
  TracerProvider$1 as TracerProvider,
  createAlwaysRecordSampler
};
