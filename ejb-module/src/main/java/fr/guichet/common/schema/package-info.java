/** The database schema: one Liquibase changelog applied at start-up. */
package fr.guichet.common.schema;
