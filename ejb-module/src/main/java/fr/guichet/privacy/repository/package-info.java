/** Privacy's persistence: erasures and privacy settings. */
package fr.guichet.privacy.repository;
