'use strict';
/* What the portal's pages share: their language, the tenant's slug from the address, and calls to /api/portal. */
const Portal = (function () {
  const params = new URLSearchParams(window.location.search);
  const asked = (params.get('lang') || navigator.language || 'fr').toLowerCase();
  const lang = asked.startsWith('en') ? 'en' : 'fr';
  const slug = window.location.pathname.split('/')[2] || '';

  function translate(texts) {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(function (element) {
      const text = texts[lang][element.dataset.t];
      if (text !== undefined) {
        element.textContent = text;
      }
    });
    document.title = texts[lang].title;
  }

  async function call(method, path, body, csrf) {
    const headers = {'Accept': 'application/json, application/problem+json'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (csrf) {
      headers['X-CSRF-Token'] = csrf;
    }
    let response;
    try {
      response = await fetch(path, {method, headers, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body)});
    } catch (e) {
      return {status: 0, json: null};
    }
    let json = null;
    try {
      json = await response.json();
    } catch (e) {
      json = null;
    }
    return {status: response.status, json, retryAfter: response.headers.get('Retry-After')};
  }

  function show(element, text, kind) {
    element.textContent = text;
    element.className = kind;
  }

  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const formats = {
    integer: new Intl.NumberFormat(locale),
    euros: new Intl.NumberFormat(locale, {style: 'currency', currency: 'EUR'}),
    date: function (instant) {
      return instant ? new Date(instant).toLocaleDateString(locale, {day: 'numeric', month: 'long', year: 'numeric'}) : '';
    },
    dateTime: function (instant) {
      return instant ? new Date(instant).toLocaleString(locale) : '';
    },
    /** A calendar day (2026-12-03) as the reader writes it, whatever their zone. */
    day: function (isoDate) {
      return isoDate ? new Date(isoDate + 'T12:00:00').toLocaleDateString(locale, {day: 'numeric', month: 'long', year: 'numeric'}) : '';
    }
  };

  /** The text with each {name} replaced by its value. */
  function fill(text, values) {
    return Object.keys(values).reduce(function (s, k) {
      return s.split('{' + k + '}').join(values[k]);
    }, text);
  }

  function $(id) {
    return document.getElementById(id);
  }

  /** Puts a section's texts in its [data-t] elements (a signed-in section, translated when it is shown). */
  function translateSection(id, texts) {
    document.querySelectorAll('#' + id + ' [data-t]').forEach(function (element) {
      if (typeof texts[element.dataset.t] === 'string') {
        element.textContent = texts[element.dataset.t];
      }
    });
  }

  /** A small button of a list line. */
  function button(text, className, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary small ' + className;
    b.textContent = text;
    b.addEventListener('click', action);
    return b;
  }

  /** What to say of a refused call: the service's own words, else {@code fallback}. */
  function problem(answer, fallback) {
    return answer.json && answer.json.detail ? answer.json.detail : fallback;
  }

  /** Copies a secret shown once; where the clipboard is refused, selects it for the user to copy. */
  async function copy(element) {
    try {
      await navigator.clipboard.writeText(element.textContent);
      return true;
    } catch (e) {
      const range = document.createRange();
      range.selectNodeContents(element);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return false;
    }
  }

  return {lang, slug, locale, formats, $, fill, translate, translateSection, call, show, button, problem, copy};
})();
