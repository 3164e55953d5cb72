import {
  NO_PROMPT,
  hooklessGit
} from "./chunk-2R5D4IJT.js";
import {
  commandNotFoundMessage
} from "./chunk-JAHX4E5E.js";
import {
  workingTreeContent
} from "./chunk-HYULKLIY.js";
import {
  cleanLine
} from "./chunk-IA6DIEBA.js";
import {
  readsAsWorkflowCommand
} from "./chunk-Q3SWUYYB.js";
import {
  dotGitDirectory,
  mayBeGit
} from "./chunk-DAQTANZ3.js";
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
          return new Promise((resolve) => Event2.once(event, resolve));
        }
        if (signal.aborted) {
          return Promise.reject(new TaskCancelledError_1.TaskCancelledError());
        }
        const toDispose = [];
        return new Promise((resolve, reject) => {
          const abortEvt = (0, exports.onAbort)(signal);
          toDispose.push(abortEvt);
          toDispose.push(abortEvt.event(() => {
            reject(new TaskCancelledError_1.TaskCancelledError());
          }));
          toDispose.push(Event2.once(event, (data) => {
            resolve(data);
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
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { resolve, reject, promise };
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
          const { resolve, reject, promise } = (0, defer_1.defer)();
          this.queue.push({ signal, fn, resolve, reject });
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
    var delay = (duration, unref) => new Promise((resolve) => {
      const timer = setTimeout(resolve, duration);
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

// src/engine/fix-git.ts
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var COPY_SCRATCH = ".s2p-fix";
var BOT_AUTHOR = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
function git(cwd, args, env) {
  return hooklessGit(cwd, args, env ? { env } : {});
}
function remoteGit(cwd, args, limits) {
  return hooklessGit(cwd, args, { timeout: limits.timeoutMs, signal: limits.signal, env: NO_PROMPT });
}
function nulList(text) {
  return text.split("\0").filter(Boolean);
}
function anchored(path) {
  return "/" + path.replace(/\/$/, "").replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`);
}
async function makeFixCopy(workspace) {
  const top = (await git(workspace, ["rev-parse", "--show-toplevel"])).trim();
  const prefix = (await git(workspace, ["rev-parse", "--show-prefix"])).trim();
  const tmp = await mkdtemp(join(tmpdir(), "s2p-fix-"));
  const root = join(tmp, "tree");
  const exclude = join(tmp, "exclude");
  let added = false;
  const dispose = async () => {
    if (added) await git(top, ["worktree", "remove", "--force", root]).catch(() => void 0);
    await rm(tmp, { recursive: true, force: true });
    if (added) await git(top, ["worktree", "prune"]).catch(() => void 0);
  };
  try {
    await git(top, ["worktree", "add", "--detach", "--quiet", root, "HEAD"]);
    added = true;
    const [changed, deleted, ignored] = await Promise.all([
      git(top, ["ls-files", "-z", "-m", "-o", "--exclude-standard"]),
      git(top, ["ls-files", "-z", "-d"]),
      git(top, ["ls-files", "-z", "-o", "-i", "--exclude-standard", "--directory"])
    ]);
    const gone = new Set(nulList(deleted));
    for (const path of nulList(changed)) {
      if (gone.has(path)) continue;
      await mkdir(dirname(join(root, path)), { recursive: true });
      await cp(join(top, path), join(root, path), { force: true, recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    }
    for (const path of gone) await rm(join(root, path), { force: true });
    const links = nulList(ignored).map((p) => p.replace(/\/$/, ""));
    for (const path of links) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await symlink(join(top, path), join(root, path)).catch(() => void 0);
    }
    await writeFile(exclude, [`${COPY_SCRATCH}/`, ...links.map(anchored)].join("\n") + "\n");
    const withExclude = ["-c", `core.excludesFile=${exclude}`];
    await git(root, [...withExclude, "add", "-A"]);
    const base = (await git(root, ["write-tree"])).trim();
    return {
      root,
      dir: join(root, prefix),
      base,
      async diff() {
        await git(root, [...withExclude, "add", "-A"]);
        const [patch, names, unified0] = await Promise.all([
          git(root, ["diff", "--cached", "--binary", "--no-color", "--no-ext-diff", base]),
          git(root, ["diff", "--cached", "--name-only", "--no-ext-diff", base]),
          git(root, ["diff", "--cached", "--no-color", "--no-ext-diff", "--unified=0", base])
        ]);
        return { patch, files: names.split("\n").filter(Boolean), unified0 };
      },
      dispose
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
async function currentBranch(workspace) {
  try {
    return (await git(workspace, ["symbolic-ref", "--short", "-q", "HEAD"])).trim() || null;
  } catch {
    return null;
  }
}
async function headCommit(workspace) {
  return (await git(workspace, ["rev-parse", "HEAD"])).trim();
}
async function trackedChanges(workspace) {
  return (await git(workspace, ["status", "--porcelain", "--untracked-files=no"])).split("\n").filter(Boolean);
}
async function trackedState(workspace, top) {
  if (top === void 0 && !mayBeGit(workspace)) return null;
  let names;
  try {
    top ??= (process.env.GIT_DIR || process.env.GIT_WORK_TREE ? null : dotGitDirectory(workspace)) ?? (await git(workspace, ["rev-parse", "--show-toplevel"])).trim();
    names = nulList(await git(top, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "HEAD"]));
  } catch {
    return null;
  }
  return trackedStateOf(top, names);
}
function trackedStateOf(top, names) {
  const files = /* @__PURE__ */ new Map();
  for (const name of names) {
    const content = workingTreeContent(join(top, name));
    files.set(name, content === null ? "deleted" : createHash("sha256").update(content).digest("hex"));
  }
  return { top, files };
}
function changedBetween(before, after) {
  const names = /* @__PURE__ */ new Set([...before.files.keys(), ...after.files.keys()]);
  return [...names].filter((name) => before.files.get(name) !== after.files.get(name)).sort();
}
async function remoteTip(workspace, remote, branch, limits) {
  const out = await remoteGit(workspace, ["ls-remote", remote, `refs/heads/${branch}`], limits);
  return out.split("	")[0].trim() || null;
}
async function workspaceDiff(workspace) {
  const [patch, names, unified0] = await Promise.all([
    git(workspace, ["diff", "--binary", "--no-color", "--no-ext-diff", "HEAD"]),
    git(workspace, ["diff", "--name-only", "--no-ext-diff", "HEAD"]),
    git(workspace, ["diff", "--no-color", "--no-ext-diff", "--unified=0", "HEAD"])
  ]);
  return { patch, files: names.split("\n").filter(Boolean), unified0 };
}
async function commitAndPush(workspace, o, limits) {
  const name = process.env.GIT_AUTHOR_NAME || BOT_AUTHOR.name;
  const email = process.env.GIT_AUTHOR_EMAIL || BOT_AUTHOR.email;
  const identity = {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email
  };
  await git(workspace, ["add", "-u"]);
  await git(workspace, ["commit", "--quiet", "--no-verify", "-m", o.message], identity);
  const sha = await headCommit(workspace);
  await remoteGit(workspace, ["push", "--quiet", o.remote, `${sha}:refs/heads/${o.branch}`], limits);
  return sha;
}
async function resetTo(workspace, commit) {
  await git(workspace, ["reset", "--quiet", "--hard", commit]);
}

// src/resilience/classify.ts
var TRANSIENT_NETWORK = /\b(ECONNRESET|ETIMEDOUT|EAI_AGAIN|EPIPE|ENETUNREACH|EHOSTUNREACH|socket hang up|Temporary failure in name resolution|Connection reset by peer|network is unreachable|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out|TLS handshake timeout)\b/i;
var CRASH_SIGNALS = /* @__PURE__ */ new Set(["SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL", "SIGFPE", "SIGKILL", "SIGTERM", "SIGHUP"]);
var CRASH_EXIT_CODES = /* @__PURE__ */ new Set([129, 132, 134, 135, 136, 137, 139, 143]);
function classifyCommand(result, retryOnTimeout = false) {
  if (result.cancelled) return { errorType: "cancelled", transient: false, description: "cancelled" };
  if (result.spawnError)
    return { errorType: "crash", transient: false, description: `could not start: ${result.spawnError}` };
  if (result.timedOut) {
    const limit = result.timeoutMs ? ` after ${Number((result.timeoutMs / 1e3).toFixed(3))} s (timeout_seconds)` : "";
    return { errorType: "timeout", transient: retryOnTimeout, description: `timed out${limit}; process tree killed` };
  }
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

// src/engine/steps.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2 } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";

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
var started = 0;
function commandsStarted() {
  return started;
}
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
  const retry2 = retryPolicyFrom(opts.policy ?? once).dangerouslyUnref();
  const backoff = new BackoffWait(ctx.signal);
  const { breaker } = opts;
  let attempts = 0;
  let last;
  const onRetry = retry2.onRetry(({ delay }) => {
    host.info(`\u21BB ${opts.purpose}: retrying in ${(delay / 1e3).toFixed(1)} s (${last?.reason ?? "failed"})`);
    backoff.start(delay);
  });
  try {
    const attempt = retry2.execute(async () => {
      backoff.end();
      if (attempts > 0 && ctx.signal.aborted) return { value: last?.value, ok: false, retryable: false, reason: "cancelled" };
      if (breaker && !breaker.admits()) {
        last = { value: last?.value, ok: false, retryable: false, reason: breaker.refusal() };
        return last;
      }
      attempts++;
      if (attempts > 1) stage.retries++;
      await opts.beforeAttempt?.();
      const log = await openLog(join2(ctx.reportsDir, "..", "logs", `${opts.purpose}-${attempts}.log`), opts.command);
      started++;
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
      const why = last.reason === exited || last.reason.startsWith(`${exited}; `) || last.reason.startsWith(`${exited}: `) ? last.reason : `${exited}; ${last.reason}`;
      const line = last.ok ? result.exitCode === 0 ? `command succeeded \u2014 ${why}` : `${why} (not a failure by itself: what the command left is judged next)` : `${last.retryable ? "failed, may pass on a retry" : "failed"} \u2014 ${why}`;
      host.info(`${mark} ${opts.purpose} (attempt ${attempts}, ${Math.round(result.durationMs)} ms): ${line}`);
      return last;
    }, ctx.signal);
    const outcome = await Promise.race([attempt, backoff.cancelled]);
    if (outcome === CANCELLED) {
      attempt.catch(() => void 0);
      return { outcome: last ?? { value: void 0, ok: false, retryable: false, reason: "cancelled" }, attempts, cancelled: true };
    }
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
    backoff.dispose();
  }
}
var CANCELLED = /* @__PURE__ */ Symbol("cancelled");
var BackoffWait = class {
  constructor(signal) {
    this.signal = signal;
    let cancel = () => void 0;
    this.cancelled = new Promise((resolve) => cancel = resolve);
    this.onAbort = () => {
      if (this.hold === void 0) return;
      this.end();
      cancel(CANCELLED);
    };
    signal.addEventListener("abort", this.onAbort);
  }
  signal;
  cancelled;
  hold;
  onAbort;
  start(delayMs) {
    this.end();
    this.hold = setTimeout(() => this.hold = void 0, delayMs + 1e3);
  }
  end() {
    clearTimeout(this.hold);
    this.hold = void 0;
  }
  dispose() {
    this.end();
    this.signal.removeEventListener("abort", this.onAbort);
  }
};
async function openLog(path, command) {
  await mkdir2(dirname2(path), { recursive: true });
  const stream = createWriteStream(path);
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
      return new Promise((resolve) => stream.end(resolve));
    }
  };
}
function lastLines(text, count) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.slice(-count).join("\n");
}
var ERROR_LINE = /\w*(?:Error|Exception|Warning)\b:|^(?:error|fatal)\b|\bERR!|^npm error\b/i;
var NO_TESTS_LINE = /^(?:=+ )?no tests ran in [\d.]+m?s\b|^No tests found\b|^No test files found\b/;
function buildToolCause(lines) {
  const maven = lines.findLastIndex((l) => /^\[INFO\] BUILD FAILURE$/.test(l));
  if (maven >= 0) {
    const cause2 = lines.slice(maven + 1).find((l) => /^\[ERROR\]\s*\S/.test(l));
    if (cause2 !== void 0) return cause2;
  }
  const gradle = lines.findLastIndex((l) => l === "* What went wrong:");
  const cause = gradle >= 0 ? lines[gradle + 1] : void 0;
  return cause !== void 0 && !cause.startsWith("* ") ? cause : void 0;
}
function errorWithMessage(lines) {
  const at = lines.findLastIndex((l) => ERROR_LINE.test(l));
  if (at < 0) return void 0;
  const line = lines[at];
  const next = lines[at + 1];
  return /^[\w:]*(?:Error|Exception):$/.test(line) && next !== void 0 ? `${line} ${next}` : line;
}
function outputGist(tail, redact) {
  const all = tail.split(/\r\n|\r|\n/).map((l) => l.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").trim()).filter((l) => l !== "");
  const lines = all.filter((l) => !readsAsWorkflowCommand(l));
  const last = lines.at(-1);
  if (last === void 0) return all.length > 0 ? "its output holds only lines that read as workflow commands (not quoted here; see the log)" : "";
  const quote = (line) => `"${redact(cleanLine(line.length > 300 ? `${line.slice(0, 300)}\u2026` : line))}"`;
  const telltale = lines.findLast((l) => NO_TESTS_LINE.test(l))?.replace(/^=+ | =+$/g, "") ?? buildToolCause(lines) ?? errorWithMessage(lines);
  const ends = last === all.at(-1) ? `ends: ${quote(last)}` : `ends, but for lines that read as workflow commands: ${quote(last)}`;
  return telltale === void 0 || telltale === last ? `its output ${ends}` : `its output says ${quote(telltale)} and ${ends}`;
}

export {
  COPY_SCRATCH,
  makeFixCopy,
  currentBranch,
  headCommit,
  trackedChanges,
  trackedState,
  trackedStateOf,
  changedBetween,
  remoteTip,
  workspaceDiff,
  commitAndPush,
  resetTo,
  classifyCommand,
  deployRetryDecision,
  require_dist,
  commandsStarted,
  runStep,
  lastLines,
  outputGist
};
