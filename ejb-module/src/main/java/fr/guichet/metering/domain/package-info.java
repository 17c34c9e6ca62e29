/** Usage events: one per call through Guichet, exactly once, with tokens and cost in EUR. */
package fr.guichet.metering.domain;
