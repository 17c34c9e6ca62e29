/**
 * Licensing's domain: license keys that resellers sell and users activate. The key format (readable, with a check
 * character), a key's terms and life cycle, its activations, the licensed period they add up to, the access a
 * tenant holds, and signed offline license files.
 */
package fr.guichet.licensing.domain;
