import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfLocale, replyLanguage } from '../src/core/language';

describe('detectLanguage', () => {
  it.each([
    ['Бөкейханов кім?', 'kk'],
    ['Әлихан Бөкейханов', 'kk'],
    ['1920 жылғы 26 тамызда не болды?', 'kk'],
    // Kazakh typed on a Russian keyboard, without its own letters: known Kazakh words decide.
    ['Бокейханов кашан туды?', 'kk'],
    ['Дулатов кашан олди?', 'kk'],
    ['Байтурсынов кайда туды', 'kk'],
    ['Дулатов кайтыс болды ма', 'kk'],
    ['кто такой Букейханов?', 'ru'],
    ['что было 5 декабря 1917?', 'ru'],
    ['когда умер Baitursynov', 'ru'],
    ['who was Bukeikhanov?', 'en'],
    ['what happened on 26 August 1920?', 'en'],
    ['Bukeikhanov қашан туған?', 'kk'],
  ] as const)('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('gives no language for digits, punctuation or an even mix', () => {
    expect(detectLanguage('26.08.1920')).toBeUndefined();
    expect(detectLanguage('?!')).toBeUndefined();
    expect(detectLanguage('Alash Алаш')).toBeUndefined();
  });

  it('does not count the command words the bot is asked with', () => {
    expect(detectLanguage('who Байтурсынов')).toBe('ru');
    expect(detectLanguage('what Алаш-Орда')).toBe('ru');
    expect(detectLanguage('who Dulatov')).toBe('en');
    expect(detectLanguage('who was Дулатов')).toBeUndefined();
    expect(detectLanguage('when')).toBe('en');
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['kk', 'kk'],
    ['kk_KZ', 'kk'],
    ['en-GB', 'en'],
    ['de', undefined],
    [undefined, undefined],
  ] as const)('%s -> %s', (code, language) => {
    expect(languageOfLocale(code)).toBe(language);
  });
});

describe('replyLanguage', () => {
  it('follows the chat\'s fixed language over everything', () => {
    expect(replyLanguage({ fixed: 'kk', text: 'кто такой Букейханов?', userLocale: 'ru' })).toBe('kk');
  });

  it('follows the message over the platform hints', () => {
    expect(replyLanguage({ text: 'кто такой Букейханов?', userLocale: 'en-US' })).toBe('ru');
    expect(replyLanguage({ text: 'Бокейханов кашан туды?', userLocale: 'ru' })).toBe('kk');
  });

  it('reads a bare name by the user\'s locale, then the chat\'s, then its script', () => {
    expect(replyLanguage({ text: 'Букейханов', bare: true, userLocale: 'kk-KZ' })).toBe('kk');
    expect(replyLanguage({ text: 'Букейханов', bare: true, userLocale: 'de', chatLocale: 'ru' })).toBe('ru');
    expect(replyLanguage({ text: 'Букейханов', bare: true })).toBe('ru');
    expect(replyLanguage({ text: 'Бөкейханов', bare: true })).toBe('kk');
    expect(replyLanguage({ text: 'Bukeikhanov', bare: true })).toBe('en');
    expect(replyLanguage({ text: '1917', bare: true })).toBe('en');
    expect(replyLanguage({})).toBe('en');
  });
});
