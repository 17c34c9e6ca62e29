/**
 * Console pages of tenancy: sign-in and sign-out with the signed-in operator shown in the top bar, the tenant list
 * ({@code /tenants/*}), opening a tenant, changing its status; and instants shown in the operator's zone, which other
 * features' pages use too.
 */
package fr.guichet.tenancy.view;
