import {
  flushed,
  readConfigOrExit,
  runTerminal,
  startUp
} from "../../../chunk-WPVDWAJ6.js";
import "../../../chunk-4D7GVN2H.js";
import "../../../chunk-552TEXVY.js";
import "../../../chunk-6MMDKYJE.js";
import "../../../chunk-4EPVDQ7D.js";
import "../../../chunk-FUUY5NB5.js";
import "../../../chunk-MORHW4X2.js";
import "../../../chunk-647JBO52.js";
import "../../../chunk-7RZGCEQV.js";
import "../../../chunk-TS3UQGQ5.js";
import "../../../chunk-324J56RK.js";
import "../../../chunk-FC4VOXLX.js";
import "../../../chunk-22437TY6.js";
import "../../../chunk-MLKGABMK.js";

// src/adapters/terminal/cli.ts
import "dotenv/config";
var json = process.argv.includes("--json");
process.stdout.on("error", () => process.exit(0));
var config = readConfigOrExit();
var { core, log } = await startUp(config, { quiet: true });
await runTerminal(core, {
  input: process.stdin,
  output: process.stdout,
  json,
  interactive: Boolean(process.stdin.isTTY) && !json,
  banner: 'Alash history bot: ask about the Alash movement (type /help, or "exit" to leave).'
});
await core.quiz.close();
log.flush?.();
await flushed(process.stdout);
process.exit(0);
