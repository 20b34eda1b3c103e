// German news pages for the article-boundary test, in the structures German news sites use:
// navigation and breadcrumbs, a lead paragraph styled apart from the body, photos with captions and
// picture credits ("Foto: …", "Bildrechte: …"), "Mehr zum Thema" and "Lesen Sie auch" boxes,
// teaser grids, newsletter boxes, reader comments ("Leserkommentare", "Postings"), footers.
// Every teaser and comment holds quote-like text ("…", sagte …; laut …) so a boundary error shows
// up as highlights outside the article.
//
// The article texts carried here were written for these tests (no text is copied from anywhere).
// When ../shared/corpora/de-10kgnad exists, the same templates are also filled at run time with
// articles from it (read there, never stored in the repository).
// Each page: { name, html, expectedText (the article as the reader sees it: lead, body,
// subheadings, photo captions; not headline, byline, credits or anything around), title }.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, parseCsv } from './ext-pages.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---- texts written for these tests
export const CARRIED = [
  {
    title: 'Wasserwerk Eschenau erhöht die Preise',
    lead: 'Die Haushalte in Eschenau zahlen vom Januar an rund zwölf Prozent mehr für ihr Trinkwasser. Der Stadtrat billigte die Erhöhung am Donnerstagabend mit knapper Mehrheit.',
    body: [
      'Begründet wird der Schritt mit den Kosten für die Sanierung der Leitungen, die zum Teil aus den fünfziger Jahren stammen. "Wir haben jahrzehntelang zu wenig investiert, das holt uns jetzt ein", sagte Werkleiterin Sabine Krautmann in der Sitzung.',
      '## Opposition spricht von Zumutung',
      'Die Fraktion der Freien Wähler stimmte geschlossen dagegen. Ihr Vorsitzender Jörg Bellmann erklärte, die Erhöhung treffe vor allem Familien und Rentner. Die Stadt hätte nach seiner Ansicht zuerst die eigenen Rücklagen angreifen müssen.',
      'Laut einem Gutachten des Ingenieurbüros Hartwig & Söhne müssen in den kommenden zehn Jahren etwa 38 Kilometer Leitungen ersetzt werden. Die Kosten schätzen die Gutachter auf 21 Millionen Euro.',
      'Oberbürgermeister Thomas Reinhardt (SPD) verteidigte den Beschluss. Niemand erhöhe gern Gebühren, sagte er, aber ein Rohrbruch im Winter sei für alle Beteiligten teurer. Nach Angaben der Stadtverwaltung liegt Eschenau auch nach der Erhöhung unter dem Landesdurchschnitt. (dpa)',
    ],
    caption: 'Arbeiter tauschen in der Bahnhofstraße eine Wasserleitung aus.',
  },
  {
    title: 'Fähre nach Norderwarft fällt bis Ostern aus',
    lead: 'Wer auf die Hallig Norderwarft will, muss in den kommenden Wochen umplanen: Die einzige Fähre liegt wegen eines Getriebeschadens in der Werft.',
    body: [
      'Die Reederei teilte am Montag mit, das Ersatzteil müsse erst in Dänemark gefertigt werden. Mit einer Rückkehr des Schiffs rechne man frühestens Mitte April.',
      'Für die 47 Bewohner der Hallig wird ein Schiffstaxi eingesetzt, das zweimal täglich fährt. "Für den Alltag reicht das, für den Ausflugsverkehr nicht", sagte Reederei-Sprecher Henning Lorenzen. Tagesgäste sollten auf die Fahrten nach Pellworm ausweichen.',
      '## Bürgermeisterin fordert zweites Schiff',
      'Halligbürgermeisterin Anke Petersen nannte den Ausfall ärgerlich, aber absehbar. Sie habe seit Jahren darauf hingewiesen, dass eine einzige Fähre für die Versorgung nicht genüge, sagte sie den "Husumer Nachrichten". Das Kieler Verkehrsministerium kündigte an, die Frage eines Ersatzschiffs zu prüfen.',
      'Nach Angaben des Kreises sind Lieferungen von Lebensmitteln und Heizöl gesichert. Auch der Rettungsdienst sei nicht betroffen, hieß es.',
    ],
    caption: 'Die Fähre "Norderwarft" im Hafen von Schlüttsiel.',
  },
  {
    title: 'Bibliothek öffnet sonntags – ein Jahr Probebetrieb',
    lead: 'Die Stadtbibliothek Lindenfeld hat künftig auch am Sonntag geöffnet. Möglich macht das eine Gesetzesänderung des Landes, die offene Bibliotheken ohne Fachpersonal erlaubt.',
    body: [
      'Von 11 bis 17 Uhr können Leserinnen und Leser Bücher ausleihen und zurückgeben, an Tischen arbeiten und das Café nutzen. Die Ausleihe läuft über Automaten, eine Aufsicht ist vor Ort.',
      'Bibliotheksleiter Marco Hesse sprach von einem Experiment. "Wir wissen nicht, wer kommt, und genau das wollen wir herausfinden", sagte er. Nach einem Jahr werde die Stadt auswerten, wie stark das Angebot genutzt werde.',
      'Der Personalrat sieht die Pläne kritisch. Sonntagsarbeit dürfe nicht zur Regel werden, erklärte die Vorsitzende Claudia Wendt. Nach Angaben der Gewerkschaft Verdi arbeiten bereits in mehreren Städten offene Bibliotheken mit geringerem Personal.',
      'Die Kosten für Automaten und Sicherheitstechnik von rund 180.000 Euro trägt zum großen Teil das Land. Wie eine Sprecherin des Kulturministeriums mitteilte, haben sich bisher 14 Kommunen um die Förderung beworben.',
    ],
    caption: 'Lesesaal der Stadtbibliothek Lindenfeld.',
  },
];

// ---- clutter written for these tests (quote-like on purpose)
const NAV = '<header class="site-header"><a class="logo" href="/">Nordkurier Tagblatt</a><nav class="main-nav"><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/region">Region</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>';
const BREADCRUMB = '<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/region">Region</a></li><li>Eschenau</li></ol>';
const MEHR = `<aside class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul>
<li><a href="/t1">"Die Lage ist ernst": Minister warnt vor Engpässen</a></li>
<li><a href="/t2">Laut Verband steigen die Kosten weiter</a></li>
<li><a href="/t3">Bürgermeister sagte, man werde die Pläne prüfen</a></li></ul></aside>`;
const LESEN = '<p class="lesen-sie-auch"><strong>Lesen Sie auch:</strong> <a href="/t4">"Wir sind am Limit", sagt die Feuerwehr</a></p>';
const TEASERS = `<section class="teaser-grid"><h2>Weitere Artikel</h2>
<div class="teaser"><h3><a href="/t5">Streit um Windpark geht weiter</a></h3><p>Der Landrat sagte am Dienstag, er sehe keinen Spielraum mehr. Nach Angaben der Betreiber könnten die Anlagen 2028 ans Netz gehen.</p></div>
<div class="teaser"><h3><a href="/t6">Neue Buslinie ab Dezember</a></h3><p>"Das ist ein Gewinn für die Dörfer", sagte die Verkehrsdezernentin. Laut Kreis fahren die Busse im Stundentakt.</p></div>
<div class="teaser"><h3><a href="/t7">Krankenhaus sucht Pflegekräfte</a></h3><p>Die Klinikleitung erklärte, man habe 40 Stellen nicht besetzen können. Eine Sprecherin sagte, die Lage sei angespannt.</p></div>
</section>`;
const NEWSLETTER = '<div class="newsletter-box"><p>"Der beste Start in den Tag", sagt unsere Chefredakteurin: Abonnieren Sie den Morgen-Newsletter.</p><form><input type="email"><button>Anmelden</button></form></div>';
const COMMENTS = `<section id="kommentare" class="leserkommentare"><h2>Leserkommentare (3)</h2>
<div class="kommentar"><b>Hans_W.</b><p>"Das ist doch alles abgesprochen", hat mir ein Stadtrat gesagt. Laut meinem Nachbarn war das schon lange klar.</p></div>
<div class="kommentar"><b>Leserin78</b><p>Der Oberbürgermeister sagte im Wahlkampf noch etwas ganz anderes. Typisch.</p></div>
<div class="kommentar"><b>k.meier</b><p>Wie die Zeitung schon letztes Jahr berichtete, ist die Stadt pleite.</p></div></section>`;
const FOOTER = '<footer class="site-footer"><p>© Nordkurier Tagblatt 2026 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p><p>"Journalismus mit Haltung", sagt der Verlag.</p></footer>';
const BYLINE = '<p class="byline">Von <a href="/autor/lena-voss">Lena Voss</a> · 07.12.2026, 10:15 Uhr</p>';
const CREDIT = (s) => `<span class="bildrechte">Foto: dpa/${s}</span>`;

const bodyHtml = (body) => body.map((b) => (b.startsWith('## ') ? `<h2>${esc(b.slice(3))}</h2>` : `<p>${esc(b)}</p>`)).join('\n');
const expected = (a) => [a.lead, ...a.body.slice(0, 2).map((b) => b.replace(/^## /, '')), a.caption, ...a.body.slice(2).map((b) => b.replace(/^## /, ''))].join('\n');
const doc = (title, body) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${esc(title)} | Nordkurier Tagblatt</title>
<style>body{font:17px/1.5 Georgia,serif;margin:0 auto;max-width:1000px}.main-nav ul,.breadcrumb{display:flex;gap:12px;list-style:none}</style></head><body>${body}</body></html>`;
const figure = (a) => `<figure class="article-image"><img src="/bild.jpg" alt="" width="600" height="400"><figcaption><span class="caption">${esc(a.caption)}</span> ${CREDIT('Jens Kalaene')}</figcaption></figure>`;

// Four page structures; each puts the caption after the second body block (expected() agrees).
const TEMPLATES = {
  // <article> with a separate lead, a figure, boxes inside the article, comments after it
  article: (a) => `${NAV}${BREADCRUMB}<main><article class="story">
<header><h1>${esc(a.title)}</h1>${BYLINE}<p class="lead"><strong>${esc(a.lead)}</strong></p></header>
<div class="story-body">${bodyHtml(a.body.slice(0, 2))}${LESEN}${figure(a)}${bodyHtml(a.body.slice(2))}${MEHR}</div>
</article>${NEWSLETTER}${COMMENTS}</main>${TEASERS}${FOOTER}`,
  // no <article>/<main>: nested <div>s, the lead in a <div class="teaser-text">, a sidebar of teasers
  divs: (a) => `${NAV}<div id="page"><div class="col-left"><div class="story-content"><h1 class="headline">${esc(a.title)}</h1>${BYLINE}
<div class="lead-text">${esc(a.lead)}</div>${bodyHtml(a.body.slice(0, 2))}${figure(a)}<div class="text">${bodyHtml(a.body.slice(2))}</div></div>
<div class="postings"><h2>Postings</h2><div class="posting"><p>"Endlich sagt es mal einer", schrieb ein Nutzer. Laut Umfrage sieht das die Mehrheit anders.</p></div></div></div>
<div class="col-right">${MEHR}${TEASERS}</div></div>${FOOTER}`,
  // a <main> page with the article in a <section>, teaser grid and newsletter between article and comments
  sections: (a) => `${NAV}<main id="content"><section class="article-section"><h1>${esc(a.title)}</h1>${BYLINE}
<p class="intro">${esc(a.lead)}</p>${bodyHtml(a.body.slice(0, 2))}${figure(a)}${bodyHtml(a.body.slice(2))}
<p class="stand">Stand: 07.12.2026 10:15 Uhr</p></section>${TEASERS}${NEWSLETTER}${MEHR}${COMMENTS}</main>${FOOTER}`,
  // the lead as the first paragraph of a teaser-like header outside the body container
  leadOutside: (a) => `${NAV}${BREADCRUMB}<div class="article-header"><h1>${esc(a.title)}</h1><p class="article-lead">${esc(a.lead)}</p>${BYLINE}</div>
<div class="article-body">${bodyHtml(a.body.slice(0, 2))}${figure(a)}${LESEN}${bodyHtml(a.body.slice(2))}</div>${MEHR}${COMMENTS}${TEASERS}${FOOTER}`,
};

// A 10kGNAD article as { title, lead, body, caption }: the first sentence is the lead, the rest
// paragraphs of three sentences, with a subheading; its caption is a sentence of the text itself.
function gnadArticles(n) {
  const p = join(SHARED, 'corpora', 'de-10kgnad', 'test.csv');
  if (!existsSync(p)) return [];
  const rows = parseCsv(readFileSync(p, 'utf8'), ';', "'");
  const out = [];
  for (const r of rows) {
    const t = (r[1] || '').replace(/\s+/g, ' ').trim();
    if (t.length < 1800 || t.length > 5000 || !/[„"][^„"“]{10,200}[“"]/.test(t)) continue;
    const sentences = t.match(/[^.!?]+[.!?]+["“”]?\s*|[^.!?]+$/g).map((s) => s.trim()).filter(Boolean);
    if (sentences.length < 10) continue;
    const body = [];
    for (let i = 1; i < sentences.length; i += 3) body.push(sentences.slice(i, i + 3).join(' '));
    body.splice(3, 0, `## ${r[0]}`);
    out.push({ title: `${r[0]}: ${sentences[0].split(' ').slice(0, 6).join(' ')}`, lead: sentences[0], body, caption: 'Symbolbild zum Artikel.' });
    if (out.length >= n) break;
  }
  return out;
}

export function germanPages() {
  const pages = [];
  const names = Object.keys(TEMPLATES);
  CARRIED.forEach((a, i) => {
    for (const [k, t] of Object.entries(TEMPLATES)) {
      if ((i + names.indexOf(k)) % 2) continue; // each text in two of the four structures
      pages.push({ name: `de-${k}-${i + 1}`, html: doc(a.title, t(a)), expectedText: expected(a), title: a.title, byline: 'Lena Voss' });
    }
  });
  const gnad = gnadArticles(names.length);
  gnad.forEach((a, i) => {
    const k = names[i];
    pages.push({ name: `de-gnad-${k}`, html: doc(a.title, TEMPLATES[k](a)), expectedText: expected(a), title: a.title, byline: 'Lena Voss', shared: true });
  });
  return { pages, skipped: gnad.length ? [] : ['de-10kgnad corpus missing: German pages use the carried texts only'] };
}
