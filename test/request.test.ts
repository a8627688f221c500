import { describe, expect, it } from 'vitest';
import { readRequest } from '../src/core/request';

const words = new Map([
  ['who', 'who'],
  ['kim', 'who'],
  ['when', 'when'],
  ['what', 'what'],
  ['help', 'help'],
  ['search', 'search'],
  ['quiz', 'quiz'],
]);

describe('readRequest', () => {
  it.each([
    ['/alash who Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/who Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/who@AlashBot Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/alash@AlashBot who Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/kim Бөкейханов', 'who', 'Бөкейханов'],
    ['/WHO  Dulatov ', 'who', 'Dulatov'],
    ['/help', 'help', ''],
    ['/alash', 'help', ''],
    ['alash who Dulatov', 'who', 'Dulatov'],
  ])('reads %s as a command', (text, name, rest) => {
    expect(readRequest(text, words, false)).toEqual({ type: 'command', name, text: rest });
  });

  it('keeps an unknown slash command as a command, so the core can say it is unknown', () => {
    expect(readRequest('/frobnicate x', words, true)).toEqual({ type: 'command', name: 'frobnicate', text: 'x' });
  });

  it('reads a bare command word only when the message is addressed to the bot', () => {
    expect(readRequest('help', words, true)).toEqual({ type: 'command', name: 'help', text: '' });
    expect(readRequest('help', words, false)).toEqual({ type: 'free', text: 'help' });
    expect(readRequest('who Dulatov', words, false)).toEqual({ type: 'free', text: 'who Dulatov' });
  });

  it('leaves questions free', () => {
    expect(readRequest('what happened on 26 August 1920?', words, false)).toEqual({ type: 'free', text: 'what happened on 26 August 1920?' });
    expect(readRequest('Alash Orda', words, true)).toEqual({ type: 'free', text: 'Alash Orda' });
  });
});
