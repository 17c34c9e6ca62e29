/** REST API of metering: usage reports for tenants and operators. */
package fr.guichet.metering.api;
