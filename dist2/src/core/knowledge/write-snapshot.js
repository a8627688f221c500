import {
  EntryIndex,
  FactIndex,
  KnowledgeError,
  writeSnapshot
} from "../../../chunk-FUUY5NB5.js";
import "../../../chunk-MORHW4X2.js";
import "../../../chunk-324J56RK.js";
import "../../../chunk-MLKGABMK.js";

// src/core/knowledge/write-snapshot.ts
import { rmSync } from "node:fs";
var [dir = "knowledge", file = "dist/knowledge.snapshot.json"] = process.argv.slice(2);
try {
  writeSnapshot(dir, file, (knowledge) => ({ [EntryIndex.NAME]: new EntryIndex(knowledge).toJSON(), [FactIndex.NAME]: new FactIndex(knowledge).toJSON() }));
} catch (error) {
  rmSync(file, { force: true });
  if (!(error instanceof KnowledgeError)) throw error;
}
