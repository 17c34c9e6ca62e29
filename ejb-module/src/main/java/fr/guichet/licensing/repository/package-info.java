/** Licensing's persistence: license keys, their activations, and the filters of their lists. */
package fr.guichet.licensing.repository;
