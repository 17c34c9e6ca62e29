/**
 * Licensing's services: generation and life cycle of keys (operators), checks and activations (key holders, behind
 * the brute-force guard), the licensed access each tenant's activations add up to and its expiry timer, statistics,
 * QR codes and signed offline licenses.
 */
package fr.guichet.licensing.service;
