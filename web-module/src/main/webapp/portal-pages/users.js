'use strict';
/*
 * The organisation's users, for its administrators (/api/portal/users): the list, an invitation (a mail with a
 * one-time link to choose a password), a change of role, and disabling or enabling a user (a disabled user is signed
 * out at once). The last administrator cannot be demoted or disabled: the service says so.
 */
(function () {
  const TEXTS = {
    fr: {
      usersHeading: 'Utilisateurs', inviteEmail: 'E-mail de la personne à inviter', inviteName: 'Nom',
      inviteRole: 'Rôle', roleMember: 'Membre', roleAdmin: 'Administrateur', inviteButton: 'Inviter',
      invited: '{email} est invité : un e-mail lui permet de choisir son mot de passe.', emailNeeded: 'Saisissez une adresse e-mail.',
      makeAdmin: 'Nommer administrateur', makeMember: 'Rendre membre', disable: 'Désactiver', enable: 'Réactiver',
      disabled: 'désactivé', enabled: 'actif', you: '(vous)', saved: 'Enregistré.', exists: 'Cette personne a déjà un compte ici.',
      failed: 'Le service ne répond pas. Réessayez dans un instant.'
    },
    en: {
      usersHeading: 'Users', inviteEmail: 'E-mail of the person to invite', inviteName: 'Name', inviteRole: 'Role',
      roleMember: 'Member', roleAdmin: 'Administrator', inviteButton: 'Invite',
      invited: '{email} is invited: a mail lets them choose their password.', emailNeeded: 'Enter an e-mail address.',
      makeAdmin: 'Make administrator', makeMember: 'Make member', disable: 'Disable', enable: 'Enable',
      disabled: 'disabled', enabled: 'active', you: '(you)', saved: 'Saved.', exists: 'This person already has an account here.',
      failed: 'The service does not answer. Try again in a moment.'
    }
  };
  const t = TEXTS[Portal.lang];
  const $ = Portal.$;
  let csrf = null;
  let me = null;

  function problem(answer) {
    return Portal.problem(answer, answer.status === 409 ? t.exists : t.failed);
  }

  async function change(user, body) {
    const answer = await Portal.call('PATCH', '/api/portal/users/' + encodeURIComponent(user.id), body, csrf);
    Portal.show($('userResult'), answer.status === 200 ? t.saved : problem(answer), answer.status === 200 ? 'ok' : 'error');
    load();
  }

  function item(user) {
    const li = document.createElement('li');
    li.dataset.user = user.id;
    const name = document.createElement('span');
    name.className = 'user-name key-name';
    name.textContent = user.displayName + ' · ' + user.email + (user.id === me ? ' ' + t.you : '');
    const role = document.createElement('span');
    role.className = 'user-role';
    role.textContent = user.role === 'TENANT_ADMIN' ? t.roleAdmin : t.roleMember;
    const status = document.createElement('span');
    status.className = 'user-status hint';
    status.textContent = user.enabled ? t.enabled : t.disabled;
    li.append(name, role, status);
    li.append(Portal.button(user.role === 'TENANT_ADMIN' ? t.makeMember : t.makeAdmin, 'role', function () {
      change(user, {role: user.role === 'TENANT_ADMIN' ? 'MEMBER' : 'TENANT_ADMIN'});
    }));
    li.append(user.enabled
      ? Portal.button(t.disable, 'disable', function () {
        change(user, {enabled: false});
      })
      : Portal.button(t.enable, 'enable', function () {
        change(user, {enabled: true});
      }));
    return li;
  }

  async function load() {
    const answer = await Portal.call('GET', '/api/portal/users?size=100');
    if (answer.status !== 200) {
      return false;
    }
    $('userList').replaceChildren(...answer.json.items.map(item));
    return true;
  }

  $('inviteForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    const email = $('inviteEmail').value.trim();
    if (!email) {
      Portal.show($('userResult'), t.emailNeeded, 'error');
      return;
    }
    const body = {email, role: $('inviteRole').value};
    if ($('inviteName').value.trim()) {
      body.displayName = $('inviteName').value.trim();
    }
    const answer = await Portal.call('POST', '/api/portal/users', body, csrf);
    if (answer.status === 201) {
      $('inviteEmail').value = '';
      $('inviteName').value = '';
      Portal.show($('userResult'), t.invited.replace('{email}', email), 'ok');
      load();
    } else {
      Portal.show($('userResult'), problem(answer), 'error');
    }
  });

  document.addEventListener('portal:signed-in', async function (event) {
    csrf = event.detail.csrfToken;
    me = event.detail.user.id;
    Portal.translateSection('users', t);
    const admin = event.detail.user.role === 'TENANT_ADMIN';
    $('navUsers').hidden = !admin;
    $('users').hidden = !admin || !(await load());
  });
  document.addEventListener('portal:signed-out', function () {
    csrf = null;
    $('users').hidden = true;
  });
})();
