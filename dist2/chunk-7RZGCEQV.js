// src/core/posting.ts
var ChatClosedError = class extends Error {
  /** @param reason the platform's own words or code, for the log */
  constructor(chat, reason) {
    super(`cannot post in ${chat.platform} chat ${chat.id}: ${reason}`);
    this.chat = chat;
    this.reason = reason;
  }
  chat;
  reason;
  name = "ChatClosedError";
};

export {
  ChatClosedError
};
