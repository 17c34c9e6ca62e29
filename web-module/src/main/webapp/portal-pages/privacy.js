'use strict';
/*
 * The portal's settings and privacy section, once signed in: how long the account's personal data is kept, the
 * language of its mails and documents, its optional mails (GET/PUT /api/portal/settings); its exports (POST/GET
 * /api/portal/export); and the deletion of the account (DELETE /api/portal/account with the password, GET
 * /api/portal/account/deletion, DELETE it to call it off). Tenant admins change them; members read.
 */
(function () {
  const TEXTS = {
    fr: {
      privacyHeading: 'Réglages et confidentialité',
      retentionLabel: 'Durée de conservation des données personnelles',
      days: '{n} jours',
      languageLabel: 'Langue des e-mails et des factures', langFr: 'Français', langEn: 'Anglais',
      mailsLegend: 'E-mails facultatifs', quotaAlerts: 'Alertes de quota (80 % et 100 %)',
      licenseReminders: 'Rappels de fin de licence', paymentReceipts: 'Accusés de réception des paiements',
      mailsHint: 'Les factures, les relances, la sécurité du compte et la confidentialité sont toujours envoyées.',
      retentionHint: 'Le détail de chaque appel est effacé passé ce délai (jamais avant la facturation de son mois ; les totaux par jour restent). Après la résiliation du compte, ses données personnelles sont effacées passé ce délai. Les factures sont conservées 10 ans, comme la loi l’exige.',
      save: 'Enregistrer',
      saved: 'Enregistré.',
      adminOnly: 'Seul un administrateur du compte peut modifier ces réglages.',
      keep: 'Annuler la suppression',
      pending: 'Les données personnelles de ce compte seront effacées le {date}.',
      cancelled: 'La suppression est annulée : vos données sont conservées.',
      deleteHeading: 'Supprimer le compte',
      deleteExplain: 'Les clés d’API cessent de fonctionner tout de suite. Le compte et ses données personnelles seront effacés dans {days} jours ; d’ici là, vous pouvez annuler (les clés restent révoquées : vous en créerez de nouvelles). L’abonnement prend fin à cette date.',
      yourPassword: 'Votre mot de passe',
      understand: 'Je comprends que les données personnelles du compte seront effacées définitivement.',
      deleteButton: 'Supprimer le compte',
      mustConfirm: 'Saisissez votre mot de passe et cochez la case pour confirmer.',
      wrongPassword: 'Mot de passe incorrect.',
      already: 'Une suppression est déjà programmée.',
      failed: 'Le service ne répond pas. Réessayez dans un instant.',
      exportHeading: 'Exporter les données',
      exportExplain: 'Un fichier ZIP avec le compte, ses utilisateurs, ses clés d’API (masquées), chaque appel et vos factures ; un lien vous est envoyé par e-mail dès qu’il est prêt.',
      exportButton: 'Exporter mes données',
      exportAsked: 'Export demandé : vous recevrez un e-mail dès qu’il sera prêt.',
      exportBusy: 'Un export est déjà en préparation.',
      exportOf: 'Export du {date}',
      statuses: {pending: 'en attente', running: 'en préparation', ready: 'prêt', failed: 'échec', expired: 'expiré'},
      download: 'Télécharger'
    },
    en: {
      privacyHeading: 'Settings and privacy',
      retentionLabel: 'How long personal data is kept',
      days: '{n} days',
      languageLabel: 'Language of mails and invoices', langFr: 'French', langEn: 'English',
      mailsLegend: 'Optional mails', quotaAlerts: 'Quota alerts (80 % and 100 %)',
      licenseReminders: 'Licence ending reminders', paymentReceipts: 'Payment receipts',
      mailsHint: 'Invoices, payment reminders, account security and privacy mails are always sent.',
      retentionHint: 'The details of each call are deleted after this time (never before its month is invoiced; the daily totals stay). Once the account is cancelled, its personal data is erased after this time. Invoices are kept 10 years, as the law requires.',
      save: 'Save',
      saved: 'Saved.',
      adminOnly: 'Only an administrator of the account can change these settings.',
      keep: 'Cancel the deletion',
      pending: 'The personal data of this account will be erased on {date}.',
      cancelled: 'The deletion is cancelled: your data is kept.',
      deleteHeading: 'Delete the account',
      deleteExplain: 'The API keys stop working at once. The account and its personal data will be erased in {days} days; until then you can cancel (the keys stay revoked: you will make new ones). The subscription ends on that date.',
      yourPassword: 'Your password',
      understand: 'I understand that the account’s personal data will be erased for good.',
      deleteButton: 'Delete the account',
      mustConfirm: 'Enter your password and tick the box to confirm.',
      wrongPassword: 'Wrong password.',
      already: 'A deletion is already scheduled.',
      failed: 'The service does not answer. Try again in a moment.',
      exportHeading: 'Export the data',
      exportExplain: 'A ZIP file with the account, its users, its API keys (masked), every call and your invoices; a link is mailed to you as soon as it is ready.',
      exportButton: 'Export my data',
      exportAsked: 'Export asked for: you will get an e-mail as soon as it is ready.',
      exportBusy: 'An export is already being prepared.',
      exportOf: 'Export of {date}',
      statuses: {pending: 'waiting', running: 'being prepared', ready: 'ready', failed: 'failed', expired: 'expired'},
      download: 'Download'
    }
  };
  const t = TEXTS[Portal.lang];
  const MAILS = ['quotaAlerts', 'licenseReminders', 'paymentReceipts'];
  const $ = Portal.$;
  let csrf = null;
  let admin = false;

  const date = Portal.formats.date;

  function translate() {
    Portal.translateSection('privacy', t);
    $('deleteExplain').textContent = t.deleteExplain.replace('{days}', '30');
  }

  async function load() {
    const settings = await Portal.call('GET', '/api/portal/settings');
    if (settings.status !== 200) {
      return;
    }
    const select = $('retention');
    select.replaceChildren();
    settings.json.allowedRetentionDays.forEach(function (n) {
      const option = document.createElement('option');
      option.value = String(n);
      option.textContent = t.days.replace('{n}', n);
      option.selected = n === settings.json.retentionDays;
      select.appendChild(option);
    });
    select.disabled = !admin;
    $('settingsLanguage').value = settings.json.language;
    $('settingsLanguage').disabled = !admin;
    MAILS.forEach(function (name) {
      $(name).checked = settings.json.notifications[name];
      $(name).disabled = !admin;
    });
    $('retentionSave').hidden = !admin;
    if (!admin) {
      Portal.show($('retentionResult'), t.adminOnly, 'hint');
    }
    $('exportSection').hidden = !admin;
    if (admin) {
      await loadExports();
    }
    const deletion = await Portal.call('GET', '/api/portal/account/deletion');
    showDeletion(deletion.status === 200 ? deletion.json : null);
    $('privacy').hidden = false;
    if (window.location.hash === '#privacy') {
      $('privacy').scrollIntoView();
    }
  }

  async function loadExports() {
    const answer = await Portal.call('GET', '/api/portal/export');
    const list = $('exportList');
    list.replaceChildren();
    if (answer.status !== 200) {
      return;
    }
    answer.json.forEach(function (e) {
      const item = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = t.exportOf.replace('{date}', date(e.createdAt)) + ' — ';
      const status = document.createElement('span');
      status.className = 'status';
      status.textContent = t.statuses[e.status] || e.status;
      item.append(label, status);
      if (e.status === 'ready') {
        const link = document.createElement('a');
        link.className = 'download';
        link.href = '/api/portal/export/' + encodeURIComponent(e.id) + '/zip';
        link.download = 'guichet-export-' + Portal.slug + '.zip';
        link.textContent = t.download;
        item.append(' · ', link);
      }
      list.appendChild(item);
    });
  }

  function showDeletion(pending) {
    $('deletionPending').hidden = pending === null;
    $('deletionCancel').hidden = !admin;
    $('deletionForm').hidden = pending !== null || !admin;
    if (pending !== null) {
      $('deletionLine').textContent = t.pending.replace('{date}', date(pending.dueAt));
    }
  }

  document.addEventListener('portal:signed-in', function (event) {
    csrf = event.detail.csrfToken;
    admin = event.detail.user.role === 'TENANT_ADMIN';
    translate();
    load();
  });
  document.addEventListener('portal:signed-out', function () {
    csrf = null;
    $('privacy').hidden = true;
  });

  $('retentionForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    const notifications = {};
    MAILS.forEach(function (name) {
      notifications[name] = $(name).checked;
    });
    const answer = await Portal.call('PUT', '/api/portal/settings',
      {retentionDays: Number($('retention').value), language: $('settingsLanguage').value, notifications}, csrf);
    Portal.show($('retentionResult'), answer.status === 200 ? t.saved : Portal.problem(answer, t.failed),
      answer.status === 200 ? 'ok' : 'error');
  });

  $('deletionForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    if (!$('deletionPassword').value || !$('deletionConfirm').checked) {
      Portal.show($('deletionResult'), t.mustConfirm, 'error');
      return;
    }
    const answer = await Portal.call('DELETE', '/api/portal/account',
      {password: $('deletionPassword').value}, csrf);
    $('deletionPassword').value = '';
    $('deletionConfirm').checked = false;
    if (answer.status === 200) {
      Portal.show($('deletionResult'), '', 'hint');
      showDeletion(answer.json);
    } else if (answer.status === 400) {
      Portal.show($('deletionResult'), t.wrongPassword, 'error');
    } else if (answer.status === 409) {
      Portal.show($('deletionResult'), t.already, 'error');
    } else {
      Portal.show($('deletionResult'), t.failed, 'error');
    }
  });

  $('exportButton').addEventListener('click', async function () {
    const answer = await Portal.call('POST', '/api/portal/export', {}, csrf);
    if (answer.status === 202) {
      Portal.show($('exportResult'), t.exportAsked, 'ok');
    } else if (answer.status === 409) {
      Portal.show($('exportResult'), t.exportBusy, 'error');
    } else {
      Portal.show($('exportResult'), t.failed, 'error');
    }
    await loadExports();
  });

  $('deletionCancel').addEventListener('click', async function () {
    const answer = await Portal.call('DELETE', '/api/portal/account/deletion', undefined, csrf);
    if (answer.status === 200) {
      showDeletion(null);
      Portal.show($('deletionResult'), t.cancelled, 'ok');
    } else {
      Portal.show($('deletionResult'), t.failed, 'error');
    }
  });
})();
