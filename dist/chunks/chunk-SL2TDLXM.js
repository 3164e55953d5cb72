import {
  commandNotFoundMessage
} from "./chunk-KAV6KYAB.js";
import {
  filterFindingsToChanged
} from "./chunk-CH4V4NRA.js";
import {
  matchPrefix,
  normalizeRelative
} from "./chunk-YVVYAGKQ.js";
import {
  CHUNK_SIZE,
  fileChunks,
  fileKind,
  openRegularFile,
  reusedChunks
} from "./chunk-WBXXZJVE.js";
import {
  reconcileLines
} from "./chunk-T2AHH675.js";
import {
  readsAsWorkflowCommand
} from "./chunk-Q3SWUYYB.js";
import {
  renderTemplate
} from "./chunk-4GTCQ74A.js";
import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/cockatiel/dist/backoff/ConstantBackoff.js
var require_ConstantBackoff = __commonJS({
  "node_modules/cockatiel/dist/backoff/ConstantBackoff.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ConstantBackoff = void 0;
    var ConstantBackoff = class {
      /**
       * Backoff that returns a constant interval.
       */
      constructor(interval) {
        this.interval = interval;
      }
      /**
       * @inheritdoc
       */
      next() {
        return instance(this.interval);
      }
    };
    exports.ConstantBackoff = ConstantBackoff;
    var instance = (interval) => ({
      duration: interval,
      next() {
        return this;
      }
    });
  }
});

// node_modules/cockatiel/dist/backoff/DelegateBackoff.js
var require_DelegateBackoff = __commonJS({
  "node_modules/cockatiel/dist/backoff/DelegateBackoff.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DelegateBackoff = void 0;
    var DelegateBackoff = class {
      /**
       * Backoff that delegates to a user-provided function. The function takes
       * the backoff context, and can optionally take (and return) a state value
       * that will be passed into subsequent backoff requests.
       */
      constructor(fn) {
        this.fn = fn;
      }
      /**
       * @inheritdoc
       */
      next(context) {
        return instance(this.fn).next(context);
      }
    };
    exports.DelegateBackoff = DelegateBackoff;
    var instance = (fn, state, current = 0) => ({
      duration: current,
      next(context) {
        const result = fn(context, state);
        return typeof result === "number" ? instance(fn, state, result) : instance(fn, result.state, result.delay);
      }
    });
  }
});

// node_modules/cockatiel/dist/backoff/ExponentialBackoffGenerators.js
var require_ExponentialBackoffGenerators = __commonJS({
  "node_modules/cockatiel/dist/backoff/ExponentialBackoffGenerators.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decorrelatedJitterGenerator = exports.halfJitterGenerator = exports.fullJitterGenerator = exports.noJitterGenerator = void 0;
    var noJitterGenerator = (attempts = 0, options) => [
      Math.min(options.maxDelay, options.initialDelay * 2 ** attempts),
      attempts + 1
    ];
    exports.noJitterGenerator = noJitterGenerator;
    var fullJitterGenerator = (state, options) => {
      const [delay, next] = (0, exports.noJitterGenerator)(state, options);
      return [Math.floor(Math.random() * delay), next];
    };
    exports.fullJitterGenerator = fullJitterGenerator;
    var halfJitterGenerator = (attempts, options) => {
      const [delay, next] = (0, exports.noJitterGenerator)(attempts, options);
      return [Math.floor((delay + Math.random() * delay) / 2), next];
    };
    exports.halfJitterGenerator = halfJitterGenerator;
    var pFactor = 4;
    var rpScalingFactor = 1 / 1.4;
    var decorrelatedJitterGenerator = (state, options) => {
      const [attempt, prev] = state || [0, 0];
      const t = attempt + Math.random();
      const next = Math.pow(options.exponent, t) * Math.tanh(Math.sqrt(pFactor * t));
      const formulaIntrinsicValue = isFinite(next) ? Math.max(0, next - prev) : Infinity;
      return [
        Math.min(formulaIntrinsicValue * rpScalingFactor * options.initialDelay, options.maxDelay),
        [attempt + 1, next]
      ];
    };
    exports.decorrelatedJitterGenerator = decorrelatedJitterGenerator;
  }
});

// node_modules/cockatiel/dist/backoff/ExponentialBackoff.js
var require_ExponentialBackoff = __commonJS({
  "node_modules/cockatiel/dist/backoff/ExponentialBackoff.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExponentialBackoff = void 0;
    var ExponentialBackoffGenerators_1 = require_ExponentialBackoffGenerators();
    var defaultOptions = {
      generator: ExponentialBackoffGenerators_1.decorrelatedJitterGenerator,
      maxDelay: 3e4,
      exponent: 2,
      initialDelay: 128
    };
    var ExponentialBackoff2 = class {
      /**
       * An implementation of exponential backoff.
       */
      constructor(options) {
        this.options = options ? { ...defaultOptions, ...options } : defaultOptions;
      }
      next() {
        return instance(this.options).next(void 0);
      }
    };
    exports.ExponentialBackoff = ExponentialBackoff2;
    var instance = (options, state, delay = 0, attempt = -1) => ({
      duration: delay,
      next() {
        const [nextDelay, nextState] = options.generator(state, options);
        return instance(options, nextState, nextDelay, attempt + 1);
      }
    });
  }
});

// node_modules/cockatiel/dist/backoff/IterableBackoff.js
var require_IterableBackoff = __commonJS({
  "node_modules/cockatiel/dist/backoff/IterableBackoff.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IterableBackoff = void 0;
    var IterableBackoff = class {
      /**
       * Backoff that returns a number from an iterable.
       */
      constructor(durations) {
        this.durations = durations;
      }
      /**
       * @inheritdoc
       */
      next(_context) {
        return instance(this.durations, 0);
      }
    };
    exports.IterableBackoff = IterableBackoff;
    var instance = (durations, index) => ({
      duration: durations[index],
      next() {
        return index === durations.length - 1 ? this : instance(durations, index + 1);
      }
    });
  }
});

// node_modules/cockatiel/dist/backoff/Backoff.js
var require_Backoff = __commonJS({
  "node_modules/cockatiel/dist/backoff/Backoff.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_ConstantBackoff(), exports);
    __exportStar(require_DelegateBackoff(), exports);
    __exportStar(require_ExponentialBackoff(), exports);
    __exportStar(require_ExponentialBackoffGenerators(), exports);
    __exportStar(require_IterableBackoff(), exports);
  }
});

// node_modules/cockatiel/dist/breaker/ConsecutiveBreaker.js
var require_ConsecutiveBreaker = __commonJS({
  "node_modules/cockatiel/dist/breaker/ConsecutiveBreaker.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ConsecutiveBreaker = void 0;
    var ConsecutiveBreaker = class {
      /**
       * ConsecutiveBreaker breaks if more than `threshold` exceptions are received
       * over a time period.
       */
      constructor(threshold) {
        this.threshold = threshold;
        this.state = 0;
      }
      /**
       * @inheritdoc
       */
      success() {
        this.state = 0;
      }
      /**
       * @inheritdoc
       */
      failure() {
        return ++this.state >= this.threshold;
      }
    };
    exports.ConsecutiveBreaker = ConsecutiveBreaker;
  }
});

// node_modules/cockatiel/dist/errors/TaskCancelledError.js
var require_TaskCancelledError = __commonJS({
  "node_modules/cockatiel/dist/errors/TaskCancelledError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TaskCancelledError = void 0;
    var TaskCancelledError = class extends Error {
      /**
       * Error thrown when a task is cancelled.
       */
      constructor(message = "Operation cancelled") {
        super(message);
        this.message = message;
        this.isTaskCancelledError = true;
      }
    };
    exports.TaskCancelledError = TaskCancelledError;
  }
});

// node_modules/cockatiel/dist/common/Event.js
var require_Event = __commonJS({
  "node_modules/cockatiel/dist/common/Event.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MemorizingEventEmitter = exports.EventEmitter = exports.onAbort = exports.Event = exports.noopDisposable = void 0;
    var TaskCancelledError_1 = require_TaskCancelledError();
    exports.noopDisposable = { dispose: () => void 0 };
    var Event;
    (function(Event2) {
      Event2.once = (event, listener) => {
        let syncDispose = false;
        let disposable;
        disposable = event((value) => {
          listener(value);
          if (disposable) {
            disposable.dispose();
          } else {
            syncDispose = true;
          }
        });
        if (syncDispose) {
          disposable.dispose();
          return exports.noopDisposable;
        }
        return disposable;
      };
      Event2.toPromise = (event, signal) => {
        if (!signal) {
          return new Promise((resolve3) => Event2.once(event, resolve3));
        }
        if (signal.aborted) {
          return Promise.reject(new TaskCancelledError_1.TaskCancelledError());
        }
        const toDispose = [];
        return new Promise((resolve3, reject) => {
          const abortEvt = (0, exports.onAbort)(signal);
          toDispose.push(abortEvt);
          toDispose.push(abortEvt.event(() => {
            reject(new TaskCancelledError_1.TaskCancelledError());
          }));
          toDispose.push(Event2.once(event, (data) => {
            resolve3(data);
          }));
        }).finally(() => {
          for (const d of toDispose) {
            d.dispose();
          }
        });
      };
    })(Event || (exports.Event = Event = {}));
    var onAbort = (signal) => {
      const evt = new OneShotEvent();
      if (signal.aborted) {
        evt.emit();
        return { event: evt.addListener, dispose: () => {
        } };
      }
      const dispose = () => signal.removeEventListener("abort", l);
      const l = () => {
        evt.emit();
        dispose();
      };
      signal.addEventListener("abort", l);
      return { event: evt.addListener, dispose };
    };
    exports.onAbort = onAbort;
    var EventEmitter = class {
      constructor() {
        this.addListener = (listener) => this.addListenerInner(listener);
      }
      /**
       * Gets the number of event listeners.
       */
      get size() {
        if (!this.listeners) {
          return 0;
        } else if (typeof this.listeners === "function") {
          return 1;
        } else {
          return this.listeners.length;
        }
      }
      /**
       * Emits event data.
       */
      emit(value) {
        if (!this.listeners) {
        } else if (typeof this.listeners === "function") {
          this.listeners(value);
        } else {
          for (const listener of this.listeners) {
            listener(value);
          }
        }
      }
      addListenerInner(listener) {
        if (!this.listeners) {
          this.listeners = listener;
        } else if (typeof this.listeners === "function") {
          this.listeners = [this.listeners, listener];
        } else {
          this.listeners.push(listener);
        }
        return { dispose: () => this.removeListener(listener) };
      }
      removeListener(listener) {
        if (!this.listeners) {
          return;
        }
        if (typeof this.listeners === "function") {
          if (this.listeners === listener) {
            this.listeners = void 0;
          }
          return;
        }
        const index = this.listeners.indexOf(listener);
        if (index === -1) {
          return;
        }
        if (this.listeners.length === 2) {
          this.listeners = index === 0 ? this.listeners[1] : this.listeners[0];
        } else {
          this.listeners = this.listeners.slice(0, index).concat(this.listeners.slice(index + 1));
        }
      }
    };
    exports.EventEmitter = EventEmitter;
    var MemorizingEventEmitter = class extends EventEmitter {
      constructor() {
        super(...arguments);
        this.addListener = (listener) => {
          const disposable = this.addListenerInner(listener);
          if (this.lastValue) {
            listener(this.lastValue.value);
          }
          return disposable;
        };
      }
      /**
       * Gets whether this emitter has yet emitted any event.
       */
      get hasEmitted() {
        return !!this.lastValue;
      }
      /**
       * @inheritdoc
       */
      emit(value) {
        this.lastValue = { value };
        super.emit(value);
      }
    };
    exports.MemorizingEventEmitter = MemorizingEventEmitter;
    var OneShotEvent = class extends EventEmitter {
      constructor() {
        super(...arguments);
        this.addListener = (listener) => {
          if (this.lastValue) {
            listener(this.lastValue.value);
            return exports.noopDisposable;
          } else {
            return this.addListenerInner(listener);
          }
        };
      }
      /**
       * @inheritdoc
       */
      emit(value) {
        this.lastValue = { value };
        super.emit(value);
        this.listeners = void 0;
      }
    };
  }
});

// node_modules/cockatiel/dist/common/abort.js
var require_abort = __commonJS({
  "node_modules/cockatiel/dist/common/abort.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.deriveAbortController = exports.abortedSignal = exports.neverAbortedSignal = void 0;
    var Event_1 = require_Event();
    exports.neverAbortedSignal = new AbortController().signal;
    var cancelledSrc = new AbortController();
    cancelledSrc.abort();
    exports.abortedSignal = cancelledSrc.signal;
    var noop = () => {
    };
    var deriveAbortController = (signal) => {
      const ctrl = new AbortController();
      let dispose = noop;
      if (!signal) {
        return { ctrl, dispose };
      }
      if (signal.aborted) {
        ctrl.abort();
      } else {
        const abortEvt = (0, Event_1.onAbort)(signal);
        abortEvt.event(() => ctrl.abort());
        dispose = abortEvt.dispose;
      }
      return { ctrl, dispose };
    };
    exports.deriveAbortController = deriveAbortController;
  }
});

// node_modules/cockatiel/dist/common/Executor.js
var require_Executor = __commonJS({
  "node_modules/cockatiel/dist/common/Executor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExecuteWrapper = exports.returnOrThrow = void 0;
    var Event_1 = require_Event();
    var returnOrThrow = (failure) => {
      if ("error" in failure) {
        throw failure.error;
      }
      if ("success" in failure) {
        return failure.success;
      }
      return failure.value;
    };
    exports.returnOrThrow = returnOrThrow;
    var makeStopwatch = () => {
      if (typeof performance !== "undefined") {
        const start = performance.now();
        return () => performance.now() - start;
      } else {
        const start = process.hrtime.bigint();
        return () => Number(process.hrtime.bigint() - start) / 1e6;
      }
    };
    var ExecuteWrapper = class _ExecuteWrapper {
      constructor(errorFilter = () => false, resultFilter = () => false) {
        this.errorFilter = errorFilter;
        this.resultFilter = resultFilter;
        this.successEmitter = new Event_1.EventEmitter();
        this.failureEmitter = new Event_1.EventEmitter();
        this.onSuccess = this.successEmitter.addListener;
        this.onFailure = this.failureEmitter.addListener;
      }
      clone() {
        return new _ExecuteWrapper(this.errorFilter, this.resultFilter);
      }
      async invoke(fn, ...args) {
        const stopwatch = this.successEmitter.size || this.failureEmitter.size ? makeStopwatch() : null;
        try {
          const value = await fn(...args);
          if (!this.resultFilter(value)) {
            if (stopwatch) {
              this.successEmitter.emit({ duration: stopwatch() });
            }
            return { success: value };
          }
          if (stopwatch) {
            this.failureEmitter.emit({ duration: stopwatch(), handled: true, reason: { value } });
          }
          return { value };
        } catch (rawError) {
          const error = rawError;
          const handled = this.errorFilter(error);
          if (stopwatch) {
            this.failureEmitter.emit({ duration: stopwatch(), handled, reason: { error } });
          }
          if (!handled) {
            throw error;
          }
          return { error };
        }
      }
    };
    exports.ExecuteWrapper = ExecuteWrapper;
  }
});

// node_modules/cockatiel/dist/errors/BrokenCircuitError.js
var require_BrokenCircuitError = __commonJS({
  "node_modules/cockatiel/dist/errors/BrokenCircuitError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BrokenCircuitError = void 0;
    var BrokenCircuitError = class extends Error {
      /**
       * Exception thrown from {@link CircuitBreakerPolicy.execute} when the
       * circuit breaker is open.
       */
      constructor(message = "Execution prevented because the circuit breaker is open") {
        super(message);
        this.isBrokenCircuitError = true;
      }
    };
    exports.BrokenCircuitError = BrokenCircuitError;
  }
});

// node_modules/cockatiel/dist/errors/BulkheadRejectedError.js
var require_BulkheadRejectedError = __commonJS({
  "node_modules/cockatiel/dist/errors/BulkheadRejectedError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BulkheadRejectedError = void 0;
    var BulkheadRejectedError = class extends Error {
      constructor(executionSlots, queueSlots) {
        super(`Bulkhead capacity exceeded (0/${executionSlots} execution slots, 0/${queueSlots} available)`);
        this.isBulkheadRejectedError = true;
      }
    };
    exports.BulkheadRejectedError = BulkheadRejectedError;
  }
});

// node_modules/cockatiel/dist/errors/HydratingCircuitError.js
var require_HydratingCircuitError = __commonJS({
  "node_modules/cockatiel/dist/errors/HydratingCircuitError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HydratingCircuitError = void 0;
    var HydratingCircuitError = class extends Error {
      /**
       * Exception thrown from {@link CircuitBreakerPolicy.execute} when the
       * circuit breaker is open.
       */
      constructor(message = "Execution prevented because the circuit breaker is open") {
        super(message);
        this.isHydratingCircuitError = true;
      }
    };
    exports.HydratingCircuitError = HydratingCircuitError;
  }
});

// node_modules/cockatiel/dist/errors/IsolatedCircuitError.js
var require_IsolatedCircuitError = __commonJS({
  "node_modules/cockatiel/dist/errors/IsolatedCircuitError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IsolatedCircuitError = void 0;
    var BrokenCircuitError_1 = require_BrokenCircuitError();
    var IsolatedCircuitError = class extends BrokenCircuitError_1.BrokenCircuitError {
      /**
       * Exception thrown from {@link CircuitBreakerPolicy.execute} when the
       * circuit breaker is open.
       */
      constructor() {
        super(`Execution prevented because the circuit breaker is open`);
        this.isIsolatedCircuitError = true;
      }
    };
    exports.IsolatedCircuitError = IsolatedCircuitError;
  }
});

// node_modules/cockatiel/dist/errors/Errors.js
var require_Errors = __commonJS({
  "node_modules/cockatiel/dist/errors/Errors.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isHydratingCircuitError = exports.isTaskCancelledError = exports.isIsolatedCircuitError = exports.isBulkheadRejectedError = exports.isBrokenCircuitError = void 0;
    __exportStar(require_BrokenCircuitError(), exports);
    __exportStar(require_BulkheadRejectedError(), exports);
    __exportStar(require_HydratingCircuitError(), exports);
    __exportStar(require_IsolatedCircuitError(), exports);
    __exportStar(require_TaskCancelledError(), exports);
    var isBrokenCircuitError = (e) => !!e && e instanceof Error && "isBrokenCircuitError" in e;
    exports.isBrokenCircuitError = isBrokenCircuitError;
    var isBulkheadRejectedError = (e) => !!e && e instanceof Error && "isBulkheadRejectedError" in e;
    exports.isBulkheadRejectedError = isBulkheadRejectedError;
    var isIsolatedCircuitError = (e) => !!e && e instanceof Error && "isBulkheadRejectedError" in e;
    exports.isIsolatedCircuitError = isIsolatedCircuitError;
    var isTaskCancelledError = (e) => !!e && e instanceof Error && "isBulkheadRejectedError" in e;
    exports.isTaskCancelledError = isTaskCancelledError;
    var isHydratingCircuitError = (e) => !!e && e instanceof Error && "isHydratingCircuitError" in e;
    exports.isHydratingCircuitError = isHydratingCircuitError;
  }
});

// node_modules/cockatiel/dist/CircuitBreakerPolicy.js
var require_CircuitBreakerPolicy = __commonJS({
  "node_modules/cockatiel/dist/CircuitBreakerPolicy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CircuitBreakerPolicy = exports.CircuitState = void 0;
    var Backoff_1 = require_Backoff();
    var abort_1 = require_abort();
    var Event_1 = require_Event();
    var Executor_1 = require_Executor();
    var Errors_1 = require_Errors();
    var IsolatedCircuitError_1 = require_IsolatedCircuitError();
    var CircuitState;
    (function(CircuitState2) {
      CircuitState2[CircuitState2["Closed"] = 0] = "Closed";
      CircuitState2[CircuitState2["Open"] = 1] = "Open";
      CircuitState2[CircuitState2["HalfOpen"] = 2] = "HalfOpen";
      CircuitState2[CircuitState2["Isolated"] = 3] = "Isolated";
    })(CircuitState || (exports.CircuitState = CircuitState = {}));
    var CircuitBreakerPolicy = class {
      /**
       * Gets the current circuit breaker state.
       */
      get state() {
        return this.innerState.value;
      }
      /**
       * Gets the last reason the circuit breaker failed.
       */
      get lastFailure() {
        return this.innerLastFailure;
      }
      constructor(options, executor) {
        this.options = options;
        this.executor = executor;
        this.breakEmitter = new Event_1.EventEmitter();
        this.resetEmitter = new Event_1.EventEmitter();
        this.halfOpenEmitter = new Event_1.EventEmitter();
        this.stateChangeEmitter = new Event_1.EventEmitter();
        this.innerState = { value: CircuitState.Closed };
        this.onBreak = this.breakEmitter.addListener;
        this.onReset = this.resetEmitter.addListener;
        this.onHalfOpen = this.halfOpenEmitter.addListener;
        this.onStateChange = this.stateChangeEmitter.addListener;
        this.onSuccess = this.executor.onSuccess;
        this.onFailure = this.executor.onFailure;
        this.halfOpenAfterBackoffFactory = typeof options.halfOpenAfter === "number" ? new Backoff_1.ConstantBackoff(options.halfOpenAfter) : options.halfOpenAfter;
        if (options.initialState) {
          const initialState = options.initialState;
          this.innerState = initialState.ownState;
          this.options.breaker.state = initialState.breakerState;
          if (this.innerState.value === CircuitState.Open || this.innerState.value === CircuitState.HalfOpen) {
            this.innerLastFailure = { error: new Errors_1.HydratingCircuitError() };
            let backoff = this.halfOpenAfterBackoffFactory.next({
              attempt: 1,
              result: this.innerLastFailure,
              signal: abort_1.neverAbortedSignal
            });
            for (let i = 2; i <= this.innerState.attemptNo; i++) {
              backoff = backoff.next({
                attempt: i,
                result: this.innerLastFailure,
                signal: abort_1.neverAbortedSignal
              });
            }
            this.innerState.backoff = backoff;
          }
        }
      }
      /**
       * Manually holds open the circuit breaker.
       * @returns A handle that keeps the breaker open until `.dispose()` is called.
       */
      isolate() {
        if (this.innerState.value !== CircuitState.Isolated) {
          this.innerState = { value: CircuitState.Isolated, counters: 0 };
          this.breakEmitter.emit({ isolated: true });
          this.stateChangeEmitter.emit(CircuitState.Isolated);
        }
        this.innerState.counters++;
        let disposed = false;
        return {
          dispose: () => {
            if (disposed) {
              return;
            }
            disposed = true;
            if (this.innerState.value === CircuitState.Isolated && !--this.innerState.counters) {
              this.innerState = { value: CircuitState.Closed };
              this.resetEmitter.emit();
              this.stateChangeEmitter.emit(CircuitState.Closed);
            }
          }
        };
      }
      /**
       * Executes the given function.
       * @param fn Function to run
       * @throws a {@link BrokenCircuitError} if the circuit is open
       * @throws a {@link IsolatedCircuitError} if the circuit is held
       * open via {@link CircuitBreakerPolicy.isolate}
       * @returns a Promise that resolves or rejects with the function results.
       */
      async execute(fn, signal = abort_1.neverAbortedSignal) {
        const state = this.innerState;
        switch (state.value) {
          case CircuitState.Closed:
            const result = await this.executor.invoke(fn, { signal });
            if ("success" in result) {
              this.options.breaker.success(state.value);
            } else {
              this.innerLastFailure = result;
              if (this.options.breaker.failure(state.value)) {
                this.open(result, signal);
              }
            }
            return (0, Executor_1.returnOrThrow)(result);
          case CircuitState.HalfOpen:
            await state.test.catch(() => void 0);
            if (this.state === CircuitState.Closed && signal.aborted) {
              throw new Errors_1.TaskCancelledError();
            }
            return this.execute(fn);
          case CircuitState.Open:
            if (Date.now() - state.openedAt < state.backoff.duration) {
              throw new Errors_1.BrokenCircuitError();
            }
            const test = this.halfOpen(fn, signal);
            this.innerState = {
              value: CircuitState.HalfOpen,
              test,
              backoff: state.backoff,
              attemptNo: state.attemptNo + 1
            };
            this.stateChangeEmitter.emit(CircuitState.HalfOpen);
            return test;
          case CircuitState.Isolated:
            throw new IsolatedCircuitError_1.IsolatedCircuitError();
          default:
            throw new Error(`Unexpected circuit state ${state}`);
        }
      }
      /**
       * Captures circuit breaker state that can later be used to recreate the
       * breaker by passing `state` to the `circuitBreaker` function. This is
       * useful in cases like serverless functions where you may want to keep
       * the breaker state across multiple executions.
       */
      toJSON() {
        const state = this.innerState;
        let ownState;
        if (state.value === CircuitState.HalfOpen) {
          ownState = {
            value: CircuitState.Open,
            openedAt: 0,
            attemptNo: state.attemptNo
          };
        } else if (state.value === CircuitState.Open) {
          ownState = {
            value: CircuitState.Open,
            openedAt: state.openedAt,
            attemptNo: state.attemptNo
          };
        } else {
          ownState = state;
        }
        return { ownState, breakerState: this.options.breaker.state };
      }
      async halfOpen(fn, signal) {
        this.halfOpenEmitter.emit();
        try {
          const result = await this.executor.invoke(fn, { signal });
          if ("success" in result) {
            this.options.breaker.success(CircuitState.HalfOpen);
            this.close();
          } else {
            this.innerLastFailure = result;
            this.options.breaker.failure(CircuitState.HalfOpen);
            this.open(result, signal);
          }
          return (0, Executor_1.returnOrThrow)(result);
        } catch (err) {
          this.close();
          throw err;
        }
      }
      open(reason, signal) {
        if (this.state === CircuitState.Isolated || this.state === CircuitState.Open) {
          return;
        }
        const attemptNo = this.innerState.value === CircuitState.HalfOpen ? this.innerState.attemptNo : 1;
        const context = { attempt: attemptNo, result: reason, signal };
        const backoff = this.innerState.value === CircuitState.HalfOpen ? this.innerState.backoff.next(context) : this.halfOpenAfterBackoffFactory.next(context);
        this.innerState = { value: CircuitState.Open, openedAt: Date.now(), backoff, attemptNo };
        this.breakEmitter.emit(reason);
        this.stateChangeEmitter.emit(CircuitState.Open);
      }
      close() {
        if (this.state === CircuitState.HalfOpen) {
          this.innerState = { value: CircuitState.Closed };
          this.resetEmitter.emit();
          this.stateChangeEmitter.emit(CircuitState.Closed);
        }
      }
    };
    exports.CircuitBreakerPolicy = CircuitBreakerPolicy;
  }
});

// node_modules/cockatiel/dist/breaker/CountBreaker.js
var require_CountBreaker = __commonJS({
  "node_modules/cockatiel/dist/breaker/CountBreaker.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CountBreaker = void 0;
    var CircuitBreakerPolicy_1 = require_CircuitBreakerPolicy();
    var CountBreaker = class {
      /**
       * @inheritdoc
       */
      get state() {
        return {
          samples: this.samples,
          currentSample: this.currentSample,
          failures: this.failures,
          successes: this.successes
        };
      }
      /**
       * @inheritdoc
       */
      set state(value) {
        Object.assign(this, value);
      }
      /**
       * CountBreaker breaks if more than `threshold` percentage of the last `size`
       * calls failed, so long as at least `minimumNumberOfCalls` calls have been
       * performed (to avoid opening unnecessarily if there are only few samples
       * in the sliding window yet).
       */
      constructor({ threshold, size, minimumNumberOfCalls = size }) {
        this.successes = 0;
        this.failures = 0;
        this.currentSample = 0;
        if (threshold <= 0 || threshold >= 1) {
          throw new RangeError(`CountBreaker threshold should be between (0, 1), got ${threshold}`);
        }
        if (!Number.isSafeInteger(size) || size < 1) {
          throw new RangeError(`CountBreaker size should be a positive integer, got ${size}`);
        }
        if (!Number.isSafeInteger(minimumNumberOfCalls) || minimumNumberOfCalls < 1 || minimumNumberOfCalls > size) {
          throw new RangeError(`CountBreaker size should be an integer between (1, size), got ${minimumNumberOfCalls}`);
        }
        this.threshold = threshold;
        this.minimumNumberOfCalls = minimumNumberOfCalls;
        this.samples = Array.from({ length: size }, () => null);
      }
      /**
       * @inheritdoc
       */
      success(state) {
        if (state === CircuitBreakerPolicy_1.CircuitState.HalfOpen) {
          this.reset();
        }
        this.sample(true);
      }
      /**
       * @inheritdoc
       */
      failure(state) {
        this.sample(false);
        if (state !== CircuitBreakerPolicy_1.CircuitState.Closed) {
          return true;
        }
        const total = this.successes + this.failures;
        if (total < this.minimumNumberOfCalls) {
          return false;
        }
        if (this.failures > this.threshold * total) {
          return true;
        }
        return false;
      }
      reset() {
        this.samples.fill(null);
        this.successes = 0;
        this.failures = 0;
      }
      sample(success) {
        const current = this.samples[this.currentSample];
        if (current === true) {
          this.successes--;
        } else if (current === false) {
          this.failures--;
        }
        this.samples[this.currentSample] = success;
        if (success) {
          this.successes++;
        } else {
          this.failures++;
        }
        this.currentSample = (this.currentSample + 1) % this.samples.length;
      }
    };
    exports.CountBreaker = CountBreaker;
  }
});

// node_modules/cockatiel/dist/breaker/SamplingBreaker.js
var require_SamplingBreaker = __commonJS({
  "node_modules/cockatiel/dist/breaker/SamplingBreaker.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SamplingBreaker = void 0;
    var CircuitBreakerPolicy_1 = require_CircuitBreakerPolicy();
    var SamplingBreaker = class {
      /**
       * @inheritdoc
       */
      get state() {
        return {
          windows: this.windows,
          currentWindow: this.currentWindow,
          currentFailures: this.currentFailures,
          currentSuccesses: this.currentSuccesses
        };
      }
      /**
       * @inheritdoc
       */
      set state(value) {
        Object.assign(this, value);
      }
      /**
       * SamplingBreaker breaks if more than `threshold` percentage of calls over the
       * last `samplingDuration`, so long as there's at least `minimumRps` (to avoid
       * opening unnecessarily under low RPS).
       */
      constructor({ threshold, duration: samplingDuration, minimumRps }) {
        this.windows = [];
        this.currentWindow = 0;
        this.currentFailures = 0;
        this.currentSuccesses = 0;
        if (threshold <= 0 || threshold >= 1) {
          throw new RangeError(`SamplingBreaker threshold should be between (0, 1), got ${threshold}`);
        }
        this.threshold = threshold;
        const windowCount = Math.max(5, Math.ceil(samplingDuration / 1e3));
        for (let i = 0; i < windowCount; i++) {
          this.windows.push({ startedAt: 0, failures: 0, successes: 0 });
        }
        this.windowSize = Math.round(samplingDuration / windowCount);
        this.duration = this.windowSize * windowCount;
        if (minimumRps) {
          this.minimumRpms = minimumRps / 1e3;
        } else {
          this.minimumRpms = 5 / (threshold * 1e3);
        }
      }
      /**
       * @inheritdoc
       */
      success(state) {
        if (state === CircuitBreakerPolicy_1.CircuitState.HalfOpen) {
          this.resetWindows();
        }
        this.push(true);
      }
      /**
       * @inheritdoc
       */
      failure(state) {
        this.push(false);
        if (state !== CircuitBreakerPolicy_1.CircuitState.Closed) {
          return true;
        }
        const total = this.currentSuccesses + this.currentFailures;
        if (total < this.duration * this.minimumRpms) {
          return false;
        }
        if (this.currentFailures > this.threshold * total) {
          return true;
        }
        return false;
      }
      resetWindows() {
        this.currentFailures = 0;
        this.currentSuccesses = 0;
        for (const window of this.windows) {
          window.failures = 0;
          window.successes = 0;
          window.startedAt = 0;
        }
      }
      rotateWindow(now) {
        const next = (this.currentWindow + 1) % this.windows.length;
        this.currentFailures -= this.windows[next].failures;
        this.currentSuccesses -= this.windows[next].successes;
        const window = this.windows[next] = { failures: 0, successes: 0, startedAt: now };
        this.currentWindow = next;
        return window;
      }
      push(success) {
        const now = Date.now();
        let window = this.windows[this.currentWindow];
        if (now - window.startedAt >= this.windowSize) {
          window = this.rotateWindow(now);
        }
        if (success) {
          window.successes++;
          this.currentSuccesses++;
        } else {
          window.failures++;
          this.currentFailures++;
        }
      }
    };
    exports.SamplingBreaker = SamplingBreaker;
  }
});

// node_modules/cockatiel/dist/breaker/Breaker.js
var require_Breaker = __commonJS({
  "node_modules/cockatiel/dist/breaker/Breaker.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_ConsecutiveBreaker(), exports);
    __exportStar(require_CountBreaker(), exports);
    __exportStar(require_SamplingBreaker(), exports);
  }
});

// node_modules/cockatiel/dist/common/defer.js
var require_defer = __commonJS({
  "node_modules/cockatiel/dist/common/defer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.defer = void 0;
    var defer = () => {
      let resolve3;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve3 = res;
        reject = rej;
      });
      return { resolve: resolve3, reject, promise };
    };
    exports.defer = defer;
  }
});

// node_modules/cockatiel/dist/BulkheadPolicy.js
var require_BulkheadPolicy = __commonJS({
  "node_modules/cockatiel/dist/BulkheadPolicy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BulkheadPolicy = void 0;
    var abort_1 = require_abort();
    var defer_1 = require_defer();
    var Event_1 = require_Event();
    var Executor_1 = require_Executor();
    var BulkheadRejectedError_1 = require_BulkheadRejectedError();
    var Errors_1 = require_Errors();
    var BulkheadPolicy = class {
      /**
       * Returns the number of available execution slots at this point in time.
       */
      get executionSlots() {
        return this.capacity - this.active;
      }
      /**
       * Returns the number of queue slots at this point in time.
       */
      get queueSlots() {
        return this.queueCapacity - this.queue.length;
      }
      /**
       * Bulkhead limits concurrent requests made.
       */
      constructor(capacity, queueCapacity) {
        this.capacity = capacity;
        this.queueCapacity = queueCapacity;
        this.active = 0;
        this.queue = [];
        this.onRejectEmitter = new Event_1.EventEmitter();
        this.executor = new Executor_1.ExecuteWrapper();
        this.onSuccess = this.executor.onSuccess;
        this.onFailure = this.executor.onFailure;
        this.onReject = this.onRejectEmitter.addListener;
      }
      /**
       * Executes the given function.
       * @param fn Function to execute
       * @throws a {@link BulkheadRejectedException} if the bulkhead limits are exceeeded
       */
      async execute(fn, signal = abort_1.neverAbortedSignal) {
        if (signal.aborted) {
          throw new Errors_1.TaskCancelledError();
        }
        if (this.active < this.capacity) {
          this.active++;
          try {
            return await fn({ signal });
          } finally {
            this.active--;
            this.dequeue();
          }
        }
        if (this.queue.length < this.queueCapacity) {
          const { resolve: resolve3, reject, promise } = (0, defer_1.defer)();
          this.queue.push({ signal, fn, resolve: resolve3, reject });
          return promise;
        }
        this.onRejectEmitter.emit();
        throw new BulkheadRejectedError_1.BulkheadRejectedError(this.capacity, this.queueCapacity);
      }
      dequeue() {
        const item = this.queue.shift();
        if (!item) {
          return;
        }
        Promise.resolve().then(() => this.execute(item.fn, item.signal)).then(item.resolve).catch(item.reject);
      }
    };
    exports.BulkheadPolicy = BulkheadPolicy;
  }
});

// node_modules/cockatiel/dist/FallbackPolicy.js
var require_FallbackPolicy = __commonJS({
  "node_modules/cockatiel/dist/FallbackPolicy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FallbackPolicy = void 0;
    var abort_1 = require_abort();
    var FallbackPolicy = class {
      constructor(executor, value) {
        this.executor = executor;
        this.value = value;
        this.onSuccess = this.executor.onSuccess;
        this.onFailure = this.executor.onFailure;
      }
      /**
       * Executes the given function.
       * @param fn Function to execute.
       * @returns The function result or fallback value.
       */
      async execute(fn, signal = abort_1.neverAbortedSignal) {
        const result = await this.executor.invoke(fn, { signal });
        if ("success" in result) {
          return result.success;
        }
        return this.value();
      }
    };
    exports.FallbackPolicy = FallbackPolicy;
  }
});

// node_modules/cockatiel/dist/NoopPolicy.js
var require_NoopPolicy = __commonJS({
  "node_modules/cockatiel/dist/NoopPolicy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NoopPolicy = void 0;
    var abort_1 = require_abort();
    var Executor_1 = require_Executor();
    var NoopPolicy = class {
      constructor() {
        this.executor = new Executor_1.ExecuteWrapper();
        this.onSuccess = this.executor.onSuccess;
        this.onFailure = this.executor.onFailure;
      }
      async execute(fn, signal = abort_1.neverAbortedSignal) {
        return (0, Executor_1.returnOrThrow)(await this.executor.invoke(fn, { signal }));
      }
    };
    exports.NoopPolicy = NoopPolicy;
  }
});

// node_modules/cockatiel/dist/RetryPolicy.js
var require_RetryPolicy = __commonJS({
  "node_modules/cockatiel/dist/RetryPolicy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RetryPolicy = void 0;
    var ConstantBackoff_1 = require_ConstantBackoff();
    var abort_1 = require_abort();
    var Event_1 = require_Event();
    var delay = (duration, unref) => new Promise((resolve3) => {
      const timer = setTimeout(resolve3, duration);
      if (unref) {
        timer.unref();
      }
    });
    var RetryPolicy = class _RetryPolicy {
      constructor(options, executor) {
        this.options = options;
        this.executor = executor;
        this.onGiveUpEmitter = new Event_1.EventEmitter();
        this.onRetryEmitter = new Event_1.EventEmitter();
        this.onSuccess = this.executor.onSuccess;
        this.onFailure = this.executor.onFailure;
        this.onRetry = this.onRetryEmitter.addListener;
        this.onGiveUp = this.onGiveUpEmitter.addListener;
      }
      /**
       * When retrying, a referenced timer is created. This means the Node.js event
       * loop is kept active while we're delaying a retried call. Calling this
       * method on the retry builder will unreference the timer, allowing the
       * process to exit even if a retry might still be pending.
       */
      dangerouslyUnref() {
        return new _RetryPolicy({ ...this.options, unref: true }, this.executor.clone());
      }
      /**
       * Executes the given function with retries.
       * @param fn Function to run
       * @returns a Promise that resolves or rejects with the function results.
       */
      async execute(fn, signal = abort_1.neverAbortedSignal) {
        const factory = this.options.backoff || new ConstantBackoff_1.ConstantBackoff(0);
        let backoff;
        for (let retries = 0; ; retries++) {
          const result = await this.executor.invoke(fn, { attempt: retries, signal });
          if ("success" in result) {
            return result.success;
          }
          if (!signal.aborted && retries < this.options.maxAttempts) {
            const context = { attempt: retries + 1, signal, result };
            backoff = backoff ? backoff.next(context) : factory.next(context);
            const delayDuration = backoff.duration;
            const delayPromise = delay(delayDuration, !!this.options.unref);
            this.onRetryEmitter.emit({ ...result, delay: delayDuration, attempt: retries + 1 });
            await delayPromise;
            continue;
          }
          this.onGiveUpEmitter.emit(result);
          if ("error" in result) {
            throw result.error;
          }
          return result.value;
        }
      }
    };
    exports.RetryPolicy = RetryPolicy;
  }
});

// node_modules/cockatiel/dist/TimeoutPolicy.js
var require_TimeoutPolicy = __commonJS({
  "node_modules/cockatiel/dist/TimeoutPolicy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TimeoutPolicy = exports.TimeoutStrategy = void 0;
    var abort_1 = require_abort();
    var Event_1 = require_Event();
    var Executor_1 = require_Executor();
    var TaskCancelledError_1 = require_TaskCancelledError();
    var TimeoutStrategy;
    (function(TimeoutStrategy2) {
      TimeoutStrategy2["Cooperative"] = "optimistic";
      TimeoutStrategy2["Aggressive"] = "aggressive";
    })(TimeoutStrategy || (exports.TimeoutStrategy = TimeoutStrategy = {}));
    var TimeoutPolicy = class _TimeoutPolicy {
      constructor(duration, options, executor = new Executor_1.ExecuteWrapper(), unref = false) {
        this.duration = duration;
        this.options = options;
        this.executor = executor;
        this.unref = unref;
        this.timeoutEmitter = new Event_1.EventEmitter();
        this.onTimeout = this.timeoutEmitter.addListener;
        this.onFailure = this.executor.onFailure;
        this.onSuccess = this.executor.onSuccess;
      }
      /**
       * When timing out, a referenced timer is created. This means the Node.js
       * event loop is kept active while we're waiting for the timeout, as long as
       * the function hasn't returned. Calling this method on the timeout builder
       * will unreference the timer, allowing the process to exit even if a
       * timeout might still be happening.
       */
      dangerouslyUnref() {
        const t = new _TimeoutPolicy(this.duration, this.options, this.executor, true);
        return t;
      }
      /**
       * Executes the given function.
       * @param fn Function to execute. Takes in a nested cancellation token.
       * @throws a {@link TaskCancelledError} if a timeout occurs
       */
      async execute(fn, signal) {
        const { ctrl: aborter, dispose: disposeAbort } = (0, abort_1.deriveAbortController)(signal);
        const timer = setTimeout(() => aborter.abort(), this.duration);
        if (this.unref) {
          timer.unref();
        }
        const context = { signal: aborter.signal };
        const onceAborted = (0, Event_1.onAbort)(aborter.signal);
        const onCancelledListener = onceAborted.event(() => this.timeoutEmitter.emit());
        try {
          if (this.options.strategy === TimeoutStrategy.Cooperative) {
            return (0, Executor_1.returnOrThrow)(await this.executor.invoke(fn, context, aborter.signal));
          }
          return await this.executor.invoke(async () => Promise.race([
            Promise.resolve(fn(context, aborter.signal)),
            Event_1.Event.toPromise(onceAborted.event).then(() => {
              throw new TaskCancelledError_1.TaskCancelledError(`Operation timed out after ${this.duration}ms`);
            })
          ])).then(Executor_1.returnOrThrow);
        } finally {
          onCancelledListener.dispose();
          onceAborted.dispose();
          if (this.options.abortOnReturn !== false) {
            aborter.abort();
          }
          clearTimeout(timer);
          disposeAbort();
        }
      }
    };
    exports.TimeoutPolicy = TimeoutPolicy;
  }
});

// node_modules/cockatiel/dist/Policy.js
var require_Policy = __commonJS({
  "node_modules/cockatiel/dist/Policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.handleAll = exports.noop = exports.Policy = void 0;
    exports.handleType = handleType;
    exports.handleWhen = handleWhen;
    exports.handleResultType = handleResultType;
    exports.handleWhenResult = handleWhenResult2;
    exports.bulkhead = bulkhead;
    exports.usePolicy = usePolicy;
    exports.timeout = timeout;
    exports.wrap = wrap;
    exports.retry = retry2;
    exports.circuitBreaker = circuitBreaker;
    exports.fallback = fallback;
    var Backoff_1 = require_Backoff();
    var BulkheadPolicy_1 = require_BulkheadPolicy();
    var CircuitBreakerPolicy_1 = require_CircuitBreakerPolicy();
    var Executor_1 = require_Executor();
    var FallbackPolicy_1 = require_FallbackPolicy();
    var NoopPolicy_1 = require_NoopPolicy();
    var RetryPolicy_1 = require_RetryPolicy();
    var TimeoutPolicy_1 = require_TimeoutPolicy();
    var typeFilter = (cls, predicate) => predicate ? (v) => v instanceof cls && predicate(v) : (v) => v instanceof cls;
    var always = () => true;
    var never = () => false;
    var Policy = class _Policy {
      /**
       * Factory that builds a base set of filters that can be used in circuit
       * breakers, retries, etc.
       */
      constructor(options) {
        this.options = options;
      }
      /**
       * Allows the policy to additionally handles errors of the given type.
       *
       * @param cls Class constructor to check that the error is an instance of.
       * @param predicate If provided, a function to be called with the error
       * which should return "true" if we want to handle this error.
       * @example
       * ```js
       * // retry both network errors and response errors with a 503 status code
       * new Policy()
       *  .orType(NetworkError)
       *  .orType(ResponseError, err => err.statusCode === 503)
       *  .retry()
       *  .attempts(3)
       *  .execute(() => getJsonFrom('https://example.com'));
       * ```
       */
      orType(cls, predicate) {
        const filter = typeFilter(cls, predicate);
        return new _Policy({
          ...this.options,
          errorFilter: (e) => this.options.errorFilter(e) || filter(e)
        });
      }
      /**
       * Allows the policy to additionally handles errors that pass the given
       * predicate function.
       *
       * @param predicate Takes any thrown error, and returns true if it should
       * be retried by this policy.
       * @example
       * ```js
       * // only retry if the error has a "shouldBeRetried" property set
       * new Policy()
       *  .orWhen(err => err.shouldBeRetried === true)
       *  .retry()
       *  .attempts(3)
       *  .execute(() => getJsonFrom('https://example.com'));
       * ```
       */
      orWhen(predicate) {
        return new _Policy({
          ...this.options,
          errorFilter: (e) => this.options.errorFilter(e) || predicate(e)
        });
      }
      /**
       * Adds handling for return values. The predicate will be called with
       * the return value of the executed function,
       *
       * @param predicate Takes the returned value, and returns true if it
       * should be retried by this policy.
       * @example
       * ```js
       * // retry when the response status code is a 5xx
       * new Policy()
       *  .orResultWhen(res => res.statusCode >= 500)
       *  .retry()
       *  .attempts(3)
       *  .execute(() => getJsonFrom('https://example.com'));
       * ```
       */
      orWhenResult(predicate) {
        return new _Policy({
          ...this.options,
          resultFilter: (r) => this.options.resultFilter(r) || predicate(r)
        });
      }
      /**
       * Adds handling for return values. The predicate will be called with
       * the return value of the executed function,
       *
       * @param predicate Takes the returned value, and returns true if it
       * should be retried by this policy.
       * @example
       * ```js
       * // retry when the response status code is a 5xx
       * new Policy()
       *  .orResultType(res => res.statusCode >= 500)
       *  .retry()
       *  .attempts(3)
       *  .execute(() => getJsonFrom('https://example.com'));
       * ```
       */
      orResultType(cls, predicate) {
        const filter = typeFilter(cls, predicate);
        return new _Policy({
          ...this.options,
          resultFilter: (r) => this.options.resultFilter(r) || filter(r)
        });
      }
    };
    exports.Policy = Policy;
    exports.noop = new NoopPolicy_1.NoopPolicy();
    exports.handleAll = new Policy({ errorFilter: always, resultFilter: never });
    function handleType(cls, predicate) {
      return new Policy({ errorFilter: typeFilter(cls, predicate), resultFilter: never });
    }
    function handleWhen(predicate) {
      return new Policy({ errorFilter: predicate, resultFilter: never });
    }
    function handleResultType(cls, predicate) {
      return new Policy({ errorFilter: never, resultFilter: typeFilter(cls, predicate) });
    }
    function handleWhenResult2(predicate) {
      return new Policy({ errorFilter: never, resultFilter: predicate });
    }
    function bulkhead(limit, queue = 0) {
      return new BulkheadPolicy_1.BulkheadPolicy(limit, queue);
    }
    function usePolicy(policy) {
      return (_target, _key, descriptor) => {
        const inner = descriptor.value;
        if (typeof inner !== "function") {
          throw new Error(`Can only decorate functions with @cockatiel, got ${typeof inner}`);
        }
        descriptor.value = function(...args) {
          const signal = args[args.length - 1] instanceof AbortSignal ? args.pop() : void 0;
          return policy.execute((context) => inner.apply(this, [...args, context]), signal);
        };
      };
    }
    function timeout(duration, strategyOrOpts) {
      return new TimeoutPolicy_1.TimeoutPolicy(duration, typeof strategyOrOpts === "string" ? { strategy: strategyOrOpts } : strategyOrOpts);
    }
    function wrap(...p) {
      return {
        _altReturn: void 0,
        onFailure: p[0].onFailure,
        onSuccess: p[0].onSuccess,
        wrapped: p,
        execute(fn, signal) {
          const run = (context, i) => i === p.length ? fn(context) : p[i].execute((next) => run({ ...context, ...next }, i + 1), context.signal);
          return Promise.resolve(run({ signal }, 0));
        }
      };
    }
    function retry2(policy, opts) {
      return new RetryPolicy_1.RetryPolicy({ backoff: opts.backoff || new Backoff_1.ConstantBackoff(0), maxAttempts: opts.maxAttempts ?? Infinity }, new Executor_1.ExecuteWrapper(policy.options.errorFilter, policy.options.resultFilter));
    }
    function circuitBreaker(policy, opts) {
      return new CircuitBreakerPolicy_1.CircuitBreakerPolicy(opts, new Executor_1.ExecuteWrapper(policy.options.errorFilter, policy.options.resultFilter));
    }
    function fallback(policy, valueOrFactory) {
      return new FallbackPolicy_1.FallbackPolicy(
        new Executor_1.ExecuteWrapper(policy.options.errorFilter, policy.options.resultFilter),
        // not technically type-safe, since if they actually want to _return_
        // a function, that gets lost here. We'll just advice in the docs to
        // use a higher-order function if necessary.
        typeof valueOrFactory === "function" ? valueOrFactory : () => valueOrFactory
      );
    }
  }
});

// node_modules/cockatiel/dist/index.js
var require_dist = __commonJS({
  "node_modules/cockatiel/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EventEmitter = exports.Event = void 0;
    __exportStar(require_Backoff(), exports);
    __exportStar(require_Breaker(), exports);
    __exportStar(require_BulkheadPolicy(), exports);
    __exportStar(require_CircuitBreakerPolicy(), exports);
    var Event_1 = require_Event();
    Object.defineProperty(exports, "Event", { enumerable: true, get: function() {
      return Event_1.Event;
    } });
    Object.defineProperty(exports, "EventEmitter", { enumerable: true, get: function() {
      return Event_1.EventEmitter;
    } });
    __exportStar(require_Errors(), exports);
    __exportStar(require_FallbackPolicy(), exports);
    __exportStar(require_NoopPolicy(), exports);
    __exportStar(require_Policy(), exports);
    __exportStar(require_RetryPolicy(), exports);
    __exportStar(require_TimeoutPolicy(), exports);
  }
});

// src/reports/types.ts
var FLAKY_MESSAGES = 5;
var ReportError = class extends Error {
  constructor(file, format, where, detail) {
    super(`${file}: not a valid ${format} report (${where}): ${detail}`);
    this.file = file;
    this.format = format;
    this.where = where;
    this.name = "ReportError";
  }
  file;
  format;
  where;
};

// src/resilience/classify.ts
var TRANSIENT_NETWORK = /\b(ECONNRESET|ETIMEDOUT|EAI_AGAIN|EPIPE|ENETUNREACH|EHOSTUNREACH|socket hang up|Temporary failure in name resolution|Connection reset by peer|network is unreachable|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out|TLS handshake timeout)\b/i;
var CRASH_SIGNALS = /* @__PURE__ */ new Set(["SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL", "SIGFPE", "SIGKILL", "SIGTERM", "SIGHUP"]);
var CRASH_EXIT_CODES = /* @__PURE__ */ new Set([129, 132, 134, 135, 136, 137, 139, 143]);
function classifyCommand(result, retryOnTimeout = false) {
  if (result.cancelled) return { errorType: "cancelled", transient: false, description: "cancelled" };
  if (result.spawnError)
    return { errorType: "crash", transient: false, description: `could not start: ${result.spawnError}` };
  if (result.timedOut)
    return { errorType: "timeout", transient: retryOnTimeout, description: "timed out; process tree killed" };
  if (result.signal)
    return {
      errorType: "crash",
      transient: CRASH_SIGNALS.has(result.signal),
      description: `killed by ${result.signal}`
    };
  if (result.exitCode === 0) return { errorType: null, transient: false, description: "exit status 0" };
  const network = TRANSIENT_NETWORK.exec(result.tail);
  if (network)
    return {
      errorType: "transient_network",
      transient: true,
      description: `exit status ${result.exitCode} after a network error (${network[1]})`
    };
  if (result.exitCode !== null && CRASH_EXIT_CODES.has(result.exitCode))
    return {
      errorType: "crash",
      transient: true,
      description: `exit status ${result.exitCode} (killed by signal ${result.exitCode - 128})`
    };
  if (result.exitCode === 126 || result.exitCode === 127)
    return {
      errorType: "exit_code",
      transient: false,
      description: `exit status ${result.exitCode} (${result.exitCode === 127 ? "command not found" : "not executable"})`
    };
  return { errorType: "exit_code", transient: false, description: `exit status ${result.exitCode}` };
}
var NO_RETRY_EXIT_CODES = [2, 126, 127];
function deployRetryDecision(result, cls, rules, runCancelled) {
  const no = (why, environmentFailure = false) => ({ retryable: false, why, environmentFailure });
  if (cls.errorType === null) return no("it passed");
  if (runCancelled || result.cancelled) return no("the run was cancelled");
  if (result.signal === "SIGINT" || result.exitCode === 130) return no("it was interrupted (SIGINT): someone stopped it");
  if (result.spawnError) return no("the command could not start");
  if (result.timedOut) return cls.transient ? { retryable: true, environmentFailure: true } : no("a command that hit its timeout usually hangs again (set retry_on_timeout to retry it)", true);
  if (result.exitCode === null) return cls.transient ? { retryable: true, environmentFailure: true } : no(cls.description, true);
  const code = result.exitCode;
  if (rules.no_retry_on_exit_codes?.includes(code)) return no(`exit status ${code} is listed in no_retry_on_exit_codes`);
  if (rules.retry_on_exit_codes) {
    return rules.retry_on_exit_codes.includes(code) ? { retryable: true, environmentFailure: true } : no(`exit status ${code} is not listed in retry_on_exit_codes`);
  }
  if (cls.errorType === "transient_network") return { retryable: true, environmentFailure: true };
  if (NO_RETRY_EXIT_CODES.includes(code)) {
    const meaning = code === 2 ? "a usage or syntax error" : code === 126 ? "not executable" : "command not found";
    return no(`exit status ${code} (${meaning}) fails the same way again (list it in retry_on_exit_codes to retry it)`);
  }
  return { retryable: true, environmentFailure: true };
}

// src/engine/fresh.ts
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
var ReportSnapshot = class _ReportSnapshot {
  constructor(before) {
    this.before = before;
  }
  before;
  static async take(paths) {
    const before = /* @__PURE__ */ new Map();
    for (const p of paths) before.set(p, await identity(p));
    return new _ReportSnapshot(before);
  }
  /** 'fresh' when written by this run, 'missing' when absent, 'stale' when untouched since the snapshot. */
  async check(path2) {
    const now = await identity(path2);
    if (!now) return "missing";
    const was = this.before.get(path2);
    if (!was) return "fresh";
    const same = was.ino === now.ino && was.size === now.size && was.mtimeMs === now.mtimeMs && was.ctimeMs === now.ctimeMs;
    return same ? "stale" : "fresh";
  }
};
async function identity(path2) {
  try {
    const s = await stat(path2);
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
  } catch {
    return null;
  }
}
async function readFreshReport(snapshot, path2, opts, read) {
  const state = await snapshot.check(path2);
  if (state === "missing") return { problem: `${opts.ran} wrote no ${opts.what} at ${path2}` };
  if (state === "stale") {
    return { problem: `${opts.ran} did not rewrite the ${opts.what} at ${path2}: the file there is left over from an earlier run and is not read` };
  }
  const [real, root] = await Promise.all([realpath(path2), realpath(opts.workspace)]);
  const rel = relative(root, real);
  if (rel.startsWith("..") || isAbsolute(rel)) return { problem: `the ${opts.what} at ${path2} resolves outside the workspace (${real}): not read` };
  const info = await stat(real);
  if (!info.isFile()) return { problem: `the ${opts.what} at ${path2} is ${fileKind(info)}, not a regular file: not read` };
  try {
    return { value: await read() };
  } catch (error) {
    return { problem: error.message };
  }
}

// src/engine/steps.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/resilience/policies.ts
var import_cockatiel = __toESM(require_dist(), 1);
function backoffDelayMs(attempt, cfg, random = Math.random) {
  const raw = Math.min(cfg.max_delay, cfg.base_delay * cfg.exponential_base ** attempt) * 1e3;
  return Math.round(cfg.jitter ? raw / 2 + random() * (raw / 2) : raw);
}
function retryPolicyFrom(cfg) {
  const generator = (attempt = 0) => [backoffDelayMs(attempt, cfg), attempt + 1];
  return (0, import_cockatiel.retry)(
    (0, import_cockatiel.handleWhenResult)((r) => {
      const outcome = r;
      return !outcome.ok && outcome.retryable;
    }),
    {
      maxAttempts: cfg.max_retries,
      backoff: new import_cockatiel.ExponentialBackoff({
        generator,
        initialDelay: cfg.base_delay * 1e3,
        maxDelay: cfg.max_delay * 1e3,
        exponent: cfg.exponential_base
      })
    }
  );
}

// src/engine/steps.ts
var TAIL_LINES = 40;
var LOG_FILE_MAX_BYTES = 20 * 1024 * 1024;
async function runStep(ctx, stage, opts) {
  const { host } = ctx;
  const once = {
    max_retries: 0,
    base_delay: 0,
    exponential_base: 1,
    max_delay: 0,
    jitter: false,
    retry_on_timeout: false
  };
  const retry2 = retryPolicyFrom(opts.policy ?? once);
  const { breaker } = opts;
  let attempts = 0;
  let last;
  const onRetry = retry2.onRetry(
    ({ delay }) => host.info(`\u21BB ${opts.purpose}: retrying in ${(delay / 1e3).toFixed(1)} s (${last?.reason ?? "failed"})`)
  );
  try {
    const outcome = await retry2.execute(async () => {
      if (breaker && !breaker.admits()) {
        last = { value: last?.value, ok: false, retryable: false, reason: breaker.refusal() };
        return last;
      }
      attempts++;
      if (attempts > 1) stage.retries++;
      await opts.beforeAttempt?.();
      const log = await openLog(join(ctx.reportsDir, "..", "logs", `${opts.purpose}-${attempts}.log`), opts.command);
      const result = await host.runCommand(opts.command, {
        cwd: opts.cwd ?? host.workspace,
        env: opts.env,
        timeoutMs: opts.timeoutSeconds * 1e3,
        signal: ctx.signal,
        onLine: (line2) => {
          if (!opts.deferOutput) {
            for (const piece of line2.split("\r")) if (piece !== "") host.info(`[${opts.purpose}] ${piece}`);
          }
          log.write(line2);
        }
      });
      await log.close(result);
      if (result.exitCode === 127) {
        const missing = commandNotFoundMessage(result.tail, opts.purpose);
        if (missing && !stage.errors.includes(missing)) {
          stage.errors.push(missing);
          host.error(missing);
        }
      }
      stage.commands.push({
        purpose: opts.purpose,
        command: opts.command,
        exit_code: result.exitCode,
        signal: result.signal,
        timed_out: result.timedOut,
        duration_ms: Math.round(result.durationMs),
        attempt: attempts,
        tail: lastLines(result.tail, TAIL_LINES)
      });
      if (result.cancelled) {
        last = { value: void 0, ok: false, retryable: false, reason: "cancelled" };
        return last;
      }
      last = await opts.judge(result, attempts);
      if (opts.deferOutput) {
        const shown = lastLines(result.tail, TAIL_LINES);
        if (shown) host.info(`[${opts.purpose}] output held back until the scan was read; its last lines, secrets redacted:`);
        for (const line2 of shown.split(/\r\n|\r|\n/)) if (line2 !== "") host.info(`[${opts.purpose}] ${ctx.redactor.redact(line2)}`);
      }
      if (breaker) {
        if (last.ok) await breaker.record("success");
        else if (last.environmentFailure !== false) await breaker.record("failure", `${opts.purpose}: ${last.reason}`);
        if (last.retryable && !breaker.admits()) last = { ...last, retryable: false, reason: `${last.reason}; not retried: ${breaker.refusal()}` };
      }
      const exited = classifyCommand(result).description;
      const mark = !last.ok ? "\u2717" : result.exitCode === 0 ? "\u2713" : "\u2022";
      const why = last.reason === exited || last.reason.startsWith(`${exited}; `) ? last.reason : `${exited}; ${last.reason}`;
      const line = last.ok ? result.exitCode === 0 ? `command succeeded \u2014 ${why}` : `${why} (not a failure by itself: what the command left is judged next)` : `${last.retryable ? "failed, may pass on a retry" : "failed"} \u2014 ${why}`;
      host.info(`${mark} ${opts.purpose} (attempt ${attempts}, ${Math.round(result.durationMs)} ms): ${line}`);
      return last;
    }, ctx.signal);
    return { outcome, attempts, cancelled: ctx.signal.aborted, ...attempts === 0 && breaker ? { refused: true } : {} };
  } catch (error) {
    if (ctx.signal.aborted) {
      return {
        outcome: last ?? { value: void 0, ok: false, retryable: false, reason: "cancelled" },
        attempts,
        cancelled: true
      };
    }
    throw error;
  } finally {
    onRetry.dispose();
  }
}
async function openLog(path2, command) {
  await mkdir(dirname(path2), { recursive: true });
  const stream = createWriteStream(path2);
  let bytes = 0;
  let capped = false;
  stream.write(`$ ${command}
`);
  return {
    write(line) {
      if (capped) return;
      bytes += Buffer.byteLength(line) + 1;
      if (bytes > LOG_FILE_MAX_BYTES) {
        capped = true;
        stream.write(`[log truncated at ${LOG_FILE_MAX_BYTES} bytes]
`);
      } else stream.write(`${line}
`);
    },
    close(result) {
      stream.write(`[exit ${result.exitCode ?? result.signal ?? "none"}${result.timedOut ? ", timed out" : ""}${result.cancelled ? ", cancelled" : ""} after ${Math.round(result.durationMs)} ms]
`);
      return new Promise((resolve3) => stream.end(resolve3));
    }
  };
}
function lastLines(text, count) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.slice(-count).join("\n");
}
var ERROR_LINE = /\w*(?:Error|Exception|Warning)\b:|^(?:error|fatal)\b|\bERR!|^npm error\b/i;
function outputGist(tail, redact) {
  const all = tail.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "");
  const lines = all.filter((l) => !readsAsWorkflowCommand(l));
  const last = lines.at(-1);
  if (last === void 0) return all.length > 0 ? "its output holds only lines that read as workflow commands (not quoted here; see the log)" : "";
  const quote = (line) => `"${redact(line.length > 300 ? `${line.slice(0, 300)}\u2026` : line)}"`;
  const telltale = lines.findLast((l) => ERROR_LINE.test(l));
  const ends = last === all.at(-1) ? `ends: ${quote(last)}` : `ends, but for lines that read as workflow commands: ${quote(last)}`;
  return telltale === void 0 || telltale === last ? `its output ${ends}` : `its output says ${quote(telltale)} and ${ends}`;
}

// src/diff/patch-coverage.ts
function patchCoverage(changed, lineHits) {
  const files = [];
  let covered = 0;
  let total = 0;
  const names = [...changed.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (const file of names) {
    const hits = lineHits.get(file);
    if (!hits) continue;
    let fileCovered = 0;
    let fileTotal = 0;
    for (const line of changed.get(file) ?? []) {
      const count = hits.get(line);
      if (count === void 0) continue;
      fileTotal++;
      if (count > 0) fileCovered++;
    }
    if (fileTotal === 0) continue;
    files.push({ file, covered: fileCovered, total: fileTotal });
    covered += fileCovered;
    total += fileTotal;
  }
  return { covered, total, percent: total > 0 ? Math.round(1e4 * covered / total) / 100 : null, files };
}

// src/reports/line-coverage.ts
import { StringDecoder as StringDecoder2 } from "node:string_decoder";

// src/reports/coverage-cobertura.ts
import { open, stat as stat2 } from "node:fs/promises";

// src/reports/xml.ts
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
var AsciiNames = class {
  constructor(names) {
    this.names = names;
    for (const name of names) if (!isAscii(name)) throw new Error(`not an ASCII name: ${name}`);
    this.lengths = names.map((n) => n.length);
  }
  names;
  lengths;
};
var COMMENT_CAP = 64;
var MAX_DEPTH = 1e4;
var TEXT_CAP = 64 * 1024;
var NAME_CAP = 4 * 1024;
var ATTRIBUTE_CAP = 1024;
var PROLOG_CAP = 1024 * 1024;
var TAG_CAP = 8 * 1024 * 1024;
var PAIRWISE = 32;
var HEAD_CAP = 1100;
var BRIDGE = 64 * 1024;
var REFERENCE_CAP = 256;
var LT = 60;
var GT = 62;
var AMP = 38;
var SLASH = 47;
var BANG = 33;
var QUESTION = 63;
var EQUALS = 61;
var QUOTE = 34;
var APOSTROPHE = 39;
var SEMICOLON = 59;
var NEWLINE = 10;
var CLASS = new Uint8Array(256);
for (const c of [32, 9, 10, 13]) CLASS[c] = 1;
for (let c = 0; c < 256; c++) {
  const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 128 || c === 95 || c === 58;
  if (letter) CLASS[c] |= 2 | 4;
  if (c >= 48 && c <= 57 || c === 45 || c === 46) CLASS[c] |= 4;
}
var COMMON_NAMES = [
  "testsuites",
  "testsuite",
  "testcase",
  "failure",
  "error",
  "skipped",
  "system-out",
  "system-err",
  "properties",
  "property",
  "coverage",
  "sources",
  "source",
  "packages",
  "package",
  "classes",
  "class",
  "methods",
  "method",
  "lines",
  "line",
  "conditions",
  "condition"
];
var NAMES_BY_LENGTH = [];
for (const name of COMMON_NAMES) (NAMES_BY_LENGTH[name.length] ??= []).push(name);
var PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var XmlFault = class extends Error {
  constructor(offset, detail) {
    super(detail);
    this.offset = offset;
    this.detail = detail;
  }
  offset;
  detail;
};
async function streamXml(input, file, format, makeVisitor) {
  const path2 = typeof input === "object" && !Buffer.isBuffer(input) && !(Symbol.asyncIterator in input) ? input.path : void 0;
  const reader = new XmlReader(path2 === void 0);
  const visitor = makeVisitor(reader);
  reader.visitor = visitor;
  try {
    if (typeof input === "string") reader.feed(Buffer.from(input, "utf8"));
    else if (Buffer.isBuffer(input)) reader.feed(input);
    else if (Symbol.asyncIterator in input) {
      for await (const chunk of input) reader.feed(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    } else await readFile(input.path, reader);
    reader.finish();
  } catch (err) {
    if (!(err instanceof XmlFault)) throw err;
    const fault = err;
    const where = path2 !== void 0 && !reader.transcoded ? await locateInFile(path2, fault.offset, reader.encodingOf()) : reader.locate(fault.offset);
    throw new ReportError(file, format, where, fault.detail);
  }
  const warnings = [];
  const control = reader.controlCharacters;
  if (control !== void 0) {
    const where = control.where ?? await locateInFile(path2, control.offset, reader.encodingOf());
    const codes = [...control.codes].sort((a, b) => a - b).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}${CONTROL_NAMES[c] ? ` ${CONTROL_NAMES[c]}` : ""}`);
    warnings.push(
      `${file}: ${where}: control characters XML does not allow (${codes.join(", ")}) in attribute values or text; read as they are, since they cannot change the document's structure (jest-junit writes test names with ANSI colours this way)`
    );
  }
  return { warnings };
}
var CONTROL_NAMES = { 0: "NUL", 7: "BEL", 8: "BS", 27: "ESC" };
async function readFile(path2, reader) {
  const free = [];
  let inUse = [];
  const nextBuffer = () => {
    const buffer = free.pop() ?? Buffer.allocUnsafeSlow(CHUNK_SIZE);
    inUse.push(buffer);
    return buffer;
  };
  for await (const chunk of fileChunks(path2, nextBuffer)) {
    reader.feed(chunk);
    inUse = inUse.filter((buffer) => reader.holds(buffer.buffer) || (free.push(buffer), false));
  }
}
var XmlReader = class {
  constructor(countLines) {
    this.countLines = countLines;
  }
  countLines;
  visitor;
  /** Whether the input is UTF-16 turned into UTF-8 here (offsets then do not match the file's bytes). */
  transcoded = false;
  buf = Buffer.alloc(0);
  /** Offset of `buf[0]` in the whole input. */
  base = 0;
  pos = 0;
  mode = "text";
  stack = [];
  /** Per open element, the memory its Tag reads from (kept from reuse until the element closes). */
  tagMemory = [];
  sawRoot = false;
  sawDoctype = false;
  rootClosed = false;
  started = false;
  encoding = "utf8";
  utf16;
  /** UTF-16 big-endian: bytes are swapped to little-endian, an odd last byte waiting for its pair. */
  bigEndian = false;
  oddByte;
  bom = 0;
  first = true;
  /** The first bytes, kept until the byte order mark and the XML declaration can be read whole. */
  head;
  /** The first control character let through (see the header), where it is, and every one seen. */
  controlCharacters;
  /** A NUL byte of the chunk being fed, noted once the chunk is in `buf` (so that its line can be counted). */
  pendingNul = -1;
  /** Start of the element being reported to the visitor, for its errors. */
  tagStart = 0;
  /** Next `<` and `&` at or after the position they were searched from, `buf.length` when none. */
  nextLt = -1;
  nextAmp = -1;
  capture = false;
  /** The start of the comment being read, for {@link XmlVisitor.comment}. */
  commentText = "";
  textBytes = 0;
  /** Whether the last piece of text delivered ended with \r (a \n starting the next one belongs to it). */
  afterCR = false;
  textDecoder;
  /** Line counting for inputs that cannot be read again: lines and last newline before `buf`. */
  lines = 1;
  /** Columns (UTF-16 units, as JavaScript counts characters) of the current line before `buf`. */
  lineUnits = 0;
  encodingOf() {
    return this.encoding;
  }
  // ---- XmlControl ----
  captureText(on) {
    this.capture = on;
    if (on) this.newTextNode();
  }
  error(detail) {
    return new XmlFault(this.tagStart, detail);
  }
  // ---- input ----
  feed(chunk) {
    if (this.first) {
      if (this.head === void 0 && headComplete(chunk)) chunk = this.sniff(chunk);
      else {
        this.head = Buffer.concat([this.head ?? Buffer.alloc(0), chunk]);
        if (!headComplete(this.head)) return;
        chunk = this.sniff(this.head);
        this.head = void 0;
      }
    }
    this.feedDecided(chunk);
  }
  /** {@link feed} once the encoding is known. */
  feedDecided(chunk) {
    if (this.utf16) chunk = this.transcode(chunk);
    if (chunk.length === 0) return;
    const carried = this.buf.length;
    const nul = this.controlCharacters === void 0 || !this.controlCharacters.codes.has(0) ? chunk.indexOf(0) : -1;
    if (nul !== -1) this.pendingNul = this.base + carried + nul;
    if (carried > 0 && chunk.length > BRIDGE) {
      this.use(Buffer.concat([this.buf, chunk.subarray(0, BRIDGE)]));
      this.run(false, carried);
      if (this.pos >= carried) {
        const into = this.pos - carried;
        this.pos = carried;
        this.drop();
        this.use(chunk);
        this.pos = into;
      } else this.use(Buffer.concat([this.buf.subarray(0, carried), chunk]));
    } else this.use(carried === 0 ? chunk : Buffer.concat([this.buf, chunk]));
    this.run(false);
    if (this.pendingNul !== -1) {
      this.noteControl(this.pendingNul, 0);
      this.pendingNul = -1;
    }
    this.drop();
  }
  /** UTF-16 bytes to UTF-8 (big-endian ones swapped first, on a copy: the chunk may be a reused read buffer). */
  transcode(chunk) {
    if (this.bigEndian) {
      const bytes = this.oddByte === void 0 ? chunk : Buffer.concat([this.oddByte, chunk]);
      const even = bytes.length - bytes.length % 2;
      this.oddByte = even < bytes.length ? Buffer.from(bytes.subarray(even)) : void 0;
      chunk = Buffer.from(bytes.subarray(0, even)).swap16();
    }
    return Buffer.from(this.utf16.write(chunk), "utf8");
  }
  /** Notes a control character let through at `offset` (in `buf` when lines are counted as the read goes). */
  noteControl(offset, code) {
    const seen = this.controlCharacters;
    if (seen === void 0 || offset < seen.offset) {
      this.controlCharacters = { offset, where: this.countLines ? this.locate(offset) : void 0, codes: seen?.codes ?? /* @__PURE__ */ new Set() };
    }
    ;
    this.controlCharacters.codes.add(code);
  }
  /** Whether the reader still points into this memory: the unfinished rest, or the Tag of an open element. */
  holds(memory) {
    return this.buf.buffer === memory || this.tagMemory.includes(memory);
  }
  use(buf) {
    this.buf = buf;
    this.nextLt = -1;
    this.nextAmp = -1;
  }
  finish() {
    if (this.head !== void 0) {
      const head = this.sniff(this.head);
      this.head = void 0;
      this.feedDecided(head);
    }
    if (this.utf16) {
      if (this.oddByte !== void 0) throw new XmlFault(this.base + this.buf.length, "a UTF-16 file with an odd number of bytes (cut in the middle of a character?)");
      const rest = this.utf16.end();
      if (rest !== "") this.use(Buffer.concat([this.buf, Buffer.from(rest, "utf8")]));
    }
    this.run(true);
    const end = this.base + this.buf.length;
    if (this.mode !== "text" || this.pos < this.buf.length) {
      const inside = this.mode === "text" ? "a tag" : this.mode === "pi" ? "a processing instruction" : `a ${this.mode === "cdata" ? "CDATA section" : "comment"}`;
      throw new XmlFault(this.base + this.pos, `unexpected end of file inside ${inside}`);
    }
    if (this.stack.length > 0) throw new XmlFault(end, `unexpected end of file: <${this.stack.at(-1)}> is unclosed`);
    if (!this.sawRoot) throw new XmlFault(end, end === 0 ? "the file is empty (0 bytes): no root element" : "no root element");
  }
  /** Byte order mark and encoding declaration, from the first bytes (whole: see {@link headComplete}). */
  sniff(head) {
    this.first = false;
    const utf32 = head[0] === 255 && head[1] === 254 && head[2] === 0 && head[3] === 0 || head[0] === 0 && head[1] === 0 && head[2] === 254 && head[3] === 255;
    if (utf32) throw new XmlFault(0, "a UTF-32 file, which this reader does not read: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)");
    const le = head[0] === 255 && head[1] === 254;
    const be = head[0] === 254 && head[1] === 255;
    const bareLe = head[0] === LT && head[1] === 0 && head[2] === QUESTION && head[3] === 0;
    const bareBe = head[0] === 0 && head[1] === LT && head[2] === 0 && head[3] === QUESTION;
    if (le || be || bareLe || bareBe) {
      this.utf16 = new StringDecoder("utf16le");
      this.bigEndian = be || bareBe;
      this.transcoded = true;
      this.countLines = true;
      return le || be ? head.subarray(2) : head;
    }
    if (head[0] === 239 && head[1] === 187 && head[2] === 191) this.bom = 3;
    const declaration = /^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/.exec(head.toString("latin1", this.bom, this.bom + HEAD_CAP));
    const encoding = declaration?.[1].toLowerCase();
    if (encoding === "iso-8859-1" || encoding === "latin1" || encoding === "windows-1252") this.encoding = "latin1";
    return head;
  }
  /** Forgets what has been read, keeping the unfinished rest (a tag cut by the chunk's end, a reference, a `]]`). */
  drop() {
    if (this.pos === 0) {
      if (this.buf.length > TAG_CAP) throw new XmlFault(this.base, `a tag longer than ${TAG_CAP / 1024 / 1024} MiB`);
      return;
    }
    if (this.countLines) {
      let last = -1;
      for (let i = this.buf.indexOf(NEWLINE); i !== -1 && i < this.pos; i = this.buf.indexOf(NEWLINE, i + 1)) {
        this.lines++;
        last = i;
      }
      this.lineUnits = (last === -1 ? this.lineUnits : 0) + units(this.buf, last + 1, this.pos, this.encoding);
    }
    this.base += this.pos;
    this.use(this.pos === this.buf.length ? Buffer.alloc(0) : this.buf.subarray(this.pos));
    this.pos = 0;
    if (!this.sawRoot && this.base > PROLOG_CAP) {
      throw new XmlFault(this.base, "more than 1 MiB before the root element (an oversized DOCTYPE?)");
    }
  }
  /** `line L column C` of a byte offset within or before the current buffer (inputs read once). */
  locate(offset) {
    let line = this.lines;
    let last = -1;
    const end = Math.max(0, Math.min(offset - this.base, this.buf.length));
    for (let i = this.buf.indexOf(NEWLINE); i !== -1 && i < end; i = this.buf.indexOf(NEWLINE, i + 1)) {
      line++;
      last = i;
    }
    const column = (last === -1 ? this.lineUnits : 0) + units(this.buf, last + 1, end, this.encoding) + 1;
    return `line ${line} column ${column}`;
  }
  // ---- the scanner ----
  /** Reads on from `pos` to the end of the buffer, or until `pos` has passed `limit`. */
  run(final, limit = Infinity) {
    const buf = this.buf;
    while (this.pos < buf.length && this.pos < limit) {
      if (this.mode !== "text") {
        if (!this.skipSection(buf)) return;
        continue;
      }
      let lt = this.nextLt;
      if (lt < this.pos) {
        lt = -1;
        const stop = Math.min(buf.length, this.pos + 16);
        for (let i = this.pos; i < stop; i++) {
          if (buf[i] === LT) {
            lt = i;
            break;
          }
        }
        if (lt === -1) lt = stop === buf.length ? buf.length : buf.indexOf(LT, stop);
        if (lt === -1) lt = buf.length;
        this.nextLt = lt;
      }
      if (lt > this.pos) {
        const end = lt === buf.length && !final ? this.textEnd(buf, this.pos, lt) : lt;
        this.text(buf, this.pos, end);
        this.pos = end;
        if (lt === buf.length) return;
      }
      const next = this.markup(buf, lt);
      if (next === -1) return;
      this.pos = next;
    }
  }
  /** Where text cut by the chunk's end may be handled up to: before a reference the next chunk completes. */
  textEnd(buf, start, end) {
    for (let i = end - 1; i >= start && i >= end - REFERENCE_CAP; i--) {
      if (buf[i] === SEMICOLON) return end;
      if (buf[i] === AMP) return i;
    }
    return end;
  }
  /** Text from `start` to `end`: checked, and delivered when the visitor asked for it. */
  text(buf, start, end) {
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++) {
        if (CLASS[buf[i]] === 1) continue;
        if (i === 0 && this.base === 0 && this.bom === 3) {
          i += 2;
          continue;
        }
        if (!this.started) {
          const seen = JSON.stringify(buf.toString(this.encoding, i, Math.min(end, i + 20)));
          throw new XmlFault(this.base + i, `not XML: the content starts with ${seen}`);
        }
        throw new XmlFault(this.base + i, this.sawRoot ? "text after the root element" : "text before the root element");
      }
      return;
    }
    let amp = this.nextAmp;
    if (amp < start) amp = this.nextAmp = this.indexOrLength(buf, AMP, start);
    while (amp < end) {
      const after = this.reference(buf, amp, end);
      amp = this.nextAmp = this.indexOrLength(buf, AMP, after);
    }
    if (this.capture && this.textBytes < TEXT_CAP) this.deliver(buf, start, end, true);
  }
  indexOrLength(buf, byte, from) {
    const i = buf.indexOf(byte, from);
    return i === -1 ? buf.length : i;
  }
  /** Hands the visitor up to the rest of the node's {@link TEXT_CAP} bytes, decoded. */
  deliver(buf, start, end, references) {
    const take = Math.min(end - start, TEXT_CAP - this.textBytes);
    this.textBytes += take;
    this.textDecoder ??= new StringDecoder(this.encoding);
    let text = this.textDecoder.write(buf.subarray(start, start + take));
    if (this.afterCR && text.startsWith("\n")) text = text.slice(1);
    this.afterCR = text.endsWith("\r");
    text = text.replace(/\r\n?/g, "\n");
    if (references && text.includes("&")) text = decodeReferences(text);
    if (text !== "") this.visitor.text?.(text);
  }
  /** Ends the text node: what its decoder holds (a cut UTF-8 sequence) is delivered as U+FFFD, as a decoder would. */
  newTextNode() {
    if (this.textDecoder !== void 0 && this.capture) {
      const rest = this.textDecoder.end();
      if (rest !== "") this.visitor.text?.(rest);
    }
    this.textBytes = 0;
    this.textDecoder = void 0;
    this.afterCR = false;
  }
  /**
   * Checks the reference at `amp` (`&name;` or `&#…;`) and returns the offset after it.
   * @throws XmlFault when it is not one of XML's five entities or a valid character reference
   */
  reference(buf, amp, end) {
    const stop = Math.min(end, amp + REFERENCE_CAP);
    let semi = -1;
    for (let i = amp + 1; i < stop; i++) {
      if (buf[i] === SEMICOLON) {
        semi = i;
        break;
      }
    }
    if (semi === -1) throw new XmlFault(this.base + amp, "a & that starts no reference (write &amp; for a literal &)");
    const body = buf.toString("latin1", amp + 1, semi);
    if (body[0] === "#") {
      const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? Number(body.slice(1)) : NaN;
      if (!isXmlChar(code)) throw new XmlFault(this.base + amp, `&${body}; is not a valid character reference`);
    } else if (!Object.hasOwn(PREDEFINED, body)) {
      throw new XmlFault(this.base + amp, `undefined entity &${body.slice(0, REFERENCE_CAP)}; (only XML's five are known, none is declared)`);
    }
    return semi + 1;
  }
  /** Goes on through a comment, CDATA section or processing instruction; false when the chunk ends inside it. */
  skipSection(buf) {
    const terminator = this.mode === "comment" ? "-->" : this.mode === "cdata" ? "]]>" : "?>";
    const at = buf.indexOf(terminator, this.pos, "latin1");
    const end = at === -1 ? Math.max(this.pos, buf.length - (terminator.length - 1)) : at;
    if (this.mode === "cdata" && this.capture && this.textBytes < TEXT_CAP && end > this.pos) this.deliver(buf, this.pos, end, false);
    const comment = this.mode === "comment" && this.stack.length === 1 && this.visitor.comment !== void 0;
    if (comment && this.commentText.length < COMMENT_CAP) this.commentText += buf.toString("latin1", this.pos, Math.min(end, this.pos + COMMENT_CAP - this.commentText.length));
    this.pos = at === -1 ? end : at + terminator.length;
    if (at === -1) return false;
    if (comment) {
      const text = this.commentText;
      this.commentText = "";
      this.visitor.comment?.(text);
    }
    this.mode = "text";
    this.newTextNode();
    return true;
  }
  /** Markup at `lt`; returns the offset after it, or -1 when the chunk ends inside it. */
  markup(buf, lt) {
    this.newTextNode();
    this.started = true;
    if (lt + 1 >= buf.length) return -1;
    const c = buf[lt + 1];
    if (c === SLASH) return this.closeTag(buf, lt);
    if (c === BANG) {
      if (startsWith(buf, lt, "<!--")) {
        this.mode = "comment";
        return lt + 4;
      }
      if (startsWith(buf, lt, "<![CDATA[")) {
        if (this.stack.length === 0) throw new XmlFault(this.base + lt, "a CDATA section outside the root element");
        this.mode = "cdata";
        return lt + 9;
      }
      if (startsWith(buf, lt, "<!DOCTYPE")) return this.doctype(buf, lt);
      if (buf.length - lt < 9) return -1;
      throw new XmlFault(this.base + lt, `unexpected markup ${JSON.stringify(buf.toString("latin1", lt, lt + 9))}`);
    }
    if (c === QUESTION) {
      const nameEnd = this.nameEnd(buf, lt + 2);
      if (nameEnd === -1) return -1;
      if (nameEnd === lt + 2) throw new XmlFault(this.base + lt, "a processing instruction without a target");
      const after = buf[nameEnd];
      if (CLASS[after] !== 1) {
        if (after !== QUESTION) throw new XmlFault(this.base + nameEnd, `a processing instruction's target followed by ${describe(after)}`);
        if (nameEnd + 1 >= buf.length) return -1;
        if (buf[nameEnd + 1] !== GT) throw new XmlFault(this.base + nameEnd, `a processing instruction's target followed by ${describe(after)}`);
      }
      const target = buf.toString("latin1", lt + 2, nameEnd);
      if (target.toLowerCase() === "xml") return this.declaration(buf, lt, target);
      this.mode = "pi";
      return nameEnd;
    }
    return this.openTag(buf, lt);
  }
  /** `<?xml version="1.x" encoding="…" standalone="…"?>`, only at the very start. */
  declaration(buf, lt, target) {
    if (target !== "xml" || this.base + lt !== this.bom) {
      throw new XmlFault(this.base + lt, `an XML declaration (<?${target}) is allowed only at the very start, as <?xml`);
    }
    const end = buf.indexOf("?>", lt, "latin1");
    if (end === -1) {
      if (buf.length - lt > 1024) throw new XmlFault(this.base + lt, "an XML declaration longer than 1 KiB");
      return -1;
    }
    const text = buf.toString("latin1", lt, end + 2);
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/.test(text)) {
      throw new XmlFault(this.base + lt, `a malformed XML declaration ${JSON.stringify(text.slice(0, 80))} (expected <?xml version="1.0" \u2026?>)`);
    }
    return end + 2;
  }
  /** Offset after the name starting at `start`, -1 when the chunk ends inside it. */
  nameEnd(buf, start) {
    if (start >= buf.length) return -1;
    if ((CLASS[buf[start]] & 2) === 0) return start;
    const len = buf.length;
    let i = buf[start] < 128 ? start + 1 : start;
    while (i < len) {
      const c = buf[i];
      if (c < 128) {
        if ((CLASS[c] & 4) === 0) break;
        i++;
        continue;
      }
      const char = this.encoding === "latin1" ? { code: c, length: 1 } : utf8At(buf, i);
      if (char === void 0) return -1;
      if (!(i === start ? isNameStartChar(char.code) : isNameChar(char.code))) {
        if (i === start) return start;
        throw new XmlFault(this.base + i, `a character not allowed in a name (U+${char.code.toString(16).toUpperCase().padStart(4, "0")})`);
      }
      i += char.length;
    }
    if (i - start > NAME_CAP) throw new XmlFault(this.base + start, `a name longer than ${NAME_CAP} bytes`);
    return i >= len ? -1 : i;
  }
  nameAt(buf, start, end) {
    const candidates = NAMES_BY_LENGTH[end - start];
    if (candidates !== void 0) {
      next: for (const name of candidates) {
        for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) continue next;
        return name;
      }
    }
    return buf.toString(this.encoding, start, end);
  }
  openTag(buf, lt) {
    const nameEnd = this.nameEnd(buf, lt + 1);
    if (nameEnd === -1) return -1;
    if (nameEnd === lt + 1) throw new XmlFault(this.base + lt, `a < not followed by a name (write &lt; for a literal <)`);
    let i = nameEnd;
    let count = 0;
    const depth = this.stack.length + 1;
    const offsets = this.offsetLists[depth] ??= [];
    this.attributeWords = 0;
    let selfClosing = false;
    const len = buf.length;
    for (; ; ) {
      if (i >= len) return -1;
      let c = buf[i];
      const spaced = CLASS[c] === 1;
      while (CLASS[c] === 1) {
        if (++i >= len) return -1;
        c = buf[i];
      }
      if (c === GT) break;
      if (c === SLASH) {
        if (i + 1 >= len) return -1;
        if (buf[i + 1] !== GT) throw new XmlFault(this.base + i, "a / in a tag not followed by >");
        selfClosing = true;
        i++;
        break;
      }
      if (!spaced) throw new XmlFault(this.base + i, `expected white space, > or /> in the tag, found ${describe(c)}`);
      if (count === ATTRIBUTE_CAP) throw new XmlFault(this.base + lt, `an element with more than ${ATTRIBUTE_CAP} attributes`);
      i = this.attribute(buf, i, offsets);
      count++;
      if (i === -1) return -1;
    }
    const name = this.nameAt(buf, lt + 1, nameEnd);
    const stack = this.stack;
    if (stack.length === 0) {
      if (this.rootClosed) throw new XmlFault(this.base + lt, `a second root element <${name}>`);
      if (this.base + lt > PROLOG_CAP) throw new XmlFault(this.base + lt, "more than 1 MiB before the root element (an oversized DOCTYPE?)");
      this.sawRoot = true;
    }
    this.started = true;
    if (stack.length >= MAX_DEPTH) throw new XmlFault(this.base + lt, `elements are nested deeper than ${MAX_DEPTH} levels`);
    stack.push(name);
    this.tagMemory.push(buf.buffer);
    this.tagStart = this.base + lt;
    let tag = this.tags[depth];
    if (tag === void 0) this.tags[depth] = tag = new Tag();
    tag.reset(name, buf, offsets, this.attributeWords, this.encoding);
    this.visitor.open(tag, stack.length);
    if (selfClosing) this.closed(name);
    return i + 1;
  }
  /**
   * An attribute at `start`: name, optional white space, =, optional white space, quoted value; returns the offset
   * after the closing quote, -1 when the chunk ends first. (Apart from {@link openTag}, so that it is optimized early.)
   */
  attribute(buf, start, offsets) {
    const nameEnd = this.nameEnd(buf, start);
    if (nameEnd === -1) return -1;
    if (nameEnd === start) throw new XmlFault(this.base + start, `expected an attribute name, found ${describe(buf[start])}`);
    const len = buf.length;
    let i = nameEnd;
    while (i < len && CLASS[buf[i]] === 1) i++;
    if (i >= len) return -1;
    if (buf[i] !== EQUALS) throw new XmlFault(this.base + i, `expected = after the attribute name, found ${describe(buf[i])}`);
    i++;
    while (i < len && CLASS[buf[i]] === 1) i++;
    if (i >= len) return -1;
    const quote = buf[i];
    if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlFault(this.base + i, `an attribute value not in quotes`);
    let j = i + 1;
    for (; j < len; j++) {
      const b = buf[j];
      if (b > LT) {
        if (b === 239 && buf[j + 1] === 191 && buf[j + 2] >= 190 && this.encoding === "utf8") {
          throw new XmlFault(this.base + j, "a disallowed character (U+FFFE or U+FFFF) in an attribute value");
        }
        continue;
      }
      if (b === quote) break;
      if (b === LT) throw new XmlFault(this.base + j, "a < in an attribute value");
      if (b === AMP) {
        if (j + REFERENCE_CAP > len && buf.indexOf(SEMICOLON, j) === -1) return -1;
        j = this.reference(buf, j, len) - 1;
      } else if (b < 32 && CLASS[b] !== 1) {
        this.noteControl(this.base + j, b);
      }
    }
    if (j >= len) return -1;
    this.checkUnique(buf, start, nameEnd, offsets);
    const at = this.attributeWords;
    offsets[at] = start;
    offsets[at + 1] = nameEnd;
    offsets[at + 2] = i + 1;
    offsets[at + 3] = j;
    this.attributeWords = at + 4;
    return j + 1;
  }
  /** Refuses a repeated attribute name (XML does; a second `name=` could otherwise hide the first). */
  checkUnique(buf, start, end, offsets) {
    const count = this.attributeWords / 4;
    if (count === 0 && this.moreNames.size > 0) this.moreNames.clear();
    const length = end - start;
    for (let k = 0; k < Math.min(count, PAIRWISE); k++) {
      const s = offsets[4 * k];
      if (offsets[4 * k + 1] - s !== length) continue;
      let same = true;
      for (let m = 0; m < length && same; m++) same = buf[s + m] === buf[start + m];
      if (same) throw new XmlFault(this.base + start, `the attribute ${buf.toString(this.encoding, start, end)} is repeated`);
    }
    if (count < PAIRWISE) return;
    const name = buf.toString(this.encoding, start, end);
    if (this.moreNames.has(name)) throw new XmlFault(this.base + start, `the attribute ${name} is repeated`);
    this.moreNames.add(name);
  }
  moreNames = /* @__PURE__ */ new Set();
  /**
   * Per depth, the Tag handed to the visitor and its attribute offsets, reused for the next element at that depth
   * (a tag is read only until its element closes): 50,000 test cases allocate no tag each.
   */
  tags = [];
  offsetLists = [];
  /** Entries of the current tag's offsets list in use (4 per attribute). */
  attributeWords = 0;
  closeTag(buf, lt) {
    const nameEnd = this.nameEnd(buf, lt + 2);
    if (nameEnd === -1) return -1;
    if (nameEnd === lt + 2) throw new XmlFault(this.base + lt, "a closing tag without a name");
    let i = nameEnd;
    while (i < buf.length && CLASS[buf[i]] === 1) i++;
    if (i >= buf.length) return -1;
    if (buf[i] !== GT) throw new XmlFault(this.base + i, `expected > to end the closing tag, found ${describe(buf[i])}`);
    const name = this.nameAt(buf, lt + 2, nameEnd);
    const open2 = this.stack.at(-1);
    if (open2 === void 0) throw new XmlFault(this.base + lt, `a closing tag </${name}> with no open element`);
    if (open2 !== name) throw new XmlFault(this.base + lt, `the closing tag </${name}> does not match the open <${open2}>`);
    this.tagStart = this.base + lt;
    this.closed(name);
    return i + 1;
  }
  closed(name) {
    const depth = this.stack.length;
    this.visitor.close(name, depth);
    this.stack.pop();
    this.tagMemory.pop();
    if (depth === 1) this.rootClosed = true;
  }
  /** `<!DOCTYPE …>`, skipped whole; refused when it declares entities or attribute defaults, or comes after the root. */
  doctype(buf, lt) {
    if (this.sawRoot) throw new XmlFault(this.base + lt, "a DOCTYPE after the root element");
    if (this.sawDoctype) throw new XmlFault(this.base + lt, "a second DOCTYPE");
    let quote = 0;
    let brackets = 0;
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf[i];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === 91) brackets++;
      else if (c === 93) brackets--;
      else if (c === LT && brackets > 0 && (startsWith(buf, i, "<!--") || startsWith(buf, i, "<?"))) {
        const comment = buf[i + 1] === BANG;
        const end = buf.indexOf(comment ? "-->" : "?>", i + 2, "latin1");
        if (end === -1) break;
        i = end + (comment ? 2 : 1);
      } else if (c === LT && startsWith(buf, i, "<!ENTITY")) {
        throw new XmlFault(this.base + i, "the DOCTYPE declares entities; entity declarations are refused (entity expansion attack?)");
      } else if (c === LT && startsWith(buf, i, "<!ATTLIST")) {
        throw new XmlFault(this.base + i, "the DOCTYPE declares attribute defaults (<!ATTLIST>), which this reader does not apply; refused");
      } else if (c === GT && brackets <= 0) {
        this.sawDoctype = true;
        return i + 1;
      }
    }
    if (buf.length - lt > PROLOG_CAP) throw new XmlFault(this.base + lt, "more than 1 MiB before the root element (an oversized DOCTYPE?)");
    return -1;
  }
};
var Tag = class {
  name = "";
  buf = EMPTY;
  /** Per attribute, as the reader found and checked it: name start and end, value start and end. */
  offsets = NO_ATTRIBUTES;
  /** Entries of `offsets` that are this tag's (4 per attribute; the list is longer when an earlier tag had more). */
  words = 0;
  encoding = "utf8";
  reset(name, buf, offsets, words, encoding) {
    this.name = name;
    this.buf = buf;
    this.offsets = offsets;
    this.words = words;
    this.encoding = encoding;
  }
  attr(wanted) {
    const k = this.find(wanted);
    return k === -1 ? void 0 : decodeValue(this.buf.toString(this.encoding, this.offsets[k + 2], this.offsets[k + 3]));
  }
  number(wanted) {
    const k = this.find(wanted);
    if (k === -1) return void 0;
    const buf = this.buf;
    const start = this.offsets[k + 2];
    const end = this.offsets[k + 3];
    let i = start;
    const negative = buf[i] === 45;
    if (negative) i++;
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (; i < end; i++) {
      const c = buf[i];
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (c === 46 && decimals < 0) decimals = 0;
      else break;
    }
    if (i === end && digits > 0 && digits <= 15 && decimals <= 22) {
      const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
      return negative ? -value : value;
    }
    return Number(decodeValue(buf.toString(this.encoding, start, end)));
  }
  copyAttr(wanted, out, at) {
    const k = this.find(wanted);
    if (k === -1) return -1;
    const buf = this.buf;
    const start = this.offsets[k + 2];
    const end = this.offsets[k + 3];
    if (this.encoding !== "utf8" || at + end - start > out.length) return -2;
    let o = at;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c === 38 || c === 9 || c === 10 || c === 13) return -2;
      out[o++] = c;
    }
    return o;
  }
  attrsOf(wanted) {
    const offsets = this.offsets;
    const { names, lengths } = wanted;
    let found;
    for (let k = 0; k < this.words; k += 4) {
      const length = offsets[k + 1] - offsets[k];
      for (let n = 0; n < names.length; n++) {
        if (lengths[n] !== length || !sameName(this.buf, offsets[k], offsets[k + 1], names[n])) continue;
        (found ??= []).push([names[n], decodeValue(this.buf.toString(this.encoding, offsets[k + 2], offsets[k + 3]))]);
        break;
      }
    }
    return found;
  }
  /** Index in `offsets` of the wanted attribute, or -1. */
  find(wanted) {
    const offsets = this.offsets;
    const length = wanted.length;
    const ascii = isAscii(wanted);
    for (let k = 0; k < this.words; k += 4) {
      if (ascii && offsets[k + 1] - offsets[k] !== length) continue;
      if (sameName(this.buf, offsets[k], offsets[k + 1], wanted)) return k;
    }
    return -1;
  }
};
var NO_ATTRIBUTES = [];
var EMPTY = Buffer.alloc(0);
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
function isAscii(name) {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return false;
  return true;
}
function sameName(buf, start, end, name) {
  if (end - start !== name.length) {
    return end - start > name.length && buf.toString("utf8", start, end) === name;
  }
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return name.charCodeAt(i) > 127 && buf.toString("utf8", start, end) === name;
  return true;
}
function decodeValue(raw) {
  let value = raw;
  if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, " ");
  return value.includes("&") ? decodeReferences(value) : value;
}
function decodeReferences(text) {
  return text.replace(
    /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g,
    (_, body) => body[0] === "#" ? String.fromCodePoint(body[1] === "x" ? parseInt(body.slice(2), 16) : Number(body.slice(1))) : PREDEFINED[body]
  );
}
function utf8At(buf, i) {
  const b = buf[i];
  const length = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
  if (i + length > buf.length) return void 0;
  if (length === 1) return { code: 65533, length };
  let code = b & 255 >> length + 1;
  for (let k = 1; k < length; k++) {
    const c = buf[i + k];
    if ((c & 192) !== 128) return { code: 65533, length: k };
    code = code << 6 | c & 63;
  }
  return { code, length };
}
function isNameStartChar(code) {
  return code >= 192 && code <= 214 || code >= 216 && code <= 246 || code >= 248 && code <= 767 || code >= 880 && code <= 893 || code >= 895 && code <= 8191 || code === 8204 || code === 8205 || code >= 8304 && code <= 8591 || code >= 11264 && code <= 12271 || code >= 12289 && code <= 55295 || code >= 63744 && code <= 64975 || code >= 65008 && code <= 65533 || code >= 65536 && code <= 983039;
}
function isNameChar(code) {
  return isNameStartChar(code) || code === 183 || code >= 768 && code <= 879 || code === 8255 || code === 8256;
}
function isXmlChar(code) {
  return code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
}
function headComplete(head) {
  if (head.length < 4) return false;
  const bom = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  const rest = head.length - bom;
  if (rest < 5) return !"<?xml".startsWith(head.toString("latin1", bom));
  if (!startsWith(head, bom, "<?xml")) return true;
  return head.indexOf("?>", bom, "latin1") !== -1 || head.length >= HEAD_CAP;
}
function startsWith(buf, at, text) {
  for (let i = 0; i < text.length; i++) if (buf[at + i] !== text.charCodeAt(i)) return false;
  return true;
}
function describe(c) {
  return c === void 0 ? "the end" : c >= 32 && c < 127 ? JSON.stringify(String.fromCharCode(c)) : `byte 0x${c.toString(16).padStart(2, "0")}`;
}
async function locateInFile(path2, offset, encoding) {
  let line = 1;
  let column = 1;
  if (offset > 0) {
    for await (const chunk of createReadStream(path2, { end: offset - 1, highWaterMark: 256 * 1024 })) {
      let last = -1;
      for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
        line++;
        last = i;
      }
      column = (last === -1 ? column : 1) + units(chunk, last + 1, chunk.length, encoding);
    }
  }
  return `line ${line} column ${column}`;
}
function units(buf, from, to, encoding) {
  if (encoding === "latin1") return Math.max(0, to - from);
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i];
    if ((b & 192) !== 128) n += b >= 240 ? 2 : 1;
  }
  return n;
}

// src/reports/coverage-lines.ts
var DENSE_LIMIT = 1 << 20;
var LineSet = class {
  dense = new Uint8Array(256);
  sparse;
  add(line, hit) {
    const state = hit ? 2 : 1;
    if (line >= DENSE_LIMIT) {
      this.sparse ??= /* @__PURE__ */ new Map();
      this.sparse.set(line, hit || (this.sparse.get(line) ?? false));
      return;
    }
    if (line >= this.dense.length) {
      let size = this.dense.length;
      while (size <= line) size *= 2;
      const grown = new Uint8Array(Math.min(size, DENSE_LIMIT));
      grown.set(this.dense);
      this.dense = grown;
    }
    if (this.dense[line] < state) this.dense[line] = state;
  }
  /** Lines listed and lines hit. */
  counts() {
    let total = 0;
    let covered = 0;
    for (const state of this.dense) {
      if (state !== 0) total++;
      if (state === 2) covered++;
    }
    for (const hit of this.sparse?.values() ?? []) {
      total++;
      if (hit) covered++;
    }
    return { total, covered };
  }
};
function percentOf(covered, total) {
  return total > 0 ? 100 * covered / total : 100;
}
function istanbulPercent(covered, total) {
  if (total <= 0) return 100;
  const tmp = 1e3 * 100 * covered / total;
  return Math.floor(tmp / 10) / 100;
}
function reportFromFiles(format, files, display) {
  let covered = 0;
  let total = 0;
  let branchesCovered = 0;
  let branchesTotal = 0;
  let sawBranches = false;
  for (const f of files) {
    covered += f.lines_covered;
    total += f.lines_total;
    if (f.branches_total !== void 0) {
      sawBranches = true;
      branchesTotal += f.branches_total;
      branchesCovered += f.branches_covered ?? 0;
    }
  }
  const report = { format, lines_covered: covered, lines_total: total, percent: percentOf(covered, total), files };
  if (display) report.display_percent = display(covered, total);
  if (sawBranches) {
    report.branches_covered = branchesCovered;
    report.branches_total = branchesTotal;
  }
  return report;
}

// src/reports/paths.ts
import path from "node:path";
function toSlashes(p) {
  return p.includes("\\") ? p.replace(/\\/g, "/") : p;
}
function isAbsolute2(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function normalize(p) {
  const drive = /^[A-Za-z]:\//.test(p) ? p.slice(0, 2).toUpperCase() : "";
  const rest = drive ? p.slice(2) : p;
  const normalized = path.posix.normalize(rest);
  return drive + (normalized === "." ? "" : normalized);
}
function toWorkspacePath(file, workspace, base) {
  const given = toSlashes(file);
  if (given === "") return given;
  const ws = toSlashes(workspace);
  const root = normalize(isAbsolute2(ws) ? ws : toSlashes(path.resolve(workspace)));
  const prefix = root.endsWith("/") ? root : `${root}/`;
  let full;
  if (isAbsolute2(given)) {
    full = normalize(given);
  } else if (base === void 0 || base === "") {
    full = normalize(`${prefix}${given}`);
  } else {
    const from = toSlashes(base);
    full = normalize(isAbsolute2(from) ? `${from}/${given}` : `${prefix}${from}/${given}`);
  }
  if (full.startsWith(prefix) && full.length > prefix.length) return full.slice(prefix.length);
  return base === void 0 || base === "" || isAbsolute2(given) ? given : full;
}

// src/reports/coverage-cobertura.ts
async function walkCobertura(input, file, visitor) {
  const sources = [];
  await streamXml(input, file, "cobertura", (xml) => {
    let classDepth = 0;
    let current;
    let inClassLines = false;
    let sourceDepth = 0;
    let sourceText = "";
    return {
      open(tag, depth) {
        const name = tag.name;
        if (depth === 1) {
          if (name !== "coverage") throw xml.error(`the root element is <${name}>, expected <coverage>`);
          if (tag.attr("clover") !== void 0) throw xml.error("this is Clover XML, not Cobertura");
          visitor.root?.(tag);
          return;
        }
        if (name === "source" && depth === 3) {
          sourceDepth = depth;
          sourceText = "";
          xml.captureText(true);
        } else if (name === "class" && classDepth === 0) {
          const filename = tag.attr("filename");
          if (filename === void 0 || filename === "") throw xml.error("a <class> without a filename attribute");
          classDepth = depth;
          current = visitor.klass(filename, sources);
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === "lines") {
          inClassLines = true;
        } else if (inClassLines && depth === classDepth + 2 && name === "line") {
          const number = tag.attr("number") ?? "";
          const hits = tag.attr("hits") ?? "";
          if (!/^\d+$/.test(number)) throw xml.error(`a <line> with number="${number.slice(0, 40)}"`);
          const count = Number(hits);
          if (hits === "" || !Number.isFinite(count)) throw xml.error(`a <line> with hits="${hits.slice(0, 40)}"`);
          if (current !== void 0) visitor.line(current, Number(number), count, tag);
        }
      },
      text(chunk) {
        if (sourceText.length < 64 * 1024) sourceText += chunk;
      },
      close(name, depth) {
        if (depth === sourceDepth) {
          sourceDepth = 0;
          xml.captureText(false);
          sources.push(sourceText.trim());
        } else if (depth === classDepth) {
          classDepth = 0;
          current = void 0;
          inClassLines = false;
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === "lines") {
          inClassLines = false;
        }
      }
    };
  });
  return sources;
}
async function parseCobertura(input, opts) {
  const byFile = /* @__PURE__ */ new Map();
  const stated = {};
  const head = await headOf(input);
  await walkCobertura(input, opts.file, {
    root(tag) {
      for (const name of ["lines-valid", "lines-covered", "branches-valid", "branches-covered"]) {
        const value = tag.attr(name);
        if (value !== void 0 && /^\d+$/.test(value)) stated[name] = Number(value);
      }
    },
    klass(filename, known) {
      const path2 = toWorkspacePath(filename, opts.workspace, known[0]);
      let lines = byFile.get(path2);
      if (!lines) {
        lines = { lines: new LineSet() };
        byFile.set(path2, lines);
      }
      return lines;
    },
    line(current, line, hits, tag) {
      current.lines.add(line, hits > 0);
      const condition = /\((\d+)\/(\d+)\)/.exec(tag.attr("condition-coverage") ?? "");
      if (condition) {
        const branches = current.branches ??= /* @__PURE__ */ new Map();
        const seen = branches.get(line);
        const next = [Number(condition[1]), Number(condition[2])];
        if (!seen || next[1] > seen[1] || next[1] === seen[1] && next[0] > seen[0]) branches.set(line, next);
      }
    }
  });
  const files = [];
  for (const [path2, { lines, branches }] of byFile) {
    const { total, covered } = lines.counts();
    const file = {
      file: path2,
      lines_covered: covered,
      lines_total: total
    };
    if (branches) {
      let branchesCovered2 = 0;
      let branchesTotal = 0;
      for (const [c, t] of branches.values()) {
        branchesCovered2 += c;
        branchesTotal += t;
      }
      file.branches_covered = branchesCovered2;
      file.branches_total = branchesTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("cobertura", files);
  if (head !== void 0 && /<!--\s*Generated by coverage\.py\b/.test(head)) report.producer = "coverage.py";
  const warnings = [];
  const linesValid = stated["lines-valid"];
  const linesCovered = stated["lines-covered"];
  if (linesValid !== void 0 && linesValid !== report.lines_total || linesCovered !== void 0 && linesCovered !== report.lines_covered) {
    warnings.push(
      `${opts.file} <coverage>: says lines-covered="${linesCovered ?? ""}" lines-valid="${linesValid ?? ""}" but its <line> elements give ${report.lines_covered} of ${report.lines_total}; counted from the <line> elements`
    );
  }
  const branchesValid = stated["branches-valid"];
  const branchesCovered = stated["branches-covered"];
  const branchTotal = report.branches_total ?? 0;
  const branchCovered = report.branches_covered ?? 0;
  if (branchesValid !== void 0 && branchesValid !== branchTotal || branchesCovered !== void 0 && branchesCovered !== branchCovered) {
    warnings.push(
      `${opts.file} <coverage>: says branches-covered="${branchesCovered ?? ""}" branches-valid="${branchesValid ?? ""}" but its <line> elements give ${branchCovered} of ${branchTotal}; counted from the <line> elements`
    );
  }
  if (warnings.length > 0) report.warnings = warnings;
  if (report.branches_total !== void 0) {
    for (const f of files) {
      f.branches_covered ??= 0;
      f.branches_total ??= 0;
    }
  }
  return report;
}
async function headOf(input) {
  if (typeof input === "string") return input.slice(0, 2048);
  if (Buffer.isBuffer(input)) return input.subarray(0, 2048).toString("latin1");
  if (typeof input === "object" && input !== null && "path" in input) {
    const info = await stat2(input.path).catch(() => void 0);
    if (!info?.isFile()) return void 0;
    const handle = await open(input.path, "r");
    try {
      const buffer = Buffer.alloc(2048);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString("latin1");
    } finally {
      await handle.close();
    }
  }
  return void 0;
}

// src/reports/coverage-json.ts
var MAX_JSON_BYTES = 500 * 1024 * 1024;
var JsonCheck = class {
  constructor(file, format) {
    this.file = file;
    this.format = format;
  }
  file;
  format;
  fail(path2, detail) {
    throw new ReportError(this.file, this.format, path2, detail);
  }
  object(value, path2) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) this.fail(path2, `expected an object, found ${kind(value)}`);
    return value;
  }
  count(value, path2) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(path2, `expected a whole number, found ${kind(value)}`);
    }
    return value;
  }
};
function kind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "object" ? "an object" : typeof value;
}
function member(path2, key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path2}.${key}` : `${path2}[${JSON.stringify(key)}]`;
}
async function readJson(path2, file, format) {
  const handle = await openRegularFile(path2);
  let text;
  try {
    const { size } = await handle.stat();
    if (size > MAX_JSON_BYTES) throw new ReportError(file, format, "file size", `${size} bytes is more than a JSON report may have`);
    text = await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
  return parseJson(text, file, format);
}
function parseJson(text, file, format) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error.message;
    const at = /position (\d+)/.exec(message);
    let where = "end of file";
    if (at) {
      const offset = Number(at[1]);
      const before = body.slice(0, offset);
      const line = before.split("\n").length;
      where = `line ${line} column ${offset - before.lastIndexOf("\n")}`;
    }
    throw new ReportError(file, format, where, `invalid JSON: ${message.replace(/, "[^]*" is not valid JSON$/, "")}`);
  }
}
function coveragePyReport(data, opts) {
  const check = new JsonCheck(opts.file, "coverage.py-json");
  const root = check.object(data, "$");
  const totals = check.object(root.totals, "$.totals");
  const filesObject = check.object(root.files, "$.files");
  const statedCovered = check.count(totals.covered_lines, "$.totals.covered_lines");
  const statedTotal = check.count(totals.num_statements, "$.totals.num_statements");
  const warnings = [];
  const contradiction = (path2, detail) => {
    if (warnings.length < 20) warnings.push(`${opts.file} ${path2}: ${detail}; counted from the line lists`);
  };
  const files = [];
  for (const [name, entry] of Object.entries(filesObject)) {
    const path2 = member("$.files", name);
    const object = check.object(entry, path2);
    const summary = check.object(object.summary, `${path2}.summary`);
    const statements = check.count(summary.num_statements, `${path2}.summary.num_statements`);
    const stated = check.count(summary.covered_lines, `${path2}.summary.covered_lines`);
    const lines = fromLists(check, object, path2, ["executed_lines", "missing_lines"], statements, "num_statements", stated, "covered_lines", contradiction);
    const file = { file: toWorkspacePath(name, opts.workspace), lines_covered: lines.covered, lines_total: lines.total };
    if (summary.num_branches !== void 0) {
      const branchTotal = check.count(summary.num_branches, `${path2}.summary.num_branches`);
      const branchCovered = check.count(summary.covered_branches, `${path2}.summary.covered_branches`);
      const branches = fromLists(check, object, path2, ["executed_branches", "missing_branches"], branchTotal, "num_branches", branchCovered, "covered_branches", contradiction);
      file.branches_total = branches.total;
      file.branches_covered = branches.covered;
    }
    files.push(file);
  }
  const report = reportFromFiles("coverage.py-json", files);
  report.producer = "coverage.py";
  if (report.lines_covered !== statedCovered || report.lines_total !== statedTotal) {
    contradiction("$.totals", `says ${statedCovered} of ${statedTotal} statements covered, its files ${report.lines_covered} of ${report.lines_total}`);
  }
  if (typeof totals.percent_covered_display === "string") {
    report.display_percent = totals.percent_covered_display;
    report.precision = /\.(\d+)$/.exec(totals.percent_covered_display)?.[1].length ?? 0;
  }
  if (totals.num_branches !== void 0) {
    const total = check.count(totals.num_branches, "$.totals.num_branches");
    const covered = check.count(totals.covered_branches, "$.totals.covered_branches");
    if (report.branches_total === void 0) {
      report.branches_total = 0;
      report.branches_covered = 0;
    }
    if (covered !== report.branches_covered || total !== report.branches_total) {
      contradiction("$.totals", `says ${covered} of ${total} branches covered, its files ${report.branches_covered} of ${report.branches_total}`);
    }
  }
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}
function fromLists(check, entry, path2, [executedKey, missingKey], statedTotal, totalKey, statedCovered, coveredKey, contradiction) {
  if (entry[executedKey] === void 0 && entry[missingKey] === void 0) {
    if (statedCovered > statedTotal) {
      check.fail(`${path2}.summary`, `says ${coveredKey} ${statedCovered} of ${totalKey} ${statedTotal}, and the file has no ${executedKey}/${missingKey} lists to count from`);
    }
    return { covered: statedCovered, total: statedTotal };
  }
  const executed = distinct(check, entry[executedKey], `${path2}.${executedKey}`);
  const missing = distinct(check, entry[missingKey], `${path2}.${missingKey}`);
  for (const key of missing) executed.delete(key);
  const listed = executed.size + missing.size;
  const counted = reconcileLines(listed, executed.size, statedTotal);
  if (statedTotal > listed || statedCovered !== counted.covered) {
    contradiction(
      `${path2}.summary`,
      `says ${statedCovered} of ${statedTotal} (${coveredKey} of ${totalKey}) but ${path2}.${missingKey} lists ${missing.size} and ${executedKey} ${executed.size}`
    );
  }
  return counted;
}
function distinct(check, value, path2) {
  const keys = /* @__PURE__ */ new Set();
  if (value === void 0) return keys;
  if (!Array.isArray(value)) check.fail(path2, `expected an array, found ${kind(value)}`);
  value.forEach((item, i) => {
    if (typeof item === "number" && Number.isInteger(item)) keys.add(item);
    else if (Array.isArray(item) && item.length === 2 && item.every((n) => typeof n === "number" && Number.isInteger(n))) keys.add(`${item[0]},${item[1]}`);
    else check.fail(`${path2}[${i}]`, `expected a line number or a [from, to] pair, found ${kind(item)}`);
  });
  return keys;
}
function istanbulSummaryReport(data, opts) {
  const check = new JsonCheck(opts.file, "istanbul-summary");
  const root = check.object(data, "$");
  const totalEntry = check.object(root.total, "$.total");
  const totalLines = check.object(totalEntry.lines, "$.total.lines");
  const covered = check.count(totalLines.covered, "$.total.lines.covered");
  const total = check.count(totalLines.total, "$.total.lines.total");
  const files = [];
  for (const [name, entry] of Object.entries(root)) {
    if (name === "total") continue;
    const path2 = member("$", name);
    const metrics = check.object(entry, path2);
    const lines = check.object(metrics.lines, `${path2}.lines`);
    const fileTotal = check.count(lines.total, `${path2}.lines.total`);
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: Math.min(check.count(lines.covered, `${path2}.lines.covered`), fileTotal),
      lines_total: fileTotal
    };
    if (metrics.branches !== void 0) {
      const branches = check.object(metrics.branches, `${path2}.branches`);
      const branchTotal = check.count(branches.total, `${path2}.branches.total`);
      file.branches_covered = Math.min(check.count(branches.covered, `${path2}.branches.covered`), branchTotal);
      file.branches_total = branchTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("istanbul-summary", files);
  report.producer = "istanbul";
  report.display_percent = String(typeof totalLines.pct === "number" ? totalLines.pct : istanbulPercent(covered, total));
  const warnings = [];
  if (covered !== report.lines_covered || total !== report.lines_total) {
    warnings.push(`${opts.file} $.total.lines: says ${covered} of ${total} lines covered, its files ${report.lines_covered} of ${report.lines_total}; counted from the files`);
  }
  if (totalEntry.branches !== void 0) {
    const branches = check.object(totalEntry.branches, "$.total.branches");
    const bCovered = check.count(branches.covered, "$.total.branches.covered");
    const bTotal = check.count(branches.total, "$.total.branches.total");
    if (report.branches_total === void 0) {
      report.branches_total = 0;
      report.branches_covered = 0;
    }
    if (bCovered !== report.branches_covered || bTotal !== report.branches_total) {
      warnings.push(`${opts.file} $.total.branches: says ${bCovered} of ${bTotal} branches covered, its files ${report.branches_covered} of ${report.branches_total}; counted from the files`);
    }
  }
  if (files.length === 0 && total > 0) {
    report.lines_covered = Math.min(covered, total);
    report.lines_total = total;
    report.percent = percentOf(report.lines_covered, total);
    warnings.length = 0;
    warnings.push(`${opts.file}: a json-summary without any file entry; its total is all there is to judge`);
  }
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}
function istanbulFinalReport(data, opts) {
  const check = new JsonCheck(opts.file, "istanbul-final");
  const root = check.object(data, "$");
  const files = [];
  for (const [name, entry] of Object.entries(root)) {
    let path2 = member("$", name);
    let coverage = check.object(entry, path2);
    if (coverage.data !== void 0 && coverage.statementMap === void 0) {
      path2 = `${path2}.data`;
      coverage = check.object(coverage.data, path2);
    }
    const statementMap = check.object(coverage.statementMap, `${path2}.statementMap`);
    const statements = check.object(coverage.s, `${path2}.s`);
    const lineHits = /* @__PURE__ */ new Map();
    for (const [id, hits] of Object.entries(statements)) {
      const location = statementMap[id];
      if (location === void 0) continue;
      const statementPath = `${path2}.statementMap${JSON.stringify([id])}`;
      const start = check.object(check.object(location, statementPath).start, `${statementPath}.start`);
      const line = check.count(start.line, `${statementPath}.start.line`);
      if (typeof hits !== "number") check.fail(`${path2}.s${JSON.stringify([id])}`, `expected a number, found ${kind(hits)}`);
      lineHits.set(line, (lineHits.get(line) ?? false) || hits > 0);
    }
    let covered = 0;
    for (const hit of lineHits.values()) if (hit) covered++;
    const file = {
      file: toWorkspacePath(typeof coverage.path === "string" ? coverage.path : name, opts.workspace),
      lines_covered: covered,
      lines_total: lineHits.size
    };
    if (coverage.b !== void 0) {
      const branchCounts = check.object(coverage.b, `${path2}.b`);
      let branchesCovered = 0;
      let branchesTotal = 0;
      for (const [id, counts] of Object.entries(branchCounts)) {
        if (!Array.isArray(counts)) check.fail(`${path2}.b${JSON.stringify([id])}`, `expected an array, found ${kind(counts)}`);
        branchesTotal += counts.length;
        for (const hits of counts) if (typeof hits === "number" && hits > 0) branchesCovered++;
      }
      file.branches_covered = branchesCovered;
      file.branches_total = branchesTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("istanbul-final", files, (c, t) => String(istanbulPercent(c, t)));
  report.producer = "istanbul";
  return report;
}
async function parseJsonCoverageFile(path2, format, opts) {
  const file = opts.file ?? path2;
  const data = await readJson(path2, file, format);
  const options = { file, workspace: opts.workspace };
  if (format === "coverage.py-json") return coveragePyReport(data, options);
  if (format === "istanbul-summary") return istanbulSummaryReport(data, options);
  return istanbulFinalReport(data, options);
}

// src/reports/line-coverage.ts
var MAX_LINE = 64 * 1024;
async function readLineHits(path2, opts) {
  const result = /* @__PURE__ */ new Map();
  if (opts.files.size === 0) return result;
  switch (opts.format) {
    case "lcov":
      await lcovHits(reusedChunks(path2), path2, opts, result);
      break;
    case "cobertura":
      await coberturaHits({ path: path2 }, path2, opts, result);
      break;
    case "coverage.py-json":
      coveragePyHits(await readJson(path2, path2, "coverage.py-json"), path2, opts, result);
      break;
    case "istanbul-final":
      istanbulFinalHits(await readJson(path2, path2, "istanbul-final"), path2, opts, result);
      break;
    default:
      throw new ReportError(path2, String(opts.format), "format", "no per-line data in this format; use lcov, cobertura, coverage.py-json or istanbul-final");
  }
  return result;
}
function linesOf(result, file) {
  let lines = result.get(file);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    result.set(file, lines);
  }
  return lines;
}
async function lcovHits(input, file, opts, result) {
  let current;
  let lineNo = 0;
  const fail = (detail) => {
    throw new ReportError(file, "lcov", `line ${lineNo}`, detail);
  };
  const handle = (text) => {
    lineNo++;
    const raw = lineNo === 1 && text.startsWith("\uFEFF") ? text.slice(1) : text;
    if (raw.startsWith("SF:")) {
      const name = toWorkspacePath(raw.slice(3).replace(/\r$/, ""), opts.workspace);
      current = opts.files.has(name) ? linesOf(result, name) : void 0;
    } else if (raw.startsWith("end_of_record")) {
      current = void 0;
    } else if (current && raw.startsWith("DA:")) {
      const match = /^DA:(\d+),(\d+(?:\.\d+)?)(?:,|\r?$)/.exec(raw);
      if (!match) fail(`"${raw.slice(0, 60)}" is not DA:<line>,<hits>`);
      const [, lineText, hitsText] = match;
      const line = Number(lineText);
      current.set(line, (current.get(line) ?? 0) + Number(hitsText));
    }
  };
  const decoder = new StringDecoder2("utf8");
  let rest = "";
  const feed = (text) => {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      handle(rest === "" ? text.slice(start, nl) : rest + text.slice(start, nl));
      rest = "";
      start = nl + 1;
    }
    rest += text.slice(start);
    if (rest.length > MAX_LINE) {
      lineNo++;
      fail(`a line longer than ${MAX_LINE} characters`);
    }
  };
  for await (const chunk of input) feed(decoder.write(chunk));
  feed(decoder.end());
  if (rest !== "") handle(rest);
}
async function coberturaHits(input, file, opts, result) {
  await walkCobertura(input, file, {
    // The requested file a Cobertura filename stands for: relative names are tried against each <source>.
    klass(filename, sources) {
      const candidates = sources.map((source) => toWorkspacePath(filename, opts.workspace, source));
      candidates.push(toWorkspacePath(filename, opts.workspace));
      const wanted = candidates.find((c) => opts.files.has(c));
      return wanted === void 0 ? void 0 : linesOf(result, wanted);
    },
    line(current, line, hits) {
      current.set(line, Math.max(current.get(line) ?? 0, hits));
    }
  });
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function lineNumbers(value, file, format, where) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n > 0)) {
    throw new ReportError(file, format, where, "expected an array of line numbers");
  }
  return value;
}
function coveragePyHits(data, file, opts, result) {
  if (!isObject(data) || !isObject(data.files)) throw new ReportError(file, "coverage.py-json", "$.files", "expected an object");
  for (const [name, entry] of Object.entries(data.files)) {
    const wanted = toWorkspacePath(name, opts.workspace);
    if (!opts.files.has(wanted)) continue;
    const where = `$.files[${JSON.stringify(name)}]`;
    if (!isObject(entry)) throw new ReportError(file, "coverage.py-json", where, "expected an object");
    const lines = linesOf(result, wanted);
    for (const n of lineNumbers(entry.missing_lines, file, "coverage.py-json", `${where}.missing_lines`)) lines.set(n, lines.get(n) ?? 0);
    for (const n of lineNumbers(entry.executed_lines, file, "coverage.py-json", `${where}.executed_lines`)) lines.set(n, 1);
  }
}
function istanbulFinalHits(data, file, opts, result) {
  if (!isObject(data)) throw new ReportError(file, "istanbul-final", "$", "expected an object");
  for (const [name, entry] of Object.entries(data)) {
    let where = `$[${JSON.stringify(name)}]`;
    if (!isObject(entry)) throw new ReportError(file, "istanbul-final", where, "expected an object");
    let coverage = entry;
    if (isObject(coverage.data) && coverage.statementMap === void 0) {
      coverage = coverage.data;
      where = `${where}.data`;
    }
    const wanted = toWorkspacePath(typeof coverage.path === "string" ? coverage.path : name, opts.workspace);
    if (!opts.files.has(wanted)) continue;
    const statementMap = coverage.statementMap;
    const statements = coverage.s;
    if (!isObject(statementMap) || !isObject(statements)) {
      throw new ReportError(file, "istanbul-final", where, "expected statementMap and s objects");
    }
    const lines = linesOf(result, wanted);
    for (const [id, hits] of Object.entries(statements)) {
      if (!Object.hasOwn(statementMap, id)) continue;
      const location = statementMap[id];
      const start = isObject(location) ? location.start : void 0;
      const line = isObject(start) ? start.line : void 0;
      if (typeof line !== "number" || !Number.isInteger(line) || line < 1 || typeof hits !== "number") {
        throw new ReportError(file, "istanbul-final", `${where}.statementMap[${JSON.stringify(id)}]`, "expected a start line and a hit count");
      }
      const seen = lines.get(line);
      if (seen === void 0 || seen < hits) lines.set(line, hits);
    }
  }
}

// src/engine/changed.ts
function onChangedLines(report, changed) {
  const findings = filterFindingsToChanged(report.findings, changed);
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const vulnerabilities = report.vulnerabilities && { critical: 0, high: 0, medium: 0, low: 0 };
  if (vulnerabilities) {
    for (const f of findings) if (f.security_severity) vulnerabilities[f.security_severity]++;
  }
  return { ...report, findings, counts, ...vulnerabilities ? { vulnerabilities } : {} };
}
var LINE_FORMATS = {
  lcov: "lcov",
  cobertura: "cobertura",
  "coverage.py-json": "coverage.py-json",
  "istanbul-final": "istanbul-final"
};
async function patchCoverageOf(coveragePath, format, workspace, changed) {
  const lineFormat = LINE_FORMATS[format];
  if (!lineFormat) return { unavailable: `${format} has no per-line data; use lcov, Cobertura, coverage.py JSON or coverage-final.json` };
  const hits = await readLineHits(coveragePath, { workspace, format: lineFormat, files: new Set(changed.keys()) });
  return patchCoverage(changed, hits);
}

// src/engine/stages/templates.ts
import { isAbsolute as isAbsolute3, relative as relative2, resolve } from "node:path";
function commandFor(ctx, template, where, extra = {}) {
  if (!template || template.trim() === "") return void 0;
  return renderTemplate(template, { ...ctx.templateVars, ...extra }, where);
}
function textFor(ctx, template, where, extra = {}) {
  return renderTemplate(template, { ...ctx.templateVars, ...extra }, where, { quote: false });
}
function reportPathFor(ctx, template, where, extra = {}) {
  const rendered = renderTemplate(template, { ...ctx.templateVars, ...extra }, where, { quote: false });
  const path2 = resolve(ctx.host.workspace, rendered);
  const rel = relative2(ctx.host.workspace, path2);
  if (rel === "" || rel.startsWith("..") || isAbsolute3(rel)) {
    throw new ConfigurationError(`${where}: report path '${rendered}' is outside the workspace ${ctx.host.workspace}; reports must be written inside it`);
  }
  return path2;
}

// src/engine/stages/coverage-scope.ts
import { realpath as realpath2, stat as stat3 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
async function componentCoverageScope(ctx) {
  const workspace = ctx.host.workspace;
  const real = await realpath2(workspace).catch(() => workspace);
  const base = real !== resolve2(workspace) ? { realWorkspace: real } : {};
  const { list, fromSpec } = componentPaths(ctx, "source");
  const where = fromSpec ? "the spec's frontmatter paths.source" : "paths.source";
  const sources = [];
  for (const raw of list) {
    const normalized = normalizeRelative(raw);
    if ("error" in normalized) return { scope: base, note: `${where} "${raw}" ${normalized.error}: coverage is limited to the workspace only` };
    sources.push(matchPrefix(normalized.path));
  }
  const withTests = (scope) => {
    const tests = testPaths(ctx);
    return tests.length > 0 ? { ...scope, tests } : scope;
  };
  if (sources.length === 0 || sources.includes(".")) return { scope: withTests({ ...base, sources: ["."] }) };
  const existing = [];
  for (const source of sources) {
    if (await stat3(resolve2(workspace, source)).then(() => true, () => false)) existing.push(source);
  }
  if (existing.length === 0) {
    return {
      scope: base,
      note: `${where} (${sources.join(", ")}) does not exist in the workspace: coverage is limited to the workspace, not to the component's paths; set paths.source to where the component's code is`
    };
  }
  return { scope: withTests({ ...base, sources: existing }) };
}
function testPaths(ctx) {
  const out = [];
  for (const raw of componentPaths(ctx, "tests").list) {
    if (/[*?[\]{}]/.test(raw)) continue;
    const normalized = normalizeRelative(raw);
    if (!("error" in normalized)) out.push(matchPrefix(normalized.path));
  }
  return out;
}
function componentPaths(ctx, key) {
  const declared = ctx.spec?.frontmatter?.paths;
  const fromSpec = declared !== null && typeof declared === "object" && !Array.isArray(declared) ? declared[key] : void 0;
  const given = fromSpec !== void 0 && fromSpec !== null ? fromSpec : ctx.config.paths[key];
  return { list: (Array.isArray(given) ? given : [given]).filter((p) => typeof p === "string"), fromSpec: fromSpec !== void 0 && fromSpec !== null };
}

export {
  FLAKY_MESSAGES,
  ReportError,
  toWorkspacePath,
  AsciiNames,
  streamXml,
  LineSet,
  reportFromFiles,
  parseCobertura,
  parseJsonCoverageFile,
  classifyCommand,
  deployRetryDecision,
  ReportSnapshot,
  readFreshReport,
  require_dist,
  runStep,
  lastLines,
  outputGist,
  onChangedLines,
  patchCoverageOf,
  commandFor,
  textFor,
  reportPathFor,
  componentCoverageScope
};
