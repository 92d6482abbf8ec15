/**
 * The worker thread's entry: runs each job it is sent, one at a time, and
 * answers with the result (byte results transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { JOBS, type JobReply, type JobRequest } from './jobs.js';

const port = parentPort;
if (!port) throw new Error('jobWorker runs in a worker thread');

port.on('message', (request: JobRequest) => {
  void (async () => {
    let reply: JobReply;
    try {
      const job = JOBS[request.name] as (input: unknown) => unknown;
      reply = { id: request.id, ok: true, value: await job(request.input) };
    } catch (error) {
      reply = { id: request.id, ok: false, error: (error as Error).message ?? String(error) };
    }
    const transfer = reply.ok && reply.value instanceof Uint8Array ? [reply.value.buffer as ArrayBuffer] : [];
    port.postMessage(reply, transfer);
  })();
});
