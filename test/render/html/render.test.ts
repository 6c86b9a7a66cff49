import {describe, expect, test} from 'vitest'
import {renderHtml, TemplateError} from '../../../src/render/html/index.js'
import type {Block, Inline} from '../../../src/types.js'
import {atelier, li, p, participant, person, section, seminar, summary, t, ul, attendance} from '../../helpers/seminar.js'
import {validationErrors} from './validate.js'

const body = (html: string) => html.slice(html.indexOf('<main>'), html.indexOf('</main>') + 7)

const everyNode: Block[] = [
  p(
    {type: 'strong', children: [t('gras')]}, t(' '),
    {type: 'emphasis', children: [t('italique')]}, t(' '),
    {type: 'delete', children: [t('barré')]}, t(' '),
    {type: 'underline', children: [t('souligné')]}, t(' CO'),
    {type: 'subscript', children: [t('2')]}, t(' 1'),
    {type: 'superscript', children: [t('er')]}, t(' '),
    {type: 'inlineCode', value: 'a < b'}, {type: 'break'},
    {type: 'link', url: 'https://example.org', title: 'Exemple', children: [t('externe')]}, t(' '),
    {type: 'link', url: '#atelier-1', children: [t('interne')]}, t(' '),
    {type: 'link', url: 'javascript:alert(1)', children: [t('piégé')]}, t(' '),
    {type: 'image', url: 'https://example.org/plan.png', alt: 'plan du site'}, t(' '),
    {type: 'html', value: '<span class="x">brut</span>'},
  ),
  {type: 'heading', depth: 2, children: [t('Notes')]},
  {type: 'heading', depth: 4, children: [t('Sous-notes')]},
  {type: 'heading', depth: 1, children: [t('Retour')]},
  {type: 'list', ordered: true, start: 3, children: [
    li(p(t('trois')), {type: 'list', ordered: false, children: [li(p(t('imbriqué')))]}),
    li(p(t('quatre'))),
  ]},
  {type: 'list', ordered: false, children: [
    {type: 'listItem', checked: true, children: [p(t('fait'))]},
    {type: 'listItem', checked: false, children: [p(t('à faire'))]},
  ]},
  {type: 'table', align: ['left', 'center', 'right', null], children: [
    {type: 'tableRow', children: ['A', 'B', 'C', 'D'].map((value) => ({type: 'tableCell' as const, children: [t(value)]}))},
    {type: 'tableRow', children: ['1', '2', '3', '4'].map((value) => ({type: 'tableCell' as const, children: [t(value)]}))},
  ]},
  {type: 'blockquote', children: [p(t('citation'))]},
  {type: 'code', lang: 'js"><x', value: 'console.log("<b>")'},
  {type: 'thematicBreak'},
  {type: 'htmlBlock', value: '<div onclick="x()"><p>bloc <i>brut</i></p></div>'},
]

const kitchenSink = seminar({
  title: 'Séminaire <complet> & varié',
  date: '2019-10-01',
  dateText: '1/10/2019',
  place: {raw: 'Grenoble'},
  schedule: {raw: 'Ateliers 15h00 - 16h30', label: 'Ateliers', start: '15:00', end: '16:30'},
  meta: {organisateur: 'Cap Rural', tags: ['ESS', 'coopération'], contact: {nom: 'Alice', tel: 123}, vide: null},
  intro: [p(t('Introduction du séminaire.'))],
  ateliers: [
    atelier(1, {
      topic: 'Mobilité',
      question: [[t('Pourquoi ?')], [t('Comment ?')]],
      facilitators: [person('Emilie Lanciano'), person('Delphine Lorin'), person('Agnès Bachelot', 'assistant')],
      attendance: [attendance([participant(1, 'GIRARD Anne Sophie', 'TZCLD'), {type: 'participant', number: 2, organization: 'Cap Rural', status: 'present'}, {type: 'participant', number: 3, name: 'Inconnu', extra: ['note'], status: 'present'}])],
      intro: [p(t('Document présenté.'))],
      sections: [section(1, 'Vision', {prompt: [[t('Où aller ?')]], blocks: everyNode})],
    }),
    atelier(2, {sections: [section(1, 'Vision'), section(2, 'Contraintes')]}),
  ],
})
kitchenSink.summary satisfies object
const sinkSummary = summary({
  ateliers: 2, participants: 3, sections: 3, items: 5,
  organizations: [{name: 'Cap Rural', variants: ['Cap Rural', 'cap rural'], participants: 1, ateliers: ['atelier-1']}],
  links: [
    {url: 'https://example.org', text: 'externe', atelier: 'atelier-1'},
    {url: 'javascript:alert(1)', text: 'piégé', atelier: 'atelier-1'},
  ],
})
const sink = {...kitchenSink, summary: sinkSummary}

describe('renderHtml', () => {
  const html = renderHtml(sink)

  test('a whole page that html-validate accepts', async () => {
    expect(await validationErrors(html)).toEqual([])
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/)
    expect(html).toContain('<title>Séminaire &#x3C;complet> &#x26; varié</title>')
    expect(html).toContain('<meta name="generator" content="seminar-report">')
  })

  test('title block: date written out (source wording kept when it says more), place, schedule, meta', () => {
    expect(html).toContain('<h1>Séminaire &#x3C;complet> &#x26; varié</h1>')
    expect(html).toContain('<time datetime="2019-10-01">1er octobre 2019</time> <span class="as-written">(1/10/2019)</span>')
    expect(html).toContain('<dd>Ateliers 15h00 – 16h30</dd>')
    expect(html).toContain('<dt>organisateur</dt><dd>Cap Rural</dd>')
    expect(html).toContain('<ul class="meta-list"><li>ESS</li><li>coopération</li></ul>')
    expect(html).toContain('<dl class="meta-map"><div><dt>nom</dt><dd>Alice</dd></div><div><dt>tel</dt><dd>123</dd></div></dl>')
  })

  test('headings in order: h1 title, h2 ateliers, h3 sections, unknown headings below without skipping', () => {
    const levels = [...body(html).matchAll(/<h(\d)[ >]/g)].map((match) => Number(match[1]))
    for (let index = 1; index < levels.length; index++) expect(levels[index]! - levels[index - 1]!).toBeLessThanOrEqual(1)
    expect(html).toContain('<h2>Atelier 1\u00A0: Mobilité</h2>')
    expect(html).toMatch(/<h3><span class="section-number">1\.<\/span> Vision<\/h3>/)
    expect(html).toContain('<h4>Notes</h4><h5>Sous-notes</h5><h4>Retour</h4>')
  })

  test('contents links point at unique anchors', () => {
    const toc = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'))
    const hrefs = [...toc.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!)
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!)
    expect(new Set(ids).size).toBe(ids.length)
    for (const href of hrefs) expect(ids).toContain(href)
    expect(hrefs).toEqual(expect.arrayContaining(['atelier-1-s1', 'atelier-2-s1', 'atelier-2-s2', 'organizations', 'links']))
  })

  test('facilitators, with assistants set apart', () => {
    expect(html).toContain('Animé par <span class="person facilitator">Emilie Lanciano</span> et <span class="person facilitator">Delphine Lorin</span>, avec l\'appui de <span class="person assistant">Agnès Bachelot</span>')
  })

  test('participants: caption, scoped headers, redacted rows, unsplit names and extra cells', () => {
    expect(html).toContain('<caption>Participants <span class="count">(3)</span></caption>')
    expect(html).toContain('<th class="num" scope="col">N°</th><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Organisation</th><th scope="col">Autre</th>')
    expect(html).toContain('<th class="last-name" scope="row">GIRARD</th><td>Anne Sophie</td>')
    expect(html).toContain('<td colspan="2"><span class="redacted">nom masqué</span></td><td>Cap Rural</td>')
    expect(html).toContain('<th scope="row" colspan="2">Inconnu</th><td></td><td>note</td>')
  })

  test('every block and inline type', () => {
    const section = body(html)
    for (const piece of [
      '<strong>gras</strong>', '<em>italique</em>', '<del>barré</del>', '<u>souligné</u>', 'CO<sub>2</sub>', '1<sup>er</sup>',
      '<code>a &#x3C; b</code><br>',
      '<a href="https://example.org" title="Exemple" rel="noopener noreferrer">externe</a>',
      '<a href="#atelier-1">interne</a>', ' piégé ',
      '<a href="https://example.org/plan.png" rel="noopener noreferrer" class="image"><span class="image-label">Image\u00A0:</span> plan du site</a> <span class="url">https://example.org/plan.png</span>',
      'brut', '<ol start="3"><li>trois<ul><li>imbriqué</li></ul></li><li>quatre</li></ol>',
      '<li class="task done"><span class="task-box" role="img" aria-label="fait">☑</span> fait</li>',
      '<li class="task"><span class="task-box" role="img" aria-label="à faire">☐</span> à faire</li>',
      '<th class="align-left" scope="col">A</th><th class="align-center" scope="col">B</th><th class="align-right" scope="col">C</th><th scope="col">D</th>',
      '<blockquote><p>citation</p></blockquote>',
      '<pre><code class="language-jsx">console.log("&#x3C;b>")</code></pre>', '<hr>',
      '<div class="raw-html"><p>bloc <em>brut</em></p></div>',
    ]) expect(section).toContain(piece)
    // A refused URL is shown as inert text, never as an attribute.
    expect(section).toContain('piégé <code class="refused-url">javascript:alert(1)</code>')
    expect(section).not.toMatch(/(href|src|action)="[^"]*javascript:/i)
    expect(section).not.toContain('class="x"')
    expect(section).not.toContain('onclick')
  })

  test('annex: organizations with their other spellings, links with their atelier', () => {
    expect(html).toContain('<th scope="row">Cap Rural<br><span class="variants">aussi écrit\u00A0: cap rural</span></th><td class="num">1</td><td><a href="#atelier-1">Atelier 1\u00A0: Mobilité</a></td>')
    expect(html).toContain('<li><a href="https://example.org" rel="noopener noreferrer" class="url-shown">externe</a> <span class="url">https://example.org</span> — <a href="#atelier-1">Atelier 1\u00A0: Mobilité</a></li>')
    expect(html).toContain('<li><span class="unsafe-link">piégé</span> <span class="url">javascript:alert(1)</span> — ')
  })

  test('the page is the same each time', () => {
    expect(renderHtml(sink)).toBe(html)
  })
})

describe('languages', () => {
  test('English labels and lang', () => {
    const html = renderHtml(seminar({lang: 'en-GB', date: '2019-10-24', ateliers: [atelier(1, {facilitators: [person('Ann Lee')], attendance: [attendance([participant(1, 'LEE Ann', 'Org')])]})]}))
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('October 24, 2019')
    expect(html).toContain('Facilitated by <span class="person facilitator">Ann Lee</span>')
    expect(html).toContain('<h2 id="contents">Contents</h2>')
    expect(html).toContain('<th scope="col">Last name</th>')
  })

  test('a lang that is not a language tag becomes "und", never raw markup', () => {
    expect(renderHtml(seminar({lang: 'fr" onload="x'}))).toContain('<html lang="und">')
  })
})

describe('shapes of minutes', () => {
  test('no ateliers: seminar sections are h2, seminar participants get a table', async () => {
    const html = renderHtml(seminar({
      sections: [section(1, 'Bilan', {blocks: [p(t('Hausse.'))]})],
      attendance: [attendance([participant(1, 'LEGRAND Sylvie', 'Ministère')], {label: 'Présents'})],
    }))
    expect(html).toContain('<section class="section" id="s1"><h2><span class="section-number">1.</span> Bilan</h2>')
    expect(html).toContain('<caption>Présents <span class="count">(1)</span></caption>')
    expect(html).not.toContain('summary-table')
    expect(await validationErrors(html)).toEqual([])
  })

  test('fully redacted participants: organization only', () => {
    const html = renderHtml(seminar({ateliers: [atelier(1, {attendance: [attendance([{type: 'participant', number: 1, organization: 'Cap Rural', status: 'present'}])]})]}))
    expect(html).toContain('<thead><tr><th class="num" scope="col">N°</th><th scope="col">Organisation</th></tr></thead><tbody><tr><td class="num">1</td><td>Cap Rural</td></tr></tbody>')
  })

  test('ids that collide are made unique; ids that are not valid are folded', () => {
    const html = renderHtml(seminar({
      sections: [section(1, 'a', {id: 'contents'}), section(2, 'b', {id: 'Écologie & co'})],
      ateliers: [atelier(1, {id: 'atelier-1'}), atelier(2, {id: 'atelier-1'})],
    }))
    expect(html).toContain('id="contents"')
    expect(html).toContain('<h2 id="contents-2">Sommaire</h2>')
    expect(html).toContain('id="ecologie-co"')
    expect(html).toContain('id="atelier-1-2"')
  })

  test('control characters become spaces', () => {
    expect(renderHtml(seminar({intro: [p(t('Texte\u0001avec'))]}))).toContain('<p>Texte avec</p>')
  })

  test('an empty seminar still renders a valid page', async () => {
    expect(await validationErrors(renderHtml(seminar()))).toEqual([])
  })
})

describe('templates', () => {
  const minimal = seminar({title: 'T & <t>'})

  test('a user template receives every slot', () => {
    const html = renderHtml(minimal, {template: '<!DOCTYPE html><html lang="{{lang}}"><head><title>{{title}}</title>{{head}}<style>{{css}}</style></head><body>{{body}}<p>{{generator}}</p>{{unknown}}</body></html>', css: 'body{color:red}'})
    expect(html).toContain('<html lang="fr"><head><title>T &#x26; &#x3C;t></title><meta name="generator" content="seminar-report">')
    expect(html).toContain('<style>body{color:red}</style>')
    expect(html).toContain('<h1>T &#x26; &#x3C;t></h1>')
    expect(html).toContain('<p>Rapport produit par seminar-report</p>{{unknown}}')
  })

  test('slots are filled in one pass', () => {
    const html = renderHtml(seminar({title: '{{body}}'}), {template: '{{title}}|{{body}}'})
    expect(html.startsWith('{{body}}|')).toBe(true)
  })

  test('a template without {{body}} is refused', () => {
    expect(() => renderHtml(minimal, {template: '<p>{{title}}</p>'})).toThrow(TemplateError)
  })

  test('a stylesheet that would close <style> is refused', () => {
    expect(() => renderHtml(minimal, {css: 'a{}</style><script>x</script>'})).toThrow(TemplateError)
  })

  test('the generator option', () => {
    expect(renderHtml(minimal, {generator: 'seminar-report 0.1.0'})).toContain('<meta name="generator" content="seminar-report 0.1.0">')
  })
})

void ul
void ({} as Inline)
