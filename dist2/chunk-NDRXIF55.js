// src/core/metrics.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
var registry = new Registry();
var defaults = false;
function collectProcessMetrics() {
  if (defaults) return;
  defaults = true;
  collectDefaultMetrics({ register: registry, prefix: "alash_" });
}
var metrics = {
  requests: new Counter({
    name: "alash_requests_total",
    help: "Requests answered, by command (question: free text; quiz-answer: a typed quiz answer), platform and reply kind",
    labelNames: ["command", "platform", "kind"],
    registers: [registry]
  }),
  answerSeconds: new Histogram({
    name: "alash_answer_seconds",
    help: "Time from a request reaching the core to its reply, by command and platform",
    labelNames: ["command", "platform"],
    buckets: [1e-3, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry]
  }),
  notFound: new Counter({
    name: "alash_not_found_total",
    help: `"I don't know" replies (kind not-found), by platform`,
    labelNames: ["platform"],
    registers: [registry]
  }),
  quizRounds: new Counter({
    name: "alash_quiz_rounds_total",
    help: "Quiz rounds started, by platform",
    labelNames: ["platform"],
    registers: [registry]
  }),
  quizAnswers: new Counter({
    name: "alash_quiz_answers_total",
    help: "Quiz answers recorded, by platform and whether they were right",
    labelNames: ["platform", "correct"],
    registers: [registry]
  }),
  apiErrors: new Counter({
    name: "alash_platform_api_errors_total",
    help: "Platform API calls that failed (refused, or no usable answer), by platform, method and code (network: no answer)",
    labelNames: ["platform", "method", "code"],
    registers: [registry]
  }),
  rateLimited: new Counter({
    name: "alash_platform_rate_limited_total",
    help: "Platform API calls answered 429 (rate limited), by platform and method",
    labelNames: ["platform", "method"],
    registers: [registry]
  }),
  storeSeconds: new Histogram({
    name: "alash_store_operation_seconds",
    help: "Quiz store operations, by operation and outcome (ok, error)",
    labelNames: ["operation", "outcome"],
    buckets: [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry]
  })
};
var current = new AsyncLocalStorage();
function observeCommands(commands) {
  return commands.map((command) => ({
    ...command,
    handle: (request, core) => {
      const store = current.getStore();
      if (store) store.command ??= command.name;
      return command.handle(request, core);
    }
  }));
}
function observeCore(core) {
  const observe = async (fallback, context, work) => {
    const store = {};
    const started = process.hrtime.bigint();
    const reply = await current.run(store, work);
    if (reply) {
      const command = store.command ?? (reply.kind === "quiz" && fallback === "question" ? "quiz-answer" : fallback);
      const platform = context.chat.platform;
      metrics.requests.inc({ command, platform, kind: reply.kind });
      metrics.answerSeconds.observe({ command, platform }, Number(process.hrtime.bigint() - started) / 1e9);
      if (reply.kind === "not-found") metrics.notFound.inc({ platform });
    }
    return reply;
  };
  return new Proxy(core, {
    get(target, property) {
      if (property === "handleText") return (text, context) => observe("question", context, () => target.handleText(text, context));
      if (property === "runCommand") {
        return async (name, args, context) => await observe(name, context, () => target.runCommand(name, args, context));
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    }
  });
}
function timedMethods(target, onResult) {
  const wrapped = /* @__PURE__ */ new Map();
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object);
      if (typeof value !== "function" || typeof property !== "string") return value;
      let fn = wrapped.get(property);
      if (!fn) {
        const method = value;
        fn = (...args) => {
          const end = metrics.storeSeconds.startTimer({ operation: property });
          const ok = (result2) => {
            end({ outcome: "ok" });
            try {
              onResult?.(property, args, result2);
            } catch {
            }
            return result2;
          };
          const failed = (error) => {
            end({ outcome: "error" });
            throw error;
          };
          let result;
          try {
            result = method.apply(object, args);
          } catch (error) {
            return failed(error);
          }
          return result instanceof Promise ? result.then(ok, failed) : ok(result);
        };
        wrapped.set(property, fn);
      }
      return fn;
    }
  });
}
function observeQuizStore(store) {
  return timedMethods(store, (method, args, result) => {
    if (method === "beginRound" && result === true) {
      const round = args[0];
      metrics.quizRounds.inc({ platform: round.chat?.platform ?? "unknown" });
    }
    if (method === "recordAnswer" && result?.status !== "repeat") {
      const answer = args[0];
      metrics.quizAnswers.inc({ platform: answer.platform ?? "unknown", correct: String(Boolean(answer.correct)) });
    }
  });
}

export {
  registry,
  collectProcessMetrics,
  metrics,
  observeCommands,
  observeCore,
  timedMethods,
  observeQuizStore
};
