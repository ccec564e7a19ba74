import { readConfig } from '../../config.ts';
import { startService } from '../../server/service.ts';

export async function runServeCommand(_argv: string[]): Promise<number> {
  // Listening for signals before the service says it is ready: a supervisor may signal as soon as it
  // reads that line. A signal during start-up stops the service once it has started.
  const signalled = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const service = await startService(readConfig());
  const signal = await signalled;
  console.log(`${signal} received: finishing in-flight requests, then stopping`);
  await service.stop().catch((error: unknown) => console.error('Error while stopping:', error));
  return 0;
}
