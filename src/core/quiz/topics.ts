/**
 * Topics offered as choices by `/quiz` (Discord needs a fixed list when commands are
 * registered). They are the `topics:` tags used in knowledge/; a topic without questions gets
 * a short reply naming the topics that have some. Text platforms accept any tag.
 */
export const QUIZ_TOPICS = [
  'leaders',
  'party',
  'autonomy',
  'congresses',
  'press',
  'literature',
  'repression',
  'famine',
  'soviet',
  'turkestan',
  'kyrgyz',
  'places',
  'legacy',
] as const;
