import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadKnowledge, type Knowledge } from '../../src/core/knowledge/load';

/**
 * A small knowledge folder for quiz tests, in the format of knowledge/, so the tests do not
 * depend on the real content. `extra` adds or replaces files (path -> YAML text).
 */
export function writeQuizKnowledge(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'alash-quiz-knowledge-'));
  const files: Record<string, string> = { ...FILES, ...extra };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function quizKnowledge(extra: Record<string, string> = {}): Knowledge {
  return loadKnowledge(writeQuizKnowledge(extra), { translations: false });
}

const person = (id: string, name: string, kazakh: string, born: string, role: string, summary: string, topics = '[leaders]') => `
id: ${id}
kind: person
name: ${name}
aliases: [${kazakh}]
summary:
  text: ${summary}
  sources: [SA]
born:
  - date: ${born}
    sources: [SA]
roles:
  - title: ${role}
    sources: [SB]
topics: ${topics}
`;

const FILES: Record<string, string> = {
  'sources.yaml': `
SA: { title: Source A, url: "https://example.org/a" }
SB: { title: Source B }
SC: { title: Source C }
`,
  'people/aman.yaml':
    person('aman', 'Aman Alpysov', 'Аман Әлпісов', '1866-03-05', 'Chairman of the Steppe Council', 'Lawyer and deputy, chairman of the Steppe Council.') +
    'died:\n  - { date: 1937-09-27, sources: [SA] }\n',
  'people/timur.yaml':
    person('timur', 'Timur Tolegenov', 'Тимур Төлегенұлы', '1860', 'Founder of the Steppe Reading Room', 'Teacher who opened a reading room and died young.') +
    'died:\n  - { date: 1910, sources: [SA] }\n',
  'people/bolat.yaml': person('bolat', 'Bolat Bekov', 'Болат Бекұлы', '1872-09-05', 'Editor of the Morning Star', 'Teacher and linguist who edited the Morning Star.'),
  'people/dana.yaml': person('dana', 'Dana Dosova', 'Дана Досқызы', '1885-11-25', 'Secretary of the Steppe Council', 'Poet and journalist, secretary of the Steppe Council.'),
  'people/erlan.yaml': person('erlan', 'Erlan Esov', 'Ерлан Есұлы', '1879-05-12', 'Chief railway engineer', 'Railway engineer who planned the Steppe Railway.', '[leaders, railway]'),
  'people/farid.yaml': person('farid', 'Farid Faizov', 'Фарид Файзұлы', '1890-12-25', 'Head of the Southern Government', 'Politician in exile who led the Southern Government.'),
  'people/gani.yaml': person('gani', 'Gani Galiev', 'Ғани Ғалиұлы', '1902-03-22', 'Head of the Writers Union', 'Writer who headed the Writers Union.', '[famine]'),
  'people/old.yaml':
    person('old', 'Oraz the Chronicler', 'Ораз Шежірешіұлы', '1530', 'Court chronicler of the khan', 'A chronicler of the sixteenth century.', '[chronicles]') +
    'died:\n  - { date: 1605, sources: [SA] }\n',
  'people/disputed.yaml': `
id: disputed
kind: person
name: Murat Mukhanov
aliases: [Мұрат Мұханов]
summary: { text: Poet of the steppe whose birth date sources give differently., sources: [SA] }
born:
  - { date: 1893-06-25, sources: [SA] }
  - { date: 1893-07-06, sources: [SB] }
topics: [leaders]
`,
  'events/congress.yaml': `
id: first-congress
kind: event
name: First Steppe Congress
name_ru: Первый степной съезд
name_kk: Бірінші дала съезі
summary: { text: The first congress of the steppe parties met in Orenburg., text_ru: Первый съезд степных партий собрался в Оренбурге., text_kk: Дала партияларының бірінші съезі Орынборда жиналды., sources: [SA] }
when:
  - { date: 1917-07-21, end: 1917-07-28, sources: [SA, SB] }
place: Orenburg
place_ru: Оренбург
place_kk: Орынбор
participants: [aman, dana, erlan]
topics: [congresses]
`,
  'events/proclamation.yaml': `
id: proclamation
kind: event
name: Proclamation of the Steppe Autonomy
summary: { text: The second congress proclaimed the autonomy., sources: [SA] }
when:
  - { date: 1917-12-13, sources: [SA] }
  - { date: 1917-12-23, sources: [SC] }
topics: [autonomy]
`,
  'events/letter.yaml': `
id: letter-of-three
kind: event
name: Letter of Three
summary: { text: Three writers wrote to the regional secretary about the famine., sources: [SC] }
when:
  - { date: 1932-07, sources: [SC] }
participants: [gani, farid, erlan]
topics: [famine]
`,
  'events/monument.yaml': `
id: monument
kind: event
name: Monument to the steppe leaders (2021)
summary: { text: A monument to three steppe leaders was unveiled., sources: [SA] }
when:
  - { date: 2021-07-04, sources: [SA] }
participants: [aman, bolat, dana]
topics: [legacy]
`,
  'events/founding.yaml': `
id: founding
kind: event
name: Founding of the Morning Star newspaper
summary: { text: The newspaper Morning Star was founded., sources: [SB] }
when:
  - { date: 1913, sources: [SB] }
topics: [press]
`,
  'terms/star.yaml': `
id: morning-star
kind: publication
name: Morning Star
aliases: [Tan Juldyz]
summary: { text: Morning Star was a weekly newspaper of the steppe reformers., sources: [SB] }
topics: [press]
`,
  'terms/council.yaml': `
id: steppe-council
kind: organisation
name: Steppe Council
summary: { text: The Steppe Council was the provisional government of the autonomy., sources: [SA] }
topics: [autonomy]
`,
  'terms/autonomy.yaml': `
id: steppe-autonomy
kind: term
name: Steppe Autonomy
summary: { text: Steppe Autonomy was a self-governing region proclaimed in 1917., sources: [SA] }
topics: [autonomy]
`,
  'terms/party.yaml': `
id: steppe-party
kind: party
name: Steppe Party
summary: { text: Steppe Party was a liberal national party founded in 1917., sources: [SA] }
topics: [party]
`,
  'terms/city.yaml': `
id: river-town
kind: place
name: River Town
summary: { text: River Town was the seat of the council on the left bank., sources: [SC] }
topics: [places]
`,
  'quiz/questions.yaml': `
# Hand-written questions for the fixture.
questions:
  - id: star-language
    question: In which language did the Morning Star appear?
    question_ru: На каком языке выходила «Утренняя звезда»?
    question_kk: «Таң жұлдызы» қай тілде шықты?
    options: [Kazakh, Russian, Tatar, French]
    options_ru: [казахский, русский, татарский, французский]
    options_kk: [қазақ тілі, орыс тілі, татар тілі, француз тілі]
    answer: Kazakh
    answer_ru: казахский
    answer_kk: қазақ тілі
    explanation: The Morning Star was a Kazakh-language weekly.
    explanation_ru: «Утренняя звезда» была еженедельником на казахском языке.
    explanation_kk: «Таң жұлдызы» қазақ тілінде шығатын апталық басылым болды.
    sources: [SB]
    topics: [press]
    difficulty: easy
    entries: [morning-star]
`,
};

/** A person with every text in English, Russian and Kazakh (the same English as `person`). */
const personIn = (
  id: string,
  names: [string, string, string],
  kazakh: string,
  born: string,
  roles: [string, string, string],
  summaries: [string, string, string],
  topics = '[leaders]',
) => `
id: ${id}
kind: person
name: ${names[0]}
name_ru: ${names[1]}
name_kk: ${names[2]}
aliases: [${kazakh}]
summary:
  text: ${summaries[0]}
  text_ru: ${summaries[1]}
  text_kk: ${summaries[2]}
  sources: [SA]
born:
  - date: ${born}
    sources: [SA]
roles:
  - title: ${roles[0]}
    title_ru: ${roles[1]}
    title_kk: ${roles[2]}
    sources: [SB]
topics: ${topics}
`;

/**
 * The fixture's people with their names, posts and summaries in Russian and Kazakh too (the
 * English unchanged, so question ids are the fixture's), for rounds played in those languages.
 */
export function translatedQuizKnowledge(): Knowledge {
  return quizKnowledge({
    'people/aman.yaml':
      personIn('aman', ['Aman Alpysov', 'Аман Алпысов', 'Аман Әлпісов'], 'Аман Әлпісов', '1866-03-05',
        ['Chairman of the Steppe Council', 'Председатель Степного совета', 'Дала кеңесінің төрағасы'],
        ['Lawyer and deputy, chairman of the Steppe Council.', 'Аман Алпысов — юрист и депутат, председатель Степного совета.', 'Аман Әлпісов — заңгер және депутат, Дала кеңесінің төрағасы.']) +
      'died:\n  - { date: 1937-09-27, sources: [SA] }\n',
    'people/timur.yaml':
      personIn('timur', ['Timur Tolegenov', 'Тимур Тулегенов', 'Тимур Төлегенұлы'], 'Тимур Төлегенұлы', '1860',
        ['Founder of the Steppe Reading Room', 'Основатель Степной читальни', 'Дала оқу залының негізін қалаушы'],
        ['Teacher who opened a reading room and died young.', 'Тимур Тулегенов — учитель, открывший читальню; умер молодым.', 'Тимур Төлегенұлы — оқу залын ашқан мұғалім; жас қайтыс болды.']) +
      'died:\n  - { date: 1910, sources: [SA] }\n',
    'people/bolat.yaml': personIn('bolat', ['Bolat Bekov', 'Болат Беков', 'Болат Бекұлы'], 'Болат Бекұлы', '1872-09-05',
      ['Editor of the Morning Star', 'Редактор «Утренней звезды»', '«Таң жұлдызының» редакторы'],
      ['Teacher and linguist who edited the Morning Star.', 'Болат Беков — учитель и языковед, редактор «Утренней звезды».', 'Болат Бекұлы — мұғалім және тілші, «Таң жұлдызының» редакторы.']),
    'people/dana.yaml': personIn('dana', ['Dana Dosova', 'Дана Досова', 'Дана Досқызы'], 'Дана Досқызы', '1885-11-25',
      ['Secretary of the Steppe Council', 'Секретарь Степного совета', 'Дала кеңесінің хатшысы'],
      ['Poet and journalist, secretary of the Steppe Council.', 'Дана Досова — поэтесса и журналистка, секретарь Степного совета.', 'Дана Досқызы — ақын және журналист, Дала кеңесінің хатшысы.']),
    'people/erlan.yaml': personIn('erlan', ['Erlan Esov', 'Ерлан Есов', 'Ерлан Есұлы'], 'Ерлан Есұлы', '1879-05-12',
      ['Chief railway engineer', 'Главный инженер железной дороги', 'Темір жолдың бас инженері'],
      ['Railway engineer who planned the Steppe Railway.', 'Ерлан Есов — инженер, проектировавший Степную железную дорогу.', 'Ерлан Есұлы — Дала темір жолын жобалаған инженер.'], '[leaders, railway]'),
    'people/farid.yaml': personIn('farid', ['Farid Faizov', 'Фарид Файзов', 'Фарид Файзұлы'], 'Фарид Файзұлы', '1890-12-25',
      ['Head of the Southern Government', 'Глава Южного правительства', 'Оңтүстік үкіметтің басшысы'],
      ['Politician in exile who led the Southern Government.', 'Фарид Файзов — политик в эмиграции, возглавлявший Южное правительство.', 'Фарид Файзұлы — Оңтүстік үкіметті басқарған эмиграциядағы саясаткер.']),
    'people/gani.yaml': personIn('gani', ['Gani Galiev', 'Гани Галиев', 'Ғани Ғалиұлы'], 'Ғани Ғалиұлы', '1902-03-22',
      ['Head of the Writers Union', 'Глава Союза писателей', 'Жазушылар одағының басшысы'],
      ['Writer who headed the Writers Union.', 'Гани Галиев — писатель, возглавлявший Союз писателей.', 'Ғани Ғалиұлы — Жазушылар одағын басқарған жазушы.'], '[famine]'),
    'people/old.yaml':
      personIn('old', ['Oraz the Chronicler', 'Ораз-летописец', 'Шежіреші Ораз'], 'Ораз Шежірешіұлы', '1530',
        ['Court chronicler of the khan', 'Придворный летописец хана', 'Ханның сарай шежірешісі'],
        ['A chronicler of the sixteenth century.', 'Ораз-летописец — летописец XVI века.', 'Шежіреші Ораз — XVI ғасырдың шежірешісі.'], '[chronicles]') +
      'died:\n  - { date: 1605, sources: [SA] }\n',
    'people/disputed.yaml': `
id: disputed
kind: person
name: Murat Mukhanov
name_ru: Мурат Муханов
name_kk: Мұрат Мұханов
aliases: [Мұрат Мұханов]
summary:
  text: Poet of the steppe whose birth date sources give differently.
  text_ru: Мурат Муханов — степной поэт, дату рождения которого источники называют по-разному.
  text_kk: Мұрат Мұханов — туған күнін дереккөздер әртүрлі көрсететін дала ақыны.
  sources: [SA]
born:
  - { date: 1893-06-25, sources: [SA] }
  - { date: 1893-07-06, sources: [SB] }
topics: [leaders]
`,
  });
}
