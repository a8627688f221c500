import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { oneLine } from './core/errors';
import type { Logger } from './core/log';
import { collectProcessMetrics, registry } from './core/metrics';

/**
 * One part of the bot that /healthz reports on: an adapter's connection, the store.
 * `check` resolves to `up` or to what is wrong; a check that throws or takes longer than
 * 2 s counts as down.
 */
export interface HealthCheck {
  name: string;
  check(): Promise<PartHealth> | PartHealth;
}

/** `up`; `down` with why; or `off` (switched off on purpose, with why: not a failure). */
export type PartHealth = { state: 'up' } | { state: 'down' | 'off'; why: string };

export interface MonitoringHandle {
  readonly port: number;
  close(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 2000;

/**
 * Serves `GET /healthz` (200 when every part is up or off, 503 when one is down, with a short
 * JSON body naming each part's state) and `GET /metrics` (Prometheus text format) on `port`
 * (METRICS_PORT). Listens on every interface unless `host` is given.
 */
export async function startMonitoring(port: number, checks: () => readonly HealthCheck[], log: Logger, host?: string): Promise<MonitoringHandle> {
  collectProcessMetrics();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    const done = (status: number, type: string, body: string) => {
      if (!res.headersSent) res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (path === '/healthz') {
      health(checks()).then(
        (report) => done(report.status === 'ok' ? 200 : 503, 'application/json', JSON.stringify(report)),
        (error: unknown) => done(503, 'application/json', JSON.stringify({ status: 'down', error: oneLine(error) })),
      );
    } else if (path === '/metrics') {
      registry.metrics().then(
        (text) => done(200, registry.contentType, text),
        (error: unknown) => {
          log.warn({ err: error }, 'metrics collection failed');
          done(500, 'text/plain', 'metrics collection failed\n');
        },
      );
    } else {
      done(404, 'text/plain', 'not found: try /healthz or /metrics\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`METRICS_PORT ${port} is already in use`) : error),
    );
    server.listen(port, host, () => resolve());
  });
  server.on('error', (error) => log.warn({ err: error }, 'metrics server error'));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => close(server),
  };
}

/** Every part's state; `ok` unless a part is down. */
export async function health(checks: readonly HealthCheck[]): Promise<{ status: 'ok' | 'down'; parts: Record<string, string> }> {
  const results = await Promise.all(
    checks.map(async (c): Promise<[string, PartHealth]> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<PartHealth>((resolve) => {
          timer = setTimeout(() => resolve({ state: 'down', why: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
        });
        return [c.name, await Promise.race([Promise.resolve(c.check()), timeout])];
      } catch (error) {
        return [c.name, { state: 'down', why: oneLine(error) }];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const parts = Object.fromEntries(results.map(([name, h]) => [name, h.state === 'up' ? 'up' : `${h.state}: ${h.why}`]));
  return { status: results.some(([, h]) => h.state === 'down') ? 'down' : 'ok', parts };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
