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

  return {lang, slug, translate, call, show};
})();
