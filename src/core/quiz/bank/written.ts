import * as z from '../../zod';
import type { Knowledge } from '../../knowledge/load';
import { LANGUAGE_NAMES, TRANSLATED_LANGUAGES, type Language } from '../../language';
import { LIMITS, QuizBankError, sameTextKey, type Question } from './question';

const questionText = z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.question));
const optionList = z
  .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.option)))
  .check(z.minLength(LIMITS.minOptions), z.maxLength(LIMITS.maxOptions));
const explanationText = z
  .string()
  .check(
    z.trim(),
    z.maxLength(LIMITS.explanation),
    z.refine((t: string) => (t.match(/\n/g) ?? []).length <= LIMITS.explanationLineFeeds, 'at most 2 line feeds'),
  );
const answerText = z.string().check(z.trim(), z.minLength(1));

/**
 * A hand-written question in `knowledge/quiz/*.yaml` (knowledge/quiz/questions.yaml explains the
 * fields), with its Russian (`_ru`) and Kazakh (`_kk`) texts beside the English. The
 * translations are optional to the schema so that a missing one gets its own clear problem.
 */
const WrittenQuestion = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')),
  question: questionText,
  question_ru: z.optional(questionText),
  question_kk: z.optional(questionText),
  options: optionList,
  options_ru: z.optional(optionList),
  options_kk: z.optional(optionList),
  /** The right option, written exactly as in `options`. */
  answer: answerText,
  answer_ru: z.optional(answerText),
  answer_kk: z.optional(answerText),
  explanation: explanationText,
  explanation_ru: z.optional(explanationText),
  explanation_kk: z.optional(explanationText),
  sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'every question needs a source')),
  topics: z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))).check(z.minLength(1)),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /** Knowledge entries the question is about. */
  entries: z._default(z.array(z.string()), []),
});


const WrittenFile = z.strictObject({ questions: z.array(z.unknown()) });

/**
 * The hand-written questions in `lang` (default English), the same ids and options in the same
 * order in every language. Every language is checked whichever is asked for; throws a
 * QuizBankError naming the file, the question and the field of every problem (a missing
 * translation, an `answer_ru` that is not one of `options_ru` or not the English answer's).
 */
export function readWrittenQuestions(knowledge: Knowledge, lang: Language = 'en'): Question[] {
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
      let translated = true;
      for (const l of TRANSLATED_LANGUAGES) {
        const missing = (['question', 'options', 'answer', 'explanation'] as const).filter((f) => w[`${f}_${l}`] === undefined);
        for (const f of missing) where(`${f}_${l}`, `missing the ${LANGUAGE_NAMES[l]} translation`);
        if (missing.length) {
          translated = false;
          continue;
        }
        const options = w[`options_${l}`]!;
        if (options.length !== w.options.length) {
          where(`options_${l}`, `must have as many options as "options" (${w.options.length}), in the same order`);
          translated = false;
        } else if (options.indexOf(w[`answer_${l}`]!) < 0) {
          where(`answer_${l}`, `must be written exactly as one of options_${l}`);
          translated = false;
        } else if (options.indexOf(w[`answer_${l}`]!) !== answer) {
          where(`answer_${l}`, `must be the option in the same place as the English answer ("${options[answer]}")`);
          translated = false;
        } else if (new Set(options.map(sameTextKey)).size !== options.length) {
          where(`options_${l}`, 'two options are alike');
          translated = false;
        }
      }
      if (!translated) return;
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
        question: lang === 'en' ? w.question : w[`question_${lang}`]!,
        options: lang === 'en' ? w.options : w[`options_${lang}`]!,
        answer,
        explanation: lang === 'en' ? w.explanation : w[`explanation_${lang}`]!,
        sources: w.sources,
        entries: w.entries,
      });
    });
  }
  if (problems.length) throw new QuizBankError(problems);
  return out;
}
