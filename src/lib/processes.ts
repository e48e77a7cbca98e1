/** Whether a process id belongs to a running process: the test behind every stale-leftover sweep. */
export function isAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
