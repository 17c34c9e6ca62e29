/** The limits' REST API: alerts, address blocks, a tenant's quota in the current period. */
package fr.guichet.limits.api;
