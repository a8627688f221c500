import {
  flushed,
  readConfigOrExit,
  runTerminal,
  startUp
} from "../chunk-WPVDWAJ6.js";
import "../chunk-4D7GVN2H.js";
import "../chunk-552TEXVY.js";
import {
  oneLine
} from "../chunk-6MMDKYJE.js";
import "../chunk-4EPVDQ7D.js";
import "../chunk-FUUY5NB5.js";
import "../chunk-MORHW4X2.js";
import "../chunk-647JBO52.js";
import "../chunk-7RZGCEQV.js";
import "../chunk-TS3UQGQ5.js";
import "../chunk-324J56RK.js";
import "../chunk-FC4VOXLX.js";
import "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// src/main.ts
import "dotenv/config";
var BANNER = [
  'Alash history bot \u2014 terminal chat. Ask about the Alash movement; /help lists the commands, "exit" leaves.',
  "To connect Discord or Telegram, set DISCORD_TOKEN and DISCORD_APPLICATION_ID, or TELEGRAM_BOT_TOKEN, in .env (see .env.example) and run npm start again."
].join("\n");
var config = readConfigOrExit();
if (!config.telegram && !config.discord) {
  const { core: core2 } = await startUp(config, { quiet: true });
  const interactive = Boolean(process.stdin.isTTY);
  if (!interactive) process.stderr.write(`${BANNER}

`);
  process.stdout.on("error", () => process.exit(0));
  await runTerminal(core2, { input: process.stdin, output: process.stdout, interactive, banner: BANNER });
  await core2.quiz.close();
  await flushed(process.stdout);
  process.exit(0);
}
var { core, log, checks } = await startUp(config);
var running = [];
var health = [...checks];
var monitoring;
process.on("unhandledRejection", (reason) => log.error({ err: reason }, `unhandled rejection: ${oneLine(reason)}`));
process.on("uncaughtException", (error) => {
  log.fatal({ err: error }, `uncaught exception: ${oneLine(error)}`);
  process.exit(1);
});
try {
  if (config.metricsPort !== void 0) {
    const { startMonitoring } = await import("../monitoring-WISJX5F6.js");
    monitoring = await startMonitoring(config.metricsPort, () => health, log);
    running.push({ name: "monitoring", stop: () => monitoring.close() });
    log.info({ port: monitoring.port }, "serving /healthz and /metrics");
  }
  if (config.telegram) {
    const { startTelegram } = await import("../telegram-WLOM2I67.js");
    const telegram = await startTelegram(core, { ...config.telegram, groupReplies: config.groupReplies }, log);
    running.push({ name: "telegram", stop: () => telegram.stop() });
    health.push({ name: "telegram", check: () => telegram.health() });
    log.info({ mode: config.telegram.webhook ? "webhook" : "long polling" }, "Telegram adapter running");
  }
  if (config.discord) {
    const { startDiscord, startDiscordShards } = await import("../discord-IWERA3UU.js");
    const options = { ...config.discord, groupReplies: config.groupReplies };
    const discord = config.discord.shards ? await startDiscordShards(options, log) : await startDiscord(core, options, log);
    running.push({ name: "discord", stop: discord.stop });
    if ("health" in discord) health.push({ name: "discord", check: () => discord.health() });
    log.info(config.discord.shards ? { shards: config.discord.shards } : {}, "Discord adapter running");
  }
} catch (error) {
  log.fatal(oneLine(error));
  log.flush?.();
  await Promise.allSettled(running.map((a) => a.stop()));
  await core.quiz.close();
  process.exit(1);
}
var stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  await Promise.allSettled(running.map((a) => a.stop()));
  await core.daily.close();
  await core.quiz.close();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
