'use strict';
/* The organisation's invoices and credit notes (GET /api/portal/invoices), newest first, each with its PDF. */
(function () {
  const TEXTS = {
    fr: {
      invoicesHeading: 'Factures', colNumber: 'Numéro', colDate: 'Date', colPeriod: 'Période', colTotal: 'Total TTC',
      colStatus: 'État', colPdf: 'PDF', pdf: 'Télécharger le PDF', none: 'Aucune facture pour l’instant.',
      creditNote: 'Avoir', statuses: {issued: 'À payer', partially_paid: 'Payée en partie', paid: 'Payée',
        overdue: 'En retard', credited: 'Annulée par un avoir'}
    },
    en: {
      invoicesHeading: 'Invoices', colNumber: 'Number', colDate: 'Date', colPeriod: 'Period', colTotal: 'Total incl. VAT',
      colStatus: 'Status', colPdf: 'PDF', pdf: 'Download the PDF', none: 'No invoice yet.', creditNote: 'Credit note',
      statuses: {issued: 'To pay', partially_paid: 'Partly paid', paid: 'Paid', overdue: 'Overdue',
        credited: 'Cancelled by a credit note'}
    }
  };
  const t = TEXTS[Portal.lang];
  const locale = Portal.locale;
  const euros = Portal.formats.euros;
  const $ = Portal.$;

  function day(value) {
    return value ? new Date(value + 'T12:00:00').toLocaleDateString(locale) : '';
  }

  function cell(row, content, className) {
    const td = row.insertCell();
    if (typeof content === 'string') {
      td.textContent = content;
    } else {
      td.appendChild(content);
    }
    if (className) {
      td.className = className;
    }
  }

  async function load() {
    Portal.translateSection('invoices', t);
    const answer = await Portal.call('GET', '/api/portal/invoices?size=100');
    if (answer.status !== 200) {
      return;
    }
    const body = $('invoiceTable').querySelector('tbody');
    body.replaceChildren();
    if (answer.json.items.length === 0) {
      const row = body.insertRow();
      cell(row, t.none, 'hint');
      row.firstChild.colSpan = 6;
    }
    answer.json.items.forEach(function (invoice) {
      const row = body.insertRow();
      row.dataset.invoice = invoice.id;
      cell(row, (invoice.kind === 'credit_note' ? t.creditNote + ' ' : '') + invoice.number);
      cell(row, day(invoice.issueDate));
      cell(row, invoice.periodStart ? day(invoice.periodStart) + ' – ' + day(invoice.periodEnd) : '');
      cell(row, euros.format(Number(invoice.totalTtc)), 'num');
      cell(row, t.statuses[invoice.status] || invoice.status);
      const link = document.createElement('a');
      link.className = 'pdf';
      link.href = '/api/portal/invoices/' + encodeURIComponent(invoice.id) + '/pdf';
      link.textContent = t.pdf;
      link.setAttribute('download', invoice.number + '.pdf');
      cell(row, link);
    });
    $('invoices').hidden = false;
  }

  document.addEventListener('portal:signed-in', load);
  document.addEventListener('portal:signed-out', function () {
    $('invoices').hidden = true;
  });
})();
