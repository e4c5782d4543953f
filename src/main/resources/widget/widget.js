/*
 * Kartoteka newsroom widget. Embed:
 *   <div data-kartoteka-metric="political-prisoners" data-lang="be" data-sparkline></div>
 *   <script src="https://YOUR-KARTOTEKA/widget.js" async></script>
 * It reads /api/v1/public/counts/{metric} (and /api/v1/stats/series for data-sparkline) from the
 * origin it was loaded from. Text goes in with textContent only: nothing the API returns becomes
 * markup. The word tables match org.kartoteka.stats.CountText.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script && script.src ? new URL(script.src, window.location.href).origin : '';
  var NBSP = '\u00a0';
  var T = {
    en: { q: { AT_LEAST: 'at least', MORE_THAN: 'more than', NEARLY: 'nearly', ABOUT: 'about', AT_MOST: 'at most' },
      asOf: 'as of', source: 'Source', none: 'no figure yet', unavailable: 'figure unavailable',
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
        'November', 'December'] },
    be: { q: { AT_LEAST: 'не менш за', MORE_THAN: 'больш за', NEARLY: 'амаль', ABOUT: 'каля', AT_MOST: 'не больш за' },
      asOf: 'па стане на', source: 'Крыніца', none: 'няма лічбы', unavailable: 'лічба недаступная',
      monthsOfDay: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня',
        'кастрычніка', 'лістапада', 'снежня'],
      months: ['студзень', 'люты', 'сакавік', 'красавік', 'май', 'чэрвень', 'ліпень', 'жнівень', 'верасень',
        'кастрычнік', 'лістапад', 'снежань'] },
    ru: { q: { AT_LEAST: 'не менее', MORE_THAN: 'более', NEARLY: 'почти', ABOUT: 'около', AT_MOST: 'не более' },
      asOf: 'по состоянию на', source: 'Источник', none: 'нет данных', unavailable: 'данные недоступны',
      monthsOfDay: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
        'ноября', 'декабря'],
      months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
        'ноябрь', 'декабрь'] }
  };
  var CSS = __KARTOTEKA_CSS__; // filled in from widget.css when the service starts

  function lang(node) {
    var l = (node.getAttribute('data-lang') || 'en').toLowerCase();
    return T[l] ? l : 'en';
  }

  function number(l, value) {
    var digits = String(Math.round(Number(value)));
    var sep = l === 'en' ? ',' : NBSP;
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  }

  function date(l, text) {
    var p = String(text).split('-');
    if (p.length === 1) { return p[0]; }
    var m = parseInt(p[1], 10) - 1;
    if (p.length === 2) { return T[l].months[m] + ' ' + p[0]; }
    return parseInt(p[2], 10) + ' ' + (T[l].monthsOfDay || T[l].months)[m] + ' ' + p[0];
  }

  function figure(l, count) {
    if (count.value === null || count.value === undefined) { return T[l].none; }
    var q = count.qualifier && T[l].q[count.qualifier];
    return (q ? q + ' ' : '') + number(l, count.value);
  }

  function label(l, count) {
    var labels = count.labels || {};
    return labels[l] || labels.en || count.label;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function addStyle() {
    if (document.getElementById('kartoteka-widget-style')) { return; }
    var style = el('style');
    style.id = 'kartoteka-widget-style';
    style.textContent = CSS;
    (document.head || document.documentElement).appendChild(style);
  }

  function render(node, count, l) {
    node.textContent = '';
    node.classList.add('kartoteka-widget');
    node.appendChild(el('div', 'kw-label', label(l, count)));
    node.appendChild(el('div', 'kw-figure', figure(l, count)));
    if (count.asOf) { node.appendChild(el('div', 'kw-date', T[l].asOf + ' ' + date(l, count.asOf))); }
    var src = count.source;
    var name = src && (src.title || src.publisher);
    if (name) {
      var line = el('div', 'kw-source', T[l].source + ': ');
      if (src.url && /^https?:\/\//.test(src.url)) {
        var a = el('a', null, name);
        a.href = src.url;
        a.rel = 'noopener';
        a.target = '_blank';
        line.appendChild(a);
      } else {
        line.appendChild(document.createTextNode(name));
      }
      node.appendChild(line);
    }
  }

  function isoDaysAgo(days) {
    return new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
  }

  function sparkValues(count, series) {
    if (count.computed) {
      return (series.points || []).map(function (p) { return p.value; });
    }
    return (series.reported || []).filter(function (o) { return o.asOf; })
      .sort(function (a, b) { return a.asOf < b.asOf ? -1 : 1; })
      .map(function (o) { return Number(o.value); });
  }

  function sparkline(node, count) {
    var query = count.computed ? '&interval=month&from=' + isoDaysAgo(730) : '&interval=year&from=' + isoDaysAgo(3650);
    return fetch(base + '/api/v1/stats/series?metric=' + encodeURIComponent(count.metric) + query)
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (series) {
        var values = sparkValues(count, series);
        if (values.length < 2) { return; }
        var w = 120, h = 28, max = Math.max.apply(null, values), min = Math.min.apply(null, values);
        var span = max - min || 1;
        var points = values.map(function (v, i) {
          return (i * w / (values.length - 1)).toFixed(1) + ',' + (h - 2 - (v - min) * (h - 4) / span).toFixed(1);
        }).join(' ');
        var ns = 'http://www.w3.org/2000/svg';
        var svg = document.createElementNS(ns, 'svg');
        svg.setAttribute('width', w);
        svg.setAttribute('height', h);
        svg.setAttribute('class', 'kw-sparkline');
        svg.setAttribute('aria-hidden', 'true');
        var line = document.createElementNS(ns, 'polyline');
        line.setAttribute('points', points);
        line.setAttribute('fill', 'none');
        line.setAttribute('stroke', '#c1272d');
        line.setAttribute('stroke-width', '1.5');
        svg.appendChild(line);
        node.appendChild(svg);
      })
      .catch(function () { /* the figure stands without its sparkline */ });
  }

  function load(node) {
    var l = lang(node);
    var metric = node.getAttribute('data-kartoteka-metric');
    fetch(base + '/api/v1/public/counts/' + encodeURIComponent(metric))
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (count) {
        render(node, count, l);
        var spark = node.getAttribute('data-sparkline');
        if (spark !== null && spark !== 'false') { return sparkline(node, count); }
      })
      .catch(function () {
        if (!node.hasAttribute('data-rendered')) { node.textContent = T[l].unavailable; }
      });
  }

  function init() {
    addStyle();
    Array.prototype.forEach.call(document.querySelectorAll('[data-kartoteka-metric]'), load);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
