import {
  collectProcessMetrics,
  registry
} from "./chunk-NDRXIF55.js";
import {
  oneLine
} from "./chunk-6MMDKYJE.js";
import "./chunk-TS3UQGQ5.js";
import "./chunk-MLKGABMK.js";

// src/monitoring.ts
import { createServer } from "node:http";
var CHECK_TIMEOUT_MS = 2e3;
async function startMonitoring(port, checks, log, host) {
  collectProcessMetrics();
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET" }).end();
      return;
    }
    const done = (status, type, body) => {
      if (!res.headersSent) res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? void 0 : body);
    };
    if (path === "/healthz") {
      health(checks()).then(
        (report) => done(report.status === "ok" ? 200 : 503, "application/json", JSON.stringify(report)),
        (error) => done(503, "application/json", JSON.stringify({ status: "down", error: oneLine(error) }))
      );
    } else if (path === "/metrics") {
      registry.metrics().then(
        (text) => done(200, registry.contentType, text),
        (error) => {
          log.warn({ err: error }, "metrics collection failed");
          done(500, "text/plain", "metrics collection failed\n");
        }
      );
    } else {
      done(404, "text/plain", "not found: try /healthz or /metrics\n");
    }
  });
  await new Promise((resolve, reject) => {
    server.once(
      "error",
      (error) => reject(error.code === "EADDRINUSE" ? new Error(`METRICS_PORT ${port} is already in use`) : error)
    );
    server.listen(port, host, () => resolve());
  });
  server.on("error", (error) => log.warn({ err: error }, "metrics server error"));
  return {
    port: server.address().port,
    close: () => close(server)
  };
}
async function health(checks) {
  const results = await Promise.all(
    checks.map(async (c) => {
      let timer;
      try {
        const timeout = new Promise((resolve) => {
          timer = setTimeout(() => resolve({ state: "down", why: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
        });
        return [c.name, await Promise.race([Promise.resolve(c.check()), timeout])];
      } catch (error) {
        return [c.name, { state: "down", why: oneLine(error) }];
      } finally {
        clearTimeout(timer);
      }
    })
  );
  const parts = Object.fromEntries(results.map(([name, h]) => [name, h.state === "up" ? "up" : `${h.state}: ${h.why}`]));
  return { status: results.some(([, h]) => h.state === "down") ? "down" : "ok", parts };
}
function close(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
export {
  health,
  startMonitoring
};
