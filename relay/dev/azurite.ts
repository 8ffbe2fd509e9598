// Azurite (the Azure Storage emulator, an npm package) for the relay's queue in the tests and the preview: its
// queue service on a free port, in memory, with telemetry off, stopped by `stop()`.

import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import * as path from 'node:path';
import { QueueClient, QueueServiceClient } from '@azure/storage-queue';

/** Azurite's well-known development account (learn.microsoft.com/azure/storage/common/storage-use-azurite). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface LocalQueueService {
  connectionString: string;
  queue(name: string): Promise<QueueClient>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

export async function startAzuriteQueue(root: string = path.resolve(__dirname, '../..')): Promise<LocalQueueService> {
  const port = await freePort();
  const bin = path.join(root, 'node_modules', 'azurite', 'dist', 'src', 'queue', 'main.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--queuePort', String(port), '--queueHost', '127.0.0.1', '--inMemoryPersistence', '--silent', '--disableTelemetry', '--skipApiVersionCheck'],
    { stdio: 'ignore' }
  );
  const started = Date.now();
  while (!(await listening(port))) {
    if (child.exitCode !== null) throw new Error(`Azurite stopped with code ${child.exitCode}`);
    if (Date.now() - started > 30000) {
      child.kill();
      throw new Error('Azurite did not start within 30 seconds');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};QueueEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
  const service = QueueServiceClient.fromConnectionString(connectionString);
  return {
    connectionString,
    queue: async (name) => {
      const client = service.getQueueClient(name);
      await client.createIfNotExists();
      return client;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      })
  };
}
