'use strict';
(function () {
  const TEXTS = {
    fr: {
      title: 'Choisir votre mot de passe · Guichet',
      heading: 'Choisir votre mot de passe',
      lead: 'Au moins 12 caractères. Une phrase de quelques mots est facile à retenir et difficile à deviner.',
      newPassword: 'Nouveau mot de passe',
      confirmPassword: 'Confirmez-le',
      choose: 'Enregistrer le mot de passe',
      signIn: 'Se connecter',
      askAgain: 'Demander un nouveau lien',
      noToken: 'Ce lien est incomplet : ouvrez-le à nouveau depuis l’e-mail reçu, ou demandez un nouveau lien.',
      tooShort: 'Le mot de passe doit compter au moins 12 caractères (128 au plus).',
      mismatch: 'Les deux saisies ne sont pas identiques.',
      done: 'Votre mot de passe est enregistré. Vous pouvez vous connecter avec l’adresse {email}.',
      unusable: 'Ce lien a expiré ou a déjà servi. Demandez un nouveau lien depuis la page de connexion.',
      failed: 'Le mot de passe n’a pas pu être enregistré. Réessayez dans un instant.'
    },
    en: {
      title: 'Choose your password · Guichet',
      heading: 'Choose your password',
      lead: 'At least 12 characters. A phrase of a few words is easy to remember and hard to guess.',
      newPassword: 'New password',
      confirmPassword: 'Confirm it',
      choose: 'Save the password',
      signIn: 'Sign in',
      askAgain: 'Ask for a new link',
      noToken: 'This link is incomplete: open it again from the e-mail you received, or ask for a new link.',
      tooShort: 'The password needs at least 12 characters (at most 128).',
      mismatch: 'The two entries differ.',
      done: 'Your password is saved. You can sign in with the address {email}.',
      unusable: 'This link has expired or was used already. Ask for a new one from the sign-in page.',
      failed: 'The password could not be saved. Try again in a moment.'
    }
  };
  Portal.translate(TEXTS);
  const t = TEXTS[Portal.lang];
  const form = document.getElementById('passwordForm');
  const password = document.getElementById('newPassword');
  const confirm = document.getElementById('confirmPassword');
  const result = document.getElementById('result');
  const signIn = document.getElementById('signIn');
  const askAgain = document.getElementById('askAgain');
  signIn.href = './?lang=' + Portal.lang;
  askAgain.href = './?lang=' + Portal.lang + '#forgot';

  // The token leaves the address at once: it is not kept in the history nor shown over a shoulder.
  const token = new URLSearchParams(window.location.hash.substring(1)).get('token');
  history.replaceState(null, '', window.location.pathname + window.location.search);
  if (!token) {
    form.hidden = true;
    askAgain.hidden = false;
    Portal.show(result, t.noToken, 'error');
    return;
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    password.removeAttribute('aria-invalid');
    confirm.removeAttribute('aria-invalid');
    if (password.value.length < 12 || password.value.length > 128) {
      password.setAttribute('aria-invalid', 'true');
      Portal.show(result, t.tooShort, 'error');
      password.focus();
      return;
    }
    if (password.value !== confirm.value) {
      confirm.setAttribute('aria-invalid', 'true');
      Portal.show(result, t.mismatch, 'error');
      confirm.focus();
      return;
    }
    const answer = await Portal.call('POST', '/api/portal/password', {token: token, newPassword: password.value});
    if (answer.status === 200) {
      form.hidden = true;
      signIn.hidden = false;
      Portal.show(result, t.done.replace('{email}', answer.json.email), 'ok');
      signIn.href = './?lang=' + Portal.lang + '#email=' + encodeURIComponent(answer.json.email);
      signIn.focus();
    } else if (answer.json && answer.json.code === 'PASSWORD_LINK_UNUSABLE') {
      form.hidden = true;
      askAgain.hidden = false;
      Portal.show(result, t.unusable, 'error');
    } else if (answer.status === 400) {
      Portal.show(result, t.tooShort, 'error');
    } else {
      Portal.show(result, t.failed, 'error');
    }
  });
})();
