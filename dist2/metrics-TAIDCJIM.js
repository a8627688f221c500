import {
  collectProcessMetrics,
  metrics,
  observeCommands,
  observeCore,
  observeQuizStore,
  registry,
  timedMethods
} from "./chunk-NDRXIF55.js";
import "./chunk-MLKGABMK.js";
export {
  collectProcessMetrics,
  metrics,
  observeCommands,
  observeCore,
  observeQuizStore,
  registry,
  timedMethods
};
