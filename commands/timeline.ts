import type { Command } from '../src/core/command';
import { errorReply } from '../src/core/reply';
import { readSpan, timelineReply } from '../src/core/timeline-picture';

/** `/timeline [from] [to]`: a picture of the events of a span of years or of a topic. */
export default {
  name: 'timeline',
  description: 'A picture of the events of some years (1917 1920) or of a topic (repression)',
  order: 6,
  options: [
    { name: 'from', description: 'A year, a range (1917-1920) or a topic such as repression (default 1917-1920)', type: 'string' },
    { name: 'to', description: 'The last year', type: 'string' },
  ],
  async handle({ args, text, context }, core) {
    const asked = [args.from, args.to].filter((v) => v !== undefined && v !== '').join(' ') || text;
    const topics = new Set(core.knowledge.entries.flatMap((e) => e.topics));
    const span = readSpan(asked, topics, context.language);
    if ('error' in span) return errorReply(span.error, context.language);
    return timelineReply(core.library, span, context.language);
  },
} satisfies Command;
