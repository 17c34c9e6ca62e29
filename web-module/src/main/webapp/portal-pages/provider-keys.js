'use strict';
/*
 * Provider keys (/api/portal/provider-keys): the caller's own key for a provider, or the organisation's (its
 * administrators), set or replaced — a key typed is never shown again, only its last characters — and removed.
 */
(function () {
  const TEXTS = {
    fr: {
      pkHeading: 'Vos clés de fournisseurs', pkExplain: 'Vos appels utilisent votre clé personnelle d’un fournisseur, sinon celle de l’organisation, sinon celle de l’opérateur.',
      pkProvider: 'Fournisseur', pkScope: 'Pour', scopePersonal: 'Moi seulement', scopeTenant: 'Toute l’organisation',
      pkKey: 'Clé', pkSave: 'Enregistrer la clé', saved: 'Clé enregistrée : seuls ses derniers caractères restent visibles.',
      removed: 'Clé retirée.', remove: 'Retirer', keyNeeded: 'Saisissez la clé.', personal: 'personnelle',
      tenant: 'de l’organisation', none: 'Aucune clé : vos appels utilisent celle de l’opérateur.',
      failed: 'Le service ne répond pas. Réessayez dans un instant.'
    },
    en: {
      pkHeading: 'Your provider keys', pkExplain: 'Your calls use your own key for a provider, else your organisation’s, else the operator’s.',
      pkProvider: 'Provider', pkScope: 'For', scopePersonal: 'Me only', scopeTenant: 'The whole organisation',
      pkKey: 'Key', pkSave: 'Save the key', saved: 'Key saved: only its last characters stay visible.',
      removed: 'Key removed.', remove: 'Remove', keyNeeded: 'Enter the key.', personal: 'personal',
      tenant: 'organisation’s', none: 'No key: your calls use the operator’s.',
      failed: 'The service does not answer. Try again in a moment.'
    }
  };
  const t = TEXTS[Portal.lang];
  const $ = Portal.$;
  let csrf = null;

  function problem(answer) {
    return Portal.problem(answer, t.failed);
  }

  function item(key) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'pk-name key-name';
    name.textContent = key.providerName + ' · ' + (key.scope === 'TENANT' ? t.tenant : t.personal);
    const hint = document.createElement('code');
    hint.className = 'pk-hint';
    hint.textContent = key.hint;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary small remove';
    remove.textContent = t.remove;
    remove.addEventListener('click', async function () {
      const answer = await Portal.call('DELETE', '/api/portal/provider-keys/' + encodeURIComponent(key.providerId)
        + '?scope=' + key.scope, undefined, csrf);
      Portal.show($('pkResult'), answer.status === 204 ? t.removed : problem(answer), answer.status === 204 ? 'ok' : 'error');
      load();
    });
    li.append(name, hint, remove);
    return li;
  }

  async function load() {
    const answer = await Portal.call('GET', '/api/portal/provider-keys');
    if (answer.status !== 200) {
      return;
    }
    $('pkList').replaceChildren(...answer.json.map(item));
    if (answer.json.length === 0) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = t.none;
      $('pkList').appendChild(li);
    }
  }

  $('pkForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    if (!$('pkKey').value.trim()) {
      Portal.show($('pkResult'), t.keyNeeded, 'error');
      return;
    }
    const answer = await Portal.call('PUT', '/api/portal/provider-keys/' + encodeURIComponent($('pkProvider').value),
      {apiKey: $('pkKey').value.trim(), scope: $('pkScope').value}, csrf);
    $('pkKey').value = '';
    Portal.show($('pkResult'), answer.status === 200 ? t.saved : problem(answer), answer.status === 200 ? 'ok' : 'error');
    load();
  });

  document.addEventListener('portal:signed-in', async function (event) {
    csrf = event.detail.csrfToken;
    Portal.translateSection('providerKeys', t);
    $('pkScope').querySelector('option[value=TENANT]').hidden = event.detail.user.role !== 'TENANT_ADMIN';
    const providers = await Portal.call('GET', '/api/portal/providers');
    if (providers.status !== 200) {
      return;
    }
    $('pkProvider').replaceChildren(...providers.json.map(function (p) {
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = p.name;
      return option;
    }));
    await load();
    $('providerKeys').hidden = false;
  });
  document.addEventListener('portal:signed-out', function () {
    csrf = null;
    $('providerKeys').hidden = true;
  });
})();
