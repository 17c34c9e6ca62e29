'use strict';
/*
 * The portal's home, once signed in: the plan (GET /api/portal/subscription, else /api/portal/plans/current and the
 * account's status) with its badge and renewal date, this
 * month's use against each quota (GET /api/portal/quota) as bars, tokens, cost and requests of the month, and the
 * date the organisation became a client.
 */
(function () {
  const TEXTS = {
    fr: {
      homeHeading: 'Votre offre', actInvoices: 'Vos factures', actExport: 'Exporter vos données', actSettings: 'Réglages',
      dangerHeading: 'Zone sensible', actCancel: 'Résilier l’abonnement', actDelete: 'Supprimer le compte', tokensMonth: 'Tokens ce mois-ci', costMonth: 'Coût ce mois-ci',
      requestsMonth: 'Requêtes ce mois-ci', requestsTotal: 'Requêtes en tout', memberSince: 'Client depuis', noPlan: 'Sans abonnement',
      renews: 'Renouvellement le {date}.', ends: 'L’abonnement prend fin le {date}.',
      trialEnds: 'Période d’essai jusqu’au {date}.', requests: 'requêtes', tokens: 'tokens', spend: 'dépensés',
      unlimited: '{used} {unit} — sans limite', statuses: {trial: 'Essai', active: 'Actif', past_due: 'Impayé',
        suspended: 'Suspendu', cancelled: 'Résilié'}
    },
    en: {
      homeHeading: 'Your plan', actInvoices: 'Your invoices', actExport: 'Export your data', actSettings: 'Settings',
      dangerHeading: 'Danger zone', actCancel: 'Cancel the subscription', actDelete: 'Delete the account', tokensMonth: 'Tokens this month', costMonth: 'Cost this month',
      requestsMonth: 'Requests this month', requestsTotal: 'Requests in all', memberSince: 'Client since', noPlan: 'No subscription',
      renews: 'Renews on {date}.', ends: 'The subscription ends on {date}.', trialEnds: 'Trial until {date}.',
      requests: 'requests', tokens: 'tokens', spend: 'spent', unlimited: '{used} {unit} — no limit',
      statuses: {trial: 'Trial', active: 'Active', past_due: 'Past due', suspended: 'Suspended',
        cancelled: 'Cancelled'}
    }
  };
  const t = TEXTS[Portal.lang];
  const integer = Portal.formats.integer;
  const euros = Portal.formats.euros;
  const $ = Portal.$;

  const day = Portal.formats.date;

  function bar(used, limit, unit, format) {
    const line = document.createElement('div');
    line.className = 'quota';
    const label = document.createElement('div');
    label.className = 'quota-label';
    if (limit === null || limit === undefined || !Number.isFinite(Number(limit))) {
      label.textContent = t.unlimited.replace('{used}', format(used)).replace('{unit}', unit);
      line.appendChild(label);
      return line;
    }
    const share = limit > 0 ? Math.round(100 * used / limit) : 100;
    label.textContent = format(used) + ' / ' + format(limit) + ' ' + unit + ' — ' + share + ' %';
    const progress = document.createElement('progress');
    progress.max = Number(limit);
    progress.value = Math.min(Number(used), Number(limit));
    progress.setAttribute('aria-label', label.textContent);
    if (share >= 80) {
      line.classList.add('high');
    }
    line.append(label, progress);
    return line;
  }

  async function load(session) {
    Portal.translateSection('home', t);
    const [quota, subscription, total] = await Promise.all([
      Portal.call('GET', '/api/portal/quota'), Portal.call('GET', '/api/portal/subscription'),
      Portal.call('GET', '/api/portal/usage/total')]);
    $('requestsTotal').textContent = total.status === 200 ? integer.format(total.json.requests) : '';
    const plan = subscription.status === 200 ? subscription.json : null;
    const status = t.statuses[session.tenant.status];
    if (plan) {
      $('planBadge').textContent = plan.planName;
    } else {
      const current = await Portal.call('GET', '/api/portal/plans/current');
      $('planBadge').textContent = current.status !== 200 ? status || t.noPlan
        : status ? current.json.name + ' · ' + status : current.json.name;
    }
    $('renewal').textContent = plan && plan.endsOn ? t.ends.replace('{date}', Portal.formats.day(plan.endsOn))
      : plan && plan.renewsOn ? t.renews.replace('{date}', Portal.formats.day(plan.renewsOn))
        : session.tenant.status === 'trial' && session.tenant.trialEndsAt
          ? t.trialEnds.replace('{date}', day(session.tenant.trialEndsAt)) : '';
    $('memberSince').textContent = day(session.tenant.createdAt);
    $('quotaBars').replaceChildren();
    if (quota.status === 200) {
      const q = quota.json;
      $('quotaBars').append(
        bar(q.requests, q.requestLimit, t.requests, integer.format),
        bar(q.tokens, q.tokenLimit, t.tokens, integer.format),
        bar(Number(q.costEur), q.spendCapEur == null ? null : Number(q.spendCapEur), t.spend, euros.format));
      $('tokensMonth').textContent = integer.format(q.tokens);
      $('costMonth').textContent = euros.format(Number(q.costEur));
      $('requestsMonth').textContent = integer.format(q.requests);
    }
    $('home').hidden = false;
  }

  document.addEventListener('portal:signed-in', function (event) {
    load(event.detail);
  });
  document.addEventListener('portal:signed-out', function () {
    $('home').hidden = true;
  });
})();
