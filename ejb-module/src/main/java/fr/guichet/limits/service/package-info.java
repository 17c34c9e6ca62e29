/** Admission of /v1 calls: rate limits, quota reservation and settlement, alerts. */
package fr.guichet.limits.service;
