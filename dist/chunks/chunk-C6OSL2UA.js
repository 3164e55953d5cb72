import {
  steadyNow
} from "./chunk-JOUZQ3LF.js";

// src/github/cache.ts
var collectors = /* @__PURE__ */ new Set();
var originalWrite;
var patchedWrite;
var decodeCommandData = (text) => text.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
function parseLine(text) {
  const line = text.replace(/\r?\n$/, "");
  if (line.includes("\n")) return void 0;
  const command = /^::(debug|notice|warning|error)(?: [^:]*)?::(.*)$/s.exec(line);
  if (command) return { level: command[1], message: decodeCommandData(command[2]) };
  if (line.startsWith("::")) return void 0;
  return { level: "info", message: line };
}
function captureSdkLog(swallow) {
  const collector = { lines: [], swallow };
  if (collectors.size === 0 && process.stdout.write !== patchedWrite) {
    const original = process.stdout.write;
    originalWrite = original;
    const patched = function(chunk, ...rest) {
      const text = typeof chunk === "string" ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString("utf8") : void 0;
      const parsed = text === void 0 || collectors.size === 0 ? void 0 : parseLine(text);
      let swallowed = false;
      if (parsed) {
        for (const c of collectors) {
          c.lines.push(parsed);
          if (parsed.level !== "debug" && c.swallow.test(parsed.message)) swallowed = true;
        }
      }
      if (swallowed) {
        const callback = rest.find((r) => typeof r === "function");
        if (callback) process.nextTick(callback);
        return true;
      }
      return original.call(this, chunk, ...rest);
    };
    patchedWrite = patched;
    process.stdout.write = patched;
  }
  collectors.add(collector);
  let stopped = false;
  return {
    lines: collector.lines,
    stop: () => {
      if (stopped) return;
      stopped = true;
      collectors.delete(collector);
      if (collectors.size === 0 && process.stdout.write === patchedWrite && originalWrite) {
        process.stdout.write = originalWrite;
        originalWrite = void 0;
        patchedWrite = void 0;
      }
    }
  };
}
var CACHE_FAILURE_LINES = /^(Failed to (restore|save):|Cache reservation failed:|uploadCacheArchiveSDK:|Cache (restore|save) skipped:|Unable to finalize cache)/;
var SDK_KEY_LINES = /^Cache hit for( restore-key)?: /;
var SDK_LINES_TAKEN_OVER = new RegExp(`${CACHE_FAILURE_LINES.source}|${SDK_KEY_LINES.source}`);
var Timeout = class extends Error {
};
function beforeDeadline(promise, deadline, budgetMs) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`timed out after ${budgetMs} ms`)), Math.max(0, deadline - steadyNow()));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function underCapture(call) {
  const capture = captureSdkLog(SDK_LINES_TAKEN_OVER);
  let result;
  try {
    result = call();
  } catch (error) {
    result = Promise.reject(error);
  }
  result.then(capture.stop, capture.stop);
  return { capture, result };
}
var firstLine = (text) => text.split(/\r?\n/, 1)[0].trim();
var messageOf = (error) => firstLine(error instanceof Error ? error.message : String(error));
function sdkReason(lines) {
  const failure = lines.find((l) => l.level !== "debug" && CACHE_FAILURE_LINES.test(l.message));
  if (!failure) return void 0;
  const detail = lines.find((l) => l.level === "debug" && l.message.startsWith("Failed to reserve cache: "));
  const main = firstLine(failure.message);
  return detail ? `${main} (${firstLine(detail.message.slice("Failed to reserve cache: ".length)).replace(/^Error: /, "")})` : main;
}
var unavailable = "the GitHub Actions cache service is not available to this job (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL)";
async function restoreFromCache(options) {
  const { paths, primaryKey, restoreKeys, timeoutMs, log } = options;
  try {
    const cache = await import("./cache-ZT3LC3ET.js");
    const started = steadyNow();
    const deadline = started + timeoutMs;
    if (!cache.isFeatureAvailable()) {
      log.warning(`Cache not restored: ${unavailable}.`);
      return { hit: false, reason: unavailable };
    }
    const remaining = Math.max(1, deadline - steadyNow());
    const { capture, result } = underCapture(
      () => cache.restoreCache(paths, primaryKey, restoreKeys, {
        // Bounds for the SDK's own download (per request and, on Azure hosts, per segment; SEGMENT_DOWNLOAD_TIMEOUT_MINS,
        // when set, still takes precedence inside the SDK).
        timeoutInMs: Math.min(3e4, remaining),
        segmentTimeoutInMs: remaining
      })
    );
    const matchedKey = await beforeDeadline(result, deadline, timeoutMs);
    if (matchedKey === void 0) {
      const failed = sdkReason(capture.lines);
      if (failed) {
        log.warning(`Cache not restored: ${failed}`);
        return { hit: false, reason: failed, failed: true };
      }
      const reason = `no cache entry for ${primaryKey}${restoreKeys.length ? ` or the restore keys ${restoreKeys.join(", ")}` : ""}`;
      log.info(`Cache miss: ${reason}.`);
      return { hit: false, reason };
    }
    const exactMatch = matchedKey === primaryKey;
    log.info(`Cache restored from ${exactMatch ? "key" : "restore key match"} ${matchedKey} in ${steadyNow() - started} ms.`);
    return { hit: true, matchedKey, exactMatch };
  } catch (error) {
    const reason = error instanceof Timeout ? `cache restore ${error.message}` : `cache restore failed: ${messageOf(error)}`;
    log.warning(`Cache not restored: ${reason}; continuing without it.`);
    return { hit: false, reason, failed: true };
  }
}
async function saveToCache(options) {
  const { paths, key, timeoutMs, log } = options;
  try {
    const cache = await import("./cache-ZT3LC3ET.js");
    const started = steadyNow();
    const deadline = started + timeoutMs;
    if (!cache.isFeatureAvailable()) {
      log.warning(`Cache not saved: ${unavailable}.`);
      return { saved: false, reason: unavailable };
    }
    const { capture, result } = underCapture(() => cache.saveCache(paths, key));
    const id = await beforeDeadline(result, deadline, timeoutMs);
    if (id === -1 || !Number.isFinite(id)) {
      const reason = sdkReason(capture.lines) ?? `the cache service did not accept the entry ${key}`;
      log.warning(`Cache not saved: ${reason}`);
      return { saved: false, reason };
    }
    log.info(`Cache saved as ${key} (entry ${id}) in ${steadyNow() - started} ms.`);
    return { saved: true, id };
  } catch (error) {
    const reason = error instanceof Timeout ? `cache save ${error.message}` : `cache save failed: ${messageOf(error)}`;
    log.warning(`Cache not saved: ${reason}.`);
    return { saved: false, reason };
  }
}

export {
  captureSdkLog,
  Timeout,
  beforeDeadline,
  restoreFromCache,
  saveToCache
};
