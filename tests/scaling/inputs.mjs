// Hostile and large inputs for the scaling test, generated on the fly (nothing from ../shared).
// Every generator is deterministic and returns a string of about the requested size.

// A paragraph written for this test: news-style prose with direct and reported speech,
// sources, organisations and places. {A} and {B} are replaced by names that change from
// paragraph to paragraph, so the number of distinct actors grows with the input.
const PARAGRAPH_EN =
  'LONDON (Reuters) - The city council approved the new transport budget on Tuesday after a long ' +
  'debate. "We have waited far too long for this," said councillor {A}, who chairs the finance ' +
  'committee. According to the Office for National Statistics, commuting times rose by 12% last ' +
  'year. {B}, a spokesperson for the Green Party, told the BBC that the plan was "a good start, ' +
  'but only a start". Officials, speaking on condition of anonymity, said the vote had been close. ' +
  'The mayor declined to comment.\n\n';
const PARAGRAPH_DE =
  'Berlin (dpa) - Der Stadtrat hat am Dienstag nach langer Debatte den neuen Verkehrshaushalt ' +
  'beschlossen. „Wir haben viel zu lange darauf gewartet“, sagte Stadträtin {A}, die den ' +
  'Finanzausschuss leitet. Laut Statistischem Bundesamt stiegen die Pendelzeiten im vergangenen ' +
  'Jahr um zwölf Prozent. {B}, Sprecher der Grünen, sagte der Zeitung, der Plan sei »ein guter ' +
  'Anfang, aber nur ein Anfang«. Wie aus Regierungskreisen verlautete, war die Abstimmung knapp.\n\n';

const FIRST = ['Anna', 'Tom', 'Lea', 'Jan', 'Mary', 'Karl', 'Priya', 'Ben', 'Sara', 'Lukas', 'Nina', 'Omar'];
const SYL = ['ber', 'lin', 'ston', 'wal', 'mar', 'ke', 'ro', 'sen', 'dor', 'ham', 'vik', 'tal', 'ner', 'go'];

function surname(i) {
  let s = '';
  let n = i;
  do {
    s += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  } while (n > 0);
  return s[0].toUpperCase() + s.slice(1);
}

function fill(bytes, piece) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; ++i) {
    const p = piece(i);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

export function prose(bytes, lang = 'en') {
  const para = lang === 'de' ? PARAGRAPH_DE : PARAGRAPH_EN;
  return fill(bytes, (i) =>
    para.replace('{A}', `${FIRST[i % FIRST.length]} ${surname(2 * i)}`)
        .replace('{B}', `${FIRST[(i + 5) % FIRST.length]} ${surname(2 * i + 1)}`));
}

// n quotation marks of every style, none of them closed where it should be, with words between.
export function unbalancedMarks(n) {
  const marks = ['„', '“', '»', '«', '‚', '"', '”', '›', '‘', '\''];
  const words = ['sagte Kim ', 'said Bash ', 'Das ', 'we ', ': ', ', so Müller. ', 'According to ', ''];
  const parts = [];
  for (let i = 0; i < n; ++i) parts.push(marks[(i * 7) % marks.length], words[(i * 3) % words.length]);
  return parts.join('');
}

// depth-level nesting „‚„‚… with speech around it, closed again at the end.
export function nesting(depth) {
  const open = [], close = [];
  for (let i = 0; i < depth; ++i) {
    open.push(i % 2 ? '‚' : '„', i % 7 === 0 ? 'Er sagte: ' : '');
    close.push(i % 2 ? '‘' : '“');
  }
  return 'Kim sagte: ' + open.join('') + 'Mitte' + close.reverse().join('') + ', sagte Kim.';
}

// One "sentence" of bytes without any punctuation: lower- and upper-case words, cue verbs.
export function noPunctuation(bytes) {
  const words = ['the', 'Minister', 'said', 'that', 'Anna', 'Keller', 'sagte', 'laut', 'according', 'to',
    'Reuters', 'und', 'der', 'Stadtrat', 'told', 'reporters', 'Berlin', 'officials'];
  return fill(bytes, (i) => words[(i * 5 + (i >> 4)) % words.length] + ' ');
}

// Megabytes of one repeated name.
export function repeatedName(bytes) {
  return fill(bytes, () => 'Angela Merkel ');
}
