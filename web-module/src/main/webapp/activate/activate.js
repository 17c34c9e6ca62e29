'use strict';
(function () {
  const form = document.getElementById('activateForm');
  const key = document.getElementById('key');
  const checkResult = document.getElementById('checkResult');
  const result = document.getElementById('result');

  const TEXTS = {
    fr: {
      title: 'Activer une clé de licence · Guichet', heading: 'Activer une clé de licence', key: 'Clé de licence',
      account: 'Le compte Guichet de votre organisation', tenant: 'Organisation (son nom de connexion)',
      email: 'E-mail', password: 'Mot de passe', activate: 'Activer', or: 'Ou',
      portalLink: 'ouvrez le portail de votre organisation',
      orRest: '(une fois son nom de connexion saisi ci-dessus) : connectez-vous, la clé y est déjà saisie.',
      incomplete: 'La clé n’est pas complète : {n} de ses 25 caractères.', valid: 'Valable : {days} jours de {plan}.',
      unchecked: 'La clé ne peut pas être vérifiée pour l’instant.', activating: 'Activation…',
      signInFailed: 'La connexion a échoué.', activated: 'Activée. L’accès de votre organisation court jusqu’au {date}.',
      failed: 'L’activation a échoué.'
    },
    en: {
      title: 'Activate a license key · Guichet', heading: 'Activate a license key', key: 'License key',
      account: 'Your organisation\'s Guichet account', tenant: 'Organisation (its sign-in name)',
      email: 'E-mail', password: 'Password', activate: 'Activate', or: 'Or',
      portalLink: 'open your organisation\'s portal',
      orRest: '(once its sign-in name is typed above): sign in there, and the key is filled in for you.',
      incomplete: 'The key is not complete yet: {n} of its 25 characters.', valid: 'Valid: {days} days of {plan}.',
      unchecked: 'The key cannot be checked now.', activating: 'Activating…', signInFailed: 'Sign-in failed.',
      activated: 'Activated. Your organisation\'s access now ends on {date}.', failed: 'Activation failed.'
    }
  };
  Portal.translate(TEXTS);
  const t = TEXTS[Portal.lang];

  async function post(path, body, csrf) {
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'};
    if (csrf) {
      headers['X-CSRF-Token'] = csrf;
    }
    const response = await fetch(path, {method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin'});
    let json = null;
    try {
      json = await response.json();
    } catch (e) {
      json = null;
    }
    return {status: response.status, json};
  }

  function show(element, text, kind) {
    element.textContent = text;
    element.className = kind;
  }

  // The key's characters without the separators a person types or copies (dashes, spaces).
  function typed() {
    return key.value.replace(/[\s-]/g, '');
  }

  async function check() {
    if (!key.value.trim()) {
      show(checkResult, '', 'hint');
      return;
    }
    if (typed().length < 25) {
      show(checkResult, t.incomplete.replace('{n}', typed().length), 'hint');
      return;
    }
    const answer = await post('/api/licenses/check', {key: key.value});
    if (answer.status !== 200 || !answer.json) {
      show(checkResult, answer.json && answer.json.detail ? answer.json.detail : t.unchecked, 'error');
      return;
    }
    const c = answer.json;
    if (c.valid) {
      show(checkResult, t.valid.replace('{days}', c.durationDays).replace('{plan}', c.plan), 'ok');
    } else {
      show(checkResult, LicenseRefusals.ofCheck(c.code), 'error');
    }
  }

  function fromFragment() {
    const fragment = new URLSearchParams(window.location.hash.substring(1));
    if (fragment.get('key')) {
      key.value = fragment.get('key');
      show(result, '', 'hint');
      // The key leaves the address bar (and the history), as it would leave a URL.
      history.replaceState(null, '', window.location.pathname + window.location.search);
      check();
      portalLink();
    }
  }

  // The organisation's portal, where the key is filled in once signed in (the key in the fragment, never sent).
  function portalLink() {
    const tenant = document.getElementById('tenant').value.trim().toLowerCase();
    document.getElementById('portalLink').href = !tenant ? '/portal/' : '/portal/' + encodeURIComponent(tenant) + '/'
      + window.location.search + (key.value.trim() ? '#key=' + encodeURIComponent(key.value.trim()) : '');
  }
  document.getElementById('tenant').addEventListener('input', portalLink);
  key.addEventListener('input', portalLink);

  fromFragment();
  window.addEventListener('hashchange', fromFragment);
  key.addEventListener('change', check);
  // What was said of the previous key, or of the last activation, no longer holds once the key changes.
  key.addEventListener('input', function () {
    show(checkResult, '', 'hint');
    show(result, '', 'hint');
  });

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    show(result, t.activating, 'hint');
    const login = await post('/api/portal/login', {
      tenant: document.getElementById('tenant').value.trim(),
      email: document.getElementById('email').value.trim(),
      password: document.getElementById('password').value
    });
    if (login.status !== 200) {
      show(result, login.json && login.json.detail ? login.json.detail : t.signInFailed, 'error');
      return;
    }
    const activated = await post('/api/licenses/activate', {key: key.value}, login.json.csrfToken);
    if (activated.status === 201) {
      show(result, t.activated.replace('{date}', Portal.formats.dateTime(activated.json.accessEndsAt)), 'ok');
      document.getElementById('password').value = '';
      show(checkResult, '', 'hint');
    } else {
      show(result, LicenseRefusals.ofProblem(activated) || (activated.json && activated.json.detail) || t.failed,
        'error');
    }
  });
})();
