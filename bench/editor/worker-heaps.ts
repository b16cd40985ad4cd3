import type { CDPSession } from 'playwright-core';

type Reply = { id?: number; result?: { usedSize?: number } };

/**
 * The JS heap of each dedicated worker the page runs, after a full GC, in
 * bytes. A worker's heap is its own isolate, outside the page's figure, so
 * the benchmark prints it beside the page's to keep the whole memory in
 * view. Reached over the page's CDP session: auto-attach lists its workers
 * and messages to each go through the Target domain.
 */
export async function workerHeaps(cdp: CDPSession): Promise<number[]> {
  const workers: string[] = [];
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.push(sessionId);
  });
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  // The page's running workers are announced before this answers.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let nextId = 0;
  const call = (sessionId: string, method: string) =>
    new Promise<Reply>((resolve) => {
      const id = ++nextId;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  const heaps: number[] = [];
  for (const sessionId of workers) {
    await call(sessionId, 'HeapProfiler.collectGarbage');
    await call(sessionId, 'HeapProfiler.collectGarbage');
    heaps.push((await call(sessionId, 'Runtime.getHeapUsage')).result?.usedSize ?? 0);
  }
  return heaps;
}
