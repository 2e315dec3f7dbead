// The reference has nothing to start: without this file the build would take the application's.
export function register() {}
