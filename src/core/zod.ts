import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Zod for every shape the bot checks (configuration, knowledge files, written quiz questions),
 * in its small form: `zod/mini` builds its schemas from functions, so a build keeps only what is
 * used (about 30 kB, where `zod` loads 370 kB at every start). Unlike `zod`, it has no messages
 * until told which: English, the operator's language. Import it as a namespace
 * (`import * as z from '../zod'`), which lets the build drop what is not used.
 */
config(en());

export * from 'zod/mini';
