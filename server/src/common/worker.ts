import cluster from 'node:cluster';

/** This server process's number in a cluster (WEB_CONCURRENCY; 1 runs the migrations, seed and jobs); 0 outside one. */
export function workerNumber(): number {
  return cluster.isWorker ? Number(process.env.LENTERA_WORKER ?? 0) : 0;
}
