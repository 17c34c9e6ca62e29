/**
 * Privacy: each tenant's retention of personal data, and the erasure of a tenant's personal data — scheduled when the
 * tenant is cancelled (after its retention) or when the client asks for it (after a grace period), cancellable until
 * it runs, then done by the nightly persistent timer, which asks every feature below to erase what it holds.
 */
package fr.guichet.privacy;
