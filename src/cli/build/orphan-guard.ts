/**
 * Preloaded (`node --import`) into every `astro build` the build starts: when the build that
 * started it dies without a chance to stop it (SIGKILL), the site build stops too, instead of
 * running on unsupervised and writing into a staging folder the next build is sweeping.
 */
const startedBy = process.ppid;
setInterval(() => {
	if (process.ppid !== startedBy) process.exit(129);
}, 500).unref();

export {};
