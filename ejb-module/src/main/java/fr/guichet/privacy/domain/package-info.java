/** Privacy's entities: a tenant's erasure and its privacy settings. */
package fr.guichet.privacy.domain;
