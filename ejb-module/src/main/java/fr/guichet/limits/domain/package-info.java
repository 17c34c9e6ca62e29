/** The arithmetic of limits: periods, reservations, thresholds. No I/O. */
package fr.guichet.limits.domain;
