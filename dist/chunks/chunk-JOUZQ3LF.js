
// src/engine/host.ts
function steadyNow() {
  return performance.timeOrigin + performance.now();
}

export {
  steadyNow
};
