/** Recording usage exactly once, and usage reports (totals and a daily series). */
package fr.guichet.metering.service;
