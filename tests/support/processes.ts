/** Whether a process with this id is still running (signal 0 asks without touching it). */
export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
