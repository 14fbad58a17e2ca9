// gloss pages: offline search, domain filter and the targeted concept.
// Reads window.glossIndex (search-index.js); builds results with textContent
// only, so that glossary text is never interpreted as markup.
(function () {
  'use strict';
  var data = window.glossIndex;
  var doc = document;
  var root = doc.documentElement.getAttribute('data-root') || '';
  var tools = doc.getElementById('_tools');
  var input = doc.getElementById('_q');
  var select = doc.getElementById('_domain');
  var results = doc.getElementById('_results');
  var PREFERRED = 0, VARIANT = 1, FORBIDDEN = 2, LIMIT = 50;

  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
      .replace(/[^\p{L}\p{N}\p{S}]+/gu, ' ').trim();
  }

  var concepts = data ? data.concepts.map(function (c) {
    var forms = [];
    var preferred = {};
    for (var i = 0; i < c[3].length; i++) {
      var f = c[3][i];
      forms.push({ lang: data.languages[f[0]], kind: f[1], text: f[2], key: fold(f[2]) });
      if (f[1] === PREFERRED) { preferred[data.languages[f[0]]] = f[2]; }
    }
    return { id: c[0], page: data.pages[c[1]], domain: c[2] === null ? '' : data.domains[c[2]], forms: forms, preferred: preferred };
  }) : [];

  function score(key, query) {
    if (key === query) { return 0; }
    if (key.indexOf(query) === 0) { return 1; }
    if ((' ' + key).indexOf(' ' + query) >= 0) { return 2; }
    if (key.indexOf(query) >= 0) { return 3; }
    return -1;
  }

  function search(text, domain) {
    var query = fold(text);
    if (!query) { return null; }
    var found = [];
    concepts.forEach(function (c) {
      if (domain && c.domain !== domain) { return; }
      var best = null;
      c.forms.forEach(function (f) {
        var s = score(f.key, query);
        if (s < 0) { return; }
        var rank = s * 3 + f.kind;
        if (!best || rank < best.rank || (rank === best.rank && f.key.length < best.form.key.length)) {
          best = { rank: rank, form: f };
        }
      });
      if (best) { found.push({ concept: c, form: best.form, rank: best.rank }); }
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.form.key.length - b.form.key.length; });
    return found.slice(0, LIMIT);
  }

  function span(text, lang, className) {
    var s = doc.createElement('span');
    s.textContent = text;
    if (lang) { s.lang = lang; }
    s.dir = 'auto';
    if (className) { s.className = className; }
    return s;
  }

  function show(found) {
    results.textContent = '';
    if (found === null) { return; }
    if (!found.length) {
      var none = doc.createElement('p');
      none.textContent = results.getAttribute('data-none');
      results.appendChild(none);
      return;
    }
    var list = doc.createElement('ul');
    found.forEach(function (hit) {
      var item = doc.createElement('li');
      var link = doc.createElement('a');
      link.href = root + hit.concept.page + '#' + encodeURIComponent(hit.concept.id);
      link.appendChild(span(hit.form.text, hit.form.lang, hit.form.kind === FORBIDDEN ? 'forbidden' : ''));
      item.appendChild(link);
      if (hit.form.kind === FORBIDDEN) {
        var parts = results.getAttribute('data-forbidden').split('{preferred}');
        var note = span('', null, 'note use');
        note.appendChild(doc.createTextNode(' — ' + parts[0]));
        note.appendChild(span(hit.concept.preferred[hit.form.lang] || '', hit.form.lang, 'approved'));
        note.appendChild(doc.createTextNode(parts.slice(1).join('')));
        item.appendChild(note);
      } else if (hit.form.kind === VARIANT) {
        item.appendChild(span(' — ' + results.getAttribute('data-variant'), null, 'note'));
      }
      Object.keys(hit.concept.preferred).forEach(function (lang) {
        var term = hit.concept.preferred[lang];
        if (lang === hit.form.lang && hit.form.kind !== VARIANT) { return; }
        item.appendChild(doc.createTextNode(' · '));
        item.appendChild(span(term, lang, 'translation'));
      });
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function filterCards(domain) {
    var cards = doc.querySelectorAll('article.concept');
    for (var i = 0; i < cards.length; i++) {
      cards[i].hidden = !!domain && cards[i].getAttribute('data-domain') !== domain;
    }
  }

  function update() {
    var domain = select ? select.value : '';
    filterCards(domain);
    show(search(input.value, domain));
    var params = new URLSearchParams(location.search);
    if (input.value) { params.set('q', input.value); } else { params.delete('q'); }
    if (domain) { params.set('domain', domain); } else { params.delete('domain'); }
    var query = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
    } catch (e) { /* file: URLs may refuse; the search works all the same */ }
  }

  function target() {
    var id = decodeURIComponent(location.hash.slice(1));
    var previous = doc.querySelector('article.concept.current');
    if (previous) { previous.classList.remove('current'); }
    if (!id) { return; }
    var element = doc.getElementById(id);
    if (element && element.classList.contains('concept')) {
      element.classList.add('current');
      return;
    }
    if (!element) {
      // A stable link (index.html#id) to a concept listed on another page.
      for (var i = 0; i < concepts.length; i++) {
        if (concepts[i].id === id) {
          location.replace(root + concepts[i].page + '#' + encodeURIComponent(id));
          return;
        }
      }
    }
  }

  if (data && tools && input && results) {
    tools.hidden = false;
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    if (select && params.get('domain')) { select.value = params.get('domain'); }
    input.addEventListener('input', update);
    if (select) { select.addEventListener('change', update); }
    if (input.value || (select && select.value)) { update(); }
  }
  target();
  window.addEventListener('hashchange', target);
}());
