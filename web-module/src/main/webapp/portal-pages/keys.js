'use strict';
/*
 * The organisation's API keys, for its administrators (/api/portal/api-keys): the list (name, masked key, status,
 * last use), a new key (its secret shown once, with a copy button), rotation (the new secret shown once) and
 * revocation after a confirmation.
 */
(function () {
  const TEXTS = {
    fr: {
      keysHeading: 'Clés d’API', keyName: 'Nom de la nouvelle clé', keyCreate: 'Créer la clé',
      keyOnce: 'Copiez cette clé maintenant : elle ne sera plus affichée.', keyCopy: 'Copier', copied: 'Copiée.',
      nameNeeded: 'Donnez un nom à la clé.', created: 'Clé « {name} » créée.', rotated: 'Clé « {name} » remplacée : l’ancienne fonctionne encore pendant la période de grâce.',
      revoked: 'Clé « {name} » révoquée : elle ne fonctionne plus.', rotate: 'Remplacer', revoke: 'Révoquer',
      confirm: 'Révoquer définitivement', keep: 'Garder', sure: 'Révoquer « {name} » ? Les appels avec cette clé seront refusés.',
      lastUsed: 'dernier appel le {date}', never: 'jamais utilisée', none: 'Aucune clé pour l’instant.',
      failed: 'Le service ne répond pas. Réessayez dans un instant.',
      statuses: {active: 'active', revoked: 'révoquée', expired: 'expirée', suspended: 'suspendue', rotating: 'remplacée, en période de grâce'}
    },
    en: {
      keysHeading: 'API keys', keyName: 'Name of the new key', keyCreate: 'Create the key',
      keyOnce: 'Copy this key now: it will not be shown again.', keyCopy: 'Copy', copied: 'Copied.',
      nameNeeded: 'Give the key a name.', created: 'Key “{name}” created.', rotated: 'Key “{name}” replaced: the old one still works during the grace period.',
      revoked: 'Key “{name}” revoked: it no longer works.', rotate: 'Replace', revoke: 'Revoke',
      confirm: 'Revoke for good', keep: 'Keep it', sure: 'Revoke “{name}”? Calls with this key will be refused.',
      lastUsed: 'last call on {date}', never: 'never used', none: 'No key yet.',
      failed: 'The service does not answer. Try again in a moment.',
      statuses: {active: 'active', revoked: 'revoked', expired: 'expired', suspended: 'suspended', rotating: 'replaced, in its grace period'}
    }
  };
  const t = TEXTS[Portal.lang];
  const $ = Portal.$;
  let csrf = null;

  function secret(value) {
    $('keySecret').textContent = value;
    $('keySecretBox').hidden = value === null;
  }

  function item(key) {
    const li = document.createElement('li');
    li.dataset.key = key.id;
    const name = document.createElement('span');
    name.className = 'key-name';
    name.textContent = key.name;
    const masked = document.createElement('code');
    masked.className = 'key-masked';
    masked.textContent = key.masked;
    const status = document.createElement('span');
    status.className = 'key-status hint';
    status.textContent = (t.statuses[key.status] || key.status) + ' · ' + (key.lastUsedAt
      ? t.lastUsed.replace('{date}', Portal.formats.dateTime(key.lastUsedAt)) : t.never);
    li.append(name, masked, status);
    if (key.status === 'active') {
      li.append(Portal.button(t.rotate, 'rotate', function () {
        rotate(key);
      }), Portal.button(t.revoke, 'revoke', function () {
        ask(li, key);
      }));
    }
    return li;
  }

  function ask(li, key) {
    Portal.show($('keyResult'), t.sure.replace('{name}', key.name), 'error');
    li.querySelectorAll('button').forEach(function (b) {
      b.remove();
    });
    li.append(Portal.button(t.confirm, 'confirm-revoke danger', function () {
      revoke(key);
    }), Portal.button(t.keep, 'keep', function () {
      Portal.show($('keyResult'), '', 'hint');
      load();
    }));
    li.querySelector('.confirm-revoke').focus();
  }

  async function load() {
    const answer = await Portal.call('GET', '/api/portal/api-keys?size=100');
    if (answer.status !== 200) {
      return false;
    }
    const keys = answer.json.items;
    $('keyList').replaceChildren(...keys.map(item));
    if (keys.length === 0) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = t.none;
      $('keyList').appendChild(li);
    }
    return true;
  }

  async function rotate(key) {
    const answer = await Portal.call('POST', '/api/portal/api-keys/' + encodeURIComponent(key.id) + '/rotate', {}, csrf);
    if (answer.status === 200 || answer.status === 201) {
      secret(answer.json.secret);
      Portal.show($('keyResult'), t.rotated.replace('{name}', key.name), 'ok');
    } else {
      Portal.show($('keyResult'), Portal.problem(answer, t.failed), 'error');
    }
    load();
  }

  async function revoke(key) {
    const answer = await Portal.call('DELETE', '/api/portal/api-keys/' + encodeURIComponent(key.id), undefined, csrf);
    Portal.show($('keyResult'), answer.status === 200 ? t.revoked.replace('{name}', key.name) : t.failed,
      answer.status === 200 ? 'ok' : 'error');
    load();
  }

  $('keyForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    const name = $('keyName').value.trim();
    if (!name) {
      Portal.show($('keyResult'), t.nameNeeded, 'error');
      return;
    }
    const answer = await Portal.call('POST', '/api/portal/api-keys', {name}, csrf);
    if (answer.status === 201) {
      $('keyName').value = '';
      secret(answer.json.secret);
      Portal.show($('keyResult'), t.created.replace('{name}', name), 'ok');
      load();
    } else {
      Portal.show($('keyResult'), Portal.problem(answer, t.failed), 'error');
    }
  });

  $('keyCopy').addEventListener('click', async function () {
    if (await Portal.copy($('keySecret'))) {
      Portal.show($('keyResult'), t.copied, 'ok');
    }
  });

  document.addEventListener('portal:signed-in', async function (event) {
    csrf = event.detail.csrfToken;
    Portal.translateSection('keys', t);
    const admin = event.detail.user.role === 'TENANT_ADMIN';
    $('navKeys').hidden = !admin;
    $('keys').hidden = !admin || !(await load());
  });
  document.addEventListener('portal:signed-out', function () {
    csrf = null;
    secret(null);
    $('keys').hidden = true;
  });
})();
