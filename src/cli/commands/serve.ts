import { readConfig } from '../../config.ts';
import { startService } from '../../server/service.ts';

export async function runServeCommand(_argv: string[]): Promise<number> {
  const service = await startService(readConfig());
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      console.log(`${signal} received: finishing in-flight requests, then stopping`);
      service.stop().then(resolve, (error: unknown) => {
        console.error('Error while stopping:', error);
        resolve();
      });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  return 0;
}
