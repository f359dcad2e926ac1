export async function drainQueue() {}
