'use strict';
/*
 * Licence keys, once signed in: the access the organisation's keys give (GET /api/portal/license) and the keys it
 * activated; a key typed or brought by an activation link (/portal/{slug}/#key=…, what /activate/ and the QR codes
 * lead to) is checked as it is entered (POST /api/licenses/check) and activated (POST /api/licenses/activate).
 */
(function () {
  const TEXTS = {
    fr: {
      licenseHeading: 'Clés de licence', licenseKey: 'Clé de licence', licenseActivate: 'Activer la clé',
      access: 'Accès sous licence jusqu’au {date}.', noAccess: 'Aucun accès sous licence pour l’instant.',
      activation: 'Clé activée le {date} : {days} jours', incomplete: 'La clé n’est pas complète : {n} de ses 25 caractères.',
      valid: 'Clé valable : {days} jours de l’offre « {plan} ».', activated: 'Clé activée : votre accès court jusqu’au {date}.',
      keyNeeded: 'Saisissez une clé de licence.', failed: 'Le service ne répond pas. Réessayez dans un instant.'
    },
    en: {
      licenseHeading: 'Licence keys', licenseKey: 'Licence key', licenseActivate: 'Activate the key',
      access: 'Licensed access until {date}.', noAccess: 'No licensed access yet.',
      activation: 'Key activated on {date}: {days} days', incomplete: 'The key is not complete yet: {n} of its 25 characters.',
      valid: 'Valid key: {days} days of the “{plan}” plan.', activated: 'Key activated: your access runs until {date}.',
      keyNeeded: 'Enter a licence key.', failed: 'The service does not answer. Try again in a moment.'
    }
  };
  const t = TEXTS[Portal.lang];
  const $ = Portal.$;
  let csrf = null;

  // A key brought by an activation link leaves the address bar at once, as it would leave a URL.
  const fragment = new URLSearchParams(window.location.hash.substring(1));
  let brought = fragment.get('key');
  if (brought) {
    history.replaceState(null, '', window.location.pathname + window.location.search + '#license');
  }

  function typed() {
    return $('licenseKey').value.replace(/[\s-]/g, '');
  }

  async function check() {
    if (!typed()) {
      Portal.show($('licenseCheck'), '', 'hint');
      return;
    }
    if (typed().length < 25) {
      Portal.show($('licenseCheck'), t.incomplete.replace('{n}', typed().length), 'hint');
      return;
    }
    const answer = await Portal.call('POST', '/api/licenses/check', {key: $('licenseKey').value});
    if (answer.status !== 200) {
      Portal.show($('licenseCheck'), Portal.problem(answer, t.failed), 'error');
    } else if (answer.json.valid) {
      Portal.show($('licenseCheck'), t.valid.replace('{days}', answer.json.durationDays).replace('{plan}', answer.json.plan), 'ok');
    } else {
      Portal.show($('licenseCheck'), LicenseRefusals.ofCheck(answer.json.code), 'error');
    }
  }

  async function load() {
    const answer = await Portal.call('GET', '/api/portal/license');
    if (answer.status !== 200) {
      return false;
    }
    const access = answer.json.access;
    $('licenseAccess').textContent = access && access.endsAt
      ? t.access.replace('{date}', Portal.formats.date(access.endsAt)) : t.noAccess;
    $('licenseActivations').replaceChildren(...answer.json.activations.map(function (a) {
      const li = document.createElement('li');
      li.textContent = t.activation.replace('{date}', Portal.formats.date(a.activatedAt)).replace('{days}', a.days);
      return li;
    }));
    return true;
  }

  $('licenseKey').addEventListener('change', check);
  $('licenseKey').addEventListener('input', function () {
    Portal.show($('licenseCheck'), '', 'hint');
    Portal.show($('licenseResult'), '', 'hint');
  });

  $('licenseForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    if (!typed()) {
      Portal.show($('licenseResult'), t.keyNeeded, 'error');
      $('licenseKey').focus();
      return;
    }
    const answer = await Portal.call('POST', '/api/licenses/activate', {key: $('licenseKey').value}, csrf);
    if (answer.status === 201) {
      Portal.show($('licenseResult'), t.activated.replace('{date}', Portal.formats.date(answer.json.accessEndsAt)), 'ok');
      Portal.show($('licenseCheck'), '', 'hint');
      $('licenseKey').value = '';
      load();
    } else {
      Portal.show($('licenseResult'), LicenseRefusals.ofProblem(answer) || Portal.problem(answer, t.failed), 'error');
    }
  });

  document.addEventListener('portal:signed-in', async function (event) {
    csrf = event.detail.csrfToken;
    Portal.translateSection('license', t);
    $('license').hidden = !(await load());
    if (brought) {
      $('licenseKey').value = brought;
      brought = null;
      $('license').scrollIntoView();
      $('licenseKey').focus();
      check();
    }
  });
  document.addEventListener('portal:signed-out', function () {
    csrf = null;
    $('license').hidden = true;
  });
})();
