'use strict';
(function () {
  const TEXTS = {
    fr: {
      title: 'Connexion · Guichet',
      heading: 'Connexion',
      tenant: 'Portail de l’organisation «\u00a0{slug}\u00a0»',
      email: 'E-mail',
      password: 'Mot de passe',
      signIn: 'Se connecter',
      forgot: 'Mot de passe oublié ?',
      forgotHeading: 'Recevoir un lien pour choisir un nouveau mot de passe',
      send: 'Envoyer le lien',
      sent: 'Si un compte existe pour cette adresse dans cette organisation, un lien vient de lui être envoyé. Il ne fonctionne qu’une fois, et pour peu de temps.',
      welcome: 'Bienvenue',
      signOut: 'Se déconnecter',
      wrong: 'E-mail ou mot de passe incorrect.',
      tooMany: 'Trop d’essais : réessayez dans {seconds} secondes.',
      invalid: 'Saisissez une adresse e-mail et un mot de passe.',
      failed: 'Le service ne répond pas. Réessayez dans un instant.',
      navHome: 'Accueil', navUsage: 'Consommation', navKeys: 'Clés d’API', navInvoices: 'Factures', navLicense: 'Licences', navSubscription: 'Abonnement', navUsers: 'Utilisateurs', navProviderKeys: 'Fournisseurs', navTokens: 'Jetons d’accès', navPrivacy: 'Réglages'
    },
    en: {
      title: 'Sign in · Guichet',
      heading: 'Sign in',
      tenant: 'Portal of the organisation “{slug}”',
      email: 'E-mail',
      password: 'Password',
      signIn: 'Sign in',
      forgot: 'Forgot your password?',
      forgotHeading: 'Get a link to choose a new password',
      send: 'Send the link',
      sent: 'If this organisation has an account for this address, a link was just sent to it. It works once, for a short time.',
      welcome: 'Welcome',
      signOut: 'Sign out',
      wrong: 'Wrong e-mail or password.',
      tooMany: 'Too many attempts: try again in {seconds} seconds.',
      invalid: 'Enter an e-mail address and a password.',
      failed: 'The service does not answer. Try again in a moment.',
      navHome: 'Home', navUsage: 'Usage', navKeys: 'API keys', navInvoices: 'Invoices', navLicense: 'Licences', navSubscription: 'Subscription', navUsers: 'Users', navProviderKeys: 'Providers', navTokens: 'Access tokens', navPrivacy: 'Settings'
    }
  };
  Portal.translate(TEXTS);
  const t = TEXTS[Portal.lang];
  const $ = function (id) {
    return document.getElementById(id);
  };
  $('tenantLine').textContent = t.tenant.replace('{slug}', Portal.slug);
  const fragment = new URLSearchParams(window.location.hash.substring(1));
  if (fragment.get('email')) {
    $('email').value = fragment.get('email');
  }
  let csrf = null;

  function signedIn(session) {
    csrf = session.csrfToken;
    $('profileName').textContent = session.user.displayName + ' (' + session.user.email + ')';
    $('profileTenant').textContent = session.tenant.name;
    $('signInSection').hidden = true;
    $('profile').hidden = false;
    $('portalNav').hidden = false;
    document.body.classList.add('signed-in');
    document.dispatchEvent(new CustomEvent('portal:signed-in', {detail: session}));
  }

  $('signInForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    if (!$('email').value.trim() || !$('password').value) {
      Portal.show($('signInResult'), t.invalid, 'error');
      return;
    }
    const answer = await Portal.call('POST', '/api/portal/login',
      {tenant: Portal.slug, email: $('email').value.trim(), password: $('password').value});
    $('password').value = '';
    if (answer.status === 200 && answer.json.tenant.slug === Portal.slug) {
      Portal.show($('signInResult'), '', 'hint');
      signedIn(answer.json);
    } else if (answer.status === 429) {
      const seconds = answer.retryAfter || 60;
      Portal.show($('signInResult'), t.tooMany.replace('{seconds}', seconds), 'error');
    } else if (answer.status === 401 || answer.status === 400) {
      Portal.show($('signInResult'), t.wrong, 'error');
    } else {
      Portal.show($('signInResult'), t.failed, 'error');
    }
  });

  $('forgotToggle').addEventListener('click', function () {
    $('forgotForm').hidden = false;
    $('forgotEmail').value = $('email').value;
    $('forgotEmail').focus();
  });
  if (window.location.hash === '#forgot') {
    $('forgotForm').hidden = false;
  }

  $('forgotForm').addEventListener('submit', async function (event) {
    event.preventDefault();
    if (!$('forgotEmail').value.trim()) {
      Portal.show($('forgotResult'), t.invalid, 'error');
      return;
    }
    const answer = await Portal.call('POST', '/api/portal/password/forgot',
      {tenant: Portal.slug, email: $('forgotEmail').value.trim()});
    Portal.show($('forgotResult'), answer.status === 202 ? t.sent : t.failed, answer.status === 202 ? 'ok' : 'error');
  });

  $('signOut').addEventListener('click', async function () {
    await Portal.call('POST', '/api/portal/logout', undefined, csrf);
    csrf = null;
    $('profile').hidden = true;
    $('portalNav').hidden = true;
    document.body.classList.remove('signed-in');
    $('signInSection').hidden = false;
    document.dispatchEvent(new CustomEvent('portal:signed-out'));
  });

  Portal.call('GET', '/api/portal/profile').then(function (answer) {
    if (answer.status === 200 && answer.json.tenant.slug === Portal.slug) {
      signedIn(answer.json);
    }
  });
})();
