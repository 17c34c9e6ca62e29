/** Privacy's services: settings, scheduling and running erasures, the nightly timer. */
package fr.guichet.privacy.service;
