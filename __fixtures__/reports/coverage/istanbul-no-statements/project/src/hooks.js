// Default lifecycle hooks: a plugin replaces the ones it needs.
export function onStart() {}

export function onStop() {}

export function onError() {}
