/** Console pages of tenancy ({@code /tenants/*}): the tenant list, opening a tenant, changing its status. */
package fr.guichet.tenancy.view;
