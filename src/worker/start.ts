// Starting the background review worker: detached, so whoever starts it returns at once.

/**
 * node:child_process is loaded only here: requiring it costs a process ~10 ms and ~150 page faults, and most
 * hook runs start nothing. Resolves once the child is spawned (or the failure passed to `log`).
 */
export function startWorker(cliPath: string, root: string, log: (message: string) => void): Promise<void> {
  return import("node:child_process")
    .then(({ spawn }) => {
      const child = spawn(process.execPath, [cliPath, "review-worker", "--project", root], {
        cwd: root,
        detached: true,
        stdio: "ignore",
        env: { ...process.env, NODE_EXTRA_CA_CERTS: undefined },
      });
      child.on("error", (e) => log(`worker spawn failed: ${e.message}`));
      child.unref();
    })
    .catch((e: unknown) => log(`worker spawn failed: ${(e as Error)?.message ?? String(e)}`));
}
