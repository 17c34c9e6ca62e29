'use strict';
/*
 * The signed-in user's personal access tokens (/api/portal/tokens), for calling /api/portal from a script: the list
 * (an admin sees every token of the organisation, with its owner), a new token (its secret shown once with a copy
 * button and the curl line that uses it) and revocation after a confirmation.
 */
(function () {
  const TEXTS = {
    fr: {
      tokensHeading: 'Jetons d’accès', tokensExplain: 'Un jeton permet à vos propres programmes d’appeler l’API du portail en votre nom (en-tête Authorization: Bearer), par exemple pour télécharger chaque mois la consommation en CSV ou les factures en PDF.',
      tokenName: 'Nom du jeton', tokenScope: 'Droits', scopeRead: 'Lecture seule', scopeWrite: 'Lecture et écriture',
      tokenDays: 'Valable', days: '{n} jours', tokenCreate: 'Créer le jeton',
      tokenOnce: 'Copiez ce jeton maintenant : il ne sera plus affiché.', tokenCopy: 'Copier', copied: 'Copié.',
      tokenExample: 'Par exemple :', nameNeeded: 'Donnez un nom au jeton.', created: 'Jeton « {name} » créé.',
      revoke: 'Révoquer', confirm: 'Révoquer définitivement', keep: 'Garder',
      sure: 'Révoquer « {name} » ? Les programmes qui l’utilisent seront refusés.', revoked: 'Jeton « {name} » révoqué : il ne fonctionne plus.',
      expires: 'expire le {date}', expired: 'expiré le {date}', lastUsed: 'dernier appel le {date}', never: 'jamais utilisé',
      owner: 'de {email}', none: 'Aucun jeton pour l’instant.', failed: 'Le service ne répond pas. Réessayez dans un instant.',
      scopes: {READ_ONLY: 'lecture seule', READ_WRITE: 'lecture et écriture'},
      statuses: {active: 'actif', expired: 'expiré', revoked: 'révoqué'}
    },
    en: {
      tokensHeading: 'Access tokens', tokensExplain: 'A token lets your own programs call the portal’s API as you (header Authorization: Bearer), for instance to download each month’s usage as CSV or the invoices as PDF.',
      tokenName: 'Token name', tokenScope: 'Rights', scopeRead: 'Read only', scopeWrite: 'Read and write',
      tokenDays: 'Valid for', days: '{n} days', tokenCreate: 'Create the token',
      tokenOnce: 'Copy this token now: it will not be shown again.', tokenCopy: 'Copy', copied: 'Copied.',
      tokenExample: 'For instance:', nameNeeded: 'Give the token a name.', created: 'Token “{name}” created.',
      revoke: 'Revoke', confirm: 'Revoke for good', keep: 'Keep it',
      sure: 'Revoke “{name}”? Programs using it will be refused.', revoked: 'Token “{name}” revoked: it no longer works.',
      expires: 'expires on {date}', expired: 'expired on {date}', lastUsed: 'last call on {date}', never: 'never used',
      owner: 'of {email}', none: 'No token yet.', failed: 'The service does not answer. Try again in a moment.',
      scopes: {READ_ONLY: 'read only', READ_WRITE: 'read and write'},
      statuses: {active: 'active', expired: 'expired', revoked: 'revoked'}
    }
  };
  const DAYS = [7, 30, 90, 180, 365];
  const t = TEXTS[Portal.lang];
  const $ = Portal.$;
  let csrf = null;
  let me = null;

  function secret(value) {
    $('tokenSecret').textContent = value || '';
    $('tokenCurl').textContent = value
      ? 'curl -H "Authorization: Bearer ' + value + '" ' + window.location.origin + '/api/portal/usage/csv -o usage.csv'
      : '';
    $('tokenSecretBox').hidden = !value;
  }

  function item(token) {
    const li = document.createElement('li');
    li.dataset.token = token.id;
    const name = document.createElement('span');
    name.className = 'key-name token-name';
    name.textContent = token.name;
    const masked = document.createElement('code');
    masked.className = 'token-masked';
    masked.textContent = token.masked;
    const status = document.createElement('span');
    status.className = 'token-status hint';
    const parts = [t.statuses[token.status] || token.status, t.scopes[token.scope] || token.scope];
    if (token.status === 'active') {
      parts.push(t.expires.replace('{date}', Portal.formats.date(token.expiresAt)));
    } else if (token.status === 'expired') {
      parts.push(t.expired.replace('{date}', Portal.formats.date(token.expiresAt)));
    }
    parts.push(token.lastUsedAt ? t.lastUsed.replace('{date}', Portal.formats.dateTime(token.lastUsedAt)) : t.never);
    if (token.userId !== me) {
      parts.push(t.owner.replace('{email}', token.ownerEmail || '?'));
    }
    status.textContent = parts.join(' · ');
    li.append(name, masked, status);
    if (token.status === 'active') {
      li.append(Portal.button(t.revoke, 'revoke', function () {
        ask(li, token);
      }));
    }
    return li;
  }

  function ask(li, token) {
    Portal.show($('tokenResult'), t.sure.replace('{name}', token.name), 'error');
    li.querySelectorAll('button').forEach(function (b) {
      b.remove();
    });
    li.append(Portal.button(t.confirm, 'confirm-revoke danger', function () {
      revoke(token);
    }), Portal.button(t.keep, 'keep', function () {
      Portal.show($('tokenResult'), '', 'hint');
      load();
    }));
    li.querySelector('.confirm-revoke').focus();
  }

  async function load() {
    const answer = await Portal.call('GET', '/api/portal/tokens?size=100');
    if (answer.status !== 200) {
      return false;
    }
    const items = answer.json.items.map(item);
    if (items.length === 0) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = t.none;
      items.push(li);
    }
    $('tokenList').replaceChildren(...items);
    return true;
  }

  async function revoke(token) {
    const answer = await Portal.call('DELETE', '/api/portal/tokens/' + encodeURIComponent(token.id), undefined, csrf);
    Portal.show($('tokenResult'), answer.status === 200 ? t.revoked.replace('{name}', token.name)
      : Portal.problem(answer, t.failed), answer.status === 200 ? 'ok' : 'error');
    load();
  }

  $('tokenForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    const name = $('tokenName').value.trim();
    if (!name) {
      Portal.show($('tokenResult'), t.nameNeeded, 'error');
      $('tokenName').focus();
      return;
    }
    const answer = await Portal.call('POST', '/api/portal/tokens',
      {name, scope: $('tokenScope').value, days: Number($('tokenDays').value)}, csrf);
    if (answer.status === 201) {
      $('tokenName').value = '';
      secret(answer.json.secret);
      Portal.show($('tokenResult'), t.created.replace('{name}', name), 'ok');
      load();
    } else {
      Portal.show($('tokenResult'), Portal.problem(answer, t.failed), 'error');
    }
  });

  $('tokenCopy').addEventListener('click', async function () {
    if (await Portal.copy($('tokenSecret'))) {
      Portal.show($('tokenResult'), t.copied, 'ok');
    }
  });

  document.addEventListener('portal:signed-in', async function (event) {
    csrf = event.detail.csrfToken;
    me = event.detail.user.id;
    Portal.translateSection('tokens', t);
    $('tokenDays').replaceChildren(...DAYS.map(function (n) {
      const option = document.createElement('option');
      option.value = String(n);
      option.textContent = t.days.replace('{n}', n);
      option.selected = n === 90;
      return option;
    }));
    $('tokens').hidden = !(await load());
  });
  document.addEventListener('portal:signed-out', function () {
    csrf = null;
    secret(null);
    $('tokens').hidden = true;
  });
})();
