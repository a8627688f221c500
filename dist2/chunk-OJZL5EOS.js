// src/core/quiz/contract.ts
function hasRounds(quiz) {
  return typeof quiz.start === "function";
}

export {
  hasRounds
};
