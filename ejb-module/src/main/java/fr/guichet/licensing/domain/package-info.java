/**
 * Licensing's domain: license keys that resellers sell and users activate. So far: the key format (issue 5 is
 * open; generation, activation and the rest come next).
 */
package fr.guichet.licensing.domain;
