'use strict';
/*
 * The portal's usage of the month (GET /api/portal/usage): calls served per day as bars, and tables by model and by
 * API key; the same month as CSV (GET /api/portal/usage/csv).
 */
(function () {
  const TEXTS = {
    fr: {
      usageHeading: 'Consommation du mois', usageCsv: 'Télécharger en CSV', perDay: 'Par jour', byModel: 'Par modèle',
      byKey: 'Par clé d’API', colModel: 'Modèle', colKey: 'Clé', colRequests: 'Requêtes', colTokens: 'Tokens',
      colCost: 'Coût', none: 'Aucun appel ce mois-ci.', noKey: 'Sans clé', dayLine: '{n} requêtes'
    },
    en: {
      usageHeading: 'Usage this month', usageCsv: 'Download as CSV', perDay: 'Per day', byModel: 'By model',
      byKey: 'By API key', colModel: 'Model', colKey: 'Key', colRequests: 'Requests', colTokens: 'Tokens',
      colCost: 'Cost', none: 'No call this month.', noKey: 'No key', dayLine: '{n} requests'
    }
  };
  const t = TEXTS[Portal.lang];
  const locale = Portal.locale;
  const integer = Portal.formats.integer;
  const euros = new Intl.NumberFormat(locale, {style: 'currency', currency: 'EUR', maximumFractionDigits: 4});
  const $ = Portal.$;

  function cell(row, text, numeric) {
    const td = document.createElement('td');
    td.textContent = text;
    if (numeric) {
      td.className = 'num';
    }
    row.appendChild(td);
  }

  function table(id, rows, name) {
    const body = $(id).querySelector('tbody');
    body.replaceChildren();
    if (rows.length === 0) {
      const row = body.insertRow();
      cell(row, t.none);
      row.firstChild.colSpan = 4;
    }
    rows.forEach(function (r) {
      const row = body.insertRow();
      cell(row, name(r));
      cell(row, integer.format(r.totals.requests), true);
      cell(row, integer.format(r.totals.inputTokens + r.totals.outputTokens), true);
      cell(row, euros.format(Number(r.totals.costEur)), true);
    });
  }

  async function load() {
    Portal.translateSection('usage', t);
    const answer = await Portal.call('GET', '/api/portal/usage');
    if (answer.status !== 200) {
      return;
    }
    const report = answer.json;
    const most = Math.max(1, ...report.days.map(function (d) {
      return d.totals.requests;
    }));
    $('usageDays').replaceChildren(...report.days.map(function (d) {
      const li = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = new Date(d.date + 'T12:00:00').toLocaleDateString(locale, {day: 'numeric', month: 'short'});
      const bar = document.createElement('span');
      bar.className = d.totals.requests > 0 ? 'bar' : 'bar zero';
      bar.style.width = (100 * d.totals.requests / most) + '%';
      bar.setAttribute('aria-hidden', 'true');
      const figure = document.createElement('span');
      figure.textContent = t.dayLine.replace('{n}', integer.format(d.totals.requests));
      li.append(label, bar, figure);
      return li;
    }));
    table('usageModels', report.byModel, function (m) {
      return m.model;
    });
    table('usageKeys', report.byApiKey, function (k) {
      return k.name ? k.name + ' (' + k.masked + ')' : t.noKey;
    });
    $('usage').hidden = false;
  }

  document.addEventListener('portal:signed-in', load);
  document.addEventListener('portal:signed-out', function () {
    $('usage').hidden = true;
  });
})();
