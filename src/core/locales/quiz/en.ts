/**
 * Quiz messages in English: the `quiz.*` keys of phrases.ts. Same keys in every language; a key
 * ending in `_one`/`_other` (Russian also `_few`/`_many`) is one count's plural forms. Names and
 * options are plain values; adapters escape them.
 */
export const quizEn = {
  // A difficulty as a word in a sentence ("difficulty: easy") and as a list of them.
  level: { easy: 'easy', medium: 'medium', hard: 'hard' },
  levels_one: '{{a}}',
  levels_other: '{{a}} and {{b}}',
  /** How many questions a topic has at one difficulty, in `/quiz topics`. */
  levelCount: {
    easy_one: '{{count}} easy',
    easy_other: '{{count}} easy',
    medium_one: '{{count}} medium',
    medium_other: '{{count}} medium',
    hard_one: '{{count}} hard',
    hard_other: '{{count}} hard',
  },
  topicWithLevels: '{{topic}} ({{levels}})',
  topicLine: '{{topic}}: {{counts}}',
  topicsTitle: 'Quiz topics',
  topicsFooter: 'Start one with /quiz 5 <topic> <difficulty>.',
  unknownTopic: 'There is no quiz topic "{{topic}}". Topics: {{topics}}.',
  noLevel_one: 'There are no {{difficulty}} questions on {{topic}} yet; it has {{has}} ones. Try /quiz {{topic}} {{first}}.',
  noLevel_other: 'There are no {{difficulty}} questions on {{topic}} yet; it has {{has}} ones. Try /quiz {{topic}} {{first}}.',
  noQuestions: 'There are no questions for that topic and difficulty yet. Try another.',
  noMissed: 'You have no missed questions here yet. Questions you answer wrong or let pass in a round come back with /quiz missed.',
  noMissedNarrowed:
    'You have no missed questions here yet for that topic and difficulty. Questions you answer wrong or let pass in a round come back with /quiz missed.',

  // The start of a round.
  startTitle_one: 'Quiz: {{count}} question',
  startTitle_other: 'Quiz: {{count}} questions',
  startTitleShort_one: 'Quiz: {{count}} question (only {{count}} match)',
  startTitleShort_other: 'Quiz: {{count}} questions (only {{count}} match)',
  startTitleMissed_one: 'Quiz: {{count}} missed question',
  startTitleMissed_other: 'Quiz: {{count}} missed questions',
  startTitleMissedShort_one: 'Quiz: {{count}} missed question (only {{count}} missed)',
  startTitleMissedShort_other: 'Quiz: {{count}} missed questions (only {{count}} missed)',
  aboutTopic: 'topic: {{topic}}',
  aboutDifficulty: 'difficulty: {{difficulty}}',
  started: '{{starter}} started a quiz.',
  startedAbout: '{{starter}} started a quiz ({{about}}).',
  startedMissed: '{{starter}} started a quiz of questions {{starter}} missed before.',
  startedMissedAbout: '{{starter}} started a quiz of questions {{starter}} missed before ({{about}}).',
  perQuestion_one: '{{count}} second per question, one answer per person.',
  perQuestion_other: '{{count}} seconds per question, one answer per person.',
  perQuestionTyped_one: '{{count}} second per question, one answer per person: type the number of your answer.',
  perQuestionTyped_other: '{{count}} seconds per question, one answer per person: type the number of your answer.',
  firstComesNow: 'The first question comes now.',

  // A question as an adapter shows it (adapters may use these with `QuizQuestionView.language`).
  questionTitle: 'Question {{number}}/{{total}}',
  secondsToAnswer_one: '{{count}} second to answer.',
  secondsToAnswer_other: '{{count}} seconds to answer.',

  // The reveal of a question.
  answerTitle: 'Answer {{number}}: {{answer}}',
  nobodyAnswered: 'Nobody answered.',
  nobodyRight_one: 'Nobody got it right ({{count}} answer).',
  nobodyRight_other: 'Nobody got it right ({{count}} answers).',
  rightOf_one: 'Right: {{names}} ({{right}} of {{count}} answer).',
  rightOf_other: 'Right: {{names}} ({{right}} of {{count}} answers).',
  onStreak: 'On a streak: {{players}}.',
  streakOf: '{{name}} ({{streak}})',

  // The end of a round.
  overTitle: 'Quiz over',
  stoppedTitle: 'Quiz stopped',
  scores: 'Scores this round:\n{{lines}}',
  nobodyThisRound: 'Nobody answered this round.',
  scoreLine_one: '{{rank}}. {{name}}: {{count}} point ({{right}}/{{asked}} right)',
  scoreLine_other: '{{rank}}. {{name}}: {{count}} points ({{right}}/{{asked}} right)',
  scoreLineStreak_one: '{{rank}}. {{name}}: {{count}} point ({{right}}/{{asked}} right, streak {{streak}})',
  scoreLineStreak_other: '{{rank}}. {{name}}: {{count}} points ({{right}}/{{asked}} right, streak {{streak}})',
  stoppedBy: '{{name}} stopped the quiz.',
  wasAnswer: 'The answer to question {{number}} was: {{answer}}.',
  interrupted: 'This quiz was interrupted by a restart and has ended. Every recorded answer counts.',
  storageFailed: 'The quiz stopped: I could not save the game (a storage error on my side). Start a new round with /quiz later.',
  storageFailedQuestion:
    'The quiz stopped: I could not save the game (a storage error on my side). Question {{number}} does not count. Start a new round with /quiz later.',
  postFailed: 'The quiz stopped: I could not post the next question.',

  // Leaderboard.
  leaderboardTitle: 'Leaderboard',
  noScores: 'No scores in this chat yet. Start a round with /quiz.',
  standing_one: '{{rank}}. {{name}}: {{count}} point ({{right}}/{{answered}} right, best streak {{best}})',
  standing_other: '{{rank}}. {{name}}: {{count}} points ({{right}}/{{answered}} right, best streak {{best}})',
  resetTitle: 'Leaderboard reset',
  resetBody_one: "{{name}} reset this chat's leaderboard ({{count}} player removed).",
  resetBody_other: "{{name}} reset this chat's leaderboard ({{count}} players removed).",

  // Refusals and answers.
  unavailable: 'The quiz is not available right now.',
  unavailableHere: 'The quiz is not available here right now.',
  roundLength: 'A round has 1 to {{max}} questions.',
  wholeNumber: 'The number of questions must be a whole number.',
  difficulties: 'Difficulty is easy, medium or hard.',
  alreadyRunning: 'A quiz is already running in this chat. Wait for it to end, or stop it with /quiz stop.',
  notRunning: 'No quiz is running in this chat.',
  onlyStarter: 'Only {{name}}, who started this quiz, or a chat admin can stop it.',
  onlyAdminsReset: 'Only chat admins can reset the leaderboard.',
  notInQuiz: 'That question is not part of a quiz here.',
  otherChat: 'That question belongs to a quiz in another chat.',
  tooLate: 'Too late: that question has closed.',
  noOption: 'There is no option {{number}}.',
  repeat: 'You have already answered this question.',
  recorded: 'Answer recorded: {{answer}}.',
  nextComing: 'The next question is coming; answer it when it appears.',
  typeNumber: 'Type a number from 1 to {{max}}.',
};
