'use strict';
/*
 * How a licence key's refusal is said, in the page's language: the codes of the check (POST /api/licenses/check) and
 * the problem codes of the activation (LICENSE_REVOKED is the check's REVOKED, and so on). For the portal's licence
 * section and the /activate/ page, which load portal.js first.
 */
const LicenseRefusals = (function () {
  const WORDS = {
    fr: {NOT_FOUND: 'Aucune licence n’a cette clé : vérifiez qu’elle a été copiée en entier.',
      MALFORMED: 'Un caractère est mal saisi : une clé a 25 caractères par groupes de cinq, sans 0, O, 1, I ni Z.',
      REVOKED: 'Cette clé a été révoquée.', SUSPENDED: 'Cette clé est suspendue ; contactez son vendeur.',
      EXPIRED: 'Cette clé ne peut plus être activée.', NOT_YET_ACTIVE: 'Cette clé ne peut pas encore être activée.',
      MAX_ACTIVATIONS_REACHED: 'Cette clé a été activée autant de fois qu’elle le permet.',
      ALREADY_ACTIVATED: 'Votre organisation a déjà activé cette clé.'},
    en: {NOT_FOUND: 'No licence has this key: check that it was copied whole.',
      MALFORMED: 'A character is mistyped: keys have 25 characters in groups of five, without 0, O, 1, I or Z.',
      REVOKED: 'This key was revoked.', SUSPENDED: 'This key is suspended; contact its seller.',
      EXPIRED: 'This key can no longer be activated.', NOT_YET_ACTIVE: 'This key cannot be activated yet.',
      MAX_ACTIVATIONS_REACHED: 'This key has been activated as many times as it allows.',
      ALREADY_ACTIVATED: 'Your organisation already activated this key.'}
  };
  const words = WORDS[Portal.lang];

  /** The words for a check's code (VALID has none). */
  function ofCheck(code) {
    return words[code] || code;
  }

  /** The words for a refused activation, or undefined when its problem is not about the key. */
  function ofProblem(answer) {
    const code = answer.json && answer.json.code
      ? answer.json.code.replace(/^LICENSE_/, '').replace(/^KEY_MALFORMED$/, 'MALFORMED') : null;
    return code ? words[code] : undefined;
  }

  return {ofCheck, ofProblem};
})();
