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
      keyNeeded: 'Saisissez une clé de licence.', failed: 'Le service ne répond pas. Réessayez dans un instant.',
      codes: {NOT_FOUND: 'Aucune licence n’a cette clé : vérifiez qu’elle a été copiée en entier.',
        MALFORMED: 'Un caractère est mal saisi : une clé a 25 caractères par groupes de cinq, sans 0, O, 1, I ni Z.',
        REVOKED: 'Cette clé a été révoquée.', SUSPENDED: 'Cette clé est suspendue ; contactez son vendeur.',
        EXPIRED: 'Cette clé ne peut plus être activée.', NOT_YET_ACTIVE: 'Cette clé ne peut pas encore être activée.',
        MAX_ACTIVATIONS_REACHED: 'Cette clé a été activée autant de fois qu’elle le permet.',
        ALREADY_ACTIVATED: 'Votre organisation a déjà activé cette clé.'}
    },
    en: {
      licenseHeading: 'Licence keys', licenseKey: 'Licence key', licenseActivate: 'Activate the key',
      access: 'Licensed access until {date}.', noAccess: 'No licensed access yet.',
      activation: 'Key activated on {date}: {days} days', incomplete: 'The key is not complete yet: {n} of its 25 characters.',
      valid: 'Valid key: {days} days of the “{plan}” plan.', activated: 'Key activated: your access runs until {date}.',
      keyNeeded: 'Enter a licence key.', failed: 'The service does not answer. Try again in a moment.',
      codes: {NOT_FOUND: 'No licence has this key: check that it was copied whole.',
        MALFORMED: 'A character is mistyped: keys have 25 characters in groups of five, without 0, O, 1, I or Z.',
        REVOKED: 'This key was revoked.', SUSPENDED: 'This key is suspended; contact its seller.',
        EXPIRED: 'This key can no longer be activated.', NOT_YET_ACTIVE: 'This key cannot be activated yet.',
        MAX_ACTIVATIONS_REACHED: 'This key has been activated as many times as it allows.',
        ALREADY_ACTIVATED: 'Your organisation already activated this key.'}
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
      Portal.show($('licenseCheck'), t.codes[answer.json.code] || answer.json.code, 'error');
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
      // The service's refusal said in the page's language: LICENSE_REVOKED is the check's REVOKED, and so on.
      const code = answer.json && answer.json.code
        ? answer.json.code.replace(/^LICENSE_/, '').replace(/^KEY_MALFORMED$/, 'MALFORMED') : null;
      Portal.show($('licenseResult'), (code && t.codes[code]) || Portal.problem(answer, t.failed), 'error');
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
