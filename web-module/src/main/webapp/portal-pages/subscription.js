'use strict';
/*
 * The subscription, once signed in (GET /api/portal/subscription): plan, fee, renewal or end, a change waiting for
 * the period's end. Its administrators choose another plan (GET /api/portal/plans), see what the change costs before
 * confirming (GET /api/portal/subscription/preview: an upgrade today with its prorated credit and charge, a
 * downgrade at the period's end), confirm it (POST …/upgrade or …/downgrade), cancel at the period's end after a
 * confirmation (POST …/cancel) and resume (POST …/resume).
 */
(function () {
  const TEXTS = {
    fr: {
      subscriptionHeading: 'Abonnement', subPlan: 'Offre', subPrice: 'Prix', subStatus: 'État', perMonth: '{amount} HT / mois',
      renews: 'se renouvelle le {date}', ends: 'prend fin le {date}', pending: 'Passage à « {plan} » le {date}.',
      changeHeading: 'Changer d’offre', changePlan: 'Nouvelle offre', changePreview: 'Voir le coût',
      upgradeLine: 'Passage à « {plan} » aujourd’hui : {charge} pour le reste de la période, moins {credit} non utilisés de l’offre actuelle, soit {net} HT sur la prochaine facture ; ensuite {price} HT / mois.',
      downgradeLine: 'Passage à « {plan} » le {date}, à {price} HT / mois ; rien à payer d’ici là.',
      confirmChange: 'Confirmer le changement', changed: 'C’est fait : votre offre est maintenant « {plan} ».',
      scheduled: 'C’est noté : « {plan} » à partir du {date}.', choose: 'Choisissez une autre offre.',
      cancelHeading: 'Résilier', cancelExplain: 'L’abonnement prend fin à la fin de la période en cours ; vous gardez l’accès jusque-là et pouvez revenir sur votre décision.',
      cancelButton: 'Résilier l’abonnement', cancelSure: 'Résilier l’abonnement à la fin de la période ?', cancelConfirm: 'Oui, résilier', keep: 'Garder mon abonnement',
      cancelled: 'Résilié : l’abonnement prend fin le {date}.', resume: 'Reprendre l’abonnement', resumed: 'L’abonnement continue.',
      adminOnly: 'Seul un administrateur du compte peut changer l’abonnement.', none: 'Pas d’abonnement pour l’instant : l’opérateur vous en ouvrira un.',
      failed: 'Le service ne répond pas. Réessayez dans un instant.',
      statuses: {trialing: 'essai', active: 'actif', cancelled: 'terminé'}
    },
    en: {
      subscriptionHeading: 'Subscription', subPlan: 'Plan', subPrice: 'Price', subStatus: 'Status', perMonth: '{amount} excl. VAT / month',
      renews: 'renews on {date}', ends: 'ends on {date}', pending: 'Moves to “{plan}” on {date}.',
      changeHeading: 'Change plan', changePlan: 'New plan', changePreview: 'See the cost',
      upgradeLine: 'Moving to “{plan}” today: {charge} for the rest of the period, less {credit} unused of the current plan, that is {net} excl. VAT on the next invoice; then {price} excl. VAT / month.',
      downgradeLine: 'Moving to “{plan}” on {date}, at {price} excl. VAT / month; nothing to pay until then.',
      confirmChange: 'Confirm the change', changed: 'Done: your plan is now “{plan}”.',
      scheduled: 'Noted: “{plan}” from {date}.', choose: 'Choose another plan.',
      cancelHeading: 'Cancel', cancelExplain: 'The subscription ends at the end of the current period; you keep access until then and may change your mind.',
      cancelButton: 'Cancel the subscription', cancelSure: 'Cancel the subscription at the end of the period?', cancelConfirm: 'Yes, cancel', keep: 'Keep my subscription',
      cancelled: 'Cancelled: the subscription ends on {date}.', resume: 'Resume the subscription', resumed: 'The subscription goes on.',
      adminOnly: 'Only an administrator of the account can change the subscription.', none: 'No subscription yet: the operator will open one for you.',
      failed: 'The service does not answer. Try again in a moment.',
      statuses: {trialing: 'trial', active: 'active', cancelled: 'ended'}
    }
  };
  const t = TEXTS[Portal.lang];
  const $ = Portal.$;
  const euros = Portal.formats.euros;
  let csrf = null;
  let admin = false;
  let preview = null;
  let plans = [];

  const fill = Portal.fill;
  const day = Portal.formats.day;

  function show(sub) {
    $('subPlanName').textContent = sub.planName;
    $('subPriceValue').textContent = fill(t.perMonth, {amount: euros.format(Number(sub.price))});
    $('subStatusValue').textContent = (t.statuses[sub.status] || sub.status) + ' · '
      + (sub.endsOn ? fill(t.ends, {date: day(sub.endsOn)}) : sub.renewsOn ? fill(t.renews, {date: day(sub.renewsOn)}) : '');
    const pending = sub.pendingPlanId ? plans.find(function (p) {
      return p.id === sub.pendingPlanId;
    }) : null;
    $('subPending').textContent = sub.pendingPlanId
      ? fill(t.pending, {plan: pending ? pending.name : sub.pendingPlanId, date: day(sub.pendingFrom)}) : '';
    $('subChange').hidden = !admin || sub.cancelAtPeriodEnd;
    $('subCancel').hidden = !admin || sub.cancelAtPeriodEnd;
    $('subResume').hidden = !admin || !sub.cancelAtPeriodEnd;
    $('subCancelConfirm').hidden = true;
    $('subPlanChoice').replaceChildren(...plans.filter(function (p) {
      return p.id !== sub.planId;
    }).map(function (p) {
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = p.name + ' — ' + fill(t.perMonth, {amount: euros.format(Number(p.monthlyPriceEur))});
      return option;
    }));
    $('subPreviewLine').textContent = '';
    $('subConfirmChange').hidden = true;
    preview = null;
  }

  async function load() {
    const [sub, offered] = await Promise.all([Portal.call('GET', '/api/portal/subscription'),
      Portal.call('GET', '/api/portal/plans?size=100')]);
    plans = offered.status === 200 ? offered.json.items : [];
    $('subDetails').hidden = sub.status !== 200;
    $('subNone').hidden = sub.status === 200;
    $('subAdminOnly').hidden = admin || sub.status !== 200;
    if (sub.status === 200) {
      show(sub.json);
    } else {
      $('subChange').hidden = true;
      $('subCancel').hidden = true;
      $('subResume').hidden = true;
    }
    $('subscription').hidden = false;
  }

  async function after(answer, message) {
    if (answer.status === 200) {
      await load();
      Portal.show($('subResult'), message(answer.json), 'ok');
    } else {
      Portal.show($('subResult'), Portal.problem(answer, t.failed), 'error');
    }
  }

  // A preview holds for the plan it was asked for: another choice needs its own.
  $('subPlanChoice').addEventListener('change', function () {
    preview = null;
    $('subPreviewLine').textContent = '';
    $('subConfirmChange').hidden = true;
  });

  $('subPreviewButton').addEventListener('click', async function () {
    const planId = $('subPlanChoice').value;
    if (!planId) {
      Portal.show($('subResult'), t.choose, 'error');
      return;
    }
    const answer = await Portal.call('GET', '/api/portal/subscription/preview?planId=' + encodeURIComponent(planId));
    if ($('subPlanChoice').value !== planId) {
      return; // another plan was chosen meanwhile: this answer no longer holds
    }
    if (answer.status !== 200) {
      Portal.show($('subResult'), Portal.problem(answer, t.failed), 'error');
      return;
    }
    preview = answer.json;
    const values = {plan: preview.planName, date: day(preview.effectiveOn), price: euros.format(Number(preview.newPrice)),
      charge: euros.format(Number(preview.charge)), credit: euros.format(Number(preview.credit)),
      net: euros.format(Number(preview.net))};
    $('subPreviewLine').textContent = fill(preview.kind === 'upgrade' && Number(preview.charge) > 0
      ? t.upgradeLine : t.downgradeLine, values);
    $('subConfirmChange').hidden = false;
    Portal.show($('subResult'), '', 'hint');
  });

  $('subConfirmChange').addEventListener('click', async function () {
    const chosen = preview;
    if (!chosen) {
      return;
    }
    $('subConfirmChange').disabled = true;
    const answer = await Portal.call('POST', '/api/portal/subscription/' + chosen.kind, {planId: chosen.planId}, csrf);
    $('subConfirmChange').disabled = false;
    await after(answer, function (sub) {
      return sub.planId === chosen.planId ? fill(t.changed, {plan: chosen.planName})
        : fill(t.scheduled, {plan: chosen.planName, date: day(chosen.effectiveOn)});
    });
  });

  $('subCancelButton').addEventListener('click', function () {
    $('subCancelConfirm').hidden = false;
    Portal.show($('subResult'), t.cancelSure, 'error');
    $('subCancelYes').focus();
  });
  $('subCancelNo').addEventListener('click', function () {
    $('subCancelConfirm').hidden = true;
    Portal.show($('subResult'), '', 'hint');
  });
  $('subCancelYes').addEventListener('click', async function () {
    const answer = await Portal.call('POST', '/api/portal/subscription/cancel', {}, csrf);
    await after(answer, function (sub) {
      return fill(t.cancelled, {date: day(sub.endsOn)});
    });
  });
  $('subResumeButton').addEventListener('click', async function () {
    const answer = await Portal.call('POST', '/api/portal/subscription/resume', {}, csrf);
    await after(answer, function () {
      return t.resumed;
    });
  });

  document.addEventListener('portal:signed-in', function (event) {
    csrf = event.detail.csrfToken;
    admin = event.detail.user.role === 'TENANT_ADMIN';
    Portal.translateSection('subscription', t);
    load();
  });
  document.addEventListener('portal:signed-out', function () {
    csrf = null;
    $('subscription').hidden = true;
  });
})();
