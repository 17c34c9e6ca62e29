'use strict';
(function () {
  const TEXTS = {
    fr: {
      title: 'Export de données · Guichet',
      heading: 'Votre export de données',
      lead: 'Un fichier ZIP : le compte, ses utilisateurs, ses clés d’API (masquées), chaque appel, et vos factures en PDF. Il contient des données personnelles : conservez-le en lieu sûr.',
      download: 'Télécharger l’export',
      portal: 'Aller au portail',
      started: 'Le téléchargement a commencé ({size}).',
      gone: 'Ce lien ne fonctionne plus : l’export a expiré ou le lien est incomplet. Demandez un nouvel export depuis votre portail.',
      failed: 'Le service ne répond pas. Réessayez dans un instant.'
    },
    en: {
      title: 'Data export · Guichet',
      heading: 'Your data export',
      lead: 'A ZIP file: the account, its users, its API keys (masked), every call, and your invoices as PDF. It holds personal data: keep it safe.',
      download: 'Download the export',
      portal: 'Go to the portal',
      started: 'The download has started ({size}).',
      gone: 'This link no longer works: the export expired or the link is incomplete. Ask for a new export from your portal.',
      failed: 'The service does not answer. Try again in a moment.'
    }
  };
  Portal.translate(TEXTS);
  const t = TEXTS[Portal.lang];
  const $ = function (id) {
    return document.getElementById(id);
  };
  const id = new URLSearchParams(window.location.search).get('id') || '';
  const token = new URLSearchParams(window.location.hash.substring(1)).get('token') || '';
  // The token leaves the address bar (and the history) at once.
  history.replaceState(null, '', window.location.pathname + window.location.search);
  if (!id || !token) {
    Portal.show($('result'), t.gone, 'error');
    $('download').disabled = true;
  }

  $('download').addEventListener('click', async function () {
    let response;
    try {
      response = await fetch('/api/exports/' + encodeURIComponent(id) + '/download', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/zip, application/problem+json'},
        body: JSON.stringify({token: token})
      });
    } catch (e) {
      Portal.show($('result'), t.failed, 'error');
      return;
    }
    if (response.status !== 200) {
      Portal.show($('result'), response.status === 404 ? t.gone : t.failed, 'error');
      return;
    }
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'guichet-export-' + Portal.slug + '.zip';
    document.body.appendChild(link);
    link.click();
    link.remove();
    const en = Portal.lang === 'en';
    const size = blob.size >= 1048576
      ? (blob.size / 1048576).toFixed(1) + (en ? ' MB' : ' Mo')
      : Math.ceil(blob.size / 1024) + (en ? ' KB' : ' Ko');
    Portal.show($('result'), t.started.replace('{size}', size), 'ok');
  });
})();
