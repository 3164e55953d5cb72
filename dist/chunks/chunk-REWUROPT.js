import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  filterFindingsToChanged
} from "./chunk-UWJNR5OH.js";
import {
  renderTemplate
} from "./chunk-FHEQNACH.js";
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
    var ConsecutiveBreaker2 = class {
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
    exports.ConsecutiveBreaker = ConsecutiveBreaker2;
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
          return new Promise((resolve2) => Event2.once(event, resolve2));
        }
        if (signal.aborted) {
          return Promise.reject(new TaskCancelledError_1.TaskCancelledError());
        }
        const toDispose = [];
        return new Promise((resolve2, reject) => {
          const abortEvt = (0, exports.onAbort)(signal);
          toDispose.push(abortEvt);
          toDispose.push(abortEvt.event(() => {
            reject(new TaskCancelledError_1.TaskCancelledError());
          }));
          toDispose.push(Event2.once(event, (data) => {
            resolve2(data);
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
    var BrokenCircuitError2 = class extends Error {
      /**
       * Exception thrown from {@link CircuitBreakerPolicy.execute} when the
       * circuit breaker is open.
       */
      constructor(message = "Execution prevented because the circuit breaker is open") {
        super(message);
        this.isBrokenCircuitError = true;
      }
    };
    exports.BrokenCircuitError = BrokenCircuitError2;
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
      let resolve2;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve2 = res;
        reject = rej;
      });
      return { resolve: resolve2, reject, promise };
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
          const { resolve: resolve2, reject, promise } = (0, defer_1.defer)();
          this.queue.push({ signal, fn, resolve: resolve2, reject });
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
    var delay = (duration, unref) => new Promise((resolve2) => {
      const timer = setTimeout(resolve2, duration);
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
    exports.wrap = wrap2;
    exports.retry = retry2;
    exports.circuitBreaker = circuitBreaker2;
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
    function wrap2(...p) {
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
    function circuitBreaker2(policy, opts) {
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

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

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
  try {
    return { value: await read() };
  } catch (error) {
    return { problem: error.message };
  }
}

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
function circuitBreakerFrom(cfg) {
  return (0, import_cockatiel.circuitBreaker)(
    (0, import_cockatiel.handleWhenResult)((r) => !r.ok),
    { halfOpenAfter: cfg.recovery_timeout * 1e3, breaker: new import_cockatiel.ConsecutiveBreaker(cfg.failure_threshold) }
  );
}

// src/engine/steps.ts
var import_cockatiel2 = __toESM(require_dist(), 1);
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
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
  const policy = opts.breaker ? (0, import_cockatiel2.wrap)(retry2, opts.breaker) : retry2;
  let attempts = 0;
  let last;
  const onRetry = retry2.onRetry(
    ({ delay }) => host.info(`\u21BB ${opts.purpose}: retrying in ${(delay / 1e3).toFixed(1)} s (${last?.reason ?? "failed"})`)
  );
  try {
    const outcome = await policy.execute(async () => {
      attempts++;
      if (attempts > 1) stage.retries++;
      await opts.beforeAttempt?.();
      const log = await openLog(join(ctx.reportsDir, "..", "logs", `${opts.purpose}-${attempts}.log`), opts.command);
      const result = await host.runCommand(opts.command, {
        cwd: host.workspace,
        env: opts.env,
        timeoutMs: opts.timeoutSeconds * 1e3,
        signal: ctx.signal,
        onLine: (line) => {
          host.info(`[${opts.purpose}] ${line}`);
          log.write(line);
        }
      });
      await log.close(result);
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
      const verdict = last.ok ? "passed" : last.retryable ? "failed, may pass on a retry" : "failed";
      host.info(`${last.ok ? "\u2713" : "\u2717"} ${opts.purpose} (attempt ${attempts}, ${Math.round(result.durationMs)} ms): ${verdict} \u2014 ${last.reason}`);
      return last;
    }, ctx.signal);
    return { outcome, attempts, cancelled: ctx.signal.aborted };
  } catch (error) {
    if (error instanceof import_cockatiel2.BrokenCircuitError) {
      host.warning(`${opts.purpose}: circuit breaker open after repeated failures; not calling again (last: ${last?.reason ?? "failed"})`);
      return {
        outcome: { value: last?.value, ok: false, retryable: false, reason: `circuit breaker open (last failure: ${last?.reason ?? "unknown"})` },
        attempts,
        cancelled: false
      };
    }
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
      return new Promise((resolve2) => stream.end(resolve2));
    }
  };
}
function lastLines(text, count) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.slice(-count).join("\n");
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
import { createReadStream as createReadStream2 } from "node:fs";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";

// src/reports/types.ts
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

// src/reports/junit.ts
var import_saxes = __toESM(require_saxes(), 1);
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";

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

// src/reports/junit.ts
var MESSAGE_LIMIT = 500;
var RANK = { passed: 0, skipped: 1, failure: 2, error: 3 };
async function parseJUnit(input, opts) {
  const maxFailures = opts.maxFailures ?? 200;
  const totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  const failures = [];
  let truncated = false;
  let timeSum = 0;
  let sawTime = false;
  await streamXml(input, opts.file, "junit", (xml) => {
    const suites = [];
    let caseDepth = 0;
    let caseAttrs = {};
    let outcome = "passed";
    let message;
    let textDepth = 0;
    let text = "";
    return {
      open(tag, depth) {
        const name = tag.name;
        if (depth === 1 && name !== "testsuites" && name !== "testsuite") {
          throw xml.error(`the root element is <${name}>, expected <testsuites> or <testsuite>`);
        }
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") {
            const parent = suites.at(-1);
            suites.push({
              pytest: (parent?.pytest ?? false) || name === "testsuite" && tag.attributes.name === "pytest",
              file: tag.attributes.file ?? parent?.file
            });
          } else if (name === "testcase") {
            caseDepth = depth;
            caseAttrs = tag.attributes;
            outcome = "passed";
            message = void 0;
          }
          return;
        }
        if (depth !== caseDepth + 1) return;
        const kind2 = name === "failure" ? "failure" : name === "error" ? "error" : name === "skipped" ? "skipped" : void 0;
        if (kind2 === void 0 || RANK[kind2] <= RANK[outcome]) return;
        outcome = kind2;
        if (kind2 === "skipped") return;
        message = firstLine(tag.attributes.message ?? "");
        if (message === "" && failures.length < maxFailures) {
          textDepth = depth;
          text = "";
          xml.captureText(true);
        }
      },
      text(chunk) {
        if (text.length < 4 * MESSAGE_LIMIT) text += chunk.slice(0, 4 * MESSAGE_LIMIT);
        else xml.captureText(false);
      },
      close(name, depth) {
        if (depth === textDepth) {
          textDepth = 0;
          xml.captureText(false);
          message = firstLine(text);
          text = "";
        }
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") suites.pop();
          return;
        }
        if (depth !== caseDepth) return;
        caseDepth = 0;
        totals.total++;
        const time = Number(caseAttrs.time);
        if (caseAttrs.time !== void 0 && caseAttrs.time !== "" && Number.isFinite(time)) {
          timeSum += time;
          sawTime = true;
        }
        if (outcome === "passed") totals.passed++;
        else if (outcome === "skipped") totals.skipped++;
        else {
          if (outcome === "failure") totals.failed++;
          else totals.errors++;
          if (failures.length < maxFailures) {
            failures.push(failedTest(caseAttrs, outcome, message ?? "", suites.at(-1), opts.workspace));
          } else truncated = true;
        }
      }
    };
  });
  if (sawTime) totals.time_seconds = Math.round(timeSum * 1e6) / 1e6;
  return { format: "junit", totals, failures, failures_truncated: truncated };
}
async function parseJUnitFile(path2, opts) {
  return parseJUnit(createReadStream(path2, { highWaterMark: 256 * 1024 }), {
    ...opts,
    file: opts.file ?? path2
  });
}
function failedTest(attrs, kind2, message, suite, workspace) {
  const name = attrs.name ?? "";
  const classname = attrs.classname || void 0;
  const test = { id: classname ? `${classname}::${name}` : name, name, kind: kind2, message };
  if (classname) test.classname = classname;
  const file = attrs.file ?? suite?.file;
  if (file) test.file = toWorkspacePath(file, workspace);
  if (attrs.line !== void 0 && /^\d+$/.test(attrs.line)) {
    test.line = Number(attrs.line) + (suite?.pytest ? 1 : 0);
  }
  return test;
}
function firstLine(text) {
  for (const line of text.slice(0, 8 * MESSAGE_LIMIT).split("\n")) {
    const trimmed = line.trim();
    if (trimmed !== "") return trimmed.length > MESSAGE_LIMIT ? `${trimmed.slice(0, MESSAGE_LIMIT - 1)}\u2026` : trimmed;
  }
  return "";
}
var MAX_DEPTH = 1e4;
var WRITE_SIZE = 64 * 1024;
var TEXT_CAP = 64 * 1024;
var NAME_CAP = 4 * 1024;
var ATTRIBUTE_CAP = 1024;
var PROLOG_CAP = 1024 * 1024;
async function streamXml(input, file, format, makeVisitor) {
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  const buffers = parser;
  const where = () => `line ${parser.line} column ${parser.column}`;
  const control = {
    captureText(on) {
      if (on && visitor.text) {
        const deliver = visitor.text.bind(visitor);
        parser.on("text", deliver);
        parser.on("cdata", deliver);
      } else {
        parser.off("text");
        parser.off("cdata");
      }
    },
    error: (detail) => new ReportError(file, format, where(), detail)
  };
  const visitor = makeVisitor(control);
  let depth = 0;
  let sawRoot = false;
  let written = 0;
  parser.on("error", (err) => {
    throw new ReportError(file, format, where(), err.message.replace(/^\d+:\d+: /, ""));
  });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw control.error("the DOCTYPE declares entities; entity declarations are refused (entity expansion attack?)");
    }
  });
  parser.on("opentag", (tag) => {
    sawRoot = true;
    if (++depth > MAX_DEPTH) throw control.error(`elements are nested deeper than ${MAX_DEPTH} levels`);
    visitor.open(tag, depth);
  });
  parser.on("closetag", (tag) => {
    visitor.close(tag.name, depth--);
  });
  let leadingLines = 0;
  let started = false;
  const checkStart = (text) => {
    const first = /[^\s\uFEFF]/.exec(text);
    if (!first) {
      leadingLines += text.split("\n").length - 1;
      return;
    }
    started = true;
    if (first[0] !== "<") {
      const before = text.slice(0, first.index);
      const line = leadingLines + before.split("\n").length;
      const column = first.index - before.lastIndexOf("\n");
      const seen = JSON.stringify(text.slice(first.index, first.index + 20));
      throw new ReportError(file, format, `line ${line} column ${column}`, `not XML: the content starts with ${seen}`);
    }
  };
  const write = (text) => {
    if (!started) checkStart(text);
    for (let i = 0; i < text.length; i += WRITE_SIZE) {
      const piece = text.length <= WRITE_SIZE ? text : text.slice(i, i + WRITE_SIZE);
      parser.write(piece);
      if (buffers.text.length > TEXT_CAP) buffers.text = buffers.text.slice(0, TEXT_CAP);
      if (buffers.name.length > NAME_CAP || buffers.entity.length > NAME_CAP || buffers.piTarget.length > NAME_CAP) {
        throw control.error(`a name longer than ${NAME_CAP} characters`);
      }
      if (buffers.attribList.length > ATTRIBUTE_CAP) {
        throw control.error(`an element with more than ${ATTRIBUTE_CAP} attributes`);
      }
      if (!sawRoot) {
        written += piece.length;
        if (written > PROLOG_CAP) throw control.error("more than 1 MiB before the root element (an oversized DOCTYPE?)");
      }
    }
  };
  if (typeof input === "string") write(input);
  else for await (const text of decode(input, file, format)) write(text);
  parser.close();
}
async function* decode(input, file, format) {
  let decoder;
  for await (const chunk of input) {
    if (typeof chunk === "string") {
      yield chunk;
      continue;
    }
    decoder ??= new StringDecoder(sniffEncoding(chunk, file, format));
    const text = decoder.write(chunk);
    if (text !== "") yield text;
  }
  const rest = decoder?.end();
  if (rest) yield rest;
}
function sniffEncoding(head, file, format) {
  if (head[0] === 255 && head[1] === 254) return "utf16le";
  if (head[0] === 254 && head[1] === 255) {
    throw new ReportError(file, format, "line 1 column 1", "UTF-16 big-endian files are not supported; convert to UTF-8");
  }
  const declaration = /^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/.exec(head.toString("latin1", 0, 200));
  const encoding = declaration?.[1].toLowerCase();
  return encoding === "iso-8859-1" || encoding === "latin1" || encoding === "windows-1252" ? "latin1" : "utf8";
}

// src/reports/coverage-lines.ts
var DENSE_LIMIT = 1 << 20;
var LineSet = class {
  dense = new Uint8Array(64);
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
          if (tag.attributes.clover !== void 0) throw xml.error("this is Clover XML, not Cobertura");
          return;
        }
        if (name === "source" && depth === 3) {
          sourceDepth = depth;
          sourceText = "";
          xml.captureText(true);
        } else if (name === "class" && classDepth === 0) {
          const filename = tag.attributes.filename;
          if (filename === void 0 || filename === "") throw xml.error("a <class> without a filename attribute");
          classDepth = depth;
          current = visitor.klass(filename, sources);
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === "lines") {
          inClassLines = true;
        } else if (inClassLines && depth === classDepth + 2 && name === "line") {
          const number = tag.attributes.number ?? "";
          const hits = tag.attributes.hits ?? "";
          if (!/^\d+$/.test(number)) throw xml.error(`a <line> with number="${number.slice(0, 40)}"`);
          const count = Number(hits);
          if (hits === "" || !Number.isFinite(count)) throw xml.error(`a <line> with hits="${hits.slice(0, 40)}"`);
          if (current !== void 0) visitor.line(current, Number(number), count, tag.attributes);
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
  const sources = await walkCobertura(input, opts.file, {
    klass(filename) {
      let lines = byFile.get(filename);
      if (!lines) {
        lines = { lines: new LineSet() };
        byFile.set(filename, lines);
      }
      return lines;
    },
    line(current, line, hits, attributes) {
      current.lines.add(line, hits > 0);
      const condition = /\((\d+)\/(\d+)\)/.exec(attributes["condition-coverage"] ?? "");
      if (condition) {
        const branches = current.branches ??= /* @__PURE__ */ new Map();
        const seen = branches.get(line);
        const next = [Number(condition[1]), Number(condition[2])];
        if (!seen || next[1] > seen[1] || next[1] === seen[1] && next[0] > seen[0]) branches.set(line, next);
      }
    }
  });
  const files = [];
  for (const [filename, { lines, branches }] of byFile) {
    const { total, covered } = lines.counts();
    const file = {
      file: toWorkspacePath(filename, opts.workspace, sources[0]),
      lines_covered: covered,
      lines_total: total
    };
    if (branches) {
      let branchesCovered = 0;
      let branchesTotal = 0;
      for (const [c, t] of branches.values()) {
        branchesCovered += c;
        branchesTotal += t;
      }
      file.branches_covered = branchesCovered;
      file.branches_total = branchesTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("cobertura", files);
  if (report.branches_total !== void 0) {
    for (const f of files) {
      f.branches_covered ??= 0;
      f.branches_total ??= 0;
    }
  }
  return report;
}

// src/reports/coverage-json.ts
import { readFile, stat as stat2 } from "node:fs/promises";
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
  const { size } = await stat2(path2);
  if (size > MAX_JSON_BYTES) throw new ReportError(file, format, "file size", `${size} bytes is more than a JSON report may have`);
  const text = await readFile(path2, "utf8");
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
  const covered = check.count(totals.covered_lines, "$.totals.covered_lines");
  const total = check.count(totals.num_statements, "$.totals.num_statements");
  const files = [];
  for (const [name, entry] of Object.entries(filesObject)) {
    const path2 = member("$.files", name);
    const summary = check.object(check.object(entry, path2).summary, `${path2}.summary`);
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: check.count(summary.covered_lines, `${path2}.summary.covered_lines`),
      lines_total: check.count(summary.num_statements, `${path2}.summary.num_statements`)
    };
    if (summary.num_branches !== void 0) {
      file.branches_total = check.count(summary.num_branches, `${path2}.summary.num_branches`);
      file.branches_covered = check.count(summary.covered_branches, `${path2}.summary.covered_branches`);
    }
    files.push(file);
  }
  const report = {
    format: "coverage.py-json",
    lines_covered: covered,
    lines_total: total,
    percent: percentOf(covered, total),
    files
  };
  if (typeof totals.percent_covered_display === "string") report.display_percent = totals.percent_covered_display;
  if (totals.num_branches !== void 0) {
    report.branches_total = check.count(totals.num_branches, "$.totals.num_branches");
    report.branches_covered = check.count(totals.covered_branches, "$.totals.covered_branches");
  }
  return report;
}
function istanbulSummaryReport(data, opts) {
  const check = new JsonCheck(opts.file, "istanbul-summary");
  const root = check.object(data, "$");
  const totalLines = check.object(check.object(root.total, "$.total").lines, "$.total.lines");
  const covered = check.count(totalLines.covered, "$.total.lines.covered");
  const total = check.count(totalLines.total, "$.total.lines.total");
  const files = [];
  for (const [name, entry] of Object.entries(root)) {
    if (name === "total") continue;
    const path2 = member("$", name);
    const metrics = check.object(entry, path2);
    const lines = check.object(metrics.lines, `${path2}.lines`);
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: check.count(lines.covered, `${path2}.lines.covered`),
      lines_total: check.count(lines.total, `${path2}.lines.total`)
    };
    if (metrics.branches !== void 0) {
      const branches = check.object(metrics.branches, `${path2}.branches`);
      file.branches_covered = check.count(branches.covered, `${path2}.branches.covered`);
      file.branches_total = check.count(branches.total, `${path2}.branches.total`);
    }
    files.push(file);
  }
  const totalPct = typeof totalLines.pct === "number" ? totalLines.pct : istanbulPercent(covered, total);
  const report = {
    format: "istanbul-summary",
    lines_covered: covered,
    lines_total: total,
    percent: percentOf(covered, total),
    display_percent: String(totalPct),
    files
  };
  const rootBranches = check.object(root.total, "$.total").branches;
  if (rootBranches !== void 0) {
    const branches = check.object(rootBranches, "$.total.branches");
    report.branches_covered = check.count(branches.covered, "$.total.branches.covered");
    report.branches_total = check.count(branches.total, "$.total.branches.total");
  }
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
  return reportFromFiles("istanbul-final", files, (c, t) => String(istanbulPercent(c, t)));
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
  const stream = () => createReadStream2(path2, { highWaterMark: 256 * 1024 });
  switch (opts.format) {
    case "lcov":
      await lcovHits(stream(), path2, opts, result);
      break;
    case "cobertura":
      await coberturaHits(stream(), path2, opts, result);
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

export {
  ReportError,
  toWorkspacePath,
  parseJUnitFile,
  LineSet,
  reportFromFiles,
  parseCobertura,
  parseJsonCoverageFile,
  classifyCommand,
  ReportSnapshot,
  readFreshReport,
  circuitBreakerFrom,
  runStep,
  onChangedLines,
  patchCoverageOf,
  commandFor,
  textFor,
  reportPathFor
};
