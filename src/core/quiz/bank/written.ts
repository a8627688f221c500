import { z } from 'zod';
import type { Knowledge } from '../../knowledge/load';
import { LIMITS, QuizBankError, sameTextKey, type Question } from './question';

/** A hand-written question in `knowledge/quiz/*.yaml` (knowledge/quiz/questions.yaml explains the fields). */
const WrittenQuestion = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  question: z.string().trim().min(1).max(LIMITS.question),
  options: z.array(z.string().trim().min(1).max(LIMITS.option)).min(LIMITS.minOptions).max(LIMITS.maxOptions),
  /** The right option, written exactly as in `options`. */
  answer: z.string().trim().min(1),
  explanation: z
    .string()
    .trim()
    .max(LIMITS.explanation)
    .refine((t) => (t.match(/\n/g) ?? []).length <= LIMITS.explanationLineFeeds, 'at most 2 line feeds'),
  sources: z.array(z.string().min(1)).min(1, 'every question needs a source'),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /** Knowledge entries the question is about. */
  entries: z.array(z.string()).default([]),
});

const WrittenFile = z.strictObject({ questions: z.array(z.unknown()) });

/** The hand-written questions; throws a QuizBankError naming the file, the question and the field of every problem. */
export function readWrittenQuestions(knowledge: Knowledge): Question[] {
  const problems: string[] = [];
  const out: Question[] = [];
  const ids = new Map<string, string>();
  for (const { file, data } of knowledge.extras.get('quiz') ?? []) {
    const parsedFile = WrittenFile.safeParse(data);
    if (!parsedFile.success) {
      problems.push(`${file}: question "?": field "questions": the file must hold a list under "questions:"`);
      continue;
    }
    parsedFile.data.questions.forEach((raw, index) => {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${index + 1}`;
      const parsed = WrittenQuestion.safeParse(raw);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          problems.push(`${file}: question "${id}": field "${i.path.join('.') || '(top level)'}": ${i.message}`);
        return;
      }
      const w = parsed.data;
      const where = (field: string, message: string) => problems.push(`${file}: question "${w.id}": field "${field}": ${message}`);
      const earlier = ids.get(w.id);
      if (earlier) return where('id', `duplicate id, also used in ${earlier}`);
      ids.set(w.id, file);
      const answer = w.options.indexOf(w.answer);
      if (answer < 0) return where('answer', 'must be written exactly as one of the options');
      if (new Set(w.options.map(sameTextKey)).size !== w.options.length) return where('options', 'two options are alike');
      w.sources.forEach((key, i) => {
        if (!(key in knowledge.sources)) where(`sources.${i}`, `unknown source "${key}"`);
      });
      w.entries.forEach((e, i) => {
        if (!knowledge.byId.has(e)) where(`entries.${i}`, `unknown entry "${e}"`);
      });
      out.push({
        id: w.id,
        kind: 'hand-written',
        topics: w.topics,
        difficulty: w.difficulty,
        question: w.question,
        options: w.options,
        answer,
        explanation: w.explanation,
        sources: w.sources,
        entries: w.entries,
      });
    });
  }
  if (problems.length) throw new QuizBankError(problems);
  return out;
}
