/** The audit log's REST API (operators). */
package fr.guichet.audit.api;
