'use strict';
(function () {
  const form = document.getElementById('activateForm');
  const key = document.getElementById('key');
  const checkResult = document.getElementById('checkResult');
  const result = document.getElementById('result');

  const CHECK_TEXT = {
    VALID: 'Valid',
    NOT_FOUND: 'No license has this key: check that it was copied whole.',
    MALFORMED: 'A character is mistyped: keys have 25 characters in groups of five, without 0, O, 1, I or Z.',
    REVOKED: 'This key was revoked.',
    SUSPENDED: 'This key is suspended; contact its seller.',
    EXPIRED: 'This key can no longer be activated.',
    NOT_YET_ACTIVE: 'This key cannot be activated yet.',
    MAX_ACTIVATIONS_REACHED: 'This key has been activated as many times as it allows.'
  };

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
      show(checkResult, 'The key is not complete yet: ' + typed().length + ' of its 25 characters.', 'hint');
      return;
    }
    const answer = await post('/api/licenses/check', {key: key.value});
    if (answer.status !== 200 || !answer.json) {
      show(checkResult, answer.json && answer.json.detail ? answer.json.detail : 'The key cannot be checked now.', 'error');
      return;
    }
    const c = answer.json;
    if (c.valid) {
      show(checkResult, 'Valid: ' + c.durationDays + ' days of ' + c.plan + '.', 'ok');
    } else {
      show(checkResult, CHECK_TEXT[c.code] || c.code, 'error');
    }
  }

  function fromFragment() {
    const fragment = new URLSearchParams(window.location.hash.substring(1));
    if (fragment.get('key')) {
      key.value = fragment.get('key');
      show(result, '', 'hint');
      // The key leaves the address bar (and the history), as it would leave a URL.
      history.replaceState(null, '', window.location.pathname);
      check();
      portalLink();
    }
  }

  // The organisation's portal, where the key is filled in once signed in (the key in the fragment, never sent).
  function portalLink() {
    const tenant = document.getElementById('tenant').value.trim().toLowerCase();
    document.getElementById('portalLink').href = !tenant ? '/portal/' : '/portal/' + encodeURIComponent(tenant) + '/'
      + (key.value.trim() ? '#key=' + encodeURIComponent(key.value.trim()) : '');
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
    show(result, 'Activating…', 'hint');
    const login = await post('/api/portal/login', {
      tenant: document.getElementById('tenant').value.trim(),
      email: document.getElementById('email').value.trim(),
      password: document.getElementById('password').value
    });
    if (login.status !== 200) {
      show(result, login.json && login.json.detail ? login.json.detail : 'Sign-in failed.', 'error');
      return;
    }
    const activated = await post('/api/licenses/activate', {key: key.value}, login.json.csrfToken);
    if (activated.status === 201) {
      const ends = new Date(activated.json.accessEndsAt);
      show(result, 'Activated. Your organisation\'s access now ends on ' + ends.toLocaleString() + '.', 'ok');
      document.getElementById('password').value = '';
      show(checkResult, '', 'hint');
    } else {
      show(result, activated.json && activated.json.detail ? activated.json.detail : 'Activation failed.', 'error');
    }
  });
})();
